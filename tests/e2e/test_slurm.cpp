// Reference pools on a real one-node Slurm cluster (issue 14), label slurm.
// The fixture starts munged, slurmctld and slurmd (Debian's slurm-wlm) on
// localhost in a temporary folder with a generated munge key and
// slurm.conf, and stops them at the end, also when a test fails. The
// independent truth of "the same work" is the local executor: a K=4 pool
// built on Slurm must equal the local pool bit for bit (same seeds, CPU,
// the same torch threads in the tasks). Then: a cancelled array leaves no
// row and no partial file; a task killed with scancel runs again; outputs
// whose hash does not match their result are refused and trained again.
#include "../cli_run.h"
#include "../slurm_cluster.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include "../engine/fixtures.h"
#include "audit/scoring_unit.h"
#include "jobs/project_access.h"

namespace fs = std::filesystem;
using lethe::test::run_cli;

using lethe::test::Cluster;
using lethe::test::run;

namespace {

lethe::test::CliRun cli(const std::vector<std::string> &args) {
    QStringList a;
    for (const auto &x : args) a << QString::fromStdString(x);
    return run_cli(a);
}

// The pool's models as (idx -> scores sha256 + every file's sha256).
std::map<int, std::string> pool_of(const std::string &project) {
    std::map<int, std::string> out;
    auto p = lethe::Project::open(project);
    const auto rows = lethe::reference_models(p->lineage(), 1);
    for (const auto &m : rows) {
        std::string s = m.scores_sha256;
        for (const auto &f : m.files) s += "/" + f.at("sha256").get<std::string>();
        out[m.idx] = s;
    }
    return out;
}

// Every file under the project's staging folder belongs to a finished unit
// (its folder has result.json, whose outputs are all there); the pool's
// folder holds nothing.
bool no_partial_files(const std::string &project, QString *why) {
    const std::string staging = project + "/staging";
    if (fs::exists(project + "/references/pool1") && !fs::is_empty(project + "/references/pool1")) {
        *why = QStringLiteral("references/pool1 is not empty");
        return false;
    }
    if (!fs::exists(staging)) return true;
    for (const auto &e : fs::recursive_directory_iterator(staging)) {
        if (!e.is_regular_file()) continue;
        const auto unit = e.path().parent_path();
        if (unit.filename().string().rfind("m", 0) != 0) continue; // batch scripts and logs
        if (!fs::exists(unit / "result.json")) {
            *why = QString::fromStdString(e.path().string() + " belongs to an unfinished unit");
            return false;
        }
    }
    return true;
}

} // namespace

class TestSlurm : public QObject {
    Q_OBJECT
    QTemporaryDir tmp{QStringLiteral("/tmp/lethe-slurm-XXXXXX")};
    Cluster cluster;
    std::string base; // a project with a trained model, copied for each test

