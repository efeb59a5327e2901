#include "audit/reference_pool.h"

#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/executor.h"
#include "core/hash.h"
#include "core/work_unit.h"
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
    return {{"pool_id", pool_id},
            {"k", k},
            {"trained_now", trained_now},
            {"reused", reused},
            {"seconds", seconds},
            {"seconds_per_model", seconds_per_model},
            {"complete", complete},
            {"erased_records", erased_records},
            {"purged_before_rebuild", purged_before_rebuild},
            {"executor", executor},
            {"retried", retried},
            {"refused", refused}};
}

namespace {

// The config keys that must agree for a pool to stand in for a target's training.
// Only what shapes the learned function counts: not seed, device, update
// logging or the unlearning method recorded beside a config.
json comparable_config(const json &cfg) {
    const json full = TrainConfig::from_json(cfg.is_object() ? cfg : json::object()).to_json();
    json c = json::object();
    for (const char *k : {"arch", "shards", "slices", "epochs", "batch_size", "lr", "momentum", "weight_decay",
                          "hidden", "shard_policy", "aggregation"})
        if (full.contains(k)) c[k] = full[k];
    return c;
}

// The newest live trained model; after an erasure purged it, the newest live
// model of any origin with a training run (the unlearned or retrained
// version carries the same config), so a rebuild needs no --model.
int64_t default_target_model(Lineage &lin) {
    int64_t best = 0, any = 0;
    for (const auto &m : lin.models())
        if (m.state == ArtifactState::Live && m.run_id && m.kind != ModelKind::Shard) {
            any = m.id;
            if (m.origin == ModelOrigin::Trained) best = m.id;
        }
    if (!best) best = any;
    if (!best)
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: no live trained model to copy the training config from; train one first"),
            lin.path()));
    return best;
}

std::string model_dir(int64_t pool_id, int idx, int gen) { return reference_model_dir(pool_id, idx, gen); }

// Why a pool cannot stand in for retraining now; empty when it can.
// all: every row of the pool, purged ones included.
// Erasing jobs that deferred their pool purge to a later job of their case
// (ForgetOptions::purge_reference_models false): job -> its request.
struct Deferrals {
    std::map<int64_t, std::optional<int64_t>> request_of;
    std::optional<int64_t> audit_job, audit_request;
    // A live model trained on a record this job erased may still serve this audit.
    bool excuses(int64_t erasing_job) const {
        const auto d = request_of.find(erasing_job);
        if (d == request_of.end() || !audit_job) return false;
        return erasing_job == *audit_job || (d->second && d->second == audit_request);
    }
};

Deferrals deferrals(Lineage &lin, const std::map<int64_t, int64_t> &erased, std::optional<int64_t> audit_job) {
    Deferrals d;
    std::set<int64_t> jobs;
    for (const auto &[rid, job] : erased) jobs.insert(job);
    for (auto j : jobs) {
        const auto row = lin.job(j);
        if (row.params.is_object() && !row.params.value("purge_reference_models", true))
            d.request_of[j] = row.request_id;
    }
    d.audit_job = audit_job;
    if (audit_job) d.audit_request = lin.job(*audit_job).request_id;
    return d;
}

