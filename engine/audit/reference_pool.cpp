#include "audit/reference_pool.h"

#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "data/tensor_store.h"
#include "lineage/lineage.h"
#include "model/net.h"
#include "model/spec.h"
#include "project/project.h"
#include "train/config.h"
#include "train/sisa_trainer.h"

namespace lethe {

using nlohmann::json;

json ReferencePoolResult::to_json() const {
    return {{"pool_id", pool_id}, {"k", k}, {"trained_now", trained_now}, {"reused", reused},
            {"seconds", seconds}, {"seconds_per_model", seconds_per_model}, {"complete", complete}};
}

namespace {

// The config keys that must agree for a pool to stand in for a target's training.
// Only what shapes the learned function counts: not seed, device, update
// logging or the unlearning method recorded beside a config.
json comparable_config(const json &cfg) {
    const json full = TrainConfig::from_json(cfg.is_object() ? cfg : json::object()).to_json();
    json c = json::object();
    for (const char *k : {"arch", "shards", "slices", "epochs", "batch_size", "lr", "momentum", "weight_decay", "hidden",
                          "shard_policy", "aggregation"})
        if (full.contains(k)) c[k] = full[k];
    return c;
}

int64_t default_target_model(Lineage &lin) {
    int64_t best = 0;
    for (const auto &m : lin.models())
        if (m.state == "live" && m.origin == "trained" && m.run_id && m.kind != "shard") best = m.id;
    if (!best) bad_input(lin.path() + ": no live trained model to copy the training config from; train one first");
    return best;
}

std::string scores_bytes(const std::vector<double> &log_p, const std::vector<double> &phi) {
    std::string b(log_p.size() * 2 * sizeof(double), '\0');
    for (size_t i = 0; i < log_p.size(); ++i) {
        std::memcpy(&b[(2 * i) * sizeof(double)], &log_p[i], sizeof(double));
        std::memcpy(&b[(2 * i + 1) * sizeof(double)], &phi[i], sizeof(double));
    }
    return b;
}

} // namespace

ReferencePoolResult build_reference_pool(Project &project, const ReferencePoolOptions &o, const RunControl &rc,
                                         const TensorStore *store) {
    const auto t0 = std::chrono::steady_clock::now();
    if (o.k < 2 || o.k > 256) usage_error("--k " + std::to_string(o.k) + ": the pool needs 2 to 256 reference models");
    if (o.k % 2) usage_error("--k " + std::to_string(o.k) + ": K must be even (each record is IN for exactly K/2 models)");
    auto &lin = project.lineage();
    const auto device = pick_device(o.device);
    const int64_t target_id = o.model_id ? *o.model_id : default_target_model(lin);
    const ModelRow target = lin.model(target_id);
    if (!target.run_id) bad_input("model " + std::to_string(target_id) + " has no training run to copy");
    TrainConfig cfg = TrainConfig::from_json(lin.run(*target.run_id).config);
    cfg.device = o.device;
    ModelSpec spec = ModelSpec::from_json(target.spec);
    resolve_script(spec, project);

    // The universe: every record, by id; units by subject.
    const auto records = lin.records();
    if (records.empty()) bad_input(project.root() + ": the project has no records");
    std::vector<int64_t> ids;
    for (const auto &r : records) ids.push_back(r.id);
    const std::string universe_hash = record_set_hash(ids);

    json pool_cfg = cfg.to_json();
    std::optional<ReferencePoolRow> pool;
    for (const auto &p : reference_pools(lin))
        if (p.k == o.k && uint64_t(p.seed) == o.seed && p.universe_sha256 == universe_hash &&
            comparable_config(p.config) == comparable_config(pool_cfg))
            pool = p;
    if (!pool) {
        // Balanced halves by unit: each unit IN for exactly K/2 models.
        std::map<std::string, std::vector<size_t>> units; // ordered: deterministic
        for (size_t i = 0; i < records.size(); ++i)
            units[records[i].subject_id ? "s" + std::to_string(*records[i].subject_id)
                                        : "r" + std::to_string(records[i].id)]
                .push_back(i);
        std::vector<std::string> masks(records.size());
        std::mt19937_64 rng(mix_seed(o.seed, 0x9001, 0));
        std::vector<int> order(size_t(o.k));
        for (const auto &[key, members] : units) {
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            std::string mask(size_t(o.k), '0');
            for (int j = 0; j < o.k / 2; ++j) mask[size_t(order[size_t(j)])] = '1';
            for (size_t i : members) masks[i] = mask;
        }
        ReferencePoolRow row;
        row.k = o.k;
        row.seed = int64_t(o.seed);
        row.config = pool_cfg;
        row.universe_sha256 = universe_hash;
        row.n_universe = int64_t(ids.size());
        row.state = "building";
        std::vector<std::pair<int64_t, std::string>> rm;
        for (size_t i = 0; i < ids.size(); ++i) rm.emplace_back(ids[i], masks[i]);
        auto tx = lin.begin();
        row.id = insert_reference_pool(lin, row);
        insert_reference_membership(lin, row.id, rm);
        lin.append_log("lethe", "reference_pool.created",
                       {{"pool_id", row.id}, {"k", o.k}, {"seed", o.seed}, {"universe_sha256", universe_hash},
                        {"n_universe", ids.size()}, {"target_model_id", target_id}, {"config", pool_cfg}});
        tx->commit();
        pool = reference_pool(lin, row.id);
    }

    ReferencePoolResult res;
    res.pool_id = pool->id;
    res.k = pool->k;
    const auto done_rows = reference_models(lin, pool->id);
    std::vector<bool> done(size_t(pool->k), false);
    for (const auto &m : done_rows) done[size_t(m.idx)] = true;
    res.reused = int(done_rows.size());
    if (res.reused == pool->k) {
        res.complete = true;
        res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return res;
    }

    std::optional<TensorStore> own;
    if (!store) {
        own = TensorStore::load(project, rc);
        store = &*own;
    }
    const auto membership = reference_membership(lin, pool->id);
    if (membership.size() != records.size())
        bad_input(lin.path() + ": reference pool " + std::to_string(pool->id) +
                  " does not cover the project's records; build a new pool");
    std::unordered_map<int64_t, std::optional<int64_t>> subject_of;
    std::unordered_map<int64_t, std::string> split_of;
    for (const auto &r : records) {
        subject_of[r.id] = r.subject_id;
        split_of[r.id] = r.split;
    }
    const int todo = pool->k - res.reused;
    int trained = 0;
    double train_seconds = 0;
    for (int k = 0; k < pool->k; ++k) {
        if (done[size_t(k)]) continue;
        rc.check_cancel();
        const auto tk = std::chrono::steady_clock::now();
        const RunControl part = rc.part(double(trained) / todo, double(trained + 1) / todo);
        std::vector<RecordOwner> owners;
        for (const auto &[rid, mask] : membership)
            if (mask[size_t(k)] == '1') owners.push_back({rid, subject_of[rid]});
        TrainConfig ck = cfg;
        ck.seed = mix_seed(uint64_t(pool->seed), uint64_t(k) + 1, 0x4ef);
        const auto placements = plan_placements(owners, ck.shards, ck.slices, ck.shard_policy, ck.seed);
        std::vector<ShardPlan> plans;
        for (int s = 0; s < ck.shards; ++s) plans.push_back({s, 0, {}, {}});
        const std::string dir = "references/pool" + std::to_string(pool->id) + "/m" + std::to_string(k);
        const auto out = train_shards(project, *store, spec, ck, placements, plans, dir, device,
                                      part.part(0.0, 0.9));
        // Keep each shard's last stage (the shard model); earlier stages are not needed.
        json files = json::array();
        std::vector<torch::nn::Sequential> nets;
        for (const auto &c : out.checkpoints) {
            if (c.stage == ck.slices - 1) {
                files.push_back({{"shard", c.shard}, {"path", c.path}, {"sha256", c.sha256}});
                auto net = load_net(spec, project.resolve(c.path), c.sha256);
                net->to(device);
                net->eval();
                nets.push_back(net);
            } else {
                std::filesystem::remove(project.resolve(c.path));
            }
        }
        // Score the whole universe once: mean softmax over the shard models.
        std::vector<double> log_p(ids.size()), phi(ids.size());
        int64_t test_ok = 0, test_n = 0;
        {
            torch::InferenceMode guard;
            const auto rows = store->rows(ids);
            const int64_t n = int64_t(ids.size()), bs = 2048;
            for (int64_t b = 0; b < n; b += bs) {
                part.check_cancel();
                const auto r = rows.slice(0, b, std::min(n, b + bs));
                const auto x = store->features(r, device);
                const auto y = store->labels(r, torch::kCPU);
                std::vector<torch::Tensor> lps;
                for (auto &net : nets) lps.push_back(torch::log_softmax(net->forward(x).to(torch::kFloat64), 1));
                auto lp = (lps.size() == 1 ? lps[0] : torch::logsumexp(torch::stack(lps), 0) - std::log(double(lps.size())))
                              .cpu()
                              .contiguous();
                const int64_t C = lp.size(1);
                const auto *p = lp.data_ptr<double>();
                const auto *ys = y.data_ptr<int64_t>();
                for (int64_t i = 0; i < r.size(0); ++i) {
                    const double *row = p + i * C;
                    const int64_t yi = ys[i];
                    double m = -std::numeric_limits<double>::infinity();
                    int64_t best = 0;
                    for (int64_t c = 0; c < C; ++c) {
                        if (c != yi) m = std::max(m, row[c]);
                        if (row[c] > row[best]) best = c;
                    }
                    double acc = 0;
                    for (int64_t c = 0; c < C; ++c)
                        if (c != yi) acc += std::exp(row[c] - m);
                    const size_t pos = size_t(b + i);
                    log_p[pos] = row[yi];
                    phi[pos] = row[yi] - (m + std::log(acc));
                    if (split_of[ids[pos]] == "test" && membership[pos].second[size_t(k)] == '0') {
                        ++test_n;
                        test_ok += best == yi;
                    }
                }
                part.report({"scoring reference model " + std::to_string(k + 1), b, n, 0.9 + 0.1 * double(b) / double(n)});
            }
        }
        ReferenceModelRow row;
        row.pool_id = pool->id;
        row.idx = k;
        row.seed = int64_t(ck.seed);
        row.n_in = int64_t(owners.size());
        row.files = files;
        row.scores_path = dir + "/scores.f64";
        row.scores_sha256 = write_file_atomic(project.resolve(row.scores_path), scores_bytes(log_p, phi));
        row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - tk).count();
        if (test_n) row.test_accuracy = double(test_ok) / double(test_n);
        train_seconds += row.seconds;
        auto tx = lin.begin();
        insert_reference_model(lin, row);
        lin.append_log("lethe", "reference_model.trained",
                       {{"pool_id", pool->id}, {"idx", k}, {"seed", ck.seed}, {"n_in", row.n_in}, {"files", files},
                        {"scores_sha256", row.scores_sha256}, {"seconds", row.seconds}});
        tx->commit();
        ++trained;
    }
    {
        auto tx = lin.begin();
        set_reference_pool_state(lin, pool->id, "complete");
        lin.append_log("lethe", "reference_pool.complete", {{"pool_id", pool->id}, {"k", pool->k}});
        tx->commit();
    }
    res.trained_now = trained;
    res.complete = true;
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    res.seconds_per_model = trained ? train_seconds / trained : 0;
    return res;
}

