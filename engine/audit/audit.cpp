#include "audit/audit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "audit/attacks.h"
#include "audit/metrics.h"
#include "audit/reference_pool.h"
#include "audit/scoring_unit.h"
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "data/tensor_store.h"
#include "evidence/csv_table.h"
#include "lineage/audit_queries.h"
#include "lineage/lineage.h"
#include "model/inference.h"
#include "model/net.h"
#include "project/project.h"
#include "train/config.h"

namespace lethe {

using nlohmann::json;

namespace {

json ci_json(const Interval &i) { return json::array({i.lo, i.hi}); }

json attack_json(const AttackEvaluation &e) {
    json pts = json::array();
    for (const auto &p : thin_roc(e.roc.points, 200)) pts.push_back({p.fpr, p.tpr});
    json j = {{"auc", e.roc.auc},
              {"auc_ci95", ci_json(e.auc_ci)},
              {"n_members", e.roc.n_members},
              {"n_nonmembers", e.roc.n_nonmembers},
              {"roc", pts},
              {"bootstrap", {{"resamples", e.resamples}, {"seed", e.seed}, {"level", e.level}}}};
    for (size_t l = 0; l < fpr_levels().size(); ++l) {
        const auto &k = fpr_level_keys()[l];
        const auto &t = e.at[l];
        j["tpr_at_" + k + "_fpr"] = t.tpr;
        j["tpr_at_" + k + "_fpr_ci95"] = ci_json(e.tpr_ci[l]);
        j["fpr_reached_at_" + k] = t.fpr_reached;
        j["threshold_at_" + k] = std::isfinite(t.threshold) ? json(t.threshold) : json();
    }
    return j;
}

// Per-set scores of one attack: forget, retain, test.
struct SetScores {
    std::vector<double> f, r, t;
};

BootstrapConfig salted(const BootstrapConfig &b, const std::string &name) {
    BootstrapConfig c = b;
    uint64_t h = 1469598103934665603ULL;
    for (char ch : name) h = (h ^ uint64_t(uint8_t(ch))) * 1099511628211ULL;
    c.seed = mix_seed(b.seed, h);
    return c;
}

// Columns of a stored audit CSV: record_id -> (set, loss).
std::unordered_map<int64_t, std::pair<std::string, double>> csv_losses(const std::string &csv) {
    std::unordered_map<int64_t, std::pair<std::string, double>> out;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> c;
        std::stringstream ls(line);
        std::string cell;
        while (std::getline(ls, cell, ',')) c.push_back(cell);
        if (c.size() < 5) continue;
        out[std::stoll(c[0])] = {c[1], std::stod(c[4])};
    }
    return out;
}

// z of a percentile in (0, 1).
double z_of(double u) { return normal_quantile(std::min(1 - 1e-12, std::max(1e-12, u))); }

std::vector<int64_t> training_ids(Lineage &lin, const ModelRow &m) {
    std::vector<int64_t> ids;
    if (m.run_id)
        for (const auto &p : lin.placements(*m.run_id)) ids.push_back(p.record_id);
    else
        for (const auto &r : lin.records("train")) ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// One audit's working state, filled stage by stage (audit_model below runs
// the stages in order). Sets: forget (f), retain (r), test (t); `all` is
// their concatenation, in that order, and every per-record vector follows it.
struct AuditWork {
    AuditWork(Project &p, const AuditOptions &opt, const RunControl &control)
        : project(p), lin(p.lineage()), o(opt), rc(control),
          // With an executor the model runs on the executor's machines: here only arithmetic.
          device(opt.executor ? torch::Device(torch::kCPU) : pick_device(opt.device)) {}

    Project &project;
    Lineage &lin;
    const AuditOptions &o;
    const RunControl &rc;
    const torch::Device device;
    const TensorStore *store = nullptr;
    std::optional<TensorStore> own_store;
    LoadedModel model;
    int C = 0; // classes
    // With an executor: the scoring unit's predictions, and each record's row in them.
    std::optional<Predictions> scored;
    std::unordered_map<int64_t, int64_t> scored_row;

    std::vector<int64_t> forget, retain, test, all;
    std::vector<int64_t> ys; // labels of `all`
    std::vector<ExampleStats> sf, sr, st;
    std::vector<int> lab_f, lab_r, lab_t;
    std::string csv; // the per-example CSV (scores_sha256)

    json summary;
    json acc = json::object(), ci = json::object();
    std::map<std::string, SetScores> scores; // every attack's scores, higher = member
    std::vector<std::string> attack_order;

    // The reference pool and what its attacks leave for the later stages.
    std::optional<PoolScores> pool;
    json refs_json, refs_unavailable = json::object(), lira_calibration = nullptr;
    std::vector<ReferenceScores> rs;    // per record of `all`: IN and OUT reference scores
    std::vector<double> prob, out_mean; // per record of `all`: p_y, mean OUT p_y
    LiraModel lm;
    std::vector<double> ulira_z_power_f; // per forget record: the z a remembering model shows

    std::vector<double> exp_f, exp_r, exp_t; // per-record exposure
    std::unordered_map<int64_t, std::optional<int64_t>> subject_of;

    // The before-audit this one compares with.
    std::optional<int64_t> cmp;
    std::unordered_map<int64_t, std::pair<std::string, double>> before;
    std::vector<double> before_test_scores;

    std::string acsv, acsv_sha; // per-record attack scores

    size_t nf() const { return forget.size(); }
    size_t nfr() const { return forget.size() + retain.size(); }
    int set_of(size_t i) const { return i < nf() ? 0 : i < nfr() ? 1 : 2; }
    std::vector<std::pair<std::string, const std::vector<ExampleStats> *>> sets() const {
        return {{"forget", &sf}, {"retain", &sr}, {"test", &st}};
    }
    const ExampleStats &stats(size_t i) const { return i < nf() ? sf[i] : i < nfr() ? sr[i - nf()] : st[i - nfr()]; }
    void split3(const std::vector<double> &v, SetScores &ss) const {
        ss.f.assign(v.begin(), v.begin() + long(nf()));
        ss.r.assign(v.begin() + long(nf()), v.begin() + long(nfr()));
        ss.t.assign(v.begin() + long(nfr()), v.end());
    }
    std::string subject_key(int64_t rid) const {
        const auto it = subject_of.find(rid);
        if (it != subject_of.end() && it->second) {
            if (auto p = lin.subject_pseudonym(*it->second)) return *p;
        }
        return "record:" + std::to_string(rid);
    }
};

// The three sets. Forget records the model never trained on still count as
// forget records: after unlearning that is exactly the point.
struct AuditSets {
    std::vector<int64_t> forget, retain, test;
    std::vector<int64_t> all() const { // forget, retain, test: the order of every per-record vector
        std::vector<int64_t> ids = forget;
        ids.insert(ids.end(), retain.begin(), retain.end());
        ids.insert(ids.end(), test.begin(), test.end());
        return ids;
    }
};

AuditSets audit_sets(Project &project, const ModelRow &model, const AuditOptions &o) {
    auto &lin = project.lineage();
    AuditSets s;
    s.forget = o.forget_ids;
    std::sort(s.forget.begin(), s.forget.end());
    s.forget.erase(std::unique(s.forget.begin(), s.forget.end()), s.forget.end());
    const std::set<int64_t> fset(s.forget.begin(), s.forget.end());
    for (auto id : training_ids(lin, model))
        if (!fset.count(id)) s.retain.push_back(id);
    if (int64_t(s.retain.size()) > o.retain_sample) {
        std::mt19937_64 rng(o.seed);
        std::shuffle(s.retain.begin(), s.retain.end(), rng);
        s.retain.resize(size_t(o.retain_sample));
        std::sort(s.retain.begin(), s.retain.end());
    }
    for (const auto &r : lin.records("test"))
        if (r.redaction.empty()) s.test.push_back(r.id); // a redacted record's raw data is gone
    if (s.test.empty())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: the project has no test records to audit against"), project.root()));
    return s;
}

// The population records RMIA compares with: the population split, a
// seeded sample of it when larger than the options allow (may be empty).
std::vector<int64_t> population_sample(Lineage &lin, const AuditOptions &o) {
    std::vector<int64_t> ids;
    for (const auto &r : lin.records("population")) ids.push_back(r.id);
    if (int64_t(ids.size()) > o.population_sample) {
        std::mt19937_64 rng(mix_seed(o.seed, 0x909));
        std::shuffle(ids.begin(), ids.end(), rng);
        ids.resize(size_t(o.population_sample));
        std::sort(ids.begin(), ids.end());
    }
    return ids;
}

// Everything an audit runs the model on: its sets (`all`), then the
// population sample. What a scoring unit holds.
std::vector<int64_t> scored_ids(Lineage &lin, std::vector<int64_t> all, const AuditOptions &o) {
    const auto pop = population_sample(lin, o);
    all.insert(all.end(), pop.begin(), pop.end());
    return all;
}

void choose_sets(AuditWork &w) {
    auto s = audit_sets(w.project, w.model.row, w.o);
    w.all = s.all();
    w.forget = std::move(s.forget);
    w.retain = std::move(s.retain);
    w.test = std::move(s.test);
}

// The model's predictions on ids: computed here, or taken from the
// scoring unit's (an executor's) by record id.
Predictions predict_ids(AuditWork &w, const std::vector<int64_t> &ids) {
    if (!w.scored) return predict(w.model, *w.store, ids, w.device, w.rc);
    const int64_t c = w.scored->log_probs.size(1);
    Predictions p;
    p.log_probs = torch::empty({int64_t(ids.size()), c}, torch::kDouble);
    p.pred = torch::empty({int64_t(ids.size())}, torch::kLong);
    const auto *lp = w.scored->log_probs.data_ptr<double>();
    const auto *pr = w.scored->pred.data_ptr<int64_t>();
    auto *olp = p.log_probs.data_ptr<double>();
    auto *opr = p.pred.data_ptr<int64_t>();
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto it = w.scored_row.find(ids[i]);
        if (it == w.scored_row.end())
            internal_error(msg(QT_TRANSLATE_NOOP("Engine", "a record the scoring unit did not score")));
        std::copy(lp + it->second * c, lp + (it->second + 1) * c, olp + int64_t(i) * c);
        opr[i] = pr[it->second];
    }
    return p;
}

// One pass of the model over every audited record: per-example statistics
// and the per-example CSV.
void score_records(AuditWork &w) {
    const auto &all = w.all;
    const auto pred = predict_ids(w, all);
    const auto labels = w.store->labels(w.store->rows(all), torch::kCPU);
    const auto *lp = pred.log_probs.data_ptr<double>();
    const auto *pr = pred.pred.data_ptr<int64_t>();
    const auto *ys = labels.data_ptr<int64_t>();
    const int C = w.C = w.model.spec.n_classes;
    w.ys.assign(ys, ys + all.size());
    // A model whose outputs are NaN (overflowing logits of diverged weights)
    // cannot be scored: NaN has no order, and the attacks sort scores. Said
    // here, naming the model and the first record, before anything is stored.
    {
        int64_t n_nan = 0, first = -1;
        for (size_t i = 0; i < all.size(); ++i)
            for (int c = 0; c < C; ++c)
                if (std::isnan(lp[i * size_t(C) + size_t(c)])) {
                    if (!n_nan++) first = all[i];
                    break;
                }
        if (n_nan)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "model %1 gives NaN outputs on %2 of %3 audited records (first: record "
                                                "%4): its weights may have diverged; it cannot be audited"),
                    w.o.model_id, n_nan, all.size(), first));
    }
    w.csv = "record_id,set,label,pred,loss,confidence,logit_confidence,entropy,modified_entropy\n";
    char line[320];
    for (size_t i = 0; i < all.size(); ++i) {
        auto s = example_stats(lp + i * size_t(C), C, int(ys[i]));
        s.pred = int(pr[i]); // the model's decision (vote for vote ensembles)
        const int which = w.set_of(i);
        const char *set = which == 0 ? "forget" : which == 1 ? "retain" : "test";
        (which == 0 ? w.sf : which == 1 ? w.sr : w.st).push_back(s);
        (which == 0 ? w.lab_f : which == 1 ? w.lab_r : w.lab_t).push_back(int(ys[i]));
        // %.17g: every double read back is the one the figures were computed
        // from, so a verifier recomputes them exactly (lethe verify-bundle).
        std::snprintf(line, sizeof line, "%lld,%s,%d,%d,%.17g,%.17g,%.17g,%.17g,%.17g\n", (long long)all[i], set,
                      int(ys[i]), s.pred, s.loss, s.confidence, s.logit_confidence, s.entropy, s.modified_entropy);
        w.csv += line;
    }
}

