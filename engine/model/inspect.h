#pragma once
// Plain C++ views of stored models, for tests and tools that must not
// include torch: every parameter of a model (all members of an ensemble, in
// shard order) as one flat vector.
#include <cstdint>
#include <vector>

namespace lethe {

class Project;

std::vector<float> model_parameters(Project &project, int64_t model_id);

// Log-probabilities (log of the mean softmax of the members) of the given
// records, row-major [records][classes], on the CPU.
std::vector<double> model_log_probs(Project &project, int64_t model_id, const std::vector<int64_t> &record_ids);

} // namespace lethe
