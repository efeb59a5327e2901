#pragma once
// One record's features, read from the project's dataset file (the lineage
// browser's detail pane). Here in data/, above lineage/, because it decodes
// the dataset files.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lineage/lineage.h"

namespace lethe {

// The features of one record: pixels (u8) for image data, numbers for CSV.
struct RecordFeatures {
    std::vector<int64_t> shape; // e.g. {1, 28, 28}
    std::vector<uint8_t> u8;    // when is_u8
    std::vector<float> f32;     // otherwise
    bool is_u8 = true;
    int label = 0;
};

// Reads records' features from the project's dataset files, keeping each
// dataset's decoded bytes after the first read (one dataset file is read
// once per reader). Not thread-safe: one reader per thread.
class FeatureReader {
public:
    explicit FeatureReader(std::string project_root);
    ~FeatureReader();
    FeatureReader(const FeatureReader &) = delete;
    FeatureReader &operator=(const FeatureReader &) = delete;
    RecordFeatures features(const DatasetRow &dataset, int64_t row_index);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lethe
