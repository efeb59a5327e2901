// The CLI contract of DESIGN section 7, driven from outside as a user would:
// the demo on a Fashion-MNIST subset, forget with SISA, audit before and
// after, verify; JSON fields and exit codes.
#include "../cli_run.h"
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoInitJson();
    void forgetSisaJson();
    void auditBeforeAndAfter();
    void verifyJson();
    void exitCodes();
    void scoresCsvRecomputesAuc();
    void investigateWithReferences();
    void evidenceBundleFromOutside();

private:
    using Run = lethe::test::CliRun;
    Run lethe(const QStringList &args);
    QTemporaryDir tmp_;
    QString project_;
    QJsonObject demo_, forget_;
    QString investigated_; // the project investigateWithReferences made
};

// The headless main job on its own small demo: reference pools (K = 4) for
// the ensemble's and the monolithic model's configurations, the exact job
// (sisa) and the approximate comparison (finetune), each audited with LiRA,
// RMIA and per-subject verdicts with intervals, the retained control, both
// reports, and the reference models that saw the subject purged by the last
// job only (the first one's audits need the full pools).
void TestCli::investigateWithReferences() {
    const QString proj = tmp_.filePath(QStringLiteral("inv"));
    investigated_ = proj;
    auto r = lethe({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--project"), proj,
                    QStringLiteral("--subset"), QStringLiteral("1500"), QStringLiteral("--epochs"), QStringLiteral("2"),
                    QStringLiteral("--shards"), QStringLiteral("2"), QStringLiteral("--slices"), QStringLiteral("2"),
                    QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = lethe({QStringLiteral("investigate"), QStringLiteral("--project"), proj, QStringLiteral("--references"),
               QStringLiteral("4"), QStringLiteral("--approximate"), QStringLiteral("finetune"),
               QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto pools = r.json[QStringLiteral("reference_pools")].toArray();
    QCOMPARE(pools.size(), 2); // the ensemble's configuration and the monolithic one's
    const auto jobs = r.json[QStringLiteral("jobs")].toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0].toObject()[QStringLiteral("forget")].toObject()[QStringLiteral("method")].toString(),
             QStringLiteral("sisa"));
    QCOMPARE(jobs[1].toObject()[QStringLiteral("forget")].toObject()[QStringLiteral("method")].toString(),
             QStringLiteral("finetune"));
    // The first contract's keys are the exact job's.
    QCOMPARE(r.json[QStringLiteral("forget")].toObject()[QStringLiteral("job_id")].toInt(),
             jobs[0].toObject()[QStringLiteral("forget")].toObject()[QStringLiteral("job_id")].toInt());
    for (int i = 0; i < 2; ++i) {
        const auto job = jobs[i].toObject();
        const auto after = job[QStringLiteral("after")].toObject();
        const auto refs = after[QStringLiteral("references")].toObject();
        QVERIFY2(refs[QStringLiteral("used")].toBool(), QJsonDocument(refs).toJson().constData());
        QCOMPARE(refs[QStringLiteral("k")].toInt(), 4);
        const auto mia = after[QStringLiteral("mia")].toObject();
        for (const char *a : {"lira_offline", "lira_online", "rmia"}) {
            const auto m = mia[QString::fromUtf8(a)].toObject();
            QVERIFY2(m[QStringLiteral("auc")].isDouble(), a);
            QVERIFY2(m[QStringLiteral("tpr_at_0_1pct_fpr")].isDouble(), a);
            QVERIFY2(m[QStringLiteral("auc_ci95")].toArray().size() == 2, a);
        }
        // The retained-records control and a verdict per subject (one subject here).
        QVERIFY(after[QStringLiteral("control")].toObject().contains(QStringLiteral("lira_offline")));
        QVERIFY(after[QStringLiteral("control_exposure")].toObject()[QStringLiteral("n_compared")].toInt() > 0);
        const auto subjects = after[QStringLiteral("subjects")].toArray();
        QCOMPARE(subjects.size(), 1);
        const QString v = subjects[0].toObject()[QStringLiteral("verdict")].toString();
        // The subject's z with its bootstrap interval (the demo subject has >= 5 records).
        const auto zci = subjects[0].toObject()[QStringLiteral("z_ci95")].toArray();
        const double z = subjects[0].toObject()[QStringLiteral("z")].toDouble();
        QVERIFY2(zci.size() == 2 && zci[0].toDouble() <= z && z <= zci[1].toDouble(),
                 QJsonDocument(subjects[0].toObject()).toJson().constData());
        QVERIFY2(v == QStringLiteral("pass") || v == QStringLiteral("fail") || v == QStringLiteral("inconclusive"),
                 qPrintable(v));
        // SISA retrained the subject's shard without it: an exact erasure must
        // not fail (it did before the offline z was calibrated on the test records).
        if (i == 0) QVERIFY2(v != QStringLiteral("fail"), QJsonDocument(subjects[0].toObject()).toJson().constData());
        QVERIFY(refs[QStringLiteral("lira_calibration")].toObject()[QStringLiteral("n_test")].toInt() >= 20);
        QVERIFY(after[QStringLiteral("verdict")].toObject()[QStringLiteral("case")].isString());
        const QString pdf = job[QStringLiteral("report")].toString();
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(pdf));
        // Only the last job of the case purges the reference models that saw the subject.
        const int purged = job[QStringLiteral("forget")].toObject()[QStringLiteral("purged_reference_models")].toInt();
        if (i == 0)
            QCOMPARE(purged, 0);
        else
            QVERIFY2(purged >= 2, qPrintable(QString::number(purged))); // about K/2 in each of the two pools
    }
    QCOMPARE(r.json[QStringLiteral("verify")].toObject()[QStringLiteral("ok")].toBool(), true);
    // The case (issue 9): one verdict with a finding per model in scope and
    // layer, and the case left in progress for the auditor.
    const auto cs = r.json[QStringLiteral("case")].toObject();
    QCOMPARE(cs[QStringLiteral("status")].toString(), QStringLiteral("in_progress"));
    QVERIFY(cs[QStringLiteral("days_left")].isDouble());
    QVERIFY(!cs[QStringLiteral("deadline_at")].toString().isEmpty());
    const auto v = cs[QStringLiteral("verdict")].toObject();
    QVERIFY2(QStringList({QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("inconclusive")})
                 .contains(v[QStringLiteral("result")].toString()),
             QJsonDocument(v).toJson().constData());
    const auto findings = v[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 6); // the ensemble and the monolithic model, three layers each
    for (const auto &f : findings) {
        const auto o = f.toObject();
        QVERIFY(!o[QStringLiteral("sentence")].toString().isEmpty());
        QVERIFY(!o[QStringLiteral("detail")].toString().isEmpty());
        QVERIFY(o[QStringLiteral("model_id")].isDouble());
    }
    // The same structure from `requests show`.
    const auto show = lethe({QStringLiteral("requests"), QStringLiteral("show"), QStringLiteral("--project"), proj,
                             QStringLiteral("--request"), QString::number(cs[QStringLiteral("id")].toInt()),
                             QStringLiteral("--json")});
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QCOMPARE(show.json[QStringLiteral("case")].toObject()[QStringLiteral("verdict")].toObject(), v);
}

TestCli::Run TestCli::lethe(const QStringList &args) { return lethe::test::run_cli(args); }

// The evidence bundle of the investigated case, as a regulator gets it:
// export-evidence, the signer's exported public key, verify-bundle offline;
// a damaged bundle and a missing file exit 2 with one sentence.
void TestCli::evidenceBundleFromOutside() {
    QVERIFY(!investigated_.isEmpty());
    qputenv("LETHE_KEY_DIR", tmp_.filePath(QStringLiteral("keys")).toUtf8());
    const QString bundle = tmp_.filePath(QStringLiteral("case.tar.gz"));
    auto r = lethe({QStringLiteral("export-evidence"), QStringLiteral("--project"), investigated_,
                    QStringLiteral("--request"), QStringLiteral("1"), QStringLiteral("--out"), bundle,
                    QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString fp = r.json[QStringLiteral("fingerprint")].toString();
    QCOMPARE(fp.size(), 39); // 8 groups of 4 hex digits
    int reports = 0;
    for (const auto &m : r.json[QStringLiteral("members")].toArray())
        reports += m.toString().startsWith(QStringLiteral("reports/case-"));
    QCOMPARE(reports, 1); // one report of the case, covering the exact job and the approximate one
    r = lethe({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json[QStringLiteral("fingerprint")].toString(), fp);
    QVERIFY(!r.json[QStringLiteral("created")].toBool()); // made by the export, first use
    const QString pub = tmp_.filePath(QStringLiteral("signer.pub"));
    r = lethe({QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("--out"), pub});
    QCOMPARE(r.code, 0);
    r = lethe({QStringLiteral("verify-bundle"), bundle, QStringLiteral("--public-key"), pub, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.json[QStringLiteral("ok")].toBool());
    QVERIFY(r.json[QStringLiteral("key_given")].toBool());
    QVERIFY(r.json[QStringLiteral("figures_recomputed")].toInt() > 100);
    QVERIFY(r.json[QStringLiteral("log_entries")].toInt() > 10);
    // One byte changed in the compressed file: exit 2, one sentence, no trace.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString bad = tmp_.filePath(QStringLiteral("bad.tar.gz"));
    QFile g(bad);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(bytes);
    g.close();
    r = lethe({QStringLiteral("verify-bundle"), bad});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("lethe")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("what()")));
    r = lethe({QStringLiteral("verify-bundle"), tmp_.filePath(QStringLiteral("none.tar.gz"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("none.tar.gz")), qPrintable(r.err));
}

void TestCli::initTestCase() {
    project_ = tmp_.filePath(QStringLiteral("demo"));
    const auto r =
        lethe({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--project"), project_,
               QStringLiteral("--subset"), QStringLiteral("3000"), QStringLiteral("--epochs"), QStringLiteral("3"),
               QStringLiteral("--shards"), QStringLiteral("3"), QStringLiteral("--slices"), QStringLiteral("2"),
               QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    demo_ = r.json;
}

void TestCli::demoInitJson() {
    QCOMPARE(demo_[QStringLiteral("records")].toInt(), 3000 + 500);
    QVERIFY(demo_[QStringLiteral("subjects")].toInt() > 50);
    const auto models = demo_[QStringLiteral("models")].toArray();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("monolithic"));
    QCOMPARE(models[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("sisa"));
    // 10 classes: chance is 0.1. The tiny SISA shards get few SGD steps, so
    // the bar for them is only "learned something"; the quality bar is the benchmark.
    const double mono = models[0].toObject()[QStringLiteral("test_accuracy")].toDouble();
    const double sisa = models[1].toObject()[QStringLiteral("test_accuracy")].toDouble();
    QVERIFY2(mono > 0.5 && mono <= 1.0, qPrintable(QString::number(mono)));
    QVERIFY2(sisa > 0.15 && sisa <= 1.0, qPrintable(QString::number(sisa)));
    for (const auto &m : models) QVERIFY(m.toObject()[QStringLiteral("id")].toInt() > 0);
    QVERIFY(demo_[QStringLiteral("project")].toString().endsWith(QStringLiteral("demo")));
}

void TestCli::forgetSisaJson() {
    const QString subject = demo_[QStringLiteral("request")].toObject()[QStringLiteral("subject")].toString();
    QVERIFY(subject.startsWith(QStringLiteral("subj-")));
    const auto r = lethe({QStringLiteral("forget"), QStringLiteral("--project"), project_, QStringLiteral("--subject"),
                          subject, QStringLiteral("--method"), QStringLiteral("sisa"), QStringLiteral("--device"),
                          QStringLiteral("cpu"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    forget_ = r.json;
    for (const char *k : {"job_id", "method", "input_model_id", "output_model_id", "forgotten_records",
                          "shards_retrained", "purged_checkpoints", "seconds"})
        QVERIFY2(forget_.contains(QString::fromUtf8(k)), k);
    QCOMPARE(forget_[QStringLiteral("method")].toString(), QStringLiteral("sisa"));
    QCOMPARE(forget_[QStringLiteral("input_model_id")].toInt(),
             demo_[QStringLiteral("models")].toArray()[1].toObject()[QStringLiteral("id")].toInt());
    QVERIFY(forget_[QStringLiteral("forgotten_records")].toInt() >= 1);
    // Subject sharding: one subject, one shard.
    QCOMPARE(forget_[QStringLiteral("shards_retrained")].toArray().size(), 1);
    QVERIFY(forget_[QStringLiteral("purged_checkpoints")].toInt() >= 1);
}

void TestCli::auditBeforeAndAfter() {
    const QString job = QString::number(forget_[QStringLiteral("job_id")].toInt());
    const auto r = lethe({QStringLiteral("audit"), QStringLiteral("--project"), project_, QStringLiteral("--job"), job,
                          QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json[QStringLiteral("model_id")].toInt(), forget_[QStringLiteral("output_model_id")].toInt());
    const auto acc = r.json[QStringLiteral("accuracy")].toObject();
    for (const char *k : {"retain", "forget", "test"}) QVERIFY(acc[QString::fromUtf8(k)].isDouble());
    const auto loss = r.json[QStringLiteral("mia")].toObject()[QStringLiteral("loss")].toObject();
    for (const char *k : {"auc", "tpr_at_1pct_fpr", "tpr_at_0_1pct_fpr", "fpr_reached_at_1pct"})
        QVERIFY2(loss[QString::fromUtf8(k)].isDouble(), k);
    QVERIFY(r.json[QStringLiteral("mia")].toObject().contains(QStringLiteral("modified_entropy")));
    // The baseline is the model before unlearning (audited inside the job, before its purge).
    const auto base = r.json[QStringLiteral("baseline")].toObject();
    QCOMPARE(base[QStringLiteral("model_id")].toInt(), forget_[QStringLiteral("input_model_id")].toInt());
    QVERIFY(base[QStringLiteral("accuracy")].toObject()[QStringLiteral("forget")].isDouble());
    // The purged input can no longer be audited afresh.
    const auto again = lethe({QStringLiteral("audit"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                              QString::number(forget_[QStringLiteral("input_model_id")].toInt())});
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains(QStringLiteral("purged")));
}

void TestCli::verifyJson() {
    const auto r = lethe({QStringLiteral("verify"), QStringLiteral("--project"), project_, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json[QStringLiteral("ok")].toBool(), true);
    QVERIFY(r.json[QStringLiteral("first_failure")].isNull());
    QVERIFY(r.json[QStringLiteral("checked")].toObject()[QStringLiteral("files")].toInt() > 4);
}

void TestCli::exitCodes() {
    // Usage: a missing required option, an unknown method.
    auto r = lethe({QStringLiteral("forget"), QStringLiteral("--project"), project_});
    QCOMPARE(r.code, 1);
    r = lethe({QStringLiteral("forget"), QStringLiteral("--project"), project_, QStringLiteral("--subject"),
               QStringLiteral("subj-00001"), QStringLiteral("--method"), QStringLiteral("magic")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("unknown method 'magic'")));
    // report: neither the case nor a job, or both; a case that does not exist is bad input.
    const QString pdf = tmp_.filePath(QStringLiteral("nothing.pdf"));
    r = lethe({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--request ID")), qPrintable(r.err));
    r = lethe({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--request"),
               QStringLiteral("1"), QStringLiteral("--job"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 1);
    r = lethe({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--request"),
               QStringLiteral("99"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no case with id 99")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
    // A parameter outside its range: refused before a job row exists, in one line.
    // (A job row would append job.started to the audit log.)
    auto log_entries = [&] {
        return lethe({QStringLiteral("verify"), QStringLiteral("--project"), project_, QStringLiteral("--json")})
            .json[QStringLiteral("checked")]
            .toObject()[QStringLiteral("log_entries")]
            .toInt();
    };
    const int entries_before = log_entries();
    r = lethe({QStringLiteral("forget"), QStringLiteral("--project"), project_, QStringLiteral("--subject"),
               QStringLiteral("subj-00001"), QStringLiteral("--method"), QStringLiteral("finetune"),
               QStringLiteral("--param"), QStringLiteral("lr=-0.5")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("lethe: parameter lr of finetune must be greater than 0, not -0.5"));
    QCOMPARE(log_entries(), entries_before);
    // Bad input: no project, an unknown subject; one line naming the problem.
    r = lethe({QStringLiteral("verify"), QStringLiteral("--project"), tmp_.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("nowhere")));
    r = lethe({QStringLiteral("forget"), QStringLiteral("--project"), project_, QStringLiteral("--subject"),
               QStringLiteral("ghost"), QStringLiteral("--method"), QStringLiteral("sisa")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QStringLiteral("unknown subject 'ghost'")));
    // A truncated source dataset for the demo.
    QTemporaryDir src;
    QFile::copy(QStringLiteral("/usr/share/datasets/fashion-mnist/train-labels-idx1-ubyte.gz"),
                src.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")));
    QFile::copy(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"),
                src.filePath(QStringLiteral("t10k-images-idx3-ubyte.gz")));
    QFile::copy(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz"),
                src.filePath(QStringLiteral("t10k-labels-idx1-ubyte.gz")));
    QFile in(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(src.filePath(QStringLiteral("train-images-idx3-ubyte.gz")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.read(in.size() / 3));
    out.close();
    r = lethe({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--project"),
               tmp_.filePath(QStringLiteral("bad")), QStringLiteral("--source"), src.path(), QStringLiteral("--subset"),
               QStringLiteral("200")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("train-images-idx3-ubyte.gz")), qPrintable(r.err));
}

void TestCli::scoresCsvRecomputesAuc() {
    // Anyone can recompute the loss attack's AUC from the exported per-example scores.
    const QString job = QString::number(forget_[QStringLiteral("job_id")].toInt());
    const QString csv = tmp_.filePath(QStringLiteral("scores.csv"));
    const auto r = lethe({QStringLiteral("audit"), QStringLiteral("--project"), project_, QStringLiteral("--job"), job,
                          QStringLiteral("--scores-csv"), csv, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.front(),
             QStringLiteral(
                 "record_id,set,label,pred,loss,confidence,logit_confidence,entropy,modified_entropy,record_key"));
    std::vector<double> m, n;
    for (int i = 1; i < lines.size(); ++i) {
        const auto c = lines[i].split(QLatin1Char(','));
        QCOMPARE(c.last(), c.first()); // the demo's keys are its record numbers
        if (c[1] == QStringLiteral("forget")) m.push_back(-c[4].toDouble());
        if (c[1] == QStringLiteral("test")) n.push_back(-c[4].toDouble());
    }
    QVERIFY(!m.empty() && !n.empty());
    double wins = 0;
    for (double a : m)
        for (double b : n) wins += a > b ? 1 : a == b ? 0.5 : 0;
    const double auc = wins / (double(m.size()) * double(n.size()));
    const double reported =
        r.json[QStringLiteral("mia")].toObject()[QStringLiteral("loss")].toObject()[QStringLiteral("auc")].toDouble();
    QVERIFY2(std::abs(auc - reported) < 1e-6,
             qPrintable(QString::number(auc) + QStringLiteral(" vs ") + QString::number(reported)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