// Why the pool cannot serve an audit; an empty Message when it can.
Message unusable_reason(const ReferencePoolRow &p, const std::vector<ReferenceModelRow> &all,
                        std::optional<int64_t> job_id, const std::vector<std::pair<int64_t, std::string>> &membership,
                        const std::map<int64_t, int64_t> &erased, const Deferrals &deferred) {
    const std::string rebuild =
        "lethe references build --k " + std::to_string(p.k) + " --seed " + std::to_string(p.seed);
    std::set<int> usable, lost;
    std::set<int64_t> jobs;
    for (const auto &m : all)
        if (m.state == ArtifactState::Live || (m.state == ArtifactState::Purging && job_id && m.purge_job_id == job_id))
            usable.insert(m.idx);
    for (const auto &m : all)
        if (!usable.count(m.idx) && m.state != ArtifactState::Live) {
            lost.insert(m.idx);
            if (m.purge_job_id) jobs.insert(*m.purge_job_id);
        }
    if (!lost.empty()) {
        std::string j;
        for (auto id : jobs) j += (j.empty() ? "" : ", ") + std::to_string(id);
        return jobs.size() == 1
                   ? msg(QT_TRANSLATE_NOOP("Engine", "reference pool %1 lost %2 of %3 models to erasure job %4 (they "
                                                     "trained on erased records); rebuild with: %5"),
                         p.id, lost.size(), p.k, j, rebuild)
                   : msg(QT_TRANSLATE_NOOP("Engine", "reference pool %1 lost %2 of %3 models to erasure jobs %4 "
                                                     "(they trained on erased records); rebuild with: %5"),
                         p.id, lost.size(), p.k, j, rebuild);
    }
    if (int(usable.size()) < p.k)
        return msg(QT_TRANSLATE_NOOP("Engine", "reference pool %1 is not complete (%2 of %3 models); rebuild with: %4"),
                   p.id, usable.size(), p.k, rebuild);
    // A live model trained on an erased record: an erasure from before
    // erasures purged reference models (schema < 4), or one whose job deferred
    // the purge to a later job of its case (only that case's audits may still
    // use the model).
    for (const auto &[rid, mask] : membership) {
        const auto e = erased.find(rid);
        if (e == erased.end() || mask.find('1') == std::string::npos) continue;
        if (deferred.excuses(e->second)) continue;
        for (size_t k = 0; k < mask.size(); ++k)
            if (mask[k] == '1')
                for (const auto &m : all)
                    if (m.idx == int(k) && m.state == ArtifactState::Live)
                        return deferred.request_of.count(e->second)
                                   ? msg(QT_TRANSLATE_NOOP("Engine",
                                                           "reference pool %1 model %2 trained on record %3, erased "
                                                           "by job %4, which left the purge to a later job of its "
                                                           "case that has not run; rebuild with: %5"),
                                         p.id, k, rid, e->second, rebuild)
                                   : msg(QT_TRANSLATE_NOOP("Engine",
                                                           "reference pool %1 model %2 trained on record %3, erased "
                                                           "by job %4 before erasures purged reference models; "
                                                           "rebuild with: %5"),
                                         p.id, k, rid, e->second, rebuild);
    }
    return {};
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

namespace {

// The pool's universe: every record of the project, by id, and the records
// erased so far (record -> erasing job). Erased records stay in the universe
// (an audit of a forget set needs their OUT scores) but are OUT for every
// model trained from now on.
struct Universe {
    std::vector<RecordRow> records;
    std::vector<int64_t> ids;
    std::string hash;
    std::map<int64_t, int64_t> erased;
};

// The pool with this K, seed, universe and training config, made (with
// balanced halves by unit: each unit IN for exactly K/2 models, in nested
// pairs, see nested_halves_mask) when there is none yet.
ReferencePoolRow find_or_create_pool(Lineage &lin, const ReferencePoolOptions &o, const Universe &u,
                                     const json &pool_cfg, int64_t target_id) {
    std::optional<ReferencePoolRow> pool;
    for (const auto &p : reference_pools(lin))
        if (p.k == o.k && uint64_t(p.seed) == o.seed && p.universe_sha256 == u.hash &&
            comparable_config(p.config) == comparable_config(pool_cfg))
            pool = p;
    if (pool) return *pool;
    std::map<std::string, std::vector<size_t>> units; // ordered: deterministic
    for (size_t i = 0; i < u.records.size(); ++i)
        units[u.records[i].subject_id ? "s" + std::to_string(*u.records[i].subject_id)
                                      : "r" + std::to_string(u.records[i].id)]
            .push_back(i);
    std::vector<std::string> masks(u.records.size());
    std::mt19937_64 rng(mix_seed(o.seed, 0x9002, 0));
    for (const auto &[key, members] : units) {
        const std::string mask = nested_halves_mask(o.k, rng);
        for (size_t i : members) masks[i] = u.erased.count(u.records[i].id) ? std::string(size_t(o.k), '0') : mask;
    }
    ReferencePoolRow row;
    row.k = o.k;
    row.seed = int64_t(o.seed);
    row.config = pool_cfg;
    row.universe_sha256 = u.hash;
    row.n_universe = int64_t(u.ids.size());
    row.state = PoolState::Building;
    std::vector<std::pair<int64_t, std::string>> rm;
    for (size_t i = 0; i < u.ids.size(); ++i) rm.emplace_back(u.ids[i], masks[i]);
    auto tx = lin.begin();
    row.id = insert_reference_pool(lin, row);
    insert_reference_membership(lin, row.id, rm);
    lin.append_log("lethe", "reference_pool.created",
                   {{"pool_id", row.id},
                    {"k", o.k},
                    {"seed", o.seed},
                    {"universe_sha256", u.hash},
                    {"n_universe", u.ids.size()},
                    {"target_model_id", target_id},
                    {"config", pool_cfg}});
    tx->commit();
    return reference_pool(lin, row.id);
}

// Live slots that trained on an erased record (an erasure from before schema
// v4) are marked for the purge: slot -> the job that erased the record.
std::map<int, int64_t> mark_legacy_purges(Lineage &lin, const ReferencePoolRow &pool, const Universe &u) {
    std::map<int, int64_t> legacy;
    std::map<int, const ReferenceModelRow *> live;
    const auto current = reference_models(lin, pool.id);
    for (const auto &m : current)
        if (m.state == ArtifactState::Live) live[m.idx] = &m;
    for (const auto &[rid, mask] : reference_membership(lin, pool.id)) {
        const auto e = u.erased.find(rid);
        if (e == u.erased.end()) continue;
        for (size_t k = 0; k < mask.size(); ++k)
            if (mask[k] == '1' && live.count(int(k)) && !legacy.count(int(k))) legacy[int(k)] = e->second;
    }
    if (legacy.empty()) return legacy;
    auto tx = lin.begin();
    for (const auto &[k, job] : legacy) {
        set_reference_model_state(lin, *live.at(k), ArtifactState::Purging, job);
        lin.append_log("lethe", "reference_model.purge_decided",
                       {{"pool_id", pool.id},
                        {"idx", k},
                        {"gen", live.at(k)->gen},
                        {"job_id", job},
                        {"reason", "trained on records erased before erasures purged reference models"}});
    }
    set_reference_pool_state(lin, pool.id, PoolState::Building);
    tx->commit();
    return legacy;
}

// Erasure first. A purge left unfinished by a dead job is finished; a live
// model trained on an erased record (an erasure from before schema v4) is
// purged now; then the erased records' masks become all-OUT, so that the
// slots retrained below never see them.
void apply_erasures(Project &project, const ReferencePoolRow &pool, const Universe &u, ReferencePoolResult &res) {
    auto &lin = project.lineage();
    std::set<int64_t> pending;
    for (const auto &m : reference_models(lin, pool.id))
        if (m.state == ArtifactState::Purging && m.purge_job_id && !project.job_alive(*m.purge_job_id))
            pending.insert(*m.purge_job_id);
    for (auto j : pending) complete_reference_purges(project, j);
    std::set<int64_t> jobs;
    for (const auto &[k, job] : mark_legacy_purges(lin, pool, u)) jobs.insert(job);
    for (auto j : jobs) res.purged_before_rebuild += complete_reference_purges(project, j);
    std::vector<std::pair<int64_t, std::string>> out_now;
    for (const auto &[rid, mask] : reference_membership(lin, pool.id))
        if (u.erased.count(rid) && mask.find('1') != std::string::npos)
            out_now.emplace_back(rid, std::string(mask.size(), '0'));
    if (!out_now.empty()) {
        std::vector<int64_t> out_ids;
        for (const auto &[rid, m] : out_now) out_ids.push_back(rid);
        auto tx = lin.begin();
        set_reference_masks(lin, pool.id, out_now);
        lin.append_log(
            "lethe", "reference_pool.erased_out",
            {{"pool_id", pool.id}, {"records", out_ids.size()}, {"records_sha256", record_set_hash(out_ids)}});
        tx->commit();
    }
    for (const auto &[rid, mask] : reference_membership(lin, pool.id)) res.erased_records += u.erased.count(rid);
}

// One reference model's scores on the whole universe: log p_y and the
// logit-scaled confidence under the mean softmax over its shard models, and
// its accuracy on the test records it did not train on.
struct UniverseScores {
    std::vector<double> log_p, phi;
    int64_t test_ok = 0, test_n = 0;
};

UniverseScores score_universe(const TensorStore &store, std::vector<torch::nn::Sequential> &nets,
                              const std::vector<int64_t> &ids, const std::set<int64_t> &in,
                              const std::unordered_map<int64_t, std::string> &split_of, int k,
                              const torch::Device &device, const RunControl &part) {
    UniverseScores s;
    s.log_p.resize(ids.size());
    s.phi.resize(ids.size());
    torch::InferenceMode guard;
    const auto rows = store.rows(ids);
    const int64_t n = int64_t(ids.size()), bs = 2048;
    for (int64_t b = 0; b < n; b += bs) {
        part.check_cancel();
        const auto r = rows.slice(0, b, std::min(n, b + bs));
        const auto x = store.features(r, device);
        const auto y = store.labels(r, torch::kCPU);
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
            s.log_p[pos] = row[yi];
            s.phi[pos] = row[yi] - (m + std::log(acc));
            if (split_of.at(ids[pos]) == "test" && !in.count(ids[pos])) {
                ++s.test_n;
                s.test_ok += best == yi;
            }
        }
        part.report({"scoring reference model " + std::to_string(k + 1), b, n, 0.9 + 0.1 * double(b) / double(n)});
    }
    return s;
}

// A reference model's work unit lives in its staging folder until its
// outputs are committed into the slot's folder (reference_model_dir).
std::string unit_dir(int64_t pool_id, int idx, int gen) {
    return "staging/references/pool" + std::to_string(pool_id) + "/m" + std::to_string(idx) + "-g" +
           std::to_string(gen);
}

// Writes slot k's unit (unit.json and in.ids) into its staging folder;
// returns the unit file. An identical unit already there (a run that
// stopped) is kept, with whatever result it reached.
std::string write_reference_unit(Project &project, const ReferencePoolRow &pool, const TrainConfig &cfg,
                                 const ModelSpec &spec, const std::string &universe_sha256,
                                 const std::vector<std::pair<int64_t, std::string>> &membership, int k, int gen) {
    const std::string dir = unit_dir(pool.id, k, gen);
    std::string ids;
    for (const auto &[rid, mask] : membership)
        if (mask[size_t(k)] == '1') ids += std::to_string(rid) + "\n";
    TrainConfig ck = cfg;
    ck.seed = mix_seed(uint64_t(pool.seed), uint64_t(k) + 1, 0x4ef);
    const json unit = {{"kind", "reference_model"},
                       {"version", 1},
                       {"project", project.root()},
                       {"dir", dir},
                       {"pool_id", pool.id},
                       {"idx", k},
                       {"gen", gen},
                       {"config", ck.to_json()},
                       {"spec", spec.to_json()},
                       {"in_ids", dir + "/in.ids"},
                       {"in_ids_sha256", sha256_hex(ids)},
                       {"universe_sha256", universe_sha256},
                       {"threads", torch::get_num_threads()},
                       {"outputs", {"shard models (sS-rR-*.pt)", "scores.f64", "result.json"}}};
    return write_unit_files(project.resolve(dir), unit, {{"in.ids", ids}}, true);
}

std::optional<json> checked_result(Project &project, const std::string &unit_file, std::string *why) {
    auto r = checked_unit_result(project.root(), unit_file, why);
    if (!r) return r;
    // What the commit takes must be what was checked.
    bool ok = r->contains("files") && r->at("files").is_array() &&
              is_checked_output(*r, r->value("scores_path", ""), r->value("scores_sha256", ""));
    if (ok)
        for (const auto &f : r->at("files"))
            ok = ok && is_checked_output(*r, f.value("path", ""), f.value("sha256", ""));
    if (!ok) {
        *why = unit_file + ": its result names files it does not check; refused";
        return std::nullopt;
    }
    return r;
}

// Moves a unit's checked outputs into the slot's folder and records the
// model (files first, the row after the rename); removes the staging folder.
void commit_reference_unit(Project &project, const ReferencePoolRow &pool, const std::string &unit_file,
                           const json &r) {
    auto &lin = project.lineage();
    const json unit = json::parse(read_file(unit_file));
    const int k = unit.at("idx"), gen = unit.at("gen");
    const std::string dir = model_dir(pool.id, k, gen);
    std::filesystem::create_directories(project.resolve(dir));
    auto move_in = [&](const std::string &from) {
        const std::string to = dir + "/" + std::filesystem::path(from).filename().string();
        std::filesystem::rename(project.resolve(from), project.resolve(to));
        return to;
    };
    json files = json::array();
    for (const auto &f : r.at("files"))
        files.push_back({{"shard", f.at("shard")}, {"path", move_in(f.at("path"))}, {"sha256", f.at("sha256")}});
    ReferenceModelRow row;
    row.pool_id = pool.id;
    row.idx = k;
    row.gen = gen;
    row.seed = unit.at("config").at("seed").get<int64_t>();
    row.n_in = r.at("n_in");
    row.files = files;
    row.scores_path = move_in(r.at("scores_path"));
    row.scores_sha256 = r.at("scores_sha256");
    row.seconds = r.at("seconds");
    if (r.at("test_n").get<int64_t>() > 0)
        row.test_accuracy = double(r.at("test_ok").get<int64_t>()) / double(r.at("test_n").get<int64_t>());
    auto tx = lin.begin();
    insert_reference_model(lin, row);
    lin.append_log("lethe", "reference_model.trained",
                   {{"pool_id", pool.id},
                    {"idx", k},
                    {"gen", gen},
                    {"seed", row.seed},
                    {"n_in", row.n_in},
                    {"files", files},
                    {"scores_sha256", row.scores_sha256},
                    {"seconds", row.seconds},
                    {"worker", r.value("host", "")}});
    tx->commit();
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::path(unit_file).parent_path(), ec);
}

