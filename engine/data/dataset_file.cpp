#include "data/dataset_file.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "evidence/csv_table.h"

namespace lethe {

int64_t RawDataset::record_size() const {
    int64_t s = 1;
    for (auto d : shape) s *= d;
    return s;
}

std::string RawDataset::record_hash(int64_t i) const {
    const int64_t k = record_size();
    std::string bytes;
    if (is_u8) {
        bytes.assign(reinterpret_cast<const char *>(u8.data() + i * k), size_t(k));
    } else {
        bytes.assign(reinterpret_cast<const char *>(f32.data() + i * k), size_t(k) * sizeof(float));
    }
    bytes.push_back(char(labels[size_t(i)] & 0xff));
    return sha256_hex(bytes);
}

namespace {

// A gzip file (its magic 1f 8b) is inflated in full, its trailer's CRC-32
// and length checked (zlib's gzread accepts a member without its trailer);
// anything else is read as it is.
std::string read_maybe_gz(const std::string &path) {
    std::string bytes = read_file(path);
    if (bytes.size() >= 2 && uint8_t(bytes[0]) == 0x1f && uint8_t(bytes[1]) == 0x8b)
        return gzip_decompress(bytes, path);
    return bytes;
}

uint32_t be32(const std::string &b, size_t off) {
    return (uint32_t(uint8_t(b[off])) << 24) | (uint32_t(uint8_t(b[off + 1])) << 16) |
           (uint32_t(uint8_t(b[off + 2])) << 8) | uint32_t(uint8_t(b[off + 3]));
}

// Returns the dims; checks magic, type (unsigned byte) and exact size.
std::vector<int64_t> parse_idx_header(const std::string &path, const std::string &b, int want_dims) {
    if (b.size() < 4) bad_input(path + ": not an IDX file (shorter than its 4-byte magic)");
    if (b[0] != 0 || b[1] != 0) bad_input(path + ": not an IDX file (wrong magic: the first two bytes must be zero)");
    if (uint8_t(b[2]) != 0x08) bad_input(path + ": IDX element type must be unsigned byte (0x08)");
    const int dims = uint8_t(b[3]);
    if (dims != want_dims)
        bad_input(path + ": expected an IDX file of " + std::to_string(want_dims) + " dimensions, found " +
                  std::to_string(dims));
    if (b.size() < size_t(4 + 4 * dims)) bad_input(path + ": truncated IDX header");
    std::vector<int64_t> d;
    uint64_t total = 1;
    for (int i = 0; i < dims; ++i) {
        d.push_back(be32(b, size_t(4 + 4 * i)));
        total *= uint64_t(d.back());
    }
    const uint64_t have = b.size() - size_t(4 + 4 * dims);
    if (have < total)
        bad_input(path + ": truncated IDX data (header promises " + std::to_string(total) + " bytes, file has " +
                  std::to_string(have) + ")");
    if (have > total) bad_input(path + ": IDX file has " + std::to_string(have - total) + " trailing bytes");
    return d;
}

} // namespace

RawDataset read_idx(const std::string &images_path, const std::string &labels_path) {
    const std::string img = read_maybe_gz(images_path);
    const std::string lab = read_maybe_gz(labels_path);
    const auto di = parse_idx_header(images_path, img, 3);
    const auto dl = parse_idx_header(labels_path, lab, 1);
    if (di[0] != dl[0])
        bad_input(labels_path + ": holds " + std::to_string(dl[0]) + " labels but " + images_path + " holds " +
                  std::to_string(di[0]) + " images");
    RawDataset r;
    r.n = di[0];
    r.shape = {1, di[1], di[2]};
    r.is_u8 = true;
    r.u8.assign(img.begin() + 16, img.end());
    r.labels.resize(size_t(r.n));
    int maxl = 0;
    for (int64_t i = 0; i < r.n; ++i) {
        r.labels[size_t(i)] = uint8_t(lab[size_t(8 + i)]);
        maxl = std::max(maxl, r.labels[size_t(i)]);
    }
    r.n_classes = maxl + 1;
    return r;
}

CsvDataset read_csv(const std::string &path, const std::string &label_column, const std::string &subject_column,
                    const std::string &id_column) {
    std::ifstream in(path, std::ios::binary);
    if (!in) bad_input(path + ": cannot be opened");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    CsvDataset out;
    RawDataset &r = out.data;
    r.is_u8 = false;
    int label_col = -1, subject_col = -1, id_col = -1;
    std::vector<int> feature_cols;
    std::vector<std::string> header;
    int maxl = 0;
    const auto columns = [&](const std::vector<std::string> &h) {
        header = h;
        for (int i = 0; i < int(h.size()); ++i) {
            if (h[size_t(i)] == label_column)
                label_col = i;
            else if (h[size_t(i)] == subject_column)
                subject_col = i;
            else if (h[size_t(i)] == id_column)
                id_col = i;
            else
                feature_cols.push_back(i);
        }
        if (label_col < 0) bad_input(path + ": no '" + label_column + "' column in the header");
        if (feature_cols.empty()) bad_input(path + ": no feature columns");
    };
    for_each_csv_row(bytes, path, {}, columns, [&](std::vector<std::string> &cells, int lineno) {
        auto number = [&](int col) {
            const std::string &c = cells[size_t(col)];
            char *end = nullptr;
            const double v = std::strtod(c.c_str(), &end);
            if (c.empty() || *end != '\0' || !std::isfinite(v))
                bad_input(path + ":" + std::to_string(lineno) + ": column '" + header[size_t(col)] +
                          "' is not a finite number: '" + c + "'");
            return v;
        };
        for (int c : feature_cols) r.f32.push_back(float(number(c)));
        const double lv = number(label_col);
        if (lv < 0 || lv != std::floor(lv) || lv > 255)
            bad_input(path + ":" + std::to_string(lineno) + ": label must be an integer in 0..255");
        r.labels.push_back(int(lv));
        maxl = std::max(maxl, int(lv));
        if (subject_col >= 0) out.subjects.push_back(cells[size_t(subject_col)]);
        if (id_col >= 0) out.record_ids.push_back(cells[size_t(id_col)]);
        ++r.n;
    });
    r.shape = {int64_t(feature_cols.size())};
    if (r.n == 0) bad_input(path + ": no data rows");
    r.n_classes = maxl + 1;
    return out;
}

} // namespace lethe
