#pragma once
// Internal: turning a finished training (files already renamed into place)
// into lineage rows: the run, its placements, checkpoints and model rows.
// Called inside the caller's transaction.
#include <optional>
#include <string>
#include <vector>

#include "lineage/lineage.h"
#include "model/spec.h"
#include "train/config.h"

namespace lethe {

struct ModelCommit {
    int64_t job_id = 0;
    TrainConfig cfg;
    ModelSpec spec;
    std::string device;
    ModelOrigin origin = ModelOrigin::Trained;
    std::optional<int64_t> parent_model_id;
    std::vector<Placement> placements;
    std::vector<CheckpointRow> checkpoints; // run_id is filled in (a reused one keeps its source run's
                                            // id and row id: its update log row is copied)
    nlohmann::json unlearning;              // recorded in the run's config as "unlearning" when set
};

struct CommittedModel {
    int64_t run_id = 0, model_id = 0;
};

CommittedModel commit_model(Lineage &lin, ModelCommit c);

// The checkpoint row of (shard, stage) among rows; null when absent.
const CheckpointRow *find_checkpoint(const std::vector<CheckpointRow> &rows, int shard, int stage);

} // namespace lethe