void clear_outputs(const std::string &unit_file) { clear_unit_outputs(unit_file); }

// A build's units: run here one after another (each committed as it
// finishes), or on an executor (all committed once the batch ends).
struct UnitBatch {
    Project &project;
    const ReferencePoolRow &pool;
    const std::vector<std::string> &units;
    ReferencePoolResult &res;
    int trained = 0;
    double train_seconds = 0;

    // Commits a unit whose outputs check out; false when they do not.
    bool commit(const std::string &unit) {
        std::string why;
        const auto r = checked_result(project, unit, &why);
        if (!r) return false;
        commit_reference_unit(project, pool, unit, *r);
        train_seconds += r->at("seconds").get<double>();
        ++trained;
        return true;
    }
    // Removes the staging folder of every unit without a good result: no
    // partial file stays; finished units wait for the next build.
    void drop_unfinished() {
        for (const auto &unit : units) {
            std::string why;
            if (std::filesystem::exists(unit) && !checked_result(project, unit, &why)) {
                std::error_code ec;
                std::filesystem::remove_all(std::filesystem::path(unit).parent_path(), ec);
            }
        }
    }
    // Earlier outputs that do not check out are refused (said) and cleared.
    bool needs_run(const std::string &unit) {
        std::string why;
        if (checked_result(project, unit, &why)) return false; // finished by a run that stopped: reused
        if (why != "no result") res.refused.push_back(why);
        clear_outputs(unit);
        return true;
    }

