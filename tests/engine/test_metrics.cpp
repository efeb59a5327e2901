// The audit arithmetic against independent truths: brute-force pairwise AUC,
// brute-force TPR at a fixed FPR, hand-computed statistics.
#include <QtTest>

#include <cmath>
#include <random>

#include "audit/metrics.h"

using namespace lethe;

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aucEqualsPairwiseCount();
    void tprAtFprEqualsBruteForce();
    void statisticsByHand();
    void modifiedEntropyByHand();
    void logitConfidenceIsStableNearOne();
    void wilsonInterval();
    void rocRefusesEmptySide();
};

void TestMetrics::aucEqualsPairwiseCount() {
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<double> m, n;
        std::uniform_int_distribution<int> coarse(0, 9); // many ties on purpose
        std::normal_distribution<double> g(0, 1);
        const int nm = 5 + trial * 7, nn = 11 + trial * 5;
        for (int i = 0; i < nm; ++i) m.push_back(trial % 2 ? coarse(rng) + 1.0 : g(rng) + 0.4);
        for (int i = 0; i < nn; ++i) n.push_back(trial % 2 ? coarse(rng) : g(rng));
        double wins = 0;
        for (double a : m)
            for (double b : n) wins += a > b ? 1.0 : a == b ? 0.5 : 0.0;
        const double truth = wins / (double(nm) * double(nn));
        const auto roc = roc_curve(m, n);
        QVERIFY2(std::abs(roc.auc - truth) < 1e-12,
                 qPrintable(QString::number(roc.auc) + QStringLiteral(" vs ") + QString::number(truth)));
        QCOMPARE(roc.points.front().fpr, 0.0);
        QCOMPARE(roc.points.back().tpr, 1.0);
        QCOMPARE(roc.points.back().fpr, 1.0);
    }
}

void TestMetrics::tprAtFprEqualsBruteForce() {
    std::mt19937_64 rng(9);
    std::normal_distribution<double> g(0, 1);
    std::vector<double> m, n;
    for (int i = 0; i < 300; ++i) m.push_back(g(rng) + 1.0);
    for (int i = 0; i < 2000; ++i) n.push_back(g(rng));
    const auto roc = roc_curve(m, n);
    for (double alpha : {0.001, 0.01, 0.1}) {
        // Brute force: every candidate threshold t (each score), predict member when s >= t.
        double best_tpr = 0, best_fpr = 0;
        std::vector<double> cand = m;
        cand.insert(cand.end(), n.begin(), n.end());
        for (double t : cand) {
            double tp = 0, fp = 0;
            for (double v : m) tp += v >= t;
            for (double v : n) fp += v >= t;
            const double tpr = tp / double(m.size()), fpr = fp / double(n.size());
            if (fpr <= alpha && tpr > best_tpr) {
                best_tpr = tpr;
                best_fpr = fpr;
            }
        }
        const auto got = tpr_at_fpr(roc, alpha);
        QCOMPARE(got.tpr, best_tpr);
        QVERIFY(got.fpr_reached <= alpha);
        QCOMPARE(got.fpr_reached, best_fpr);
    }
}

void TestMetrics::statisticsByHand() {
    // p = (0.7, 0.2, 0.1), label 0.
    const double p[3] = {0.7, 0.2, 0.1};
    double lp[3];
    for (int i = 0; i < 3; ++i) lp[i] = std::log(p[i]);
    const auto s = example_stats(lp, 3, 0);
    QVERIFY(std::abs(s.loss - (-std::log(0.7))) < 1e-12);
    QVERIFY(std::abs(s.confidence - 0.7) < 1e-12);
    QVERIFY(std::abs(s.logit_confidence - std::log(0.7 / 0.3)) < 1e-12);
    const double H = -(0.7 * std::log(0.7) + 0.2 * std::log(0.2) + 0.1 * std::log(0.1));
    QVERIFY(std::abs(s.entropy - H) < 1e-12);
    QCOMPARE(s.pred, 0);
    const auto s2 = example_stats(lp, 3, 2);
    QVERIFY(std::abs(s2.loss - (-std::log(0.1))) < 1e-12);
}

void TestMetrics::modifiedEntropyByHand() {
    // Song and Mittal: M = -(1-p_y) log p_y - sum_{i != y} p_i log(1 - p_i).
    const double p[4] = {0.1, 0.6, 0.25, 0.05};
    double lp[4];
    for (int i = 0; i < 4; ++i) lp[i] = std::log(p[i]);
    const int y = 1;
    const double hand =
        -(1 - 0.6) * std::log(0.6) - (0.1 * std::log(0.9) + 0.25 * std::log(0.75) + 0.05 * std::log(0.95));
    const auto s = example_stats(lp, 4, y);
    QVERIFY2(std::abs(s.modified_entropy - hand) < 1e-12, qPrintable(QString::number(s.modified_entropy)));
    // A confident correct prediction has lower modified entropy than a wrong one.
    const auto wrong = example_stats(lp, 4, 3);
    QVERIFY(wrong.modified_entropy > s.modified_entropy);
}

void TestMetrics::logitConfidenceIsStableNearOne() {
    // log-probs of a very confident model: p_y = 1 - 1e-15 would round to 1 in
    // the naive formula; the log-sum-exp form keeps it finite and right.
    const double lp[2] = {std::log1p(-1e-15), std::log(1e-15)};
    const auto s = example_stats(lp, 2, 0);
    QVERIFY(std::isfinite(s.logit_confidence));
    QVERIFY(std::abs(s.logit_confidence - std::log((1 - 1e-15) / 1e-15)) < 1e-6);
}

void TestMetrics::wilsonInterval() {
    // Published example: 81 of 263, 95%: (0.2553, 0.3662) (Newcombe 1998, method 3 rounding).
    const auto [lo, hi] = wilson_interval(81, 263);
    QVERIFY(std::abs(lo - 0.2553) < 5e-4);
    QVERIFY(std::abs(hi - 0.3662) < 5e-4);
    const auto [l0, h0] = wilson_interval(0, 10);
    QCOMPARE(l0, 0.0);
    QVERIFY(h0 > 0.25 && h0 < 0.32);
}

void TestMetrics::rocRefusesEmptySide() {
    bool threw = false;
    try {
        roc_curve({}, {1.0});
    } catch (const std::exception &e) {
        threw = QString::fromUtf8(e.what()).contains(QStringLiteral("empty"));
    }
    QVERIFY(threw);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