// Accuracy per set, with its interval, and per class.
void accuracy(AuditWork &w) {
    auto &summary = w.summary;
    summary["model_id"] = w.o.model_id;
    summary["role"] = w.o.role;
    summary["n"] = {{"forget", w.sf.size()}, {"retain", w.sr.size()}, {"test", w.st.size()}};
    summary["retain_sample_seed"] = w.o.seed;
    json per_class = json::object();
    size_t offset = 0;
    for (const auto &[name, v] : w.sets()) {
        int64_t k = 0;
        std::vector<int64_t> ck(size_t(w.C), 0), cn(size_t(w.C), 0);
        for (size_t i = 0; i < v->size(); ++i) {
            const int y = int(w.ys[offset + i]);
            const bool ok = (*v)[i].pred == y;
            k += ok;
            ck[size_t(y)] += ok;
            cn[size_t(y)] += 1;
        }
        offset += v->size();
        if (v->empty()) {
            w.acc[name] = nullptr;
            continue;
        }
        w.acc[name] = double(k) / double(v->size());
        const auto [lo, hi] = wilson_interval(k, int64_t(v->size()));
        w.ci[name] = {lo, hi};
        json pc = json::array();
        for (int c = 0; c < w.C; ++c)
            pc.push_back(cn[size_t(c)] ? json(double(ck[size_t(c)]) / double(cn[size_t(c)])) : json());
        per_class[name] = pc;
    }
    summary["accuracy"] = w.acc;
    summary["accuracy_ci95"] = w.ci;
    summary["per_class_accuracy"] = per_class;
    summary["unlearning_accuracy"] = w.sf.empty() ? json() : json(1.0 - w.acc["forget"].get<double>());
    summary["mia"] = json::object();
    summary["control"] = json::object();
}

