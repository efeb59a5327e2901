#pragma once
// Internal: the per-batch parameter-update log behind amnesiac unlearning
// (Graves et al. 2021). For every optimiser step: the record ids the batch
// held and the update theta_after - theta_before, in float64 so that
// subtracting an update restores the float32 parameters bit for bit.
// File: "LETHEUPD1\n", int64 n_params, then per step int64 n_ids, the ids
// (int64), n_params doubles. Parameters in net->parameters() order.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/torch.h>

namespace lethe {

class UpdateRecorder {
public:
    void before_step(torch::nn::Sequential &net);
    void after_step(torch::nn::Sequential &net, std::vector<int64_t> batch_ids);
    int64_t steps() const { return steps_; }
    const std::string &bytes() const { return buf_; }
    // Appends another recorder's steps (same parameter count).
    void append(const std::string &log_bytes);

private:
    std::vector<double> before_;
    std::string buf_;
    int64_t n_params_ = -1, steps_ = 0;
};

// Calls fn for every step of a log; BadInput (naming where) when malformed.
void scan_update_log(const std::string &bytes, const std::string &where,
                     const std::function<void(const std::vector<int64_t> &ids, const double *delta, int64_t n)> &fn);

// Writes a log of the given steps (ids, delta) in the same format.
class UpdateLogWriter {
public:
    explicit UpdateLogWriter(int64_t n_params);
    void add(const std::vector<int64_t> &ids, const double *delta);
    const std::string &bytes() const { return buf_; }
    int64_t steps() const { return steps_; }

private:
    std::string buf_;
    int64_t n_params_, steps_ = 0;
};

// Where the log of a checkpoint lives: checkpoints/jobN/x.pt -> updatelogs/jobN/x.upd
// (outside models/ and checkpoints/, whose unreferenced files recovery removes).
std::string update_log_path_for(const std::string &checkpoint_path);

int64_t parameter_count(torch::nn::Sequential &net);

} // namespace lethe
