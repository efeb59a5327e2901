// The lineage database: schema, pragmas, migrations, refusals, queries.
#include <QtTest>

#include <regex>
#include <set>
#include <sqlite3.h>

#include "core/error.h"
#include "core/states.h"
#include "error_of.h"
#include "fixtures.h"
#include "lineage/lineage.h"
#include "lineage/schema.h"
#include "lineage/sqlite.h"

using namespace lethe;

using testing::error_of;

class TestLineage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsWithPragmas();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesSchemaObjectsItDidNotCreate();
    void migratedSchemaEqualsCreatedSchema();
    void foreignKeysAreEnforced();
    void queryFilter();
    void queryRejectsInjection();
    void subjectLookup();
    void statesAreTheSchemasWords();
    void unknownWordIsRefused();
    void messagesFillInOnePass();
    void aFailedJobKeepsItsMessage();
};

void TestLineage::createsWithPragmas() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("l.sqlite")).toStdString();
    auto l = Lineage::create(path);
    QCOMPARE(l->schema_version(), kSchemaVersion);
    QCOMPARE(QString::fromStdString(*l->db().scalar_text("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(*l->db().scalar_i64("PRAGMA foreign_keys"), int64_t(1));
    QCOMPARE(*l->db().scalar_i64("PRAGMA trusted_schema"), int64_t(0));
    QCOMPARE(QString::fromStdString(l->integrity_check()), QStringLiteral("ok"));
    // A second create on the same file is refused.
    QVERIFY(error_of([&] { Lineage::create(path); }).contains(QStringLiteral("already exists")));
}

void TestLineage::refusesNewerSchema() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("l.sqlite")).toStdString();
    {
        auto l = Lineage::create(path);
        auto tx = l->begin();
        l->set_meta("schema_version", "99");
        tx->commit();
    }
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    ErrorCode code{};
    const QString msg = error_of([&] { Lineage::open(path); }, &code);
    QVERIFY2(msg.contains(QStringLiteral("schema version 99")) && msg.contains(QStringLiteral("newer")),
             qPrintable(msg));
    QVERIFY(msg.contains(QString::fromStdString(path)));
    QCOMPARE(code, ErrorCode::BadInput);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // nothing written
}

void TestLineage::refusesForeignDatabase() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("other.sqlite")).toStdString();
    {
        sql::Db db(path, true);
        db.exec("CREATE TABLE t(x)");
    }
    QVERIFY(error_of([&] { Lineage::open(path); }).contains(QStringLiteral("not a Lethe lineage database")));
    const std::string junk = tmp.filePath(QStringLiteral("junk.sqlite")).toStdString();
    testing::write_bytes(junk, std::string(4096, 'x'));
    ErrorCode code{};
    const QString msg = error_of([&] { Lineage::open(junk); }, &code);
    QVERIFY2(msg.contains(QString::fromStdString(junk)), qPrintable(msg));
    QCOMPARE(code, ErrorCode::BadInput);
}