std::optional<PoolScores> load_pool_scores(Project &project, std::optional<int64_t> pool_id, const json &target_config) {
    auto &lin = project.lineage();
    std::optional<ReferencePoolRow> pool;
    bool matches = false;
    if (pool_id) {
        pool = reference_pool(lin, *pool_id);
        if (pool->state != "complete")
            bad_input("reference pool " + std::to_string(*pool_id) + " is not complete; run lethe references build");
        matches = comparable_config(pool->config) == comparable_config(target_config);
    } else {
        for (const auto &p : reference_pools(lin))
            if (p.state == "complete" && comparable_config(p.config) == comparable_config(target_config)) pool = p;
        matches = bool(pool);
    }
    if (!pool) return std::nullopt;
    PoolScores ps;
    ps.pool = *pool;
    ps.config_matches_target = matches;
    ps.models = reference_models(lin, pool->id);
    if (int(ps.models.size()) != pool->k) bad_input("reference pool " + std::to_string(pool->id) + " lacks models");
    const auto membership = reference_membership(lin, pool->id);
    for (size_t i = 0; i < membership.size(); ++i) {
        ps.position[membership[i].first] = i;
        ps.masks.push_back(membership[i].second);
    }
    for (const auto &m : ps.models) {
        const std::string path = project.resolve(m.scores_path);
        const std::string bytes = read_file(path);
        if (sha256_hex(bytes) != m.scores_sha256)
            bad_input(path + ": reference scores changed since they were recorded (SHA-256 does not match)");
        if (bytes.size() != membership.size() * 2 * sizeof(double))
            bad_input(path + ": reference scores have the wrong size for pool " + std::to_string(pool->id));
        std::vector<double> lp(membership.size()), ph(membership.size());
        for (size_t i = 0; i < membership.size(); ++i) {
            std::memcpy(&lp[i], &bytes[(2 * i) * sizeof(double)], sizeof(double));
            std::memcpy(&ph[i], &bytes[(2 * i + 1) * sizeof(double)], sizeof(double));
        }
        ps.log_p.push_back(std::move(lp));
        ps.phi.push_back(std::move(ph));
    }
    return ps;
}

json reference_pools_json(Project &project) {
    auto &lin = project.lineage();
    json arr = json::array();
    for (const auto &p : reference_pools(lin)) {
        const auto ms = reference_models(lin, p.id);
        double secs = 0;
        json hashes = json::array();
        for (const auto &m : ms) {
            secs += m.seconds;
            hashes.push_back(m.scores_sha256);
        }
        arr.push_back({{"id", p.id}, {"k", p.k}, {"seed", p.seed}, {"state", p.state}, {"models_done", ms.size()},
                       {"config", p.config}, {"created_at", p.created_at}, {"n_universe", p.n_universe},
                       {"training_seconds", secs}, {"scores_sha256", hashes}});
    }
    return arr;
}

} // namespace lethe
