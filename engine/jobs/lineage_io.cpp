// The lineage interchange folder (docs/lineage-format.md): import a run
// trained elsewhere with its record-level lineage, and export a project's
// own runs in the same form.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/utc_time.h"
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

json LineageImportResult::to_json() const {
    json j = {{"records", records}, {"subjects", subjects}, {"checkpoints", checkpoints}, {"models", json::array()}};
    if (dataset_id) j["dataset_id"] = *dataset_id;
    j["warnings"] = warnings;
    for (const auto &m : models)
        j["models"].push_back({{"run", m.run},
                               {"model_id", m.model_id},
                               {"run_id", m.run_id},
                               {"kind", m.kind},
                               {"shards", m.shards},
                               {"slices", m.slices},
                               {"test_accuracy", m.test_accuracy}});
    return j;
}

json LineageExportResult::to_json() const {
    return {{"folder", folder}, {"records", records}, {"runs", runs}, {"checkpoints", checkpoints}};
}

namespace {

constexpr int kFormatVersion = 1;

struct PlacedRecord {
    int shard = 0, slice = 0, line = 0;
};

struct CheckpointSpec {
    int shard = 0, stage = 0, line = 0;
    std::string source, sha256, records_sha256, rel;
    int64_t n_records = 0;
};

struct RunSpec {
    std::string name;
    TrainConfig cfg;
    ModelSpec spec;
    std::string arch_source, arch_rel;
    std::map<std::string, PlacedRecord> placed; // key -> placement
    std::vector<CheckpointSpec> checkpoints;
    json given = json::object(); // device, started_at, finished_at as the folder states them
};

struct Folder {
    std::string dir, meta_file, meta_sha256;
    json meta;
    bool has_dataset = false;
    std::map<std::string, std::string> split_of; // key -> split: records.csv, else the project's
    std::vector<RunSpec> runs;
};

std::string in_folder(const std::string &dir, const std::string &p) {
    return fs::path(p).is_absolute() ? p : (fs::path(dir) / p).string();
}

// A cell of column `what` on line `line` of the table `path`.
int integer_cell(const std::string &c, const std::string &path, int line, const char *what, int lo, int hi) {
    char *end = nullptr;
    const long long v = std::strtoll(c.c_str(), &end, 10);
    if (c.empty() || *end != '\0' || v < lo || v > hi)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: %3 must be an integer in %4..%5, not '%6'"), path, line, what,
                      lo, hi, c));
    return int(v);
}

// Where a value of lineage.json sits, for the messages: the dataset, a run
// whose name is not read yet, or the run named `run`.
struct Place {
    enum Kind { Dataset, SomeRun, Run } kind;
    std::string file, run;
};

Place dataset_place(const Folder &f) { return {Place::Dataset, f.meta_file, {}}; }
Place run_place(const Folder &f, const std::string &run) { return {Place::Run, f.meta_file, run}; }

[[noreturn]] void no_key(const Place &p, const char *key) {
    if (p.kind == Place::Dataset) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: dataset has no '%2'"), p.file, key));
    if (p.kind == Place::SomeRun) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a run has no '%2'"), p.file, key));
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2' has no '%3'"), p.file, p.run, key));
}

std::string string_at(const json &j, const char *key, const Place &p, bool required = true) {
    if (!j.contains(key)) {
        if (required) no_key(p, key);
        return {};
    }
    if (!j[key].is_string() || j[key].get<std::string>().empty()) {
        if (p.kind == Place::Dataset)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: dataset: '%2' must be a non-empty string"), p.file, key));
        if (p.kind == Place::SomeRun)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a run: '%2' must be a non-empty string"), p.file, key));
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': '%3' must be a non-empty string"), p.file, p.run, key));
    }
    return j[key].get<std::string>();
}

// A run's integer (p is a run's place).
int int_at(const json &j, const char *key, const Place &p, int lo, int hi) {
    if (!j.contains(key)) no_key(p, key);
    if (!j[key].is_number_integer() || j[key].get<int64_t>() < lo || j[key].get<int64_t>() > hi)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': '%3' must be an integer in %4..%5"), p.file, p.run,
                      key, lo, hi));
    return j[key].get<int>();
}

