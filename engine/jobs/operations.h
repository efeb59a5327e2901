#pragma once
// The engine's public operations: what the CLI and the workbench call. Plain
// C++ in, JSON-ready results out; progress and cancellation through
// RunControl; errors as lethe::Error.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/run_control.h"
#include "model/devices.h" // available_devices(), part of the front door (jobs/runtime.h)
#include "train/config.h"

namespace lethe {

class Project;
class Executor;

// --- import -------------------------------------------------------------------
struct ImportOptions {
    std::string manifest; // CSV: record_id, subject, label, split, row (folder: file)
    std::string data;     // IDX images (with labels), CSV features or a folder of images
    std::string labels;   // IDX labels file (idx only)
    std::string format;   // idx | csv | folder; empty: from the path
    std::string name;     // dataset name; empty: the data file's name
    // A TorchScript model (torch.jit.save) trained on the manifest's train
    // records: checked on the data, copied into models/ and registered as a
    // monolithic model (arch torchscript) whose training run places every
    // train record in shard 0, slice 0. Empty: no model.
    std::string model;
    // The owner's training recipe of `model` (JSON: train/config.h
    // apply_recipe): retrain, reference pools and `train --arch torchscript`
    // follow it. Empty: Lethe's defaults, which the report says.
    std::string recipe;
    char delimiter = 0;  // of the manifest and a CSV data file; 0: detected
    bool impute = false; // fill a tabular dataset's missing values instead of refusing them
    // Numeric columns standardised; default: yes, but not with a model
    // (it was trained on the features as they are in the file).
    std::optional<bool> standardize;
    // Internal (import_lineage): called with the dataset as read and checked,
    // before anything is written; then inside the import's transaction, after
    // the records are in. Either may throw; nothing is left behind.
    std::function<void(const std::vector<int64_t> &shape, int n_classes)> before_write;
    // Internal ids in the manifest's row order even when every key is a
    // number (a lineage folder's training order follows its records.csv).
    bool ids_in_file_order = false;
    std::function<void(Lineage &)> in_transaction;
};
struct ImportResult {
    int64_t dataset_id = 0, records = 0, subjects = 0;
    std::optional<int64_t> model_id; // with ImportOptions::model
    int n_classes = 0;               // the model's logits per record
    // Missing values filled (--impute): [{column, count, value}].
    nlohmann::json imputed = nlohmann::json::array();
    bool recipe = false; // the model came with its owner's recipe
    nlohmann::json to_json() const;
};
// Copies the data files into the project's data/ folder and registers one
// record per manifest row, with the SHA-256 of its bytes; with a model, checks
// it and registers it too. All or nothing.
ImportResult import_dataset(Project &project, const ImportOptions &options);

// --- lineage interchange (docs/lineage-format.md) -----------------------------
struct LineageImportResult {
    std::optional<int64_t> dataset_id; // when the folder brings its dataset
    int64_t records = 0, subjects = 0, checkpoints = 0;
    struct Model {
        std::string run;
        int64_t model_id = 0, run_id = 0;
        std::string kind; // monolithic | sisa
        int shards = 1, slices = 1;
        double test_accuracy = 0;
    };
    std::vector<Model> models; // one per run
    std::vector<std::string> warnings;
    nlohmann::json to_json() const;
};
// Reads a lineage folder (lineage.json, records.csv, placements.csv,
// checkpoints.csv, checkpoint_records.csv) and checks all of it before
// anything is written: file hashes, that each placed record exists and is a
// training record, that no record sits in two shards of a run, that each
// checkpoint saw exactly slices 0..stage of its shard, that every shard has
// its last stage and that each checkpoint loads as the run's architecture.
// Then copies the files in and registers dataset, records, runs, placements,
// checkpoints and models in one transaction. BadInput naming the file, the
// line and the problem; nothing is written then.
LineageImportResult import_lineage(Project &project, const std::string &dir);

struct LineageExportResult {
    std::string folder;
    int64_t records = 0, runs = 0, checkpoints = 0;
    nlohmann::json to_json() const;
};
// Writes the project's dataset, records and live trained models' runs
// (placements, live checkpoints) as a lineage folder `dir` (new or empty).
// Format version 1 carries one dataset and no redacted record.
LineageExportResult export_lineage(Project &project, const std::string &dir);

// --- train --------------------------------------------------------------------
struct TrainResult {
    int64_t job_id = 0, model_id = 0, run_id = 0;
    ModelKind kind = ModelKind::Monolithic;
    double test_accuracy = 0, seconds = 0;
    int64_t samples = 0;
    int64_t update_log_bytes = 0; // with record_updates: the storage cost of the update logs (amnesiac)
    nlohmann::json to_json() const;
};
// Trains on every 'train' record: monolithic when S = R = 1, else SISA.
TrainResult train_model(Project &project, const TrainConfig &cfg, const RunControl &rc);

// --- forget -------------------------------------------------------------------
struct Selection {
    std::vector<std::string> subjects;
    std::string records_file; // one record id per line ('#' comments)
    std::string query;        // e.g. "label = 3 and source = 'app'"
    std::vector<int64_t> record_ids;
    bool empty() const { return subjects.empty() && records_file.empty() && query.empty() && record_ids.empty(); }
};
// Record ids of a selection; BadInput for an unknown subject, an unreadable
// file or an id not in the project.
std::vector<int64_t> resolve_selection(Project &project, const Selection &s);

struct ForgetOptions {
    Selection selection;
    std::string method = "sisa";               // a name of the method registry (unlearn/registry.h)
    std::map<std::string, std::string> params; // method parameters overriding its defaults (--param k=v)
    std::optional<int64_t> model_id;           // default: the newest live model that suits the method
    std::optional<int64_t> request_id;         // default: the open request of the selected subject
    std::string device = "auto";
    bool audit = true;       // audit the model before and after
    bool keep_input = false; // keep the input model's files (not its stale checkpoints)
    // Purge the reference-pool models that trained on a forgotten record once
    // the after-audit is stored. false only when a later job of the same case
    // (same records) still audits with the full pools and purges them: the
    // deferral is logged (lethe investigate's exact job).
    bool purge_reference_models = true;
    // Where exact shard retrains run (jobs/executor.h): null, here; else as
    // work units on the executor (a Slurm array). Runs that record their
    // updates (amnesiac) always retrain here.
    Executor *executor = nullptr;
};
struct ForgetResult {
    int64_t job_id = 0, input_model_id = 0, output_model_id = 0;
    std::string method;
    int64_t forgotten_records = 0;
    std::vector<int> shards_retrained;
    int64_t purged_checkpoints = 0, purged_models = 0;
    int64_t purged_reference_models = 0; // reference-pool models that trained on a forgotten record
    double seconds = 0;                  // the unlearning itself
    double total_seconds = 0;            // with loading, audits and purge
    std::optional<int64_t> before_audit_id, after_audit_id;
    nlohmann::json params = nlohmann::json::object();      // the method's full parameters, defaults included
    nlohmann::json details = nlohmann::json::object();     // what the method reports, per shard
    std::string note;                                      // e.g. certified removal past its budget: retrained instead
    int64_t update_log_bytes = 0;                          // update logs written for the new version (amnesiac)
    std::optional<double> residual_spent, residual_budget; // certified removal
    nlohmann::json to_json() const;
};
// Exact methods retrain (the whole model, or the affected SISA shards from
// their last clean checkpoint); approximate ones change a copy of the input
// (each affected shard of an ensemble) and keep the clean checkpoints. Either
// way: a new model version whose parent is the input, stale checkpoints and
// update logs purged, the input never modified.
ForgetResult forget(Project &project, const ForgetOptions &options, const RunControl &rc);

// What a forget job with these options would delete, counted before it runs
// (the workbench's confirmation; the same refusals as forget()).
struct PurgePreview {
    int64_t model_id = 0;
    ModelKind model_kind = ModelKind::Monolithic;
    int64_t models = 0;           // the input's files: its file, or the shard files of the affected shards
    int64_t checkpoints = 0;      // checkpoints of the input run from the first slice with a forgotten record
    int64_t update_logs = 0;      // update logs that recorded a forgotten record's batches
    int64_t reference_models = 0; // reference-pool models that trained on an erased record
    bool empty() const { return models + checkpoints + update_logs + reference_models == 0; }
    std::string text() const; // one paragraph for a person
};
PurgePreview preview_purge(Project &project, const ForgetOptions &options);

const std::vector<std::string> &exact_methods(); // retrain, sisa (every method: unlearn/registry.h)

// The record ids of every batch of a run's update log, in training order
// (stages in order), for a model trained with record_updates; shard 0 for
// a monolithic model. Plain C++ for tests and tools.
std::vector<std::vector<int64_t>> update_log_batches(Project &project, int64_t model_id, int shard = 0);

// --- re-audit -------------------------------------------------------------------
struct ReauditResult {
    int64_t job_id = 0, model_id = 0, audit_id = 0;
    std::optional<int64_t> pool_id; // the reference pool the audit used
    std::string references_reason;  // why none was used, in one sentence
    Message references_message;     // the same, for the workbench to translate
    nlohmann::json to_json() const;
};
// Audits a finished forget job's output model again (role after, the job's
// records, against its before-audit), with the newest usable reference pool
// that matches the model: after a pool was built or rebuilt, the job's
// verdict gets the reference attacks and their power. The new audit becomes
// the job's after-audit; the old one stays in the lineage.
ReauditResult reaudit_job(Project &project, int64_t job_id, const std::string &device, const RunControl &rc);

// --- verify ---------------------------------------------------------------------
struct VerifyResult {
    bool ok = true;
    int64_t log_entries = 0, files = 0, audits = 0;
    std::string first_failure; // empty when ok
    // What does not break the evidence but should be fixed: files other
    // users can read (docs/security.md).
    std::vector<std::string> findings;
    nlohmann::json to_json() const;
};
// Recomputes the audit-log chain, the hash of every live file, the absence
// of every purged one and the hash of every stored audit's scores.
VerifyResult verify_project(Project &project);

// --- demo -------------------------------------------------------------------------
struct DemoOptions {
    std::string project_dir = "lethe-demo";
    std::string source_dir = "/usr/share/datasets/fashion-mnist";
    int64_t subset = 0; // 0: all 60,000 training images; else this many (test: subset / 6)
    int shards = 5, slices = 4;
    double epochs = 3;
    uint64_t seed = 1;
    std::string device = "auto";
    std::string arch = "cnn";
    // Canaries: subjects a model memorises, planted to see the audit catch one
    // (docs/audit-power.md). Each owns canary_records training images, made
    // atypical (canary_mark) and labelled with the subject's own class; the
    // project's copy of the data holds the planted images, source "canary".
    int canary_subjects = 0;
    int canary_records = 20;
    // invert: each record's own image inverted; near-copies: every canary_copies
    // records share one inverted base image, each with noise of its own; patch:
    // inverted with the subject's own 8 x 8 code in a corner; none: relabelled
    // only. docs/audit-power.md measures how strongly each is memorised.
    std::string canary_mark = "near-copies";
    int canary_copies = 20;
};
struct DemoResult {
    std::string project;
    int64_t subjects = 0, records = 0;
    std::vector<std::string> canary_subjects; // "canary-001", ...
    std::vector<TrainResult> models;
    std::string request_subject, case_ref;
    nlohmann::json to_json() const;
};
DemoResult demo_init(const DemoOptions &options, const RunControl &rc);

// The demo's configuration, resources/demo/demo.json (compiled in): the
// defaults of `lethe demo init`; workbench: its smaller demo (the
// "workbench" section applied).
DemoOptions demo_defaults(bool workbench = false);

// Models in JSON: {id, kind, origin, state, test_accuracy, parent_model_id, ...}.
nlohmann::json models_json(Project &project);

} // namespace lethe
