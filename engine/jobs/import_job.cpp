#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "data/dataset_file.h"
#include "data/image_folder.h"
#include "data/tensor_store.h"
#include "evidence/csv_table.h"
#include "jobs/job_support.h"
#include "jobs/model_commit.h"
#include "jobs/operations.h"
#include "lineage/sqlite.h"
#include "model/net.h"
#include "model/torchscript.h"
#include "project/project.h"

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

json ImportResult::to_json() const {
    json j = {{"dataset_id", dataset_id}, {"records", records}, {"subjects", subjects}};
    if (model_id) {
        j["model_id"] = *model_id;
        j["n_classes"] = n_classes;
        j["recipe"] = recipe;
    }
    if (!imputed.empty()) j["imputed"] = imputed;
    return j;
}

namespace {
struct ManifestRow {
    std::string key; // the record_id column: the record's external key
    int64_t id = 0;  // the internal id, given by assign_ids
    int64_t row = 0;
    std::string subject, split;
    std::string file;                 // an image folder's file, relative to it
    std::string collected_at, source; // optional columns
    int label = 0;
    int line = 0;
};

// A key is text a person can type into a --records file: no control
// characters, at most 200 bytes. `line` is its line in the manifest `path`.
void check_key(const std::string &key, const std::string &path, int line) {
    if (key.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record_id is empty"), path, line));
    if (key.size() > 200)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record_id is longer than 200 characters"), path, line));
    for (const char c : key)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record_id holds a control character (a line break or a tab)"),
                    path, line));
}

// The manifest: record_id, subject, label, split and row (the record's row
// in the data file); for an image folder, file (relative to the folder)
// instead of row, whose rows are then the manifest's order.
std::vector<ManifestRow> read_manifest(const std::string &path, char delimiter, bool folder) {
    std::vector<ManifestRow> out;
    std::vector<size_t> col(5);
    const char *const need[] = {"record_id", "subject", "label", "split", folder ? "file" : "row"};
    const auto header = [&](const std::vector<std::string> &h) {
        for (size_t k = 0; k < 5; ++k) {
            const auto it = std::find(h.begin(), h.end(), need[k]);
            if (it == h.end() && h.size() == 1)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: manifest has no '%2' column (its header reads as one "
                                                          "column '%3': is the delimiter another one?)"),
                              path, need[k], h[0].substr(0, 60)));
            if (it == h.end())
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: manifest has no '%2' column"), path, need[k]));
            col[k] = size_t(it - h.begin());
        }
        for (const char *opt : {"collected_at", "source"})
            if (const auto it = std::find(h.begin(), h.end(), opt); it != h.end())
                col.push_back(size_t(it - h.begin()));
            else
                col.push_back(SIZE_MAX);
    };
    CsvOptions co;
    co.delimiter = delimiter;
    for_each_csv_row(read_file(path), path, co, header, [&](std::vector<std::string> &cells, int lineno) {
        const std::string where = path + ":" + std::to_string(lineno) + ": ";
        auto integer = [&](size_t k) {
            const std::string &c = cells[col[k]];
            char *end = nullptr;
            const long long v = std::strtoll(c.c_str(), &end, 10);
            if (c.empty() || *end != '\0' || v < 0)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: '%3' is not a non-negative integer: '%4'"), path,
                              lineno, need[k], c));
            return int64_t(v);
        };
        ManifestRow r;
        r.line = lineno;
        r.key = cells[col[0]];
        check_key(r.key, path, lineno);
        r.subject = cells[col[1]];
        r.label = int(integer(2));
        r.split = cells[col[3]];
        if (folder) {
            r.file = cells[col[4]];
            check_image_name(r.file, where);
            r.row = int64_t(out.size());
        } else {
            r.row = integer(4);
        }
        if (col[5] != SIZE_MAX) r.collected_at = cells[col[5]];
        if (col[6] != SIZE_MAX) r.source = cells[col[6]];
        if (r.split != "train" && r.split != "test" && r.split != "population")
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: split must be train, test or population, not '%3'"), path,
                          lineno, r.split));
        if (folder && r.label > 255)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: label must be an integer in 0..255"), path, lineno));
        out.push_back(std::move(r));
    });
    if (out.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: manifest has no rows"), path));
    return out;
}

