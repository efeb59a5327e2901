// Issue 5 benchmark, ratios measured in one run on the demo data:
//   audit (all statistics, threshold attacks, bootstrap intervals, SVC)
//   against one forward pass over the same records (DESIGN section 8: <= 1.5x),
//   the audit with a reference pool, and the pool's cost against K trainings
//   of the target's config.
// usage: bench_audit_pool [--subset N] [--k K]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <torch/torch.h>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "data/tensor_store.h"
#include "jobs/operations.h"
#include "model/inference.h"
#include "project/project.h"

using namespace lethe;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
double secs(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }
int64_t arg(int argc, char **argv, const std::string &name, int64_t def) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return std::stoll(argv[i + 1]);
    return def;
}
} // namespace

int main(int argc, char **argv) {
    const int64_t subset = arg(argc, argv, "--subset", 3000);
    const int k = int(arg(argc, argv, "--k", 4));
    DemoOptions d;
    d.project_dir = (fs::temp_directory_path() / ("lethe-bench-pool-" + std::to_string(::getpid()))).string();
    d.subset = subset;
    d.shards = 1;
    d.slices = 1;
    d.epochs = 1;
    d.device = "cpu";
    fs::remove_all(d.project_dir);
    const auto demo = demo_init(d, {});
    auto p = Project::open(d.project_dir);
    auto &lin = p->lineage();
    const auto store = TensorStore::load(*p);
    const double train_s = demo.models[0].seconds;
    AuditOptions o;
    o.model_id = demo.models[0].model_id;
    o.forget_ids = lin.record_ids_of_subject(lin.subject_id(demo.request_subject, false));
    o.device = "cpu";
    audit_model(*p, o, {}, &store); // warm-up
    auto t0 = Clock::now();
    const auto r = audit_model(*p, o, {}, &store);
    const double audit_s = secs(t0);
    std::vector<int64_t> ids = o.forget_ids, train_ids, test_ids;
    for (const auto &rec : lin.records("train")) train_ids.push_back(rec.id);
    for (const auto &rec : lin.records("test")) test_ids.push_back(rec.id);
    ids.insert(ids.end(), train_ids.begin(), train_ids.begin() + r.summary["n"]["retain"].get<int64_t>());
    ids.insert(ids.end(), test_ids.begin(), test_ids.end());
    auto m = load_model(*p, o.model_id, torch::kCPU);
    predict(m, store, ids, torch::kCPU, {});
    t0 = Clock::now();
    predict(m, store, ids, torch::kCPU, {});
    const double fwd_s = secs(t0);

    ReferencePoolOptions po;
    po.k = k;
    po.device = "cpu";
    t0 = Clock::now();
    const auto pool = build_reference_pool(*p, po, {}, &store);
    const double pool_s = secs(t0);
    t0 = Clock::now();
    audit_model(*p, o, {}, &store);
    const double audit_pool_s = secs(t0);
    std::printf("audit of %zu records: %.3f s; one forward pass %.3f s; ratio %.2f (target <= 1.5)\n", ids.size(),
                audit_s, fwd_s, audit_s / fwd_s);
    std::printf("audit with a %d-model pool: %.3f s (ratio to one forward pass %.2f)\n", k, audit_pool_s,
                audit_pool_s / fwd_s);
    std::printf("pool of %d: %.1f s; one training of the target %.1f s; pool / (K x training) %.2f\n", k, pool_s,
                train_s, pool_s / (k * train_s));
    std::printf(
        "{\"bench\":\"audit_pool\",\"records\":%zu,\"audit_s\":%.4f,\"forward_s\":%.4f,\"audit_ratio\":%.3f,"
        "\"audit_pool_s\":%.4f,\"k\":%d,\"pool_s\":%.3f,\"train_s\":%.3f,\"pool_ratio\":%.3f,\"pool_id\":%lld}\n",
        ids.size(), audit_s, fwd_s, audit_s / fwd_s, audit_pool_s, k, pool_s, train_s, pool_s / (k * train_s),
        (long long)pool.pool_id);
    fs::remove_all(d.project_dir);
    return 0;
}
