#include "data/image_folder.h"

#include <cstring>
#include <filesystem>
#include <memory>

#include "core/atomic_file.h"
#include "core/error.h"
#include "data/dataset_file.h"

#ifdef LETHE_HAVE_IMAGES
#include <png.h>
#include <turbojpeg.h>
#endif

namespace lethe {

namespace {
// The image's colour mode against the dataset's, when they differ (one of
// them is grey: the modes are grey and RGB).
Message mode_mismatch(const std::string &path, int have) {
    if (have == 1) return msg(QT_TRANSLATE_NOOP("Engine", "%1: the image is grey; the dataset's images are RGB"), path);
    return msg(QT_TRANSLATE_NOOP("Engine", "%1: the image is RGB; the dataset's images are grey"), path);
}

// A header may claim any size: refused before a buffer of that size is made.
constexpr int64_t kMaxPixels = int64_t(8192) * 8192;
void check_size(int64_t w, int64_t h, const std::string &path, const char *kind) {
    if (w <= 0 || h <= 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated %2 image (its header gives no size)"), path,
                      kind));
    if (w * h > kMaxPixels)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: the image claims %2x%3 pixels, more than the 8192x8192 Lethe reads"),
                path, w, h));
}
} // namespace

void check_image_name(const std::string &name, const std::string &where) {
    namespace fs = std::filesystem;
    if (name.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1the file name is empty"), where));
    const fs::path p(name);
    if (p.is_absolute() || name.find('\\') != std::string::npos)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1'%2' must be a path relative to the data folder"), where, name));
    for (const auto &part : p)
        if (part == "..")
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1'%2' leaves the data folder ('..'); refused"), where, name));
}

std::string image_file_path(const std::string &dir, const std::string &name) {
    namespace fs = std::filesystem;
    check_image_name(name, dir + ": ");
    const std::string path = dir + "/" + name;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(dir, ec);
    const fs::path real = fs::weakly_canonical(path, ec);
    const auto rel = real.lexically_relative(root);
    if (ec || rel.empty() || *rel.begin() == "..")
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: leads out of the data folder through a link; refused"), path));
    return path;
}

#ifdef LETHE_HAVE_IMAGES

bool have_image_support() { return true; }

namespace {

Image decode_png(const std::string &bytes, const std::string &path) {
    png_image img;
    std::memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&img, bytes.data(), bytes.size()))
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not a readable PNG image (%2)"), path, std::string(img.message)));
    struct Free {
        png_image *p;
        ~Free() { png_image_free(p); } // a no-op once finish_read has freed it
    } guard{&img};
    if (img.format & PNG_FORMAT_FLAG_ALPHA)
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the image has an alpha channel; Lethe reads grey or RGB images without one"),
                      path));
    if ((img.format & PNG_FORMAT_FLAG_LINEAR) && !(img.format & PNG_FORMAT_FLAG_COLORMAP))
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: the image has 16 bits per sample; Lethe reads 8-bit images"), path));
    check_size(int64_t(img.width), int64_t(img.height), path, "PNG");
    Image out;
    out.channels = (img.format & PNG_FORMAT_FLAG_COLOR) ? 3 : 1;
    out.height = int(img.height);
    out.width = int(img.width);
    img.format = out.channels == 3 ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
    std::vector<uint8_t> hwc(PNG_IMAGE_SIZE(img));
    if (!png_image_finish_read(&img, nullptr, hwc.data(), 0, nullptr))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated PNG image (%2)"), path,
                      std::string(img.message)));
    out.chw.resize(hwc.size());
    const size_t plane = size_t(out.height) * size_t(out.width);
    for (size_t i = 0; i < plane; ++i)
        for (int c = 0; c < out.channels; ++c)
            out.chw[size_t(c) * plane + i] = hwc[i * size_t(out.channels) + size_t(c)];
    return out;
}