bool canonical_positive(const std::string &k) {
    return !k.empty() && k.size() < 16 && k[0] != '0' &&
           std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Internal ids: the keys themselves when every key is a positive integer
// that is not an id yet (what manifests before string keys gave), else the
// next free ids in manifest order.
void assign_ids(Lineage &lin, std::vector<ManifestRow> &manifest, bool in_file_order) {
    bool numeric = !in_file_order && std::all_of(manifest.begin(), manifest.end(),
                                                 [](const auto &m) { return canonical_positive(m.key); });
    if (numeric) {
        std::vector<int64_t> ids;
        for (const auto &m : manifest) ids.push_back(std::stoll(m.key));
        numeric = lin.existing_record_ids(ids).empty();
    }
    int64_t next = lin.max_record_id();
    for (auto &m : manifest) m.id = numeric ? std::stoll(m.key) : ++next;
}

// Every manifest line against the data file: its row exists, its label
// matches, and no key or row is listed twice or already in the project.
void check_manifest(Lineage &lin, const ImportOptions &o, const std::vector<ManifestRow> &manifest,
                    const RawDataset &raw) {
    std::set<std::string> seen_keys;
    std::set<int64_t> seen_rows;
    for (const auto &m : manifest) {
        if (m.row >= raw.n)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: row %3 is outside %4 (%5 records)"), o.manifest, m.line,
                          m.row, o.data, raw.n));
        if (raw.labels[size_t(m.row)] != m.label)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: label %3 differs from the data file's label %4"),
                          o.manifest, m.line, m.label, raw.labels[size_t(m.row)]));
        if (!seen_keys.insert(m.key).second)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: duplicate record_id '%3'"), o.manifest, m.line, m.key));
        if (!seen_rows.insert(m.row).second)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: row %3 listed twice"), o.manifest, m.line, m.row));
    }
    const auto taken = lin.record_ids_by_key(std::vector<std::string>(seen_keys.begin(), seen_keys.end()));
    if (!taken.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: %2 record_id(s) already exist in the project (first: '%3')"),
                      o.manifest, taken.size(), taken.begin()->first));
}

// An imported TorchScript model, checked on the data before anything is
// written, and its architecture file (the module without its trained
// weights, for retraining from PyTorch's default initialisation after any
// purge).
struct ScriptModel {
    std::string bytes, arch_bytes, rel, arch_rel;
    ModelSpec spec;
};

ScriptModel check_script_model(Project &project, const ImportOptions &o, const std::vector<ManifestRow> &manifest,
                               const RawDataset &raw) {
    ScriptModel sm;
    sm.bytes = read_file(o.model);
    auto module = load_script(sm.bytes, o.model);
    // A few of the manifest's records, scaled as the trainer sees them.
    const int64_t k = std::min<int64_t>(int64_t(manifest.size()), 4);
    const int64_t f = raw.record_size();
    auto x = torch::empty({k, f}, torch::kFloat32);
    for (int64_t i = 0; i < k; ++i) {
        const int64_t row = manifest[size_t(i)].row;
        for (int64_t j = 0; j < f; ++j)
            x[i][j] = raw.is_u8 ? float(raw.u8[size_t(row * f + j)]) / 255.0f : raw.f32[size_t(row * f + j)];
    }
    std::vector<int64_t> xs = {k};
    xs.insert(xs.end(), raw.shape.begin(), raw.shape.end());
    x = x.view(xs);
    sm.spec.arch = "torchscript";
    sm.spec.input_shape = raw.shape;
    sm.spec.n_classes = check_script(module, x, raw.n_classes, o.model);
    auto blank = load_script(sm.bytes, o.model);
    torch::manual_seed(0);
    reinit_script(blank);
    sm.arch_bytes = script_bytes(blank);
    const std::string stem = fs::path(o.model).stem().string();
    sm.rel = "models/" + fs::path(o.model).filename().string();
    sm.arch_rel = "architectures/" + stem + ".arch.pt";
    for (const auto &rel : {sm.rel, sm.arch_rel})
        if (fs::exists(project.resolve(rel)))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a file of that name exists"), project.resolve(rel)));
    sm.spec.script = sm.arch_rel;
    sm.spec.script_sha256 = sha256_hex(sm.arch_bytes);
    return sm;
}

