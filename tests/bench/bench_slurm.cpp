// Issue 14 benchmark: a reference pool built by the Slurm executor against
// the local one on the same machine, in one run. A one-node cluster
// (tests/slurm_cluster.h) on localhost; the demo subset's SISA CNN (the
// demo's config) copied into two projects; K reference models built locally
// in one and on Slurm in the other. Prints the wall-time ratio, the pools'
// equality, the measured seconds per unit, and the wall time projected for
// K=64 on N nodes of C cores from them.
// usage: bench_slurm [--subset N] [--k K]
#include <QCoreApplication>
#include <QTemporaryDir>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include "../slurm_cluster.h"
#include "audit/reference_pool.h"
#include "jobs/executor.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "model/threads.h"

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
std::string pool_digest(const std::string &project) {
    auto p = Project::open(project);
    std::string s;
    for (const auto &m : reference_models(p->lineage(), 1)) s += m.scores_sha256;
    return s;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    tune_memory_allocator(); // as the lethe CLI the tasks run does: the same allocator on both sides
    const int64_t subset = arg(argc, argv, "--subset", 3000);
    const int k = int(arg(argc, argv, "--k", 8));
    QTemporaryDir tmp(QStringLiteral("/tmp/lethe-bench-slurm-XXXXXX"));
    test::Cluster cluster;
    cluster.dir = tmp.filePath(QStringLiteral("cluster")).toStdString();
    QString why;
    if (!cluster.start(&why)) {
        std::fprintf(stderr, "bench_slurm: the cluster did not start: %s\n", qPrintable(why));
        return 1;
    }
    DemoOptions d;
    d.project_dir = tmp.filePath(QStringLiteral("local")).toStdString();
    d.subset = subset;
    d.device = "cpu";
    demo_init(d, {});
    const std::string other = tmp.filePath(QStringLiteral("slurm")).toStdString();
    fs::copy(d.project_dir, other, fs::copy_options::recursive);

    ReferencePoolOptions o;
    o.k = k;
    o.device = "cpu";
    auto t0 = Clock::now();
    ReferencePoolResult local;
    {
        auto p = Project::open(d.project_dir);
        local = build_reference_pool(*p, o, {});
    }
    const double t_local = secs(t0);
    t0 = Clock::now();
    ReferencePoolResult slurm;
    {
        auto p = Project::open(other);
        ExecutorChoice c;
        c.name = "slurm";
        c.given = {{"mem", "1G"}, {"poll_seconds", 0.5}, {"lethe", LETHE_CLI_PATH}}; // the tasks run the CLI
        auto ex = project_executor(*p, c);
        o.executor = ex.get();
        slurm = build_reference_pool(*p, o, {});
    }
    const double t_slurm = secs(t0);
    cluster.stop();
    const bool same = pool_digest(d.project_dir) == pool_digest(other);
    const double per_unit = local.seconds_per_model;
    std::printf("reference pool K=%d on the demo subset %lld (CPU, %d torch threads per unit)\n", k,
                static_cast<long long>(subset), compute_threads());
    std::printf("  local:  %.1f s wall (%.1f s per model)\n", t_local, per_unit);
    std::printf("  slurm:  %.1f s wall on a one-node cluster of this machine (%.1f s per model in the tasks)\n",
                t_slurm, slurm.seconds_per_model);
    std::printf("  overhead ratio slurm/local: %.2f; pools bit-identical: %s\n", t_slurm / t_local,
                same ? "yes" : "NO");
    std::printf("  projected wall time for K=64 (one model per node at a time, %.1f s each, plus the measured "
                "overhead per wave):\n",
                per_unit);
    const double wave_overhead = std::max(0.0, (t_slurm - t_local) / std::max(1, k));
    for (int nodes : {1, 4, 16, 64}) {
        const int waves = (64 + nodes - 1) / nodes;
        std::printf("    %2d node(s): %.0f s\n", nodes, waves * (per_unit + wave_overhead));
    }
    return same ? 0 : 1;
}