    void run_here(const RunControl &rc, const TensorStore *store) {
        const int todo = int(units.size());
        for (int i = 0; i < todo; ++i) {
            rc.check_cancel();
            if (needs_run(units[size_t(i)])) {
                try {
                    run_reference_unit(project, units[size_t(i)], rc.part(double(i) / todo, double(i + 1) / todo),
                                       store);
                } catch (...) {
                    drop_unfinished();
                    throw;
                }
            }
            if (!commit(units[size_t(i)]))
                internal_error(
                    msg(QT_TRANSLATE_NOOP("Engine", "a reference model's outputs do not check out after training")));
        }
    }

    void run_on(Executor &executor, const RunControl &rc) {
        res.executor = executor.name();
        std::vector<std::string> pending;
        for (const auto &unit : units)
            if (needs_run(unit)) pending.push_back(unit);
        std::vector<UnitOutcome> outcomes;
        try {
            outcomes = executor.run(pending, rc.part(0.0, 0.95));
        } catch (...) {
            drop_unfinished();
            throw;
        }
        std::map<std::string, UnitOutcome> outcome_of;
        for (const auto &oc : outcomes) {
            outcome_of[oc.unit] = oc;
            if (oc.attempts > 1) ++res.retried;
        }
        std::string failures;
        int failed = 0;
        for (const auto &unit : units) {
            if (commit(unit)) continue;
            std::string why;
            checked_result(project, unit, &why);
            const auto it = outcome_of.find(unit);
            failures += "\n  " + std::filesystem::path(unit).parent_path().filename().string() + ": " +
                        (it != outcome_of.end() && !it->second.message.empty() ? it->second.message : why);
            ++failed;
        }
        drop_unfinished();
        if (failed)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1 of %2 reference models failed on %3 (the %4 that finished "
                                                      "are kept; run the build again for the rest):%5"),
                          failed, units.size(), executor.name(), trained, failures));
    }
};