// Inside the import's transaction: the model as a monolithic model trained
// on every train record, with its import job.
int64_t register_script_model(Lineage &lin, const ImportOptions &o, const ScriptModel &sm, const std::string &model_sha,
                              const std::vector<int64_t> &train_ids, const TrainConfig &cfg) {
    JobRow job;
    job.kind = JobKind::Import;
    job.method = "torchscript";
    job.device = "cpu";
    job.status = JobStatus::Done;
    job.params = {{"model", o.model}, {"sha256", model_sha}, {"spec", sm.spec.to_json()}};
    if (!cfg.recipe_sha256.empty()) {
        job.params["recipe"] = recipe_of(cfg);
        job.params["recipe_sha256"] = cfg.recipe_sha256;
    }
    job.id = lin.insert_job(job);
    ModelCommit c;
    c.job_id = job.id;
    c.cfg = cfg;
    c.spec = sm.spec;
    c.device = "cpu";
    c.origin = ModelOrigin::Trained;
    for (auto id : train_ids) c.placements.push_back({id, 0, 0});
    c.checkpoints.push_back(
        {0, 0, 0, 0, sm.rel, model_sha, record_set_hash(train_ids), ArtifactState::Live, int64_t(train_ids.size())});
    const int64_t model_id = commit_model(lin, c).model_id;
    job.output_model_id = model_id;
    job.finished_at = now_iso8601();
    job.result = {{"model_id", model_id}, {"spec", sm.spec.to_json()}};
    lin.update_job(job);
    lin.append_log("lethe", "model.imported",
                   {{"job_id", job.id},
                    {"model_id", model_id},
                    {"path", sm.rel},
                    {"sha256", model_sha},
                    {"source", o.model},
                    {"spec", sm.spec.to_json()},
                    {"train_records", train_ids.size()},
                    // The training config retrains and reference models follow: the
                    // owner's recipe (and its file's SHA-256), or Lethe's defaults.
                    {"recipe", cfg.recipe_sha256.empty() ? json(nullptr) : recipe_of(cfg)},
                    {"recipe_sha256", cfg.recipe_sha256.empty() ? json(nullptr) : json(cfg.recipe_sha256)}});
    return model_id;
}

// The records' rows, their subjects made where new.
std::vector<RecordRow> record_rows(Lineage &lin, const std::vector<ManifestRow> &manifest, const RawDataset &raw,
                                   int64_t dataset_id, std::set<std::string> &subjects) {
    std::vector<RecordRow> rows;
    for (const auto &m : manifest) {
        RecordRow r;
        r.id = m.id;
        r.key = m.key;
        r.dataset_id = dataset_id;
        r.row_index = m.row;
        if (!m.subject.empty()) {
            r.subject_id = lin.subject_id(m.subject, true);
            subjects.insert(m.subject);
        }
        r.label = m.label;
        r.split = m.split;
        r.sha256 = raw.record_hash(m.row);
        r.source = m.source.empty() ? "import" : m.source;
        r.collected_at = m.collected_at;
        rows.push_back(r);
    }
    return rows;
}

} // namespace

namespace {

std::string format_of(const ImportOptions &o) {
    std::string format = o.format;
    if (format.empty()) {
        if (fs::is_directory(o.data))
            format = "folder";
        else
            format = o.data.size() > 4 && o.data.substr(o.data.size() - 4) == ".csv" ? "csv" : "idx";
    }
    if (format != "idx" && format != "csv" && format != "folder")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--format must be idx, csv or folder")));
    if (format == "idx" && o.labels.empty())
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "IDX import needs --labels (the IDX labels file)")));
    if (format == "folder" && !fs::is_directory(o.data))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a folder of images"), o.data));
    if (!o.recipe.empty() && o.model.empty())
        usage_error(msg(
            QT_TRANSLATE_NOOP("Engine", "--recipe is the training recipe of an imported model: give --model with it")));
    return format;
}

