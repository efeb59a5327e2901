#pragma once
// Internal: every record of a project in memory as tensors, checked against
// the SHA-256 the lineage stored at import.
#include <cstdint>
#include <set>
#include <unordered_map>
#include <vector>

#include <torch/torch.h>

#include "core/run_control.h"
#include "data/dataset_file.h"
#include "lineage/lineage.h"

namespace lethe {

class Project;

// Reads the files of one dataset row (paths resolved inside the project).
RawDataset read_dataset_files(Project &project, const DatasetRow &d, const std::set<int64_t> &redacted = {});

class TensorStore {
public:
    // Reads every dataset file of the project and verifies every record's
    // hash; a mismatch is BadInput naming the file and the record.
    static TensorStore load(Project &project, const RunControl &rc = {});

    // Row indices (int64 tensor) of the given record ids.
    torch::Tensor rows(const std::vector<int64_t> &record_ids) const;
    // Float features of the given rows, scaled (u8 / 255), on device.
    torch::Tensor features(const torch::Tensor &rows, const torch::Device &device) const;
    torch::Tensor labels(const torch::Tensor &rows, const torch::Device &device) const;

    std::vector<int64_t> shape; // per record
    int n_classes = 0;
    int64_t size() const { return y_.size(0); }

private:
    torch::Tensor x_; // uint8 or float32, [N, ...]
    torch::Tensor y_; // int64 [N]
    std::unordered_map<int64_t, int64_t> row_of_;
};

} // namespace lethe