// lineage.json: the format and version, the dataset (optional) and the runs.
void read_meta(Folder &f) {
    f.meta_file = (fs::path(f.dir) / "lineage.json").string();
    if (!fs::is_regular_file(f.meta_file))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing; a lineage folder has a lineage.json"), f.meta_file));
    const std::string bytes = read_file(f.meta_file);
    f.meta_sha256 = sha256_hex(bytes);
    try {
        f.meta = json::parse(bytes);
    } catch (const json::parse_error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not JSON (at byte %2)"), f.meta_file, e.byte));
    }
    if (!f.meta.is_object() || !f.meta.contains("format") || f.meta["format"] != "lethe-lineage")
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe lineage folder (\"format\" is not \"lethe-lineage\")"),
                f.meta_file));
    if (!f.meta.contains("version") || !f.meta["version"].is_number_integer())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: \"version\" is missing or not an integer"), f.meta_file));
    if (f.meta["version"].get<int64_t>() != kFormatVersion)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: format version %2; this Lethe reads version %3"), f.meta_file,
                      f.meta["version"].dump(), kFormatVersion));
    if (!f.meta.contains("runs") || !f.meta["runs"].is_array() || f.meta["runs"].empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: \"runs\" must be a non-empty list"), f.meta_file));
    f.has_dataset = f.meta.contains("dataset");
    if (f.meta.contains("update_logs"))
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: update logs (amnesiac) are not in format version 1; leave them out"),
                f.meta_file));
}

RunSpec read_run(const Folder &f, const json &r, std::set<std::string> &names) {
    RunSpec run;
    if (!r.is_object()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: each run is a JSON object"), f.meta_file));
    run.name = string_at(r, "run", Place{Place::SomeRun, f.meta_file, {}});
    const Place at = run_place(f, run.name);
    // The name becomes a folder name in the project.
    const bool safe_name =
        run.name.size() <= 64 && run.name != "." && run.name != ".." &&
        std::all_of(run.name.begin(), run.name.end(), [](char ch) {
            return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.';
        });
    if (!safe_name)
        bad_input(
            msg(QT_TRANSLATE_NOOP(
                    "Engine",
                    "%1: run '%2': a run's name is at most 64 letters, digits, '-', '_' or '.' (it names a folder)"),
                f.meta_file, run.name));
    if (!names.insert(run.name).second)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: two runs are named '%2'"), f.meta_file, run.name));
    TrainConfig cfg;
    if (r.contains("lethe_config")) { // a Lethe project's export: its config as it was
        try {
            cfg = TrainConfig::from_json(r["lethe_config"]);
        } catch (const json::exception &) {
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': 'lethe_config' is not a Lethe training config"),
                          f.meta_file, run.name));
        }
        if (cfg.hidden < 1 || cfg.hidden > (1 << 20))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': 'hidden' must be in 1..1048576"), f.meta_file,
                          run.name));
        for (const char *k : {"arch", "shards", "slices"})
            if (r.contains(k) && r[k] != r["lethe_config"].value(k, json()))
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': '%3' differs from its 'lethe_config'"),
                              f.meta_file, run.name, k));
        cfg.record_updates = false; // update logs are not carried (version 1)
        cfg.device = "auto";
    } else {
        cfg.arch = string_at(r, "arch", at);
        cfg.shards = int_at(r, "shards", at, 1, 1000);
        cfg.slices = int_at(r, "slices", at, 1, 100);
        if (r.contains("policy")) cfg.shard_policy = string_at(r, "policy", at);
        if (r.contains("aggregation")) cfg.aggregation = string_at(r, "aggregation", at);
        if (r.contains("hidden")) cfg.hidden = int_at(r, "hidden", at, 1, 1 << 20);
        // The owner's recipe: what exact unlearning retrains with.
        if (!r.contains("recipe"))
            bad_input(msg(
                QT_TRANSLATE_NOOP("Engine", "%1: run '%2' has no 'recipe' (optimizer, lr, epochs, batch_size, ...)"),
                f.meta_file, run.name));
        cfg = apply_recipe(cfg, r["recipe"], f.meta_file + ": run '" + run.name + "', recipe");
        cfg.recipe_sha256 = sha256_hex(r["recipe"].dump());
        if (r.contains("seed")) {
            if (!r["seed"].is_number_unsigned())
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': 'seed' must be a whole number from 0"),
                              f.meta_file, run.name));
            cfg.seed = r["seed"].get<uint64_t>();
        }
        cfg.device = "auto";
    }
    try {
        cfg.validate();
    } catch (const Error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': %3"), f.meta_file, run.name, e.what()));
    }
    run.cfg = cfg;
    for (const char *k : {"device", "started_at", "finished_at"})
        if (r.contains(k) && r[k].is_string()) run.given[k] = r[k];
    run.spec.arch = cfg.arch;
    run.spec.hidden = cfg.hidden;
    if (cfg.arch == "torchscript") {
        run.arch_source = in_folder(f.dir, string_at(r, "architecture", at));
        const std::string want = string_at(r, "architecture_sha256", at);
        if (!fs::is_regular_file(run.arch_source))
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: missing (%2: run '%3')"), run.arch_source, f.meta_file, run.name));
        const std::string have = sha256_file(run.arch_source);
        if (have != want)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: SHA-256 is %2, the lineage says %3 (%4: run '%5')"),
                          run.arch_source, have, want, f.meta_file, run.name));
        load_script(read_file(run.arch_source), run.arch_source);
    } else if (std::find(known_archs().begin(), known_archs().end(), cfg.arch) == known_archs().end()) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2': unknown arch '%3' (logreg, mlp, cnn or torchscript)"),
                      f.meta_file, run.name, cfg.arch));
    }
    return run;
}

