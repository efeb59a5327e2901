// Crash safety: a forget job killed at several points (the process dies on
// the spot, as under kill -9) leaves a project that reopens, passes SQLite's
// integrity check and `verify`, keeps the input model unchanged unless the
// job committed, and has no row pointing at a missing or partial file.
#include <QtTest>

#include <filesystem>
#include <set>

#include "audit/reference_pool.h"
#include "core/hash.h"
#include "fixtures.h"
#include "lineage/audit_queries.h"

using namespace lethe;
namespace fs = std::filesystem;

class TestCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedForget_data();
    void killedForget();
    void killedDuringPoolPurge();

private:
    QTemporaryDir base_;
    int64_t model_id_ = 0;
    std::map<std::string, std::string> input_files_; // path -> sha256 of the input model's files
};

void TestCrash::initTestCase() {
    const auto f = testing::make_project(base_.path().toStdString(), 180, 40);
    auto p = Project::open(f.project);
    model_id_ = train_model(*p, testing::small_config("mlp", 3, 2), {}).model_id;
    for (const auto &m : p->lineage().shard_models(model_id_)) input_files_[p->resolve(m.path)] = m.sha256;
}

void TestCrash::killedForget_data() {
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("committed");
    QTest::newRow("artifact written, not renamed") << QStringLiteral("artifact-before-rename") << false;
    QTest::newRow("artifacts renamed, no rows") << QStringLiteral("after-artifacts") << false;
    QTest::newRow("rows committed, purge not begun") << QStringLiteral("after-commit") << true;
    QTest::newRow("purge half done") << QStringLiteral("mid-purge") << true;
}

void TestCrash::killedForget() {
    QFETCH(QString, point);
    QFETCH(bool, committed);
    const std::string dir = base_.path().toStdString() + "/crash-" + point.toStdString();
    fs::copy(base_.path().toStdString() + "/project", dir, fs::copy_options::recursive);
    std::map<std::string, std::string> files;
    for (const auto &[path, sha] : input_files_) files[dir + path.substr(path.find("/project/") + 8)] = sha;

    QProcess proc;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LETHE_CRASH_AT"), point);
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(LETHE_CLI_PATH),
               {QStringLiteral("forget"), QStringLiteral("--project"), QString::fromStdString(dir),
                QStringLiteral("--subject"), QStringLiteral("s012"), QStringLiteral("--method"), QStringLiteral("sisa"),
                QStringLiteral("--model"), QString::number(model_id_), QStringLiteral("--device"),
                QStringLiteral("cpu"), QStringLiteral("--no-audit")});
    QVERIFY(proc.waitForFinished(120000));
    QCOMPARE(proc.exitCode(), 137); // it died at the crash point
    // The job lock is held by nobody now; reopening recovers.
    auto p = Project::open(dir);
    auto &lin = p->lineage();
    QCOMPARE(QString::fromStdString(lin.integrity_check()), QStringLiteral("ok"));
    const auto v = verify_project(*p);
    QVERIFY2(v.ok, v.first_failure.c_str());
    const auto jobs = lin.jobs();
    const auto &job = jobs.back();
    for (const auto &e : fs::recursive_directory_iterator(dir))
        QVERIFY2(e.path().filename().string().find(".lethe-tmp-") == std::string::npos, e.path().c_str());
    if (!committed) {
        QCOMPARE(QString::fromLatin1(to_string(job.status)), QStringLiteral("interrupted"));
        QCOMPARE(QString::fromLatin1(to_string(lin.model(model_id_).state)), QStringLiteral("live"));
        for (const auto &[path, sha] : files)
            QCOMPARE(QString::fromStdString(sha256_file(path)), QString::fromStdString(sha));
        // No orphan artifacts of the dead job remain.
        const std::string out = dir + "/checkpoints/job" + std::to_string(job.id);
        QVERIFY(!fs::exists(out) || fs::is_empty(out));
        // And the project works: the same forget now succeeds.
        ForgetOptions o;
        o.selection.subjects = {"s012"};
        o.method = "sisa";
        o.model_id = model_id_;
        o.device = "cpu";
        o.audit = false;
        const auto r = forget(*p, o, {});
        QCOMPARE(r.forgotten_records, int64_t(12));
        QVERIFY(verify_project(*p).ok);
    } else {
        QCOMPARE(QString::fromLatin1(to_string(job.status)), QStringLiteral("done"));
        QVERIFY(job.output_model_id.has_value());
        QCOMPARE(QString::fromLatin1(to_string(lin.model(*job.output_model_id).state)), QStringLiteral("live"));
        // The recovery finished the purge: nothing is left 'purging'.
        for (const auto &r : lin.file_refs()) QVERIFY(r.state != ArtifactState::Purging);
        QVERIFY(p->recovery().purges_completed >= 1);
    }
}

