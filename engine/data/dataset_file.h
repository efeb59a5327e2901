#pragma once
// Readers for the dataset files Lethe accepts: IDX (MNIST layout, plain or
// gzip) and CSV (numeric features, a label column, optional subject and
// record-id columns). Plain C++ results; every error names the file.
#include <cstdint>
#include <string>
#include <vector>

namespace lethe {

struct RawDataset {
    std::vector<int64_t> shape; // per record, e.g. {1, 28, 28}
    bool is_u8 = true;          // u8 features (IDX) or f32 (CSV)
    std::vector<uint8_t> u8;    // n * prod(shape) when is_u8
    std::vector<float> f32;     // n * prod(shape) otherwise
    std::vector<int> labels;    // n
    int64_t n = 0;
    int n_classes = 0; // max label + 1

    int64_t record_size() const; // features per record
    // SHA-256 of the record's feature bytes (u8 as stored; f32 little-endian)
    // followed by its label as one byte: what the lineage stores and checks.
    std::string record_hash(int64_t i) const;
};

// images: IDX3 of unsigned bytes; labels: IDX1 of unsigned bytes.
RawDataset read_idx(const std::string &images_path, const std::string &labels_path);

struct CsvDataset {
    RawDataset data;
    std::vector<std::string> subjects;   // empty when the column is absent
    std::vector<std::string> record_ids; // empty when the column is absent
};

// RFC 4180 through libcsv (a UTF-8 byte-order mark, quotes, CRLF, ';' or a
// tab as the delimiter, detected). Header row required. label_column must exist; subject and record_id are
// optional; every other column is a numeric feature.
CsvDataset read_csv(const std::string &path, const std::string &label_column = "label",
                    const std::string &subject_column = "subject", const std::string &id_column = "record_id");

} // namespace lethe
