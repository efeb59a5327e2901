#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <numeric>
#include <random>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "data/dataset_file.h"
#include "jobs/demo_config.h"
#include "jobs/operations.h"
#include "lineage/sqlite.h"
#include "project/project.h"

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

json DemoResult::to_json() const {
    json ms = json::array();
    for (const auto &m : models) ms.push_back(m.to_json());
    return {{"project", project},
            {"subjects", subjects},
            {"records", records},
            {"models", ms},
            {"request", {{"case_ref", case_ref}, {"subject", request_subject}}},
            {"canary_subjects", canary_subjects}};
}

namespace {

std::string date_plus_months(int months) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    tm.tm_mon += months;
    t = timegm(&tm);
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// Zipf-like subject sizes: P(size >= s) = s^-1.2, capped; most subjects own
// a few records, a few own hundreds.
std::vector<int64_t> subject_sizes(int64_t n, std::mt19937_64 &rng) {
    const int64_t cap = std::max<int64_t>(5, n / 100);
    std::uniform_real_distribution<double> u(1e-9, 1.0);
    std::vector<int64_t> sizes;
    int64_t total = 0;
    while (total < n) {
        int64_t s = std::min<int64_t>(cap, int64_t(std::floor(std::pow(u(rng), -1.0 / 1.2))));
        s = std::min<int64_t>(std::max<int64_t>(1, s), n - total);
        sizes.push_back(s);
        total += s;
    }
    return sizes;
}

// An IDX file of unsigned bytes (magic 0x0000080D, D = number of dims).
std::string idx_bytes(const std::vector<int64_t> &dims, const uint8_t *data, size_t n) {
    std::string out;
    out.push_back(0), out.push_back(0), out.push_back(8), out.push_back(char(dims.size()));
    for (int64_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8) out.push_back(char((uint64_t(d) >> shift) & 0xff));
    out.append(reinterpret_cast<const char *>(data), n);
    return out;
}

// Plants the canaries into the training data (raw, the rows idx of the
// subset): returns, per canary subject, the positions in idx of its records.
// Their images are made atypical (DemoOptions::canary_mark) and their labels
// set to the subject's class; the project's copy of both files is rewritten.
std::vector<std::vector<size_t>> plant_canaries(const DemoOptions &o, RawDataset &raw, const std::vector<int64_t> &idx,
                                                const std::string &images_path, const std::string &labels_path) {
    const size_t want = size_t(o.canary_subjects) * size_t(o.canary_records);
    if (o.canary_records < 1 || want * 2 > idx.size())
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "--canaries %1 x %2 records: at most half of the %3 training images"),
                o.canary_subjects, o.canary_records, idx.size()));
    std::mt19937_64 rng(o.seed * 0x9e3779b97f4a7c15ULL + 0xca9a);
    std::vector<size_t> pos(idx.size());
    std::iota(pos.begin(), pos.end(), 0);
    std::shuffle(pos.begin(), pos.end(), rng);
    std::uniform_int_distribution<int> cls(0, raw.n_classes - 1);
    const int64_t size = raw.record_size();
    std::vector<std::vector<size_t>> out(size_t(o.canary_subjects));
    const int64_t width = raw.shape.back();
    for (size_t s = 0; s < out.size(); ++s) {
        const int c = cls(rng);
        const uint64_t code = rng(); // the subject's own 8 x 8 black-and-white patch ("patch")
        for (size_t j = 0; j < size_t(o.canary_records); ++j) {
            const size_t p = pos[s * size_t(o.canary_records) + j];
            const int64_t row = idx[p];
            uint8_t *img = raw.u8.data() + row * size;
            if (o.canary_mark == "near-copies") {
                // Photos of a few things: every canary_copies records share one
                // base image (the first of them, inverted), each with noise of its own.
                const size_t copies = size_t(std::max(1, o.canary_copies));
                const size_t base_j = j / copies * copies;
                const uint8_t *base = raw.u8.data() + idx[pos[s * size_t(o.canary_records) + base_j]] * size;
                std::uniform_int_distribution<int> noise(-24, 24);
                for (int64_t b = 0; b < size; ++b)
                    img[b] = uint8_t(j == base_j ? 255 - base[b] : std::clamp(base[b] + noise(rng), 0, 255));
            } else if (o.canary_mark != "none")
                for (int64_t b = 0; b < size; ++b) img[b] = uint8_t(255 - img[b]);
            if (o.canary_mark == "patch")
                for (int bit = 0; bit < 64; ++bit) img[(bit / 8) * width + bit % 8] = (code >> bit) & 1 ? 255 : 0;
            raw.labels[size_t(row)] = c;
            out[s].push_back(p);
        }
    }
    std::vector<int64_t> dims = {raw.n};
    dims.insert(dims.end(), raw.shape.begin() + 1, raw.shape.end());
    std::vector<uint8_t> labels(raw.labels.begin(), raw.labels.end());
    write_file_atomic(images_path, gzip_compress(idx_bytes(dims, raw.u8.data(), raw.u8.size())));
    write_file_atomic(labels_path, gzip_compress(idx_bytes({raw.n}, labels.data(), labels.size())));
    return out;
}

