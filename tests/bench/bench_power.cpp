// Issue 11: the power of the audit to decide, measured on subjects whose truth
// is known (docs/audit-power.md).
//
// A demo project with planted canary subjects (records a model memorises:
// near-copies of an inverted image under the subject's own label,
// DemoOptions::canary_subjects)
// and a matched set of ordinary subjects (the same number of records each).
// For every subject:
//   - a no-op unlearning (the original model, unchanged: truth "remembered");
//   - an exact retrain without them (truth "forgotten"; two groups, each
//     retrain removes one);
//   - every approximate method at its defaults (truth unknown: what the audit
//     says is reported, not scored).
// Each model is audited against the first K models of one nested reference
// pool (nested_halves_mask) for K in the sweep, and the per-subject verdicts
// are tallied: detection = no-op called fail, false fail = retrain called
// fail, with Wilson intervals, and the CPU time the K reference models cost.
//
// The no-op is a control of this benchmark only: it is the original model
// audited as the output of an unlearning that changed nothing (bitwise the
// same weights), never a method of the registry, and no report is written.
//
// usage: bench_power [--quick] [--subset N] [--canaries M] [--canary-records n]
//                    [--ordinary M] [--ks 0,4,8,...] [--methods all|none|a,b]
//                    [--epochs E] [--device cpu|cuda] [--json FILE] [--keep DIR]
//                    [--canary-mark near-copies|invert|patch|none] [--canary-copies C]
//                    [--groups G] [--variances pooled,floored,per_example,rmia,rmia_null]
//                    [--sisa-shards S] [--source DIR]
// --sisa-shards S: the project also gets a SISA ensemble (S shards, one
// slice); its shard models are audited as references too (rows sisa_raw and
// sisa_qmap at K = S; needs K = 0 in the sweep).
// --quick: a tiny project (2,000 images, 10 canaries, K in {0, 4, 8}, no
// approximate methods); prints one JSON line {detection, false_fail,
// inconclusive, k, seconds} at K = 8 (lethe investigate's default).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "audit/audit.h"
#include "audit/metrics.h"
#include "audit/reference_pool.h"
#include "core/error.h"
#include "data/tensor_store.h"
#include "jobs/operations.h"
#include "lineage/lineage.h"
#include "model/inspect.h"
#include "project/project.h"
#include "unlearn/registry.h"

using namespace lethe;
using nlohmann::json;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    bool quick = false;
    int64_t subset = 0;
    int canaries = 40, canary_records = 20, ordinary = 40;
    std::string canary_mark = DemoOptions{}.canary_mark;
    int canary_copies = DemoOptions{}.canary_copies;
    int groups = 2; // each exact retrain removes one group of subjects (the others stay, as in the references)
    std::vector<int> ks = {0, 4, 8, 16, 32, 64};
    std::string methods = "all";
    double epochs = 3;
    std::string json_path, keep_dir;
    std::string device = "cpu"; // cpu | cuda[:N] | auto: every model of the benchmark (docs: the GPU run)
    // LiRA's variance (a lever): pooled (today's default), per example floored
    // at the pooled one, and per example (only from K = 16 on: with fewer
    // models an example's own variance rests on a handful of values).
    // "rmia": the RMIA scores of the same audits as the per-subject test instead (a lever).
    // "rmia_null": RMIA with a per-subject null from the reference models (a lever).
    std::vector<std::string> variances = {"pooled", "floored", "per_example", "rmia", "rmia_null"};
    // The SISA lever: the project also gets a SISA ensemble of this many
    // shards (one slice), whose shard models serve as OUT references of the
    // monolithic model's audit (variances sisa_raw and sisa_qmap; 0: off).
    int sisa_shards = 0;
    std::string source_dir = DemoOptions{}.source_dir; // the Fashion-MNIST IDX files
};

Options parse(int argc, char **argv) {
    Options o;
    std::map<std::string, std::string> a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        if (k == "--quick") {
            o.quick = true;
            continue;
        }
        if (i + 1 >= argc) usage_error(k + ": needs a value");
        a[k] = argv[++i];
    }
    if (o.quick) {
        o.subset = 2000;
        o.canaries = 10;
        o.canary_records = 10;
        o.ordinary = 10;
        o.ks = {0, 4, 8};
        o.methods = "none";
    }
    for (const auto &[k, v] : a) {
        if (k == "--subset")
            o.subset = std::stoll(v);
        else if (k == "--canaries")
            o.canaries = std::stoi(v);
        else if (k == "--canary-records")
            o.canary_records = std::stoi(v);
        else if (k == "--ordinary")
            o.ordinary = std::stoi(v);
        else if (k == "--groups")
            o.groups = std::max(1, std::stoi(v));
        else if (k == "--methods")
            o.methods = v;
        else if (k == "--epochs")
            o.epochs = std::stod(v);
        else if (k == "--canary-mark")
            o.canary_mark = v;
        else if (k == "--canary-copies")
            o.canary_copies = std::stoi(v);
        else if (k == "--device")
            o.device = v;
        else if (k == "--json")
            o.json_path = v;
        else if (k == "--source")
            o.source_dir = v;
        else if (k == "--sisa-shards")
            o.sisa_shards = std::stoi(v);
        else if (k == "--keep")
            o.keep_dir = v;
        else if (k == "--variances") {
            o.variances.clear();
            std::stringstream ss(v);
            for (std::string t; std::getline(ss, t, ',');) o.variances.push_back(t);
        } else if (k == "--ks") {
            o.ks.clear();
            std::stringstream ss(v);
            for (std::string t; std::getline(ss, t, ',');) o.ks.push_back(std::stoi(t));
        } else
            usage_error("unknown option " + k);
    }
    std::sort(o.ks.begin(), o.ks.end());
    return o;
}

