#include "data/dataset_file.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "data/image_folder.h"
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
    if (b.size() < 4)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not an IDX file (shorter than its 4-byte magic)"), path));
    if (b[0] != 0 || b[1] != 0)
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: not an IDX file (wrong magic: the first two bytes must be zero)"), path));
    if (uint8_t(b[2]) != 0x08)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: IDX element type must be unsigned byte (0x08)"), path));
    const int dims = uint8_t(b[3]);
    if (dims != want_dims)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: expected an IDX file of %2 dimensions, found %3"), path,
                      want_dims, dims));
    if (b.size() < size_t(4 + 4 * dims)) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: truncated IDX header"), path));
    std::vector<int64_t> d;
    uint64_t total = 1;
    for (int i = 0; i < dims; ++i) {
        d.push_back(be32(b, size_t(4 + 4 * i)));
        total *= uint64_t(d.back());
    }
    const uint64_t have = b.size() - size_t(4 + 4 * dims);
    if (have < total)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: truncated IDX data (header promises %2 bytes, file has %3)"),
                      path, total, have));
    if (have > total)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: IDX file has %2 trailing bytes"), path, have - total));
    return d;
}

} // namespace

RawDataset read_idx(const std::string &images_path, const std::string &labels_path) {
    const std::string img = read_maybe_gz(images_path);
    const std::string lab = read_maybe_gz(labels_path);
    const auto di = parse_idx_header(images_path, img, 3);
    const auto dl = parse_idx_header(labels_path, lab, 1);
    if (di[0] != dl[0])
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: holds %2 labels but %3 holds %4 images"), labels_path, dl[0],
                      images_path, di[0]));
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

namespace {

std::string trimmed(const std::string &c) {
    size_t a = 0, b = c.size();
    while (a < b && std::isspace(static_cast<unsigned char>(c[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(c[b - 1]))) --b;
    return c.substr(a, b - a);
}

// What people and tools write for "no value".
bool is_missing(const std::string &c) {
    static const std::set<std::string> words = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"};
    return words.count(c) > 0;
}

std::optional<double> number(const std::string &c) {
    if (c.empty()) return std::nullopt;
    char *end = nullptr;
    const double v = std::strtod(c.c_str(), &end);
    if (*end != '\0' || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool is_reserved(const std::string &name, const std::string &label_column) {
    return name == label_column || name == "subject" || name == "record_id";
}

std::string delimiter_word(char d) { return d == '\t' ? "tab" : std::string(1, d); }

char delimiter_of(const nlohmann::json &spec) {
    if (!spec.is_object() || !spec.contains("delimiter")) return 0;
    const std::string d = spec["delimiter"].get<std::string>();
    return d == "tab" ? '\t' : d.empty() ? char(0) : d[0];
}

// Up to `n` of a vocabulary, for a message.
std::string some_of(const std::vector<std::string> &v, size_t n = 6) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < n; ++i) s += (i ? ", " : "") + v[i];
    if (v.size() > n) s += ", ...";
    return s;
}

constexpr size_t kMaxVocabulary = 1000;

// "column 'x' has no value" at path:line, with the cell as written when it is
// not empty, and with the hint to impute or without it.
Message no_value(const std::string &path, int line, const std::string &column, const std::string &v, bool hint) {
    const char *impute = "lethe import --impute";
    if (hint && v.empty())
        return msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' has no value; %4 fills missing values (a numeric "
                                               "column's mean, a text column's most frequent value)"),
                   path, line, column, impute);
    if (hint)
        return msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' has no value ('%4'); %5 fills missing values (a "
                                               "numeric column's mean, a text column's most frequent value)"),
                   path, line, column, v, impute);
    if (v.empty()) return msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' has no value"), path, line, column);
    return msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' has no value ('%4')"), path, line, column, v);
}

} // namespace

