#pragma once
// The lineage database of a project: which record of which data subject went
// into which training run, shard, slice, checkpoint and model; erasure
// requests, jobs, audits and the audit log. The only place with SQL.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/message.h"
#include "core/states.h"
#include "core/utc_time.h" // now_iso8601, as the rows write it
#include "lineage/sqlite.h"

namespace lethe {

constexpr int kSchemaVersion = 9; // = schema_migrations().size()

struct DatasetRow {
    int64_t id = 0;
    std::string name, format, uri, labels_uri, sha256, labels_sha256;
    int64_t n_records = 0;
    std::vector<int64_t> shape; // per-record feature shape, e.g. {1, 28, 28}
    int n_classes = 0;
    // How the files are read (data/dataset_spec.h): null for datasets made
    // before v7 (IDX, or CSV of numeric features read as they are).
    nlohmann::json spec;
};

struct RecordRow {
    int64_t id = 0, dataset_id = 0, row_index = 0;
    std::optional<int64_t> subject_id;
    int label = 0;
    std::string split; // train | test | population
    std::string sha256, source, collected_at;
    std::string key; // the external key (the manifest's record_id); empty on insert: the id
    // "" (its data is in the project's copies), "pending" or "redacted"
    // (zeroed after its case was answered, at redacted_at).
    std::string redaction, redacted_at;
};

struct RunRow {
    int64_t id = 0;
    ModelKind kind = ModelKind::Monolithic; // Monolithic or Sisa
    std::string arch;
    nlohmann::json config; // TrainConfig as JSON
    int64_t seed = 0;
    std::string device, started_at, finished_at;
    std::optional<int64_t> job_id;
};

struct Placement {
    int64_t record_id = 0;
    int shard = 0, slice = 0;
};

struct CheckpointRow {
    int64_t id = 0, run_id = 0;
    int shard = 0, stage = 0; // stage r has seen slices 0..r
    std::string path, sha256, retained_hash;
    ArtifactState state = ArtifactState::Live;
    int64_t n_records = 0;
};

struct ModelRow {
    int64_t id = 0;
    std::optional<int64_t> run_id, parent_model_id, ensemble_id, job_id;
    ModelKind kind = ModelKind::Monolithic;
    ModelOrigin origin = ModelOrigin::Trained;
    std::string path, sha256, arch, created_at;
    ArtifactState state = ArtifactState::Live;
    nlohmann::json spec;
    int shard = -1;
    std::optional<double> test_accuracy;
};

struct RequestRow {
    int64_t id = 0;
    std::string case_ref;
    std::optional<int64_t> subject_id;
    std::string subject_pseudonym, received_at, ground, deadline_at;
    CaseStatus status = CaseStatus::Open; // the auditor decides answered, refused, extended (jobs/cases.h)
    std::string first_deadline_at;        // the deadline before any extension (Art. 12(3))
    int extended_months = 0;
    std::string decided_at, decision_note, override_reason; // answered / refused
};

struct JobRow {
    int64_t id = 0;
    std::optional<int64_t> request_id, input_model_id, output_model_id;
    JobKind kind = JobKind::Forget;
    JobStatus status = JobStatus::Queued;
    std::string method, device, started_at, finished_at, error; // error: English, as the CLI prints it
    Message error_message; // the same sentence, for the workbench to translate (empty before schema v9)
    nlohmann::json params, result;
};

struct AuditRow {
    int64_t id = 0, model_id = 0;
    std::optional<int64_t> job_id;
    AuditRole role = AuditRole::Standalone;
    std::string created_at, scores_sha256;
    nlohmann::json summary;
};

struct LogEntry {
    int64_t seq = 0;
    std::string at, actor, action, payload_json, prev_hash, hash;
};

struct FileRef {
    std::string table, path, sha256;
    ArtifactState state = ArtifactState::Live;
    int64_t id = 0;
};

class Lineage {
public:
    // Creates a new database (refusing an existing file) or opens one,
    // migrating an older schema forward and refusing a newer one.
    static std::unique_ptr<Lineage> create(const std::string &path);
    static std::unique_ptr<Lineage> open(const std::string &path);
    ~Lineage();

    sql::Db &db() { return *db_; }
    const std::string &path() const;
    int schema_version();
    std::string integrity_check(); // "ok" when healthy

    // Every write goes through a transaction the caller holds.
    std::unique_ptr<sql::Transaction> begin();

