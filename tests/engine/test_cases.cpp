// The case lifecycle and the case verdict's rules (engine/jobs/cases.h) on
// the planted fixture: calendar arithmetic against known dates, transitions
// the auditor decides (each logged, a refused one writing nothing), the
// schema v4 -> v5 migration of statuses a job had set, and the verdict's
// scope: every model that trained on the subject is a finding until handled,
// an exact job is proven by lineage, a kept original fails the lineage layer.
#include <QtTest>

#include "core/error.h"
#include "fixtures.h"
#include "jobs/cases.h"
#include "lineage/browse.h"
#include "lineage/sqlite.h"

using namespace lethe;

class TestCases : public QObject {
    Q_OBJECT
private:
    QTemporaryDir tmp_;

    std::string dir(const char *name) {
        const std::string d = tmp_.filePath(QString::fromUtf8(name)).toStdString();
        std::filesystem::create_directories(d);
        return d;
    }
    static const Finding *find(const CaseVerdict &v, int64_t model, FindingLayer layer) {
        for (const auto &f : v.findings)
            if (f.model_id && *f.model_id == model && f.layer == layer) return &f;
        return nullptr;
    }

private Q_SLOTS:
    void calendar() {
        // Month ends clamp; leap years; day counts against known spans.
        QCOMPARE(add_months_iso("2025-01-31", 1), std::string("2025-02-28"));
        QCOMPARE(add_months_iso("2024-01-31", 1), std::string("2024-02-29"));
        QCOMPARE(add_months_iso("2025-11-30", 3), std::string("2026-02-28"));
        QCOMPARE(add_months_iso("2025-12-15", 1), std::string("2026-01-15"));
        QCOMPARE(days_between("2025-01-01", "2026-01-01"), int64_t(365));
        QCOMPARE(days_between("2024-01-01", "2025-01-01"), int64_t(366));
        QCOMPARE(days_between("2000-02-28", "2000-03-01"), int64_t(2)); // 2000 is a leap year
        QCOMPARE(days_between("1900-02-28", "1900-03-01"), int64_t(1)); // 1900 is not
        QCOMPARE(days_between("2026-03-10", "2026-03-01"), int64_t(-9));
        QVERIFY_THROWS_EXCEPTION(Error, days_between("2026-13-01", "2026-01-01"));
        QVERIFY_THROWS_EXCEPTION(Error, add_months_iso("yesterday", 1));
    }

    void lifecycleIsTheAuditors() {
        const auto f = testing::make_project(dir("life"), 96, 32);
        auto p = Project::open(f.project);
        auto &lin = p->lineage();
        NewCase c;
        c.case_ref = "DPO-T-1";
        c.subject = f.subjects[3];
        c.received_at = "2025-01-31";
        const auto r = add_case(lin, c);
        QCOMPARE(r.status, lethe::CaseStatus::Open);
        QCOMPARE(r.deadline_at, std::string("2025-02-28"));
        QCOMPARE(lin.log_entries().back().action, std::string("request.opened"));
        // No model yet: nothing trained on the subject, so nothing is open.
        QCOMPARE(case_verdict(lin, r.id).result, CaseResult::Pass);
        // Refused transitions write nothing.
        const auto n = lin.log_entries().size();
        QVERIFY_THROWS_EXCEPTION(Error, extend_case(lin, r.id, 1, ""));     // no reason
        QVERIFY_THROWS_EXCEPTION(Error, extend_case(lin, r.id, 3, "busy")); // past two months
        QVERIFY_THROWS_EXCEPTION(Error, refuse_case(lin, r.id, ""));
        QVERIFY_THROWS_EXCEPTION(Error, answer_case(lin, r.id, ""));
        QVERIFY_THROWS_EXCEPTION(Error, add_case(lin, c)); // the reference exists
        QCOMPARE(lin.log_entries().size(), n);
        // Art. 12(3): two months in all, from the first deadline.
        auto e = extend_case(lin, r.id, 1, "complex");
        QCOMPARE(e.deadline_at, std::string("2025-03-28"));
        e = extend_case(lin, r.id, 1, "still complex");
        QCOMPARE(e.deadline_at, std::string("2025-04-28"));
        QCOMPARE(e.status, lethe::CaseStatus::Extended);
        QVERIFY_THROWS_EXCEPTION(Error, extend_case(lin, r.id, 1, "again"));
        // Refusal closes it; a closed case takes no decision and no job.
        c.case_ref = "DPO-T-2";
        const auto r2 = add_case(lin, c);
        const auto x = refuse_case(lin, r2.id, "manifestly unfounded");
        QCOMPARE(x.status, lethe::CaseStatus::Refused);
        QCOMPARE(x.decision_note, std::string("manifestly unfounded"));
        QVERIFY_THROWS_EXCEPTION(Error, answer_case(lin, r2.id, "x"));
        QVERIFY_THROWS_EXCEPTION(Error, case_job_started(lin, x));
        const auto a = answer_case(lin, r.id, "nothing to erase: no model trained on the subject");
        QCOMPARE(a.status, lethe::CaseStatus::Answered);
        QVERIFY(!a.decided_at.empty());
        QCOMPARE(lin.log_entries().back().action, std::string("request.answered"));
        const auto j = case_json(lin, r.id);
        QCOMPARE(j["status"].get<std::string>(), std::string("answered"));
        QCOMPARE(j["days_left"].get<int64_t>(), days_between(today_iso(), "2025-04-28"));
        QVERIFY(j["verdict"]["findings"].is_array());
        // The timeline reads the transitions from the log, oldest first.
        const auto t = case_timeline(lin, r.id);
        QVERIFY(t.size() >= 4);
        QCOMPARE(t.front().action, std::string("request.opened"));
        QCOMPARE(t.back().action, std::string("request.answered"));
    }