    std::string copy_of(const char *name) {
        const std::string to = tmp.filePath(QString::fromUtf8(name)).toStdString();
        fs::copy(base, to, fs::copy_options::recursive);
        return to;
    }
    // Starts `lethe references build` in the background.
    void start_build(QProcess &p, const std::string &project, const char *seed) {
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(LETHE_CLI_PATH),
                {QStringLiteral("references"), QStringLiteral("build"), QStringLiteral("--project"),
                 QString::fromStdString(project), QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--seed"),
                 QString::fromUtf8(seed), QStringLiteral("--executor"), QStringLiteral("slurm"),
                 QStringLiteral("--slurm-mem"), QStringLiteral("300M"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
    }
    // The newest Lethe array's tasks as "idx STATE" lines (empty when none).
    static QStringList tasks() {
        return run(QStringLiteral("squeue"), {QStringLiteral("-h"), QStringLiteral("-n"), QStringLiteral("lethe-units"),
                                              QStringLiteral("-o"), QStringLiteral("%i %T")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { cluster.stop(); }
    void poolOnSlurmEqualsTheLocalPool();
    void cancelledArrayLeavesNoRowsAndNoPartialFiles();
    void killedTaskRunsAgain();
    void outputWhoseHashDoesNotMatchIsRefused();
    void sisaForgetOnSlurmEqualsTheLocalOne();
    void auditScoredOnSlurmEqualsTheLocalOne();
    void twoWorkersOnOneUnitRunItOnce();
};

void TestSlurm::initTestCase() {
    QVERIFY(tmp.isValid());
    cluster.dir = tmp.filePath(QStringLiteral("cluster")).toStdString();
    QString why;
    QVERIFY2(cluster.start(&why), qPrintable(why));
    const std::string data = tmp.filePath(QStringLiteral("data")).toStdString();
    fs::create_directories(data);
    const auto f = lethe::testing::make_project(data, 480, 160);
    base = f.project;
    // Model 1, a SISA ensemble for the forget test; model 2, the pools'
    // target: a CNN with small batches, so that each reference model trains
    // for a few seconds, long enough to cancel or kill a task while it runs.
    auto r = cli({"train", "--project", base, "--arch", "logreg", "--shards", "3", "--slices", "2", "--epochs", "4",
                  "--device", "cpu"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({"train", "--project", base, "--arch", "cnn", "--epochs", "6", "--batch-size", "8", "--device", "cpu",
             "--seed", "3"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestSlurm::poolOnSlurmEqualsTheLocalPool() {
    const std::string local = copy_of("local"), slurm = copy_of("slurm");
    auto r = cli({"references", "build", "--project", local, "--k", "4", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json[QLatin1String("executor")].toString(), QStringLiteral("local"));
    r = cli({"references", "build", "--project", slurm, "--k", "4", "--executor", "slurm", "--slurm-mem", "300M",
             "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json[QLatin1String("executor")].toString(), QStringLiteral("slurm"));
    QCOMPARE(r.json[QLatin1String("trained_now")].toInt(), 4);
    const auto a = pool_of(local), b = pool_of(slurm);
    QCOMPARE(a.size(), size_t(4));
    QVERIFY(a == b);
    QVERIFY2(!fs::exists(slurm + "/staging"), "the staging folder is left behind");
    // The choice is saved: the next build uses Slurm without the flag.
    auto p = lethe::Project::open(slurm);
    QVERIFY(p->lineage().meta("executor").value_or("").find("\"slurm\"") != std::string::npos);
}

void TestSlurm::cancelledArrayLeavesNoRowsAndNoPartialFiles() {
    const std::string project = copy_of("cancel");
    QProcess p;
    start_build(p, project, "11");
    bool running = false;
    for (int t = 0; t < 300 && !running; ++t) {
        running = tasks().join(QLatin1Char(' ')).contains(QLatin1String("RUNNING"));
        if (!running) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    QVERIFY2(running, "no task started");
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(tasks().isEmpty(), "the array was not cancelled");
    auto proj = lethe::Project::open(project);
    QCOMPARE(lethe::reference_models(proj->lineage(), 1, true).size(), size_t(0));
    QString why;
    QVERIFY2(no_partial_files(project, &why), qPrintable(why));
}

void TestSlurm::killedTaskRunsAgain() {
    const std::string project = copy_of("kill");
    QProcess p;
    start_build(p, project, "13");
    // A task that finishes between squeue and scancel is not killed, and then
    // nothing is retried: the kill counts only when the task's state says
    // CANCELLED (slurmctld keeps a finished task's state MinJobAge=10 s);
    // one that had COMPLETED makes the test kill another.
    QString victim, state;
    for (int attempt = 0; attempt < 8 && state != QLatin1String("CANCELLED"); ++attempt) {
        victim.clear();
        for (int t = 0; t < 300 && victim.isEmpty(); ++t) {
            for (const auto &line : tasks())
                if (line.endsWith(QLatin1String("RUNNING"))) victim = line.section(QLatin1Char(' '), 0, 0);
            if (victim.isEmpty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        QVERIFY2(!victim.isEmpty(), "no task running");
        run(QStringLiteral("scancel"), {victim});
        state.clear();
        for (int t = 0; t < 50; ++t) {
            const QString show = run(QStringLiteral("scontrol"),
                                     {QStringLiteral("show"), QStringLiteral("job"), QStringLiteral("-o"), victim});
            state = show.section(QStringLiteral("JobState="), 1, 1).section(QLatin1Char(' '), 0, 0);
            if (state == QLatin1String("CANCELLED") || state == QLatin1String("COMPLETED")) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    QVERIFY2(state == QLatin1String("CANCELLED"), qPrintable(victim + QStringLiteral(" ended ") + state));
    QVERIFY(p.waitForFinished(170000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    const auto j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY2(j[QLatin1String("retried")].toInt() >= 1, qPrintable(victim));
    QCOMPARE(j[QLatin1String("trained_now")].toInt(), 4);
    QCOMPARE(pool_of(project).size(), size_t(4));
}

void TestSlurm::outputWhoseHashDoesNotMatchIsRefused() {
    const std::string project = copy_of("tamper"), truth = copy_of("truth");
    // Stop a Slurm build once one unit has finished: its outputs wait in staging.
    QProcess p;
    start_build(p, project, "17");
    std::string finished;
    for (int t = 0; t < 600 && finished.empty(); ++t) {
        if (fs::exists(project + "/staging"))
            for (const auto &e : fs::recursive_directory_iterator(project + "/staging"))
                if (e.path().filename() == "result.json") finished = e.path().parent_path().string();
        if (finished.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    QVERIFY2(!finished.empty(), "no unit finished");
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(fs::exists(finished + "/scores.f64"));
    std::ofstream(finished + "/scores.f64", std::ios::binary | std::ios::app) << "x";
    // The next build (here) refuses those outputs and trains that model again.
    auto r =
        cli({"references", "build", "--project", project, "--k", "4", "--seed", "17", "--executor", "local", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto refused = r.json[QLatin1String("refused")].toArray();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused[0].toString().contains(QLatin1String("does not match the SHA-256")),
             qPrintable(refused[0].toString()));
    r = cli({"references", "build", "--project", truth, "--k", "4", "--seed", "17", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(pool_of(project) == pool_of(truth));
}

void TestSlurm::sisaForgetOnSlurmEqualsTheLocalOne() {
    const std::string local = copy_of("forget-local"), slurm = copy_of("forget-slurm");
    auto shards_of = [](const std::string &project, int64_t model) {
        auto p = lethe::Project::open(project);
        std::string s;
        for (const auto &m : p->lineage().shard_models(model)) s += std::to_string(m.shard) + ":" + m.sha256 + ";";
        return s;
    };
    auto r = cli({"forget", "--project", local, "--model", "1", "--method", "sisa", "--subject", "s005", "--no-audit",
                  "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int64_t out_local = r.json[QLatin1String("output_model_id")].toInteger();
    const auto retrained = r.json[QLatin1String("shards_retrained")].toArray();
    r = cli({"forget", "--project", slurm, "--model", "1", "--method", "sisa", "--subject", "s005", "--no-audit",
             "--executor", "slurm", "--slurm-mem", "300M", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.json[QLatin1String("shards_retrained")].toArray() == retrained);
    QVERIFY(!retrained.isEmpty());
    const auto a = shards_of(local, out_local);
    QCOMPARE(a.size() > 0, true);
    QCOMPARE(shards_of(slurm, r.json[QLatin1String("output_model_id")].toInteger()), a);
    QVERIFY2(!fs::exists(slurm + "/staging"), "the staging folder is left behind");
}

// The audit's scoring passes (the model, its baseline: a SISA ensemble) as
// one Slurm array: the stored audits equal the local ones, score table and
// summary alike, and nothing stays in staging.
void TestSlurm::auditScoredOnSlurmEqualsTheLocalOne() {
    const std::string local = copy_of("audit-local"), slurm = copy_of("audit-slurm");
    const std::vector<std::string> args = {"audit",       "--model",   "2",     "--baseline",
                                           "1",           "--subject", "s005",  "--no-references",
                                           "--bootstrap", "40",        "--json"};
    auto with = [&](const std::string &project, std::vector<std::string> extra) {
        std::vector<std::string> a = args;
        a.insert(a.begin() + 1, {"--project", project});
        a.insert(a.end(), extra.begin(), extra.end());
        return cli(a);
    };
    auto r = with(local, {});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto local_json = r.json;
    r = with(slurm, {"--executor", "slurm", "--slurm-kind", "audit_scoring:mem=300M,time=00:10:00"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(local_json[QLatin1String("executor")].toString(), QStringLiteral("local"));
    QCOMPARE(r.json[QLatin1String("executor")].toString(), QStringLiteral("slurm"));
    auto slurm_json = r.json;
    slurm_json[QLatin1String("executor")] = QStringLiteral("local");
    QVERIFY(slurm_json == local_json);
    auto stored = [](const std::string &project) {
        auto p = lethe::Project::open(project);
        std::string s;
        for (const auto &a : p->lineage().audits())
            s += std::to_string(a.model_id) + ":" + a.scores_sha256 + ":" + a.summary.dump() + ";";
        return s;
    };
    const auto a = stored(local);
    QVERIFY(a.find("2:") == 0);
    QCOMPARE(stored(slurm), a);
    QVERIFY2(!fs::exists(slurm + "/staging"), "the staging folder is left behind");
    // The per-kind settings are saved with the project's choice.
    auto p = lethe::Project::open(slurm);
    QVERIFY(p->lineage().meta("executor").value_or("").find("\"audit_scoring\"") != std::string::npos);
    // A kind that does not exist is refused with a sentence.
    r = with(slurm, {"--executor", "slurm", "--slurm-kind", "audit:mem=1G"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("KIND:key=value")), qPrintable(r.err));
}

// A unit's lock: a second worker on the same unit (an old array's task
// still running when a build submits it again) waits for the first and
// takes its result instead of running the unit a second time. Its result is
// then the first one's, to the byte (run time and host included).
void TestSlurm::twoWorkersOnOneUnitRunItOnce() {
    const std::string project = copy_of("lock");
    std::string unit;
    {
        auto p = lethe::Project::open(project);
        std::vector<int64_t> ids;
        for (const auto &r : p->lineage().records()) ids.push_back(r.id);
        unit = lethe::write_scoring_unit(*p, 2, ids, "cpu");
    }
    QProcess a, b;
    for (QProcess *w : {&a, &b}) {
        w->start(QStringLiteral(LETHE_CLI_PATH), {QStringLiteral("worker"), QStringLiteral("run"),
                                                  QString::fromStdString(unit), QStringLiteral("--json")});
        QVERIFY(w->waitForStarted());
    }
    QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const auto ra = QJsonDocument::fromJson(a.readAllStandardOutput()).object();
    const auto rb = QJsonDocument::fromJson(b.readAllStandardOutput()).object();
    QVERIFY(ra.contains(QLatin1String("predictions_sha256")));
    QCOMPARE(ra, rb);
    // A third, after both: the result stands, nothing runs again.
    const auto rc = cli({"worker", "run", unit, "--json"});
    QVERIFY2(rc.code == 0, qPrintable(rc.err));
    QCOMPARE(rc.json, ra);
}

QTEST_GUILESS_MAIN(TestSlurm)
#include "test_slurm.moc"
