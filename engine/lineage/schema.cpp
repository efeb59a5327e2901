#include "lineage/schema.h"

namespace lethe {

// v6 (issue 13): a record's external key, the manifest's record_id
// (any string: a UUID, rec-00001, an e-mail hash), unique in the
// project. It is what people see and give; the integer id stays
// internal. Records made before keep their id as their key.
constexpr const char *kV6RecordKeys = R"SQL(
ALTER TABLE records ADD COLUMN record_key TEXT;
UPDATE records SET record_key = CAST(id AS TEXT);
CREATE UNIQUE INDEX records_key ON records(record_key);
)SQL";

// v7 (issue 13): a dataset's reading spec (the CSV delimiter, the tabular
// columns' encodings and statistics, an image folder's files and shape),
// and image folders as a format. The CHECK widens, so the table is rebuilt.
constexpr const char *kV7DatasetSpecs = R"SQL(
CREATE TABLE datasets_v7(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL CHECK(format IN ('idx','csv','folder')),
  uri TEXT NOT NULL, labels_uri TEXT, sha256 TEXT NOT NULL, labels_sha256 TEXT,
  n_records INTEGER NOT NULL, shape TEXT NOT NULL, n_classes INTEGER NOT NULL, spec_json TEXT);
INSERT INTO datasets_v7(id, name, format, uri, labels_uri, sha256, labels_sha256, n_records, shape, n_classes)
  SELECT id, name, format, uri, labels_uri, sha256, labels_sha256, n_records, shape, n_classes FROM datasets;
DROP TABLE datasets;
ALTER TABLE datasets_v7 RENAME TO datasets;
)SQL";

// v8 (issue 17): a record whose raw data Lethe redacted from its own copies
// after its case was answered: 'pending' while the files are rewritten (a
// crash is completed at the next open), then 'redacted' with the time. Its
// SHA-256 stays: the evidence still names what was there.
constexpr const char *kV8Redaction = R"SQL(
ALTER TABLE records ADD COLUMN redaction TEXT CHECK(redaction IN ('pending','redacted'));
ALTER TABLE records ADD COLUMN redacted_at TEXT;
CREATE INDEX records_redaction ON records(redaction) WHERE redaction IS NOT NULL;
)SQL";

// v9 (issue 15): a failed job's error as a Message (core/message.h), the
// template and its arguments as JSON, so that the workbench can show it in
// the user's language. `error` keeps the English the CLI prints.
constexpr const char *kV9ErrorMessages = R"SQL(
ALTER TABLE jobs ADD COLUMN error_message_json TEXT;
)SQL";