// A trigger, view, table or index someone added, or a table whose
// definition changed, is refused at open, named, and none of it runs: the
// trigger below would write to meta on the first log entry.
void TestLineage::refusesSchemaObjectsItDidNotCreate() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("l.sqlite")).toStdString();
    Lineage::create(path);
    const std::vector<std::pair<std::string, std::string>> added = {
        {"CREATE TRIGGER spy AFTER INSERT ON audit_log BEGIN INSERT INTO meta VALUES('ran', '1'); END",
         "trigger 'spy'"},
        {"CREATE VIEW everyone AS SELECT * FROM subjects", "view 'everyone'"},
        {"CREATE TABLE notes(x)", "table 'notes'"},
        {"CREATE INDEX records_label ON records(label)", "index 'records_label'"},
    };
    for (const auto &[sql_text, named] : added) {
        {
            sql::Db d(path, false);
            d.exec(sql_text);
        }
        ErrorCode code{};
        const QString msg = error_of([&] { Lineage::open(path); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(msg.contains(QString::fromStdString(path)), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("did not create")), qPrintable(msg));
        QVERIFY2(msg.contains(QString::fromStdString(named)), qPrintable(msg));
        sql::Db d(path, false);
        QVERIFY(!d.scalar_text("SELECT value FROM meta WHERE key='ran'"));
        const std::string name = named.substr(named.find('\'') + 1, named.rfind('\'') - named.find('\'') - 1);
        const std::string type = named.substr(0, named.find(' '));
        d.exec("DROP " + type + " " + name);
    }
    // A trigger behind a name SQLite reserves, written by another tool with
    // writable_schema on, is no object of SQLite's: refused too.
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "PRAGMA writable_schema=ON; INSERT INTO sqlite_master(type, name, tbl_name, rootpage, "
                              "sql) VALUES('trigger', 'sqlite_spy', 'audit_log', 0, 'CREATE TRIGGER sqlite_spy AFTER "
                              "INSERT ON audit_log BEGIN INSERT INTO meta VALUES(''ran'', ''1''); END')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const QString hidden = error_of([&] { Lineage::open(path); });
    QVERIFY2(hidden.contains(QStringLiteral("trigger 'sqlite_spy'")), qPrintable(hidden));
    {
        sqlite3 *raw = nullptr;
        sqlite3_open(path.c_str(), &raw);
        sqlite3_exec(raw, "PRAGMA writable_schema=ON; DELETE FROM sqlite_master WHERE name='sqlite_spy'", nullptr,
                     nullptr, nullptr);
        sqlite3_close(raw);
    }
    // Back to Lethe's own schema: it opens, and the trigger never ran.
    auto l = Lineage::open(path);
    QVERIFY(!l->meta("ran"));
    // A table of Lethe's whose definition was changed (its CHECK dropped).
    l.reset();
    {
        sql::Db d(path, false);
        d.exec("PRAGMA foreign_keys=OFF");
        d.exec("CREATE TABLE subjects2(id INTEGER PRIMARY KEY, pseudonym TEXT)");
        d.exec("DROP TABLE subjects");
        d.exec("ALTER TABLE subjects2 RENAME TO subjects");
    }
    const QString altered = error_of([&] { Lineage::open(path); });
    QVERIFY2(altered.contains(QStringLiteral("table 'subjects' differs from what Lethe created")), qPrintable(altered));
}

// A database migrated from schema v1 step by step has exactly the schema of
// one created at the current version (what the check above compares with).
void TestLineage::migratedSchemaEqualsCreatedSchema() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("old.sqlite")).toStdString();
    {
        sql::Db d(path, true);
        d.exec(schema_migrations()[0]);
        d.exec("INSERT INTO meta VALUES('schema_version', '1')");
    }
    auto l = Lineage::open(path);
    QCOMPARE(l->schema_version(), kSchemaVersion);
    l.reset();
    QVERIFY(Lineage::open(path)); // and opens again, checked as a current database
}

void TestLineage::foreignKeysAreEnforced() {
    QTemporaryDir tmp;
    auto l = Lineage::create(tmp.filePath(QStringLiteral("l.sqlite")).toStdString());
    RecordRow r;
    r.id = 1;
    r.dataset_id = 42; // no such dataset
    r.split = "train";
    r.sha256 = "x";
    bool threw = false;
    try {
        auto tx = l->begin();
        l->insert_records({r});
        tx->commit();
    } catch (const Error &) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(l->count_records(), int64_t(0));
}

void TestLineage::queryFilter() {
    QTemporaryDir tmp;
    const auto f = testing::make_project(tmp.path().toStdString(), 40, 8);
    auto p = Project::open(f.project);
    auto &l = p->lineage();
    const auto ids = l.record_ids_matching("label = 3 and split = train");
    QCOMPARE(int(ids.size()), 10); // labels cycle 0..3 over 40 training records
    for (auto id : ids) QCOMPARE((id - 1) % 4, int64_t(3));
    const auto s = l.record_ids_matching("subject == 's002'");
    QCOMPARE(s, (std::vector<int64_t>{2, 3}));
    QCOMPARE(int(l.record_ids_matching("id <= 5 AND label != 0").size()), 3);
}

