#include "audit/attacks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include <libsvm/svm.h>

#include "core/error.h"

namespace lethe {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

double mean_of(const std::vector<double> &v) {
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

// Type-7 quantile of a sorted vector.
double quantile_sorted(const std::vector<double> &s, double q) {
    if (s.empty()) return 0;
    const double h = (double(s.size()) - 1) * q;
    const size_t lo = size_t(std::floor(h)), hi = std::min(s.size() - 1, lo + 1);
    return s[lo] + (h - double(lo)) * (s[hi] - s[lo]);
}

// Members and non-members merged, sorted by score descending, with the ends
// of the groups of tied scores: the sweep every weighted figure repeats.
struct Sweep {
    std::vector<char> member;
    std::vector<int64_t> index; // position in its own side
    std::vector<size_t> group_end;
    std::vector<double> score;

    Sweep(const std::vector<double> &m, const std::vector<double> &n) {
        std::vector<std::pair<double, int64_t>> all; // (score, +i+1 member / -i-1 non-member)
        all.reserve(m.size() + n.size());
        for (size_t i = 0; i < m.size(); ++i) all.emplace_back(m[i], int64_t(i) + 1);
        for (size_t i = 0; i < n.size(); ++i) all.emplace_back(n[i], -int64_t(i) - 1);
        std::sort(all.begin(), all.end(), [](auto &a, auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < all.size(); ++i) {
            member.push_back(all[i].second > 0);
            index.push_back(all[i].second > 0 ? all[i].second - 1 : -all[i].second - 1);
            score.push_back(all[i].first);
            if (i + 1 == all.size() || all[i + 1].first != all[i].first) group_end.push_back(i + 1);
        }
    }

    WeightedFigures run(const std::vector<double> &wm, const std::vector<double> &wn) const {
        const double P = std::accumulate(wm.begin(), wm.end(), 0.0), N = std::accumulate(wn.begin(), wn.end(), 0.0);
        const auto &levels = fpr_levels();
        WeightedFigures f;
        f.tpr.assign(levels.size(), 0.0);
        if (P <= 0 || N <= 0) return f;
        double tp = 0, fp = 0, auc2 = 0;
        size_t i = 0;
        for (size_t end : group_end) {
            double dtp = 0, dfp = 0;
            for (; i < end; ++i) (member[i] ? dtp : dfp) += member[i] ? wm[size_t(index[i])] : wn[size_t(index[i])];
            auc2 += dfp * (2.0 * tp + dtp);
            tp += dtp;
            fp += dfp;
            const double fpr = fp / N, tpr = tp / P;
            for (size_t l = 0; l < levels.size(); ++l)
                if (fpr <= levels[l] + 1e-12) f.tpr[l] = std::max(f.tpr[l], tpr);
        }
        f.auc = auc2 / (2.0 * P * N);
        return f;
    }
};

Interval percentile_interval(std::vector<double> v, double level) {
    std::sort(v.begin(), v.end());
    return {quantile_sorted(v, (1 - level) / 2), quantile_sorted(v, 1 - (1 - level) / 2)};
}

} // namespace

// --- normal distribution ------------------------------------------------------------
double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }
double normal_sf(double z) { return 0.5 * std::erfc(z / std::sqrt(2.0)); }

double normal_quantile(double p) {
    if (!(p > 0 && p < 1))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "normal quantile of %1: needs 0 < p < 1"), std::to_string(p)));
    if (p > 0.5) return -normal_quantile(1 - p);
    // Bisection on the lower tail, where erfc is accurate: 80 halvings of [-40, 0].
    double lo = -40, hi = 0;
    for (int i = 0; i < 80; ++i) {
        const double mid = 0.5 * (lo + hi);
        (normal_cdf(mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// --- attack figures ---------------------------------------------------------------------
const std::vector<double> &fpr_levels() {
    static const std::vector<double> l = {0.01, 0.001, 0.0001};
    return l;
}
const std::vector<std::string> &fpr_level_keys() {
    static const std::vector<std::string> k = {"1pct", "0_1pct", "0_01pct"};
    return k;
}

WeightedFigures weighted_figures(const std::vector<double> &m, const std::vector<double> &wm,
                                 const std::vector<double> &n, const std::vector<double> &wn) {
    if (m.size() != wm.size() || n.size() != wn.size()) internal_error("weighted_figures: weights do not match scores");
    return Sweep(m, n).run(wm, wn);
}

AttackEvaluation evaluate_attack(const std::vector<double> &m, const std::vector<double> &n, const BootstrapConfig &c) {
    AttackEvaluation e;
    e.roc = roc_curve(m, n);
    for (double l : fpr_levels()) e.at.push_back(tpr_at_fpr(e.roc, l));
    e.resamples = c.resamples;
    e.seed = c.seed;
    e.level = c.level;
    e.auc_ci = {e.roc.auc, e.roc.auc};
    for (const auto &t : e.at) e.tpr_ci.push_back({t.tpr, t.tpr});
    if (c.resamples <= 0) return e;
    const Sweep sweep(m, n);
    // SplitMix64 and a multiply-shift range map: the draws dominate the
    // bootstrap's cost, and this is several times faster than mt19937_64.
    uint64_t state = c.seed;
    auto next = [&state]() {
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    __extension__ typedef unsigned __int128 u128; // GCC's 128-bit integer: Lemire's multiply-shift range reduction
    auto pick = [&next](size_t n) { return size_t(u128(next()) * n >> 64); };
    std::vector<double> wm(m.size()), wn(n.size());
    std::vector<double> aucs;
    std::vector<std::vector<double>> tprs(fpr_levels().size());
    for (int r = 0; r < c.resamples; ++r) {
        std::fill(wm.begin(), wm.end(), 0.0);
        std::fill(wn.begin(), wn.end(), 0.0);
        for (size_t i = 0; i < m.size(); ++i) wm[pick(m.size())] += 1;
        for (size_t i = 0; i < n.size(); ++i) wn[pick(n.size())] += 1;
        const auto f = sweep.run(wm, wn);
        aucs.push_back(f.auc);
        for (size_t l = 0; l < f.tpr.size(); ++l) tprs[l].push_back(f.tpr[l]);
    }
    e.auc_ci = percentile_interval(aucs, c.level);
    for (size_t l = 0; l < tprs.size(); ++l) e.tpr_ci[l] = percentile_interval(tprs[l], c.level);
    return e;
}

// --- exposure ----------------------------------------------------------------------------
std::vector<double> exposure_percentiles(const std::vector<double> &scores, const std::vector<double> &reference) {
    std::vector<double> ref = reference;
    std::sort(ref.begin(), ref.end());
    std::vector<double> out;
    out.reserve(scores.size());
    const double N = double(ref.size());
    for (double s : scores) {
        const double below = double(std::lower_bound(ref.begin(), ref.end(), s) - ref.begin());
        const double ties = double(std::upper_bound(ref.begin(), ref.end(), s) - ref.begin()) - below;
        // Mid-rank with a continuity correction: strictly inside (0, 1).
        out.push_back((below + 0.5 * ties + 0.5) / (N + 1));
    }
    return out;
}

// --- Song and Mittal -----------------------------------------------------------------------
namespace {
// The threshold with the best balanced accuracy (member when score >= t).
double best_threshold(const std::vector<double> &m, const std::vector<double> &n) {
    if (m.empty() || n.empty()) return kInf;
    const Sweep s(m, n);
    const double P = double(m.size()), N = double(n.size());
    double tp = 0, fp = 0, best = 0.5, best_t = kInf;
    size_t i = 0;
    for (size_t end : s.group_end) {
        const double t = s.score[i];
        for (; i < end; ++i) (s.member[i] ? tp : fp) += 1;
        const double bacc = 0.5 * (tp / P + 1 - fp / N);
        if (bacc > best + 1e-15) {
            best = bacc;
            best_t = t;
        }
    }
    return best_t;
}
} // namespace

std::vector<double> fit_class_thresholds(const std::vector<double> &ms, const std::vector<int> &ml,
                                         const std::vector<double> &ns, const std::vector<int> &nl, int C) {
    if (ms.size() != ml.size() || ns.size() != nl.size()) internal_error("fit_class_thresholds: labels do not match");
    const double pooled = best_threshold(ms, ns);
    std::vector<double> t(size_t(C), pooled);
    for (int c = 0; c < C; ++c) {
        std::vector<double> a, b;
        for (size_t i = 0; i < ms.size(); ++i)
            if (ml[i] == c) a.push_back(ms[i]);
        for (size_t i = 0; i < ns.size(); ++i)
            if (nl[i] == c) b.push_back(ns[i]);
        if (!a.empty() && !b.empty()) t[size_t(c)] = best_threshold(a, b);
    }
    return t;
}

std::vector<double> apply_class_thresholds(const std::vector<double> &s, const std::vector<int> &labels,
                                           const std::vector<double> &t) {
    std::vector<double> out(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const int y = labels[i];
        if (y < 0 || size_t(y) >= t.size())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "class threshold attack: label %1 out of range"), y));
        // An infinite threshold (no separating value) never calls a member.
        out[i] = std::isfinite(t[size_t(y)]) ? s[i] - t[size_t(y)] : -1e300;
    }
    return out;
}

// --- SVC ----------------------------------------------------------------------------------------
std::vector<double> svc_subsample(const std::vector<double> &v, int64_t max_n, uint64_t seed) {
    std::vector<double> out = v;
    if (max_n > 0 && int64_t(out.size()) > max_n) {
        std::mt19937_64 rng(seed);
        std::shuffle(out.begin(), out.end(), rng);
        out.resize(size_t(max_n));
    }
    return out;
}

namespace {
void svm_quiet(const char *) {}
} // namespace

SvcResult svc_mia_efficacy(const std::vector<double> &fit_m, const std::vector<double> &fit_n,
                           const std::vector<double> &target, const SvcConfig &c) {
    if (fit_m.empty() || fit_n.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "MIA-Efficacy SVC needs members and non-members to fit on")));
    // Balanced sides, as the SalUn code does (a retained subset the size of the
    // test set): an unbalanced fit learns the prior and calls everything a member.
    int64_t side = int64_t(std::min(fit_m.size(), fit_n.size()));
    if (c.max_per_side > 0) side = std::min(side, c.max_per_side);
    const auto m = svc_subsample(fit_m, side, c.seed);
    const auto n = svc_subsample(fit_n, side, c.seed + 1);
    const size_t L = m.size() + n.size();
    std::vector<svm_node> nodes(2 * L);
    std::vector<svm_node *> xs(L);
    std::vector<double> ys(L);
    for (size_t i = 0; i < L; ++i) {
        nodes[2 * i] = {1, i < m.size() ? m[i] : n[i - m.size()]};
        nodes[2 * i + 1] = {-1, 0.0};
        xs[i] = &nodes[2 * i];
        ys[i] = i < m.size() ? 1.0 : 0.0;
    }
    svm_problem prob{};
    prob.l = int(L);
    prob.y = ys.data();
    prob.x = xs.data();
    svm_parameter p{};
    p.svm_type = C_SVC;
    p.kernel_type = RBF;
    p.gamma = c.gamma;
    p.C = c.C;
    p.cache_size = 100;
    p.eps = 1e-3;
    p.shrinking = 1;
    p.probability = 0;
    if (const char *err = svm_check_parameter(&prob, &p))
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "libsvm: %1"), err));
    svm_set_print_string_function(&svm_quiet);
    svm_model *model = svm_train(&prob, &p);
    SvcResult r;
    r.n_target = int64_t(target.size());
    r.n_fit_members = int64_t(m.size());
    r.n_fit_nonmembers = int64_t(n.size());
    int64_t non = 0;
    for (double v : target) {
        svm_node x[2] = {{1, v}, {-1, 0.0}};
        const int pred = svm_predict(model, x) > 0.5 ? 1 : 0;
        r.predictions.push_back(pred);
        non += pred == 0;
    }
    svm_free_and_destroy_model(&model);
    r.efficacy = target.empty() ? 0.0 : double(non) / double(target.size());
    return r;
}

