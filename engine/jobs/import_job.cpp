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
#include "data/tensor_store.h"
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
    }
    return j;
}

namespace {
struct ManifestRow {
    int64_t record_id = 0, row = 0;
    std::string subject, split;
    int label = 0;
    int line = 0;
};

std::vector<ManifestRow> read_manifest(const std::string &path) {
    std::ifstream in(path);
    if (!in) bad_input(path + ": cannot be read");
    std::string line;
    if (!std::getline(in, line)) bad_input(path + ": empty manifest (a header row is required)");
    std::vector<std::string> header;
    {
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) {
            cell.erase(cell.find_last_not_of(" \r") + 1);
            header.push_back(cell);
        }
    }
    std::map<std::string, size_t> col;
    for (size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
    for (const char *need : {"record_id", "subject", "label", "split", "row"})
        if (!col.count(need)) bad_input(path + ": manifest has no '" + std::string(need) + "' column");
    std::vector<ManifestRow> out;
    int lineno = 1;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line == "\r") continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) {
            cell.erase(cell.find_last_not_of(" \r") + 1);
            cells.push_back(cell);
        }
        if (cells.size() < header.size()) cells.resize(header.size());
        auto integer = [&](const char *name) {
            const std::string &c = cells[col[name]];
            char *end = nullptr;
            const long long v = std::strtoll(c.c_str(), &end, 10);
            if (c.empty() || *end != '\0' || v < 0)
                bad_input(path + ":" + std::to_string(lineno) + ": '" + name + "' is not a non-negative integer: '" +
                          c + "'");
            return int64_t(v);
        };
        ManifestRow r;
        r.line = lineno;
        r.record_id = integer("record_id");
        if (r.record_id == 0) bad_input(path + ":" + std::to_string(lineno) + ": record_id must be positive");
        r.row = integer("row");
        r.label = int(integer("label"));
        r.subject = cells[col["subject"]];
        r.split = cells[col["split"]];
        if (r.split != "train" && r.split != "test" && r.split != "population")
            bad_input(path + ":" + std::to_string(lineno) + ": split must be train, test or population, not '" +
                      r.split + "'");
        out.push_back(r);
    }
    if (out.empty()) bad_input(path + ": manifest has no rows");
    return out;
}
// Every manifest line against the data file: its row exists, its label
// matches, and no id or row is listed twice or already in the project.
void check_manifest(Lineage &lin, const ImportOptions &o, const std::vector<ManifestRow> &manifest,
                    const RawDataset &raw) {
    std::set<int64_t> seen_ids, seen_rows;
    for (const auto &m : manifest) {
        const std::string where = o.manifest + ":" + std::to_string(m.line) + ": ";
        if (m.row >= raw.n)
            bad_input(where + "row " + std::to_string(m.row) + " is outside " + o.data + " (" + std::to_string(raw.n) +
                      " records)");
        if (raw.labels[size_t(m.row)] != m.label)
            bad_input(where + "label " + std::to_string(m.label) + " differs from the data file's label " +
                      std::to_string(raw.labels[size_t(m.row)]));
        if (!seen_ids.insert(m.record_id).second)
            bad_input(where + "duplicate record_id " + std::to_string(m.record_id));
        if (!seen_rows.insert(m.row).second) bad_input(where + "row " + std::to_string(m.row) + " listed twice");
    }
    if (!lin.existing_record_ids(std::vector<int64_t>(seen_ids.begin(), seen_ids.end())).empty())
        bad_input(o.manifest + ": some record ids already exist in the project");
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
        if (fs::exists(project.resolve(rel))) bad_input(project.resolve(rel) + ": a file of that name exists");
    sm.spec.script = sm.arch_rel;
    sm.spec.script_sha256 = sha256_hex(sm.arch_bytes);
    return sm;
}

// Inside the import's transaction: the model as a monolithic model trained
// on every train record, with its import job.
int64_t register_script_model(Lineage &lin, const ImportOptions &o, const ScriptModel &sm, const std::string &model_sha,
                              const std::vector<int64_t> &train_ids) {
    JobRow job;
    job.kind = JobKind::Import;
    job.method = "torchscript";
    job.device = "cpu";
    job.status = JobStatus::Done;
    job.params = {{"model", o.model}, {"sha256", model_sha}, {"spec", sm.spec.to_json()}};
    job.id = lin.insert_job(job);
    ModelCommit c;
    c.job_id = job.id;
    c.cfg.arch = "torchscript";
    c.cfg.shards = 1;
    c.cfg.slices = 1;
    c.cfg.device = "auto";
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
                    {"train_records", train_ids.size()}});
    return model_id;
}