// records.csv's keys and splits (import_dataset checks the rest), or the
// project's records when the folder brings none.
void read_records(Folder &f, Lineage &lin) {
    if (!f.has_dataset) {
        for (const auto &r : lin.records()) f.split_of[r.key] = r.split;
        return;
    }
    const std::string path = (fs::path(f.dir) / "records.csv").string();
    if (!fs::is_regular_file(path))
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: missing; lineage.json names a dataset, so records.csv lists its records"),
            path));
    const auto t = parse_csv(read_file(path), path, CsvOptions{','});
    const size_t k = t.column("record_id", path), s = t.column("split", path);
    for (const auto &row : t.rows) f.split_of.emplace(row[k], row[s]);
}

void read_placements(Folder &f) {
    const std::string path = (fs::path(f.dir) / "placements.csv").string();
    if (!fs::is_regular_file(path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing; a lineage folder lists its runs' placements"), path));
    std::map<std::string, RunSpec *> by_name;
    for (auto &r : f.runs) by_name[r.name] = &r;
    const auto t = parse_csv(read_file(path), path, CsvOptions{','});
    const size_t cr = t.column("run", path), ck = t.column("record_id", path), cs = t.column("shard", path),
                 cl = t.column("slice", path);
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const auto &row = t.rows[i];
        const int line = t.lines[i];
        const auto it = by_name.find(row[cr]);
        if (it == by_name.end())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: unknown run '%3' (lineage.json has no such run)"), path,
                          line, row[cr]));
        RunSpec &run = *it->second;
        const std::string &key = row[ck];
        PlacedRecord p;
        p.line = line;
        p.shard = integer_cell(row[cs], path, line, "shard", 0, run.cfg.shards - 1);
        p.slice = integer_cell(row[cl], path, line, "slice", 0, run.cfg.slices - 1);
        const auto split = f.split_of.find(key);
        if (split == f.split_of.end()) {
            if (f.has_dataset)
                bad_input(
                    msg(QT_TRANSLATE_NOOP(
                            "Engine", "%1:%2: placement of unknown record '%3' (records.csv has no such record_id)"),
                        path, line, key));
            bad_input(msg(QT_TRANSLATE_NOOP(
                              "Engine", "%1:%2: placement of unknown record '%3' (the project has no such record_id)"),
                          path, line, key));
        }
        if (split->second != "train")
            bad_input(msg(
                QT_TRANSLATE_NOOP("Engine", "%1:%2: record '%3' is a '%4' record: only training records are placed"),
                path, line, key, split->second));
        const auto [at, fresh] = run.placed.emplace(key, p);
        if (!fresh) {
            if (at->second.shard != p.shard)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record '%3' sits in two shards of run '%4' (shard %5 "
                                                          "on line %6, shard %7 here): a record trains one shard only"),
                              path, line, key, run.name, at->second.shard, at->second.line, p.shard));
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record '%3' is placed twice in run '%4' (first on line %5)"),
                    path, line, key, run.name, at->second.line));
        }
    }
    for (const auto &r : f.runs)
        if (r.placed.empty())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2' has no placements"), path, r.name));
}

// checkpoint_records.csv (optional): the record keys each checkpoint saw.
std::map<std::tuple<std::string, int, int>, std::vector<std::pair<std::string, int>>>
read_checkpoint_records(const Folder &f) {
    std::map<std::tuple<std::string, int, int>, std::vector<std::pair<std::string, int>>> out;
    const std::string path = (fs::path(f.dir) / "checkpoint_records.csv").string();
    if (!fs::is_regular_file(path)) return out;
    const auto t = parse_csv(read_file(path), path, CsvOptions{','});
    const size_t cr = t.column("run", path), cs = t.column("shard", path), cg = t.column("stage", path),
                 ck = t.column("record_id", path);
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const auto &row = t.rows[i];
        const int s = integer_cell(row[cs], path, t.lines[i], "shard", 0, 1000),
                  g = integer_cell(row[cg], path, t.lines[i], "stage", 0, 100);
        out[{row[cr], s, g}].emplace_back(row[ck], t.lines[i]);
    }
    return out;
}

