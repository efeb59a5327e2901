// Engine benchmarks (DESIGN section 8), each a ratio measured in one run:
//   sisa         SISA one-subject forget vs full retrain of the same ensemble,
//                against the expected speed-up; ensemble vs monolithic accuracy
//   curve        ensemble test accuracy for S = 1..20 shards
//   train-speed  training samples/s vs the same CNN in Debian's python3-torch,
//                same threads, batch 128 and 32; data loading share of a step
//   audit        audit of one model vs one forward pass over the same records
//   blas         GEMM GFLOP/s and the demo MLP's training samples/s with the
//                libblas.so.3 this process loaded (bench_blas.sh runs it with
//                netlib's reference BLAS and with OpenBLAS, and prints the ratio)
// usage: bench_engine sisa|curve|train-speed|audit|blas|cnn-layout [--subset N] [--trials T]
// Not a test: prints a table and JSON lines; docs/benchmarks.md has results.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>
#include <string>

#include <torch/torch.h>

#include "audit/audit.h"
#include "data/tensor_store.h"
#include "jobs/operations.h"
#include "model/inference.h"
#include "model/net.h"
#include "model/threads.h"
#include "project/project.h"
#include "train/sisa_trainer.h"

using namespace lethe;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secs(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

std::string temp_dir(const std::string &tag) {
    const auto d = fs::temp_directory_path() / ("lethe-bench-" + tag + "-" + std::to_string(::getpid()));
    fs::remove_all(d);
    return d.string();
}

int64_t arg(int argc, char **argv, const std::string &name, int64_t def) {
    for (int i = 2; i + 1 < argc; ++i)
        if (argv[i] == name) return std::stoll(argv[i + 1]);
    return def;
}

// Fraction of one shard's SISA training that a restart at slice k redoes:
// stage r trains on r+1 of R slices for the same number of epochs.
double restart_fraction(int k, int R) {
    double all = 0, redo = 0;
    for (int r = 0; r < R; ++r) {
        all += r + 1;
        if (r >= k) redo += r + 1;
    }
    return redo / all;
}

int bench_sisa(int64_t subset, int trials) {
    DemoOptions d;
    d.project_dir = temp_dir("sisa");
    d.subset = subset;
    d.device = "cpu";
    std::cerr << "building the demo (subset " << subset << ") in " << d.project_dir << "\n";
    const auto demo = demo_init(d, {});
    auto p = Project::open(d.project_dir);
    auto &lin = p->lineage();
    const double mono_acc = demo.models[0].test_accuracy, sisa_acc = demo.models[1].test_accuracy;
    std::printf("S=%d R=%d epochs=%g, %lld training records\n", d.shards, d.slices, d.epochs,
                (long long)lin.count_records("train"));
    std::printf("test accuracy: monolithic %.4f, SISA ensemble %.4f, difference %.2f points\n", mono_acc, sisa_acc,
                100 * (mono_acc - sisa_acc));
    // Subjects drawn uniformly (a request is as likely from any subject).
    auto subjects = lin.subjects_with_counts();
    std::mt19937_64 rng(2026);
    std::shuffle(subjects.begin(), subjects.end(), rng);
    int64_t model = demo.models[1].model_id;
    double sum_ratio = 0, sum_pred = 0;
    std::printf("%-12s %5s %6s %9s %9s %8s %9s\n", "subject", "recs", "slice", "sisa s", "retrain s", "speedup",
                "predicted");
    for (int t = 0; t < trials; ++t) {
        const auto &[subject, n] = subjects[size_t(t)];
        // The slice this subject's records sit in, from the lineage.
        const auto run = *lin.model(model).run_id;
        const auto ids = lin.record_ids_of_subject(lin.subject_id(subject, false));
        const std::set<int64_t> mine(ids.begin(), ids.end());
        int slice = d.slices;
        for (const auto &pl : lin.placements(run))
            if (mine.count(pl.record_id)) slice = std::min(slice, pl.slice);
        ForgetOptions o;
        o.selection.subjects = {subject};
        o.model_id = model;
        o.device = "cpu";
        o.audit = false;
        o.method = "retrain";
        o.keep_input = true;
        const auto retrain = forget(*p, o, {});
        o.method = "sisa";
        o.keep_input = false;
        const auto sisa = forget(*p, o, {});
        const double ratio = retrain.seconds / sisa.seconds;
        const double predicted = d.shards / restart_fraction(slice, d.slices);
        std::printf("%-12s %5lld %6d %9.2f %9.2f %7.2fx %8.2fx\n", subject.c_str(), (long long)n, slice, sisa.seconds,
                    retrain.seconds, ratio, predicted);
        sum_ratio += ratio;
        sum_pred += predicted;
        model = sisa.output_model_id; // sequential requests
    }
    const double expected_shards = d.shards; // 1 / (1 - (1 - 1/S)^K) for K = 1
    const double slicing_max = 3.0 * d.slices / (2.0 * d.slices + 1);
    std::printf("mean speed-up %.2fx; DESIGN's expected (K=1): %.2fx from sharding, up to %.2fx with slicing; "
                "ratio to the sharding figure %.2f (target >= 0.8); mean predicted from the restart slices %.2fx\n",
                sum_ratio / trials, expected_shards, expected_shards * slicing_max,
                sum_ratio / trials / expected_shards, sum_pred / trials);
    std::printf("{\"bench\":\"sisa\",\"mean_speedup\":%.3f,\"expected\":%.3f,\"ratio_to_expected\":%.3f,"
                "\"mono_acc\":%.4f,\"sisa_acc\":%.4f}\n",
                sum_ratio / trials, expected_shards, sum_ratio / trials / expected_shards, mono_acc, sisa_acc);
    fs::remove_all(d.project_dir);
    return 0;
}

int bench_curve(int64_t subset) {
    DemoOptions d;
    d.project_dir = temp_dir("curve");
    d.subset = subset;
    d.shards = 1;
    d.slices = 1;
    d.device = "cpu";
    const auto demo = demo_init(d, {});
    auto p = Project::open(d.project_dir);
    std::printf("S   test accuracy   (R=1, %g epochs, cnn, subject sharding)\n", d.epochs);
    std::printf("%-3d %.4f\n", 1, demo.models[0].test_accuracy);
    for (int S : {2, 3, 5, 8, 10, 15, 20}) {
        TrainConfig c;
        c.shards = S;
        c.epochs = d.epochs;
        c.device = "cpu";
        const auto r = train_model(*p, c, {});
        std::printf("%-3d %.4f\n", S, r.test_accuracy);
        std::fflush(stdout);
    }
    fs::remove_all(d.project_dir);
    return 0;
}

int bench_train_speed(int64_t subset) {
    DemoOptions d;
    d.project_dir = temp_dir("speed");
    d.subset = subset;
    d.shards = 1;
    d.slices = 1;
    d.epochs = 0.01; // the demo's own model is not what is measured
    d.device = "cpu";
    demo_init(d, {});
    auto p = Project::open(d.project_dir);
    const auto store = TensorStore::load(*p);
    std::vector<int64_t> ids;
    for (const auto &r : p->lineage().records("train")) ids.push_back(r.id);
    const auto rows = store.rows(ids);
    ModelSpec spec;
    spec.arch = "cnn";
    spec.input_shape = store.shape;
    spec.n_classes = store.n_classes;
    const std::string py = std::string(LETHE_SOURCE_DIR) + "/tests/bench/train_speed.py";
    std::printf("%-7s %-5s %12s %12s %7s %10s\n", "threads", "batch", "lethe/s", "pytorch/s", "ratio", "data share");
    for (int threads : {1, 2}) {
        for (int batch : {128, 32}) {
            set_compute_threads(threads);
            const int steps = batch == 128 ? 150 : 400;
            TrainConfig cfg;
            cfg.batch_size = batch;
            auto net = make_net(spec);
            // Data loading alone: the gathers and conversions of `steps` batches.
            std::mt19937_64 rng(1);
            std::uniform_int_distribution<int64_t> pick(0, int64_t(ids.size()) - 1);
            auto t0 = Clock::now();
            for (int s = 0; s < steps; ++s) {
                auto idx = torch::empty({batch}, torch::kInt64);
                for (int b = 0; b < batch; ++b) idx.data_ptr<int64_t>()[b] = pick(rng);
                const auto br = rows.index_select(0, idx);
                auto x = store.features(br, torch::kCPU);
                auto y = store.labels(br, torch::kCPU);
            }
            const double data_s = secs(t0);
            // Whole steps through the engine's trainer (5 warm-up steps first).
            const double epochs_for = double(steps) * batch / double(ids.size());
            train_stage(net, store, ids, 5.0 * batch / double(ids.size()), cfg, 1, torch::kCPU, {});
            t0 = Clock::now();
            const auto seen = train_stage(net, store, ids, epochs_for, cfg, 2, torch::kCPU, {});
            const double train_s = secs(t0);
            const double lethe_rate = double(seen) / train_s;
            const std::string cmd = "/usr/bin/python3 " + py + " " + p->resolve("data/train-images-idx3-ubyte.gz") +
                                    " " + std::to_string(ids.size()) + " " + std::to_string(batch) + " " +
                                    std::to_string(threads) + " " + std::to_string(steps);
            FILE *f = ::popen(cmd.c_str(), "r");
            char buf[512] = {0};
            const bool got = f && std::fgets(buf, sizeof buf, f);
            if (f) ::pclose(f);
            double py_rate = 0;
            if (got) py_rate = nlohmann::json::parse(buf)["samples_per_s"].get<double>();
            std::printf("%-7d %-5d %12.0f %12.0f %6.2fx %9.1f%%\n", threads, batch, lethe_rate, py_rate,
                        py_rate > 0 ? lethe_rate / py_rate : 0.0, 100.0 * data_s / train_s);
            std::fflush(stdout);
        }
    }
    fs::remove_all(d.project_dir);
    return 0;
}

int bench_audit(int64_t subset) {
    DemoOptions d;
    d.project_dir = temp_dir("audit");
    d.subset = subset;
    d.slices = 1;
    d.shards = 1;
    d.epochs = 1;
    d.device = "cpu";
    const auto demo = demo_init(d, {});
    auto p = Project::open(d.project_dir);
    auto &lin = p->lineage();
    const auto store = TensorStore::load(*p);
    const auto forget_ids = lin.record_ids_of_subject(lin.subject_id(demo.request_subject, false));
    AuditOptions o;
    o.model_id = demo.models[0].model_id;
    o.forget_ids = forget_ids;
    o.device = "cpu";
    audit_model(*p, o, {}, &store); // warm-up
    const int reps = 3;
    auto t0 = Clock::now();
    AuditResult r;
    for (int i = 0; i < reps; ++i) r = audit_model(*p, o, {}, &store);
    const double audit_s = secs(t0) / reps;
    // One forward pass over exactly the records the audit saw.
    std::vector<int64_t> ids = forget_ids;
    const int64_t n_retain = r.summary["n"]["retain"], n_test = r.summary["n"]["test"];
    std::vector<int64_t> train_ids, test_ids;
    for (const auto &rec : lin.records("train")) train_ids.push_back(rec.id);
    for (const auto &rec : lin.records("test")) test_ids.push_back(rec.id);
    ids.insert(ids.end(), train_ids.begin(), train_ids.begin() + n_retain);
    ids.insert(ids.end(), test_ids.begin(), test_ids.begin() + n_test);
    auto m = load_model(*p, o.model_id, torch::kCPU);
    t0 = Clock::now();
    for (int i = 0; i < reps; ++i) predict(m, store, ids, torch::kCPU, {});
    const double fwd_s = secs(t0) / reps;
    std::printf("audit of %zu records: %.3f s; one forward pass: %.3f s; ratio %.2f (target <= 1.5)\n", ids.size(),
                audit_s, fwd_s, audit_s / fwd_s);
    std::printf("{\"bench\":\"audit\",\"records\":%zu,\"audit_s\":%.4f,\"forward_s\":%.4f,\"ratio\":%.3f}\n",
                ids.size(), audit_s, fwd_s, audit_s / fwd_s);
    fs::remove_all(d.project_dir);
    return 0;
}

// GFLOP/s of float n x n GEMM (torch::mm: the BLAS Debian's LibTorch
// calls), over at least 2 s and 3 products after a warm-up.
double gemm_gflops(int64_t n) {
    torch::manual_seed(1);
    auto a = torch::randn({n, n}), b = torch::randn({n, n});
    auto c = torch::mm(a, b); // warm-up
    int reps = 0;
    const auto t0 = Clock::now();
    while (secs(t0) < 2.0 || reps < 3) {
        c = torch::mm(a, b);
        ++reps;
    }
    return 2.0 * double(n) * double(n) * double(n) / (secs(t0) / reps) / 1e9;
}

// Samples per second of SGD steps (lr 0.05, momentum 0.9) of net on one
// batch, after warm-up steps.
double sgd_samples_per_s(torch::nn::Sequential &net, const torch::Tensor &x, const torch::Tensor &y, int warm,
                         int steps) {
    torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));
    auto step = [&] {
        opt.zero_grad();
        auto loss = torch::nn::functional::cross_entropy(net->forward(x), y);
        loss.backward();
        opt.step();
    };
    for (int i = 0; i < warm; ++i) step();
    const auto t1 = Clock::now();
    for (int i = 0; i < steps; ++i) step();
    return double(steps) * double(x.size(0)) / secs(t1);
}

} // namespace