// The encoding of a tabular CSV: the project's, when it already has a
// tabular dataset (a second file must be encoded alike), else inferred.
nlohmann::json tabular_spec(Lineage &lin, const ImportOptions &o) {
    for (const auto &d : lin.datasets()) {
        if (d.format != "csv" || d.spec.is_null()) continue;
        auto spec = d.spec;
        const char delim = o.delimiter ? o.delimiter : detect_csv_delimiter(read_file(o.data));
        spec["delimiter"] = delim == '\t' ? std::string("tab") : std::string(1, delim);
        return spec;
    }
    TabularOptions t;
    t.delimiter = o.delimiter;
    t.impute = o.impute;
    t.standardize = o.standardize.value_or(o.model.empty());
    return infer_tabular_spec(o.data, t);
}

// An image folder's spec from the manifest (its files in order, their
// labels), its shape and colour mode from the first image.
nlohmann::json folder_spec(const ImportOptions &o, const std::vector<ManifestRow> &manifest) {
    std::vector<std::string> files, sums;
    std::vector<int> labels;
    std::set<std::string> seen;
    for (const auto &m : manifest) {
        if (!seen.insert(fs::path(m.file).lexically_normal().string()).second)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: file '%3' listed twice"), o.manifest, m.line, m.file));
        files.push_back(m.file);
        labels.push_back(m.label);
        sums.push_back(sha256_hex(read_file(image_file_path(o.data, m.file)))); // verify checks each file's bytes
    }
    const std::string first = o.data + "/" + files.front();
    const Image img = decode_image(read_file(first), first);
    return {{"kind", "images"}, {"channels", img.channels}, {"height", img.height}, {"width", img.width},
            {"files", files},   {"labels", labels},         {"sha256", sums}};
}

// The owner's recipe, checked; the imported model's training config.
TrainConfig imported_config(const ImportOptions &o) {
    TrainConfig cfg;
    cfg.arch = "torchscript";
    cfg.shards = 1;
    cfg.slices = 1;
    cfg.device = "auto";
    if (o.recipe.empty()) return cfg;
    const std::string bytes = read_file(o.recipe);
    nlohmann::json r;
    // A key given twice would silently be the last one: refused, named.
    std::vector<std::set<std::string>> keys;
    std::string twice;
    const auto cb = [&](int, nlohmann::json::parse_event_t ev, nlohmann::json &v) {
        if (ev == nlohmann::json::parse_event_t::object_start) keys.emplace_back();
        if (ev == nlohmann::json::parse_event_t::object_end && !keys.empty()) keys.pop_back();
        if (ev == nlohmann::json::parse_event_t::key && !keys.empty() &&
            !keys.back().insert(v.get<std::string>()).second && twice.empty())
            twice = v.get<std::string>();
        return true;
    };
    try {
        r = nlohmann::json::parse(bytes, cb);
    } catch (const nlohmann::json::parse_error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not JSON (at byte %2)"), o.recipe, e.byte));
    }
    if (!twice.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the key '%2' is given twice"), o.recipe, twice));
    cfg = apply_recipe(cfg, r, o.recipe);
    cfg.recipe_sha256 = sha256_hex(bytes);
    return cfg;
}

} // namespace

