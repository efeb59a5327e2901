#include "train/sisa_trainer.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "model/net.h"
#include "project/project.h"
#include "train/update_log.h"

namespace lethe {

torch::nn::Sequential initial_net(const ModelSpec &spec, uint64_t seed, int shard) {
    torch::manual_seed(mix_seed(seed, uint64_t(shard), 0x1417));
    return make_net(spec);
}

std::unique_ptr<torch::optim::Optimizer> make_optimizer(const std::vector<torch::Tensor> &params,
                                                        const TrainConfig &cfg) {
    namespace o = torch::optim;
    if (cfg.optimizer == "adam")
        return std::make_unique<o::Adam>(params, o::AdamOptions(cfg.lr).weight_decay(cfg.weight_decay));
    if (cfg.optimizer == "adamw")
        return std::make_unique<o::AdamW>(params, o::AdamWOptions(cfg.lr).weight_decay(cfg.weight_decay));
    return std::make_unique<o::SGD>(params,
                                    o::SGDOptions(cfg.lr).momentum(cfg.momentum).weight_decay(cfg.weight_decay));
}

int64_t train_stage(torch::nn::Sequential &net, const TensorStore &store, const std::vector<int64_t> &record_ids,
                    double epochs, const TrainConfig &cfg, uint64_t stage_seed, const torch::Device &device,
                    const RunControl &rc, const std::function<void(int64_t)> &on_step, UpdateRecorder *recorder) {
    const int64_t n = int64_t(record_ids.size());
    if (n == 0) return 0;
    const int64_t bs = std::min<int64_t>(cfg.batch_size, n);
    const int64_t steps = std::max<int64_t>(1, int64_t(std::ceil(epochs * double(n) / double(bs))));
    std::vector<int64_t> sorted = record_ids;
    std::sort(sorted.begin(), sorted.end());
    const torch::Tensor rows = store.rows(sorted);
    const auto opt_ptr = make_optimizer(net->parameters(), cfg);
    auto &opt = *opt_ptr;
    const double epochs_per_step = double(bs) / double(n);
    net->train();
    SplitMix64 rng(stage_seed);
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    seeded_shuffle(order, rng);
    int64_t pos = 0, seen = 0;
    auto idx = torch::empty({bs}, torch::kInt64);
    for (int64_t step = 0; step < steps; ++step) {
        rc.check_cancel();
        auto *ip = idx.data_ptr<int64_t>();
        for (int64_t b = 0; b < bs; ++b) {
            if (pos == n) {
                seeded_shuffle(order, rng);
                pos = 0;
            }
            ip[b] = order[size_t(pos++)];
        }
        const auto batch_rows = rows.index_select(0, idx);
        const auto x = store.features(batch_rows, device);
        const auto y = store.labels(batch_rows, device);
        if (cfg.lr_schedule != "constant")
            for (auto &g : opt.param_groups()) g.options().set_lr(cfg.lr_at(step, steps, epochs_per_step));
        opt.zero_grad();
        auto loss = torch::nn::functional::cross_entropy(net->forward(x), y);
        loss.backward();
        if (recorder) recorder->before_step(net);
        opt.step();
        if (recorder) {
            std::vector<int64_t> batch_ids(static_cast<size_t>(bs));
            for (int64_t b = 0; b < bs; ++b) batch_ids[size_t(b)] = sorted[size_t(ip[b])];
            recorder->after_step(net, std::move(batch_ids));
        }
        seen += bs;
        if (on_step) on_step(step + 1);
    }
    return seen;
}

TrainOutput train_shards(Project &project, const TensorStore &store, const ModelSpec &spec, const TrainConfig &cfg,
                         const std::vector<Placement> &placements, const std::vector<ShardPlan> &plans,
                         const std::string &out_dir, const torch::Device &device, const RunControl &rc) {
    const auto t0 = std::chrono::steady_clock::now();
    std::filesystem::create_directories(project.resolve(out_dir));
    TrainOutput out;
    // Total steps, for progress.
    auto stage_steps = [&](int shard, int stage) {
        const auto n = int64_t(stage_records(placements, shard, stage).size());
        if (n == 0) return int64_t(0);
        const int64_t bs = std::min<int64_t>(cfg.batch_size, n);
        return std::max<int64_t>(1, int64_t(std::ceil(cfg.stage_epochs() * double(n) / double(bs))));
    };
    int64_t total = 0, done = 0;
    for (const auto &p : plans)
        for (int r = p.start_stage; r < cfg.slices; ++r) total += stage_steps(p.shard, r);
    for (const auto &plan : plans) {
        torch::nn::Sequential net;
        if (plan.start_stage == 0) {
            net = initial_net(spec, cfg.seed, plan.shard);
        } else {
            net = load_net(spec, project.resolve(plan.start_path), plan.start_sha256);
        }
        net->to(device);
        for (int r = plan.start_stage; r < cfg.slices; ++r) {
            const auto ids = stage_records(placements, plan.shard, r);
            const std::string stage_text = "training shard " + std::to_string(plan.shard + 1) + "/" +
                                           std::to_string(cfg.shards) + ", stage " + std::to_string(r + 1) + "/" +
                                           std::to_string(cfg.slices);
            const int64_t base = done;
            UpdateRecorder recorder;
            out.samples += train_stage(
                net, store, ids, cfg.stage_epochs(), cfg, mix_seed(cfg.seed, uint64_t(plan.shard), uint64_t(r + 1)),
                device, rc,
                [&](int64_t s) {
                    if (s % 10 == 0)
                        rc.report({stage_text, base + s, total, total ? double(base + s) / double(total) : 1.0});
                },
                cfg.record_updates ? &recorder : nullptr);
            done += stage_steps(plan.shard, r);
            TrainedCheckpoint c;
            c.shard = plan.shard;
            c.stage = r;
            c.retained_hash = record_set_hash(ids);
            c.n_records = int64_t(ids.size());
            // Content-addressed name: the same records and config give the same file name.
            c.path = out_dir + "/s" + std::to_string(plan.shard) + "-r" + std::to_string(r) + "-" +
                     c.retained_hash.substr(0, 12) + ".pt";
            if (cfg.record_updates) {
                // The log first: the checkpoint's presence implies its log's.
                c.update_log_path = update_log_path_for(c.path);
                const std::string full = project.resolve(c.update_log_path);
                std::filesystem::create_directories(std::filesystem::path(full).parent_path());
                c.update_log_sha256 = write_file_atomic(full, recorder.bytes());
                c.update_log_bytes = int64_t(recorder.bytes().size());
                c.update_log_steps = recorder.steps();
                out.update_log_bytes += c.update_log_bytes;
            }
            c.sha256 = save_net(net, project.resolve(c.path));
            out.checkpoints.push_back(c);
        }
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace lethe