// A checkpoint's claimed records against slices 0..stage of its shard.
void check_seen(const RunSpec &run, const CheckpointSpec &c, const std::vector<std::pair<std::string, int>> &seen,
                const std::string &cr_path) {
    std::set<std::string> claimed;
    for (const auto &[key, line] : seen) {
        claimed.insert(key);
        const auto p = run.placed.find(key);
        if (p == run.placed.end())
            bad_input(
                msg(QT_TRANSLATE_NOOP(
                        "Engine",
                        "%1:%2: stage %3 of shard %4 of run '%5' claims record '%6', which the run does not place"),
                    cr_path, line, c.stage, c.shard, run.name, key));
        if (p->second.shard != c.shard)
            bad_input(msg(
                QT_TRANSLATE_NOOP("Engine", "%1:%2: stage %3 of shard %4 of run '%5' claims record '%6' of shard %7"),
                cr_path, line, c.stage, c.shard, run.name, key, p->second.shard));
        if (p->second.slice > c.stage)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: stage %3 of shard %4 of run '%5' claims record '%6' from "
                                                      "slice %7, a later slice (a stage sees slices 0..%3)"),
                          cr_path, line, c.stage, c.shard, run.name, key, p->second.slice));
    }
    for (const auto &[key, p] : run.placed)
        if (p.shard == c.shard && p.slice <= c.stage && !claimed.count(key))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: stage %2 of shard %3 of run '%4' did not see record '%5' of "
                                                      "slice %6, which it should have (slices 0..%2)"),
                          cr_path, c.stage, c.shard, run.name, key, p.slice));
}

std::vector<std::string> stage_keys(const RunSpec &run, int shard, int stage) {
    std::vector<std::string> keys;
    for (const auto &[key, p] : run.placed)
        if (p.shard == shard && p.slice <= stage) keys.push_back(key);
    return keys;
}

void read_checkpoints(Folder &f) {
    const std::string path = (fs::path(f.dir) / "checkpoints.csv").string();
    if (!fs::is_regular_file(path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing; a lineage folder lists its runs' checkpoints"), path));
    std::map<std::string, RunSpec *> by_name;
    for (auto &r : f.runs) by_name[r.name] = &r;
    const auto seen = read_checkpoint_records(f);
    const std::string cr_path = (fs::path(f.dir) / "checkpoint_records.csv").string();
    const auto t = parse_csv(read_file(path), path, CsvOptions{','});
    const size_t cr = t.column("run", path), cs = t.column("shard", path), cg = t.column("stage", path),
                 cp = t.column("path", path), ch = t.column("sha256", path), ck = t.column("records_sha256", path),
                 cn = t.column("n_records", path);
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const auto &row = t.rows[i];
        const int line = t.lines[i];
        const auto it = by_name.find(row[cr]);
        if (it == by_name.end())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: unknown run '%3' (lineage.json has no such run)"), path,
                          line, row[cr]));
        RunSpec &run = *it->second;
        CheckpointSpec c;
        c.line = line;
        c.shard = integer_cell(row[cs], path, line, "shard", 0, run.cfg.shards - 1);
        c.stage = integer_cell(row[cg], path, line, "stage", 0, run.cfg.slices - 1);
        for (const auto &o : run.checkpoints)
            if (o.shard == c.shard && o.stage == c.stage)
                bad_input(msg(
                    QT_TRANSLATE_NOOP("Engine", "%1:%2: a second checkpoint of shard %3, stage %4 (first on line %5)"),
                    path, line, c.shard, c.stage, o.line));
        c.source = in_folder(f.dir, row[cp]);
        c.sha256 = row[ch];
        c.records_sha256 = row[ck];
        c.n_records = integer_cell(row[cn], path, line, "n_records", 0, 1 << 30);
        if (!fs::is_regular_file(c.source))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: checkpoint file %3 is missing"), path, line, c.source));
        const std::string have = sha256_file(c.source);
        if (have != c.sha256)
            bad_input(msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "%1:%2: checkpoint file %3 has SHA-256 %4, the lineage says %5 (changed or replaced)"),
                path, line, c.source, have, c.sha256));
        if (const auto s = seen.find({run.name, c.shard, c.stage}); s != seen.end())
            check_seen(run, c, s->second, cr_path);
        const auto keys = stage_keys(run, c.shard, c.stage);
        if (key_set_hash(keys) != c.records_sha256)
            bad_input(msg(QT_TRANSLATE_NOOP(
                              "Engine",
                              "%1:%2: records_sha256 of shard %3, stage %4 does not match the records placements.csv "
                              "puts in slices 0..%4 of that shard: the checkpoint saw other records"),
                          path, line, c.shard, c.stage));
        if (int64_t(keys.size()) != c.n_records)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: n_records is %3; slices 0..%4 of shard %5 hold %6"), path,
                          line, c.n_records, c.stage, c.shard, keys.size()));
        run.checkpoints.push_back(c);
    }
    for (const auto &[k, rows] : seen) {
        bool known = false;
        for (const auto &run : f.runs)
            for (const auto &c : run.checkpoints)
                known = known || (run.name == std::get<0>(k) && c.shard == std::get<1>(k) && c.stage == std::get<2>(k));
        if (!known)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: run '%3', shard %4, stage %5 has no row in checkpoints.csv"),
                    cr_path, rows.front().second, std::get<0>(k), std::get<1>(k), std::get<2>(k)));
    }
    for (const auto &run : f.runs)
        for (int s = 0; s < run.cfg.shards; ++s) {
            bool final = false;
            for (const auto &c : run.checkpoints) final = final || (c.shard == s && c.stage == run.cfg.slices - 1);
            if (!final)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: run '%2' has no checkpoint of shard %3, stage %4 (its "
                                                          "last): that shard's model is unknown"),
                              path, run.name, s, run.cfg.slices - 1));
        }
}

