#pragma once
// Tiny generated data for engine tests: IDX files of planted 16x16 images
// (four classes, each a bright bar in its own place, plus seeded noise), a
// manifest with subjects of varied sizes, and a project that imports them.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <zlib.h>

#include "jobs/operations.h"
#include "project/project.h"

namespace lethe::testing {

inline void put_be32(std::string &s, uint32_t v) {
    for (int i = 3; i >= 0; --i) s.push_back(char((v >> (8 * i)) & 0xff));
}

inline void write_bytes(const std::string &path, const std::string &bytes, bool gz = false) {
    if (gz) {
        gzFile f = gzopen(path.c_str(), "wb");
        gzwrite(f, bytes.data(), unsigned(bytes.size()));
        gzclose(f);
    } else {
        std::ofstream(path, std::ios::binary) << bytes;
    }
}

struct IdxBytes {
    std::string images, labels;
};

// n images of h x w; label i % classes; noise from seed.
inline IdxBytes planted_idx(int n, int h = 16, int w = 16, int classes = 4, uint64_t seed = 7) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> noise(0, 90);
    IdxBytes b;
    b.images = std::string("\0\0\x08\x03", 4);
    put_be32(b.images, uint32_t(n));
    put_be32(b.images, uint32_t(h));
    put_be32(b.images, uint32_t(w));
    b.labels = std::string("\0\0\x08\x01", 4);
    put_be32(b.labels, uint32_t(n));
    for (int i = 0; i < n; ++i) {
        const int y = i % classes;
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                int v = noise(rng);
                if (r / (h / classes) == y) v += 140; // the class's band
                b.images.push_back(char(std::min(255, v)));
            }
        b.labels.push_back(char(y));
    }
    return b;
}

// Creates a project at `project` and imports dir/images.idx<ext>,
// dir/labels.idx<ext> with dir/manifest.csv into it.
inline void create_and_import(const std::string &project, const std::string &dir, const std::string &ext = "") {
    auto p = Project::create(project);
    ImportOptions io;
    io.manifest = dir + "/manifest.csv";
    io.data = dir + "/images.idx" + ext;
    io.labels = dir + "/labels.idx" + ext;
    io.format = "idx";
    import_dataset(*p, io);
}

struct Fixture {
    std::string dir;     // holds the source files
    std::string project; // project folder
    int n_train = 0, n_test = 0;
    std::vector<std::string> subjects; // pseudonyms, subject k owns k+1 records... see make_project
};

// Writes data + manifest under dir and imports them into dir/project.
// Training records belong to subjects s001.. with sizes 1, 2, 3, ... (cycling
// up to 12), so there are small and larger subjects; test records have none.
inline Fixture make_project(const std::string &dir, int n_train = 480, int n_test = 160, bool gz = true) {
    Fixture f;
    f.dir = dir;
    f.project = dir + "/project";
    f.n_train = n_train;
    f.n_test = n_test;
    const auto b = planted_idx(n_train + n_test);
    const std::string ext = gz ? ".gz" : "";
    write_bytes(dir + "/images.idx" + ext, b.images, gz);
    write_bytes(dir + "/labels.idx" + ext, b.labels, gz);
    std::ofstream m(dir + "/manifest.csv");
    m << "record_id,subject,label,split,row\n";
    int subject = 0, left = 0, size = 0;
    for (int i = 0; i < n_train + n_test; ++i) {
        std::string s;
        if (i < n_train) {
            if (left == 0) {
                ++subject;
                size = 1 + (subject - 1) % 12;
                left = size;
                char name[16];
                std::snprintf(name, sizeof name, "s%03d", subject);
                f.subjects.push_back(name);
            }
            s = f.subjects.back();
            --left;
        }
        m << (i + 1) << "," << s << "," << (i % 4) << "," << (i < n_train ? "train" : "test") << "," << i << "\n";
    }
    m.close();
    create_and_import(f.project, dir, ext);
    return f;
}

inline TrainConfig small_config(const std::string &arch = "mlp", int shards = 1, int slices = 1) {
    TrainConfig c;
    c.arch = arch;
    c.shards = shards;
    c.slices = slices;
    c.epochs = 2;
    c.batch_size = 32;
    c.lr = 0.05;
    c.hidden = 32;
    c.seed = 3;
    c.device = "cpu";
    return c;
}

// Every file under a folder (relative path -> size), to assert nothing was written.
inline std::vector<std::string> list_files(const std::string &dir) {
    std::vector<std::string> out;
    for (const auto &e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename().string().find("-wal") == std::string::npos &&
            e.path().filename().string().find("-shm") == std::string::npos)
            out.push_back(e.path().string() + ":" + std::to_string(e.file_size()));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace lethe::testing