// The records' rows, their subjects made where new.
std::vector<RecordRow> record_rows(Lineage &lin, const std::vector<ManifestRow> &manifest, const RawDataset &raw,
                                   int64_t dataset_id, std::set<std::string> &subjects) {
    std::vector<RecordRow> rows;
    for (const auto &m : manifest) {
        RecordRow r;
        r.id = m.record_id;
        r.dataset_id = dataset_id;
        r.row_index = m.row;
        if (!m.subject.empty()) {
            r.subject_id = lin.subject_id(m.subject, true);
            subjects.insert(m.subject);
        }
        r.label = m.label;
        r.split = m.split;
        r.sha256 = raw.record_hash(m.row);
        r.source = "import";
        rows.push_back(r);
    }
    return rows;
}

} // namespace

ImportResult import_dataset(Project &project, const ImportOptions &o) {
    auto &lin = project.lineage();
    std::string format = o.format;
    if (format.empty()) format = o.data.size() > 4 && o.data.substr(o.data.size() - 4) == ".csv" ? "csv" : "idx";
    if (format != "idx" && format != "csv") usage_error("--format must be idx or csv");
    if (format == "idx" && o.labels.empty()) usage_error("IDX import needs --labels (the IDX labels file)");
    const auto manifest = read_manifest(o.manifest);
    RawDataset raw = format == "idx" ? read_idx(o.data, o.labels) : read_csv(o.data).data;
    const auto existing = lin.datasets();
    if (!existing.empty() && existing.front().shape != raw.shape)
        bad_input(o.data + ": record shape differs from the project's first dataset");
    check_manifest(lin, o, manifest, raw);

    std::vector<int64_t> train_ids;
    for (const auto &m : manifest)
        if (m.split == "train") train_ids.push_back(m.record_id);
    std::sort(train_ids.begin(), train_ids.end());
    ScriptModel sm;
    if (!o.model.empty()) {
        if (train_ids.empty()) bad_input(o.manifest + ": no 'train' records: the model's training set is unknown");
        sm = check_script_model(project, o, manifest, raw);
    }

    // Copy the files into the project, then register: rows only after the files are in place.
    const std::string name = o.name.empty() ? fs::path(o.data).filename().string() : o.name;
    const std::string data_rel = "data/" + fs::path(o.data).filename().string();
    const std::string labels_rel = o.labels.empty() ? "" : "data/" + fs::path(o.labels).filename().string();
    for (const auto &[src, rel] : {std::pair{o.data, data_rel}, std::pair{o.labels, labels_rel}}) {
        if (rel.empty()) continue;
        if (fs::exists(project.resolve(rel))) bad_input(project.resolve(rel) + ": a data file of that name exists");
    }
    DatasetRow d;
    d.name = name;
    d.format = format;
    d.uri = data_rel;
    d.sha256 = write_file_atomic(project.resolve(data_rel), read_file(o.data));
    if (!labels_rel.empty()) {
        d.labels_uri = labels_rel;
        d.labels_sha256 = write_file_atomic(project.resolve(labels_rel), read_file(o.labels));
    }
    d.n_records = raw.n;
    d.shape = raw.shape;
    d.n_classes = raw.n_classes;
    ImportResult res;
    try {
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
        lin.append_log("lethe", "dataset.imported",
                       {{"dataset_id", res.dataset_id},
                        {"name", name},
                        {"sha256", d.sha256},
                        {"records", rows.size()},
                        {"manifest_sha256", sha256_file(o.manifest)}});
        if (!o.model.empty()) {
            res.model_id = register_script_model(lin, o, sm, model_sha, train_ids);
            res.n_classes = sm.spec.n_classes;
        }
        tx->commit();
        res.records = int64_t(rows.size());
        res.subjects = int64_t(subjects.size());
    } catch (...) {
        fs::remove(project.resolve(data_rel));
        if (!labels_rel.empty()) fs::remove(project.resolve(labels_rel));
        if (!o.model.empty()) {
            fs::remove(project.resolve(sm.rel));
            fs::remove(project.resolve(sm.arch_rel));
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