    std::optional<std::string> meta(const std::string &key);
    void set_meta(const std::string &key, const std::string &value);

    int64_t insert_dataset(const DatasetRow &d);
    std::vector<DatasetRow> datasets();
    DatasetRow dataset(int64_t id);

    int64_t subject_id(const std::string &pseudonym, bool create);
    std::optional<std::string> subject_pseudonym(int64_t id);
    int64_t count_subjects();
    std::vector<std::pair<std::string, int64_t>> subjects_with_counts(); // pseudonym, records

    void insert_records(const std::vector<RecordRow> &rows);       // ids given
    std::vector<RecordRow> records(const std::string &split = {}); // all, ordered by id
    std::vector<int64_t> record_ids_of_subject(int64_t subject_id);
    // Evaluates a filter such as "label = 3 and source = 'app'" safely.
    std::vector<int64_t> record_ids_matching(const std::string &expr);
    std::vector<int64_t> existing_record_ids(const std::vector<int64_t> &ids); // those that exist
    // External keys to ids, for the keys that exist; and ids to keys.
    std::map<std::string, int64_t> record_ids_by_key(const std::vector<std::string> &keys);
    std::map<int64_t, std::string> record_keys(const std::vector<int64_t> &ids);
    std::string record_key(int64_t id); // the id as text when the record does not exist
    // Redaction (v8): state "", "pending" or "redacted", with its time.
    void set_record_redaction(const std::vector<int64_t> &ids, const std::string &state, const std::string &at);
    void set_dataset_sha256(int64_t dataset_id, const std::string &sha256);
    // The subject's redacted records and the time of the last redaction.
    std::pair<int64_t, std::string> redacted_of_subject(int64_t subject_id);
    // The first of these records that was redacted: {key, redacted_at}.
    std::optional<std::pair<std::string, std::string>> first_redacted(const std::vector<int64_t> &ids);
    int64_t max_record_id();
    int64_t count_records(const std::string &split = {});

    int64_t insert_run(const RunRow &r);
    RunRow run(int64_t id);
    void finish_run(int64_t id);
    void insert_placements(int64_t run_id, const std::vector<Placement> &ps);
    std::vector<Placement> placements(int64_t run_id); // ordered by shard, slice, record

    int64_t insert_checkpoint(const CheckpointRow &c);
    std::vector<CheckpointRow> checkpoints(int64_t run_id);
    std::vector<CheckpointRow> checkpoints_at_path(const std::string &path);
    void set_checkpoint_state(int64_t id, ArtifactState state);

    int64_t insert_model(const ModelRow &m);
    ModelRow model(int64_t id);
    std::vector<ModelRow> models(bool include_shards = false);
    std::vector<ModelRow> shard_models(int64_t ensemble_id);
    void set_model_state(int64_t id, ArtifactState state);
    void set_model_test_accuracy(int64_t id, double accuracy);

    int64_t insert_request(const RequestRow &r);
    std::vector<RequestRow> requests();
    std::optional<RequestRow> open_request_for_subject(int64_t subject_id);

    int64_t insert_job(const JobRow &j);
    JobRow job(int64_t id);
    std::vector<JobRow> jobs();
    void update_job(const JobRow &j);
    void insert_job_records(int64_t job_id, const std::vector<int64_t> &ids);
    std::vector<int64_t> job_records(int64_t job_id);

    int64_t insert_audit(const AuditRow &a, const std::string &scores_csv_gz);
    AuditRow audit(int64_t id);
    std::vector<AuditRow> audits(std::optional<int64_t> job_id = std::nullopt);
    std::string audit_scores(int64_t id); // the gzipped CSV blob
    void insert_metric(int64_t audit_id, const std::string &name, const std::string &split, double value,
                       std::optional<double> lo, std::optional<double> hi, int64_t n);

    // Appends an entry to the hash-chained audit log; returns its hash.
    std::string append_log(const std::string &actor, const std::string &action, const nlohmann::json &payload);
    std::vector<LogEntry> log_entries();

    // Every file a row points at: datasets, models, checkpoints.
    std::vector<FileRef> file_refs();

private:
    explicit Lineage(std::unique_ptr<sql::Db> db);
    void migrate();
    void check_schema_is_ours(int have);
    std::unique_ptr<sql::Db> db_;
};

} // namespace lethe
