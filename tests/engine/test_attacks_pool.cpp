// The reference pool and the audit that uses it, end to end on tiny planted
// data: balanced IN/OUT membership stored per record (a subject's records
// together), reuse across audits, the new summary fields (intervals, LiRA,
// RMIA, MIA-Efficacy, per-subject verdicts, control), and the verdict on a
// model that trained on the subject against one that never did.
#include <QtTest>

#include <fstream>
#include <map>
#include <random>
#include <set>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/error.h"
#include "fixtures.h"
#include "lineage/audit_queries.h"

using namespace lethe;

class TestAttacksPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void membershipIsBalancedBySubject();
    void poolIsReused();
    void auditCarriesTheNewFields();
    void verdictSeparatesRememberedFromRetrained();
    void refusesOddK();

private:
    QTemporaryDir tmp_;
    testing::Fixture fx_;
    std::unique_ptr<Project> project_;
    int64_t model_id_ = 0, pool_id_ = 0;
};

namespace {
// The fixture's project, with the images replaced by noise and the labels by
// random ones: nothing to generalise, so what a model knows of a record is
// membership. Members are separable from non-members for a model that
// trained on them, and not for one retrained without them.
testing::Fixture noise_project(const std::string &dir, int n_train, int n_test) {
    const int n = n_train + n_test, h = 16, w = 16;
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<int> px(0, 255), lab(0, 3);
    testing::IdxBytes b;
    b.images = std::string("\0\0\x08\x03", 4);
    testing::put_be32(b.images, uint32_t(n));
    testing::put_be32(b.images, uint32_t(h));
    testing::put_be32(b.images, uint32_t(w));
    b.labels = std::string("\0\0\x08\x01", 4);
    testing::put_be32(b.labels, uint32_t(n));
    std::vector<int> labels;
    for (int i = 0; i < n; ++i) {
        for (int k = 0; k < h * w; ++k) b.images.push_back(char(px(rng)));
        labels.push_back(lab(rng));
        b.labels.push_back(char(labels.back()));
    }
    testing::Fixture f;
    f.dir = dir;
    f.project = dir + "/project";
    f.n_train = n_train;
    f.n_test = n_test;
    testing::write_bytes(dir + "/images.idx", b.images);
    testing::write_bytes(dir + "/labels.idx", b.labels);
    std::ofstream m(dir + "/manifest.csv");
    m << "record_id,subject,label,split,row\n";
    for (int i = 0; i < n; ++i) {
        std::string s;
        if (i < n_train) {
            char name[16];
            std::snprintf(name, sizeof name, "s%03d", i / 8 + 1); // subjects of 8 records
            s = name;
            if (i % 8 == 0) f.subjects.push_back(s);
        }
        m << (i + 1) << "," << s << "," << labels[size_t(i)] << "," << (i < n_train ? "train" : "test") << "," << i << "\n";
    }
    m.close();
    testing::create_and_import(f.project, dir);
    return f;
}
} // namespace

void TestAttacksPool::initTestCase() {
    QVERIFY(tmp_.isValid());
    fx_ = noise_project(tmp_.path().toStdString(), 480, 240);
    project_ = Project::open(fx_.project);
    auto cfg = testing::small_config("mlp");
    cfg.epochs = 80; // memorise: the labels are noise
    cfg.lr = 0.01;
    cfg.hidden = 128;
    model_id_ = train_model(*project_, cfg, {}).model_id;
    ReferencePoolOptions o;
    o.k = 8;
    o.device = "cpu";
    const auto r = build_reference_pool(*project_, o, {});
    QVERIFY(r.complete);
    QCOMPARE(r.trained_now, 8);
    pool_id_ = r.pool_id;
}