void set_pool_complete(Lineage &lin, const ReferencePoolRow &pool, bool log) {
    auto tx = lin.begin();
    set_reference_pool_state(lin, pool.id, PoolState::Complete);
    if (log) lin.append_log("lethe", "reference_pool.complete", {{"pool_id", pool.id}, {"k", pool.k}});
    tx->commit();
}

} // namespace

json run_reference_unit(Project &project, const std::string &unit_file, const RunControl &rc,
                        const TensorStore *store_in) {
    const auto t0 = std::chrono::steady_clock::now();
    std::string bytes;
    const json unit = read_unit(unit_file, "reference_model", "reference-model", &bytes);
    const std::string dir = unit.at("dir");
    clear_outputs(unit_file); // first: a failure below leaves no earlier result behind
    const int k = unit.at("idx");
    const TrainConfig ck = TrainConfig::from_json(unit.at("config"));
    ModelSpec spec = ModelSpec::from_json(unit.at("spec"));
    resolve_script(spec, project);
    const std::string ids_file = project.resolve(unit.at("in_ids"));
    const std::string ids_bytes = read_file(ids_file);
    if (sha256_hex(ids_bytes) != unit.at("in_ids_sha256").get<std::string>())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: changed since the unit was written (SHA-256 differs)"), ids_file));
    std::set<int64_t> in;
    {
        std::istringstream lines(ids_bytes);
        for (int64_t id = 0; lines >> id;) in.insert(id);
    }
    auto &lin = project.lineage();
    const auto records = lin.records();
    std::vector<int64_t> ids;
    std::unordered_map<int64_t, std::string> split_of;
    std::vector<RecordOwner> owners;
    for (const auto &r : records) {
        ids.push_back(r.id);
        split_of[r.id] = r.split;
        if (in.count(r.id)) owners.push_back({r.id, r.subject_id});
    }
    if (record_set_hash(ids) != unit.at("universe_sha256").get<std::string>())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: its records changed since %2 was written"), project.root(),
                      unit_file));
    if (const int threads = unit.value("threads", 0); threads > 0) torch::set_num_threads(threads);
    const auto device = pick_device(ck.device);
    std::optional<TensorStore> own;
    if (!store_in) own = TensorStore::load(project, rc);
    const TensorStore &store = store_in ? *store_in : *own;
    clear_outputs(unit_file);
    const auto placements = plan_placements(owners, ck.shards, ck.slices, ck.shard_policy, ck.seed);
    std::vector<ShardPlan> plans;
    for (int s = 0; s < ck.shards; ++s) plans.push_back({s, 0, {}, {}});
    const auto out = train_shards(project, store, spec, ck, placements, plans, dir, device, rc.part(0.0, 0.9));
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
    const auto scores = score_universe(store, nets, ids, in, split_of, k, device, rc);
    const std::string scores_path = dir + "/scores.f64";
    const std::string scores_sha =
        write_file_atomic(project.resolve(scores_path), scores_bytes(scores.log_p, scores.phi));
    json outputs = json::array();
    for (const auto &f : files) outputs.push_back({{"path", f.at("path")}, {"sha256", f.at("sha256")}});
    outputs.push_back({{"path", scores_path}, {"sha256", scores_sha}});
    const json r = {{"unit_sha256", sha256_hex(bytes)},
                    {"outputs", outputs},
                    {"files", files},
                    {"scores_path", scores_path},
                    {"scores_sha256", scores_sha},
                    {"n_in", int64_t(owners.size())},
                    {"test_ok", scores.test_ok},
                    {"test_n", scores.test_n},
                    {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()},
                    {"host", worker_host()}};
    // The result last: its presence means every output is in place.
    write_file_atomic(project.resolve(dir + "/result.json"), r.dump(2) + "\n");
    return r;
}

