#pragma once
// Internal (torch) interface of the unlearning methods: one function per
// method, each in its own file, changing a copy of one model (a monolithic
// model or one shard of a SISA ensemble) in place. The job around them
// (engine/jobs/forget_job.cpp) loads the input, saves the output as a new
// model version and records the configuration; a method only learns.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "core/run_control.h"
#include "data/tensor_store.h"
#include "model/spec.h"
#include "train/config.h"

namespace lethe::unlearn {

struct Context {
    const TensorStore &store;
    ModelSpec spec;
    TrainConfig train_cfg;           // of the run that made the input model
    std::vector<int64_t> forget_ids; // D_f of this model (shard)
    std::vector<int64_t> retain_ids; // D_r of this model (shard)
    std::vector<int64_t> test_ids;   // held-out records (neggrad's stopping rule)
    nlohmann::json params;           // the registry defaults merged with the caller's
    torch::Device device = torch::kCPU;
    RunControl rc; // progress 0..1 of this model; cancellation
    uint64_t seed = 1;
    std::string update_log; // amnesiac: this shard's update logs, stages in order
    std::string label;      // for progress text, e.g. "shard 2/5"
};

// Changes net in place; returns facts worth recording (steps, stopping, ...).
using MethodFn = nlohmann::json (*)(torch::nn::Sequential &net, const Context &ctx);
MethodFn method_function(const std::string &name); // null for exact or unknown methods

nlohmann::json finetune(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json neggrad(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json neggrad_plus(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json random_label(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json salun(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json l1_sparse(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json scrub(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json bad_teacher(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json fisher(torch::nn::Sequential &net, const Context &ctx);
nlohmann::json amnesiac(torch::nn::Sequential &net, const Context &ctx);
// Guo et al. 2020; returns {residual_bound, gradient_residual, ...}.
nlohmann::json certified(torch::nn::Sequential &net, const Context &ctx);

} // namespace lethe::unlearn