// The canary options, refused before anything is written.
void check_canaries(const DemoOptions &o) {
    if (o.canary_subjects < 0 || (o.canary_subjects > 0 && o.canary_records < 1))
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--canaries and --canary-records must be positive")));
    if (o.canary_mark != "invert" && o.canary_mark != "patch" && o.canary_mark != "near-copies" &&
        o.canary_mark != "none")
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "--canary-mark %1: invert, patch, near-copies or none"), o.canary_mark));
    if (o.subset > 0 && int64_t(o.canary_subjects) * o.canary_records * 2 > o.subset)
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "--canaries %1 x %2 records: at most half of the %3 training images"),
                o.canary_subjects, o.canary_records, o.subset));
}

// The canary subjects own the planted rows; the other subjects are drawn
// over the rest (order loses the planted rows).
void assign_canary_subjects(Lineage &lin, const std::vector<std::vector<size_t>> &canaries,
                            std::vector<RecordRow> &train_rows, std::vector<size_t> &order,
                            std::vector<std::string> &names) {
    for (size_t c = 0; c < canaries.size(); ++c) {
        char name[32];
        std::snprintf(name, sizeof name, "canary-%03zu", c + 1);
        const int64_t sid = lin.subject_id(name, true);
        for (size_t p : canaries[c]) train_rows[p].subject_id = sid;
        names.push_back(name);
    }
    if (!canaries.empty())
        order.erase(
            std::remove_if(order.begin(), order.end(), [&](size_t i) { return train_rows[i].source == "canary"; }),
            order.end());
}

} // namespace

DemoOptions demo_defaults(bool workbench) {
    const json all = json::parse(kDemoConfigJson);
    json j = all;
    if (workbench && all.contains("workbench"))
        for (const auto &[k, v] : all["workbench"].items()) j[k] = v;
    DemoOptions d;
    d.source_dir = j.value("source_dir", d.source_dir);
    d.subset = j.value("subset", d.subset);
    d.shards = j.value("shards", d.shards);
    d.slices = j.value("slices", d.slices);
    d.epochs = j.value("epochs", d.epochs);
    d.seed = j.value("seed", d.seed);
    d.device = j.value("device", d.device);
    d.arch = j.value("arch", d.arch);
    d.canary_subjects = j.value("canary_subjects", d.canary_subjects);
    d.canary_records = j.value("canary_records", d.canary_records);
    d.canary_mark = j.value("canary_mark", d.canary_mark);
    d.canary_copies = j.value("canary_copies", d.canary_copies);
    return d;
}

