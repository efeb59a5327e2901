#include "jobs/model_commit.h"

#include "core/error.h"

namespace lethe {

const CheckpointRow *find_checkpoint(const std::vector<CheckpointRow> &rows, int shard, int stage) {
    for (const auto &r : rows)
        if (r.shard == shard && r.stage == stage) return &r;
    return nullptr;
}

CommittedModel commit_model(Lineage &lin, ModelCommit c) {
    CommittedModel out;
    RunRow run;
    run.kind = c.cfg.is_sisa() ? "sisa" : "monolithic";
    run.arch = c.cfg.arch;
    run.config = c.cfg.to_json();
    run.seed = int64_t(c.cfg.seed);
    run.device = c.device;
    run.job_id = c.job_id;
    out.run_id = lin.insert_run(run);
    lin.insert_placements(out.run_id, c.placements);
    for (auto &cp : c.checkpoints) {
        cp.run_id = out.run_id;
        cp.state = "live";
        lin.insert_checkpoint(cp);
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
        if (!cp) internal_error("training produced no final checkpoint");
        m.kind = "monolithic";
        m.path = cp->path;
        m.sha256 = cp->sha256;
        out.model_id = lin.insert_model(m);
        return out;
    }
    m.kind = "sisa";
    out.model_id = lin.insert_model(m);
    for (int s = 0; s < c.cfg.shards; ++s) {
        const auto *cp = find_checkpoint(c.checkpoints, s, last);
        if (!cp) internal_error("shard " + std::to_string(s) + " has no final checkpoint");
        ModelRow sm = m;
        sm.kind = "shard";
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