Image decode_jpeg(const std::string &bytes, const std::string &path) {
    std::unique_ptr<void, int (*)(tjhandle)> h(tjInitDecompress(), tjDestroy);
    if (!h) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot make a decompressor"), "libjpeg-turbo"));
    auto *src = reinterpret_cast<const unsigned char *>(bytes.data());
    int w = 0, ht = 0, sub = 0, space = 0;
    if (tjDecompressHeader3(h.get(), src, (unsigned long)bytes.size(), &w, &ht, &sub, &space) != 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a readable JPEG image (%2)"), path,
                      std::string(tjGetErrorStr2(h.get()))));
    if (space == TJCS_CMYK || space == TJCS_YCCK)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the image is CMYK; Lethe reads grey or RGB images"), path));
    check_size(w, ht, path, "JPEG");
    Image out;
    out.channels = space == TJCS_GRAY ? 1 : 3;
    out.height = ht;
    out.width = w;
    std::vector<uint8_t> hwc(size_t(w) * size_t(ht) * size_t(out.channels));
    // A warning (a truncated file, decoded with grey filling the rest) is a
    // refusal too: the pixels would not be the file's.
    if (tjDecompress2(h.get(), src, (unsigned long)bytes.size(), hwc.data(), w, 0, ht,
                      out.channels == 1 ? TJPF_GRAY : TJPF_RGB, TJFLAG_ACCURATEDCT | TJFLAG_STOPONWARNING) != 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated JPEG image (%2)"), path,
                      std::string(tjGetErrorStr2(h.get()))));
    out.chw.resize(hwc.size());
    const size_t plane = size_t(ht) * size_t(w);
    for (size_t i = 0; i < plane; ++i)
        for (int c = 0; c < out.channels; ++c)
            out.chw[size_t(c) * plane + i] = hwc[i * size_t(out.channels) + size_t(c)];
    return out;
}

} // namespace

Image decode_image(const std::string &bytes, const std::string &path) {
    static const unsigned char png_magic[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), png_magic, 8) == 0) return decode_png(bytes, path);
    if (bytes.size() >= 3 && uint8_t(bytes[0]) == 0xff && uint8_t(bytes[1]) == 0xd8 && uint8_t(bytes[2]) == 0xff)
        return decode_jpeg(bytes, path);
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a PNG or JPEG image"), path));
}

#else

bool have_image_support() { return false; }

Image decode_image(const std::string &, const std::string &path) {
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: this build of Lethe reads no images (built without %2 and %3)"),
                  path, "libpng", "libjpeg-turbo"));
}

#endif

RawDataset read_image_folder(const std::string &dir, const nlohmann::json &spec, const std::set<int64_t> &redacted) {
    const auto files = spec.at("files").get<std::vector<std::string>>();
    const auto labels = spec.at("labels").get<std::vector<int>>();
    const int c = spec.at("channels").get<int>(), h = spec.at("height").get<int>(), w = spec.at("width").get<int>();
    if (files.size() != labels.size())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: the dataset's spec lists files and labels of other counts"), dir));
    RawDataset r;
    r.is_u8 = true;
    r.shape = {c, h, w};
    r.n = int64_t(files.size());
    r.labels = labels;
    const size_t k = size_t(c) * size_t(h) * size_t(w);
    r.u8.resize(k * files.size());
    int maxl = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        maxl = std::max(maxl, labels[i]);
        if (redacted.count(int64_t(i))) continue; // zeros: its file was removed
        const std::string path = image_file_path(dir, files[i]);
        const Image img = decode_image(read_file(path), path);
        if (img.width != w || img.height != h)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the image is %2x%3 pixels; the dataset's images are %4x%5"),
                          path, img.width, img.height, w, h));
        if (img.channels != c) bad_input(mode_mismatch(path, img.channels));
        std::memcpy(r.u8.data() + i * k, img.chw.data(), k);
        maxl = std::max(maxl, labels[i]);
    }
    r.n_classes = maxl + 1;
    return r;
}

} // namespace lethe