ImportResult import_dataset(Project &project, const ImportOptions &o) {
    auto &lin = project.lineage();
    const std::string format = format_of(o);
    auto manifest = read_manifest(o.manifest, o.delimiter, format == "folder");
    const TrainConfig model_cfg = o.model.empty() ? TrainConfig() : imported_config(o);
    nlohmann::json spec, imputed = nlohmann::json::array();
    RawDataset raw;
    if (format == "idx") {
        raw = read_idx(o.data, o.labels);
    } else if (format == "csv") {
        spec = tabular_spec(lin, o);
        auto table = read_csv(o.data, spec);
        raw = std::move(table.data);
        for (const auto &f : spec.at("features"))
            if (const auto it = table.imputed.find(f.at("column").get<std::string>()); it != table.imputed.end())
                imputed.push_back({{"column", it->first}, {"count", it->second}, {"value", f.at("fill")}});
    } else {
        spec = folder_spec(o, manifest);
        raw = read_image_folder(o.data, spec);
    }
    const auto existing = lin.datasets();
    if (!existing.empty() && existing.front().shape != raw.shape)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: record shape differs from the project's first dataset"), o.data));
    check_manifest(lin, o, manifest, raw);
    assign_ids(lin, manifest, o.ids_in_file_order);

    std::vector<int64_t> train_ids;
    for (const auto &m : manifest)
        if (m.split == "train") train_ids.push_back(m.id);
    std::sort(train_ids.begin(), train_ids.end());
    ScriptModel sm;
    if (!o.model.empty()) {
        if (train_ids.empty())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no 'train' records: the model's training set is unknown"),
                          o.manifest));
        sm = check_script_model(project, o, manifest, raw);
    }

    // Copy the files into the project, then register: rows only after the files are in place.
    fs::path data_path(o.data);
    if (!data_path.has_filename()) data_path = data_path.parent_path(); // a folder given as DIR/
    const std::string name = o.name.empty() ? data_path.filename().string() : o.name;
    const std::string data_rel = "data/" + data_path.filename().string();
    const std::string labels_rel = o.labels.empty() ? "" : "data/" + fs::path(o.labels).filename().string();
    for (const auto &[src, rel] : {std::pair{o.data, data_rel}, std::pair{o.labels, labels_rel}}) {
        if (rel.empty()) continue;
        if (fs::exists(project.resolve(rel)))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a data file of that name exists"), project.resolve(rel)));
    }
    if (o.before_write) o.before_write(raw.shape, raw.n_classes);
    DatasetRow d;
    d.name = name;
    d.format = format;
    d.uri = data_rel;
    d.spec = spec;
    d.n_records = raw.n;
    d.shape = raw.shape;
    d.n_classes = raw.n_classes;
    ImportResult res;
    try {
        if (format == "folder") {
            // Only the manifest's images are copied: the project keeps no
            // file it has no record for.
            for (const auto &m : manifest) {
                const std::string dst = project.resolve(data_rel + "/" + m.file);
                fs::create_directories(fs::path(dst).parent_path());
                write_file_atomic(dst, read_file(o.data + "/" + m.file));
            }
            d.sha256 = sha256_hex(spec.dump());
        } else {
            d.sha256 = write_file_atomic(project.resolve(data_rel), read_file(o.data));
        }
        if (!labels_rel.empty()) {
            d.labels_uri = labels_rel;
            d.labels_sha256 = write_file_atomic(project.resolve(labels_rel), read_file(o.labels));
        }
        std::string model_sha;
        if (!o.model.empty()) {
            fs::create_directories(project.resolve("models"));
            fs::create_directories(project.resolve("architectures"));
            model_sha = write_file_atomic(project.resolve(sm.rel), sm.bytes);
            write_file_atomic(project.resolve(sm.arch_rel), sm.arch_bytes);
        }
        auto tx = lin.begin();
        res.dataset_id = lin.insert_dataset(d);
        std::set<std::string> subjects;
        const auto rows = record_rows(lin, manifest, raw, res.dataset_id, subjects);
        lin.insert_records(rows);
        json payload = {
            {"dataset_id", res.dataset_id}, {"name", name},           {"format", format},
            {"sha256", d.sha256},           {"records", rows.size()}, {"manifest_sha256", sha256_file(o.manifest)}};
        if (!spec.is_null()) payload["spec_sha256"] = sha256_hex(spec.dump());
        if (!imputed.empty()) payload["imputed"] = imputed;
        lin.append_log("lethe", "dataset.imported", payload);
        if (!o.model.empty()) {
            res.model_id = register_script_model(lin, o, sm, model_sha, train_ids, model_cfg);
            res.n_classes = sm.spec.n_classes;
        }
        if (o.in_transaction) o.in_transaction(lin);
        tx->commit();
        res.records = int64_t(rows.size());
        res.subjects = int64_t(subjects.size());
        res.imputed = imputed;
        res.recipe = !model_cfg.recipe_sha256.empty();
    } catch (...) {
        std::error_code ec;
        fs::remove_all(project.resolve(data_rel), ec);
        if (!labels_rel.empty()) fs::remove(project.resolve(labels_rel), ec);
        if (!o.model.empty()) {
            fs::remove(project.resolve(sm.rel), ec);
            fs::remove(project.resolve(sm.arch_rel), ec);
        }
        throw;
    }
    if (res.model_id) {
        // Its test accuracy, as for a trained model.
        const auto store = TensorStore::load(project);
        const double acc = test_accuracy(project, store, *res.model_id, torch::kCPU, {});
        auto tx = lin.begin();
        lin.set_model_test_accuracy(*res.model_id, acc);
        tx->commit();
    }
    return res;
}

} // namespace lethe
