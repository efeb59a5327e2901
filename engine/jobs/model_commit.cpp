#include "jobs/model_commit.h"

#include <filesystem>
#include <map>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "lineage/unlearn_queries.h"
#include "train/update_log.h"

namespace lethe {

const CheckpointRow *find_checkpoint(const std::vector<CheckpointRow> &rows, int shard, int stage) {
    for (const auto &r : rows)
        if (r.shard == shard && r.stage == stage) return &r;
    return nullptr;
}

CommittedModel commit_model(Lineage &lin, ModelCommit c) {
    CommittedModel out;
    RunRow run;
    run.kind = c.cfg.is_sisa() ? ModelKind::Sisa : ModelKind::Monolithic;
    run.arch = c.cfg.arch;
    run.config = c.cfg.to_json();
    if (!c.unlearning.is_null()) run.config["unlearning"] = c.unlearning;
    run.seed = int64_t(c.cfg.seed);
    run.device = c.device;
    run.job_id = c.job_id;
    out.run_id = lin.insert_run(run);
    lin.insert_placements(out.run_id, c.placements);
    const std::filesystem::path root = std::filesystem::path(lin.path()).parent_path();
    std::map<int64_t, std::vector<UpdateLogRow>> source_logs; // run -> its update logs
    for (auto &cp : c.checkpoints) {
        const int64_t source_run = cp.run_id; // non-zero for a checkpoint reused from another run
        cp.run_id = out.run_id;
        cp.state = ArtifactState::Live;
        lin.insert_checkpoint(cp);
        if (!c.cfg.record_updates) continue;
        // The update log of the stage: reused with its checkpoint, or written
        // by the trainer (or an unlearning method) beside the new one.
        if (cp.id != 0 && source_run != 0) {
            if (!source_logs.count(source_run)) source_logs[source_run] = update_logs(lin, source_run);
            for (auto u : source_logs[source_run])
                if (u.shard == cp.shard && u.stage == cp.stage && u.state == ArtifactState::Live) {
                    u.run_id = out.run_id;
                    insert_update_log(lin, u);
                }
            continue;
        }
        UpdateLogRow u;
        u.run_id = out.run_id;
        u.shard = cp.shard;
        u.stage = cp.stage;
        u.path = update_log_path_for(cp.path);
        const auto full = (root / u.path).string();
        if (!std::filesystem::exists(full)) continue;
        const std::string bytes = read_file(full);
        u.sha256 = sha256_hex(bytes);
        u.bytes = int64_t(bytes.size());
        scan_update_log(bytes, full, [&](const std::vector<int64_t> &, const double *, int64_t) { ++u.steps; });
        insert_update_log(lin, u);
    }
    lin.finish_run(out.run_id);
    ModelRow m;
    m.run_id = out.run_id;
    m.parent_model_id = c.parent_model_id;
    m.job_id = c.job_id;
    m.origin = c.origin;
    m.arch = c.cfg.arch;
    m.spec = c.spec.to_json();
    const int last = c.cfg.slices - 1;
    if (!c.cfg.is_sisa()) {
        const auto *cp = find_checkpoint(c.checkpoints, 0, last);
        if (!cp) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "training produced no final checkpoint")));
        m.kind = ModelKind::Monolithic;
        m.path = cp->path;
        m.sha256 = cp->sha256;
        out.model_id = lin.insert_model(m);
        return out;
    }
    m.kind = ModelKind::Sisa;
    out.model_id = lin.insert_model(m);
    for (int s = 0; s < c.cfg.shards; ++s) {
        const auto *cp = find_checkpoint(c.checkpoints, s, last);
        if (!cp) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "shard %1 has no final checkpoint"), s));
        ModelRow sm = m;
        sm.kind = ModelKind::Shard;
        sm.parent_model_id.reset();
        sm.ensemble_id = out.model_id;
        sm.shard = s;
        sm.path = cp->path;
        sm.sha256 = cp->sha256;
        lin.insert_model(sm);
    }
    return out;
}

} // namespace lethe