// The engine's default variance choice (what lethe investigate uses).
std::string default_variance() {
    const LiraConfig c;
    return c.fixed_variance ? "pooled" : c.floor_at_pooled ? "floored" : "per_example";
}

double cpu_now() { return double(std::clock()) / CLOCKS_PER_SEC; }

// One subject's verdict in one audit.
struct Trial {
    std::string subject, model; // model: noop, retrain or a method's name
    bool planted = false;
    int k = 0;
    std::string variance = "pooled";
    std::string verdict;
    double z = 0, z_power = 0;
};

struct Bench {
    Options o;
    std::unique_ptr<Project> project;
    int64_t original = 0, request = 0;
    std::vector<std::string> planted, ordinary;
    std::set<std::string> planted_set;
    std::vector<int64_t> forget_ids;
    std::vector<std::set<std::string>> groups; // the subjects each exact retrain removes
    std::map<std::string, std::vector<int64_t>> records_of;
    int k_max = 0;
    double pool_cpu = 0, pool_wall = 0;
    std::map<int, std::vector<double>> audit_cpu; // per K
    std::vector<Trial> trials;
    json memorised = json::object();
    std::map<std::string, double> method_seconds;
    int64_t audit_k0 = 0;           // the original's audit without references (the no-op's before-audit)
    std::optional<PoolScores> pool; // the pool's scores, loaded once (for the RMIA null)
    std::map<int64_t, std::string> subject_of;
    // The SISA lever: the ensemble, each record's shard and each shard
    // model's log-probabilities (row-major [record][class]) over the records
    // scored (forget and test), and what scoring them cost.
    int64_t ensemble = 0;
    std::vector<int64_t> shard_model_ids;
    std::map<int64_t, int> shard_of;
    std::vector<int64_t> sisa_scored;
    std::vector<std::vector<double>> sisa_log_p;
    double sisa_cpu = 0, sisa_train_cpu = 0;
};

// The demo with canaries, monolithic only (the benchmark's model: every
// approximate method applies to it and its exact retrain is one training).
void make_project(Bench &b, const std::string &dir) {
    DemoOptions d;
    d.project_dir = dir;
    d.subset = b.o.subset;
    d.source_dir = b.o.source_dir;
    d.shards = b.o.sisa_shards > 1 ? b.o.sisa_shards : 1;
    d.slices = 1;
    d.epochs = b.o.epochs;
    d.device = b.o.device;
    d.canary_subjects = b.o.canaries;
    d.canary_records = b.o.canary_records;
    d.canary_mark = b.o.canary_mark;
    d.canary_copies = b.o.canary_copies;
    fs::remove_all(dir);
    const auto demo = demo_init(d, {});
    b.project = Project::open(dir);
    b.original = demo.models.at(0).model_id;
    if (demo.models.size() > 1) {
        b.ensemble = demo.models.at(1).model_id;
        b.sisa_train_cpu = demo.models.at(1).seconds;
        for (const auto &p : b.project->lineage().placements(demo.models.at(1).run_id))
            b.shard_of[p.record_id] = p.shard;
        auto shards = b.project->lineage().shard_models(b.ensemble);
        std::sort(shards.begin(), shards.end(), [](const ModelRow &x, const ModelRow &y) { return x.shard < y.shard; });
        for (const auto &m : shards) b.shard_model_ids.push_back(m.id);
    }
    b.planted = demo.canary_subjects;
    b.planted_set.insert(b.planted.begin(), b.planted.end());
    auto &lin = b.project->lineage();
    b.request = lin.requests().at(0).id;
    // Ordinary subjects matched by size: those with the canaries' number of
    // records, nearest first, never the demo request's subject.
    std::vector<std::pair<int64_t, std::string>> by_gap;
    for (const auto &[name, n] : lin.subjects_with_counts()) {
        if (b.planted_set.count(name) || name == demo.request_subject) continue;
        by_gap.emplace_back(std::llabs(n - b.o.canary_records) * 1000000 + int64_t(by_gap.size()), name);
    }
    std::sort(by_gap.begin(), by_gap.end());
    for (int i = 0; i < b.o.ordinary && i < int(by_gap.size()); ++i) b.ordinary.push_back(by_gap[size_t(i)].second);
    for (const auto &s : b.planted) b.records_of[s] = lin.record_ids_of_subject(lin.subject_id(s, false));
    for (const auto &s : b.ordinary) b.records_of[s] = lin.record_ids_of_subject(lin.subject_id(s, false));
    for (const auto &[s, ids] : b.records_of) {
        b.forget_ids.insert(b.forget_ids.end(), ids.begin(), ids.end());
        for (auto id : ids) b.subject_of[id] = s;
    }
    std::sort(b.forget_ids.begin(), b.forget_ids.end());
    b.groups.assign(size_t(b.o.groups), {});
    for (size_t i = 0; i < b.planted.size(); ++i) b.groups[i % b.groups.size()].insert(b.planted[i]);
    for (size_t i = 0; i < b.ordinary.size(); ++i) b.groups[i % b.groups.size()].insert(b.ordinary[i]);
}

