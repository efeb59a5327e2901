// The signed evidence bundle (issue 12): a fresh bundle verifies offline,
// and each tampering fails naming the right thing: a changed byte in any
// member, a changed figure, a reordered or removed log entry, another key.
// The signing key itself: 0600 in a 0700 folder, sealed under a passphrase.
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "audit/reference_pool.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "error_of.h"
#include "evidence/archive.h"
#include "evidence/csv_table.h"
#include "evidence/signing.h"
#include "fixtures.h"
#include "jobs/cases.h"
#include "jobs/evidence.h"

using namespace lethe;
using nlohmann::json;
namespace fs = std::filesystem;

class TestBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshBundleVerifies();
    void changedByteInAnyMemberIsNamed();
    void changedFigureIsNamed();
    void reorderedLogEntryIsNamed();
    void removedLogEntryIsNamed();
    void anotherKeyIsNamed();
    void keyIsPrivateAndSealable();
    void csvTablesAreReadByLibcsv();

private:
    QTemporaryDir base_;
    std::string bundle_;
    std::vector<ArchiveMember> members_;
    std::string write(const std::vector<ArchiveMember> &m, const std::string &name);
    std::string resigned(std::vector<ArchiveMember> m, const SigningKey &key, const std::string &name);
    static std::string &bytes_of(std::vector<ArchiveMember> &m, const std::string &path);
    void set_key_dir(const char *sub) { qputenv("LETHE_KEY_DIR", (base_.path().toStdString() + sub).c_str()); }
};

void TestBundle::initTestCase() {
    set_key_dir("/keys");
    qunsetenv("LETHE_KEY_PASSPHRASE");
    const auto f = testing::make_project(base_.path().toStdString(), 160, 60);
    auto p = Project::open(f.project);
    const auto m = train_model(*p, testing::small_config("mlp"), {});
    ReferencePoolOptions pool;
    pool.k = 4;
    pool.model_id = m.model_id;
    pool.device = "cpu";
    build_reference_pool(*p, pool, {});
    NewCase c;
    c.case_ref = "T-1";
    c.subject = "s012";
    c.received_at = "2026-11-20";
    c.ground = "Art. 17(1)(a)";
    const auto req = add_case(p->lineage(), c);
    ForgetOptions o;
    o.selection.subjects = {"s012"};
    o.method = "finetune";
    o.model_id = m.model_id;
    o.request_id = req.id;
    o.device = "cpu";
    forget(*p, o, {});
    EvidenceOptions e;
    e.request_id = req.id;
    e.out_path = base_.path().toStdString() + "/case.tar.gz";
    e.reports = {{"job.pdf", "%PDF-1.4 a stand-in report\n"}};
    bundle_ = export_evidence(*p, e).path;
    members_ = read_tar_gz(read_file(bundle_), bundle_);
}

std::string TestBundle::write(const std::vector<ArchiveMember> &m, const std::string &name) {
    const std::string path = base_.path().toStdString() + "/" + name + ".tar.gz";
    write_file_atomic(path, write_tar_gz(m));
    return path;
}

std::string &TestBundle::bytes_of(std::vector<ArchiveMember> &m, const std::string &path) {
    for (auto &x : m)
        if (x.path == path) return x.bytes;
    throw std::runtime_error("no member " + path);
}

// The bundle as a dishonest (or mistaken) signer would make it: the members
// as given, a fresh manifest of their hashes, signed with `key`.
std::string TestBundle::resigned(std::vector<ArchiveMember> m, const SigningKey &key, const std::string &name) {
    json manifest = json::parse(bytes_of(m, "manifest.json"));
    json files = json::array();
    for (const auto &x : m)
        if (x.path != "manifest.json" && x.path != "manifest.sig")
            files.push_back({{"path", x.path}, {"sha256", sha256_hex(x.bytes)}, {"bytes", x.bytes.size()}});
    manifest["files"] = files;
    manifest["signer"]["public_key"] = key.pub.hex();
    bytes_of(m, "manifest.json") = manifest.dump(1) + "\n";
    bytes_of(m, "manifest.sig") = to_hex(sign_detached(key, bytes_of(m, "manifest.json"))) + "\n";
    return write(m, name);
}

void TestBundle::freshBundleVerifies() {
    const auto v = verify_bundle(bundle_);
    QVERIFY2(v.ok, v.first_failure.c_str());
    QCOMPARE(v.members, int64_t(members_.size()));
    QVERIFY(v.log_entries >= 5); // the case opened, the job, its audits, the purge
    QVERIFY(v.figures >= 100);   // accuracies, attacks with intervals, subjects
    QVERIFY(v.key_trusted); // this user's own key
    std::set<std::string> paths;
    for (const auto &m : members_) paths.insert(m.path);
    for (const char *want : {"reports/job.pdf", "evidence.json", "log.jsonl", "manifest.json", "manifest.sig"})
        QVERIFY2(paths.count(want), want);
    int scores = 0;
    for (const auto &p : paths) scores += p.rfind("scores/audit-", 0) == 0;
    QVERIFY(scores >= 4); // before and after audits, each with its attack table
    // The figures stand on the score tables: the after-audit ran with the pool.
    const json ev = json::parse(bytes_of(members_, "evidence.json"));
    bool lira = false;
    for (const auto &a : ev["audits"]) lira |= a["summary"]["mia"].contains("lira_offline");
    QVERIFY(lira);
}

