#pragma once
// Readers for the dataset files Lethe accepts: IDX (MNIST layout, plain or
// gzip), tabular CSV (numeric and categorical features, a label column,
// optional subject and record-id columns) and image folders (PNG, JPEG:
// data/image_folder.h). Plain C++ results; every error names the file.
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lineage/lineage.h"

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
    std::vector<std::string> subjects;      // empty when the column is absent
    std::vector<std::string> record_ids;    // empty when the column is absent
    std::map<std::string, int64_t> imputed; // column -> missing values filled (a spec with impute)
};

// How a tabular CSV is turned into features, decided once at import and
// stored with the dataset (datasets.spec_json):
// {"kind": "tabular", "delimiter": ";", "label_column": "label",
//  "missing": "refuse" | "impute", "standardized": true,
//  "features": [{"column": "age", "kind": "numeric", "mean": m, "sd": s, "fill": f},
//               {"column": "colour", "kind": "categorical", "vocabulary": [...], "fill": "red"}]}
// A numeric column becomes (x - mean) / sd (mean 0, sd 1 when not
// standardized); a categorical one (any column with a value that is not a
// number) one-hot over its sorted vocabulary. A missing value (an empty
// cell, NA, N/A, NaN, null or ?) is refused with its line and column, or
// filled with `fill` (the column's mean, or its most frequent value) when
// the dataset was imported with impute.
struct TabularOptions {
    char delimiter = 0;      // 0: detected from the header line
    bool impute = false;     // fill missing values instead of refusing them
    bool standardize = true; // numeric columns to mean 0, standard deviation 1
};
nlohmann::json infer_tabular_spec(const std::string &path, const TabularOptions &o);

// RFC 4180 through libcsv (a UTF-8 byte-order mark, quotes, CRLF, ';' or a
// tab as the delimiter, detected). Header row required; a 'label' column of
// integers 0..255; 'subject' and 'record_id' are optional and never
// features. With a spec, the file is encoded by it (its columns must be
// there, its vocabularies hold every value); without one (datasets made
// before v7), every other column is a numeric feature read as it is.
CsvDataset read_csv(const std::string &path, const nlohmann::json &spec = nullptr);

// The files of a dataset row, whatever its format: IDX, CSV (with its spec)
// or an image folder. `resolve` turns a project-relative path into a full
// one, refusing one that escapes the project.
// `redacted`: rows whose raw data was redacted (an image folder's files are
// gone; their pixels read as zeros).
RawDataset read_dataset(const DatasetRow &d, const std::function<std::string(const std::string &)> &resolve,
                        const std::set<int64_t> &redacted = {});

// A redaction's new version of an IDX or CSV dataset file: the given rows'
// features zeroed (IDX: the images' pixels, gzip kept when the file was
// gzip; CSV: numeric cells 0, text cells the first value of their
// vocabulary, a subject cell emptied), every other byte's meaning kept.
std::string zeroed_dataset_file(const DatasetRow &d, const std::string &path, const std::set<int64_t> &rows);

} // namespace lethe