void build_pool(Bench &b) {
    b.k_max = b.o.ks.empty() ? 0 : b.o.ks.back();
    if (b.k_max == 0) return;
    ReferencePoolOptions p;
    p.k = b.k_max;
    p.model_id = b.original;
    p.device = b.o.device;
    const double c0 = cpu_now();
    const auto t0 = Clock::now();
    const auto res = build_reference_pool(*b.project, p, {});
    b.pool_cpu = cpu_now() - c0;
    b.pool_wall = std::chrono::duration<double>(Clock::now() - t0).count();
    b.pool = load_pool_scores(*b.project, res.pool_id, json::object());
}

// Audits a model on the forget set against the pool's first k models (k = 0:
// no references; the power then comes from compare, the before-audit) and
// records each subject's verdict.
// The rows of a CSV the engine wrote (numbers and words, no quoting), header
// left out.
std::vector<std::vector<std::string>> csv_rows(const std::string &csv) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> c;
        std::stringstream ss(line);
        for (std::string t; std::getline(ss, t, ',');) c.push_back(t);
        rows.push_back(std::move(c));
    }
    return rows;
}

// One subject's verdict in one audit, recorded.
void add_trial(Bench &b, const std::string &subject, const std::string &model, int k, const std::string &variance,
               const std::string &verdict, double z, double z_power) {
    Trial t;
    t.subject = subject;
    t.model = model;
    t.planted = b.planted_set.count(subject) > 0;
    t.k = k;
    t.variance = variance;
    t.verdict = verdict;
    t.z = z;
    t.z_power = z_power;
    b.trials.push_back(t);
}

// The RMIA lever: each forget record's RMIA score (the share of population
// records it dominates; about uniform for a non-member) as z = Phi^-1(score),
// combined per subject by Stouffer; fail at the same z_fail. RMIA gives no
// power estimate here, so it never passes: "inconclusive" otherwise.
void rmia_trials(Bench &b, const std::string &model, int k, const AuditResult &r) {
    const double n_null = std::max(20.0, r.summary["references"]["lira_calibration"].value("n_test", 20.0));
    std::map<std::string, std::pair<double, int>> by_subject;
    for (const auto &c : csv_rows(audit_attack_scores_csv(*b.project, r.audit_id))) {
        if (c.size() < 7 || c[1] != "forget") continue;
        const double score = std::clamp(std::stod(c[6]), 0.5 / n_null, 1 - 0.5 / n_null);
        auto &acc = by_subject[c[2]];
        acc.first += normal_quantile(score);
        acc.second += 1;
    }
    const double z_fail = VerdictThresholds{}.z_fail;
    for (const auto &[subject, acc] : by_subject) {
        const double z = acc.first / std::sqrt(double(acc.second));
        add_trial(b, subject, model, k, "rmia", z >= z_fail ? "fail" : "inconclusive", z, NAN);
    }
}