// The attacks that need no reference model: one score per statistic, and
// Song and Mittal's class-dependent thresholds fitted on retained (members)
// vs test.
void population_attacks(AuditWork &w) {
    for (const auto &stat : statistic_names()) {
        SetScores &ss = w.scores[stat];
        for (const auto &x : w.sf) ss.f.push_back(attack_score(x, stat));
        for (const auto &x : w.sr) ss.r.push_back(attack_score(x, stat));
        for (const auto &x : w.st) ss.t.push_back(attack_score(x, stat));
        w.attack_order.push_back(stat);
    }
    if (w.sr.empty()) return;
    for (const char *stat : {"modified_entropy", "confidence"}) {
        const auto &base = w.scores[stat];
        const auto thr = fit_class_thresholds(base.r, w.lab_r, base.t, w.lab_t, w.C);
        const std::string name = std::string("class_threshold_") + stat;
        SetScores &ss = w.scores[name];
        ss.f = apply_class_thresholds(base.f, w.lab_f, thr);
        ss.r = apply_class_thresholds(base.r, w.lab_r, thr);
        ss.t = apply_class_thresholds(base.t, w.lab_t, thr);
        w.attack_order.push_back(name);
    }
}

// The first n models of a pool: with nested halves each record is IN for
// exactly n/2 of them, so the prefix is a balanced pool of n.
void use_pool_prefix(PoolScores &pool, int n) {
    if (n % 2 || n > int(pool.models.size()))
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "pool_models %1: an even number of at most the pool's %2 models"),
                        n, pool.models.size()));
    pool.models.resize(size_t(n));
    pool.log_p.resize(size_t(n));
    pool.phi.resize(size_t(n));
    for (auto &m : pool.masks) m.resize(size_t(n));
}

// The reference pool to attack with, if the options allow one and one
// covers every audited record; the reason in refs_json otherwise.
void find_pool(AuditWork &w) {
    if (!w.o.use_references) return;
    const json target_cfg = w.model.row.run_id ? w.lin.run(*w.model.row.run_id).config : json::object();
    Message why_none;
    w.pool = load_pool_scores(w.project, w.o.pool_id, target_cfg, w.o.job_id, &why_none);
    if (w.pool)
        for (auto id : w.all)
            if (!w.pool->position.count(id)) {
                const Message m =
                    msg(QT_TRANSLATE_NOOP("Engine", "reference pool %1 does not cover record %2"), w.pool->pool.id, id);
                w.refs_json = {{"used", false}, {"reason", m.english()}, {"reason_message", message_json(m)}};
                w.pool.reset();
                break;
            }
    if (!w.pool && w.refs_json.is_null())
        w.refs_json = {{"used", false}, {"reason", why_none.english()}, {"reason_message", message_json(why_none)}};
    if (w.pool && w.o.pool_models > 0) use_pool_prefix(*w.pool, w.o.pool_models);
}

// Calibration against genuine non-members. The reference models train on
// halves of the universe, the audited model on all its training records: it
// is more confident on everything, so its raw z sits well above 0 even on
// test records it never saw (measured: mean z 3.5 on the test records of a
// 3,000-record demo, K = 4), and a subject that was exactly retrained away
// "failed". The test records are non-members of the audited model by
// construction, so its z over them is the null distribution: z is
// re-centred and re-scaled by their median and MAD (x 1.4826). A monotone
// map, the same for every set: ROC, AUC and TPR are unchanged; exposure,
// the per-example test, epsilon and the verdicts read the calibrated z.
void calibrate_lira(AuditWork &w) {
    auto &sc = w.scores["lira_offline"];
    if (sc.t.size() < 20) return;
    auto med = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const double shift = med(sc.t);
    std::vector<double> dev;
    for (double z : sc.t) dev.push_back(std::abs(z - shift));
    const double scale = std::max(1e-6, 1.4826 * med(dev));
    for (auto *v : {&sc.f, &sc.r, &sc.t})
        for (double &z : *v) z = (z - shift) / scale;
    w.lira_calibration = {{"method", "z' = (z - median) / (1.4826 MAD) over the test records' LiRA offline z "
                                     "(non-members of the audited model)"},
                          {"median", shift},
                          {"scale", scale},
                          {"n_test", sc.t.size()}};
}

// LiRA offline and online (Carlini et al.) against the pool, calibrated,
// and per forget record the z a remembering model would show (the power).
void lira_attacks(AuditWork &w) {
    const auto &pool = *w.pool;
    const size_t K = pool.models.size(), n = w.all.size();
    w.rs.assign(n, {});
    w.prob.assign(n, 0);
    w.out_mean.assign(n, 0);
    std::vector<double> phi(n);
    for (size_t i = 0; i < n; ++i) {
        const size_t pos = pool.position.at(w.all[i]);
        double om = 0;
        for (size_t k = 0; k < K; ++k) {
            if (pool.masks[pos][k] == '1')
                w.rs[i].in.push_back(pool.phi[k][pos]);
            else {
                w.rs[i].out.push_back(pool.phi[k][pos]);
                om += std::exp(pool.log_p[k][pos]);
            }
        }
        w.out_mean[i] = w.rs[i].out.empty() ? 0 : om / double(w.rs[i].out.size());
        phi[i] = w.stats(i).logit_confidence;
        w.prob[i] = w.stats(i).confidence;
    }
    w.lm = fit_lira(w.rs, w.o.lira);
    w.split3(lira_offline(w.lm, phi), w.scores["lira_offline"]);
    w.split3(lira_online(w.lm, phi), w.scores["lira_online"]);
    calibrate_lira(w);
    // Records no reference model trained on (erased: OUT for every model
    // since the pool was rebuilt) have no IN distribution: LiRA online and
    // the power of the test are unavailable for them, not estimated.
    int64_t no_in[3] = {0, 0, 0};
    for (size_t i = 0; i < n; ++i)
        if (w.rs[i].in.empty()) ++no_in[w.set_of(i)];
    auto &online = w.scores["lira_online"];
    if (no_in[0] || no_in[2]) online.f.clear();
    if (no_in[1] || no_in[2]) online.r.clear();
    if (no_in[0] || no_in[1] || no_in[2])
        w.refs_unavailable["lira_online"] = {
            {"reason", "no reference model trained on these records (erased records are OUT for every model "
                       "after a rebuild): the IN distribution does not exist"},
            {"reason_message",
             message_json(msg(QT_TRANSLATE_NOOP("Engine", "no reference model trained on these records (erased "
                                                          "records are OUT for every model after a rebuild): the IN "
                                                          "distribution does not exist")))},
            {"n_forget_without_in", no_in[0]},
            {"n_retain_without_in", no_in[1]},
            {"n_test_without_in", no_in[2]},
            {"forget_vs_test", !online.f.empty()},
            {"retain_vs_test", !online.r.empty()}};
    w.attack_order.push_back("lira_offline");
    w.attack_order.push_back("lira_online");
    // On the calibrated scale, shift included: a remembering model's z is
    // taken to be an IN reference model's, moved by the same map as the
    // audited model's. Leaving the shift out (an earlier version) assumed the
    // audited model gains as much confidence over the references on its
    // members as on non-members; the planted subjects of the power benchmark
    // showed otherwise (docs/audit-power.md): the no-op was caught far less
    // often than that power promised.
    const bool calibrated = w.lira_calibration.is_object();
    const double cal = calibrated ? w.lira_calibration["scale"].get<double>() : 1.0;
    const double shift = calibrated ? w.lira_calibration["median"].get<double>() : 0.0;
    for (size_t i = 0; i < w.nf(); ++i) {
        std::vector<double> zi;
        for (double v : w.rs[i].in) zi.push_back(((v - w.lm.mu_out[i]) / w.lm.sd_out[i] - shift) / cal);
        w.ulira_z_power_f.push_back(zi.empty() ? std::numeric_limits<double>::quiet_NaN()
                                               : std::accumulate(zi.begin(), zi.end(), 0.0) / double(zi.size()));
    }
}

