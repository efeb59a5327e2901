#pragma once
// Internal: a stored model (monolithic or SISA ensemble) loaded for
// inference, and its log-probabilities over a set of records.
#include <string>
#include <vector>

#include <torch/torch.h>

#include "core/run_control.h"
#include "data/tensor_store.h"
#include "lineage/lineage.h"
#include "model/spec.h"

namespace lethe {

class Project;

struct LoadedModel {
    ModelRow row;
    ModelSpec spec;
    std::string aggregation = "mean"; // mean | vote
    std::vector<torch::nn::Sequential> members;
};

// Loads every member file, checking hashes; a purged model is BadInput.
LoadedModel load_model(Project &project, int64_t model_id, const torch::Device &device);

struct Predictions {
    torch::Tensor log_probs; // [n, C] double, CPU: log of the (mean) softmax
    torch::Tensor pred;      // [n] int64, CPU: argmax, or the majority vote for vote aggregation
};

// One forward pass per member, in batches, under inference mode.
Predictions predict(LoadedModel &model, const TensorStore &store, const std::vector<int64_t> &record_ids,
                    const torch::Device &device, const RunControl &rc = {});

} // namespace lethe
