#include "train/shard_unit.h"

#include <chrono>
#include <filesystem>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/work_unit.h"
#include "data/tensor_store.h"
#include "model/net.h"
#include "project/project.h"

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

std::string write_shard_unit(Project &project, const std::string &dir, const TrainConfig &cfg, const ModelSpec &spec,
                             const std::vector<Placement> &kept, const ShardPlan &plan) {
    std::string lines;
    for (const auto &p : kept)
        if (p.shard == plan.shard)
            lines += std::to_string(p.record_id) + " " + std::to_string(p.shard) + " " + std::to_string(p.slice) + "\n";
    const json unit = {{"kind", "shard_retrain"},
                       {"version", 1},
                       {"project", project.root()},
                       {"dir", dir},
                       {"config", cfg.to_json()},
                       {"spec", spec.to_json()},
                       {"placements", dir + "/placements.txt"},
                       {"placements_sha256", sha256_hex(lines)},
                       {"plan",
                        {{"shard", plan.shard},
                         {"start_stage", plan.start_stage},
                         {"start_path", plan.start_path},
                         {"start_sha256", plan.start_sha256}}},
                       {"threads", torch::get_num_threads()},
                       {"outputs", {"the shard's checkpoints (sS-rR-*.pt)", "result.json"}}};
    // No earlier result may stand for this unit: the folder starts empty.
    return write_unit_files(project.resolve(dir), unit, {{"placements.txt", lines}}, false);
}

json run_shard_unit(Project &project, const std::string &unit_file, const RunControl &rc, const TensorStore *store_in) {
    const auto t0 = std::chrono::steady_clock::now();
    std::string bytes;
    const json unit = read_unit(unit_file, "shard_retrain", "shard-retrain", &bytes);
    const std::string dir = unit.at("dir");
    clear_unit_outputs(unit_file); // first: a failure below leaves no earlier result behind
    const TrainConfig cfg = TrainConfig::from_json(unit.at("config"));
    if (cfg.record_updates)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a run that records its updates retrains in the coordinator"),
                      unit_file));
    ModelSpec spec = ModelSpec::from_json(unit.at("spec"));
    resolve_script(spec, project);
    const std::string pfile = project.resolve(unit.at("placements"));
    const std::string lines = read_file(pfile);
    if (sha256_hex(lines) != unit.at("placements_sha256").get<std::string>())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: changed since the unit was written (SHA-256 differs)"), pfile));
    std::vector<Placement> placements;
    {
        std::istringstream in(lines);
        Placement p;
        while (in >> p.record_id >> p.shard >> p.slice) placements.push_back(p);
    }
    const auto &pj = unit.at("plan");
    ShardPlan plan{pj.at("shard").get<int>(), pj.at("start_stage").get<int>(), pj.at("start_path"),
                   pj.at("start_sha256")};
    if (const int threads = unit.value("threads", 0); threads > 0) torch::set_num_threads(threads);
    const auto device = pick_device(cfg.device);
    std::optional<TensorStore> own;
    if (!store_in) own = TensorStore::load(project, rc);
    clear_unit_outputs(unit_file);
    const auto out = train_shards(project, store_in ? *store_in : *own, spec, cfg, placements, {plan}, dir, device, rc);
    json cps = json::array(), outputs = json::array();
    for (const auto &c : out.checkpoints) {
        cps.push_back({{"shard", c.shard},
                       {"stage", c.stage},
                       {"path", c.path},
                       {"sha256", c.sha256},
                       {"retained_hash", c.retained_hash},
                       {"n_records", c.n_records}});
        outputs.push_back({{"path", c.path}, {"sha256", c.sha256}});
    }
    const json r = {{"unit_sha256", sha256_hex(bytes)},
                    {"outputs", outputs},
                    {"checkpoints", cps},
                    {"samples", out.samples},
                    {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()},
                    {"host", worker_host()}};
    write_file_atomic(project.resolve(dir + "/result.json"), r.dump(2) + "\n");
    return r;
}

std::vector<TrainedCheckpoint> take_shard_unit(Project &project, const json &result, const std::string &out_dir) {
    std::vector<TrainedCheckpoint> out;
    fs::create_directories(project.resolve(out_dir));
    for (const auto &c : result.at("checkpoints"))
        if (!is_checked_output(result, c.value("path", ""), c.value("sha256", "")))
            bad_input(msg(
                QT_TRANSLATE_NOOP("Engine", "a shard unit's result names a checkpoint it does not check: %1; refused"),
                c.value("path", "")));
    for (const auto &c : result.at("checkpoints")) {
        TrainedCheckpoint t;
        t.shard = c.at("shard");
        t.stage = c.at("stage");
        t.sha256 = c.at("sha256");
        t.retained_hash = c.at("retained_hash");
        t.n_records = c.at("n_records");
        const std::string from = c.at("path");
        t.path = out_dir + "/" + fs::path(from).filename().string();
        fs::rename(project.resolve(from), project.resolve(t.path));
        out.push_back(t);
    }
    return out;
}

} // namespace lethe