void TestCrash::killedDuringPoolPurge() {
    // A forget that dies between deleting one file of a reference model that
    // trained on the subject and marking it purged: reopening finishes the purge.
    const std::string dir = base_.path().toStdString() + "/crash-pool-purge";
    fs::copy(base_.path().toStdString() + "/project", dir, fs::copy_options::recursive);
    int64_t pool_id = 0;
    std::set<int> in;
    {
        auto p = Project::open(dir);
        auto cfg = testing::small_config("logreg");
        const auto m = train_model(*p, cfg, {}).model_id;
        ReferencePoolOptions o;
        o.k = 2;
        o.model_id = m;
        o.device = "cpu";
        pool_id = build_reference_pool(*p, o, {}).pool_id;
        const auto ids = p->lineage().record_ids_of_subject(p->lineage().subject_id("s012", false));
        for (const auto &[pid, mask] : reference_masks_of_records(p->lineage(), ids))
            for (size_t k = 0; k < mask.size(); ++k)
                if (mask[k] == '1') in.insert(int(k));
    }
    QCOMPARE(int(in.size()), 1);
    QProcess proc;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LETHE_CRASH_AT"), QStringLiteral("mid-pool-purge"));
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral(LETHE_CLI_PATH),
               {QStringLiteral("forget"), QStringLiteral("--project"), QString::fromStdString(dir),
                QStringLiteral("--subject"), QStringLiteral("s012"), QStringLiteral("--method"), QStringLiteral("sisa"),
                QStringLiteral("--model"), QString::number(model_id_), QStringLiteral("--device"),
                QStringLiteral("cpu"), QStringLiteral("--no-audit")});
    QVERIFY(proc.waitForFinished(120000));
    QCOMPARE(proc.exitCode(), 137);
    {
        // Before recovery: the row is still 'purging' and a file is already gone.
        auto db = Lineage::open(dir + "/lineage.sqlite");
        QCOMPARE(int(reference_models_in_state(*db, ArtifactState::Purging).size()), 1);
    }
    auto p = Project::open(dir);
    auto &lin = p->lineage();
    QVERIFY(p->recovery().purges_completed >= 1);
    const auto job = lin.jobs().back();
    QCOMPARE(QString::fromLatin1(to_string(job.status)), QStringLiteral("done"));
    QVERIFY(reference_models_in_state(lin, ArtifactState::Purging).empty());
    for (const auto &m : reference_models(lin, pool_id, true)) {
        QCOMPARE(QString::fromLatin1(to_string(m.state)),
                 in.count(m.idx) ? QStringLiteral("purged") : QStringLiteral("live"));
        if (in.count(m.idx)) {
            QCOMPARE(m.purge_job_id.value_or(0), job.id);
            for (const auto &f : m.files) QVERIFY(!fs::exists(p->resolve(f.at("path").get<std::string>())));
            QVERIFY(!fs::exists(p->resolve(m.scores_path)));
        }
    }
    bool logged = false;
    for (const auto &e : lin.log_entries())
        if (e.action == "artifact.purged") {
            const auto pl = nlohmann::json::parse(e.payload_json);
            logged = logged || (pl.value("table", "") == "reference_models" && pl["job_id"] == job.id);
        }
    QVERIFY(logged);
    const auto v = verify_project(*p);
    QVERIFY2(v.ok, v.first_failure.c_str());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