nlohmann::json infer_tabular_spec(const std::string &path, const TabularOptions &o) {
    CsvOptions co;
    co.delimiter = o.delimiter;
    const CsvTable t = parse_csv(read_file(path), path, co);
    const std::string label_column = "label";
    if (!t.find(label_column))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no '%2' column in the header"), path, label_column));
    if (t.rows.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no data rows"), path));
    for (size_t c = 0; c < t.header.size(); ++c)
        for (size_t d = c + 1; d < t.header.size(); ++d)
            if (t.header[c] == t.header[d])
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: column '%2' appears twice in the header"), path, t.header[c]));
    // The first missing value in reading order, refused unless filled.
    for (size_t r = 0; r < t.rows.size() && !o.impute; ++r)
        for (size_t c = 0; c < t.header.size(); ++c) {
            const std::string v = trimmed(t.rows[r][c]);
            if (!is_reserved(t.header[c], label_column) && is_missing(v))
                bad_input(no_value(path, t.lines[r], t.header[c], v, true));
        }
    nlohmann::json features = nlohmann::json::array();
    for (size_t c = 0; c < t.header.size(); ++c) {
        const std::string &name = t.header[c];
        if (is_reserved(name, label_column)) continue;
        bool numeric = true;
        double sum = 0;
        int64_t have = 0;
        std::vector<double> xs;
        std::map<std::string, int64_t> counts;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const std::string v = trimmed(t.rows[r][c]);
            if (is_missing(v)) continue; // refused above unless imputing
            ++counts[v];
            ++have;
            if (const auto x = number(v)) {
                sum += *x;
                xs.push_back(*x);
            } else {
                numeric = false;
            }
        }
        if (have == 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: column '%2' has no value in any row"), path, name));
        nlohmann::json f = {{"column", name}};
        if (numeric) {
            // Two passes: the variance of values far from 0 (timestamps) keeps its digits.
            const double mean = sum / double(have);
            double ss = 0;
            for (const double x : xs) ss += (x - mean) * (x - mean);
            const double sd = std::sqrt(ss / double(have));
            f["kind"] = "numeric";
            f["mean"] = o.standardize ? mean : 0.0;
            f["sd"] = o.standardize && sd > 0 ? sd : 1.0;
            if (o.impute) f["fill"] = mean;
        } else {
            if (counts.size() > kMaxVocabulary)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: column '%2' holds %3 different text values, more than "
                                                          "the %4 a one-hot encoding takes; remove free-text columns "
                                                          "before importing"),
                              path, name, counts.size(), kMaxVocabulary));
            std::vector<std::string> vocab;
            std::string mode;
            int64_t best = -1;
            for (const auto &[v, k] : counts) { // sorted: ties go to the first
                vocab.push_back(v);
                if (k > best) {
                    best = k;
                    mode = v;
                }
            }
            f["kind"] = "categorical";
            f["vocabulary"] = vocab;
            if (o.impute) f["fill"] = mode;
        }
        features.push_back(std::move(f));
    }
    if (features.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no feature columns"), path));
    return {{"kind", "tabular"},
            {"delimiter", delimiter_word(t.delimiter)},
            {"label_column", label_column},
            {"missing", o.impute ? "impute" : "refuse"},
            {"standardized", o.standardize},
            {"features", features}};
}

CsvDataset read_csv(const std::string &path, const nlohmann::json &spec_in) {
    const std::string bytes = read_file(path);
    CsvDataset out;
    RawDataset &r = out.data;
    r.is_u8 = false;
    nlohmann::json spec = spec_in;
    const bool legacy = spec.is_null();
    const std::string label_column = legacy ? "label" : spec.value("label_column", "label");
    const bool impute = !legacy && spec.value("missing", "refuse") == "impute";
    struct Feature {
        size_t col = 0;
        bool numeric = true;
        double mean = 0, sd = 1;
        std::vector<std::string> vocab; // sorted
        std::optional<double> fill_x;
        std::optional<std::string> fill_v;
    };
    std::vector<Feature> features;
    std::vector<std::string> header;
    int label_col = -1, subject_col = -1, id_col = -1;
    int64_t width = 0;
    int maxl = 0;
    const auto columns = [&](const std::vector<std::string> &h) {
        header = h;
        std::map<std::string, size_t> at;
        for (size_t i = 0; i < h.size(); ++i)
            if (!at.emplace(h[i], i).second)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: column '%2' appears twice in the header"), path, h[i]));
        auto find = [&](const std::string &n) { return at.count(n) ? int(at[n]) : -1; };
        label_col = find(label_column);
        subject_col = find("subject");
        id_col = find("record_id");
        if (label_col < 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no '%2' column in the header"), path, label_column));
        if (legacy) {
            for (size_t i = 0; i < h.size(); ++i)
                if (!is_reserved(h[i], label_column)) features.push_back({i, true, 0, 1, {}, {}, {}});
        } else {
            std::set<std::string> known;
            for (const auto &f : spec.at("features")) {
                const std::string name = f.at("column").get<std::string>();
                known.insert(name);
                const int c = find(name);
                if (c < 0)
                    bad_input(
                        msg(QT_TRANSLATE_NOOP("Engine", "%1: no column '%2', a feature of the dataset's encoding"),
                            path, name));
                Feature x;
                x.col = size_t(c);
                x.numeric = f.at("kind") == "numeric";
                if (x.numeric) {
                    x.mean = f.at("mean").get<double>();
                    x.sd = f.at("sd").get<double>();
                    if (f.contains("fill")) x.fill_x = f["fill"].get<double>();
                } else {
                    x.vocab = f.at("vocabulary").get<std::vector<std::string>>();
                    if (f.contains("fill")) x.fill_v = f["fill"].get<std::string>();
                }
                features.push_back(std::move(x));
            }
            for (const auto &n : h)
                if (!is_reserved(n, label_column) && !known.count(n))
                    bad_input(
                        msg(QT_TRANSLATE_NOOP("Engine",
                                              "%1: column '%2' is not among the features the project's data has (%3)"),
                            path, n, some_of(std::vector<std::string>(known.begin(), known.end()))));
        }
        if (features.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no feature columns"), path));
        for (const auto &f : features) width += f.numeric ? 1 : int64_t(f.vocab.size());
    };
    CsvOptions co;
    co.delimiter = delimiter_of(spec);
    for_each_csv_row(bytes, path, co, columns, [&](std::vector<std::string> &cells, int lineno) {
        for (const auto &f : features) {
            const std::string &name = header[f.col];
            std::string v = trimmed(cells[f.col]);
            const bool missing = is_missing(v);
            if (missing && !(impute && (f.fill_x || f.fill_v)))
                bad_input(no_value(path, lineno, name, v, legacy || !impute));
            if (missing) ++out.imputed[name];
            if (f.numeric) {
                double x = 0;
                if (missing) {
                    x = *f.fill_x;
                } else if (const auto n = number(v)) {
                    x = *n;
                } else {
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' is not a finite number: '%4'"), path,
                                  lineno, name, v));
                }
                r.f32.push_back(float((x - f.mean) / f.sd));
            } else {
                if (missing) v = *f.fill_v;
                const auto it = std::lower_bound(f.vocab.begin(), f.vocab.end(), v);
                if (it == f.vocab.end() || *it != v)
                    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: column '%3' has '%4', a value the dataset's "
                                                              "encoding does not know (it knows %5)"),
                                  path, lineno, name, v, some_of(f.vocab)));
                const size_t hot = size_t(it - f.vocab.begin());
                for (size_t k = 0; k < f.vocab.size(); ++k) r.f32.push_back(k == hot ? 1.0f : 0.0f);
            }
        }
        const auto lv = number(trimmed(cells[size_t(label_col)]));
        if (!lv || *lv < 0 || *lv != std::floor(*lv) || *lv > 255)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: label must be an integer in 0..255, not '%3'"), path,
                          lineno, cells[size_t(label_col)]));
        r.labels.push_back(int(*lv));
        maxl = std::max(maxl, int(*lv));
        if (subject_col >= 0) out.subjects.push_back(cells[size_t(subject_col)]);
        if (id_col >= 0) out.record_ids.push_back(cells[size_t(id_col)]);
        ++r.n;
    });
    r.shape = {width};
    if (r.n == 0) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no data rows"), path));
    r.n_classes = maxl + 1;
    return out;
}

