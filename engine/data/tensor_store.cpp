#include "data/tensor_store.h"

#include <map>
#include <set>

#include "core/error.h"
#include "data/dataset_file.h"
#include "project/project.h"

namespace lethe {

RawDataset read_dataset_files(Project &project, const DatasetRow &d, const std::set<int64_t> &redacted) {
    return read_dataset(
        d, [&](const std::string &uri) { return project.resolve(uri); }, redacted);
}

TensorStore TensorStore::load(Project &project, const RunControl &rc) {
    auto &lin = project.lineage();
    const auto datasets = lin.datasets();
    if (datasets.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the project has no dataset"), project.root()));
    const auto records = lin.records();
    // Rows whose raw data was redacted after their case: zeros now, their
    // hashes kept as evidence of what was there, not checked against bytes.
    std::map<int64_t, std::set<int64_t>> redacted;
    for (const auto &rec : records)
        if (!rec.redaction.empty()) redacted[rec.dataset_id].insert(rec.row_index);
    std::map<int64_t, RawDataset> raw;
    TensorStore s;
    s.shape = datasets.front().shape;
    bool u8 = true;
    for (const auto &d : datasets) {
        rc.report({"reading " + d.name, 0, 0, 0.0});
        raw[d.id] = read_dataset_files(project, d, redacted[d.id]);
        const auto &r = raw[d.id];
        if (r.n != d.n_records)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: holds %2 records, the lineage says %3"),
                          project.resolve(d.uri), r.n, d.n_records));
        if (r.shape != s.shape)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: record shape differs from the first dataset"),
                          project.resolve(d.uri)));
        u8 = u8 && r.is_u8;
        s.n_classes = std::max(s.n_classes, d.n_classes);
    }
    const int64_t n = int64_t(records.size());
    int64_t k = 1;
    for (auto v : s.shape) k *= v;
    std::vector<int64_t> full_shape = {n};
    full_shape.insert(full_shape.end(), s.shape.begin(), s.shape.end());
    s.x_ = torch::empty(full_shape, u8 ? torch::kUInt8 : torch::kFloat32);
    s.y_ = torch::empty({n}, torch::kInt64);
    auto *y = s.y_.data_ptr<int64_t>();
    s.row_of_.reserve(size_t(n));
    for (int64_t i = 0; i < n; ++i) {
        const auto &rec = records[size_t(i)];
        const auto &r = raw.at(rec.dataset_id);
        if (rec.row_index < 0 || rec.row_index >= r.n)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "record %1: row %2 is outside its dataset"), rec.id, rec.row_index));
        if (rec.redaction.empty() && r.record_hash(rec.row_index) != rec.sha256) {
            const auto &d = lin.dataset(rec.dataset_id);
            bad_input(
                msg(QT_TRANSLATE_NOOP(
                        "Engine", "%1: the bytes of record %2 (row %3) no longer match the SHA-256 stored at import"),
                    project.resolve(d.uri), rec.id, rec.row_index));
        }
        if (rec.redaction.empty() && r.labels[size_t(rec.row_index)] != rec.label)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "record %1: label in the file differs from the lineage"), rec.id));
        if (u8)
            std::memcpy(s.x_.data_ptr<uint8_t>() + i * k, r.u8.data() + rec.row_index * k, size_t(k));
        else if (r.is_u8)
            for (int64_t j = 0; j < k; ++j) s.x_.data_ptr<float>()[i * k + j] = r.u8[size_t(rec.row_index * k + j)];
        else
            std::memcpy(s.x_.data_ptr<float>() + i * k, r.f32.data() + rec.row_index * k, size_t(k) * 4);
        y[i] = rec.label;
        s.row_of_[rec.id] = i;
        if ((i & 0x3fff) == 0) rc.report({"verifying record hashes", i, n, 0.0});
    }
    return s;
}

torch::Tensor TensorStore::rows(const std::vector<int64_t> &record_ids) const {
    auto t = torch::empty({int64_t(record_ids.size())}, torch::kInt64);
    auto *p = t.data_ptr<int64_t>();
    for (size_t i = 0; i < record_ids.size(); ++i) {
        const auto it = row_of_.find(record_ids[i]);
        if (it == row_of_.end())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "record %1 is not in the project"), record_ids[i]));
        p[i] = it->second;
    }
    return t;
}

torch::Tensor TensorStore::features(const torch::Tensor &rows, const torch::Device &device) const {
    auto x = x_.index_select(0, rows);
    if (x.scalar_type() == torch::kUInt8)
        x = x.to(device).to(torch::kFloat32).div_(255.0f);
    else
        x = x.to(device);
    return x;
}

torch::Tensor TensorStore::labels(const torch::Tensor &rows, const torch::Device &device) const {
    return y_.index_select(0, rows).to(device);
}

} // namespace lethe