void TestLineage::queryRejectsInjection() {
    QTemporaryDir tmp;
    const auto f = testing::make_project(tmp.path().toStdString(), 20, 4);
    auto p = Project::open(f.project);
    auto &l = p->lineage();
    QVERIFY(
        error_of([&] { l.record_ids_matching("label = 1; DROP TABLE records"); }).contains(QStringLiteral("query")));
    QVERIFY(error_of([&] { l.record_ids_matching("secret = 1"); }).contains(QStringLiteral("unknown field")));
    // A value is bound, never spliced: this matches nothing instead of everything.
    QCOMPARE(int(l.record_ids_matching("source = \"x' OR '1'='1\"").size()), 0);
    QCOMPARE(l.count_records(), int64_t(24));
}

void TestLineage::subjectLookup() {
    QTemporaryDir tmp;
    const auto f = testing::make_project(tmp.path().toStdString(), 20, 4);
    auto p = Project::open(f.project);
    ErrorCode code{};
    const QString msg = error_of([&] { p->lineage().subject_id("nobody", false); }, &code);
    QVERIFY(msg.contains(QStringLiteral("unknown subject 'nobody'")));
    QCOMPARE(code, ErrorCode::BadInput);
    QCOMPARE(p->lineage().record_ids_of_subject(p->lineage().subject_id("s003", false)),
             (std::vector<int64_t>{4, 5, 6}));
}

// The enums' words are exactly the schema's: each column's CHECK(... IN
// (...)) list, read from the migrations' SQL, equals the to_string of every
// enum value (in the latest migration that constrains the column), and every
// word parses back to its value.
void TestLineage::statesAreTheSchemasWords() {
    std::string sql;
    for (const char *m : schema_migrations()) sql += m;
    // The last CHECK list of the column that holds `word`.
    auto check_list = [&](const std::string &column, const std::string &word) {
        std::set<std::string> last;
        const std::regex re(column + R"( TEXT NOT NULL(?: DEFAULT '[a-z_]+')? CHECK\(\w+ IN \(([^)]*)\)\))");
        for (std::sregex_iterator it(sql.begin(), sql.end(), re), end; it != end; ++it) {
            std::set<std::string> words;
            const std::string list = (*it)[1];
            const std::regex quoted("'([a-z_]+)'");
            for (std::sregex_iterator w(list.begin(), list.end(), quoted), e; w != e; ++w) words.insert((*w)[1]);
            if (words.count(word)) last = words;
        }
        return last;
    };
    auto words_of = [](auto values) {
        std::set<std::string> out;
        for (auto v : values) out.insert(to_string(v));
        return out;
    };
    QCOMPARE(words_of(std::vector{ArtifactState::Live, ArtifactState::Purging, ArtifactState::Purged}),
             check_list("state", "live"));
    QCOMPARE(words_of(std::vector{ModelKind::Monolithic, ModelKind::Sisa, ModelKind::Shard}),
             check_list("kind", "shard"));
    QCOMPARE(words_of(std::vector{ModelOrigin::Trained, ModelOrigin::Unlearned, ModelOrigin::Reference}),
             check_list("origin", "trained"));
    QCOMPARE(words_of(std::vector{JobStatus::Queued, JobStatus::Running, JobStatus::Done, JobStatus::Failed,
                                  JobStatus::Cancelled, JobStatus::Interrupted}),
             check_list("status", "queued"));
    for (auto v : {ArtifactState::Live, ArtifactState::Purging, ArtifactState::Purged})
        QVERIFY(parse_artifact_state(to_string(v), "t") == v);
    for (auto v : {JobKind::Train, JobKind::Forget, JobKind::Import}) QVERIFY(parse_job_kind(to_string(v), "t") == v);
    for (auto v : {AuditRole::Before, AuditRole::After, AuditRole::Standalone, AuditRole::Reference})
        QVERIFY(parse_audit_role(to_string(v), "t") == v);
    for (auto v : {MethodKind::Exact, MethodKind::Approximate, MethodKind::Certified})
        QVERIFY(parse_method_kind(to_string(v), "t") == v);
    QCOMPARE(words_of(std::vector{PoolState::Building, PoolState::Complete}), check_list("state", "building"));
    QCOMPARE(words_of(std::vector{CaseStatus::Open, CaseStatus::InProgress, CaseStatus::Answered, CaseStatus::Refused,
                                  CaseStatus::Extended}),
             check_list("status", "answered"));
    for (auto v : {PoolState::Building, PoolState::Complete}) QVERIFY(parse_pool_state(to_string(v), "t") == v);
}