// Every checkpoint loads as the run's architecture and gives the dataset's
// classes; sets each run's spec.
void check_models(Folder &f, const std::vector<int64_t> &shape, int n_classes) {
    std::vector<int64_t> xs = {2};
    xs.insert(xs.end(), shape.begin(), shape.end());
    const auto x = torch::zeros(xs);
    for (auto &run : f.runs) {
        run.spec.input_shape = shape;
        run.spec.n_classes = n_classes;
        if (run.cfg.arch == "torchscript") {
            run.spec.script_file = run.arch_source;
            run.spec.script_sha256 = sha256_file(run.arch_source);
        }
        // A TorchScript checkpoint must be the architecture's module: the
        // same parameters and buffers, of the same shapes.
        std::map<std::string, std::vector<int64_t>> want;
        if (run.cfg.arch == "torchscript") {
            auto arch = load_script(read_file(run.arch_source), run.arch_source);
            for (const auto &p : arch.named_parameters(true)) want[p.name] = p.value.sizes().vec();
            for (const auto &b : arch.named_buffers(true)) want["buffer " + b.name] = b.value.sizes().vec();
        }
        int classes = 0;
        for (const auto &c : run.checkpoints) {
            auto net = load_net(run.spec, c.source, c.sha256);
            auto *script = script_of(net);
            if (!script) continue;
            std::map<std::string, std::vector<int64_t>> have;
            for (const auto &p : script->named_parameters(true)) have[p.name] = p.value.sizes().vec();
            for (const auto &b : script->named_buffers(true)) have["buffer " + b.name] = b.value.sizes().vec();
            if (have != want)
                bad_input(msg(
                    QT_TRANSLATE_NOOP(
                        "Engine",
                        "%1: not the run's architecture (%2): its parameters or their shapes differ (%3: run '%4')"),
                    c.source, run.arch_source, f.meta_file, run.name));
            const int C = check_script(*script, x, n_classes, c.source);
            if (classes && C != classes)
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: gives %2 logits per record, other checkpoints of run '%3' %4"),
                        c.source, C, run.name, classes));
            classes = C;
        }
        if (classes) run.spec.n_classes = classes;
    }
}

// Copies the architecture and checkpoint files into the project (names
// fixed by the folder's lineage.json hash); returns what was written.
std::vector<std::string> copy_files(Project &project, Folder &f) {
    std::vector<std::string> written;
    const std::string tag = "lineage-" + f.meta_sha256.substr(0, 10);
    const std::string tag_dir = project.resolve("checkpoints/" + tag);
    if (fs::exists(tag_dir))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: exists; this lineage folder was imported already"), tag_dir));
    for (const auto &d : {project.resolve("checkpoints"), project.resolve("architectures")})
        if (!fs::exists(d)) written.push_back(d); // made here: removed again on failure
    written.push_back(tag_dir);
    try {
        for (auto &run : f.runs) {
            const std::string base = "checkpoints/" + tag + "/" + run.name;
            if (run.cfg.arch == "torchscript") {
                run.arch_rel = "architectures/" + tag + "-" + run.name + ".pt";
                if (fs::exists(project.resolve(run.arch_rel)))
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: exists; this lineage folder was imported already"),
                                  project.resolve(run.arch_rel)));
                fs::create_directories(project.resolve("architectures"));
                write_file_atomic(project.resolve(run.arch_rel), read_file(run.arch_source));
                written.push_back(project.resolve(run.arch_rel));
                run.spec.script = run.arch_rel;
                run.spec.script_file.clear();
            }
            fs::create_directories(project.resolve(base));
            for (auto &c : run.checkpoints) {
                c.rel = base + "/s" + std::to_string(c.shard) + "-r" + std::to_string(c.stage) + ".pt";
                if (write_file_atomic(project.resolve(c.rel), read_file(c.source)) != c.sha256)
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: changed while it was copied"), c.source));
            }
        }
    } catch (...) {
        std::error_code ec;
        for (const auto &w : written) fs::remove_all(w, ec);
        throw;
    }
    return written;
}

