// The job verdict's rules (ui/verdict.h) on hand-made audit summaries: the
// per-subject test decides an approximate job's pass, and a failing subject
// fails it; an exact job passes by lineage unless the evidence contradicts it.
#include <QtTest>

#include "verdict.h"

using namespace lethe::ui;
using nlohmann::json;

namespace {
// A loss attack indistinguishable from chance on 60 vs 10,000 records, and
// (unless case_v is empty) a per-subject verdict.
json after(const std::string &case_v, double auc = 0.5) {
    json a = {{"mia", {{"loss", {{"auc", auc}, {"n_members", 60}, {"n_nonmembers", 10000}}}}}};
    if (!case_v.empty())
        a["verdict"] = {{"case", case_v}, {"n_pass", case_v == "pass"}, {"n_fail", case_v == "fail"},
                        {"n_inconclusive", case_v == "inconclusive"}, {"n_subjects", 1}, {"basis", "LiRA offline z"}};
    return a;
}
VerdictInput job(bool exact, const json &a) {
    VerdictInput in;
    in.method = exact ? QStringLiteral("sisa") : QStringLiteral("finetune");
    in.status = QStringLiteral("done");
    in.exact_method = exact;
    in.placed_in_output = 0;
    in.after = a;
    return in;
}
} // namespace

class TestVerdict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data() {
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("subjects");
        QTest::addColumn<double>("auc");
        QTest::addColumn<QString>("want");
        // Without a per-subject test: the population AUC decides (issue 3's rules).
        QTest::newRow("approx, AUC at chance, no subject test") << false << QString() << 0.5 << QStringLiteral("PASS");
        QTest::newRow("approx, AUC high") << false << QString() << 0.8 << QStringLiteral("FAIL");
        // With it: an approximate job passes only on a subject pass.
        QTest::newRow("approx, subjects inconclusive") << false << QStringLiteral("inconclusive") << 0.5 << QStringLiteral("INCONCLUSIVE");
        QTest::newRow("approx, subjects pass") << false << QStringLiteral("pass") << 0.5 << QStringLiteral("PASS");
        QTest::newRow("approx, subject fails, AUC at chance") << false << QStringLiteral("fail") << 0.5 << QStringLiteral("FAIL");
        // Exact by lineage: passes unless the evidence contradicts it.
        QTest::newRow("exact, subjects inconclusive") << true << QStringLiteral("inconclusive") << 0.5 << QStringLiteral("PASS");
        QTest::newRow("exact, subject fails") << true << QStringLiteral("fail") << 0.5 << QStringLiteral("INCONCLUSIVE");
    }
    void rules() {
        QFETCH(bool, exact);
        QFETCH(QString, subjects);
        QFETCH(double, auc);
        QFETCH(QString, want);
        const auto v = decide(job(exact, after(subjects.toStdString(), auc)));
        QVERIFY2(v.word() == want, qPrintable(v.word() + QStringLiteral(": ") + v.reasons.join(QStringLiteral(" | "))));
        if (!subjects.isEmpty())
            QVERIFY(v.reasons.join(QLatin1Char('\n')).contains(QStringLiteral("Per-subject test: ") + subjects.toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_ui_verdict.moc"
