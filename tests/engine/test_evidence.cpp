// The audit log's hash chain and `verify`: every kind of tampering is found
// and named.
#include <QtTest>

#include <filesystem>

#include "audit/reference_pool.h"
#include "core/hash.h"
#include "evidence/audit_chain.h"
#include "fixtures.h"
#include "lineage/audit_queries.h"

using namespace lethe;
namespace fs = std::filesystem;

class TestEvidence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chainHashIsTheDocumentedFormula();
    void cleanProjectVerifies();
    void editedPayloadIsNamed();
    void deletedEntryIsNamed();
    void changedModelFileIsNamed();
    void purgedFileBackOnDiskIsNamed();
    void changedAuditScoresAreNamed();
    void changedReferenceModelIsNamed();
    void purgedReferenceModelBackOnDiskIsNamed();
    void changedReferenceScoresAreNamed();
    void changedArchitectureFileIsNamed();

private:
    QTemporaryDir base_;
    std::string fresh_copy();
    int copies_ = 0;
};

void TestEvidence::initTestCase() {
    const auto f = testing::make_project(base_.path().toStdString(), 120, 40);
    auto p = Project::open(f.project);
    const auto m = train_model(*p, testing::small_config("logreg", 2, 2), {});
    ReferencePoolOptions pool;
    pool.k = 2;
    pool.model_id = m.model_id;
    pool.device = "cpu";
    build_reference_pool(*p, pool, {});
    ForgetOptions o;
    o.selection.subjects = {"s007"};
    o.method = "sisa";
    o.model_id = m.model_id;
    o.device = "cpu";
    forget(*p, o, {});
}

std::string TestEvidence::fresh_copy() {
    const std::string dst = base_.path().toStdString() + "/copy" + std::to_string(copies_++);
    fs::copy(base_.path().toStdString() + "/project", dst, fs::copy_options::recursive);
    return dst;
}

void TestEvidence::chainHashIsTheDocumentedFormula() {
    const std::string payload = R"({"b":2,"a":1})";
    const std::string expect = sha256_hex(
        kGenesisHash + R"({"action":"x","actor":"me","at":"2026-01-01T00:00:00Z","payload":{"a":1,"b":2},"seq":1})");
    QCOMPARE(QString::fromStdString(chain_hash(kGenesisHash, 1, "2026-01-01T00:00:00Z", "me", "x", payload)),
             QString::fromStdString(expect));
}

void TestEvidence::cleanProjectVerifies() {
    auto p = Project::open(fresh_copy());
    const auto v = verify_project(*p);
    QVERIFY2(v.ok, v.first_failure.c_str());
    QVERIFY(v.log_entries >= 8);
    QVERIFY(v.files >= 10);
    QVERIFY(v.audits >= 2);
}

void TestEvidence::editedPayloadIsNamed() {
    auto p = Project::open(fresh_copy());
    {
        auto tx = p->lineage().begin();
        p->lineage().db().exec("UPDATE audit_log SET payload_json='{\"records\":1}' WHERE action='dataset.imported'");
        tx->commit();
    }
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(
        QString::fromStdString(v.first_failure).contains(QStringLiteral("(dataset.imported): hash does not match")),
        v.first_failure.c_str());
}

void TestEvidence::deletedEntryIsNamed() {
    auto p = Project::open(fresh_copy());
    {
        auto tx = p->lineage().begin();
        p->lineage().db().exec("DELETE FROM audit_log WHERE seq=3");
        tx->commit();
    }
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(QString::fromStdString(v.first_failure).contains(QStringLiteral("entry 4: sequence gap")),
             v.first_failure.c_str());
}

