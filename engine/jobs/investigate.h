#pragma once
// The investigation of one case as one engine operation (issue 9): sweep the
// case's scope, build or reuse a reference pool for each model in scope, run a
// forget job for every model not yet handled (exact on SISA ensembles, the
// approximate comparison on monolithic models), audit each before and after,
// write the reports through the caller's hook, verify the project, and return
// the case verdict. `lethe investigate` and the workbench's "Investigate
// case…" call this and only render what it returns.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/run_control.h"
#include "jobs/cases.h"
#include "jobs/operations.h"

namespace lethe {

// The approximate method compared with the exact one by default: the one
// closest to the retrained model on the demo's one-subject request (Avg. Gap
// 1.04 points at 3.6% of the retrain's time, docs/methods.md).
constexpr const char *kInvestigateApproximate = "finetune";

class Executor;

struct InvestigateOptions {
    std::optional<int64_t> request_id;                 // default: the oldest case still open, in progress or extended
    std::string method;                                // exact method for ensembles: sisa (default) or retrain
    std::string approximate = kInvestigateApproximate; // monolithic models; "none": retrain them exactly
    int references = 8;                                // reference models per pool (0: none)
    std::string device = "auto";
    Executor *executor = nullptr; // where reference models, shard retrains and audit scoring passes run (null: here)
    // Writes the case's PDF report (every model and job of the request) and
    // returns its path ("" when it could not); unset: no report. Called once,
    // after every job ran, on the thread that runs the investigation.
    std::function<std::string(int64_t request_id)> write_report;
};

struct InvestigateJob {
    ForgetResult forget;
    nlohmann::json before, after; // audit_brief of the before- and after-audit
    std::string report;           // the case report's path (it covers this job), empty when none was written
};

struct InvestigateResult {
    RequestRow request;
    nlohmann::json pools = nlohmann::json::array(); // per pool: the build result and the model it serves
    std::vector<InvestigateJob> jobs;
    VerifyResult verify;
    CaseVerdict verdict;            // after every job: the answer the CLI, the workbench and the report show
    std::vector<std::string> notes; // what was chosen and why, one sentence each
    std::string report;             // the case report's path, empty when none was written
    // The first contract's keys (request, forget, before, after, report of the
    // first job), every job under "jobs", the pools, verify, and "case".
    nlohmann::json to_json() const;
};

// Which case investigate() takes by default: the oldest one open, in progress or extended.
std::optional<RequestRow> case_to_investigate(Project &project);

InvestigateResult investigate(Project &project, const InvestigateOptions &options, const RunControl &rc);

// Avg. Gap to a retrained reference (the SalUn tables): the mean absolute
// difference over UA (forget accuracy), RA, TA and, when both audits have it,
// MIA-Efficacy; both in audit_brief form. {avg_accuracy_gap, terms[, avg_gap]}.
nlohmann::json gap_to_reference(const nlohmann::json &audit, const nlohmann::json &reference);

} // namespace lethe
