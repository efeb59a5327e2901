#include "audit/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.h"

namespace lethe {

ExampleStats example_stats(const double *lp, int C, int y) {
    ExampleStats s;
    s.loss = -lp[y];
    s.confidence = std::exp(lp[y]);
    // log(1 - p_y) as the log-sum-exp of the other classes: stable when p_y -> 1.
    double m = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < C; ++i)
        if (i != y) m = std::max(m, lp[i]);
    double acc = 0;
    for (int i = 0; i < C; ++i)
        if (i != y) acc += std::exp(lp[i] - m);
    const double log_rest = m + std::log(acc);
    s.logit_confidence = lp[y] - log_rest;
    const double rest = std::exp(log_rest);
    s.modified_entropy = -rest * lp[y];
    int best = 0;
    for (int i = 0; i < C; ++i) {
        const double p = std::exp(lp[i]);
        if (p > 0) s.entropy -= p * lp[i];
        if (i != y && p > 0) s.modified_entropy -= p * std::log1p(-std::min(p, 1.0 - 1e-16));
        if (lp[i] > lp[best]) best = i;
    }
    s.pred = best;
    return s;
}

Roc roc_curve(const std::vector<double> &mem, const std::vector<double> &non) {
    if (mem.empty() || non.empty())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "membership attack needs members and non-members (one side is empty)")));
    std::vector<std::pair<double, int>> all;
    all.reserve(mem.size() + non.size());
    for (double v : mem) all.emplace_back(v, 1);
    for (double v : non) all.emplace_back(v, 0);
    std::sort(all.begin(), all.end(), [](auto &a, auto &b) { return a.first > b.first; });
    Roc roc;
    roc.n_members = int64_t(mem.size());
    roc.n_nonmembers = int64_t(non.size());
    const double P = double(mem.size()), N = double(non.size());
    roc.points.push_back({0.0, 0.0, std::numeric_limits<double>::infinity()});
    int64_t tp = 0, fp = 0;
    double auc2 = 0; // twice the area, by trapezoids (ties count half)
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        int64_t dtp = 0, dfp = 0;
        while (j < all.size() && all[j].first == all[i].first) {
            (all[j].second ? dtp : dfp)++;
            ++j;
        }
        auc2 += double(dfp) * (2.0 * double(tp) + double(dtp));
        tp += dtp;
        fp += dfp;
        roc.points.push_back({double(fp) / N, double(tp) / P, all[i].first});
        i = j;
    }
    roc.auc = auc2 / (2.0 * P * N);
    return roc;
}

TprAtFpr tpr_at_fpr(const Roc &roc, double max_fpr) {
    TprAtFpr best;
    best.threshold = std::numeric_limits<double>::infinity();
    for (const auto &p : roc.points)
        if (p.fpr <= max_fpr + 1e-12 && p.tpr >= best.tpr) {
            if (p.tpr > best.tpr || p.fpr < best.fpr_reached ||
                best.threshold == std::numeric_limits<double>::infinity())
                best = {p.tpr, p.fpr, p.threshold};
        }
    return best;
}

std::pair<double, double> wilson_interval(int64_t k, int64_t n, double z) {
    if (n <= 0) return {0.0, 1.0};
    const double p = double(k) / double(n), nn = double(n);
    const double denom = 1 + z * z / nn;
    const double centre = (p + z * z / (2 * nn)) / denom;
    const double half = z * std::sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::vector<RocPoint> thin_roc(const std::vector<RocPoint> &pts, size_t max_points) {
    if (pts.size() <= max_points) return pts;
    std::vector<RocPoint> out;
    double next = 0;
    const double lo = 1e-5, step = std::pow(1.0 / lo, 1.0 / double(max_points - 2));
    for (size_t i = 0; i < pts.size(); ++i) {
        const bool last = i + 1 == pts.size();
        if (i == 0 || last || pts[i].fpr >= next) {
            out.push_back(pts[i]);
            next = std::max(lo, std::max(next, pts[i].fpr) * step);
        }
    }
    return out;
}

const std::vector<std::string> &statistic_names() {
    static const std::vector<std::string> n = {"loss", "confidence", "logit_confidence", "entropy", "modified_entropy"};
    return n;
}

double attack_score(const ExampleStats &s, const std::string &stat) {
    if (stat == "loss") return -s.loss;
    if (stat == "confidence") return s.confidence;
    if (stat == "logit_confidence") return s.logit_confidence;
    if (stat == "entropy") return -s.entropy;
    if (stat == "modified_entropy") return -s.modified_entropy;
    internal_error(msg(QT_TRANSLATE_NOOP("Engine", "unknown statistic '%1'"), stat));
}

} // namespace lethe