void TestEvidence::changedModelFileIsNamed() {
    const auto dir = fresh_copy();
    auto p = Project::open(dir);
    std::string victim;
    for (const auto &m : p->lineage().models(true))
        if (m.state == ArtifactState::Live && !m.path.empty()) victim = p->resolve(m.path);
    QVERIFY(!victim.empty());
    {
        std::fstream f(victim, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(100);
        f.put('\x7f');
    }
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(QString::fromStdString(v.first_failure).contains(QString::fromStdString(victim)) &&
                 QString::fromStdString(v.first_failure).contains(QStringLiteral("SHA-256 does not match")),
             v.first_failure.c_str());
}

void TestEvidence::purgedFileBackOnDiskIsNamed() {
    const auto dir = fresh_copy();
    auto p = Project::open(dir);
    std::string purged;
    for (const auto &r : p->lineage().file_refs())
        if (r.state == ArtifactState::Purged && r.table == "checkpoints") purged = p->resolve(r.path);
    QVERIFY(!purged.empty());
    QVERIFY(!fs::exists(purged));
    testing::write_bytes(purged, "resurrected");
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(QString::fromStdString(v.first_failure).contains(QStringLiteral("purged")) &&
                 QString::fromStdString(v.first_failure).contains(QStringLiteral("still on disk")),
             v.first_failure.c_str());
}

void TestEvidence::changedAuditScoresAreNamed() {
    auto p = Project::open(fresh_copy());
    {
        auto tx = p->lineage().begin();
        p->lineage().db().exec("UPDATE audits SET scores_sha256='00' WHERE id=1");
        tx->commit();
    }
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(QString::fromStdString(v.first_failure).contains(QStringLiteral("audit 1")), v.first_failure.c_str());
}

void TestEvidence::changedReferenceModelIsNamed() {
    const auto dir = fresh_copy();
    std::string victim;
    for (const auto &e : fs::recursive_directory_iterator(dir + "/references"))
        if (e.is_regular_file() && e.path().extension() == ".pt") victim = e.path().string();
    QVERIFY(!victim.empty());
    {
        auto p = Project::open(dir);
        QVERIFY(verify_project(*p).ok);
    }
    testing::write_bytes(victim, "not the model the pool recorded");
    auto p = Project::open(dir);
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(QString::fromStdString(v.first_failure).contains(QString::fromStdString(victim)) &&
                 QString::fromStdString(v.first_failure).contains(QStringLiteral("reference pool")),
             v.first_failure.c_str());
}

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
} // namespace

void TestEvidence::purgedReferenceModelBackOnDiskIsNamed() {
    // The forget of s007 purged the reference model (of 2) that trained on it.
    const auto dir = fresh_copy();
    auto p = Project::open(dir);
    std::optional<ReferenceModelRow> purged;
    for (const auto &m : reference_models(p->lineage(), 1, true))
        if (m.state == ArtifactState::Purged) purged = m;
    QVERIFY(purged);
    QVERIFY(purged->purge_job_id);
    QVERIFY(verify_project(*p).ok);
    const std::string model_file = p->resolve(purged->files.at(0).at("path").get<std::string>());
    QVERIFY(!fs::exists(model_file));
    fs::create_directories(fs::path(model_file).parent_path());
    testing::write_bytes(model_file, "the erased reference model, restored from a backup");
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(q(v.first_failure).contains(q(model_file)) && q(v.first_failure).contains(QStringLiteral("purged")) &&
                 q(v.first_failure).contains(QStringLiteral("still on disk")) &&
                 q(v.first_failure).contains(QStringLiteral("erased by job")),
             v.first_failure.c_str());
}

void TestEvidence::changedReferenceScoresAreNamed() {
    const auto dir = fresh_copy();
    auto p = Project::open(dir);
    std::string scores;
    for (const auto &m : reference_models(p->lineage(), 1))
        if (m.state == ArtifactState::Live) scores = p->resolve(m.scores_path);
    QVERIFY(!scores.empty());
    {
        std::fstream f(scores, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(8);
        f.put('\x7f');
    }
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(q(v.first_failure).contains(q(scores)) && q(v.first_failure).contains(QStringLiteral("SHA-256")) &&
                 q(v.first_failure).contains(QStringLiteral("scores")),
             v.first_failure.c_str());
}

void TestEvidence::changedArchitectureFileIsNamed() {
    // A model whose spec names an architecture file (as an imported TorchScript
    // model's does): verify checks the file against the recorded SHA-256.
    const auto dir = fresh_copy();
    auto p = Project::open(dir);
    const std::string rel = "architectures/net.arch.pt", bytes = "a blank TorchScript module";
    fs::create_directories(p->resolve("architectures"));
    testing::write_bytes(p->resolve(rel), bytes);
    {
        const nlohmann::json spec = {{"arch", "torchscript"}, {"input_shape", {1, 16, 16}},
                                     {"n_classes", 4},        {"hidden", 128},
                                     {"script", rel},         {"script_sha256", sha256_hex(bytes)}};
        auto tx = p->lineage().begin();
        sql::Stmt st(p->lineage().db(), "UPDATE models SET spec_json=? WHERE id=1");
        st.bind(1, spec.dump()).run();
        tx->commit();
    }
    {
        const auto v = verify_project(*p);
        QVERIFY2(v.ok, v.first_failure.c_str());
    }
    testing::write_bytes(p->resolve(rel), "another module");
    const auto v = verify_project(*p);
    QVERIFY(!v.ok);
    QVERIFY2(q(v.first_failure).contains(q(p->resolve(rel))) &&
                 q(v.first_failure).contains(QStringLiteral("architecture file of model 1")),
             v.first_failure.c_str());
    fs::remove(p->resolve(rel));
    QVERIFY(QString::fromStdString(verify_project(*p).first_failure).contains(QStringLiteral("missing")));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "test_evidence.moc"
