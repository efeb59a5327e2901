#pragma once
// Internal: the one trainer behind monolithic runs (S = R = 1), SISA runs and
// exact forgetting. Stage r of a shard trains on slices 0..r for
// 2e/(R+1) epochs (a fractional epoch count becomes a step count) with a
// fresh optimiser, and is checkpointed. Every random choice is seeded
// from (seed, shard, stage), so a stage depends only on its starting weights
// and the record ids it sees (its batches: the records sorted by id, drawn
// in the order of seeded_shuffle over SplitMix64(mix_seed(seed, shard,
// stage + 1)), reshuffled from the same stream each epoch; the rule another
// front end follows, docs/lineage-format.md): retraining a shard from its last clean
// checkpoint gives exactly the weights of training without the forgotten
// records from the start.
#include <cstdint>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "core/run_control.h"
#include "data/tensor_store.h"
#include "model/spec.h"
#include "train/config.h"

namespace lethe {

class Project;
class UpdateRecorder;

struct ShardPlan {
    int shard = 0;
    int start_stage = 0;    // first stage to train; 0 = from initial weights
    std::string start_path; // checkpoint of stage start_stage-1 (project-relative)
    std::string start_sha256;
};

struct TrainedCheckpoint {
    int shard = 0, stage = 0;
    std::string path, sha256, retained_hash; // path project-relative
    int64_t n_records = 0;
    // With cfg.record_updates: the stage's update log (update_log_path_for(path)).
    std::string update_log_path, update_log_sha256;
    int64_t update_log_bytes = 0, update_log_steps = 0;
};

struct TrainOutput {
    std::vector<TrainedCheckpoint> checkpoints; // only the stages trained
    int64_t samples = 0;                        // examples through forward+backward
    double seconds = 0.0;
    int64_t update_log_bytes = 0; // storage cost of the update logs written
};

// Initial weights of a shard: the same for a given seed and shard.
torch::nn::Sequential initial_net(const ModelSpec &spec, uint64_t seed, int shard);

// Trains one stage in place. Returns the number of samples seen. With a
// recorder, every step's parameter update and batch ids are recorded.
// The config's optimiser (SGD with momentum, Adam or AdamW) over `params`.
std::unique_ptr<torch::optim::Optimizer> make_optimizer(const std::vector<torch::Tensor> &params,
                                                        const TrainConfig &cfg);

int64_t train_stage(torch::nn::Sequential &net, const TensorStore &store, const std::vector<int64_t> &record_ids,
                    double epochs, const TrainConfig &cfg, uint64_t stage_seed, const torch::Device &device,
                    const RunControl &rc, const std::function<void(int64_t)> &on_step = {},
                    UpdateRecorder *recorder = nullptr);

// Trains the planned shards; writes checkpoints under out_dir (project-
// relative) atomically. Inserts no rows: the caller commits them.
TrainOutput train_shards(Project &project, const TensorStore &store, const ModelSpec &spec, const TrainConfig &cfg,
                         const std::vector<Placement> &placements, const std::vector<ShardPlan> &plans,
                         const std::string &out_dir, const torch::Device &device, const RunControl &rc);

} // namespace lethe