// Inside the transaction: per run, its import job, run, placements,
// checkpoints and model rows.
void register_runs(Lineage &lin, const Folder &f, LineageImportResult &res) {
    std::vector<std::string> keys;
    for (const auto &run : f.runs)
        for (const auto &[k, p] : run.placed) keys.push_back(k);
    const auto ids = lin.record_ids_by_key(keys);
    for (const auto &run : f.runs) {
        JobRow job;
        job.kind = JobKind::Import;
        job.method = "lineage";
        job.device = "cpu";
        job.status = JobStatus::Done;
        job.params = {{"lineage", fs::absolute(f.dir).string()},
                      {"lineage_sha256", f.meta_sha256},
                      {"run", run.name},
                      {"spec", run.spec.to_json()},
                      {"as_given", run.given}};
        if (!run.cfg.recipe_sha256.empty()) job.params["recipe"] = recipe_of(run.cfg);
        job.id = lin.insert_job(job);
        ModelCommit c;
        c.job_id = job.id;
        c.cfg = run.cfg;
        c.spec = run.spec;
        c.device = "cpu";
        c.origin = ModelOrigin::Trained;
        for (const auto &[k, p] : run.placed) c.placements.push_back({ids.at(k), p.shard, p.slice});
        for (const auto &cp : run.checkpoints) {
            CheckpointRow row;
            row.shard = cp.shard;
            row.stage = cp.stage;
            row.path = cp.rel;
            row.sha256 = cp.sha256;
            row.retained_hash = record_set_hash(stage_records(c.placements, cp.shard, cp.stage));
            row.n_records = cp.n_records;
            c.checkpoints.push_back(row);
        }
        const auto committed = commit_model(lin, c);
        job.output_model_id = committed.model_id;
        job.finished_at = now_iso8601();
        job.result = {{"model_id", committed.model_id}, {"run_id", committed.run_id}};
        lin.update_job(job);
        lin.append_log("lethe", "lineage.imported",
                       {{"job_id", job.id},
                        {"model_id", committed.model_id},
                        {"run_id", committed.run_id},
                        {"run", run.name},
                        {"lineage", fs::absolute(f.dir).string()},
                        {"lineage_sha256", f.meta_sha256},
                        {"shards", run.cfg.shards},
                        {"slices", run.cfg.slices},
                        {"placements", run.placed.size()},
                        {"checkpoints", run.checkpoints.size()},
                        {"spec", run.spec.to_json()},
                        {"recipe", run.cfg.recipe_sha256.empty() ? json(nullptr) : recipe_of(run.cfg)}});
        res.models.push_back({run.name, committed.model_id, committed.run_id, run.cfg.is_sisa() ? "sisa" : "monolithic",
                              run.cfg.shards, run.cfg.slices, 0.0});
        res.checkpoints += int64_t(run.checkpoints.size());
    }
}

} // namespace

