#pragma once
// Read-side queries for browsing a project's lineage a page at a time: keyset
// paging (WHERE id > ? ORDER BY id LIMIT ?) so that a view never holds an
// open cursor nor loads every row; where one record was used; the features of
// one record; and the few writes the workbench's case editor needs. Plain C++
// over the Lineage connection of the calling thread.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lineage/lineage.h"

namespace lethe {

class Project;

struct SubjectBrief {
    int64_t id = 0;
    std::string pseudonym;
    int64_t n_records = 0;
};

// Subjects whose pseudonym contains `search` (case-insensitive; empty: all),
// with id > after_id, ordered by id, at most limit.
std::vector<SubjectBrief> subjects_page(Lineage &lin, const std::string &search, int64_t after_id, int limit);
std::optional<SubjectBrief> subject_by_pseudonym(Lineage &lin, const std::string &pseudonym);

struct RecordFilter {
    std::optional<int64_t> subject_id; // only this subject's records
    std::string split;                 // empty: every split
};
std::vector<RecordRow> records_page(Lineage &lin, const RecordFilter &f, int64_t after_id, int limit);
int64_t count_records(Lineage &lin, const RecordFilter &f);
std::optional<RecordRow> record_by_id(Lineage &lin, int64_t id);

// Where one record went: every run that placed it (shard, slice), the
// checkpoints of its shard from its slice on (they have seen it), the models
// of those runs that contain it, and the forget jobs that selected it.
struct RecordUsage {
    struct Run {
        int64_t run_id = 0;
        std::string kind, arch, started_at;
        int shard = 0, slice = 0;
    };
    struct Checkpoint {
        int64_t id = 0, run_id = 0;
        int shard = 0, stage = 0;
        std::string path, state;
    };
    struct Model {
        int64_t id = 0, run_id = 0;
        std::string kind, origin, state;
        int shard = -1;
    };
    struct Job {
        int64_t id = 0;
        std::string method, status;
    };
    std::vector<Run> runs;
    std::vector<Checkpoint> checkpoints;
    std::vector<Model> models;
    std::vector<Job> jobs;
};
RecordUsage record_usage(Lineage &lin, int64_t record_id);

// Erasure requests: the case editor's writes (callers hold a transaction).
void update_request(Lineage &lin, const RequestRow &r);
std::optional<RequestRow> request_by_id(Lineage &lin, int64_t id);

// Jobs of one request (or every forget job when request_id is empty), newest first.
std::vector<JobRow> forget_jobs(Lineage &lin, std::optional<int64_t> request_id = std::nullopt);

// Pseudonyms of the subjects whose records a job selected, with how many of
// each (records without a subject are counted under an empty pseudonym).
std::vector<std::pair<std::string, int64_t>> job_subjects(Lineage &lin, int64_t job_id);

// Live artifacts anywhere in the project that were trained on at least one
// record of the job's selection: checkpoints from the record's slice on, the
// shard models of its shard and the whole models of those runs. After an
// erasure these are the residual copies an auditor must see.
struct ResidualArtifact {
    std::string table; // checkpoints | models
    int64_t id = 0, run_id = 0;
    std::string kind, path;
    int shard = -1;
};
std::vector<ResidualArtifact> residual_artifacts(Lineage &lin, int64_t job_id);

// How many of the job's selected records a run placed (0 for an exact result).
int64_t placed_in_run(Lineage &lin, int64_t job_id, int64_t run_id);

// Versions of the engine's libraries (torch, SQLite, libsodium, zlib) for reports.
std::vector<std::pair<std::string, std::string>> engine_versions();

// The head of the audit log: its last sequence number and hash.
struct LogHead {
    int64_t seq = 0;
    std::string hash;
};
LogHead log_head(Lineage &lin);

} // namespace lethe