    void verdictScopeAndLayers() {
        const auto f = testing::make_project(dir("scope"), 240, 80);
        auto p = Project::open(f.project);
        auto &lin = p->lineage();
        const auto mono = train_model(*p, testing::small_config("mlp"), {});
        const auto ens = train_model(*p, testing::small_config("mlp", 2, 2), {});
        NewCase c;
        c.case_ref = "DPO-S-1";
        c.subject = f.subjects[5]; // 6 records
        const auto r = add_case(lin, c);
        auto v = case_verdict(lin, r.id);
        QCOMPARE(v.result, CaseResult::Open);
        QCOMPARE(int(v.models.size()), 2);
        QCOMPARE(v.open_findings(), 2);
        QVERIFY(find(v, mono.model_id, FindingLayer::Lineage)->result == CaseResult::Open);

        // Exact on the ensemble: proven by lineage; the monolithic model stays open.
        ForgetOptions o;
        o.selection.subjects = {c.subject};
        o.method = "sisa";
        o.model_id = ens.model_id;
        o.device = "cpu";
        o.audit = false;
        const auto fr = forget(*p, o, {});
        QCOMPARE(case_row(lin, r.id).status, lethe::CaseStatus::InProgress); // a job never answers
        v = case_verdict(lin, r.id);
        QCOMPARE(v.result, CaseResult::Open);
        const Finding *lf = find(v, ens.model_id, FindingLayer::Lineage);
        QVERIFY(lf && lf->result == CaseResult::Pass);
        QCOMPARE(*lf->job_id, fr.job_id);
        QVERIFY(find(v, mono.model_id, FindingLayer::Lineage)->result == CaseResult::Open);
        // No after-audit: the behaviour layer says so instead of passing.
        QVERIFY(find(v, ens.model_id, FindingLayer::Behaviour)->result == CaseResult::Inconclusive);
        QVERIFY_THROWS_EXCEPTION(Error, answer_case(lin, r.id, "done"));

        // Approximate on the monolithic model, keeping its original: the kept
        // original still holds the records, so the lineage layer fails.
        o.method = "finetune";
        o.model_id = mono.model_id;
        o.keep_input = true;
        forget(*p, o, {});
        v = case_verdict(lin, r.id);
        const Finding *ml = find(v, mono.model_id, FindingLayer::Lineage);
        QVERIFY(ml && ml->result == CaseResult::Fail);
        QVERIFY2(ml->sentence.find("the original") != std::string::npos, ml->sentence.c_str());
        QCOMPARE(v.result, CaseResult::Fail);
        QCOMPARE(v.open_findings(), 0);
        // Every finding has words for a person and a technical line.
        for (const auto &x : v.findings) {
            QVERIFY(!x.sentence.empty() && !std::islower(static_cast<unsigned char>(x.sentence[0])));
            QVERIFY(!x.detail.empty());
        }
        // With no open finding the auditor may answer, even on a fail (the verdict is evidence, the decision theirs).
        QCOMPARE(answer_case(lin, r.id, "escalated to the controller").status, lethe::CaseStatus::Answered);
    }