void TestAttacksPool::membershipIsBalancedBySubject() {
    auto &lin = project_->lineage();
    const auto masks = reference_membership(lin, pool_id_);
    QCOMPARE(int64_t(masks.size()), lin.count_records());
    std::map<int64_t, std::string> by_record(masks.begin(), masks.end());
    for (const auto &[rid, m] : masks) {
        QCOMPARE(int(m.size()), 8);
        QCOMPARE(int(std::count(m.begin(), m.end(), '1')), 4); // IN for exactly K/2
    }
    for (const auto &r : lin.records("train"))
        if (r.subject_id)
            for (auto other : lin.record_ids_of_subject(*r.subject_id)) QCOMPARE(by_record[other], by_record[r.id]);
    // n_in of each model equals the records whose mask says IN.
    for (const auto &m : reference_models(lin, pool_id_)) {
        int64_t n = 0;
        for (const auto &[rid, mask] : masks) n += mask[size_t(m.idx)] == '1';
        QCOMPARE(m.n_in, n);
        QVERIFY(m.test_accuracy); // noise labels: about chance, by design
    }
}

void TestAttacksPool::poolIsReused() {
    ReferencePoolOptions o;
    o.k = 8;
    o.device = "cpu";
    const auto r = build_reference_pool(*project_, o, {});
    QCOMPARE(r.pool_id, pool_id_);
    QCOMPARE(r.trained_now, 0);
    QCOMPARE(r.reused, 8);
}

void TestAttacksPool::auditCarriesTheNewFields() {
    auto &lin = project_->lineage();
    AuditOptions a;
    a.model_id = model_id_;
    a.forget_ids = lin.record_ids_of_subject(lin.subject_id(fx_.subjects[11], false)); // 8 records
    a.device = "cpu";
    a.bootstrap.resamples = 100;
    const auto r = audit_model(*project_, a, {});
    const auto &s = r.summary;
    QVERIFY(s["references"]["used"].get<bool>());
    QCOMPARE(s["references"]["k"].get<int>(), 8);
    QVERIFY(s["references"]["config_matches_target"].get<bool>());
    for (const char *k : {"loss", "confidence", "lira_offline", "lira_online", "rmia", "class_threshold_modified_entropy"}) {
        QVERIFY2(s["mia"].contains(k), k);
        const auto &m = s["mia"][k];
        QVERIFY(m["auc_ci95"][0].get<double>() <= m["auc"].get<double>() + 1e-12);
        QVERIFY(m["auc_ci95"][1].get<double>() >= m["auc"].get<double>() - 1e-12);
        for (const char *f : {"tpr_at_1pct_fpr", "tpr_at_0_1pct_fpr", "tpr_at_0_01pct_fpr", "fpr_reached_at_0_01pct"})
            QVERIFY2(m.contains(f), f);
        QCOMPARE(m["n_members"].get<int>(), 8);
        QVERIFY(s["control"].contains(k));
    }
    QCOMPARE(s["mia"]["lira_offline"]["n_reference_models"].get<int>(), 8);
    QVERIFY(s["mia_efficacy"]["value"].get<double>() >= 0.0);
    QVERIFY(s["challenge"]["forgetting_quality_F"].get<double>() > 0.0);
    QCOMPARE(s["challenge"]["n_retrained_models"].get<int>(), 4);
    QCOMPARE(int(s["subjects"].size()), 1);
    QCOMPARE(s["subjects"][0]["subject"].get<std::string>(), fx_.subjects[11]);
    QVERIFY(s["verdict"].is_object());
    QCOMPARE(int(s["slices"]["by_class"].size()), 4);
    QVERIFY(s["most_exposed"]["records"].size() == 8);
    const auto csv = audit_attack_scores_csv(*project_, r.audit_id);
    QVERIFY(csv.rfind("record_id,set,subject,exposure,lira_offline,lira_online,rmia\n", 0) == 0);
    // The brief keeps the old fields.
    const auto b = audit_brief(s);
    QVERIFY(b["accuracy"].contains("forget") && b["mia"]["loss"].contains("tpr_at_1pct_fpr"));
    QVERIFY(!b["mia"]["loss"].contains("roc"));
}

