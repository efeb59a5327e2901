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
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "data/tensor_store.h"
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

} // namespace

AuditResult audit_model(Project &project, const AuditOptions &o, const RunControl &rc, const TensorStore *store) {
    auto &lin = project.lineage();
    const auto device = pick_device(o.device);
    std::optional<TensorStore> own;
    if (!store) {
        own = TensorStore::load(project, rc);
        store = &*own;
    }
    auto model = load_model(project, o.model_id, device);

    // The three sets. Forget records the model never trained on still count
    // as forget records: after unlearning that is exactly the point.
    std::vector<int64_t> forget = o.forget_ids;
    std::sort(forget.begin(), forget.end());
    forget.erase(std::unique(forget.begin(), forget.end()), forget.end());
    const std::set<int64_t> fset(forget.begin(), forget.end());
    std::vector<int64_t> retain;
    for (auto id : training_ids(lin, model.row))
        if (!fset.count(id)) retain.push_back(id);
    if (int64_t(retain.size()) > o.retain_sample) {
        std::mt19937_64 rng(o.seed);
        std::shuffle(retain.begin(), retain.end(), rng);
        retain.resize(size_t(o.retain_sample));
        std::sort(retain.begin(), retain.end());
    }
    std::vector<int64_t> test;
    for (const auto &r : lin.records("test")) test.push_back(r.id);
    if (test.empty()) bad_input(project.root() + ": the project has no test records to audit against");

    std::vector<int64_t> all = forget;
    all.insert(all.end(), retain.begin(), retain.end());
    all.insert(all.end(), test.begin(), test.end());
    const auto pred = predict(model, *store, all, device, rc);
    const auto labels_rows = store->rows(all);
    const auto labels = store->labels(labels_rows, torch::kCPU);
    const auto *lp = pred.log_probs.data_ptr<double>();
    const auto *pr = pred.pred.data_ptr<int64_t>();
    const auto *ys = labels.data_ptr<int64_t>();
    const int C = model.spec.n_classes;
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
            bad_input("model " + std::to_string(o.model_id) + " gives NaN outputs on " + std::to_string(n_nan) +
                      " of " + std::to_string(all.size()) + " audited records (first: record " + std::to_string(first) +
                      "): its weights may have diverged; it cannot be audited");
    }

    std::vector<ExampleStats> sf, sr, st;
    std::string csv = "record_id,set,label,pred,loss,confidence,logit_confidence,entropy,modified_entropy\n";
    char line[320];
    for (size_t i = 0; i < all.size(); ++i) {
        auto s = example_stats(lp + i * size_t(C), C, int(ys[i]));
        s.pred = int(pr[i]); // the model's decision (vote for vote ensembles)
        const char *set = i < forget.size() ? "forget" : i < forget.size() + retain.size() ? "retain" : "test";
        (i < forget.size() ? sf : i < forget.size() + retain.size() ? sr : st).push_back(s);
        std::snprintf(line, sizeof line, "%lld,%s,%d,%d,%.9g,%.9g,%.9g,%.9g,%.9g\n", (long long)all[i], set, int(ys[i]),
                      s.pred, s.loss, s.confidence, s.logit_confidence, s.entropy, s.modified_entropy);
        csv += line;
    }

    json summary;
    summary["model_id"] = o.model_id;
    summary["role"] = o.role;
    summary["n"] = {{"forget", sf.size()}, {"retain", sr.size()}, {"test", st.size()}};
    summary["retain_sample_seed"] = o.seed;
    json acc = json::object(), ci = json::object(), per_class = json::object();
    const std::vector<std::pair<std::string, const std::vector<ExampleStats> *>> sets = {
        {"forget", &sf}, {"retain", &sr}, {"test", &st}};
    size_t offset = 0;
    for (const auto &[name, v] : sets) {
        int64_t k = 0;
        std::vector<int64_t> ck(size_t(C), 0), cn(size_t(C), 0);
        for (size_t i = 0; i < v->size(); ++i) {
            const int y = int(ys[offset + i]);
            const bool ok = (*v)[i].pred == y;
            k += ok;
            ck[size_t(y)] += ok;
            cn[size_t(y)] += 1;
        }
        offset += v->size();
        if (v->empty()) {
            acc[name] = nullptr;
            continue;
        }
        acc[name] = double(k) / double(v->size());
        const auto [lo, hi] = wilson_interval(k, int64_t(v->size()));
        ci[name] = {lo, hi};
        json pc = json::array();
        for (int c = 0; c < C; ++c)
            pc.push_back(cn[size_t(c)] ? json(double(ck[size_t(c)]) / double(cn[size_t(c)])) : json());
        per_class[name] = pc;
    }
    summary["accuracy"] = acc;
    summary["accuracy_ci95"] = ci;
    summary["per_class_accuracy"] = per_class;
    summary["unlearning_accuracy"] = sf.empty() ? json() : json(1.0 - acc["forget"].get<double>());
    summary["mia"] = json::object();
    summary["control"] = json::object();
    // Every attack's per-example scores on the three sets, higher = member.
    std::map<std::string, SetScores> scores;
    std::vector<std::string> attack_order;
    for (const auto &stat : statistic_names()) {
        SetScores &ss = scores[stat];
        for (const auto &x : sf) ss.f.push_back(attack_score(x, stat));
        for (const auto &x : sr) ss.r.push_back(attack_score(x, stat));
        for (const auto &x : st) ss.t.push_back(attack_score(x, stat));
        attack_order.push_back(stat);
    }
    std::vector<int> lab_f, lab_r, lab_t;
    for (size_t i = 0; i < all.size(); ++i)
        (i < forget.size() ? lab_f : i < forget.size() + retain.size() ? lab_r : lab_t).push_back(int(ys[i]));
    // Song and Mittal: class-dependent thresholds fitted on retained (members) vs test.
    if (!sr.empty())
        for (const char *stat : {"modified_entropy", "confidence"}) {
            const auto &base = scores[stat];
            const auto thr = fit_class_thresholds(base.r, lab_r, base.t, lab_t, C);
            const std::string name = std::string("class_threshold_") + stat;
            SetScores &ss = scores[name];
            ss.f = apply_class_thresholds(base.f, lab_f, thr);
            ss.r = apply_class_thresholds(base.r, lab_r, thr);
            ss.t = apply_class_thresholds(base.t, lab_t, thr);
            attack_order.push_back(name);
        }

    // The reference pool: LiRA offline / online, RMIA, the per-example test, epsilon.
    std::optional<PoolScores> pool;
    json refs_json, refs_unavailable = json::object(), lira_calibration = nullptr;
    std::vector<double> ulira_z_power_f; // per forget record: the z a remembering model shows
    std::vector<double> rmia_f, rmia_r, rmia_t;
    if (o.use_references) {
        const json target_cfg = model.row.run_id ? lin.run(*model.row.run_id).config : json::object();
        std::string why_none;
        pool = load_pool_scores(project, o.pool_id, target_cfg, o.job_id, &why_none);
        if (pool)
            for (auto id : all)
                if (!pool->position.count(id)) {
                    refs_json = {{"used", false},
                                 {"reason", "reference pool " + std::to_string(pool->pool.id) +
                                                " does not cover record " + std::to_string(id)}};
                    pool.reset();
                    break;
                }
        if (!pool && refs_json.is_null()) refs_json = {{"used", false}, {"reason", why_none}};
    }
    if (pool) {
        const size_t K = pool->models.size();
        std::vector<ReferenceScores> rs(all.size());
        std::vector<double> phi(all.size()), prob(all.size()), out_mean(all.size());
        for (size_t i = 0; i < all.size(); ++i) {
            const size_t pos = pool->position.at(all[i]);
            double om = 0;
            for (size_t k = 0; k < K; ++k) {
                if (pool->masks[pos][k] == '1')
                    rs[i].in.push_back(pool->phi[k][pos]);
                else {
                    rs[i].out.push_back(pool->phi[k][pos]);
                    om += std::exp(pool->log_p[k][pos]);
                }
            }
            out_mean[i] = rs[i].out.empty() ? 0 : om / double(rs[i].out.size());
            const auto &x = i < forget.size()                   ? sf[i]
                            : i < forget.size() + retain.size() ? sr[i - forget.size()]
                                                                : st[i - forget.size() - retain.size()];
            phi[i] = x.logit_confidence;
            prob[i] = x.confidence;
        }
        const auto lm = fit_lira(rs, o.lira);
        const auto off = lira_offline(lm, phi), on = lira_online(lm, phi);
        auto split3 = [&](const std::vector<double> &v, SetScores &ss) {
            ss.f.assign(v.begin(), v.begin() + long(forget.size()));
            ss.r.assign(v.begin() + long(forget.size()), v.begin() + long(forget.size() + retain.size()));
            ss.t.assign(v.begin() + long(forget.size() + retain.size()), v.end());
        };
        split3(off, scores["lira_offline"]);
        split3(on, scores["lira_online"]);
        // Calibration against genuine non-members. The reference models train
        // on halves of the universe, the audited model on all its training
        // records: it is more confident on everything, so its raw z sits well
        // above 0 even on test records it never saw (measured: mean z 3.5 on
        // the test records of a 3,000-record demo, K = 4), and a subject that
        // was exactly retrained away "failed". The test records are
        // non-members of the audited model by construction, so its z over
        // them is the null distribution: z is re-centred and re-scaled by
        // their median and MAD (x 1.4826). A monotone map, the same for every
        // set: ROC, AUC and TPR are unchanged; exposure, the per-example test,
        // epsilon and the verdicts read the calibrated z.
        if (scores["lira_offline"].t.size() >= 20) {
            auto med = [](std::vector<double> v) {
                std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
                return v[v.size() / 2];
            };
            auto &sc = scores["lira_offline"];
            const double shift = med(sc.t);
            std::vector<double> dev;
            for (double z : sc.t) dev.push_back(std::abs(z - shift));
            const double scale = std::max(1e-6, 1.4826 * med(dev));
            for (auto *v : {&sc.f, &sc.r, &sc.t})
                for (double &z : *v) z = (z - shift) / scale;
            lira_calibration = {{"method", "z' = (z - median) / (1.4826 MAD) over the test records' LiRA offline z "
                                           "(non-members of the audited model)"},
                                {"median", shift},
                                {"scale", scale},
                                {"n_test", sc.t.size()}};
        }
        // Records no reference model trained on (erased: OUT for every model
        // since the pool was rebuilt) have no IN distribution: LiRA online and
        // the power of the test are unavailable for them, not estimated.
        int64_t no_in[3] = {0, 0, 0};
        for (size_t i = 0; i < all.size(); ++i)
            if (rs[i].in.empty()) ++no_in[i < forget.size() ? 0 : i < forget.size() + retain.size() ? 1 : 2];
        if (no_in[0] || no_in[2]) scores["lira_online"].f.clear();
        if (no_in[1] || no_in[2]) scores["lira_online"].r.clear();
        if (no_in[0] || no_in[1] || no_in[2])
            refs_unavailable["lira_online"] = {
                {"reason", "no reference model trained on these records (erased records are OUT for every model "
                           "after a rebuild): the IN distribution does not exist"},
                {"n_forget_without_in", no_in[0]},
                {"n_retain_without_in", no_in[1]},
                {"n_test_without_in", no_in[2]},
                {"forget_vs_test", !scores["lira_online"].f.empty()},
                {"retain_vs_test", !scores["lira_online"].r.empty()}};
        attack_order.push_back("lira_offline");
        attack_order.push_back("lira_online");
        for (size_t i = 0; i < forget.size(); ++i) {
            std::vector<double> zi;
            // On the calibrated scale: a remembering model's z above the null, over its spread.
            const double cal = lira_calibration.is_object() ? lira_calibration["scale"].get<double>() : 1.0;
            for (double v : rs[i].in) zi.push_back((v - lm.mu_out[i]) / lm.sd_out[i] / cal);
            ulira_z_power_f.push_back(zi.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                 : std::accumulate(zi.begin(), zi.end(), 0.0) / double(zi.size()));
        }

        // RMIA offline: population = the population split (seeded sample) or the test records.
        std::vector<int64_t> pop_ids;
        for (const auto &r : lin.records("population")) pop_ids.push_back(r.id);
        std::string pop_source = "population";
        std::vector<double> pz, pz_out_mean;
        std::vector<int64_t> self(all.size(), -1);
        if (!pop_ids.empty()) {
            if (int64_t(pop_ids.size()) > o.population_sample) {
                std::mt19937_64 rng(mix_seed(o.seed, 0x909));
                std::shuffle(pop_ids.begin(), pop_ids.end(), rng);
                pop_ids.resize(size_t(o.population_sample));
                std::sort(pop_ids.begin(), pop_ids.end());
            }
            const auto pp = predict(model, *store, pop_ids, device, rc);
            const auto pl = store->labels(store->rows(pop_ids), torch::kCPU);
            const auto *plp = pp.log_probs.data_ptr<double>();
            const auto *py = pl.data_ptr<int64_t>();
            for (size_t j = 0; j < pop_ids.size(); ++j) pz.push_back(std::exp(plp[j * size_t(C) + size_t(py[j])]));
        } else {
            pop_source = "test (each record left out of its own comparison)";
            pop_ids = test;
            for (size_t j = 0; j < test.size(); ++j) {
                pz.push_back(st[j].confidence);
                self[forget.size() + retain.size() + j] = int64_t(j);
            }
        }
        for (auto id : pop_ids) {
            const auto it = pool->position.find(id);
            double om = 0;
            int no = 0;
            if (it != pool->position.end())
                for (size_t k = 0; k < K; ++k)
                    if (pool->masks[it->second][k] == '0') {
                        om += std::exp(pool->log_p[k][it->second]);
                        ++no;
                    }
            pz_out_mean.push_back(no ? om / no : 0.5);
        }
        // Fit a (the paper's way): reference model 0 as the target, the others as references.
        std::vector<double> ft_p, ft_out;
        std::vector<int> ft_m;
        std::vector<double> fz_p, fz_out;
        {
            std::vector<size_t> cand(pool->masks.size());
            std::iota(cand.begin(), cand.end(), 0);
            std::mt19937_64 rng(mix_seed(o.seed, 0xa11));
            std::shuffle(cand.begin(), cand.end(), rng);
            std::unordered_map<int64_t, bool> is_pop;
            for (auto id : pop_ids) is_pop[id] = true;
            std::vector<int64_t> pos_to_id(pool->masks.size());
            for (const auto &[id, pos] : pool->position) pos_to_id[pos] = id;
            int64_t nin = 0, nout = 0;
            for (size_t pos : cand) {
                double om = 0;
                int no = 0;
                for (size_t k = 1; k < K; ++k)
                    if (pool->masks[pos][k] == '0') {
                        om += std::exp(pool->log_p[k][pos]);
                        ++no;
                    }
                if (!no) continue;
                const bool member = pool->masks[pos][0] == '1';
                if (is_pop.count(pos_to_id[pos]) && !member && fz_p.size() < 2000) {
                    fz_p.push_back(std::exp(pool->log_p[0][pos]));
                    fz_out.push_back(om / no);
                    continue;
                }
                if ((member ? nin : nout) >= 2000) continue;
                ft_p.push_back(std::exp(pool->log_p[0][pos]));
                ft_out.push_back(om / no);
                ft_m.push_back(member);
                (member ? nin : nout)++;
            }
        }
        RmiaFit fit;
        if (!fz_p.empty() && std::count(ft_m.begin(), ft_m.end(), 1) && std::count(ft_m.begin(), ft_m.end(), 0))
            fit = fit_rmia_a(ft_p, ft_m, ft_out, fz_p, fz_out, o.rmia_gamma);
        std::vector<double> prx(all.size()), prz(pz.size());
        for (size_t i = 0; i < all.size(); ++i) prx[i] = rmia_prior(out_mean[i], fit.a);
        for (size_t j = 0; j < pz.size(); ++j) prz[j] = rmia_prior(pz_out_mean[j], fit.a);
        split3(rmia_scores(prob, prx, pz, prz, o.rmia_gamma, self), scores["rmia"]);
        attack_order.push_back("rmia");
        json grid = json::array();
        for (const auto &[a, auc] : fit.grid) grid.push_back({a, auc});
        json hashes = json::array();
        for (const auto &m : pool->models)
            hashes.push_back(
                {{"idx", m.idx}, {"scores_sha256", m.scores_sha256}, {"files", m.files}, {"seed", m.seed}});
        refs_json = {{"used", true},
                     {"pool_id", pool->pool.id},
                     {"k", K},
                     {"seed", pool->pool.seed},
                     {"n_in_min", lm.n_in_min},
                     {"n_out_min", lm.n_out_min},
                     {"config_matches_target", pool->config_matches_target},
                     {"lira", {{"statistic", "logit_confidence"}, {"fixed_variance", o.lira.fixed_variance}}},
                     {"rmia",
                      {{"a", fit.a},
                       {"a_fit_auc", fit.auc},
                       {"a_grid", grid},
                       {"gamma", o.rmia_gamma},
                       {"population", pop_source},
                       {"n_population", pz.size()},
                       {"n_fit_target", ft_p.size()},
                       {"n_fit_population", fz_p.size()}}},
                     {"models", hashes}};
        if (!refs_unavailable.empty()) refs_json["unavailable"] = refs_unavailable;
        refs_json["lira_calibration"] = lira_calibration;

        if (!sf.empty()) {
            // U-LiRA style: each forget record against the models that never saw its subject.
            const auto &z = scores["lira_offline"].f;
            int64_t rej = 0;
            std::vector<double> eps;
            for (size_t i = 0; i < z.size(); ++i) {
                rej += normal_sf(z[i]) < o.ulira_alpha;
                eps.push_back(challenge_epsilon_gaussian(z[i], o.challenge_delta,
                                                         1.0 / double(std::max<size_t>(1, rs[i].out.size()))));
            }
            const auto [lo, hi] = wilson_interval(rej, int64_t(z.size()));
            summary["unlearning_test"] = {
                {"method", "per-example one-sided test of the audited model's logit-confidence against the OUT "
                           "reference models (retrained without the record's subject), U-LiRA style"},
                {"alpha", o.ulira_alpha},
                {"n", z.size()},
                {"n_rejected", rej},
                {"fraction_rejected", double(rej) / double(z.size())},
                {"fraction_rejected_ci95", {lo, hi}},
                {"expected_if_forgotten", o.ulira_alpha},
                {"n_reference_models_out_min", lm.n_out_min}};
            std::vector<double> ecopy = eps;
            std::sort(ecopy.begin(), ecopy.end());
            summary["challenge"] = {{"forgetting_quality_F", forgetting_quality(eps)},
                                    {"epsilon_mean", std::accumulate(eps.begin(), eps.end(), 0.0) / double(eps.size())},
                                    {"epsilon_median", ecopy[ecopy.size() / 2]},
                                    {"epsilon_max", ecopy.back()},
                                    {"n", eps.size()},
                                    {"n_retrained_models", lm.n_out_min},
                                    {"n_unlearned_models", 1},
                                    {"delta", o.challenge_delta},
                                    {"bin_width", 0.5},
                                    {"estimator",
                                     "gaussian plug-in: retrained ~ N(mu_out, sd_out) from the OUT reference models, "
                                     "unlearned ~ N(observed, sd_out); error rates floored at 1/n_retrained_models"}};
        }
    }
    summary["references"] = refs_json.is_null() ? json{{"used", false}, {"reason", "disabled"}} : refs_json;

    // Every attack with its intervals: forget vs test, and the control (retained vs test).
    for (const auto &name : attack_order) {
        const auto &ss = scores[name];
        if (!ss.f.empty()) summary["mia"][name] = attack_json(evaluate_attack(ss.f, ss.t, salted(o.bootstrap, name)));
        if (!ss.r.empty())
            summary["control"][name] = attack_json(evaluate_attack(ss.r, ss.t, salted(o.bootstrap, "control/" + name)));
        if (pool && (name == "lira_offline" || name == "lira_online" || name == "rmia")) {
            if (summary["mia"].contains(name)) summary["mia"][name]["n_reference_models"] = pool->models.size();
            if (summary["control"].contains(name)) summary["control"][name]["n_reference_models"] = pool->models.size();
        }
    }
    if (sf.empty()) summary["mia"] = nullptr;
    if (sr.empty()) summary["control"] = nullptr;

    // MIA-Efficacy (SalUn): an RBF SVC on p_y, retained vs test, applied to the forget set.
    if (!sf.empty() && !sr.empty()) {
        std::vector<double> cf, cr, ct;
        for (const auto &x : sf) cf.push_back(x.confidence);
        for (const auto &x : sr) cr.push_back(x.confidence);
        for (const auto &x : st) ct.push_back(x.confidence);
        const auto sv = svc_mia_efficacy(cr, ct, cf, o.svc);
        const auto [lo, hi] = wilson_interval(int64_t(std::llround(sv.efficacy * double(sv.n_target))), sv.n_target);
        summary["mia_efficacy"] = {
            {"value", sv.efficacy},
            {"ci95", {lo, hi}},
            {"n_forget", sv.n_target},
            {"n_fit_members", sv.n_fit_members},
            {"n_fit_nonmembers", sv.n_fit_nonmembers},
            {"feature", "confidence"},
            {"svc", {{"kernel", "rbf"}, {"C", o.svc.C}, {"gamma", o.svc.gamma}, {"seed", o.svc.seed}}},
            {"meaning", "fraction of the forget set the SVC calls non-member (higher = more forgotten)"}};
    } else {
        summary["mia_efficacy"] = nullptr;
    }

    // Per-record exposure: calibrated by the references when there are any,
    // else the loss-attack percentile among the test records.
    const std::string exposure_kind = pool ? "lira_offline" : "loss_percentile";
    auto exposure_of = [&](const std::vector<double> &v) {
        if (pool) {
            std::vector<double> e;
            for (double z : v) e.push_back(normal_cdf(z));
            return e;
        }
        return exposure_percentiles(v, scores["loss"].t);
    };
    const auto exp_f = exposure_of(pool ? scores["lira_offline"].f : scores["loss"].f);
    const auto exp_r = exposure_of(pool ? scores["lira_offline"].r : scores["loss"].r);
    const auto exp_t = exposure_of(pool ? scores["lira_offline"].t : scores["loss"].t);

    // Slices of every attack: by class and by correctness. "slices" keeps the
    // primary attack's (the report's), "slices_by_attack" all of them, so a
    // view that switches the attack shows that attack's slices.
    {
        const std::string primary = pool ? "lira_offline" : "loss";
        auto slices_of = [&](const std::string &attack) {
            const auto &ss = scores[attack];
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
                auto e =
                    attack_json(evaluate_attack(a, b, salted(o.bootstrap, attack == primary ? salt : attack + salt)));
                e.erase("roc");
                return e;
            };
            // An attack without scores for every forget and test record (LiRA
            // online without IN models) has no slices.
            if (!sf.empty() && ss.f.size() == sf.size() && ss.t.size() == st.size()) {
                for (int c = 0; c < C; ++c) {
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
        };
        summary["slices"] = slices_of(primary);
        json all = json::object();
        for (const auto &name : attack_order)
            if (scores.count(name)) all[name] = name == primary ? summary["slices"] : slices_of(name);
        summary["slices_by_attack"] = all;
    }

    // Subjects of the forget records.
    std::unordered_map<int64_t, std::optional<int64_t>> subject_of;
    for (const auto &r : lin.records("train")) subject_of[r.id] = r.subject_id;
    auto subject_key = [&](int64_t rid) -> std::string {
        const auto it = subject_of.find(rid);
        if (it != subject_of.end() && it->second) {
            if (auto p = lin.subject_pseudonym(*it->second)) return *p;
        }
        return "record:" + std::to_string(rid);
    };

    // Most exposed forget records.
    {
        std::vector<size_t> idx(sf.size());
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return exp_f[a] > exp_f[b]; });
        json top = json::array();
        for (size_t j = 0; j < idx.size() && int(j) < o.top_exposed; ++j) {
            const size_t i = idx[j];
            json e = {{"record_id", forget[i]}, {"subject", subject_key(forget[i])},
                      {"label", lab_f[i]},      {"correct", sf[i].pred == lab_f[i]},
                      {"exposure", exp_f[i]},   {"loss", sf[i].loss}};
            if (pool) {
                e["lira_offline_z"] = scores["lira_offline"].f[i];
                e["rmia"] = scores["rmia"].f[i];
            }
            top.push_back(e);
        }
        summary["most_exposed"] = {{"exposure", exposure_kind}, {"records", top}};
    }

    // The before-audit: the control's comparison, and the test's power without references.
    std::optional<int64_t> cmp = o.compare_audit_id;
    if (!cmp && o.job_id && o.role == "after")
        for (const auto &a : lin.audits(*o.job_id))
            if (a.role == "before") cmp = a.id;
    std::unordered_map<int64_t, std::pair<std::string, double>> before;
    if (cmp) before = csv_losses(audit_scores_csv(project, *cmp));
    std::vector<double> before_test_scores;
    for (const auto &[rid, v] : before)
        if (v.first == "test") before_test_scores.push_back(-v.second);

    // Retained control: records whose exposure (loss percentile) rose after unlearning.
    {
        json flags = json::array();
        int64_t compared = 0;
        if (cmp && !before_test_scores.empty()) {
            const auto now = exposure_percentiles(scores["loss"].r, scores["loss"].t);
            std::vector<double> bs;
            std::vector<size_t> at;
            for (size_t i = 0; i < retain.size(); ++i) {
                const auto it = before.find(retain[i]);
                if (it == before.end() || it->second.first != "retain") continue;
                bs.push_back(-it->second.second);
                at.push_back(i);
            }
            const auto was = exposure_percentiles(bs, before_test_scores);
            compared = int64_t(at.size());
            for (size_t j = 0; j < at.size(); ++j) {
                const size_t i = at[j];
                if (now[i] - was[j] >= o.control_rise && now[i] >= o.control_floor)
                    flags.push_back({{"record_id", retain[i]}, {"before", was[j]}, {"after", now[i]}});
            }
        }
        summary["control_exposure"] = {
            {"compared_with_audit", cmp ? json(*cmp) : json()},
            {"exposure", "loss_percentile"},
            {"n_compared", compared},
            {"n_flagged", flags.size()},
            {"rule", {{"rise_at_least", o.control_rise}, {"after_at_least", o.control_floor}}},
            {"flagged", flags.size() > 200 ? json(std::vector<json>(flags.begin(), flags.begin() + 200)) : flags}};
    }

    // Verdicts per subject and for the case.
    if (!sf.empty()) {
        std::map<std::string, std::vector<size_t>> by_subject;
        for (size_t i = 0; i < forget.size(); ++i) by_subject[subject_key(forget[i])].push_back(i);
        std::vector<double> z_before_f(sf.size(), 0.0);
        bool have_power = bool(pool);
        if (!pool && cmp && !before_test_scores.empty()) {
            std::vector<double> bf;
            std::vector<size_t> at;
            for (size_t i = 0; i < forget.size(); ++i) {
                const auto it = before.find(forget[i]);
                if (it == before.end()) continue;
                bf.push_back(-it->second.second);
                at.push_back(i);
            }
            const auto u = exposure_percentiles(bf, before_test_scores);
            for (size_t j = 0; j < at.size(); ++j) z_before_f[at[j]] = z_of(u[j]);
            have_power = !at.empty();
        }
        json subjects = json::array();
        int fails = 0, passes = 0, no_power = 0;
        for (const auto &[subj, idx] : by_subject) {
            std::vector<double> za, zp;
            bool power_here = have_power;
            for (size_t i : idx) {
                za.push_back(pool ? scores["lira_offline"].f[i] : z_of(exp_f[i]));
                zp.push_back(pool ? ulira_z_power_f[i] : z_before_f[i]);
                if (std::isnan(zp.back())) power_here = false; // no IN reference model: erased
            }
            SubjectEvidence ev{stouffer(za), power_here ? stouffer(zp) : 0.0, int64_t(idx.size())};
            const auto v = subject_verdict(ev, o.verdict);
            fails += v == "fail";
            passes += v == "pass";
            const auto zci = stouffer_interval(za, salted(o.bootstrap, "subject/" + subj));
            json sj = {{"subject", subj},
                       {"n", ev.n},
                       {"z", ev.z_after},
                       {"z_ci95", zci ? json::array({zci->first, zci->second}) : json()},
                       {"p", normal_sf(ev.z_after)},
                       {"z_if_remembered", ev.z_power},
                       {"verdict", v}};
            if (pool && !power_here) {
                ++no_power;
                sj["z_if_remembered"] = nullptr;
                sj["power"] = "unavailable: no reference model trained on this subject's records (erased; OUT for "
                              "every model of the rebuilt pool)";
            }
            subjects.push_back(sj);
        }
        const std::string case_v = fails ? "fail" : passes == int(by_subject.size()) ? "pass" : "inconclusive";
        json reasons = json::array();
        if (fails) reasons.push_back(std::to_string(fails) + " subject(s) still look like members (z >= z_fail)");
        if (no_power)
            reasons.push_back(std::to_string(no_power) +
                              " subject(s) have no reference model that trained on them "
                              "(erased records are OUT for every model): the power of the test is unavailable, so "
                              "they cannot pass");
        if (!fails && passes < int(by_subject.size()) && no_power < int(by_subject.size()) - passes)
            reasons.push_back(pool ? "for some subjects even a model that trained on them would not reach z_power: "
                                     "the test cannot tell (more reference models or more records needed)"
                              : have_power ? "for some subjects the model before unlearning did not reach "
                                             "z_power either: the test cannot tell"
                                           : "no reference pool and no before-audit: nothing shows the test "
                                             "could have seen a remembered subject");
        if (summary["control_exposure"]["n_flagged"].get<int64_t>() > 0)
            reasons.push_back(std::to_string(summary["control_exposure"]["n_flagged"].get<int64_t>()) +
                              " retained record(s) became more exposed (see control_exposure)");
        summary["subjects"] = subjects;
        summary["verdict"] = {
            {"case", case_v},
            {"basis", pool ? "LiRA offline z of each forget record against " + std::to_string(pool->models.size()) +
                                 " reference models (OUT = retrained without the subject), combined per subject "
                                 "(Stouffer); power from the IN reference models"
                           : std::string("loss-attack exposure percentile among test records, as z, combined per "
                                         "subject (Stouffer); power from the before-audit")},
            {"thresholds",
             {{"z_fail", o.verdict.z_fail}, {"z_power", o.verdict.z_power}, {"min_records", o.verdict.min_records}}},
            {"n_subjects", by_subject.size()},
            {"n_fail", fails},
            {"n_pass", passes},
            {"n_inconclusive", int(by_subject.size()) - fails - passes},
            {"reasons", reasons}};
    } else {
        summary["subjects"] = json::array();
        summary["verdict"] = nullptr;
    }

    // Per-record attack scores beside the main CSV.
    std::string acsv = "record_id,set,subject,exposure";
    const std::vector<std::string> extra =
        pool ? std::vector<std::string>{"lira_offline", "lira_online", "rmia"} : std::vector<std::string>{};
    for (const auto &e : extra) acsv += "," + e;
    acsv += "\n";
    {
        char buf[64];
        auto row = [&](int64_t rid, const char *set, double ex, size_t i, int which) {
            acsv += std::to_string(rid) + "," + set + "," + (which == 2 ? std::string() : subject_key(rid));
            std::snprintf(buf, sizeof buf, ",%.9g", ex);
            acsv += buf;
            for (const auto &e : extra) {
                const auto &ss = scores[e];
                const auto &v = which == 0 ? ss.f : which == 1 ? ss.r : ss.t;
                if (i >= v.size()) { // unavailable (LiRA online without IN models)
                    acsv += ",";
                    continue;
                }
                std::snprintf(buf, sizeof buf, ",%.9g", v[i]);
                acsv += buf;
            }
            acsv += "\n";
        };
        for (size_t i = 0; i < forget.size(); ++i) row(forget[i], "forget", exp_f[i], i, 0);
        for (size_t i = 0; i < retain.size(); ++i) row(retain[i], "retain", exp_r[i], i, 1);
        for (size_t i = 0; i < test.size(); ++i) row(test[i], "test", exp_t[i], i, 2);
    }
    const std::string acsv_sha = sha256_hex(acsv);
    summary["attack_scores_sha256"] = acsv_sha;
    // Loss histograms for the plots: 40 bins on log(1 + loss).
    json hist = json::object();
    for (const auto &[name, v] : sets) {
        std::vector<int64_t> bins(40, 0);
        for (const auto &s : *v)
            bins[size_t(std::min(39.0, std::log1p(std::max(0.0, s.loss)) / std::log1p(20.0) * 40))]++;
        hist[name] = bins;
    }
    summary["loss_histogram"] = {{"bins", 40}, {"axis", "log(1+loss), 0..log(21)"}, {"counts", hist}};

    AuditResult res;
    res.scores_sha256 = sha256_hex(csv);
    res.summary = summary;
    AuditRow row;
    row.model_id = o.model_id;
    row.job_id = o.job_id;
    row.role = o.role;
    row.summary = summary;
    row.scores_sha256 = res.scores_sha256;
    auto tx = lin.begin();
    res.audit_id = lin.insert_audit(row, gzip_compress(csv));
    insert_audit_attack_scores(lin, res.audit_id, gzip_compress(acsv), acsv_sha);
    for (const auto &[name, v] : sets) {
        if (acc[name].is_null()) continue;
        lin.insert_metric(res.audit_id, "accuracy", name, acc[name], ci[name][0].get<double>(),
                          ci[name][1].get<double>(), int64_t(v->size()));
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
    if (!acc["test"].is_null() && !model.row.test_accuracy) lin.set_model_test_accuracy(o.model_id, acc["test"]);
    lin.append_log("lethe", "audit.done",
                   {{"audit_id", res.audit_id},
                    {"model_id", o.model_id},
                    {"job_id", o.job_id ? json(*o.job_id) : json()},
                    {"role", o.role},
                    {"scores_sha256", res.scores_sha256},
                    {"accuracy", acc},
                    {"attack_scores_sha256", acsv_sha},
                    {"verdict", summary["verdict"].is_object() ? summary["verdict"]["case"] : json()},
                    {"reference_pool", summary["references"].value("pool_id", json())}});
    tx->commit();
    return res;
}

std::string audit_scores_csv(Project &project, int64_t audit_id) {
    auto &lin = project.lineage();
    const auto row = lin.audit(audit_id);
    const std::string csv = gzip_decompress(lin.audit_scores(audit_id), "audit " + std::to_string(audit_id));
    if (sha256_hex(csv) != row.scores_sha256)
        bad_input("audit " + std::to_string(audit_id) + ": stored scores do not match their SHA-256");
    return csv;
}

std::string audit_attack_scores_csv(Project &project, int64_t audit_id) {
    auto &lin = project.lineage();
    const auto stored = audit_attack_scores(lin, audit_id);
    if (!stored) return {};
    const std::string csv = gzip_decompress(stored->first, "audit " + std::to_string(audit_id) + " attack scores");
    if (sha256_hex(csv) != stored->second)
        bad_input("audit " + std::to_string(audit_id) + ": stored attack scores do not match their SHA-256");
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