// --- LiRA -------------------------------------------------------------------------------------------
LiraModel fit_lira(const std::vector<ReferenceScores> &refs, const LiraConfig &c) {
    LiraModel m;
    const size_t n = refs.size();
    m.mu_in.assign(n, 0);
    m.mu_out.assign(n, 0);
    m.sd_in.assign(n, c.min_std);
    m.sd_out.assign(n, c.min_std);
    m.n_in_min = m.n_out_min = std::numeric_limits<int64_t>::max();
    double ss_in = 0, ss_out = 0, df_in = 0, df_out = 0, sum_mu_in = 0;
    int64_t have_in = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto &r = refs[i];
        m.n_in_min = std::min<int64_t>(m.n_in_min, int64_t(r.in.size()));
        m.n_out_min = std::min<int64_t>(m.n_out_min, int64_t(r.out.size()));
        if (r.out.empty())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "LiRA: example %1 has no reference model without it"), i));
        m.mu_out[i] = mean_of(r.out);
        double v = 0;
        for (double x : r.out) v += (x - m.mu_out[i]) * (x - m.mu_out[i]);
        ss_out += v;
        df_out += double(r.out.size()) - 1;
        m.sd_out[i] = r.out.size() > 1 ? std::max(c.min_std, std::sqrt(v / double(r.out.size() - 1))) : c.min_std;
        if (!r.in.empty()) {
            m.mu_in[i] = mean_of(r.in);
            double w = 0;
            for (double x : r.in) w += (x - m.mu_in[i]) * (x - m.mu_in[i]);
            ss_in += w;
            df_in += double(r.in.size()) - 1;
            m.sd_in[i] = r.in.size() > 1 ? std::max(c.min_std, std::sqrt(w / double(r.in.size() - 1))) : c.min_std;
            sum_mu_in += m.mu_in[i];
            ++have_in;
        }
    }
    if (n == 0) m.n_in_min = m.n_out_min = 0;
    // An example no model trained on borrows the average in-mean (online only).
    for (size_t i = 0; i < n; ++i)
        if (refs[i].in.empty()) m.mu_in[i] = have_in ? sum_mu_in / double(have_in) : m.mu_out[i] + 1;
    const double so = df_out > 0 ? std::max(c.min_std, std::sqrt(ss_out / df_out)) : 1.0;
    const double si = df_in > 0 ? std::max(c.min_std, std::sqrt(ss_in / df_in)) : so;
    if (c.fixed_variance) {
        std::fill(m.sd_out.begin(), m.sd_out.end(), so);
        std::fill(m.sd_in.begin(), m.sd_in.end(), si);
    } else if (c.floor_at_pooled) {
        for (auto &sd : m.sd_out) sd = std::max(sd, so);
        for (auto &sd : m.sd_in) sd = std::max(sd, si);
    }
    return m;
}

