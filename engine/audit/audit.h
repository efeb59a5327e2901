#pragma once
// Audit v1 of one model: a forward pass over the forget set, a sample of
// the retained training records and the test set gives per-example
// statistics; accuracy, per-class accuracy and threshold membership attacks
// (members = forget set, non-members = test; control: retained sample vs
// test) follow by arithmetic. Stored in the lineage with the per-example
// scores as CSV, and logged.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/attacks.h"
#include "core/run_control.h"
#include "core/states.h"

namespace lethe {

class Executor;
class Project;
class TensorStore;

struct AuditOptions {
    int64_t model_id = 0;
    std::vector<int64_t> forget_ids; // may be empty: no forget-set figures
    std::optional<int64_t> job_id;
    AuditRole role = AuditRole::Standalone;
    int64_t retain_sample = 10000; // retained records audited (seeded sample)
    uint64_t seed = 17;
    std::string device = "auto";

    // Issue 5: intervals, attacks against reference models, verdicts (docs/audit.md).
    BootstrapConfig bootstrap;      // seeded percentile intervals on every figure
    bool use_references = true;     // LiRA / RMIA / U-LiRA / epsilon when a matching pool exists
    std::optional<int64_t> pool_id; // a given pool instead of the newest matching one
    int pool_models = 0;            // > 0 and even: only the pool's first this many models (a nested prefix; see
                                    // nested_halves_mask), e.g. the power benchmark's K sweep over one pool
    std::optional<int64_t> compare_audit_id; // the before-audit (default: the job's, for role "after")
    VerdictThresholds verdict;
    SvcConfig svc;
    LiraConfig lira;
    double rmia_gamma = 1.0;
    double ulira_alpha = 0.01; // per-example rejection level of the test against retrained models
    double challenge_delta = 0.0;
    double control_rise = 0.10;  // a retained record is flagged when its exposure rose this much...
    double control_floor = 0.95; // ...to at least this (percentile among test records)
    int top_exposed = 20;
    int64_t population_sample = 5000; // population records scored for RMIA (seeded sample)
    // Where the model's scoring pass runs (audit/scoring_unit.h): null, in
    // this process; else as a work unit on the executor (a Slurm task). The
    // arithmetic runs here on the same numbers either way.
    Executor *executor = nullptr;
};

struct AuditResult {
    int64_t audit_id = 0;
    nlohmann::json summary; // model_id, n, accuracy, accuracy_ci, per_class, mia, control
    std::string scores_sha256;
};

// store may be null: the project's data is then loaded (and verified).
AuditResult audit_model(Project &project, const AuditOptions &options, const RunControl &rc,
                        const TensorStore *store = nullptr);

// The scoring passes of several audits with an executor as one batch (one
// job array per executor). Each audit_model with the same options then takes
// its finished pass instead of submitting its own.
void score_audits(Project &project, const std::vector<AuditOptions> &audits, const RunControl &rc);

// The per-example CSV of a stored audit (decompressed); its SHA-256 is the
// audit row's scores_sha256.
std::string audit_scores_csv(Project &project, int64_t audit_id);

// The per-record attack scores (exposure, LiRA, RMIA) of a stored audit as
// CSV, checked against their SHA-256; empty when the audit stored none.
std::string audit_attack_scores_csv(Project &project, int64_t audit_id);

// The summary without plot data (ROC points): what the CLI prints.
nlohmann::json audit_brief(const nlohmann::json &summary);

} // namespace lethe