// The RMIA population: the population split (a seeded sample) or, without
// one, the test records, each left out of its own comparison (`self`).
struct RmiaPopulation {
    std::vector<int64_t> ids;
    std::string source = "population";
    std::vector<double> pz, pz_out_mean;
    std::vector<int64_t> self;
};

RmiaPopulation rmia_population(AuditWork &w) {
    const auto &pool = *w.pool;
    RmiaPopulation p;
    p.self.assign(w.all.size(), -1);
    p.ids = population_sample(w.lin, w.o);
    if (!p.ids.empty()) {
        const auto pp = predict_ids(w, p.ids);
        const auto pl = w.store->labels(w.store->rows(p.ids), torch::kCPU);
        const auto *plp = pp.log_probs.data_ptr<double>();
        const auto *py = pl.data_ptr<int64_t>();
        for (size_t j = 0; j < p.ids.size(); ++j) p.pz.push_back(std::exp(plp[j * size_t(w.C) + size_t(py[j])]));
    } else {
        p.source = "test (each record left out of its own comparison)";
        p.ids = w.test;
        for (size_t j = 0; j < w.test.size(); ++j) {
            p.pz.push_back(w.st[j].confidence);
            p.self[w.nfr() + j] = int64_t(j);
        }
    }
    for (auto id : p.ids) {
        const auto it = pool.position.find(id);
        double om = 0;
        int no = 0;
        if (it != pool.position.end())
            for (size_t k = 0; k < pool.models.size(); ++k)
                if (pool.masks[it->second][k] == '0') {
                    om += std::exp(pool.log_p[k][it->second]);
                    ++no;
                }
        p.pz_out_mean.push_back(no ? om / no : 0.5);
    }
    return p;
}

// RMIA offline (Zarifzadeh et al.): a fitted the paper's way, reference
// model 0 as the target and the others as references.
json rmia_attack(AuditWork &w) {
    const auto &pool = *w.pool;
    const size_t K = pool.models.size();
    const auto pop = rmia_population(w);
    std::vector<double> ft_p, ft_out;
    std::vector<int> ft_m;
    std::vector<double> fz_p, fz_out;
    {
        std::vector<size_t> cand(pool.masks.size());
        std::iota(cand.begin(), cand.end(), 0);
        std::mt19937_64 rng(mix_seed(w.o.seed, 0xa11));
        std::shuffle(cand.begin(), cand.end(), rng);
        std::unordered_map<int64_t, bool> is_pop;
        for (auto id : pop.ids) is_pop[id] = true;
        std::vector<int64_t> pos_to_id(pool.masks.size());
        for (const auto &[id, pos] : pool.position) pos_to_id[pos] = id;
        int64_t nin = 0, nout = 0;
        for (size_t pos : cand) {
            double om = 0;
            int no = 0;
            for (size_t k = 1; k < K; ++k)
                if (pool.masks[pos][k] == '0') {
                    om += std::exp(pool.log_p[k][pos]);
                    ++no;
                }
            if (!no) continue;
            const bool member = pool.masks[pos][0] == '1';
            if (is_pop.count(pos_to_id[pos]) && !member && fz_p.size() < 2000) {
                fz_p.push_back(std::exp(pool.log_p[0][pos]));
                fz_out.push_back(om / no);
                continue;
            }
            if ((member ? nin : nout) >= 2000) continue;
            ft_p.push_back(std::exp(pool.log_p[0][pos]));
            ft_out.push_back(om / no);
            ft_m.push_back(member);
            (member ? nin : nout)++;
        }
    }
    RmiaFit fit;
    if (!fz_p.empty() && std::count(ft_m.begin(), ft_m.end(), 1) && std::count(ft_m.begin(), ft_m.end(), 0))
        fit = fit_rmia_a(ft_p, ft_m, ft_out, fz_p, fz_out, w.o.rmia_gamma);
    std::vector<double> prx(w.all.size()), prz(pop.pz.size());
    for (size_t i = 0; i < w.all.size(); ++i) prx[i] = rmia_prior(w.out_mean[i], fit.a);
    for (size_t j = 0; j < pop.pz.size(); ++j) prz[j] = rmia_prior(pop.pz_out_mean[j], fit.a);
    w.split3(rmia_scores(w.prob, prx, pop.pz, prz, w.o.rmia_gamma, pop.self), w.scores["rmia"]);
    w.attack_order.push_back("rmia");
    json grid = json::array();
    for (const auto &[a, auc] : fit.grid) grid.push_back({a, auc});
    return {{"a", fit.a},
            {"a_fit_auc", fit.auc},
            {"a_grid", grid},
            {"gamma", w.o.rmia_gamma},
            {"population", pop.source},
            {"n_population", pop.pz.size()},
            {"n_fit_target", ft_p.size()},
            {"n_fit_population", fz_p.size()}};
}

