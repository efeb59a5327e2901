#pragma once
// The auditor's own copy (issue 17, docs/security.md): once a case is
// answered, the subject's raw records are redacted from the project's
// dataset copies. Each file that holds one gets a new version, written
// atomically, with their rows zeroed (an image folder's files are removed);
// the records keep their SHA-256, marked redacted, so verify, the stored
// scores, the reports and the evidence bundle still name what was there.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace lethe {

class Project;

struct RedactionResult {
    int64_t records = 0;                            // redacted now
    int64_t already = 0;                            // redacted before
    std::string redacted_at;                        // when (the earlier time when nothing was left to do)
    nlohmann::json files = nlohmann::json::array(); // [{dataset_id, path, sha256 | removed}]
    nlohmann::json to_json() const;
};

// Refused (BadInput, nothing written) while the case is not answered, when
// it names no subject, or while a live model is still trained on one of the
// records. Logged as redaction.started, then records.redacted.
RedactionResult redact_case(Project &project, int64_t request_id, const std::string &actor = "auditor");

// What redact_case refuses, checked without writing anything: the CLI and
// the workbench ask before they close a case with a redaction.
void check_redactable(Project &project, int64_t request_id);

// A redaction a crash interrupted (records left 'pending'), completed: the
// CLI and the workbench call it when they open a project. The records done.
int64_t complete_redactions(Project &project);

} // namespace lethe
