// The auditor's own copy (issue 17): a project is its owner's alone whatever
// the umask (folders 0700, files 0600); a project others can read is said at
// open and found by verify; sharing with a group is a decision, logged. After
// a case is answered the subject's raw records are redacted from the
// project's copies: the rows are zero, verify passes, the stored scores stay,
// a new audit of them is refused, and a crash at any write is completed.
#include <QProcess>
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <png.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"
#include "core/hash.h"
#include "data/dataset_file.h"
#include "error_of.h"
#include "fixtures.h"
#include "jobs/audit_job.h"
#include "jobs/cases.h"
#include "jobs/redaction.h"
#include "privacy_fixture.h"

using lethe::testing::closed_case;
using lethe::testing::error_of;
using lethe::testing::rows_are_zero;

using namespace lethe;
namespace fs = std::filesystem;

namespace {
unsigned mode_of(const fs::path &p) {
    struct stat st {};
    ::lstat(p.c_str(), &st);
    return st.st_mode & 07777;
}
} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactionRoundTrip() {
        QTemporaryDir t;
        const auto c = closed_case(t.path().toStdString() + "/r");
        QCOMPARE(c.rows.size(), size_t(5)); // s005's records: rows_are_zero has something to check
        auto p = Project::open(c.f.project);
        auto &lin = p->lineage();
        const std::string scores_before = audit_scores_csv(*p, c.after_audit);
        QVERIFY(rows_are_zero(c.f.project, c.rows, false));
        // Not before the case is answered: a second case, still open, is refused.
        NewCase other;
        other.case_ref = "DPO-8";
        other.subject = "s006";
        const auto open_case = add_case(lin, other);
        QVERIFY(error_of([&] { redact_case(*p, open_case.id); }).contains(QStringLiteral("once the case is answered")));
        // Nor while a live model still trains on the records.
        answer_case(lin, open_case.id, "nothing erased yet", "testing the refusal");
        const QString held = error_of([&] { redact_case(*p, open_case.id); });
        QVERIFY2(held.contains(QStringLiteral("is still trained on")), qPrintable(held));

        const auto r = redact_case(*p, c.request_id);
        QCOMPARE(r.records, int64_t(5));
        QVERIFY(rows_are_zero(c.f.project, c.rows, true));
        // Every other record is as it was: a model trains on them (their hashes
        // checked), and never on the redacted ones.
        const auto again_model = train_model(*p, testing::small_config("logreg"), {});
        for (const auto &pl : lin.placements(again_model.run_id))
            QVERIFY2(lin.records()[size_t(pl.record_id - 1)].redaction.empty(), "a redacted record was trained on");
        const auto v = verify_project(*p);
        QVERIFY2(v.ok, v.first_failure.c_str());
        QCOMPARE(audit_scores_csv(*p, c.after_audit), scores_before);
        const auto cj = case_json(lin, c.request_id);
        QCOMPARE(cj.at("redaction").at("records").get<int64_t>(), int64_t(5));
        // The records keep their SHA-256, marked redacted with the time.
        int redacted = 0;
        for (const auto &rec : lin.records())
            if (rec.redaction == "redacted") {
                ++redacted;
                QCOMPARE(int(rec.sha256.size()), 64);
                QVERIFY(!rec.redacted_at.empty());
            }
        QCOMPARE(redacted, 5);
        bool logged = false;
        for (const auto &e : lin.log_entries()) logged = logged || e.action == "records.redacted";
        QVERIFY(logged);
        // A new audit of them says they were redacted, and when.
        AuditOptions a;
        a.model_id = lin.job(c.job_id).output_model_id.value();
        a.forget_ids = lin.job_records(c.job_id);
        a.device = "cpu";
        ErrorCode code{};
        const QString msg = error_of([&] { audit_model(*p, a, {}); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(msg.contains(QStringLiteral("were redacted from this project's copies on ") +
                              QString::fromStdString(r.redacted_at.substr(0, 10))),
                 qPrintable(msg));
        // Again: nothing left to do.
        const auto again = redact_case(*p, c.request_id);
        QCOMPARE(again.records, int64_t(0));
        QCOMPARE(again.already, int64_t(5));
    }

    // Redaction of a tabular CSV (the rows' cells zeroed, their subject
    // emptied, every other row as it was) and of an image folder (the
    // subject's files removed); verify passes and a model still trains.
    void redactionOfCsvAndImages_data() {
        QTest::addColumn<bool>("images");
        QTest::newRow("csv") << false;
        QTest::newRow("image folder") << true;
    }
    void redactionOfCsvAndImages() {
        QFETCH(bool, images);
        QTemporaryDir t;
        const std::string dir = t.path().toStdString();
        std::string manifest = std::string("record_id,subject,label,split,") + (images ? "file" : "row") + "\n";
        std::string csv = "subject,colour,f1,label\n";
        fs::create_directories(dir + "/imgs");
        for (int i = 0; i < 60; ++i) {
            const std::string subject = i < 45 ? "p" + std::to_string(i % 9) : "";
            const int label = i % 3;
            manifest += "k" + std::to_string(i) + "," + subject + "," + std::to_string(label) + "," +
                        (i < 45 ? "train" : "test") + "," +
                        (images ? "i" + std::to_string(i) + ".png" : std::to_string(i)) + "\n";
            csv += subject + "," + (i % 2 ? "red" : "blue") + "," + std::to_string(label * 10 + i % 5) + "," +
                   std::to_string(label) + "\n";
            std::vector<uint8_t> px(64);
            for (size_t j = 0; j < px.size(); ++j) px[j] = uint8_t(40 * label + (j * 7 + size_t(i)) % 30 + 1);
            png_image img;
            std::memset(&img, 0, sizeof img);
            img.version = PNG_IMAGE_VERSION;
            img.width = 8;
            img.height = 8;
            img.format = PNG_FORMAT_GRAY;
            png_image_write_to_file(&img, (dir + "/imgs/i" + std::to_string(i) + ".png").c_str(), 0, px.data(), 0,
                                    nullptr);
        }
        std::ofstream(dir + "/m.csv") << manifest;
        std::ofstream(dir + "/d.csv") << csv;
        auto p = Project::create(dir + "/p");
        auto &lin = p->lineage();
        ImportOptions io;
        io.manifest = dir + "/m.csv";
        io.data = images ? dir + "/imgs" : dir + "/d.csv";
        import_dataset(*p, io);
        const auto tr = train_model(*p, testing::small_config("logreg"), {});
        NewCase nc;
        nc.case_ref = "C-1";
        nc.subject = "p4";
        const auto rq = add_case(lin, nc);
        ForgetOptions fo;
        fo.selection.subjects = {"p4"};
        fo.method = "retrain";
        fo.model_id = tr.model_id;
        fo.device = "cpu";
        fo.audit = false;
        forget(*p, fo, {});
        answer_case(lin, rq.id, "erased", "toy");
        // A data file changed since it was recorded is not redacted over (that would hide the change).
        const auto ds0 = lin.datasets().at(0);
        if (!images) {
            const std::string path = p->resolve(ds0.uri), kept = dir + "/kept.csv";
            fs::copy_file(path, kept);
            std::ofstream(path, std::ios::app) << "\n";
            QVERIFY(
                error_of([&] { redact_case(*p, rq.id); }).contains(QStringLiteral("changed since it was recorded")));
            fs::copy_file(kept, path, fs::copy_options::overwrite_existing);
        }
        QCOMPARE(redact_case(*p, rq.id).records, int64_t(5));
        const auto ds = lin.datasets().at(0);
        if (images) {
            for (int i = 4; i < 45; i += 9)
                QVERIFY(!fs::exists(p->resolve("data/imgs/i" + std::to_string(i) + ".png")));
            QVERIFY(fs::exists(p->resolve("data/imgs/i5.png")));
        } else {
            const auto now = read_csv(p->resolve(ds.uri), ds.spec);
            const auto before = read_csv(dir + "/d.csv", ds.spec);
            const int64_t w = now.data.record_size();
            for (int i = 0; i < 60; ++i) {
                const bool gone = i < 45 && i % 9 == 4;
                QCOMPARE(now.subjects[size_t(i)], gone ? std::string() : before.subjects[size_t(i)]);
                const std::vector<float> a(now.data.f32.begin() + i * w, now.data.f32.begin() + (i + 1) * w);
                const std::vector<float> b(before.data.f32.begin() + i * w, before.data.f32.begin() + (i + 1) * w);
                if (gone) {
                    QCOMPARE(a[0], 1.0f); // the first value of the vocabulary: blue
                    QCOMPARE(a[1], 0.0f);
                    QCOMPARE(a[2], float((0 - ds.spec["features"][1]["mean"].get<double>()) /
                                         ds.spec["features"][1]["sd"].get<double>()));
                } else {
                    QCOMPARE(a, b);
                }
            }
            QVERIFY(sha256_file(p->resolve(ds.uri)) == ds.sha256);
        }
        const auto v = verify_project(*p);
        QVERIFY2(v.ok, v.first_failure.c_str());
        train_model(*p, testing::small_config("logreg"), {}); // the rest's hashes hold
    }

    // Killed at each write of a redaction: the data file is the old one or
    // the new one, never a part, and the next open completes the redaction.
    void redactionSurvivesACrash_data() {
        QTest::addColumn<QString>("point");
        QTest::newRow("records marked, no file written") << QStringLiteral("redaction-pending");
        QTest::newRow("new version written, not renamed") << QStringLiteral("artifact-before-rename");
        QTest::newRow("file replaced, rows not marked") << QStringLiteral("redaction-file");
    }
    void redactionSurvivesACrash() {
        QFETCH(QString, point);
        QTemporaryDir t;
        const auto c = closed_case(t.path().toStdString() + "/k");
        const std::string data = c.f.project + "/data/images.idx.gz";
        const std::string old_sha = sha256_file(data);
        QProcess proc;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LETHE_CRASH_AT"), point);
        proc.setProcessEnvironment(env);
        proc.start(QStringLiteral(LETHE_CLI_PATH),
                   {QStringLiteral("requests"), QStringLiteral("redact"), QStringLiteral("--project"),
                    QString::fromStdString(c.f.project), QStringLiteral("--request"), QString::number(c.request_id)});
        QVERIFY(proc.waitForFinished(120000));
        QCOMPARE(proc.exitCode(), 137);
        // Old or new, never a part: the file reads as an IDX file either way.
        const bool replaced = sha256_file(data) != old_sha;
        QCOMPARE(replaced, point == QLatin1String("redaction-file"));
        QVERIFY(rows_are_zero(c.f.project, c.rows, replaced));
        // The next open (the CLI's verify) completes it.
        QProcess verify;
        verify.start(QStringLiteral(LETHE_CLI_PATH),
                     {QStringLiteral("verify"), QStringLiteral("--project"), QString::fromStdString(c.f.project)});
        QVERIFY(verify.waitForFinished(120000));
        const QByteArray said = verify.readAllStandardError();
        QVERIFY2(verify.exitCode() == 0, said.constData());
        QVERIFY2(said.contains("completed a redaction"), said.constData());
        QVERIFY(rows_are_zero(c.f.project, c.rows, true));
        auto p = Project::open(c.f.project);
        int redacted = 0;
        for (const auto &rec : p->lineage().records()) redacted += rec.redaction == "redacted";
        QCOMPARE(redacted, 5);
        QVERIFY(verify_project(*p).ok);
    }

    void ownerAloneWhateverTheUmask_data() {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 022") << 022;
    }
    void ownerAloneWhateverTheUmask() {
        QFETCH(int, mask);
        QTemporaryDir t;
        ::umask(mode_t(mask));
        const std::string dir = t.path().toStdString() + "/m" + std::to_string(mask);
        fs::create_directories(dir);
        const auto f = testing::make_project(dir, 96, 32);
        {
            auto p = Project::open(f.project);
            train_model(*p, testing::small_config("logreg"), {});
        }
        ::umask(mode_t(mask)); // what the next process would start with
        auto p = Project::open(f.project);
        QVERIFY2(p->warnings().empty(), p->warnings().empty() ? "" : p->warnings().front().c_str());
        int files = 0, dirs = 0;
        QCOMPARE(mode_of(f.project), 0700u);
        for (const auto &e : fs::recursive_directory_iterator(f.project)) {
            const unsigned m = mode_of(e.path());
            if (e.is_directory()) {
                ++dirs;
                QVERIFY2(m == 0700, qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path()),
                                                                            QString::number(m, 8))));
            } else {
                ++files;
                QVERIFY2(m == 0600, qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path()),
                                                                            QString::number(m, 8))));
            }
        }
        QVERIFY(files >= 4 && dirs >= 4); // the database, the data, a checkpoint; data/, models/, ...
        QVERIFY(verify_project(*p).findings.empty());
    }

    // A project made readable (by an older Lethe, or by hand) is said at
    // open and by verify, each path named; sharing with a group on purpose
    // is logged and quiets the warning; --private closes it again.
    void readableProjectIsSaid() {
        QTemporaryDir t;
        const auto f = testing::make_project(t.path().toStdString(), 96, 32);
        fs::permissions(f.project, fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
        fs::permissions(f.project + "/lineage.sqlite", fs::perms::others_read, fs::perm_options::add);
        auto p = Project::open(f.project);
        QCOMPARE(p->warnings().size(), size_t(2));
        QVERIFY2(p->warnings()[0].find(f.project + " (drwx---r-x) can be read by every user") != std::string::npos,
                 p->warnings()[0].c_str());
        const auto v = verify_project(*p);
        QVERIFY(v.ok); // the evidence holds; the finding is about who can read it
        // The folder, the database and SQLite's side files, which take its mode.
        QVERIFY2(v.findings.size() >= 2 && v.findings.size() <= 4, std::to_string(v.findings.size()).c_str());
        QCOMPARE(v.to_json().at("findings").size(), v.findings.size());

        const struct group *g = ::getgrgid(::getgid());
        QVERIFY(g);
        p->share_with_group(g->gr_name);
        QVERIFY(p->warnings().empty());
        QCOMPARE(mode_of(f.project), unsigned(02750));
        QCOMPARE(mode_of(f.project + "/lineage.sqlite"), 0640u);
        p.reset();
        p = Project::open(f.project);
        QCOMPARE(p->shared_group().value_or(""), std::string(g->gr_name));
        QVERIFY(p->warnings().empty());
        bool logged = false;
        for (const auto &e : p->lineage().log_entries()) logged = logged || e.action == "project.shared";
        QVERIFY(logged);
        p->share_with_group("");
        QCOMPARE(mode_of(f.project), 0700u);
        QCOMPARE(mode_of(f.project + "/lineage.sqlite"), 0600u);
        QVERIFY(verify_project(*p).findings.empty());
        QVERIFY(error_of([&] { p->share_with_group("no-such-group-here"); }).contains(QStringLiteral("no group")));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
