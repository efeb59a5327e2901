#pragma once
// Internal helpers shared by the job runners.
#include <exception>
#include <string>

#include <torch/torch.h>

#include "core/run_control.h"
#include "lineage/lineage.h"

namespace lethe {

class Project;
class TensorStore;

// Marks the job failed or cancelled (from the error) and logs it.
void fail_job(Lineage &lin, JobRow job, const std::exception &e);

// Removes a job's output folder, which no row points at before its commit.
void discard_uncommitted(Project &project, const std::string &out_dir);

double test_accuracy(Project &project, const TensorStore &store, int64_t model_id, const torch::Device &device,
                     const RunControl &rc);

} // namespace lethe
