#pragma once
// Membership-inference attacks and their statistics, as plain arithmetic on
// per-example scores (no torch): seeded bootstrap intervals, low-FPR
// figures, Song and Mittal class-dependent thresholds, the SalUn
// MIA-Efficacy SVC (libsvm), LiRA offline / online (Carlini et al. 2022),
// RMIA offline (Zarifzadeh et al. 2024), a per-example test against models
// that never saw the record (U-LiRA style, Hayes et al. 2025), and the
// NeurIPS 2023 unlearning challenge's per-example epsilon and forgetting
// quality F. docs/audit.md states every formula and default.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/metrics.h"

namespace lethe {

// --- normal distribution ------------------------------------------------------
double normal_cdf(double z);
double normal_sf(double z);       // 1 - cdf, accurate in the upper tail
double normal_quantile(double p); // inverse cdf, p in (0, 1)

// --- attack figures with bootstrap intervals ------------------------------------
// The FPR levels every attack reports: 1%, 0.1%, 0.01%; keys "1pct", "0_1pct", "0_01pct".
const std::vector<double> &fpr_levels();
const std::vector<std::string> &fpr_level_keys();

struct Interval {
    double lo = 0, hi = 0;
};

struct BootstrapConfig {
    int resamples = 500; // 0: no intervals
    uint64_t seed = 23;
    double level = 0.95; // two-sided percentile interval
};

struct AttackEvaluation {
    Roc roc;
    std::vector<TprAtFpr> at; // one per fpr_levels()
    Interval auc_ci;
    std::vector<Interval> tpr_ci; // one per fpr_levels()
    int resamples = 0;
    uint64_t seed = 0;
    double level = 0.95;
};

// ROC, AUC and TPR at each level on the data; percentile intervals from
// resampling members and non-members separately (stratified), each
// resample re-choosing its own thresholds. Deterministic for a seed.
AttackEvaluation evaluate_attack(const std::vector<double> &member_scores, const std::vector<double> &nonmember_scores,
                                 const BootstrapConfig &config);

// AUC and best TPR at each level of weighted scores (weights = multiplicity):
// the sweep the bootstrap repeats. Exposed for tests.
struct WeightedFigures {
    double auc = 0.5;
    std::vector<double> tpr; // per fpr_levels()
};
WeightedFigures weighted_figures(const std::vector<double> &member_scores, const std::vector<double> &member_weights,
                                 const std::vector<double> &nonmember_scores,
                                 const std::vector<double> &nonmember_weights);

// --- exposure ------------------------------------------------------------------
// For each score: the fraction of reference (non-member) scores strictly
// below it plus half the ties: 0.5 is typical of a non-member, near 1 is
// exposed. Under "x is a non-member", it is uniform on (0, 1).
std::vector<double> exposure_percentiles(const std::vector<double> &scores, const std::vector<double> &reference);

// --- Song and Mittal class-dependent thresholds ------------------------------------
// Per class c, the threshold t_c on a score that best separates fit members
// from fit non-members of that class (balanced accuracy; predict member when
// score >= t_c). Classes with no data get the pooled threshold.
std::vector<double> fit_class_thresholds(const std::vector<double> &member_scores,
                                         const std::vector<int> &member_labels,
                                         const std::vector<double> &nonmember_scores,
                                         const std::vector<int> &nonmember_labels, int n_classes);
// score - t_label: one number per example, so a ROC sweeps a common offset.
std::vector<double> apply_class_thresholds(const std::vector<double> &scores, const std::vector<int> &labels,
                                           const std::vector<double> &thresholds);

// --- MIA-Efficacy (SalUn, l1-sparse tables) ------------------------------------------
struct SvcConfig {
    double C = 3.0;              // as in the SalUn code (sklearn SVC(C=3, gamma="auto", kernel="rbf"))
    double gamma = 1.0;          // "auto" = 1 / n_features = 1
    int64_t max_per_side = 2000; // both sides are cut to min(this, members, non-members), seeded (libsvm is quadratic)
    uint64_t seed = 29;
};
struct SvcResult {
    double efficacy = 0; // fraction of the target set predicted non-member
    int64_t n_target = 0, n_fit_members = 0, n_fit_nonmembers = 0;
    std::vector<int> predictions; // 1 = member, per target example
};
// An RBF SVC on one feature (the confidence p_y), fitted on members (label 1)
// vs non-members (label 0), then applied to the target set.
SvcResult svc_mia_efficacy(const std::vector<double> &fit_members, const std::vector<double> &fit_nonmembers,
                           const std::vector<double> &target, const SvcConfig &config);
// The subsample svc_mia_efficacy trains on, for a side size max_n (exposed
// for tests: a direct libsvm call on it must give the same predictions).
std::vector<double> svc_subsample(const std::vector<double> &values, int64_t max_n, uint64_t seed);

// --- LiRA ------------------------------------------------------------------------
// Reference scores of one example: phi (logit-scaled confidence) under the
// reference models that trained on it (in) and those that did not (out).
struct ReferenceScores {
    std::vector<double> in, out;
};
struct LiraConfig {
    bool fixed_variance = true; // one pooled variance per side: better with few models (Carlini et al. sec. VI)
    // Without fixed_variance: each example's own variance, but never below the
    // pooled one (atypical records vary more across models than the pool of
    // typical ones says; docs/audit-power.md measures what each choice costs).
    bool floor_at_pooled = false;
    double min_std = 1e-3;
};
struct LiraModel {
    // Per example: mean and std of in and out; the pooled std when fixed.
    std::vector<double> mu_in, mu_out, sd_in, sd_out;
    int64_t n_in_min = 0, n_out_min = 0; // fewest models on either side over the examples
};
LiraModel fit_lira(const std::vector<ReferenceScores> &refs, const LiraConfig &config);
// Offline: z = (phi - mu_out) / sd_out; higher = member. Its one-sided
// p-value normal_sf(z) is the per-example test against models without it.
std::vector<double> lira_offline(const LiraModel &m, const std::vector<double> &phi);
// Online: log N(phi; mu_in, sd_in) - log N(phi; mu_out, sd_out).
std::vector<double> lira_online(const LiraModel &m, const std::vector<double> &phi);

// --- RMIA offline -----------------------------------------------------------------
// Pr(x) from out-model probabilities: ((1 + a) mean_out + (1 - a)) / 2.
double rmia_prior(double mean_out_prob, double a);
// Score of x: the fraction of population z with
// (p(x) / Pr(x)) / (p(z) / Pr(z)) >= gamma. self_index[i] >= 0 names x_i's
// own position in the population, which is left out of its comparison.
std::vector<double> rmia_scores(const std::vector<double> &target_prob_x, const std::vector<double> &prior_x,
                                const std::vector<double> &target_prob_z, const std::vector<double> &prior_z,
                                double gamma, const std::vector<int64_t> &self_index = {});
// The paper's fit of a: treat one reference model as the target (its
// members known), the others as references, and take the a in the grid
// with the best AUC. in_prob/out_mean per example of the pseudo-target.
struct RmiaFit {
    double a = 0.5, auc = 0.5;
    std::vector<std::pair<double, double>> grid; // (a, auc)
};
RmiaFit fit_rmia_a(const std::vector<double> &pseudo_target_prob, const std::vector<int> &pseudo_target_member,
                   const std::vector<double> &out_mean_prob, const std::vector<double> &population_prob,
                   const std::vector<double> &population_out_mean_prob, double gamma);

// --- NeurIPS 2023 challenge ----------------------------------------------------------
// Per-example epsilon from two samples of a score (unlearned models vs
// retrained models): the best over thresholds (both directions) of
// max(log((1 - delta - FPR) / FNR), log((1 - delta - FNR) / FPR)), counting
// only finite, positive terms; 0 when none.
double challenge_epsilon(const std::vector<double> &unlearned, const std::vector<double> &retrained, double delta);
// The same for two normals of equal spread whose means differ by d
// standard deviations (the plug-in when only one unlearned model exists);
// error rates below min_rate (1 / the number of models the empirical
// version would have) count as min_rate, as with finitely many models.
double challenge_epsilon_gaussian(double d, double delta, double min_rate);
// H(eps) = 2 / 2^n, n = 1 + floor(eps / bin_width): 1 for eps < 0.5, halving per bin.
double challenge_h(double eps, double bin_width = 0.5);
double forgetting_quality(const std::vector<double> &epsilons, double bin_width = 0.5);

// --- verdicts ----------------------------------------------------------------------
struct VerdictThresholds {
    double z_fail = 3.090232;  // one-sided p = 0.001: still remembered
    double z_power = 4.735086; // z_fail + 1.645: a remembering model would fail with >= 95% probability
    int64_t min_records = 1;
};
struct SubjectEvidence {
    double z_after = 0; // Stouffer z of the subject's records under the audited model
    double z_power = 0; // the z the same test gives a model that remembers them
    int64_t n = 0;
};
// "fail" when z_after >= z_fail; "pass" when not and z_power >= z_power
// threshold; else "inconclusive" (the test could not have seen it).
std::string subject_verdict(const SubjectEvidence &e, const VerdictThresholds &t);
// Stouffer's combination of per-example z: sum z / sqrt(n).
double stouffer(const std::vector<double> &z);
// The design effect of one subject's records. Their z are not independent
// (near-copies, one person's photos of one thing): under the null, Stouffer's
// sum / sqrt(n) has variance 1 + (n - 1) rho, not 1, and reading it as N(0, 1)
// fails retrained subjects and overstates the power. Estimated from the
// subject's OUT reference models, null draws by construction (a subject's
// records are IN or OUT together, so outs[i][j] is model j for every record
// i): m_j = sum_i (outs[i][j] - mu[i]) / (sd[i] sqrt n), D = sum_j m_j^2 / (J
// - 1), floored at 1 (never more confident than independence; it also absorbs
// a pooled sd too small for these records). 1 with fewer than 3 OUT models
// or OUT lists of different lengths. The per-subject z is Stouffer / sqrt(D).
double subject_design_effect(const std::vector<const std::vector<double> *> &outs, const std::vector<double> &mu,
                             const std::vector<double> &sd);
// Percentile bootstrap interval of a subject's Stouffer z over its records
// (resampled with replacement, seeded); nullopt with fewer than 5 records or
// no resamples.
std::optional<std::pair<double, double>> stouffer_interval(const std::vector<double> &z, const BootstrapConfig &b);

} // namespace lethe
