#include "train/update_log.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"

namespace lethe {

namespace {
const char kMagic[] = "LETHEUPD1\n";
constexpr size_t kMagicLen = sizeof kMagic - 1;

void put_i64(std::string &s, int64_t v) { s.append(reinterpret_cast<const char *>(&v), sizeof v); }

void flat_params(torch::nn::Sequential &net, std::vector<double> &out) {
    out.clear();
    for (const auto &p : net->parameters()) {
        const auto t = p.detach().to(torch::kCPU, torch::kFloat64).contiguous();
        out.insert(out.end(), t.data_ptr<double>(), t.data_ptr<double>() + t.numel());
    }
}
} // namespace

int64_t parameter_count(torch::nn::Sequential &net) {
    int64_t n = 0;
    for (const auto &p : net->parameters()) n += p.numel();
    return n;
}

void UpdateRecorder::before_step(torch::nn::Sequential &net) { flat_params(net, before_); }

void UpdateRecorder::after_step(torch::nn::Sequential &net, std::vector<int64_t> ids) {
    std::vector<double> after;
    flat_params(net, after);
    if (n_params_ < 0) {
        n_params_ = int64_t(after.size());
        buf_.append(kMagic, kMagicLen);
        put_i64(buf_, n_params_);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    put_i64(buf_, int64_t(ids.size()));
    buf_.append(reinterpret_cast<const char *>(ids.data()), ids.size() * sizeof(int64_t));
    // Both are float32 values held exactly in float64: the difference is exact.
    for (size_t i = 0; i < after.size(); ++i) after[i] -= before_[i];
    buf_.append(reinterpret_cast<const char *>(after.data()), after.size() * sizeof(double));
    ++steps_;
}

void UpdateRecorder::append(const std::string &log_bytes) {
    if (log_bytes.size() <= kMagicLen + 8) return;
    int64_t n = 0;
    std::memcpy(&n, log_bytes.data() + kMagicLen, 8);
    if (n_params_ < 0) {
        n_params_ = n;
        buf_.append(kMagic, kMagicLen);
        put_i64(buf_, n_params_);
    } else if (n != n_params_) {
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "update logs of different parameter counts cannot be joined")));
    }
    scan_update_log(log_bytes, "update log", [&](const std::vector<int64_t> &, const double *, int64_t) { ++steps_; });
    buf_.append(log_bytes, kMagicLen + 8, std::string::npos);
}

void scan_update_log(const std::string &b, const std::string &where,
                     const std::function<void(const std::vector<int64_t> &, const double *, int64_t)> &fn) {
    if (b.empty()) return; // a stage that took no step
    if (b.size() < kMagicLen + 8 || b.compare(0, kMagicLen, kMagic) != 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe update log"), where));
    int64_t n = 0;
    std::memcpy(&n, b.data() + kMagicLen, 8);
    if (n <= 0) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: update log with no parameters"), where));
    size_t pos = kMagicLen + 8;
    std::vector<int64_t> ids;
    std::vector<double> delta(static_cast<size_t>(n), 0.0);
    while (pos < b.size()) {
        int64_t k = 0;
        if (pos + 8 > b.size()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: truncated update log"), where));
        std::memcpy(&k, b.data() + pos, 8);
        pos += 8;
        if (k < 0 || pos + size_t(k) * 8 + size_t(n) * 8 > b.size())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: truncated update log"), where));
        ids.resize(size_t(k));
        std::memcpy(ids.data(), b.data() + pos, size_t(k) * 8);
        pos += size_t(k) * 8;
        std::memcpy(delta.data(), b.data() + pos, size_t(n) * 8);
        pos += size_t(n) * 8;
        fn(ids, delta.data(), n);
    }
}

UpdateLogWriter::UpdateLogWriter(int64_t n_params) : n_params_(n_params) {
    buf_.append(kMagic, kMagicLen);
    put_i64(buf_, n_params_);
}

void UpdateLogWriter::add(const std::vector<int64_t> &ids, const double *delta) {
    put_i64(buf_, int64_t(ids.size()));
    buf_.append(reinterpret_cast<const char *>(ids.data()), ids.size() * sizeof(int64_t));
    buf_.append(reinterpret_cast<const char *>(delta), size_t(n_params_) * sizeof(double));
    ++steps_;
}

std::string update_log_path_for(const std::string &checkpoint_path) {
    std::string p = checkpoint_path;
    const std::string from = "checkpoints/";
    if (p.compare(0, from.size(), from) == 0)
        p = "updatelogs/" + p.substr(from.size());
    else
        p = "updatelogs/" + p;
    const auto dot = p.rfind(".pt");
    if (dot != std::string::npos && dot + 3 == p.size()) p = p.substr(0, dot);
    return p + ".upd";
}

} // namespace lethe