LineageImportResult import_lineage(Project &project, const std::string &dir) {
    auto &lin = project.lineage();
    Folder f;
    f.dir = dir;
    if (!fs::is_directory(dir))
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: not a folder (a lineage folder holds lineage.json and its tables)"), dir));
    read_meta(f);
    std::set<std::string> names;
    for (const auto &r : f.meta["runs"]) f.runs.push_back(read_run(f, r, names));
    read_records(f, lin);
    read_placements(f);
    read_checkpoints(f);

    LineageImportResult res;
    std::vector<std::string> written;
    try {
        if (f.has_dataset) {
            const auto &d = f.meta["dataset"];
            const Place where = dataset_place(f);
            if (!d.is_object())
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: dataset must be a JSON object"), f.meta_file));
            ImportOptions io;
            io.manifest = (fs::path(dir) / "records.csv").string();
            io.data = in_folder(dir, string_at(d, "data", where));
            io.format = string_at(d, "format", where);
            io.name = string_at(d, "name", where, false);
            io.delimiter = ',';
            io.standardize = false;      // the owner's model took the file's numbers
            io.ids_in_file_order = true; // the training order is records.csv's
            const std::string want = string_at(d, "sha256", where);
            if (!fs::exists(io.data))
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing (%2: dataset)"), io.data, f.meta_file));
            const std::string have =
                fs::is_directory(io.data) ? want : sha256_file(io.data); // a folder's files: by the manifest
            if (have != want)
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: SHA-256 is %2, the lineage says %3"), io.data, have, want));
            if (d.contains("labels")) {
                io.labels = in_folder(dir, string_at(d, "labels", where));
                const std::string lw = string_at(d, "labels_sha256", where);
                if (!fs::exists(io.labels))
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing (%2: dataset)"), io.labels, f.meta_file));
                if (sha256_file(io.labels) != lw)
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: SHA-256 does not match the lineage's"), io.labels));
            }
            io.before_write = [&](const std::vector<int64_t> &shape, int n_classes) {
                check_models(f, shape, n_classes);
                written = copy_files(project, f);
            };
            io.in_transaction = [&](Lineage &l) { register_runs(l, f, res); };
            const auto ir = import_dataset(project, io);
            res.dataset_id = ir.dataset_id;
            res.records = ir.records;
            res.subjects = ir.subjects;
        } else {
            const auto ds = lin.datasets();
            if (ds.empty())
                bad_input(msg(QT_TRANSLATE_NOOP(
                                  "Engine", "%1: no \"dataset\", and the project has no records for the runs to place"),
                              f.meta_file));
            int n_classes = 0;
            for (const auto &d : ds) n_classes = std::max(n_classes, d.n_classes);
            check_models(f, ds.front().shape, n_classes);
            written = copy_files(project, f);
            auto tx = lin.begin();
            register_runs(lin, f, res);
            tx->commit();
        }
    } catch (...) {
        std::error_code ec;
        for (const auto &w : written) fs::remove_all(w, ec);
        throw;
    }
    // The import is committed; a model that cannot be scored is said, not undone.
    try {
        const auto store = TensorStore::load(project);
        for (auto &m : res.models) {
            m.test_accuracy = test_accuracy(project, store, m.model_id, torch::kCPU, {});
            auto tx = lin.begin();
            lin.set_model_test_accuracy(m.model_id, m.test_accuracy);
            tx->commit();
        }
    } catch (const std::exception &e) {
        const std::string what = e.what();
        res.warnings.push_back("imported, but the test accuracy could not be computed: " +
                               what.substr(0, what.find('\n')));
    }
    return res;
}

namespace {

std::string csv_line(const std::vector<std::string> &cells) {
    std::string s;
    for (size_t i = 0; i < cells.size(); ++i) s += (i ? "," : "") + csv_field(cells[i]);
    return s + "\n";
}

void copy_into(const std::string &from, const std::string &to) {
    fs::create_directories(fs::path(to).parent_path());
    write_file_atomic(to, read_file(from));
}

} // namespace

