#pragma once
// The SQL of a case (issue 9): the records an erasure request selects (its
// subject's records and every record its forget jobs chose), and the live
// artifacts that still hold any of them. jobs/cases.cpp turns these into the
// case verdict.
#include <cstdint>
#include <string>
#include <vector>

namespace lethe {

class Lineage;

// Sorted record ids of the case: the subject's records and the job_records
// of the case's forget jobs.
std::vector<int64_t> case_record_ids(Lineage &lin, int64_t request_id);

// How many of the case's records a training run placed.
int64_t case_records_placed(Lineage &lin, int64_t request_id, int64_t run_id);

// Every live (or purging) artifact whose training saw a record of the case:
// whole and shard models of the runs that placed one, checkpoints and update
// logs from the record's slice on. Reference-pool models are separate
// (reference_masks_of_records).
struct CaseArtifact {
    std::string table; // models | checkpoints | update_logs
    int64_t id = 0, run_id = 0;
    std::string kind; // models: monolithic | sisa | shard; else the table's singular
    int shard = -1;
    int64_t ensemble_id = 0; // shard models: their ensemble
    std::string path;
};
std::vector<CaseArtifact> case_live_artifacts(Lineage &lin, int64_t request_id);

} // namespace lethe