std::vector<double> lira_offline(const LiraModel &m, const std::vector<double> &phi) {
    if (phi.size() != m.mu_out.size()) internal_error("lira_offline: sizes differ");
    std::vector<double> z(phi.size());
    for (size_t i = 0; i < phi.size(); ++i) z[i] = (phi[i] - m.mu_out[i]) / m.sd_out[i];
    return z;
}

std::vector<double> lira_online(const LiraModel &m, const std::vector<double> &phi) {
    if (phi.size() != m.mu_out.size()) internal_error("lira_online: sizes differ");
    std::vector<double> s(phi.size());
    for (size_t i = 0; i < phi.size(); ++i) {
        const double a = (phi[i] - m.mu_in[i]) / m.sd_in[i], b = (phi[i] - m.mu_out[i]) / m.sd_out[i];
        s[i] = -0.5 * a * a - std::log(m.sd_in[i]) + 0.5 * b * b + std::log(m.sd_out[i]);
    }
    return s;
}

// --- RMIA --------------------------------------------------------------------------------------------
double rmia_prior(double mean_out, double a) { return 0.5 * ((1 + a) * mean_out + (1 - a)); }

std::vector<double> rmia_scores(const std::vector<double> &px, const std::vector<double> &prx,
                                const std::vector<double> &pz, const std::vector<double> &prz, double gamma,
                                const std::vector<int64_t> &self) {
    if (px.size() != prx.size() || pz.size() != prz.size() || (!self.empty() && self.size() != px.size()))
        internal_error("rmia_scores: sizes differ");
    if (pz.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "RMIA needs population data (none given)")));
    constexpr double tiny = 1e-300;
    std::vector<double> rz(pz.size());
    for (size_t j = 0; j < pz.size(); ++j) rz[j] = pz[j] / std::max(prz[j], tiny);
    std::vector<double> sorted = rz;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> out(px.size());
    for (size_t i = 0; i < px.size(); ++i) {
        const double rx = px[i] / std::max(prx[i], tiny);
        double count = double(std::upper_bound(sorted.begin(), sorted.end(), rx / gamma) - sorted.begin());
        double total = double(sorted.size());
        if (!self.empty() && self[i] >= 0) {
            if (rz[size_t(self[i])] <= rx / gamma) count -= 1;
            total -= 1;
        }
        out[i] = total > 0 ? count / total : 0.0;
    }
    return out;
}