// The BLAS torch calls for float GEMM (Debian's LibTorch: the libblas.so.3
// alternative): 1024 x 1024 matrix products, then SGD steps of the demo's
// MLP (784-128-10, batch 128) on random data. One JSON line.
int bench_blas(int steps) {
    const int64_t n = 1024;
    const double gflops = gemm_gflops(n);
    ModelSpec spec;
    spec.arch = "mlp";
    spec.input_shape = {1, 28, 28};
    auto net = make_net(spec);
    auto x = torch::randn({128, 1, 28, 28});
    auto y = torch::randint(0, 10, {128}, torch::kLong);
    const double mlp_per_s = sgd_samples_per_s(net, x, y, 5, steps);
    std::printf("{\"bench\":\"blas\",\"threads\":%d,\"gemm_n\":%lld,\"gemm_gflops\":%.2f,\"mlp_steps\":%d,"
                "\"mlp_samples_per_s\":%.0f}\n",
                torch::get_num_threads(), (long long)n, gflops, steps, mlp_per_s);
    return 0;
}

// Reference-pool throughput (issue 11): the demo CNN's SGD steps (batch 128,
// 28 x 28) in the default layout and in channels-last, in one process, with
// the FLOP/s each achieves against a GEMM measured here (the machine's
// physical limit for dense arithmetic). FLOPs per sample counted from the
// layers: forward multiply-adds x 2, training = 3 x forward (the backward
// pass computes the input and the weight gradients).
int bench_cnn_layout(int steps) {
    const double gemm = gemm_gflops(1024);
    const double macs = 16.0 * 24 * 24 * 25 + 32.0 * 8 * 8 * 16 * 25 + 512.0 * 10; // conv1, conv2, linear
    const double train_flops = 3 * 2 * macs;
    ModelSpec spec;
    spec.arch = "cnn";
    spec.input_shape = {1, 28, 28};
    auto run = [&](bool channels_last) {
        torch::manual_seed(2);
        auto net = make_net(spec);
        if (channels_last)
            for (auto &p : net->parameters())
                if (p.dim() == 4) p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
        auto x = torch::rand({128, 1, 28, 28});
        if (channels_last) x = x.contiguous(at::MemoryFormat::ChannelsLast);
        const auto y = torch::randint(0, 10, {128}, torch::kLong);
        return sgd_samples_per_s(net, x, y, 10, steps);
    };
    const double contiguous = run(false), last = run(true), contiguous2 = run(false);
    const double base = std::max(contiguous, contiguous2); // the better of two, so the ratio is not flattered
    std::printf("{\"bench\":\"cnn_layout\",\"threads\":%d,\"gemm_gflops\":%.2f,\"train_mflop_per_sample\":%.2f,"
                "\"contiguous_samples_per_s\":%.0f,\"channels_last_samples_per_s\":%.0f,\"channels_last_speedup\":%.2f,"
                "\"contiguous_gflops\":%.2f,\"channels_last_gflops\":%.2f,\"contiguous_share_of_gemm\":%.2f}\n",
                torch::get_num_threads(), gemm, train_flops / 1e6, base, last, last / base, base * train_flops / 1e9,
                last * train_flops / 1e9, base * train_flops / 1e9 / gemm);
    return 0;
}

int main(int argc, char **argv) {
    tune_memory_allocator();
    const std::string what = argc > 1 ? argv[1] : "";
    const int64_t subset = arg(argc, argv, "--subset", 0);
    try {
        if (what == "sisa") return bench_sisa(subset, int(arg(argc, argv, "--trials", 5)));
        if (what == "curve") return bench_curve(subset);
        if (what == "train-speed") return bench_train_speed(subset ? subset : 10000);
        if (what == "audit") return bench_audit(subset);
        if (what == "blas") return bench_blas(int(arg(argc, argv, "--steps", 300)));
        if (what == "cnn-layout") {
            set_compute_threads(int(arg(argc, argv, "--threads", 0)));
            return bench_cnn_layout(int(arg(argc, argv, "--steps", 200)));
        }
    } catch (const std::exception &e) {
        std::cerr << "bench_engine: " << e.what() << "\n";
        return 3;
    }
    std::cerr
        << "usage: bench_engine sisa|curve|train-speed|audit|blas|cnn-layout [--subset N] [--trials T] [--steps S]\n";
    return 1;
}
