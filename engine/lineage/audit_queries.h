#pragma once
// The SQL of the audit layer (issue 5): the reference-model pool, each
// record's IN/OUT membership in it, and the per-record attack scores of an
// audit. Writes run inside the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/states.h"

namespace lethe {

class Lineage;

struct ReferencePoolRow {
    int64_t id = 0;
    int k = 0;
    int64_t seed = 0;
    nlohmann::json config;       // the training config the references share (TrainConfig JSON)
    std::string universe_sha256; // record-set hash of the records the halves are drawn from
    int64_t n_universe = 0;
    std::string created_at;
    PoolState state = PoolState::Building;
};

struct ReferenceModelRow {
    int64_t pool_id = 0;
    int idx = 0;
    int gen = 0; // generation of slot idx: 0 first; a rebuild after a purge trains gen + 1 in a new folder
    int64_t seed = 0, n_in = 0;
    nlohmann::json files; // [{path, sha256}] one per shard model
    std::string scores_path, scores_sha256;
    double seconds = 0;
    std::optional<double> test_accuracy;
    std::string created_at;
    ArtifactState state = ArtifactState::Live; // purged: its files are deleted
    std::optional<int64_t> purge_job_id;       // the forget job whose erasure purged it
};

int64_t insert_reference_pool(Lineage &lin, const ReferencePoolRow &p);
std::vector<ReferencePoolRow> reference_pools(Lineage &lin);
ReferencePoolRow reference_pool(Lineage &lin, int64_t id);
void set_reference_pool_state(Lineage &lin, int64_t id, PoolState state);

void insert_reference_model(Lineage &lin, const ReferenceModelRow &m);
// By idx, then gen; without include_purged only the current row of each slot
// (live or purging), i.e. at most one per idx.
std::vector<ReferenceModelRow> reference_models(Lineage &lin, int64_t pool_id, bool include_purged = false);
std::vector<ReferenceModelRow> reference_models_in_state(Lineage &lin, ArtifactState state); // every pool
// The project-relative folder of a reference model's files: references/poolP/mI[-gG].
std::string reference_model_dir(int64_t pool_id, int idx, int gen);
void set_reference_model_state(Lineage &lin, const ReferenceModelRow &m, ArtifactState state,
                               std::optional<int64_t> purge_job_id = std::nullopt);

// in_mask: one character per model, '1' when the model trained on the record.
void insert_reference_membership(Lineage &lin, int64_t pool_id,
                                 const std::vector<std::pair<int64_t, std::string>> &record_masks);
std::vector<std::pair<int64_t, std::string>> reference_membership(Lineage &lin, int64_t pool_id); // by record id
void set_reference_masks(Lineage &lin, int64_t pool_id,
                         const std::vector<std::pair<int64_t, std::string>> &record_masks);
// Per pool, the OR of the masks of the given records: '1' at k when model k
// of the pool trained on at least one of them.
std::vector<std::pair<int64_t, std::string>> reference_masks_of_records(Lineage &lin, const std::vector<int64_t> &ids);

// The records a finished forget job erased (job_records of jobs of kind
// forget with status done), with the first such job; sorted by record id.
// The lineage keeps erased records' rows (the evidence refers to them); what
// marks them erased is this.
std::vector<std::pair<int64_t, int64_t>> erased_records(Lineage &lin);

void insert_audit_attack_scores(Lineage &lin, int64_t audit_id, const std::string &csv_gz, const std::string &sha256);
// (gzipped CSV, sha256); nullopt when the audit stored none.
std::optional<std::pair<std::string, std::string>> audit_attack_scores(Lineage &lin, int64_t audit_id);

} // namespace lethe