LineageExportResult export_lineage(Project &project, const std::string &dir) {
    auto &lin = project.lineage();
    if (fs::exists(dir) && !(fs::is_directory(dir) && fs::is_empty(dir)))
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: exists and is not an empty folder; export writes a new lineage folder"),
            dir));
    const auto datasets = lin.datasets();
    if (datasets.size() != 1)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: holds %2 datasets; format version 1 carries exactly one"),
                      project.root(), datasets.size()));
    const auto &d = datasets.front();
    const auto records = lin.records();
    for (const auto &r : records)
        if (!r.redaction.empty())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: record '%2' was redacted; a lineage folder cannot carry it"),
                          project.root(), r.key));
    LineageExportResult res;
    res.folder = dir;
    const bool made = !fs::exists(dir);
    fs::create_directories(dir);
    try {
        json meta = {{"format", "lethe-lineage"},
                     {"version", kFormatVersion},
                     {"created_at", now_iso8601()},
                     {"created_by", "lethe export-lineage"},
                     {"runs", json::array()}};
        // The dataset's files, as the project holds them.
        json ds = {{"name", d.name}, {"format", d.format}};
        const std::string data_rel = "data/" + fs::path(d.uri).filename().string();
        if (d.format == "folder") {
            for (const auto &file : d.spec.at("files")) {
                check_image_name(file.get<std::string>(), project.root() + ": dataset " + d.name + ": ");
                copy_into(project.resolve(d.uri + "/" + file.get<std::string>()),
                          (fs::path(dir) / data_rel / file.get<std::string>()).string());
            }
            ds["sha256"] = d.sha256;
        } else {
            copy_into(project.resolve(d.uri), (fs::path(dir) / data_rel).string());
            ds["sha256"] = sha256_file((fs::path(dir) / data_rel).string());
        }
        ds["data"] = data_rel;
        if (!d.labels_uri.empty()) {
            const std::string lrel = "data/" + fs::path(d.labels_uri).filename().string();
            copy_into(project.resolve(d.labels_uri), (fs::path(dir) / lrel).string());
            ds["labels"] = lrel;
            ds["labels_sha256"] = sha256_file((fs::path(dir) / lrel).string());
        }
        meta["dataset"] = ds;
        std::string rec = csv_line({"record_id", "subject", "label", "split", d.format == "folder" ? "file" : "row",
                                    "collected_at", "source"});
        std::map<int64_t, std::string> key_of;
        for (const auto &r : records) {
            key_of[r.id] = r.key;
            const std::string where = d.format == "folder"
                                          ? d.spec.at("files").at(size_t(r.row_index)).get<std::string>()
                                          : std::to_string(r.row_index);
            rec += csv_line({r.key, r.subject_id ? lin.subject_pseudonym(*r.subject_id).value_or("") : "",
                             std::to_string(r.label), r.split, where, r.collected_at, r.source});
        }
        res.records = int64_t(records.size());
        std::string pl = csv_line({"run", "record_id", "shard", "slice"});
        std::string cps = csv_line({"run", "shard", "stage", "path", "sha256", "records_sha256", "n_records"});
        std::string cpr = csv_line({"run", "shard", "stage", "record_id"});
        for (const auto &m : lin.models(false)) {
            if (m.origin != ModelOrigin::Trained || m.state != ArtifactState::Live || !m.run_id) continue;
            const auto run = lin.run(*m.run_id);
            const std::string name = "run-" + std::to_string(run.id);
            const auto cfg = TrainConfig::from_json(run.config);
            const auto checkpoints = lin.checkpoints(run.id);
            // A model a forget job purged a shard of is not whole any more.
            bool whole = true;
            for (int s = 0; s < cfg.shards; ++s) {
                const auto *c = find_checkpoint(checkpoints, s, cfg.slices - 1);
                whole = whole && c && c->state == ArtifactState::Live;
            }
            if (!whole) continue;
            json jr = {{"run", name},
                       {"arch", cfg.arch},
                       {"shards", cfg.shards},
                       {"slices", cfg.slices},
                       {"policy", cfg.shard_policy},
                       {"seed", cfg.seed},
                       {"device", run.device},
                       {"recipe", recipe_of(cfg)},
                       {"lethe_config", run.config},
                       {"started_at", run.started_at},
                       {"finished_at", run.finished_at}};
            if (cfg.arch == "torchscript") {
                auto spec = ModelSpec::from_json(m.spec);
                const std::string arel = "architectures/" + name + ".pt";
                copy_into(project.resolve(spec.script), (fs::path(dir) / arel).string());
                jr["architecture"] = arel;
                jr["architecture_sha256"] = sha256_file((fs::path(dir) / arel).string());
            }
            meta["runs"].push_back(jr);
            const auto placements = lin.placements(run.id);
            for (const auto &p : placements)
                pl += csv_line({name, key_of.at(p.record_id), std::to_string(p.shard), std::to_string(p.slice)});
            for (const auto &c : checkpoints) {
                if (c.state != ArtifactState::Live) continue;
                const std::string rel = "checkpoints/" + name + "/" + fs::path(c.path).filename().string();
                copy_into(project.resolve(c.path), (fs::path(dir) / rel).string());
                std::vector<std::string> keys;
                for (const auto id : stage_records(placements, c.shard, c.stage)) keys.push_back(key_of.at(id));
                cps += csv_line({name, std::to_string(c.shard), std::to_string(c.stage), rel,
                                 sha256_file((fs::path(dir) / rel).string()), key_set_hash(keys),
                                 std::to_string(keys.size())});
                for (const auto &k : keys) cpr += csv_line({name, std::to_string(c.shard), std::to_string(c.stage), k});
                ++res.checkpoints;
            }
            ++res.runs;
        }
        if (res.runs == 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no trained model whose every shard is still live (a forget "
                                                      "job purges the shards it retrains): nothing to export"),
                          project.root()));
        write_file_atomic((fs::path(dir) / "records.csv").string(), rec);
        write_file_atomic((fs::path(dir) / "placements.csv").string(), pl);
        write_file_atomic((fs::path(dir) / "checkpoints.csv").string(), cps);
        write_file_atomic((fs::path(dir) / "checkpoint_records.csv").string(), cpr);
        // lineage.json last: a folder without it is not a lineage folder.
        write_file_atomic((fs::path(dir) / "lineage.json").string(), meta.dump(2) + "\n");
    } catch (...) {
        std::error_code ec;
        if (made) {
            fs::remove_all(dir, ec);
        } else {
            for (const auto &e : fs::directory_iterator(dir, ec)) fs::remove_all(e.path(), ec);
        }
        throw;
    }
    return res;
}

} // namespace lethe