std::string nested_halves_mask(int k, std::mt19937_64 &rng) {
    if (k < 2 || k % 2) internal_error("nested_halves_mask: K must be even and at least 2");
    std::string mask(size_t(k), '0');
    for (int j = 0; j < k / 2; ++j) mask[size_t(2 * j + int(rng() & 1u))] = '1';
    return mask;
}

ReferencePoolResult build_reference_pool(Project &project, const ReferencePoolOptions &o, const RunControl &rc,
                                         const TensorStore *store) {
    const auto t0 = std::chrono::steady_clock::now();
    if (o.k < 2 || o.k > 256)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--k %1: the pool needs 2 to 256 reference models"), o.k));
    if (o.k % 2)
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "--k %1: K must be even (each record is IN for exactly K/2 models)"), o.k));
    auto &lin = project.lineage();
    (void)pick_device(o.device); // a device that is not there: refused before any unit is written
    const int64_t target_id = o.model_id ? *o.model_id : default_target_model(lin);
    const ModelRow target = lin.model(target_id);
    if (!target.run_id) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 has no training run to copy"), target_id));
    TrainConfig cfg = TrainConfig::from_json(lin.run(*target.run_id).config);
    cfg.device = o.device;
    // Reference models are never unlearned from: no update logs (they would be
    // files no row points at, holding per-batch updates of every record).
    cfg.record_updates = false;
    ModelSpec spec = ModelSpec::from_json(target.spec);
    resolve_script(spec, project);

    Universe u;
    u.records = lin.records();
    if (u.records.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the project has no records"), project.root()));
    for (const auto &r : u.records) u.ids.push_back(r.id);
    u.hash = record_set_hash(u.ids);
    for (const auto &[rid, job] : erased_records(lin)) u.erased[rid] = job;
    const ReferencePoolRow pool = find_or_create_pool(lin, o, u, cfg.to_json(), target_id);

    ReferencePoolResult res;
    res.pool_id = pool.id;
    res.k = pool.k;
    apply_erasures(project, pool, u, res);
    std::vector<bool> done(size_t(pool.k), false);
    std::vector<int> next_gen(size_t(pool.k), 0);
    for (const auto &m : reference_models(lin, pool.id, true))
        next_gen[size_t(m.idx)] = std::max(next_gen[size_t(m.idx)], m.gen + 1);
    for (const auto &m : reference_models(lin, pool.id))
        if (m.state == ArtifactState::Live) {
            done[size_t(m.idx)] = true;
            ++res.reused;
        }
    if (res.reused == pool.k) {
        if (pool.state != PoolState::Complete) set_pool_complete(lin, pool, false);
        res.complete = true;
        res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return res;
    }

    // The data, for training here; the executor's workers read their own.
    std::optional<TensorStore> own;
    if (!store && !o.executor) {
        own = TensorStore::load(project, rc);
        store = &*own;
    }
    const auto membership = reference_membership(lin, pool.id);
    if (membership.size() != u.records.size())
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: reference pool %2 does not cover the project's records; build a new pool"),
            lin.path(), pool.id));
    std::vector<std::string> units;
    for (int k = 0; k < pool.k; ++k)
        if (!done[size_t(k)])
            units.push_back(write_reference_unit(project, pool, cfg, spec, u.hash, membership, k, next_gen[size_t(k)]));
    UnitBatch batch{project, pool, units, res};
    if (!o.executor)
        batch.run_here(rc, store);
    else
        batch.run_on(*o.executor, rc);
    // The batch's scripts and task logs go with it; a failed task's log was
    // quoted in the error above and stays.
    tidy_staging(project.root(), std::filesystem::path(project.resolve(unit_dir(pool.id, 0, 0))).parent_path());
    set_pool_complete(lin, pool, true);
    res.trained_now = batch.trained;
    res.complete = true;
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    res.seconds_per_model = batch.trained ? batch.train_seconds / batch.trained : 0;
    return res;
}