void TestBundle::changedByteInAnyMemberIsNamed() {
    for (size_t i = 0; i < members_.size(); ++i) {
        auto m = members_;
        auto &b = m[i].bytes;
        b[b.size() / 2] = char(b[b.size() / 2] ^ 0x01);
        const auto v = verify_bundle(write(m, "byte" + std::to_string(i)));
        QVERIFY2(!v.ok, m[i].path.c_str());
        const std::string &path = m[i].path;
        const bool names_it = path == "manifest.json" || path == "manifest.sig"
                                  ? v.first_failure.find("signature") != std::string::npos
                                  : v.first_failure.find(path) != std::string::npos;
        QVERIFY2(names_it, (path + ": " + v.first_failure).c_str());
    }
}

void TestBundle::changedFigureIsNamed() {
    auto m = members_;
    json ev = json::parse(bytes_of(m, "evidence.json"));
    json *target = nullptr;
    for (auto &a : ev["audits"])
        if (a["summary"]["mia"].contains("loss")) target = &a;
    QVERIFY(target);
    auto &auc = (*target)["summary"]["mia"]["loss"]["auc"];
    auc = auc.get<double>() + 0.01;
    bytes_of(m, "evidence.json") = ev.dump(1);
    const auto v = verify_bundle(resigned(m, load_or_create_signing_key(), "figure"));
    QVERIFY(!v.ok);
    QVERIFY2(v.first_failure.find("audit " + std::to_string((*target)["id"].get<int64_t>())) != std::string::npos,
             v.first_failure.c_str());
    QVERIFY2(v.first_failure.find("loss attack AUC") != std::string::npos, v.first_failure.c_str());
    // A subject left out of evidence.json (a failing one, say) is named.
    m = members_;
    ev = json::parse(bytes_of(m, "evidence.json"));
    std::string dropped;
    for (auto &a : ev["audits"])
        if (dropped.empty() && a["summary"]["subjects"].is_array() && !a["summary"]["subjects"].empty()) {
            dropped = a["summary"]["subjects"][0]["subject"].get<std::string>();
            a["summary"]["subjects"].erase(0);
        }
    QVERIFY(!dropped.empty());
    bytes_of(m, "evidence.json") = ev.dump(1);
    const auto u = verify_bundle(resigned(m, load_or_create_signing_key(), "dropped"));
    QVERIFY(!u.ok);
    QVERIFY2(u.first_failure.find("subject " + dropped) != std::string::npos, u.first_failure.c_str());
    // A forget record dropped from a score table is named.
    m = members_;
    for (auto &x : m)
        if (x.path.rfind("scores/audit-", 0) == 0 && x.path.find("attacks") == std::string::npos) {
            const size_t at = x.bytes.find(",forget,");
            const size_t start = x.bytes.rfind('\n', at) + 1, end = x.bytes.find('\n', at) + 1;
            x.bytes.erase(start, end - start);
            break;
        }
    const auto q = verify_bundle(resigned(m, load_or_create_signing_key(), "row"));
    QVERIFY(!q.ok);
    QVERIFY2(q.first_failure.find("audit ") != std::string::npos, q.first_failure.c_str());
    // A subject's verdict word changed is named too.
    m = members_;
    ev = json::parse(bytes_of(m, "evidence.json"));
    for (auto &a : ev["audits"])
        for (auto &s : a["summary"]["subjects"]) s["verdict"] = s["verdict"] == "fail" ? "pass" : "fail";
    bytes_of(m, "evidence.json") = ev.dump(1);
    const auto w = verify_bundle(resigned(m, load_or_create_signing_key(), "verdict"));
    QVERIFY(!w.ok);
    QVERIFY2(w.first_failure.find("verdict") != std::string::npos, w.first_failure.c_str());
}

void TestBundle::reorderedLogEntryIsNamed() {
    auto m = members_;
    std::vector<std::string> lines;
    std::istringstream in(bytes_of(m, "log.jsonl"));
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    QVERIFY(lines.size() >= 4);
    std::swap(lines[1], lines[2]);
    std::string out;
    for (const auto &l : lines) out += l + "\n";
    bytes_of(m, "log.jsonl") = out;
    const int64_t second = json::parse(lines[2])["seq"].get<int64_t>(); // what now stands third was second
    const auto v = verify_bundle(resigned(m, load_or_create_signing_key(), "reorder"));
    QVERIFY(!v.ok);
    QVERIFY2(v.first_failure.find("audit-log entry " + std::to_string(second)) != std::string::npos,
             v.first_failure.c_str());
}