// A word the code does not know (a job kind has no CHECK constraint) is
// refused where the row is read, naming the row, never turned into a value.
void TestLineage::unknownWordIsRefused() {
    QTemporaryDir tmp;
    auto l = Lineage::create(tmp.filePath(QStringLiteral("l.sqlite")).toStdString());
    JobRow j;
    j.kind = JobKind::Train;
    j.status = JobStatus::Running;
    int64_t id = 0;
    {
        auto tx = l->begin();
        id = l->insert_job(j);
        sql::Stmt(l->db(), "UPDATE jobs SET kind='bake' WHERE id=?").bind(1, id).run();
        tx->commit();
    }
    ErrorCode code{};
    const QString e = error_of([&] { l->job(id); }, &code);
    QCOMPARE(e, QStringLiteral("job %1: 'bake' is not a job kind (train, forget, import)").arg(id));
    QVERIFY(code == ErrorCode::BadInput);
}

// A Message's English is its template filled in; the placeholders are
// replaced in one pass, so an argument holding "%2" stays as it is.
void TestLineage::messagesFillInOnePass() {
    const Message m = msg("record '%1' of %2 is %1; %3 stays", "a%2b", int64_t(60000));
    QCOMPARE(QString::fromStdString(m.english()), QStringLiteral("record 'a%2b' of 60000 is a%2b; %3 stays"));
    QCOMPARE(message_arg(0.5), std::string("0.5"));
    QCOMPARE(message_arg(1.0 / 3.0), std::string("0.333333"));
    // Stored and read back; anything else reads as no message.
    const Message back = message_from_json(message_json(m));
    QCOMPARE(back.text, m.text);
    QVERIFY(back.args == m.args);
    QVERIFY(message_from_json(nlohmann::json("a sentence")).empty());
    QVERIFY(message_json(Message{}).is_null());
    // An Error made from a Message says its English and keeps the Message.
    try {
        bad_input(msg("model %1 was purged", 7));
    } catch (const Error &e) {
        QCOMPARE(std::string(e.what()), std::string("model 7 was purged"));
        QCOMPARE(e.message().text, std::string("model %1 was purged"));
        QCOMPARE(user_sentence(e).english(), user_message(e));
    }
    // A plain-text error is "%1" with its text: nothing translates it.
    const Error plain(ErrorCode::BadInput, "50% done");
    QCOMPARE(user_sentence(plain).text, std::string("%1"));
    QCOMPARE(user_sentence(plain).english(), std::string("50% done"));
    // A library's text: the sentence is the internal-error template, whose
    // English is user_message's, naming the log.
    const std::runtime_error lib("frame #0: c10::Error");
    const Message internal = user_sentence(lib);
    QVERIFY(internal.text.find("internal error") != std::string::npos);
    QCOMPARE(internal.english(), user_message(lib));
}

// A failed job's row keeps its error as a Message (schema v9) beside the
// English, and a row without one reads as an empty Message.
void TestLineage::aFailedJobKeepsItsMessage() {
    QTemporaryDir tmp;
    auto l = Lineage::create(tmp.filePath(QStringLiteral("l.sqlite")).toStdString());
    JobRow j;
    j.kind = JobKind::Train;
    j.status = JobStatus::Running;
    int64_t a = 0, b = 0;
    {
        auto tx = l->begin();
        a = l->insert_job(j);
        b = l->insert_job(j);
        tx->commit();
    }
    JobRow failed = l->job(a);
    failed.status = JobStatus::Failed;
    failed.error_message = msg("the file %1 is truncated at byte %2", "x.bin", 42);
    failed.error = failed.error_message.english();
    JobRow old = l->job(b);
    old.status = JobStatus::Failed;
    old.error = "an error from before schema v9";
    {
        auto tx = l->begin();
        l->update_job(failed);
        l->update_job(old);
        tx->commit();
    }
    const JobRow r = l->job(a);
    QCOMPARE(r.error, std::string("the file x.bin is truncated at byte 42"));
    QCOMPARE(r.error_message.text, failed.error_message.text);
    QVERIFY(r.error_message.args == failed.error_message.args);
    QVERIFY(l->job(b).error_message.empty());
    QCOMPARE(l->job(b).error, old.error);
}

QTEST_GUILESS_MAIN(TestLineage)
#include "test_lineage.moc"