// U-LiRA style: each forget record against the models that never saw its
// subject, and the challenge's epsilon per record.
void unlearning_test(AuditWork &w) {
    const auto &o = w.o;
    const auto &z = w.scores["lira_offline"].f;
    int64_t rej = 0;
    std::vector<double> eps;
    for (size_t i = 0; i < z.size(); ++i) {
        rej += normal_sf(z[i]) < o.ulira_alpha;
        eps.push_back(
            challenge_epsilon_gaussian(z[i], o.challenge_delta, 1.0 / double(std::max<size_t>(1, w.rs[i].out.size()))));
    }
    const auto [lo, hi] = wilson_interval(rej, int64_t(z.size()));
    w.summary["unlearning_test"] = {
        {"method", "per-example one-sided test of the audited model's logit-confidence against the OUT "
                   "reference models (retrained without the record's subject), U-LiRA style"},
        {"alpha", o.ulira_alpha},
        {"n", z.size()},
        {"n_rejected", rej},
        {"fraction_rejected", double(rej) / double(z.size())},
        {"fraction_rejected_ci95", {lo, hi}},
        {"expected_if_forgotten", o.ulira_alpha},
        {"n_reference_models_out_min", w.lm.n_out_min}};
    std::vector<double> ecopy = eps;
    std::sort(ecopy.begin(), ecopy.end());
    w.summary["challenge"] = {{"forgetting_quality_F", forgetting_quality(eps)},
                              {"epsilon_mean", std::accumulate(eps.begin(), eps.end(), 0.0) / double(eps.size())},
                              {"epsilon_median", ecopy[ecopy.size() / 2]},
                              {"epsilon_max", ecopy.back()},
                              {"n", eps.size()},
                              {"n_retrained_models", w.lm.n_out_min},
                              {"n_unlearned_models", 1},
                              {"delta", o.challenge_delta},
                              {"bin_width", 0.5},
                              {"estimator",
                               "gaussian plug-in: retrained ~ N(mu_out, sd_out) from the OUT reference models, "
                               "unlearned ~ N(observed, sd_out); error rates floored at 1/n_retrained_models"}};
}

// The reference pool's attacks: LiRA, RMIA, the per-example test, epsilon.
void reference_attacks(AuditWork &w) {
    find_pool(w);
    if (w.pool) {
        const auto &pool = *w.pool;
        lira_attacks(w);
        const json rmia = rmia_attack(w);
        json hashes = json::array();
        for (const auto &m : pool.models)
            hashes.push_back(
                {{"idx", m.idx}, {"scores_sha256", m.scores_sha256}, {"files", m.files}, {"seed", m.seed}});
        w.refs_json = {{"used", true},
                       {"pool_id", pool.pool.id},
                       {"k", pool.models.size()},
                       {"pool_k", pool.pool.k},
                       {"seed", pool.pool.seed},
                       {"n_in_min", w.lm.n_in_min},
                       {"n_out_min", w.lm.n_out_min},
                       {"config_matches_target", pool.config_matches_target},
                       {"lira",
                        {{"statistic", "logit_confidence"},
                         {"fixed_variance", w.o.lira.fixed_variance},
                         {"variance", w.o.lira.fixed_variance    ? "pooled"
                                      : w.o.lira.floor_at_pooled ? "per_example_floored_at_pooled"
                                                                 : "per_example"}}},
                       {"rmia", rmia},
                       {"models", hashes}};
        if (!w.refs_unavailable.empty()) w.refs_json["unavailable"] = w.refs_unavailable;
        w.refs_json["lira_calibration"] = w.lira_calibration;
        if (!w.sf.empty()) unlearning_test(w);
    }
    w.summary["references"] = w.refs_json.is_null() ? json{{"used", false}, {"reason", "disabled"}} : w.refs_json;
}

// Every attack with its intervals: forget vs test, and the control
// (retained vs test).
void attack_intervals(AuditWork &w) {
    auto &summary = w.summary;
    for (const auto &name : w.attack_order) {
        const auto &ss = w.scores[name];
        if (!ss.f.empty()) summary["mia"][name] = attack_json(evaluate_attack(ss.f, ss.t, salted(w.o.bootstrap, name)));
        if (!ss.r.empty())
            summary["control"][name] =
                attack_json(evaluate_attack(ss.r, ss.t, salted(w.o.bootstrap, "control/" + name)));
        if (w.pool && (name == "lira_offline" || name == "lira_online" || name == "rmia")) {
            if (summary["mia"].contains(name)) summary["mia"][name]["n_reference_models"] = w.pool->models.size();
            if (summary["control"].contains(name))
                summary["control"][name]["n_reference_models"] = w.pool->models.size();
        }
    }
    if (w.sf.empty()) summary["mia"] = nullptr;
    if (w.sr.empty()) summary["control"] = nullptr;
}

// MIA-Efficacy (SalUn): an RBF SVC on p_y, retained vs test, applied to the
// forget set.
void mia_efficacy(AuditWork &w) {
    if (w.sf.empty() || w.sr.empty()) {
        w.summary["mia_efficacy"] = nullptr;
        return;
    }
    std::vector<double> cf, cr, ct;
    for (const auto &x : w.sf) cf.push_back(x.confidence);
    for (const auto &x : w.sr) cr.push_back(x.confidence);
    for (const auto &x : w.st) ct.push_back(x.confidence);
    const auto &svc = w.o.svc;
    const auto sv = svc_mia_efficacy(cr, ct, cf, svc);
    const auto [lo, hi] = wilson_interval(int64_t(std::llround(sv.efficacy * double(sv.n_target))), sv.n_target);
    w.summary["mia_efficacy"] = {
        {"value", sv.efficacy},
        {"ci95", {lo, hi}},
        {"n_forget", sv.n_target},
        {"n_fit_members", sv.n_fit_members},
        {"n_fit_nonmembers", sv.n_fit_nonmembers},
        {"feature", "confidence"},
        {"svc", {{"kernel", "rbf"}, {"C", svc.C}, {"gamma", svc.gamma}, {"seed", svc.seed}}},
        {"meaning", "fraction of the forget set the SVC calls non-member (higher = more forgotten)"}};
}

// Per-record exposure: calibrated by the references when there are any,
// else the loss-attack percentile among the test records.
void exposures(AuditWork &w) {
    const std::string attack = w.pool ? "lira_offline" : "loss";
    const auto &ss = w.scores[attack];
    auto exposure_of = [&](const std::vector<double> &v) {
        if (w.pool) {
            std::vector<double> e;
            for (double z : v) e.push_back(normal_cdf(z));
            return e;
        }
        return exposure_percentiles(v, w.scores["loss"].t);
    };
    w.exp_f = exposure_of(ss.f);
    w.exp_r = exposure_of(ss.r);
    w.exp_t = exposure_of(ss.t);
}