    // The power in words against the normal law's closed form: a remembering
    // model's z ~ N(power z, 1) is caught at z >= z_fail with probability
    // Phi(power z - z_fail): 1/2 at power z = z_fail, 0.95 at + 1.645.
    void powerInWords() {
        const double zf = 3.090232;
        QCOMPARE(caught_in_100(zf, zf), std::string("in about 50 of 100 such tests"));
        QCOMPARE(caught_in_100(zf + 1.644854, zf), std::string("in about 95 of 100 such tests"));
        QCOMPARE(caught_in_100(zf - 1.644854, zf), std::string("in about 5 of 100 such tests"));
        QCOMPARE(caught_in_100(zf + 1.0, zf), std::string("in about 84 of 100 such tests")); // Phi(1) = 0.841
        QCOMPARE(caught_in_100(zf + 3.0, zf), std::string("in more than 99 of 100 such tests"));
        QCOMPARE(caught_in_100(-2.28, zf), std::string("in fewer than 1 of 100 such tests"));
    }

    void migratesStatusesAJobHadSet() {
        const auto f = testing::make_project(dir("mig"), 48, 16);
        const std::string db = f.project + "/lineage.sqlite";
        {
            // Rewind the case table to schema v4 with the statuses v4 allowed.
            sql::Db d(db, false);
            d.exec("PRAGMA foreign_keys=OFF");
            d.exec("DROP TABLE erasure_requests");
            d.exec("CREATE TABLE erasure_requests(id INTEGER PRIMARY KEY, case_ref TEXT NOT NULL UNIQUE, "
                   "subject_id INTEGER REFERENCES subjects(id), received_at TEXT NOT NULL, ground TEXT NOT NULL, "
                   "deadline_at TEXT NOT NULL, status TEXT NOT NULL CHECK(status IN "
                   "('open','in_progress','done','rejected')))");
            d.exec("INSERT INTO erasure_requests VALUES(1,'A',NULL,'2025-01-01','g','2025-02-01','done'),"
                   "(2,'B',NULL,'2025-01-01','g','2025-02-01','rejected')");
            d.exec("DROP INDEX IF EXISTS jobs_request");
            d.exec("ALTER TABLE jobs DROP COLUMN error_message_json"); // v9's error messages
            d.exec("DROP INDEX records_redaction"); // v8's redaction
            d.exec("ALTER TABLE records DROP COLUMN redacted_at");
            d.exec("ALTER TABLE records DROP COLUMN redaction");
            d.exec("DROP INDEX records_key"); // v6's record keys
            d.exec("ALTER TABLE records DROP COLUMN record_key");
            // v7's dataset specs and image folders.
            d.exec("CREATE TABLE datasets_v1(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, format TEXT NOT NULL "
                   "CHECK(format IN ('idx','csv')), uri TEXT NOT NULL, labels_uri TEXT, sha256 TEXT NOT NULL, "
                   "labels_sha256 TEXT, n_records INTEGER NOT NULL, shape TEXT NOT NULL, n_classes INTEGER NOT NULL)");
            d.exec(
                "INSERT INTO datasets_v1 SELECT id, name, format, uri, labels_uri, sha256, labels_sha256, n_records, "
                "shape, n_classes FROM datasets");
            d.exec("DROP TABLE datasets");
            d.exec("ALTER TABLE datasets_v1 RENAME TO datasets");
            d.exec("UPDATE meta SET value='4' WHERE key='schema_version'");
        }
        auto p = Project::open(f.project);
        QCOMPARE(p->lineage().schema_version(), kSchemaVersion);
        QCOMPARE(request_by_id(p->lineage(), 1)->status, lethe::CaseStatus::InProgress); // set by a job, not decided
        QCOMPARE(request_by_id(p->lineage(), 2)->status, lethe::CaseStatus::Refused);
        QCOMPARE(request_by_id(p->lineage(), 1)->first_deadline_at, std::string("2025-02-01"));
        // v6: records made before string keys have their id as their key.
        const auto records = p->lineage().records();
        QVERIFY(!records.empty());
        for (const auto &r : records) QCOMPARE(r.key, std::to_string(r.id));
    }
};

QTEST_GUILESS_MAIN(TestCases)
#include "test_cases.moc"