// RMIA with a per-subject null (the RMIA lever made a test). A record's
// RMIA score under a model is the share of population records (here the
// test records, non-members of that model) whose likelihood ratio
// p(z) / Pr(z) it reaches, Pr the offline prior from the OUT models
// (excluding the model itself when it is a reference); as z = Phi^-1(score),
// Stouffer per subject: T. Every reference model is scored as a target the
// same way: the subject's OUT models give the null (D = mean T_j^2, at least
// 1: the design effect of docs/audit.md, on RMIA's scale), its IN models the
// power (mean T_j). z = T / sqrt(D); verdicts as for LiRA.
void rmia_null_trials(Bench &b, const std::string &model, int k, const AuditResult &r) {
    if (!b.pool || k < 6) return; // at least 3 OUT models per subject
    const PoolScores &ps = *b.pool;
    const double a = r.summary["references"]["rmia"].value("a", 1.0);
    std::map<int64_t, double> p_target;
    std::vector<int64_t> test, forget;
    for (const auto &c : csv_rows(audit_scores_csv(*b.project, r.audit_id))) {
        if (c.size() < 6 || (c[1] != "test" && c[1] != "forget")) continue;
        const int64_t id = std::stoll(c[0]);
        p_target[id] = std::stod(c[5]);
        (c[1] == "test" ? test : forget).push_back(id);
    }
    auto prior = [&](size_t pos, int skip) {
        double om = 0;
        int no = 0;
        for (int m = 0; m < k; ++m)
            if (m != skip && ps.masks[pos][size_t(m)] == '0') {
                om += std::exp(ps.log_p[size_t(m)][pos]);
                ++no;
            }
        return 0.5 * ((1 + a) * (no ? om / no : 0.5) + (1 - a));
    };
    auto p_of = [&](int m, size_t pos, int64_t id) {
        return m < 0 ? p_target[id] : std::exp(ps.log_p[size_t(m)][pos]);
    };
    // Sorted population ratios per scorer (-1: the audited model).
    std::map<int, std::vector<double>> pop;
    for (int m = -1; m < k; ++m) {
        auto &v = pop[m];
        for (auto id : test) {
            const size_t pos = ps.position.at(id);
            if (m >= 0 && ps.masks[pos][size_t(m)] != '0') continue;
            v.push_back(p_of(m, pos, id) / std::max(prior(pos, m), 1e-300));
        }
        std::sort(v.begin(), v.end());
    }
    auto z_of_score = [&](int m, size_t pos, int64_t id) {
        const auto &v = pop[m];
        const double ratio = p_of(m, pos, id) / std::max(prior(pos, m), 1e-300);
        const double n = double(v.size());
        const double share = double(std::upper_bound(v.begin(), v.end(), ratio) - v.begin()) / n;
        return normal_quantile(std::clamp(share, 0.5 / n, 1 - 0.5 / n));
    };
    std::map<std::string, std::vector<int64_t>> by_subject;
    for (auto id : forget) by_subject[b.subject_of.at(id)].push_back(id);
    const VerdictThresholds thr;
    for (const auto &[subject, ids] : by_subject) {
        std::vector<double> t(size_t(k) + 1, 0.0); // [0]: the audited model; [m + 1]: reference m
        for (auto id : ids) {
            const size_t pos = ps.position.at(id);
            for (int m = -1; m < k; ++m) t[size_t(m + 1)] += z_of_score(m, pos, id) / std::sqrt(double(ids.size()));
        }
        const std::string &mask = ps.masks[ps.position.at(ids.front())];
        double ss = 0, in_sum = 0;
        int n_out = 0, n_in = 0;
        for (int m = 0; m < k; ++m)
            if (mask[size_t(m)] == '0') {
                ss += t[size_t(m + 1)] * t[size_t(m + 1)];
                ++n_out;
            } else {
                in_sum += t[size_t(m + 1)];
                ++n_in;
            }
        const double root = std::sqrt(std::max(1.0, ss / std::max(1, n_out)));
        const double z = t[0] / root, z_power = n_in ? in_sum / n_in / root : NAN;
        add_trial(b, subject, model, k, "rmia_null",
                  subject_verdict({z, std::isnan(z_power) ? 0.0 : z_power, int64_t(ids.size())}, thr), z, z_power);
    }
}

// --- the SISA lever ----------------------------------------------------------
// The project's SISA ensemble trained anyway: a record is OUT for every
// shard model but its own (subjects are placed whole, so a subject's records
// share one shard), IN for that one. Each shard model saw 1/S of the data
// and is less confident everywhere than the full-size model audited, so its
// scores need a calibration onto the audited model's scale:
//   sisa_raw: none beyond the audit's own (LiRA offline z re-centred and
//     re-scaled by the test records' median and MAD, calibrate_lira);
//   sisa_qmap: first each shard model's logit confidence is mapped through
//     its own test records' distribution onto the audited model's (quantile
//     matching: F_target^-1(F_shard(phi))), then as sisa_raw.
// The test records are non-members of every model here, so both maps are
// fitted on null data only.

// Scores every shard model on the audited records (forget and test) once.
void score_shards(Bench &b, const std::vector<int64_t> &ids) {
    const double c0 = cpu_now();
    b.sisa_scored = ids;
    b.sisa_log_p.clear();
    for (auto m : b.shard_model_ids) b.sisa_log_p.push_back(model_log_probs(*b.project, m, ids));
    b.sisa_cpu = cpu_now() - c0;
}

// A model's per-record logit confidence, label and set, from an audit's
// per-record scores.
struct AuditedPhi {
    std::map<int64_t, double> phi;
    std::map<int64_t, int> label;
    std::vector<int64_t> forget, test;
};
AuditedPhi audited_phi(Bench &b, int64_t audit_id) {
    AuditedPhi a;
    for (const auto &c : csv_rows(audit_scores_csv(*b.project, audit_id))) {
        if (c.size() < 7 || (c[1] != "test" && c[1] != "forget")) continue;
        const int64_t id = std::stoll(c[0]);
        a.phi[id] = std::stod(c[6]);
        a.label[id] = std::stoi(c[2]);
        (c[1] == "test" ? a.test : a.forget).push_back(id);
    }
    return a;
}