// One attack's slices: by class and by correctness.
json slices_of(AuditWork &w, const std::string &attack, const std::string &primary) {
    const auto &ss = w.scores[attack];
    json by_class = json::array(), by_correct = json::object();
    auto slice = [&](auto keep_f, auto keep_t, const std::string &salt) {
        std::vector<double> a, b;
        for (size_t i = 0; i < ss.f.size(); ++i)
            if (keep_f(i)) a.push_back(ss.f[i]);
        for (size_t i = 0; i < ss.t.size(); ++i)
            if (keep_t(i)) b.push_back(ss.t[i]);
        json j = {{"n_members", a.size()}, {"n_nonmembers", b.size()}};
        if (a.empty() || b.empty()) return j;
        // The primary attack keeps its historical salt, so its intervals do not move.
        auto e = attack_json(evaluate_attack(a, b, salted(w.o.bootstrap, attack == primary ? salt : attack + salt)));
        e.erase("roc");
        return e;
    };
    // An attack without scores for every forget and test record (LiRA
    // online without IN models) has no slices.
    const auto &sf = w.sf, &st = w.st;
    const auto &lab_f = w.lab_f, &lab_t = w.lab_t;
    if (!sf.empty() && ss.f.size() == sf.size() && ss.t.size() == st.size()) {
        for (int c = 0; c < w.C; ++c) {
            auto j = slice([&](size_t i) { return lab_f[i] == c; }, [&](size_t i) { return lab_t[i] == c; },
                           "class" + std::to_string(c));
            j["class"] = c;
            by_class.push_back(j);
        }
        by_correct["correct"] = slice([&](size_t i) { return sf[i].pred == lab_f[i]; },
                                      [&](size_t i) { return st[i].pred == lab_t[i]; }, "correct");
        by_correct["incorrect"] = slice([&](size_t i) { return sf[i].pred != lab_f[i]; },
                                        [&](size_t i) { return st[i].pred != lab_t[i]; }, "incorrect");
    }
    return json{{"attack", attack}, {"by_class", by_class}, {"by_correctness", by_correct}};
}

// Slices of every attack. "slices" keeps the primary attack's (the
// report's), "slices_by_attack" all of them, so a view that switches the
// attack shows that attack's slices.
void slices(AuditWork &w) {
    const std::string primary = w.pool ? "lira_offline" : "loss";
    w.summary["slices"] = slices_of(w, primary, primary);
    json all = json::object();
    for (const auto &name : w.attack_order)
        if (w.scores.count(name)) all[name] = name == primary ? w.summary["slices"] : slices_of(w, name, primary);
    w.summary["slices_by_attack"] = all;
}

// The most exposed forget records, with their subjects.
void most_exposed(AuditWork &w) {
    std::vector<size_t> idx(w.sf.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return w.exp_f[a] > w.exp_f[b]; });
    json top = json::array();
    for (size_t j = 0; j < idx.size() && int(j) < w.o.top_exposed; ++j) {
        const size_t i = idx[j];
        json e = {{"record_id", w.forget[i]}, {"subject", w.subject_key(w.forget[i])},
                  {"label", w.lab_f[i]},      {"correct", w.sf[i].pred == w.lab_f[i]},
                  {"exposure", w.exp_f[i]},   {"loss", w.sf[i].loss}};
        e["key"] = w.lin.record_key(w.forget[i]); // what people see and give: the manifest's record_id
        if (w.pool) {
            e["lira_offline_z"] = w.scores["lira_offline"].f[i];
            e["rmia"] = w.scores["rmia"].f[i];
        }
        top.push_back(e);
    }
    w.summary["most_exposed"] = {{"exposure", w.pool ? "lira_offline" : "loss_percentile"}, {"records", top}};
}

// The before-audit: the control's comparison, and the test's power without
// references.
void load_before_audit(AuditWork &w) {
    w.cmp = w.o.compare_audit_id;
    if (!w.cmp && w.o.job_id && w.o.role == AuditRole::After)
        for (const auto &a : w.lin.audits(*w.o.job_id))
            if (a.role == AuditRole::Before) w.cmp = a.id;
    if (w.cmp) w.before = csv_losses(audit_scores_csv(w.project, *w.cmp));
    for (const auto &[rid, v] : w.before)
        if (v.first == "test") w.before_test_scores.push_back(-v.second);
}

// Retained control: records whose exposure (loss percentile) rose after
// unlearning.
void control_exposure(AuditWork &w) {
    json flags = json::array();
    int64_t compared = 0;
    if (w.cmp && !w.before_test_scores.empty()) {
        const auto now = exposure_percentiles(w.scores["loss"].r, w.scores["loss"].t);
        std::vector<double> bs;
        std::vector<size_t> at;
        for (size_t i = 0; i < w.retain.size(); ++i) {
            const auto it = w.before.find(w.retain[i]);
            if (it == w.before.end() || it->second.first != "retain") continue;
            bs.push_back(-it->second.second);
            at.push_back(i);
        }
        const auto was = exposure_percentiles(bs, w.before_test_scores);
        compared = int64_t(at.size());
        for (size_t j = 0; j < at.size(); ++j) {
            const size_t i = at[j];
            if (now[i] - was[j] >= w.o.control_rise && now[i] >= w.o.control_floor)
                flags.push_back({{"record_id", w.retain[i]},
                                 {"key", w.lin.record_key(w.retain[i])},
                                 {"before", was[j]},
                                 {"after", now[i]}});
        }
    }
    w.summary["control_exposure"] = {
        {"compared_with_audit", w.cmp ? json(*w.cmp) : json()},
        {"exposure", "loss_percentile"},
        {"n_compared", compared},
        {"n_flagged", flags.size()},
        {"rule", {{"rise_at_least", w.o.control_rise}, {"after_at_least", w.o.control_floor}}},
        {"flagged", flags.size() > 200 ? json(std::vector<json>(flags.begin(), flags.begin() + 200)) : flags}};
}

// Without references, the power of the per-subject test comes from the
// before-audit: each forget record's z there (0 where it has none).
bool before_audit_power(AuditWork &w, std::vector<double> &z_before_f) {
    z_before_f.assign(w.sf.size(), 0.0);
    if (w.pool || !w.cmp || w.before_test_scores.empty()) return bool(w.pool);
    std::vector<double> bf;
    std::vector<size_t> at;
    for (size_t i = 0; i < w.forget.size(); ++i) {
        const auto it = w.before.find(w.forget[i]);
        if (it == w.before.end()) continue;
        bf.push_back(-it->second.second);
        at.push_back(i);
    }
    const auto u = exposure_percentiles(bf, w.before_test_scores);
    for (size_t j = 0; j < at.size(); ++j) z_before_f[at[j]] = z_of(u[j]);
    return !at.empty();
}

