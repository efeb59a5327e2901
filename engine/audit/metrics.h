#pragma once
// Per-example statistics and threshold membership-inference attacks: plain
// arithmetic on log-probabilities, no torch, so tests can check it by hand.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lethe {

struct ExampleStats {
    double loss = 0;             // -log p_y
    double confidence = 0;       // p_y
    double logit_confidence = 0; // log p_y - log(1 - p_y)
    double entropy = 0;          // -sum p_i log p_i
    double modified_entropy = 0; // -(1-p_y) log p_y - sum_{i!=y} p_i log(1-p_i)  (Song and Mittal 2021)
    int pred = 0;                // argmax
};

// From the log-probabilities of one example (C classes) and its label.
ExampleStats example_stats(const double *log_probs, int n_classes, int label);

struct RocPoint {
    double fpr = 0, tpr = 0, threshold = 0; // predict member when score >= threshold
};

struct Roc {
    std::vector<RocPoint> points; // from (0,0) to (1,1), one per distinct threshold
    double auc = 0.5;             // P(member score > non-member score) + P(=)/2
    int64_t n_members = 0, n_nonmembers = 0;
};

// Higher score = more likely a member.
Roc roc_curve(const std::vector<double> &member_scores, const std::vector<double> &nonmember_scores);

struct TprAtFpr {
    double tpr = 0, fpr_reached = 0, threshold = 0;
};
// The best TPR among thresholds whose FPR is at most max_fpr.
TprAtFpr tpr_at_fpr(const Roc &roc, double max_fpr);

// Wilson score interval for a proportion k/n (95% by default).
std::pair<double, double> wilson_interval(int64_t k, int64_t n, double z = 1.959964);

// At most max_points points of a ROC for plotting, keeping both ends and
// the low-FPR region (log-spaced in FPR).
std::vector<RocPoint> thin_roc(const std::vector<RocPoint> &points, size_t max_points);

// Statistic names in the order used everywhere (JSON, CSV, plots).
const std::vector<std::string> &statistic_names();
// The attack score for a statistic: oriented so that higher = member.
double attack_score(const ExampleStats &s, const std::string &statistic);

} // namespace lethe