const std::vector<const char *> &schema_migrations() {
    static const std::vector<const char *> m = {
        // v1
        R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE datasets(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, format TEXT NOT NULL CHECK(format IN ('idx','csv')),
  uri TEXT NOT NULL, labels_uri TEXT, sha256 TEXT NOT NULL, labels_sha256 TEXT,
  n_records INTEGER NOT NULL, shape TEXT NOT NULL, n_classes INTEGER NOT NULL);
CREATE TABLE subjects(id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL UNIQUE);
CREATE TABLE records(
  id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES datasets(id),
  row_index INTEGER NOT NULL, subject_id INTEGER REFERENCES subjects(id),
  label INTEGER NOT NULL, split TEXT NOT NULL CHECK(split IN ('train','test','population')),
  sha256 TEXT NOT NULL, source TEXT, collected_at TEXT);
CREATE INDEX records_subject ON records(subject_id);
CREATE UNIQUE INDEX records_row ON records(dataset_id, row_index);
CREATE INDEX records_split ON records(split);
CREATE TABLE training_runs(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK(kind IN ('monolithic','sisa')), arch TEXT NOT NULL,
  config_json TEXT NOT NULL, seed INTEGER NOT NULL, device TEXT NOT NULL,
  started_at TEXT NOT NULL, finished_at TEXT, job_id INTEGER);
CREATE TABLE placements(
  run_id INTEGER NOT NULL REFERENCES training_runs(id), record_id INTEGER NOT NULL REFERENCES records(id),
  shard INTEGER NOT NULL, slice INTEGER NOT NULL, PRIMARY KEY(run_id, record_id)) WITHOUT ROWID;
CREATE INDEX placements_record ON placements(record_id);
CREATE TABLE checkpoints(
  id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES training_runs(id),
  shard INTEGER NOT NULL, stage INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL,
  retained_hash TEXT NOT NULL, n_records INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'live' CHECK(state IN ('live','purging','purged')),
  UNIQUE(run_id, shard, stage));
CREATE INDEX checkpoints_path ON checkpoints(path);
CREATE TABLE models(
  id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES training_runs(id),
  parent_model_id INTEGER REFERENCES models(id), ensemble_id INTEGER REFERENCES models(id),
  kind TEXT NOT NULL CHECK(kind IN ('monolithic','sisa','shard')),
  origin TEXT NOT NULL CHECK(origin IN ('trained','unlearned','reference')),
  path TEXT, sha256 TEXT, arch TEXT NOT NULL, spec_json TEXT NOT NULL, shard INTEGER NOT NULL DEFAULT -1,
  state TEXT NOT NULL DEFAULT 'live' CHECK(state IN ('live','purging','purged')),
  test_accuracy REAL, created_at TEXT NOT NULL, job_id INTEGER);
CREATE INDEX models_ensemble ON models(ensemble_id);
CREATE TABLE erasure_requests(
  id INTEGER PRIMARY KEY, case_ref TEXT NOT NULL UNIQUE, subject_id INTEGER REFERENCES subjects(id),
  received_at TEXT NOT NULL, ground TEXT NOT NULL, deadline_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('open','in_progress','done','rejected')));
CREATE TABLE jobs(
  id INTEGER PRIMARY KEY, request_id INTEGER REFERENCES erasure_requests(id), kind TEXT NOT NULL,
  method TEXT, params_json TEXT NOT NULL, device TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('queued','running','done','failed','cancelled','interrupted')),
  started_at TEXT, finished_at TEXT, input_model_id INTEGER REFERENCES models(id),
  output_model_id INTEGER REFERENCES models(id), error TEXT, result_json TEXT);
CREATE TABLE job_records(
  job_id INTEGER NOT NULL REFERENCES jobs(id), record_id INTEGER NOT NULL REFERENCES records(id),
  PRIMARY KEY(job_id, record_id)) WITHOUT ROWID;
CREATE TABLE audits(
  id INTEGER PRIMARY KEY, model_id INTEGER NOT NULL REFERENCES models(id), job_id INTEGER REFERENCES jobs(id),
  role TEXT NOT NULL, created_at TEXT NOT NULL, summary_json TEXT NOT NULL,
  scores_csv_gz BLOB NOT NULL, scores_sha256 TEXT NOT NULL);
CREATE TABLE metrics(
  audit_id INTEGER NOT NULL REFERENCES audits(id), name TEXT NOT NULL, split TEXT NOT NULL,
  value REAL NOT NULL, lo REAL, hi REAL, n INTEGER NOT NULL);
CREATE INDEX metrics_audit ON metrics(audit_id);
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  payload_json TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
)SQL",
        // v2 (issue 4): the per-batch parameter-update logs of runs trained
        // with record_updates (amnesiac unlearning), and the gradient-residual
        // budget of certified removal, per model.
        R"SQL(
CREATE TABLE update_logs(
  id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES training_runs(id),
  shard INTEGER NOT NULL, stage INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL, steps INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'live' CHECK(state IN ('live','purging','purged')),
  UNIQUE(run_id, shard, stage));
CREATE INDEX update_logs_path ON update_logs(path);
CREATE TABLE certified_budgets(
  model_id INTEGER PRIMARY KEY REFERENCES models(id), job_id INTEGER REFERENCES jobs(id),
  spent REAL NOT NULL, budget REAL NOT NULL, removals INTEGER NOT NULL, detail_json TEXT NOT NULL);
)SQL",
        // v3 (issue 5): the reference-model pool and the attack scores of audits.
        R"SQL(
CREATE TABLE reference_pools(
  id INTEGER PRIMARY KEY, k INTEGER NOT NULL CHECK(k >= 2), seed INTEGER NOT NULL, config_json TEXT NOT NULL,
  universe_sha256 TEXT NOT NULL, n_universe INTEGER NOT NULL, created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('building','complete')));