RawDataset read_dataset(const DatasetRow &d, const std::function<std::string(const std::string &)> &resolve,
                        const std::set<int64_t> &redacted) {
    if (d.format == "idx") return read_idx(resolve(d.uri), resolve(d.labels_uri));
    if (d.format == "csv") return read_csv(resolve(d.uri), d.spec).data;
    if (d.format == "folder") return read_image_folder(resolve(d.uri), d.spec, redacted);
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: unknown dataset format '%2'"), d.name, d.format));
}

std::string zeroed_dataset_file(const DatasetRow &d, const std::string &path, const std::set<int64_t> &rows) {
    const std::string bytes = read_file(path);
    if (d.format == "idx") {
        const bool gz = bytes.size() >= 2 && uint8_t(bytes[0]) == 0x1f && uint8_t(bytes[1]) == 0x8b;
        std::string raw = gz ? gzip_decompress(bytes, path) : bytes;
        const auto dims = parse_idx_header(path, raw, 3);
        const size_t k = size_t(dims[1] * dims[2]), head = 16;
        for (const auto r : rows)
            if (r >= 0 && r < dims[0])
                std::fill(raw.begin() + long(head + size_t(r) * k), raw.begin() + long(head + size_t(r + 1) * k), '\0');
        return gz ? gzip_compress(raw) : raw;
    }
    if (d.format != "csv")
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: a %2 dataset is not rewritten to redact"), path, d.format));
    // The table again, each cell as RFC 4180 writes it, in the file's delimiter.
    CsvOptions co;
    co.delimiter = delimiter_of(d.spec);
    const CsvTable t = parse_csv(bytes, path, co);
    std::map<std::string, std::string> zero; // feature column -> its redacted value
    const std::string label_column = d.spec.is_object() ? d.spec.value("label_column", "label") : "label";
    if (d.spec.is_object()) {
        for (const auto &f : d.spec.at("features"))
            zero[f.at("column").get<std::string>()] =
                f.at("kind") == "numeric" ? "0" : f.at("vocabulary").at(0).get<std::string>();
    } else {
        for (const auto &h : t.header)
            if (!is_reserved(h, label_column)) zero[h] = "0";
    }
    std::string out;
    auto line = [&](const std::vector<std::string> &cells) {
        for (size_t i = 0; i < cells.size(); ++i)
            out += (i ? std::string(1, t.delimiter) : std::string()) + csv_field(cells[i], t.delimiter);
        out += "\n";
    };
    line(t.header);
    for (size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<std::string> cells = t.rows[r];
        if (rows.count(int64_t(r)))
            for (size_t c = 0; c < cells.size(); ++c) {
                if (const auto it = zero.find(t.header[c]); it != zero.end()) cells[c] = it->second;
                if (t.header[c] == "subject") cells[c].clear();
            }
        line(cells);
    }
    return out;
}

} // namespace lethe
