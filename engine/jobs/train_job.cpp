#include <chrono>
#include <filesystem>

#include "audit/metrics.h"
#include "core/error.h"
#include "data/tensor_store.h"
#include "jobs/job_support.h"
#include "jobs/model_commit.h"
#include "jobs/operations.h"
#include "lineage/sqlite.h"
#include "model/inference.h"
#include "model/net.h"
#include "project/project.h"
#include "train/sisa_trainer.h"

namespace lethe {

using nlohmann::json;

json TrainResult::to_json() const {
    return {{"job_id", job_id},
            {"model_id", model_id},
            {"id", model_id},
            {"run_id", run_id},
            {"kind", kind},
            {"origin", "trained"},
            {"test_accuracy", test_accuracy},
            {"seconds", seconds},
            {"samples", samples},
            {"update_log_bytes", update_log_bytes}};
}

namespace {
// The architecture of the project's newest imported TorchScript model (its
// architecture file, re-initialised by layer type as PyTorch does): lets
// Lethe train that architecture itself, e.g. with record_updates.
// With it, the owner's recipe of that model when it was imported with one:
// its optimiser, schedule, rate, batch size, epochs and seed replace
// Lethe's defaults, except where the caller set them (cfg.given).
ModelSpec imported_architecture(Project &project, TrainConfig &cfg) {
    auto &lin = project.lineage();
    const auto models = lin.models();
    for (auto it = models.rbegin(); it != models.rend(); ++it) {
        if (it->arch != "torchscript") continue;
        ModelSpec spec = ModelSpec::from_json(it->spec);
        resolve_script(spec, project);
        if (it->run_id) {
            const TrainConfig owner = TrainConfig::from_json(lin.run(*it->run_id).config);
            if (!owner.recipe_sha256.empty()) {
                TrainConfig r = apply_recipe(cfg, recipe_of(owner), "the imported model's recipe");
                for (const auto &k : cfg.given) {
                    if (k == "lr") r.lr = cfg.lr;
                    if (k == "epochs") r.epochs = cfg.epochs;
                    if (k == "batch_size") r.batch_size = cfg.batch_size;
                    if (k == "seed") r.seed = cfg.seed;
                }
                r.recipe_sha256 = owner.recipe_sha256;
                cfg = r;
            }
        }
        return spec;
    }
    bad_input(
        msg(QT_TRANSLATE_NOOP("Engine", "%1: --arch torchscript trains the architecture of an imported TorchScript "
                                        "model, and this project has none (lethe import --model FILE.pt)"),
            project.root()));
}
} // namespace

TrainResult train_model(Project &project, const TrainConfig &cfg_in, const RunControl &rc) {
    TrainConfig cfg = cfg_in;
    cfg.validate();
    auto &lin = project.lineage();
    const auto device = pick_device(cfg.device);
    const auto t0 = std::chrono::steady_clock::now();

    std::vector<RecordOwner> owners;
    for (const auto &r : lin.records("train"))
        if (r.redaction.empty()) owners.push_back({r.id, r.subject_id}); // redacted: erased, its data gone
    if (owners.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no training records to train on"), project.root()));
    if (int64_t(owners.size()) < int64_t(cfg.shards) * cfg.slices)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "fewer training records than shards x slices")));

    // Bad data fails here, before anything is written.
    std::optional<ModelSpec> script_spec;
    if (cfg.arch == "torchscript") script_spec = imported_architecture(project, cfg);
    const auto store = TensorStore::load(project, rc);

    JobRow job;
    std::unique_ptr<JobLock> lock;
    job.kind = JobKind::Train;
    job.method = cfg.is_sisa() ? "sisa" : "monolithic";
    job.params = cfg.to_json();
    job.device = device_name(device);
    job.status = JobStatus::Running;
    {
        auto tx = lin.begin();
        job.id = lin.insert_job(job);
        // Locked before the row is committed: another process that opens the
        // project sees the job only with its lock held, never as a dead job.
        lock = project.lock_job(job.id);
        lin.append_log("lethe", "job.started", {{"job_id", job.id}, {"kind", "train"}, {"config", job.params}});
        tx->commit();
    }
    const std::string out_dir = "checkpoints/job" + std::to_string(job.id);
    bool committed = false;
    try {
        ModelSpec spec;
        spec.arch = cfg.arch;
        spec.input_shape = store.shape;
        spec.n_classes = store.n_classes;
        spec.hidden = cfg.hidden;
        if (script_spec) spec = *script_spec;
        const auto placements = plan_placements(owners, cfg.shards, cfg.slices, cfg.shard_policy, cfg.seed);
        std::vector<ShardPlan> plans;
        for (int s = 0; s < cfg.shards; ++s) plans.push_back({s, 0, {}, {}});
        const auto out = train_shards(project, store, spec, cfg, placements, plans, out_dir, device, rc);

        ModelCommit c;
        c.job_id = job.id;
        c.cfg = cfg;
        c.spec = spec;
        c.device = job.device;
        c.placements = placements;
        for (const auto &tc : out.checkpoints)
            c.checkpoints.push_back(
                {0, 0, tc.shard, tc.stage, tc.path, tc.sha256, tc.retained_hash, ArtifactState::Live, tc.n_records});
        TrainResult res;
        {
            auto tx = lin.begin();
            const auto cm = commit_model(lin, c);
            res.model_id = cm.model_id;
            res.run_id = cm.run_id;
            tx->commit();
            committed = true;
        }
        res.test_accuracy = test_accuracy(project, store, res.model_id, device, rc);
        res.job_id = job.id;
        res.kind = cfg.is_sisa() ? ModelKind::Sisa : ModelKind::Monolithic;
        res.samples = out.samples;
        res.update_log_bytes = out.update_log_bytes;
        res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        job.status = JobStatus::Done;
        job.finished_at = now_iso8601();
        job.output_model_id = res.model_id;
        job.result = res.to_json();
        auto tx = lin.begin();
        lin.set_model_test_accuracy(res.model_id, res.test_accuracy);
        lin.update_job(job);
        lin.append_log("lethe", "model.trained",
                       {{"job_id", job.id},
                        {"model_id", res.model_id},
                        {"run_id", res.run_id},
                        {"kind", res.kind},
                        {"test_accuracy", res.test_accuracy},
                        {"config", job.params}});
        tx->commit();
        return res;
    } catch (const std::exception &e) {
        if (!committed) {
            discard_uncommitted(project, out_dir);
            discard_uncommitted(project, "updatelogs/job" + std::to_string(job.id));
        }
        fail_job(lin, job, e);
        throw;
    }
}

} // namespace lethe
