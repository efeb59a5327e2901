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

#include "core/run_control.h"

namespace lethe {

class Project;
class TensorStore;

struct AuditOptions {
    int64_t model_id = 0;
    std::vector<int64_t> forget_ids;   // may be empty: no forget-set figures
    std::optional<int64_t> job_id;
    std::string role = "standalone";   // before | after | standalone | reference
    int64_t retain_sample = 10000;     // retained records audited (seeded sample)
    uint64_t seed = 17;
    std::string device = "auto";
};

struct AuditResult {
    int64_t audit_id = 0;
    nlohmann::json summary; // model_id, n, accuracy, accuracy_ci, per_class, mia, control
    std::string scores_sha256;
};

// store may be null: the project's data is then loaded (and verified).
AuditResult audit_model(Project &project, const AuditOptions &options, const RunControl &rc,
                        const TensorStore *store = nullptr);

// The per-example CSV of a stored audit (decompressed); its SHA-256 is the
// audit row's scores_sha256.
std::string audit_scores_csv(Project &project, int64_t audit_id);

// The summary without plot data (ROC points): what the CLI prints.
nlohmann::json audit_brief(const nlohmann::json &summary);

} // namespace lethe