std::optional<PoolScores> load_pool_scores(Project &project, std::optional<int64_t> pool_id, const json &target_config,
                                           std::optional<int64_t> job_id, Message *why_none) {
    auto &lin = project.lineage();
    std::map<int64_t, int64_t> erased;
    for (const auto &[rid, job] : erased_records(lin)) erased[rid] = job;
    const Deferrals deferred = deferrals(lin, erased, job_id);
    std::optional<ReferencePoolRow> pool;
    std::vector<std::pair<int64_t, std::string>> membership;
    bool matches = false;
    if (pool_id) {
        pool = reference_pool(lin, *pool_id);
        membership = reference_membership(lin, pool->id);
        const auto why =
            unusable_reason(*pool, reference_models(lin, pool->id, true), job_id, membership, erased, deferred);
        if (!why.empty()) bad_input(why);
        matches = comparable_config(pool->config) == comparable_config(target_config);
    } else {
        auto pools = reference_pools(lin);
        Message first_why;
        for (auto it = pools.rbegin(); it != pools.rend(); ++it) {
            if (comparable_config(it->config) != comparable_config(target_config)) continue;
            auto m = reference_membership(lin, it->id);
            const auto why = unusable_reason(*it, reference_models(lin, it->id, true), job_id, m, erased, deferred);
            if (why.empty()) {
                pool = *it;
                membership = std::move(m);
                break;
            }
            if (first_why.empty()) first_why = why;
        }
        matches = bool(pool);
        if (!pool && why_none)
            *why_none = !first_why.empty()
                            ? first_why
                            : msg(QT_TRANSLATE_NOOP("Engine", "no complete reference pool matches this model's "
                                                              "training config; build one with: %1"),
                                  "lethe references build");
    }
    if (!pool) return std::nullopt;
    PoolScores ps;
    ps.pool = *pool;
    ps.config_matches_target = matches;
    ps.models = reference_models(lin, pool->id); // the current row of each slot: live, or purging for job_id
    if (int(ps.models.size()) != pool->k)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "reference pool %1 lacks models"), pool->id));
    for (size_t i = 0; i < membership.size(); ++i) {
        ps.position[membership[i].first] = i;
        ps.masks.push_back(membership[i].second);
    }
    for (const auto &m : ps.models) {
        const std::string path = project.resolve(m.scores_path);
        const std::string bytes = read_file(path);
        if (sha256_hex(bytes) != m.scores_sha256)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine",
                                      "%1: reference scores changed since they were recorded (SHA-256 does not match)"),
                    path));
        if (bytes.size() != membership.size() * 2 * sizeof(double))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: reference scores have the wrong size for pool %2"), path,
                          pool->id));
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
    std::map<int64_t, int64_t> erased;
    for (const auto &[rid, job] : erased_records(lin)) erased[rid] = job;
    const Deferrals deferred = deferrals(lin, erased, std::nullopt);
    // The live trained models and their configs, to say whom each pool serves.
    std::vector<std::pair<ModelRow, json>> targets;
    for (const auto &m : lin.models())
        if (m.state == ArtifactState::Live && m.run_id && m.kind != ModelKind::Shard)
            targets.emplace_back(m, comparable_config(lin.run(*m.run_id).config));
    const auto pools = reference_pools(lin);
    for (const auto &p : pools) {
        const auto all = reference_models(lin, p.id, true);
        double secs = 0;
        int64_t live = 0, purged = 0;
        std::set<int64_t> jobs;
        json hashes = json::array();
        for (const auto &m : all) {
            if (m.state == ArtifactState::Live) {
                ++live;
                secs += m.seconds;
                hashes.push_back(m.scores_sha256);
            } else {
                ++purged;
                if (m.purge_job_id) jobs.insert(*m.purge_job_id);
            }
        }
        // Whom it serves: the live models with the same training config. An
        // audit of one of them uses the newest usable pool that matches.
        const Message why = unusable_reason(p, all, std::nullopt, reference_membership(lin, p.id), erased, deferred);
        const json cfg = comparable_config(p.config);
        json serves = json::array();
        for (const auto &[m, mc] : targets) {
            if (mc != cfg) continue;
            // A newer usable pool of the same config takes precedence.
            std::optional<int64_t> newer;
            for (const auto &q : pools)
                if (q.id > p.id && comparable_config(q.config) == cfg &&
                    unusable_reason(q, reference_models(lin, q.id, true), std::nullopt, reference_membership(lin, q.id),
                                    erased, deferred)
                        .empty())
                    newer = q.id;
            json s = {
                {"model_id", m.id}, {"kind", m.kind}, {"arch", m.arch}, {"used_by_next_audit", why.empty() && !newer}};
            const Message why_not =
                !why.empty() ? why
                : newer      ? msg(QT_TRANSLATE_NOOP("Engine", "the newer pool %1 matches the same model"), *newer)
                             : Message{};
            if (!why_not.empty()) {
                s["why_not"] = why_not.english();
                s["why_not_message"] = message_json(why_not);
            }
            serves.push_back(s);
        }
        arr.push_back({{"id", p.id},
                       {"k", p.k},
                       {"seed", p.seed},
                       {"state", p.state},
                       {"models_done", live},
                       {"models_purged", purged},
                       {"purged_by_jobs", jobs},
                       {"config", p.config},
                       {"created_at", p.created_at},
                       {"n_universe", p.n_universe},
                       {"training_seconds", secs},
                       {"scores_sha256", hashes},
                       {"usable", why.empty()},
                       {"unusable_reason", why.empty() ? json() : json(why.english())},
                       {"unusable_message", message_json(why)},
                       {"serves", serves}});
    }
    return arr;
}

json mark_reference_purges(Lineage &lin, const std::vector<int64_t> &records, int64_t job_id) {
    json out = json::array();
    for (const auto &[pool_id, mask] : reference_masks_of_records(lin, records)) {
        bool any = false;
        for (const auto &m : reference_models(lin, pool_id)) {
            if (m.state != ArtifactState::Live || size_t(m.idx) >= mask.size() || mask[size_t(m.idx)] != '1') continue;
            set_reference_model_state(lin, m, ArtifactState::Purging, job_id);
            json paths = json::array();
            for (const auto &f : m.files) paths.push_back({{"path", f.at("path")}, {"sha256", f.at("sha256")}});
            paths.push_back({{"path", m.scores_path}, {"sha256", m.scores_sha256}});
            out.push_back(
                {{"reference_model", {{"pool_id", pool_id}, {"idx", m.idx}, {"gen", m.gen}}}, {"files", paths}});
            any = true;
        }
        if (any) set_reference_pool_state(lin, pool_id, PoolState::Building);
    }
    return out;
}

} // namespace lethe
