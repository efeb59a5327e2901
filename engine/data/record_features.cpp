#include "data/record_features.h"

#include <filesystem>

#include "core/atomic_file.h"
#include "core/error.h"
#include "data/dataset_file.h"
#include "data/image_folder.h"

namespace lethe {

struct FeatureReader::Impl {
    std::string root;
    std::map<int64_t, RawDataset> cache;

    std::string resolve(const std::string &uri) const {
        namespace fs = std::filesystem;
        if (uri.empty() || fs::path(uri).is_absolute())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a project-relative path"), uri));
        const fs::path full = (fs::path(root) / uri).lexically_normal();
        const auto rel = full.lexically_relative(root);
        if (rel.empty() || *rel.begin() == "..")
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: escapes the project folder %2; refused"), uri, root));
        return full.string();
    }
};

FeatureReader::FeatureReader(std::string project_root) : impl_(std::make_unique<Impl>()) {
    impl_->root = std::move(project_root);
}
FeatureReader::~FeatureReader() = default;

RecordFeatures FeatureReader::features(const DatasetRow &d, int64_t row_index) {
    if (d.format == "folder") {
        // One file per record: read only the one asked for (a redacted
        // record's file is gone, the others' are not).
        const auto files = d.spec.at("files").get<std::vector<std::string>>();
        const auto labels = d.spec.at("labels").get<std::vector<int>>();
        if (row_index < 0 || row_index >= int64_t(files.size()))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: row %2 is past the end (%3 records)"), d.uri, row_index,
                          files.size()));
        const std::string path = image_file_path(impl_->resolve(d.uri), files[size_t(row_index)]);
        const Image img = decode_image(read_file(path), path);
        RecordFeatures f;
        f.shape = {img.channels, img.height, img.width};
        f.is_u8 = true;
        f.label = labels.at(size_t(row_index));
        f.u8 = img.chw;
        return f;
    }
    auto it = impl_->cache.find(d.id);
    if (it == impl_->cache.end()) {
        RawDataset raw = read_dataset(d, [&](const std::string &uri) { return impl_->resolve(uri); });
        it = impl_->cache.emplace(d.id, std::move(raw)).first;
    }
    const RawDataset &raw = it->second;
    if (row_index < 0 || row_index >= raw.n)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: row %2 is past the end (%3 records)"), d.uri, row_index, raw.n));
    RecordFeatures f;
    f.shape = raw.shape;
    f.is_u8 = raw.is_u8;
    f.label = raw.labels[size_t(row_index)];
    const size_t k = size_t(raw.record_size());
    const size_t off = size_t(row_index) * k;
    if (raw.is_u8)
        f.u8.assign(raw.u8.begin() + std::ptrdiff_t(off), raw.u8.begin() + std::ptrdiff_t(off + k));
    else
        f.f32.assign(raw.f32.begin() + std::ptrdiff_t(off), raw.f32.begin() + std::ptrdiff_t(off + k));
    return f;
}

} // namespace lethe