CREATE TABLE reference_models(
  pool_id INTEGER NOT NULL REFERENCES reference_pools(id), idx INTEGER NOT NULL, seed INTEGER NOT NULL,
  n_in INTEGER NOT NULL, files_json TEXT NOT NULL, scores_path TEXT NOT NULL, scores_sha256 TEXT NOT NULL,
  seconds REAL NOT NULL, test_accuracy REAL, created_at TEXT NOT NULL,
  PRIMARY KEY(pool_id, idx)) WITHOUT ROWID;
CREATE TABLE reference_membership(
  pool_id INTEGER NOT NULL REFERENCES reference_pools(id), record_id INTEGER NOT NULL REFERENCES records(id),
  in_mask TEXT NOT NULL, PRIMARY KEY(pool_id, record_id)) WITHOUT ROWID;
CREATE INDEX reference_membership_record ON reference_membership(record_id);
CREATE TABLE audit_attack_scores(
  audit_id INTEGER PRIMARY KEY REFERENCES audits(id), csv_gz BLOB NOT NULL, sha256 TEXT NOT NULL);
)SQL",
        // v4 (issue 5, erasure): reference models are purged like checkpoints
        // when a forget job erases a record they trained on, and a rebuild
        // trains a new generation of the same slot (pool, idx) in a new
        // folder. The purged row stays (verify checks its files are gone), so
        // the key gains the generation; at most one unpurged row per slot.
        R"SQL(
CREATE TABLE reference_models_v4(
  pool_id INTEGER NOT NULL REFERENCES reference_pools(id), idx INTEGER NOT NULL, gen INTEGER NOT NULL DEFAULT 0,
  seed INTEGER NOT NULL, n_in INTEGER NOT NULL, files_json TEXT NOT NULL, scores_path TEXT NOT NULL,
  scores_sha256 TEXT NOT NULL, seconds REAL NOT NULL, test_accuracy REAL, created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'live' CHECK(state IN ('live','purging','purged')),
  purge_job_id INTEGER REFERENCES jobs(id),
  PRIMARY KEY(pool_id, idx, gen)) WITHOUT ROWID;
INSERT INTO reference_models_v4(pool_id, idx, gen, seed, n_in, files_json, scores_path, scores_sha256, seconds,
                                test_accuracy, created_at)
  SELECT pool_id, idx, 0, seed, n_in, files_json, scores_path, scores_sha256, seconds, test_accuracy, created_at
  FROM reference_models;
DROP TABLE reference_models;
ALTER TABLE reference_models_v4 RENAME TO reference_models;
CREATE UNIQUE INDEX reference_models_current ON reference_models(pool_id, idx) WHERE state <> 'purged';
CREATE INDEX reference_models_state ON reference_models(state);
)SQL",
        // v5 (issue 9): the case lifecycle is the auditor's. 'done' was set by
        // a job, never decided by anyone: such cases go back to in_progress.
        // 'rejected' is Art. 12(4)'s refusal. An extension (Art. 12(3)) keeps
        // the first deadline; a decision keeps its note, and an answer given
        // over open findings the reason for the override.
        R"SQL(
CREATE TABLE erasure_requests_v5(
  id INTEGER PRIMARY KEY, case_ref TEXT NOT NULL UNIQUE, subject_id INTEGER REFERENCES subjects(id),
  received_at TEXT NOT NULL, ground TEXT NOT NULL, deadline_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('open','in_progress','answered','refused','extended')),
  first_deadline_at TEXT NOT NULL, extended_months INTEGER NOT NULL DEFAULT 0,
  decided_at TEXT, decision_note TEXT, override_reason TEXT);
INSERT INTO erasure_requests_v5(id, case_ref, subject_id, received_at, ground, deadline_at, status, first_deadline_at)
  SELECT id, case_ref, subject_id, received_at, ground, deadline_at,
         CASE status WHEN 'done' THEN 'in_progress' WHEN 'rejected' THEN 'refused' ELSE status END, deadline_at
  FROM erasure_requests;
DROP TABLE erasure_requests;
ALTER TABLE erasure_requests_v5 RENAME TO erasure_requests;
CREATE INDEX jobs_request ON jobs(request_id);
)SQL",
        kV6RecordKeys,
        kV7DatasetSpecs,
        kV8Redaction,
        kV9ErrorMessages,
    };
    return m;
}

} // namespace lethe