void TestAttacksPool::verdictSeparatesRememberedFromRetrained() {
    // Forget a large subject group with retrain: the trained model should look
    // like it holds them more than the retrained one does.
    auto &lin = project_->lineage();
    std::vector<std::string> subs = {fx_.subjects[3], fx_.subjects[17], fx_.subjects[29], fx_.subjects[41]};
    std::vector<int64_t> ids;
    for (const auto &p : subs)
        for (auto id : lin.record_ids_of_subject(lin.subject_id(p, false))) ids.push_back(id);
    ForgetOptions fo;
    fo.selection.subjects = subs;
    fo.method = "retrain";
    fo.model_id = model_id_;
    fo.device = "cpu";
    fo.keep_input = true;
    fo.audit = false;
    const auto fr = forget(*project_, fo, {});
    AuditOptions a;
    a.forget_ids = ids;
    a.device = "cpu";
    a.bootstrap.resamples = 50;
    a.model_id = model_id_;
    const auto before = audit_model(*project_, a, {}).summary;
    a.model_id = fr.output_model_id;
    const auto after = audit_model(*project_, a, {}).summary;
    QVERIFY2(after["references"]["used"].get<bool>(), qPrintable(QString::fromStdString(after["references"].dump())));
    QVERIFY(before["references"]["used"].get<bool>());
    qInfo("accuracy forget %.3f retain %.3f test %.3f; loss AUC %.3f; z %s", before["accuracy"]["forget"].get<double>(),
          before["accuracy"]["retain"].get<double>(), before["accuracy"]["test"].get<double>(),
          before["mia"]["loss"]["auc"].get<double>(), before["subjects"].dump().c_str());
    // The retrained model shows lower LiRA exposure on the forget set than the one that trained on it.
    QVERIFY2(after["mia"]["lira_offline"]["auc"].get<double>() < before["mia"]["lira_offline"]["auc"].get<double>(),
             qPrintable(QString::number(after["mia"]["lira_offline"]["auc"].get<double>()) + QStringLiteral(" vs ") +
                        QString::number(before["mia"]["lira_offline"]["auc"].get<double>())));
    double zb = 0, za = 0;
    for (const auto &s : before["subjects"]) zb += s["z"].get<double>();
    for (const auto &s : after["subjects"]) za += s["z"].get<double>();
    QVERIFY(za < zb);
    for (const auto &s : after["subjects"]) QVERIFY(s["verdict"].get<std::string>() != "fail");
    // Members of the model that trained on them are separable; after retraining they are not.
    const auto &lb = before["mia"]["lira_offline"], &la = after["mia"]["lira_offline"];
    qInfo("LiRA offline AUC on the forget set: trained %.3f [%.3f, %.3f], retrained %.3f [%.3f, %.3f]",
          lb["auc"].get<double>(), lb["auc_ci95"][0].get<double>(), lb["auc_ci95"][1].get<double>(),
          la["auc"].get<double>(), la["auc_ci95"][0].get<double>(), la["auc_ci95"][1].get<double>());
    QVERIFY(lb["auc_ci95"][0].get<double>() > 0.75);
    QVERIFY(la["auc_ci95"][0].get<double>() < 0.5 + 0.1 && la["auc_ci95"][1].get<double>() > 0.5 - 0.1);
    QCOMPARE(before["verdict"]["case"].get<std::string>(), std::string("fail"));
    QVERIFY(after["verdict"]["case"].get<std::string>() != "fail");
}

void TestAttacksPool::refusesOddK() {
    ReferencePoolOptions o;
    o.k = 3;
    try {
        build_reference_pool(*project_, o, {});
        QFAIL("odd K accepted");
    } catch (const Error &e) {
        QCOMPARE(e.code(), ErrorCode::Usage);
    }
}

QTEST_GUILESS_MAIN(TestAttacksPool)
#include "test_attacks_pool.moc"
