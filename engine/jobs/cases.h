#pragma once
// Cases (erasure requests): their lifecycle, decided by the auditor, and the
// one verdict on a case that the CLI, the workbench and the report render and
// never recompute (issue 9; the rules are in docs/audit.md, "The case
// verdict"). Plain C++; states are enums, strings only at the database and
// JSON boundaries.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lineage/lineage.h"

namespace lethe {

// --- the verdict ----------------------------------------------------------------
enum class CaseResult { Pass, Fail, Inconclusive, Open };
enum class FindingLayer { Lineage, Behaviour, Utility };
const char *to_string(CaseResult r);   // pass | fail | inconclusive | open
const char *to_string(FindingLayer l); // lineage | behaviour | utility
// The word a person reads: "PASS", "FAIL", "INCONCLUSIVE", "OPEN".
std::string result_word(CaseResult r);

struct Finding {
    std::optional<int64_t> model_id; // the model in scope (its original, trained version); none: the case as a whole
    FindingLayer layer = FindingLayer::Lineage;
    CaseResult result = CaseResult::Open;
    std::string sentence;          // what a data-protection officer reads, no glossary needed
    std::string detail;            // the technical line beside it
    std::optional<int64_t> job_id; // the job whose output the finding is about
    // The sentence as a message: its kind ("behaviour.pass", docs/audit.md
    // "The case verdict") and the values it states, so that an edition in
    // another language renders the same finding from the same data
    // (ui/verdict.h findingText). The sentence is its English rendering.
    std::string key;
    nlohmann::json args = nlohmann::json::object();
    nlohmann::json to_json() const;
};

// A model that trained on a record of the case, and what the case did to it.
struct ModelInScope {
    int64_t model_id = 0;                    // the trained model (root of its version chain)
    ModelKind kind = ModelKind::Monolithic;  // Monolithic or Sisa
    std::string arch;                        // cnn, mlp, ...
    int64_t records_placed = 0;              // the case's records its training run placed
    std::optional<int64_t> job_id;           // the newest finished forget job of the case on its chain
    std::optional<int64_t> handled_model_id; // that job's output
    std::optional<int64_t> current_model_id; // the newest live version of the chain (what a job would start from)
    std::string method;                      // that job's method
    bool exact = false;                      // exact method (retrain, sisa, certified within budget)
    std::string handled_at;                  // when that job finished
    CaseResult result = CaseResult::Open;
    nlohmann::json to_json() const;
};

struct CaseVerdict {
    CaseResult result = CaseResult::Open;
    std::string summary;     // two sentences: the answer and why
    std::string summary_key; // "summary.pass", ... as Finding::key
    nlohmann::json summary_args = nlohmann::json::object();
    std::vector<Finding> findings;
    std::vector<ModelInScope> models;
    int64_t case_records = 0;             // records the case selects
    int64_t reference_models_holding = 0; // reference-pool models still trained on a case record
    int open_findings() const;
    nlohmann::json to_json() const; // {result, summary, findings: [...], models: [...], ...}
};

// The lineage sweep of the case, then a finding per model in scope and layer.
CaseVerdict case_verdict(Lineage &lin, int64_t request_id);

// --- the lifecycle ------------------------------------------------------------------
// CaseStatus and its words: core/states.h.
CaseStatus case_status_from(const std::string &s); // BadInput for an unknown word
std::string status_words(CaseStatus s);            // "in progress", ...
bool case_is_closed(CaseStatus s);                 // answered or refused

// The deadline rule of the jurisdiction: Art. 12(3) GDPR by default.
struct DeadlineRule {
    int months = 1;           // to answer
    int extension_months = 2; // at most, in all, on top
};

// Calendar arithmetic on ISO dates (YYYY-MM-DD, the first 10 characters).
std::string today_iso();                                              // UTC
std::string add_months_iso(const std::string &date, int months);      // end of month clamped
int64_t days_between(const std::string &from, const std::string &to); // to - from; BadInput for a non-date

struct NewCase {
    std::string case_ref, subject, received_at, ground;
    DeadlineRule rule;
};
struct CaseEdit { // empty fields are left as they are
    std::optional<std::string> case_ref, subject, received_at, ground;
    DeadlineRule rule;
};

// Each writes one transaction with its audit-log entry (request.opened,
// request.edited, request.extended, request.refused, request.answered) and
// returns the row as it now is. BadInput with one sentence for a refused
// transition; actor is who decided ("auditor" from the CLI and the workbench).
RequestRow add_case(Lineage &lin, const NewCase &c, const std::string &actor = "auditor");
RequestRow edit_case(Lineage &lin, int64_t request_id, const CaseEdit &e, const std::string &actor = "auditor");
// Art. 12(3): up to rule.extension_months in all, with the reason given to the subject.
RequestRow extend_case(Lineage &lin, int64_t request_id, int months, const std::string &reason,
                       const DeadlineRule &rule = {}, const std::string &actor = "auditor");
// Art. 12(4): the request is refused, with the reason.
RequestRow refuse_case(Lineage &lin, int64_t request_id, const std::string &reason,
                       const std::string &actor = "auditor");
// Answered: allowed only when the verdict has no open finding, or with an
// override whose reason is recorded beside the note.
RequestRow answer_case(Lineage &lin, int64_t request_id, const std::string &note,
                       const std::string &override_reason = {}, const std::string &actor = "auditor");

// A closed case takes no further job: forget() and investigate() call this
// before they write anything.
void require_case_takes_jobs(const RequestRow &r);

// What a job does to its case: open -> in_progress when it starts. A job
// never answers a case. A case that is answered or refused takes no job.
void case_job_started(Lineage &lin, const RequestRow &r);

RequestRow case_row(Lineage &lin, int64_t request_id); // BadInput when there is none

// The case as the CLI prints it and the workbench shows it: {id, case_ref,
// subject, ground, received_at, deadline_at, first_deadline_at, days_left,
// status, status_words, decided_at, decision_note, override_reason, verdict}.
nlohmann::json case_json(Lineage &lin, int64_t request_id);
nlohmann::json case_json(const RequestRow &r, const CaseVerdict &v);

// The case's history from the audit log: its transitions, the jobs, audits
// and reports of its jobs, oldest first.
struct CaseEvent {
    int64_t seq = 0;
    std::string at, actor, action, text; // text: one line a person reads (message.english())
    Message message;                     // the same line, for the workbench to translate
};
std::vector<CaseEvent> case_timeline(Lineage &lin, int64_t request_id);

// The power of the per-subject test in words: "in about 64 of 100 such
// tests", the chance that a model which remembered the records is caught.
std::string caught_in_100(double z_power, double z_fail);

} // namespace lethe
