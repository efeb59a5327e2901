#pragma once
// `lethe audit` as an operation of the front door: the audit of one model on a
// forget set (a job's records or a selection), compared with a baseline and a
// retrained reference, with a reference pool built first when asked. The
// audit types themselves (AuditOptions, the summary's JSON) are re-exported
// from audit/ for the CLI and the workbench.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/run_control.h"
#include "jobs/operations.h"

namespace lethe {

class Executor;
class Project;

struct AuditJobOptions {
    int64_t model_id = 0;     // default with job_id: the job's output
    int64_t baseline_id = 0;  // a model to compare with (default with job_id: the job's input)
    int64_t reference_id = 0; // a retrained reference model
    int64_t job_id = 0;       // a forget job: its records are the forget set
    Selection selection;      // the forget set without job_id
    int references = 0;       // > 0: build (or reuse) a pool of this many models first
    int64_t pool_id = 0;      // the pool to use (default: the newest complete one that matches)
    bool no_references = false;
    std::string device = "auto";
    Executor *executor = nullptr; // where the pool's models and the scoring passes run (null: here)
    AuditOptions audit;           // bootstrap, thresholds, top-N: the rest of the audit's options
};

struct AuditJobResult {
    int64_t audit_id = 0, model_id = 0, baseline_id = 0;
    std::optional<ReferencePoolResult> pool; // when one was built or finished first
    // audit_brief of the audit with audit_id; "baseline" and "reference" hold
    // theirs, and "gap_to_reference" the differences, when those were given.
    nlohmann::json out;
};

// A job's stored audit of a model is reused while it still stands (the model
// is gone, or an after-audit with no new pool asked for); anything else is
// audited now. Usage error without a model or a job. on_pool, when given,
// hears of the pool as soon as it is built, before the audits run.
AuditJobResult audit_job(Project &project, const AuditJobOptions &options, const RunControl &rc,
                         const std::function<void(const ReferencePoolResult &)> &on_pool = {});

// An audit's stored score table (audit_scores_csv, audit_attack_scores_csv)
// as it is exported to a person: a last column record_key, the record's key
// (the manifest's record_id), beside record_id, which stays the internal id
// the stored evidence hashes. A --records file reads the record_key column.
std::string with_record_keys(Project &project, const std::string &csv);

} // namespace lethe