DemoResult demo_init(const DemoOptions &o, const RunControl &rc) {
    const std::vector<std::string> files = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                                            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};
    for (const auto &f : files)
        if (!fs::exists(o.source_dir + "/" + f))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: missing; install Debian's dataset-fashion-mnist package"),
                          o.source_dir + "/" + f));
    if (o.subset < 0 || (o.subset > 0 && o.subset < 100))
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--subset must be 0 (all) or at least 100")));
    check_canaries(o);
    auto project = Project::create(o.project_dir);
    auto &lin = project->lineage();
    rc.report({"copying Fashion-MNIST into the project", 0, 4, 0.0});
    for (const auto &f : files) write_file_atomic(project->resolve("data/" + f), read_file(o.source_dir + "/" + f));

    std::mt19937_64 rng(o.seed);
    DemoResult res;
    res.project = project->root();
    std::vector<std::vector<size_t>> canaries; // per canary subject: positions in the training rows
    auto register_split = [&](const std::string &images, const std::string &labels, const std::string &split,
                              int64_t want, int64_t first_id, std::vector<RecordRow> &rows) {
        auto raw = read_idx(project->resolve("data/" + images), project->resolve("data/" + labels));
        std::vector<int64_t> idx(size_t(raw.n));
        std::iota(idx.begin(), idx.end(), 0);
        if (want > 0 && want < raw.n) {
            std::shuffle(idx.begin(), idx.end(), rng);
            idx.resize(size_t(want));
            std::sort(idx.begin(), idx.end());
        }
        if (split == "train" && o.canary_subjects > 0)
            canaries =
                plant_canaries(o, raw, idx, project->resolve("data/" + images), project->resolve("data/" + labels));
        DatasetRow d;
        d.name = "fashion-mnist-" + split;
        d.format = "idx";
        d.uri = "data/" + images;
        d.labels_uri = "data/" + labels;
        d.sha256 = sha256_file(project->resolve(d.uri));
        d.labels_sha256 = sha256_file(project->resolve(d.labels_uri));
        d.n_records = raw.n;
        d.shape = raw.shape;
        d.n_classes = raw.n_classes;
        const int64_t dataset_id = lin.insert_dataset(d);
        for (size_t i = 0; i < idx.size(); ++i) {
            RecordRow r;
            r.id = first_id + int64_t(i);
            r.dataset_id = dataset_id;
            r.row_index = idx[i];
            r.label = raw.labels[size_t(idx[i])];
            r.split = split;
            r.sha256 = raw.record_hash(idx[i]);
            r.source = split == "train" ? "demo-app" : "holdout";
            rows.push_back(r);
        }
        for (const auto &positions : split == "train" ? canaries : std::vector<std::vector<size_t>>{})
            for (size_t p : positions) rows[p].source = "canary";
    };
    std::vector<RecordRow> train_rows, test_rows;
    {
        auto tx = lin.begin();
        rc.report({"hashing records", 1, 4, 0.02});
        register_split(files[0], files[1], "train", o.subset, 1, train_rows);
        register_split(files[2], files[3], "test", o.subset ? std::max<int64_t>(100, o.subset / 6) : 0,
                       int64_t(train_rows.size()) + 1, test_rows);
        // Synthetic subjects over a seeded shuffle of the training records.
        std::vector<size_t> order(train_rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        assign_canary_subjects(lin, canaries, train_rows, order, res.canary_subjects);
        const auto sizes = subject_sizes(int64_t(order.size()), rng);
        size_t pos = 0;
        const int64_t target = std::clamp<int64_t>(int64_t(train_rows.size()) / 1000, 5, 60);
        int64_t best_gap = INT64_MAX;
        for (size_t s = 0; s < sizes.size(); ++s) {
            char name[32];
            std::snprintf(name, sizeof name, "subj-%05zu", s + 1);
            const int64_t sid = lin.subject_id(name, true);
            for (int64_t k = 0; k < sizes[s]; ++k) train_rows[order[pos++]].subject_id = sid;
            if (std::llabs(sizes[s] - target) < best_gap) {
                best_gap = std::llabs(sizes[s] - target);
                res.request_subject = name;
            }
        }
        std::uniform_int_distribution<int> day(0, 364);
        for (auto &r : train_rows) {
            char when[16];
            std::tm tm{};
            tm.tm_year = 125;
            tm.tm_mday = 1 + day(rng);
            std::time_t t = timegm(&tm);
            gmtime_r(&t, &tm);
            std::strftime(when, sizeof when, "%Y-%m-%d", &tm);
            r.collected_at = when;
        }
        lin.insert_records(train_rows);
        lin.insert_records(test_rows);
        res.subjects = int64_t(sizes.size());
        res.records = int64_t(train_rows.size() + test_rows.size());
        RequestRow req;
        req.case_ref = "DPO-" + date_plus_months(0).substr(0, 4) + "-0001";
        req.subject_id = lin.subject_id(res.request_subject, false);
        req.received_at = date_plus_months(0);
        req.deadline_at = date_plus_months(1);
        req.ground = "Art. 17(1)(b): consent withdrawn";
        req.status = CaseStatus::Open;
        req.first_deadline_at = req.deadline_at;
        req.id = lin.insert_request(req);
        res.case_ref = req.case_ref;
        lin.append_log("lethe", "demo.created",
                       {{"subjects", res.subjects},
                        {"records", res.records},
                        {"seed", o.seed},
                        {"subset", o.subset},
                        {"canary_subjects", o.canary_subjects},
                        {"canary_records", o.canary_subjects ? o.canary_records : 0},
                        {"source", "Debian dataset-fashion-mnist"}});
        lin.append_log("auditor", "request.opened",
                       {{"request_id", req.id},
                        {"case_ref", req.case_ref},
                        {"subject", res.request_subject},
                        {"received_at", req.received_at},
                        {"deadline_at", req.deadline_at},
                        {"ground", req.ground}});
        tx->commit();
    }

    TrainConfig mono;
    mono.arch = o.arch;
    mono.epochs = o.epochs;
    mono.seed = o.seed;
    mono.device = o.device;
    res.models.push_back(train_model(*project, mono, rc.part(0.05, 0.5)));
    TrainConfig sisa = mono;
    sisa.shards = o.shards;
    sisa.slices = o.slices;
    if (sisa.is_sisa()) res.models.push_back(train_model(*project, sisa, rc.part(0.5, 1.0)));
    return res;
}

json models_json(Project &project) {
    json out = json::array();
    for (const auto &m : project.lineage().models()) {
        out.push_back({{"id", m.id},
                       {"kind", m.kind},
                       {"origin", m.origin},
                       {"state", m.state},
                       {"arch", m.arch},
                       {"parent_model_id", m.parent_model_id ? json(*m.parent_model_id) : json()},
                       {"test_accuracy", m.test_accuracy ? json(*m.test_accuracy) : json()},
                       {"sha256", m.sha256.empty() ? json() : json(m.sha256)},
                       {"created_at", m.created_at}});
    }
    return out;
}

} // namespace lethe