RmiaFit fit_rmia_a(const std::vector<double> &pt, const std::vector<int> &member, const std::vector<double> &out_mean,
                   const std::vector<double> &pop_p, const std::vector<double> &pop_out_mean, double gamma) {
    RmiaFit fit;
    fit.auc = -1;
    std::vector<double> prx(pt.size()), prz(pop_p.size());
    for (int k = 0; k <= 10; ++k) {
        const double a = k / 10.0;
        for (size_t i = 0; i < pt.size(); ++i) prx[i] = rmia_prior(out_mean[i], a);
        for (size_t j = 0; j < pop_p.size(); ++j) prz[j] = rmia_prior(pop_out_mean[j], a);
        const auto s = rmia_scores(pt, prx, pop_p, prz, gamma);
        std::vector<double> m, n;
        for (size_t i = 0; i < s.size(); ++i) (member[i] ? m : n).push_back(s[i]);
        const double auc = roc_curve(m, n).auc;
        fit.grid.emplace_back(a, auc);
        if (auc > fit.auc + 1e-12) {
            fit.auc = auc;
            fit.a = a;
        }
    }
    return fit;
}

// --- challenge ------------------------------------------------------------------------------------------
namespace {
double eps_terms(double fpr, double fnr, double delta) {
    double e = 0;
    if (fnr > 0 && 1 - delta - fpr > 0) e = std::max(e, std::log((1 - delta - fpr) / fnr));
    if (fpr > 0 && 1 - delta - fnr > 0) e = std::max(e, std::log((1 - delta - fnr) / fpr));
    return e;
}
} // namespace