void TestBundle::removedLogEntryIsNamed() {
    for (const bool last : {false, true}) {
        auto m = members_;
        std::vector<std::string> lines;
        std::istringstream in(bytes_of(m, "log.jsonl"));
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        const size_t drop = last ? lines.size() - 1 : 2;
        const int64_t seq = json::parse(lines[drop])["seq"].get<int64_t>();
        lines.erase(lines.begin() + long(drop));
        std::string out;
        for (const auto &l : lines) out += l + "\n";
        bytes_of(m, "log.jsonl") = out;
        const auto v = verify_bundle(resigned(m, load_or_create_signing_key(), last ? "cut" : "drop"));
        QVERIFY(!v.ok);
        const std::string want = last ? "not at the head" : "audit-log entry " + std::to_string(seq);
        QVERIFY2(v.first_failure.find(want) != std::string::npos, v.first_failure.c_str());
    }
}

void TestBundle::anotherKeyIsNamed() {
    const SigningKey mine = load_or_create_signing_key();
    // Another user's key, in a folder of its own.
    set_key_dir("/other-keys");
    const SigningKey other = load_or_create_signing_key();
    const std::string other_pub = base_.path().toStdString() + "/other.pub";
    write_file_atomic(other_pub, other.pub.to_text());
    set_key_dir("/keys");
    QVERIFY(other.pub.key != mine.pub.key);
    // Verified against another's public key: named, with both fingerprints.
    const auto v = verify_bundle(bundle_, other_pub);
    QVERIFY(!v.ok);
    QVERIFY2(v.first_failure.find("not by the given key " + other.pub.fingerprint()) != std::string::npos,
             v.first_failure.c_str());
    QVERIFY(v.first_failure.find(mine.pub.fingerprint()) != std::string::npos);
    // Signed by another key while the manifest still names mine: the signature fails.
    auto m = members_;
    bytes_of(m, "manifest.sig") = to_hex(sign_detached(other, bytes_of(m, "manifest.json"))) + "\n";
    const auto w = verify_bundle(write(m, "otherkey"));
    QVERIFY(!w.ok);
    QVERIFY2(w.first_failure.find("signature") != std::string::npos, w.first_failure.c_str());
    // Re-signed by another key that the manifest names: consistent, but
    // not trusted here until that key is given or imported.
    const std::string foreign = resigned(members_, other, "foreign");
    const auto y = verify_bundle(foreign);
    QVERIFY(!y.ok);
    QVERIFY2(y.first_failure.find("does not trust") != std::string::npos, y.first_failure.c_str());
    QVERIFY2(verify_bundle(foreign, other_pub).ok, verify_bundle(foreign, other_pub).first_failure.c_str());
    // Against my own exported key it holds, and the key counts as given.
    const std::string mine_pub = base_.path().toStdString() + "/mine.pub";
    write_file_atomic(mine_pub, signing_public_key());
    const auto x = verify_bundle(bundle_, mine_pub);
    QVERIFY2(x.ok, x.first_failure.c_str());
    QVERIFY(x.key_given && x.key_trusted);
    // Importing a key makes it trusted without --public-key.
    import_public_key_file(mine_pub);
    QVERIFY(verify_bundle(bundle_).key_trusted);
}

void TestBundle::keyIsPrivateAndSealable() {
    struct stat st {};
    const std::string dir = key_dir();
    QCOMPARE(::stat(dir.c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    QCOMPARE(::stat((dir + "/signing-key.json").c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    // Sealed under a passphrase: opened with it, refused without or with another.
    set_key_dir("/sealed-keys");
    qputenv("LETHE_KEY_PASSPHRASE", "correct horse");
    const SigningKey k = load_or_create_signing_key();
    QVERIFY(k.sealed);
    const std::string text = read_file(key_dir() + "/signing-key.json");
    QVERIFY(text.find("sealed_secret_key") != std::string::npos);
    QVERIFY(text.find(to_hex(k.secret)) == std::string::npos);
    QCOMPARE(load_or_create_signing_key().secret, k.secret);
    qputenv("LETHE_KEY_PASSPHRASE", "wrong horse");
    QVERIFY(testing::error_of([] { load_or_create_signing_key(); }).contains(QString::fromUtf8("does not open")));
    qunsetenv("LETHE_KEY_PASSPHRASE");
    QVERIFY(
        testing::error_of([] { load_or_create_signing_key(); }).contains(QString::fromUtf8("LETHE_KEY_PASSPHRASE")));
    set_key_dir("/keys");
}

void TestBundle::csvTablesAreReadByLibcsv() {
    const auto t = parse_csv("a,b,c\n1,\"x, y\",\n2,,z\n", "t.csv");
    QCOMPARE(t.rows.size(), size_t(2));
    QCOMPARE(t.rows[0][1], std::string("x, y"));
    QCOMPARE(t.rows[0][2], std::string(""));
    QCOMPARE(t.rows[1][1], std::string(""));
    QCOMPARE(t.column("c", "t.csv"), size_t(2));
    QVERIFY(testing::error_of([] { parse_csv("a,b\n1,2,3\n", "t.csv"); }).contains(QString::fromUtf8("t.csv: line 2")));
    QVERIFY(testing::error_of([] { parse_csv("a,b\n\"1,2\n", "t.csv"); }).contains(QString::fromUtf8("t.csv")));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "test_bundle.moc"