// Why the case verdict is what it is: in sentences ("reasons"), and the same
// as codes with their counts ("reason_codes", [{code, n}]) from which a
// screen in another language words them (ui/verdict.cpp).
std::pair<json, json> verdict_reasons(const AuditWork &w, int fails, int passes, int no_power, int n_subjects,
                                      bool have_power) {
    json reasons = json::array(), codes = json::array();
    auto add = [&](const char *code, int64_t n, const std::string &text) {
        reasons.push_back(text);
        codes.push_back({{"code", code}, {"n", n}});
    };
    if (fails) add("still_members", fails, std::to_string(fails) + " subject(s) still look like members (z >= z_fail)");
    if (no_power)
        add("no_power", no_power,
            std::to_string(no_power) +
                " subject(s) have no reference model that trained on them "
                "(erased records are OUT for every model): the power of the test is unavailable, so "
                "they cannot pass");
    if (!fails && passes < n_subjects && no_power < n_subjects - passes) {
        if (w.pool)
            add("weak_test_pool", 0,
                "for some subjects even a model that trained on them would not reach z_power: "
                "the test cannot tell (more reference models or more records needed)");
        else if (have_power)
            add("weak_test_before", 0,
                "for some subjects the model before unlearning did not reach z_power either: the test cannot tell");
        else
            add("no_power_source", 0,
                "no reference pool and no before-audit: nothing shows the test could have seen a remembered subject");
    }
    const auto flagged = w.summary["control_exposure"]["n_flagged"].get<int64_t>();
    if (flagged > 0)
        add("retained_exposed", flagged,
            std::to_string(flagged) + " retained record(s) became more exposed (see control_exposure)");
    return {reasons, codes};
}

// Verdicts per subject (Stouffer's z over its records against the power a
// remembering model would show) and for the case.
void subject_verdicts(AuditWork &w) {
    auto &summary = w.summary;
    if (w.sf.empty()) {
        summary["subjects"] = json::array();
        summary["verdict"] = nullptr;
        return;
    }
    const auto &o = w.o;
    std::map<std::string, std::vector<size_t>> by_subject;
    for (size_t i = 0; i < w.forget.size(); ++i) by_subject[w.subject_key(w.forget[i])].push_back(i);
    std::vector<double> z_before_f;
    const bool have_power = before_audit_power(w, z_before_f);
    json subjects = json::array();
    int fails = 0, passes = 0, no_power = 0;
    for (const auto &[subj, idx] : by_subject) {
        std::vector<double> za, zp;
        bool power_here = have_power;
        std::vector<const std::vector<double> *> outs;
        std::vector<double> mu, sd;
        for (size_t i : idx) {
            za.push_back(w.pool ? w.scores["lira_offline"].f[i] : z_of(w.exp_f[i]));
            zp.push_back(w.pool ? w.ulira_z_power_f[i] : z_before_f[i]);
            if (std::isnan(zp.back())) power_here = false; // no IN reference model: erased
            if (w.pool) {
                outs.push_back(&w.rs[i].out);
                mu.push_back(w.lm.mu_out[i]);
                sd.push_back(w.lm.sd_out[i]);
            }
        }
        // Records of one subject move together across models: the sum's
        // spread under the null, from the OUT models (1 without a pool).
        const double deff = w.pool ? subject_design_effect(outs, mu, sd) : 1.0, root = std::sqrt(deff);
        SubjectEvidence ev{stouffer(za) / root, power_here ? stouffer(zp) / root : 0.0, int64_t(idx.size())};
        const auto v = subject_verdict(ev, o.verdict);
        fails += v == "fail";
        passes += v == "pass";
        const auto zb = salted(o.bootstrap, "subject/" + subj);
        const auto zci = stouffer_interval(za, zb);
        json sj = {{"subject", subj},
                   {"n", ev.n},
                   {"z", ev.z_after},
                   {"z_ci95", zci ? json::array({zci->first / root, zci->second / root}) : json()},
                   {"z_ci95_bootstrap", {{"resamples", zb.resamples}, {"seed", zb.seed}, {"level", zb.level}}},
                   {"design_effect", deff},
                   {"p", normal_sf(ev.z_after)},
                   {"z_if_remembered", ev.z_power},
                   {"verdict", v}};
        if (w.pool && !power_here) {
            ++no_power;
            sj["z_if_remembered"] = nullptr;
            sj["power"] = "unavailable: no reference model trained on this subject's records (erased; OUT for "
                          "every model of the rebuilt pool)";
        }
        subjects.push_back(sj);
    }
    const int n = int(by_subject.size());
    const std::string case_v = fails ? "fail" : passes == n ? "pass" : "inconclusive";
    summary["subjects"] = subjects;
    summary["verdict"] = {
        {"case", case_v},
        {"basis", w.pool ? "LiRA offline z of each forget record against " + std::to_string(w.pool->models.size()) +
                               " reference models (OUT = retrained without the subject), combined per subject "
                               "(Stouffer, divided by the root of the design effect the OUT models show for the "
                               "subject's records); power from the IN reference models"
                         : std::string("loss-attack exposure percentile among test records, as z, combined per "
                                       "subject (Stouffer); power from the before-audit")},
        {"z_source", w.pool ? "lira_offline" : "exposure"}, // the per-record column of the attack scores
        {"thresholds",
         {{"z_fail", o.verdict.z_fail}, {"z_power", o.verdict.z_power}, {"min_records", o.verdict.min_records}}},
        {"n_subjects", n},
        {"n_fail", fails},
        {"n_pass", passes},
        {"n_inconclusive", n - fails - passes},
        {"reference_models", w.pool ? int64_t(w.pool->models.size()) : int64_t(0)}};
    const auto [reasons, codes] = verdict_reasons(w, fails, passes, no_power, n, have_power);
    summary["verdict"]["reasons"] = reasons;
    summary["verdict"]["reason_codes"] = codes;
}

// Per-record attack scores beside the main CSV.
void attack_scores(AuditWork &w) {
    std::string &acsv = w.acsv;
    acsv = "record_id,set,subject,exposure";
    const std::vector<std::string> extra =
        w.pool ? std::vector<std::string>{"lira_offline", "lira_online", "rmia"} : std::vector<std::string>{};
    for (const auto &e : extra) acsv += "," + e;
    acsv += "\n";
    char buf[64];
    auto row = [&](int64_t rid, const char *set, double ex, size_t i, int which) {
        acsv += std::to_string(rid) + "," + set + "," + (which == 2 ? std::string() : csv_field(w.subject_key(rid)));
        std::snprintf(buf, sizeof buf, ",%.17g", ex);
        acsv += buf;
        for (const auto &e : extra) {
            const auto &ss = w.scores[e];
            const auto &v = which == 0 ? ss.f : which == 1 ? ss.r : ss.t;
            if (i >= v.size()) { // unavailable (LiRA online without IN models)
                acsv += ",";
                continue;
            }
            std::snprintf(buf, sizeof buf, ",%.17g", v[i]);
            acsv += buf;
        }
        acsv += "\n";
    };
    for (size_t i = 0; i < w.forget.size(); ++i) row(w.forget[i], "forget", w.exp_f[i], i, 0);
    for (size_t i = 0; i < w.retain.size(); ++i) row(w.retain[i], "retain", w.exp_r[i], i, 1);
    for (size_t i = 0; i < w.test.size(); ++i) row(w.test[i], "test", w.exp_t[i], i, 2);
    w.acsv_sha = sha256_hex(acsv);
    w.summary["attack_scores_sha256"] = w.acsv_sha;
}