double challenge_epsilon(const std::vector<double> &u, const std::vector<double> &r, double delta) {
    if (u.empty() || r.empty())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "challenge epsilon needs scores of unlearned and of retrained models")));
    std::vector<double> t = u;
    t.insert(t.end(), r.begin(), r.end());
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    t.push_back(kInf);
    std::vector<double> su = u, sr = r;
    std::sort(su.begin(), su.end());
    std::sort(sr.begin(), sr.end());
    double eps = 0;
    for (double th : t) {
        // Attack "unlearned when score >= th": FPR on retrained, FNR on unlearned.
        const double fpr = double(sr.end() - std::lower_bound(sr.begin(), sr.end(), th)) / double(sr.size());
        const double fnr = double(std::lower_bound(su.begin(), su.end(), th) - su.begin()) / double(su.size());
        eps = std::max(eps, eps_terms(fpr, fnr, delta));
        eps = std::max(eps, eps_terms(1 - fpr, 1 - fnr, delta)); // the reversed attack
    }
    return eps;
}

double challenge_epsilon_gaussian(double d, double delta, double min_rate) {
    d = std::abs(d);
    double eps = 0;
    for (double t = -12; t <= d + 12; t += 0.005) {
        const double fpr = std::max(min_rate, normal_sf(t)), fnr = std::max(min_rate, normal_cdf(t - d));
        eps = std::max(eps, eps_terms(fpr, fnr, delta));
    }
    return eps;
}

double challenge_h(double eps, double w) {
    const double n = 1 + std::floor(std::max(0.0, eps) / w);
    return 2.0 / std::pow(2.0, n);
}

double forgetting_quality(const std::vector<double> &eps, double w) {
    if (eps.empty()) return 0;
    double s = 0;
    for (double e : eps) s += challenge_h(e, w);
    return s / double(eps.size());
}

// --- verdicts -------------------------------------------------------------------------------------------
double stouffer(const std::vector<double> &z) {
    if (z.empty()) return 0;
    return std::accumulate(z.begin(), z.end(), 0.0) / std::sqrt(double(z.size()));
}

double subject_design_effect(const std::vector<const std::vector<double> *> &outs, const std::vector<double> &mu,
                             const std::vector<double> &sd) {
    const size_t n = outs.size();
    if (n < 2 || mu.size() != n || sd.size() != n) return 1.0;
    const size_t J = outs[0]->size();
    if (J < 3) return 1.0;
    for (const auto *o : outs)
        if (o->size() != J) return 1.0;
    double ss = 0;
    for (size_t j = 0; j < J; ++j) {
        double m = 0;
        for (size_t i = 0; i < n; ++i) m += ((*outs[i])[j] - mu[i]) / sd[i];
        m /= std::sqrt(double(n));
        ss += m * m;
    }
    return std::max(1.0, ss / double(J - 1));
}

std::optional<std::pair<double, double>> stouffer_interval(const std::vector<double> &z, const BootstrapConfig &b) {
    if (z.size() < 5 || b.resamples <= 0) return std::nullopt;
    std::mt19937_64 rng(b.seed);
    std::uniform_int_distribution<size_t> pick(0, z.size() - 1);
    std::vector<double> r(z.size()), zs;
    for (int k = 0; k < b.resamples; ++k) {
        for (auto &v : r) v = z[pick(rng)];
        zs.push_back(stouffer(r));
    }
    std::sort(zs.begin(), zs.end());
    const double a = (1 - b.level) / 2;
    auto at = [&](double q) { return zs[std::min(zs.size() - 1, size_t(q * double(zs.size())))]; };
    return std::make_pair(at(a), at(1 - a));
}

std::string subject_verdict(const SubjectEvidence &e, const VerdictThresholds &t) {
    if (e.n < t.min_records) return "inconclusive";
    if (e.z_after >= t.z_fail) return "fail";
    if (e.z_power >= t.z_power) return "pass";
    return "inconclusive";
}

} // namespace lethe