double median_of(std::vector<double> v) {
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// Each shard model's logit confidence per scored record ([shard][record id]),
// quantile-mapped onto the audited model's test distribution when qmap.
std::vector<std::map<int64_t, double>> shard_phi(const Bench &b, const AuditedPhi &a, bool qmap) {
    const size_t S = b.shard_model_ids.size();
    const int C = int(b.sisa_log_p.at(0).size() / b.sisa_scored.size());
    std::vector<std::map<int64_t, double>> out(S);
    std::vector<double> target_test;
    for (auto id : a.test) target_test.push_back(a.phi.at(id));
    std::sort(target_test.begin(), target_test.end());
    for (size_t j = 0; j < S; ++j) {
        for (size_t r = 0; r < b.sisa_scored.size(); ++r) {
            const int64_t id = b.sisa_scored[r];
            if (!a.label.count(id)) continue;
            out[j][id] = example_stats(&b.sisa_log_p[j][r * size_t(C)], C, a.label.at(id)).logit_confidence;
        }
        if (!qmap) continue;
        std::vector<double> own;
        for (auto id : a.test) own.push_back(out[j].at(id));
        std::sort(own.begin(), own.end());
        const double n = double(own.size());
        for (auto &[id, v] : out[j]) {
            const double lo = double(std::lower_bound(own.begin(), own.end(), v) - own.begin());
            const double hi = double(std::upper_bound(own.begin(), own.end(), v) - own.begin());
            const double u = std::clamp((lo + hi) / 2 / n, 0.5 / n, 1 - 0.5 / n); // mid-rank
            v = target_test[std::min(target_test.size() - 1, size_t(u * double(target_test.size())))];
        }
    }
    return out;
}

// That the shard models memorise the canaries too: accuracy on the planted
// labels under the subject's own shard model (IN) and under the others (OUT).
json sisa_fit(const Bench &b, const AuditedPhi &a) {
    const int C = int(b.sisa_log_p.at(0).size() / b.sisa_scored.size());
    int64_t in_n = 0, in_hit = 0, out_n = 0, out_hit = 0;
    for (size_t r = 0; r < b.sisa_scored.size(); ++r) {
        const int64_t id = b.sisa_scored[r];
        const auto sj = b.subject_of.find(id);
        if (sj == b.subject_of.end() || !b.planted_set.count(sj->second)) continue;
        for (size_t j = 0; j < b.sisa_log_p.size(); ++j) {
            const bool hit = example_stats(&b.sisa_log_p[j][r * size_t(C)], C, a.label.at(id)).pred == a.label.at(id);
            const bool in = b.shard_of.at(id) == int(j);
            (in ? in_n : out_n) += 1;
            (in ? in_hit : out_hit) += hit;
        }
    }
    return {{"accuracy_on_planted_labels_in", in_n ? double(in_hit) / double(in_n) : 0.0},
            {"accuracy_on_planted_labels_out", out_n ? double(out_hit) / double(out_n) : 0.0},
            {"shards", b.sisa_log_p.size()}};
}

// The per-subject test of audit.cpp with the shard models as references.
void sisa_trials(Bench &b, const std::string &model, int64_t audit_k0) {
    if (b.shard_model_ids.size() < 4 || !audit_k0) return; // at least 3 OUT models per subject
    const AuditedPhi a = audited_phi(b, audit_k0);
    const int S = int(b.shard_model_ids.size());
    for (const bool qmap : {false, true}) {
        const auto ph = shard_phi(b, a, qmap);
        std::vector<int64_t> ids = a.forget;
        ids.insert(ids.end(), a.test.begin(), a.test.end());
        std::vector<ReferenceScores> rs(ids.size());
        std::vector<double> target(ids.size());
        for (size_t i = 0; i < ids.size(); ++i) {
            const auto it = b.shard_of.find(ids[i]);
            const int own = it == b.shard_of.end() ? -1 : it->second; // test records: no shard
            for (int j = 0; j < S; ++j) (j == own ? rs[i].in : rs[i].out).push_back(ph[size_t(j)].at(ids[i]));
            target[i] = a.phi.at(ids[i]);
        }
        const auto lm = fit_lira(rs, LiraConfig{});
        auto z = lira_offline(lm, target);
        std::vector<double> zt(z.begin() + long(a.forget.size()), z.end()), dev;
        const double shift = median_of(zt);
        for (double v : zt) dev.push_back(std::abs(v - shift));
        const double scale = std::max(1e-6, 1.4826 * median_of(dev));
        std::map<std::string, std::vector<size_t>> by_subject;
        for (size_t i = 0; i < a.forget.size(); ++i) by_subject[b.subject_of.at(a.forget[i])].push_back(i);
        for (const auto &[subject, idx] : by_subject) {
            std::vector<double> za, zp, mu, sd;
            std::vector<const std::vector<double> *> outs;
            for (size_t i : idx) {
                za.push_back((z[i] - shift) / scale);
                double in = 0;
                for (double v : rs[i].in) in += ((v - lm.mu_out[i]) / lm.sd_out[i] - shift) / scale;
                zp.push_back(rs[i].in.empty() ? 0.0 : in / double(rs[i].in.size()));
                outs.push_back(&rs[i].out);
                mu.push_back(lm.mu_out[i]);
                sd.push_back(lm.sd_out[i]);
            }
            const double root = std::sqrt(subject_design_effect(outs, mu, sd));
            const SubjectEvidence ev{stouffer(za) / root, stouffer(zp) / root, int64_t(idx.size())};
            add_trial(b, subject, model, S, qmap ? "sisa_qmap" : "sisa_raw", subject_verdict(ev, VerdictThresholds{}),
                      ev.z_after, ev.z_power);
        }
    }
}

json audit_at(Bench &b, const std::string &model, int64_t model_id, std::optional<int64_t> job_id, int k,
              const std::string &variance, std::optional<int64_t> compare,
              const std::set<std::string> *only = nullptr) {
    AuditOptions a;
    a.model_id = model_id;
    a.job_id = job_id;
    a.device = b.o.device;
    a.bootstrap.resamples = 50; // the verdicts do not depend on the intervals; the bench audits often
    a.use_references = k > 0;
    a.pool_models = k;
    a.lira.fixed_variance = variance == "pooled";
    a.lira.floor_at_pooled = variance == "floored";
    a.compare_audit_id = compare;
    for (const auto &[s, ids] : b.records_of)
        if (!only || only->count(s)) a.forget_ids.insert(a.forget_ids.end(), ids.begin(), ids.end());
    std::sort(a.forget_ids.begin(), a.forget_ids.end());
    const double c0 = cpu_now();
    const auto r = audit_model(*b.project, a, {});
    b.audit_cpu[k].push_back(cpu_now() - c0);
    if (k > 0 && !r.summary["references"].value("used", false))
        internal_error("the audit did not use the pool: " + r.summary["references"].dump());
    for (const auto &sj : r.summary["subjects"])
        add_trial(b, sj["subject"].get<std::string>(), model, k, variance, sj["verdict"].get<std::string>(),
                  sj["z"].get<double>(), sj["z_if_remembered"].is_number() ? sj["z_if_remembered"].get<double>() : NAN);
    if (k > 0 && variance == "pooled") {
        rmia_trials(b, model, k, r);
        rmia_null_trials(b, model, k, r);
    }
    json out = r.summary;
    out["audit_id"] = r.audit_id;
    return out;
}

// Whether the sweep audits at K with this variance choice.
bool runs_variance(const Options &o, int k, const std::string &variance) {
    if (variance == "rmia") return k > 0;       // read from the pooled audit's attack scores
    if (variance == "rmia_null") return k >= 6; // from its scores and the pool's
    if (std::find(o.variances.begin(), o.variances.end(), variance) == o.variances.end()) return false;
    if (k == 0) return variance == "pooled"; // no references: no LiRA
    return variance != "per_example" || k >= 16;
}

// Every K of the sweep with every variance choice. Returns the id of the
// audit without references (K = 0), if any.
int64_t audit_sweep(Bench &b, const std::string &model, int64_t model_id, std::optional<int64_t> job_id,
                    std::optional<int64_t> compare_k0, const std::set<std::string> *only = nullptr) {
    int64_t k0 = 0;
    for (int k : b.o.ks)
        for (const auto &var : b.o.variances) {
            if (var == "rmia" || var == "rmia_null" || !runs_variance(b.o, k, var)) continue;
            const auto s = audit_at(b, model, model_id, job_id, k, var, k == 0 ? compare_k0 : std::nullopt, only);
            if (k == 0) k0 = s["audit_id"].get<int64_t>();
        }
    if (!b.sisa_log_p.empty()) sisa_trials(b, model, k0);
    return k0;
}

// Accuracy on the planted labels and mean loss of the canary records, read
// from an audit's per-record scores: what shows that a model memorised them.
json canary_fit(Bench &b, int64_t audit_id) {
    std::set<int64_t> canary;
    for (const auto &s : b.planted)
        for (auto id : b.records_of[s]) canary.insert(id);
    int64_t n = 0, hit = 0;
    double loss = 0;
    for (const auto &c : csv_rows(audit_scores_csv(*b.project, audit_id))) {
        if (c.size() < 5 || c[1] != "forget" || !canary.count(std::stoll(c[0]))) continue;
        ++n;
        hit += c[2] == c[3];
        loss += std::stod(c[4]);
    }
    return {{"n_records", n},
            {"accuracy_on_planted_labels", n ? double(hit) / double(n) : 0.0},
            {"mean_loss", n ? loss / double(n) : 0.0}};
}

// The method on the original, forgetting one group's subjects.
ForgetResult run_forget(Bench &b, const std::string &method, const std::set<std::string> &group) {
    ForgetOptions f;
    for (const auto &s : group)
        f.selection.record_ids.insert(f.selection.record_ids.end(), b.records_of[s].begin(), b.records_of[s].end());
    f.method = method;
    f.model_id = b.original;
    f.request_id = b.request;
    f.device = b.o.device;
    f.audit = false;
    f.keep_input = true;              // every method starts from the same original
    f.purge_reference_models = false; // the pool serves every audit of the benchmark (one case)
    return forget(*b.project, f, {});
}

std::vector<std::string> approximate_methods(const Options &o) {
    std::vector<std::string> out;
    if (o.methods == "none") return out;
    if (o.methods != "all") {
        std::stringstream ss(o.methods);
        for (std::string t; std::getline(ss, t, ',');) out.push_back(t);
        return out;
    }
    for (const auto &m : unlearning_methods())
        if (m.kind != MethodKind::Exact && !m.needs_sisa && !m.needs_update_log) out.push_back(m.name);
    return out;
}

struct Rate {
    int64_t k = 0, n = 0;
    json to_json() const {
        const auto ci = wilson_interval(k, n);
        return {{"rate", n ? double(k) / double(n) : 0.0}, {"count", k}, {"n", n}, {"ci95", {ci.first, ci.second}}};
    }
};

Rate rate_of(const Bench &b, const std::string &model, bool planted, int k, const std::string &variance,
             const std::string &verdict) {
    Rate r;
    for (const auto &t : b.trials)
        if (t.model == model && t.planted == planted && t.k == k && t.variance == variance) {
            ++r.n;
            r.k += t.verdict == verdict;
        }
    return r;
}

double mean_of(const std::vector<double> &v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / double(v.size());
}

// The smallest K of the sweep from which a subject's verdict stays decided
// (pass or fail) for the no-op and the retrain: what sequential testing,
// training references until every subject is decided, would have needed.
json sequential(const Bench &b) {
    json out = json::object();
    for (const std::string model : {"noop", "retrain"}) {
        std::map<std::string, int> first_decided;
        for (const auto &s : b.planted) {
            int first = -1;
            for (auto it = b.o.ks.rbegin(); it != b.o.ks.rend(); ++it) {
                std::string v;
                for (const auto &t : b.trials)
                    if (t.model == model && t.subject == s && t.k == *it && t.variance == default_variance())
                        v = t.verdict;
                if (v == "inconclusive" || v.empty()) break;
                first = *it;
            }
            first_decided[s] = first;
        }
        json hist = json::object();
        for (const auto &[s, k] : first_decided)
            hist[k < 0 ? "never" : std::to_string(k)] = hist.value(k < 0 ? "never" : std::to_string(k), 0) + 1;
        out[model] = hist;
    }
    return out;
}

// What the audit itself predicts of the no-op: a remembering model's z is
// about N(power z, 1), so it fails with probability Phi(power z - z_fail); the
// mean over the subjects, to set beside the detection measured.
json predicted_detection(const Bench &b, bool planted, int k, const std::string &variance) {
    double sum = 0;
    int n = 0;
    for (const auto &t : b.trials)
        if (t.model == "noop" && t.planted == planted && t.k == k && t.variance == variance && !std::isnan(t.z_power)) {
            sum += 1 - normal_sf(t.z_power - VerdictThresholds{}.z_fail);
            ++n;
        }
    return n ? json(sum / n) : json();
}

// One row of the table: the rates at K with one variance choice.
json tally_row(const Bench &b, int k, const std::string &var, double reference_cpu, double audit_cpu) {
    json row = {
        {"k", k}, {"variance", var}, {"reference_cpu_seconds", reference_cpu}, {"audit_cpu_seconds", audit_cpu}};
    for (const bool planted : {true, false}) {
        const std::string g = planted ? "planted" : "ordinary";
        row[g] = {{"detection", rate_of(b, "noop", planted, k, var, "fail").to_json()},
                  {"noop_inconclusive", rate_of(b, "noop", planted, k, var, "inconclusive").to_json()},
                  {"false_fail", rate_of(b, "retrain", planted, k, var, "fail").to_json()},
                  {"retrain_pass", rate_of(b, "retrain", planted, k, var, "pass").to_json()},
                  {"retrain_inconclusive", rate_of(b, "retrain", planted, k, var, "inconclusive").to_json()}};
        Rate both = rate_of(b, "noop", planted, k, var, "inconclusive");
        const Rate r = rate_of(b, "retrain", planted, k, var, "inconclusive");
        both.k += r.k;
        both.n += r.n;
        row[g]["inconclusive"] = both.to_json(); // no-op and retrain together
        row[g]["predicted_detection"] = predicted_detection(b, planted, k, var);
        json methods = json::object();
        for (const auto &[m, secs] : b.method_seconds)
            methods[m] = {{"fail", rate_of(b, m, planted, k, var, "fail").to_json()},
                          {"pass", rate_of(b, m, planted, k, var, "pass").to_json()},
                          {"inconclusive", rate_of(b, m, planted, k, var, "inconclusive").to_json()}};
        if (!methods.empty()) row[g]["methods"] = methods;
    }
    return row;
}

json tally(const Bench &b) {
    json rows = json::array();
    const double per_model = b.k_max ? b.pool_cpu / b.k_max : 0;
    for (int k : b.o.ks)
        for (const std::string &var : b.o.variances)
            if (runs_variance(b.o, k, var))
                rows.push_back(tally_row(b, k, var, per_model * k,
                                         mean_of(b.audit_cpu.count(k) ? b.audit_cpu.at(k) : std::vector<double>{})));
    // The SISA lever: K = S shard models, trained anyway (their training is
    // the ensemble's, reported apart); what they cost here is scoring.
    if (!b.sisa_log_p.empty())
        for (const std::string var : {"sisa_raw", "sisa_qmap"}) {
            json row = tally_row(b, int(b.shard_model_ids.size()), var, b.sisa_cpu, 0);
            row["ensemble_training_seconds"] = b.sisa_train_cpu;
            rows.push_back(row);
        }
    return rows;
}

json trials_json(const Bench &b) {
    json out = json::array();
    for (const auto &t : b.trials)
        out.push_back({{"subject", t.subject},
                       {"model", t.model},
                       {"planted", t.planted},
                       {"k", t.k},
                       {"variance", t.variance},
                       {"verdict", t.verdict},
                       {"z", t.z},
                       {"z_if_remembered", std::isnan(t.z_power) ? json() : json(t.z_power)}});
    return out;
}

void run(Bench &b) {
    build_pool(b);
    // The no-op: the original model, as an unlearning that changed nothing
    // would leave it. Its before-audit (K = 0) is the original's own audit.
    const auto a0 = audit_at(b, "original", b.original, std::nullopt, 0, "pooled", std::nullopt);
    b.audit_k0 = a0["audit_id"].get<int64_t>();
    b.trials.erase(
        std::remove_if(b.trials.begin(), b.trials.end(), [](const Trial &t) { return t.model == "original"; }),
        b.trials.end());
    b.memorised["original"] = canary_fit(b, b.audit_k0);
    if (b.ensemble) {
        const auto a = audited_phi(b, b.audit_k0);
        std::vector<int64_t> ids = a.forget;
        ids.insert(ids.end(), a.test.begin(), a.test.end());
        score_shards(b, ids);
        b.memorised["sisa_shard_of_subject"] = sisa_fit(b, a);
    }
    audit_sweep(b, "noop", b.original, std::nullopt, b.audit_k0);
    // The exact retrain, one per group: truth "forgotten" for the group's
    // subjects, audited on them alone (the other groups' canaries stay in its
    // training data, as half of them are in each reference model's).
    for (size_t g = 0; g < b.groups.size(); ++g) {
        const auto rt = run_forget(b, "retrain", b.groups[g]);
        b.method_seconds["retrain"] += rt.seconds;
        const int64_t rt0 = audit_sweep(b, "retrain", rt.output_model_id, rt.job_id, b.audit_k0, &b.groups[g]);
        if (rt0 && g == 0) b.memorised["retrain_group_0"] = canary_fit(b, rt0);
    }
    // Approximate methods at their defaults: what the audit says of each.
    for (const auto &m : approximate_methods(b.o)) {
        std::fprintf(stderr, "bench_power: %s\n", m.c_str());
        const auto r = run_forget(b, m, b.groups[0]);
        b.method_seconds[m] = r.seconds;
        audit_sweep(b, m, r.output_model_id, r.job_id, b.audit_k0, &b.groups[0]);
    }
    b.method_seconds.erase("retrain");
}

} // namespace