// Loss histograms for the plots: 40 bins on log(1 + loss).
void loss_histogram(AuditWork &w) {
    json hist = json::object();
    for (const auto &[name, v] : w.sets()) {
        std::vector<int64_t> bins(40, 0);
        for (const auto &s : *v)
            bins[size_t(std::min(39.0, std::log1p(std::max(0.0, s.loss)) / std::log1p(20.0) * 40))]++;
        hist[name] = bins;
    }
    w.summary["loss_histogram"] = {{"bins", 40}, {"axis", "log(1+loss), 0..log(21)"}, {"counts", hist}};
}

// The audit row, its scores, its metrics and the log entry, in one transaction.
AuditResult store_audit(AuditWork &w) {
    auto &lin = w.lin;
    const auto &o = w.o;
    const auto &summary = w.summary;
    AuditResult res;
    res.scores_sha256 = sha256_hex(w.csv);
    res.summary = summary;
    AuditRow row;
    row.model_id = o.model_id;
    row.job_id = o.job_id;
    row.role = o.role;
    row.summary = summary;
    row.scores_sha256 = res.scores_sha256;
    auto tx = lin.begin();
    res.audit_id = lin.insert_audit(row, gzip_compress(w.csv));
    insert_audit_attack_scores(lin, res.audit_id, gzip_compress(w.acsv), w.acsv_sha);
    for (const auto &[name, v] : w.sets()) {
        if (w.acc[name].is_null()) continue;
        lin.insert_metric(res.audit_id, "accuracy", name, w.acc[name], w.ci[name][0].get<double>(),
                          w.ci[name][1].get<double>(), int64_t(v->size()));
    }
    for (const char *side : {"mia", "control"})
        if (summary[side].is_object())
            for (const auto &[name, a] : summary[side].items())
                lin.insert_metric(res.audit_id, "mia_auc_" + name,
                                  side == std::string("mia") ? "forget_vs_test" : "retain_vs_test", a["auc"],
                                  a["auc_ci95"][0].get<double>(), a["auc_ci95"][1].get<double>(),
                                  a["n_members"].get<int64_t>() + a["n_nonmembers"].get<int64_t>());
    if (summary["mia_efficacy"].is_object())
        lin.insert_metric(res.audit_id, "mia_efficacy", "forget", summary["mia_efficacy"]["value"],
                          summary["mia_efficacy"]["ci95"][0].get<double>(),
                          summary["mia_efficacy"]["ci95"][1].get<double>(),
                          summary["mia_efficacy"]["n_forget"].get<int64_t>());
    if (!w.acc["test"].is_null() && !w.model.row.test_accuracy) lin.set_model_test_accuracy(o.model_id, w.acc["test"]);
    lin.append_log("lethe", "audit.done",
                   {{"audit_id", res.audit_id},
                    {"model_id", o.model_id},
                    {"job_id", o.job_id ? json(*o.job_id) : json()},
                    {"role", o.role},
                    {"scores_sha256", res.scores_sha256},
                    {"accuracy", w.acc},
                    {"attack_scores_sha256", w.acsv_sha},
                    {"verdict", summary["verdict"].is_object() ? summary["verdict"]["case"] : json()},
                    {"reference_pool", summary["references"].value("pool_id", json())}});
    tx->commit();
    return res;
}

} // namespace

AuditResult audit_model(Project &project, const AuditOptions &o, const RunControl &rc, const TensorStore *store) {
    // A redacted record's raw data is gone: the stored audits keep its scores,
    // a new one cannot measure it.
    if (const auto red = project.lineage().first_redacted(o.forget_ids))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine",
                                        "record '%1' and the others of its case were redacted from this project's "
                                        "copies on %2 after the case was answered: their raw data is gone, so they "
                                        "cannot be audited again (the stored audits and reports keep their scores)"),
                      red->first, red->second.substr(0, 10)));
    AuditWork w(project, o, rc);
    w.store = store;
    if (!w.store) {
        w.own_store = TensorStore::load(project, rc);
        w.store = &*w.own_store;
    }
    w.model = load_model(project, o.model_id, w.device);
    for (const auto &r : w.lin.records("train")) w.subject_of[r.id] = r.subject_id;

    choose_sets(w);
    std::string unit;
    if (o.executor) {
        const auto ids = scored_ids(w.lin, w.all, o);
        unit = write_scoring_unit(project, o.model_id, ids, o.device);
        w.scored = std::move(run_scoring_units(project, *o.executor, {unit}, rc.part(0.0, 0.8)).front());
        for (size_t i = 0; i < ids.size(); ++i) w.scored_row.emplace(ids[i], int64_t(i));
    }
    score_records(w);
    accuracy(w);
    population_attacks(w);
    reference_attacks(w);
    attack_intervals(w);
    mia_efficacy(w);
    exposures(w);
    slices(w);
    most_exposed(w);
    load_before_audit(w);
    control_exposure(w);
    subject_verdicts(w);
    attack_scores(w);
    loss_histogram(w);
    auto res = store_audit(w);
    if (!unit.empty()) drop_scoring_unit(project.root(), unit); // stored: the pass is not needed again
    return res;
}

void score_audits(Project &project, const std::vector<AuditOptions> &audits, const RunControl &rc) {
    auto &lin = project.lineage();
    std::map<Executor *, std::vector<std::string>> units;
    for (const auto &o : audits) {
        if (!o.executor) continue;
        const auto ids = scored_ids(lin, audit_sets(project, lin.model(o.model_id), o).all(), o);
        units[o.executor].push_back(write_scoring_unit(project, o.model_id, ids, o.device));
    }
    for (const auto &[executor, list] : units) run_scoring_units(project, *executor, list, rc);
}

std::string audit_scores_csv(Project &project, int64_t audit_id) {
    auto &lin = project.lineage();
    const auto row = lin.audit(audit_id);
    const std::string csv = gzip_decompress(lin.audit_scores(audit_id), "audit " + std::to_string(audit_id));
    if (sha256_hex(csv) != row.scores_sha256)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "audit %1: stored scores do not match their SHA-256"), audit_id));
    return csv;
}

std::string audit_attack_scores_csv(Project &project, int64_t audit_id) {
    auto &lin = project.lineage();
    const auto stored = audit_attack_scores(lin, audit_id);
    if (!stored) return {};
    const std::string csv = gzip_decompress(stored->first, "audit " + std::to_string(audit_id) + " attack scores");
    if (sha256_hex(csv) != stored->second)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "audit %1: stored attack scores do not match their SHA-256"), audit_id));
    return csv;
}

json audit_brief(const json &summary) {
    json b = summary;
    for (const char *k : {"mia", "control"})
        if (b.contains(k) && b[k].is_object())
            for (auto &[stat, v] : b[k].items()) v.erase("roc");
    b.erase("loss_histogram");
    return b;
}

} // namespace lethe