int main(int argc, char **argv) {
    try {
        Bench b;
        b.o = parse(argc, argv);
        const auto wall0 = Clock::now();
        const double cpu0 = cpu_now();
        const std::string dir =
            !b.o.keep_dir.empty()
                ? b.o.keep_dir
                : (fs::temp_directory_path() / ("lethe-bench-power-" + std::to_string(::getpid()))).string();
        make_project(b, dir);
        run(b);
        const double wall = std::chrono::duration<double>(Clock::now() - wall0).count();
        json out = {{"project",
                     {{"subset", b.o.subset},
                      {"epochs", b.o.epochs},
                      {"device", b.o.device},
                      {"canary_subjects", b.planted.size()},
                      {"canary_records", b.o.canary_records},
                      {"canary_mark", b.o.canary_mark},
                      {"canary_copies", b.o.canary_copies},
                      {"ordinary_subjects", b.ordinary.size()},
                      {"forget_records", b.forget_ids.size()}}},
                    {"pool", {{"k_max", b.k_max}, {"cpu_seconds", b.pool_cpu}, {"wall_seconds", b.pool_wall}}},
                    {"memorised", b.memorised},
                    {"method_seconds", b.method_seconds},
                    {"rows", tally(b)},
                    {"sequential", sequential(b)},
                    {"trials", trials_json(b)},
                    {"cpu_seconds", cpu_now() - cpu0},
                    {"wall_seconds", wall}};
        if (!b.o.json_path.empty()) std::ofstream(b.o.json_path) << out.dump(1) << "\n";
        // The one line: at K = 8 (lethe investigate's default) or the largest K below it.
        int k_line = 0;
        for (int k : b.o.ks)
            if (k <= kDefaultReferenceModels) k_line = k;
        for (const auto &row : out["rows"])
            if (row["k"] == k_line && row["variance"] == default_variance())
                std::cout << json{{"detection", row["planted"]["detection"]["rate"]},
                                  {"false_fail", row["planted"]["false_fail"]["rate"]},
                                  {"inconclusive", row["planted"]["inconclusive"]["rate"]},
                                  {"k", k_line},
                                  {"seconds", wall}}
                                 .dump()
                          << std::endl;
        if (b.o.keep_dir.empty()) fs::remove_all(dir);
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "bench_power: " << e.what() << "\n";
        return 2;
    }
}
