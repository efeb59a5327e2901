// The reference pool and the audit that uses it, end to end on tiny planted
// data: balanced IN/OUT membership stored per record (a subject's records
// together), reuse across audits, the new summary fields (intervals, LiRA,
// RMIA, MIA-Efficacy, per-subject verdicts, control), and the verdict on a
// model that trained on the subject against one that never did.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/error.h"
#include "core/hash.h"
#include "error_of.h"
#include "fixtures.h"
#include "lineage/audit_queries.h"

using namespace lethe;
namespace fs = std::filesystem;

class TestAttacksPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void membershipIsBalancedBySubject();
    void poolIsReused();
    void poolPrefixIsABalancedPool();
    void auditCarriesTheNewFields();
    void verdictSeparatesRememberedFromRetrained();
    void refusesOddK();
    // Erasure and the pool (a second, tiny project; in order).
    void erasurePurgesTheModelsThatSawTheSubject();
    void auditSaysWhyThePoolIsNotUsed();
    void rebuildRetrainsOnlyThePurgedWithTheErasedOut();
    void olderErasureIsPurgedByTheNextBuild();
    void deferredPurgeServesItsCaseOnly();

private:
    QTemporaryDir tmp_;
    testing::Fixture fx_;
    std::unique_ptr<Project> project_;
    int64_t model_id_ = 0, pool_id_ = 0;

    QTemporaryDir etmp_;
    std::unique_ptr<Project> ep_; // the erasure project
    int64_t e_pool_ = 0, e_job_ = 0, e_out_model_ = 0;
    std::vector<int64_t> e_forgot_;
    std::string e_masks_before_;                      // every record's mask before the forget, in id order
    std::map<int, std::vector<std::string>> e_files_; // idx -> [path, sha256, ...] of the first generation
    std::set<int> e_in_;                              // slots IN for the forgotten subject

    // A fresh audit of the erasure's output model (forget set: the erased
    // records unless with_forget is false), with few bootstrap resamples.
    AuditOptions erased_model_audit(bool with_forget = true) const {
        AuditOptions a;
        a.model_id = e_out_model_;
        if (with_forget) a.forget_ids = e_forgot_;
        a.device = "cpu";
        a.bootstrap.resamples = 20;
        return a;
    }
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
        m << (i + 1) << "," << s << "," << labels[size_t(i)] << "," << (i < n_train ? "train" : "test") << "," << i
          << "\n";
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

// Nested halves: models 2j and 2j + 1 split every unit between them, so the
// first 2m models are a balanced pool of their own (each record IN for m),
// and an audit on such a prefix sees m IN and m OUT models per record.
void TestAttacksPool::poolPrefixIsABalancedPool() {
    auto &lin = project_->lineage();
    for (const auto &[rid, m] : reference_membership(lin, pool_id_)) {
        for (size_t j = 0; j + 1 < m.size(); j += 2) QVERIFY(m[j] != m[j + 1]);
        for (int half = 1; half <= 4; ++half) QCOMPARE(int(std::count(m.begin(), m.begin() + 2 * half, '1')), half);
    }
    std::mt19937_64 rng(5);
    int in_first = 0;
    for (int i = 0; i < 2000; ++i) in_first += nested_halves_mask(2, rng)[0] == '1';
    QVERIFY(in_first > 900 && in_first < 1100); // each side of a pair at random (3.1 sd of 1000 is 71)
    AuditOptions a;
    a.model_id = model_id_;
    a.forget_ids = lin.record_ids_of_subject(lin.subject_id(fx_.subjects[11], false));
    a.device = "cpu";
    a.bootstrap.resamples = 0;
    for (int k : {2, 4}) {
        a.pool_models = k;
        const auto s = audit_model(*project_, a, {}).summary;
        QCOMPARE(s["references"]["k"].get<int>(), k);
        QCOMPARE(s["references"]["pool_k"].get<int>(), 8);
        QCOMPARE(s["references"]["n_in_min"].get<int>(), k / 2);
        QCOMPARE(s["references"]["n_out_min"].get<int>(), k / 2);
        QCOMPARE(int(s["references"]["models"].size()), k);
        QCOMPARE(s["mia"]["lira_offline"]["n_reference_models"].get<int>(), k);
    }
    a.pool_models = 3;
    ErrorCode code = ErrorCode::Internal;
    QVERIFY(!testing::error_of([&] { audit_model(*project_, a, {}); }, &code).isEmpty());
    QCOMPARE(code, ErrorCode::Usage);
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
    for (const char *k :
         {"loss", "confidence", "lira_offline", "lira_online", "rmia", "class_threshold_modified_entropy"}) {
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
    // Slices of every attack with a score per record; the primary's are "slices".
    QCOMPARE(s["slices_by_attack"]["lira_offline"], s["slices"]);
    for (const char *k : {"loss", "confidence", "entropy", "class_threshold_confidence", "lira_offline", "rmia"}) {
        QVERIFY2(s["slices_by_attack"].contains(k), k);
        const auto &sl = s["slices_by_attack"][k];
        QCOMPARE(sl["attack"].get<std::string>(), std::string(k));
        int members = 0;
        for (const auto &c : sl["by_class"]) {
            members += c["n_members"].get<int>();
            if (!c.contains("auc")) continue;
            const double auc = c["auc"].get<double>();
            QVERIFY(auc >= 0.0 && auc <= 1.0);
            QVERIFY(c["auc_ci95"][0].get<double>() <= auc + 1e-12 && c["auc_ci95"][1].get<double>() >= auc - 1e-12);
        }
        QCOMPARE(members, s["mia"][k]["n_members"].get<int>()); // the classes partition the forget set
        QCOMPARE(sl["by_correctness"]["correct"]["n_members"].get<int>() +
                     sl["by_correctness"]["incorrect"]["n_members"].get<int>(),
                 members);
    }
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
    // The job's own before and after audits: the erasure purges the reference
    // models that trained on these subjects, so only the job's audits (the
    // after-audit runs before the purge) still see the whole pool.
    ForgetOptions fo;
    fo.selection.subjects = subs;
    fo.method = "retrain";
    fo.model_id = model_id_;
    fo.device = "cpu";
    fo.keep_input = true;
    fo.audit = true;
    const auto fr = forget(*project_, fo, {});
    QVERIFY(fr.before_audit_id && fr.after_audit_id);
    QVERIFY(fr.purged_reference_models >= 4); // at least the 4 IN models of one subject
    const auto before = lin.audit(*fr.before_audit_id).summary;
    const auto after = lin.audit(*fr.after_audit_id).summary;
    QCOMPARE(int(before["n"]["forget"].get<int64_t>()), int(ids.size()));
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

namespace {
std::vector<int64_t> subject_records(Lineage &lin, const std::string &pseudonym) {
    return lin.record_ids_of_subject(lin.subject_id(pseudonym, false));
}
} // namespace

void TestAttacksPool::erasurePurgesTheModelsThatSawTheSubject() {
    // Planted data, 120 training records, logistic regression, K = 4: seconds.
    QVERIFY(etmp_.isValid());
    const auto f = testing::make_project(etmp_.path().toStdString(), 120, 40);
    ep_ = Project::open(f.project);
    auto &lin = ep_->lineage();
    const int64_t model = train_model(*ep_, testing::small_config("logreg"), {}).model_id;
    ReferencePoolOptions o;
    o.k = 4;
    o.device = "cpu";
    const auto built = build_reference_pool(*ep_, o, {});
    QCOMPARE(built.trained_now, 4);
    e_pool_ = built.pool_id;
    for (const auto &[rid, m] : reference_membership(lin, e_pool_)) e_masks_before_ += m;
    for (const auto &m : reference_models(lin, e_pool_)) {
        for (const auto &fl : m.files) {
            e_files_[m.idx].push_back(fl.at("path").get<std::string>());
            e_files_[m.idx].push_back(fl.at("sha256").get<std::string>());
        }
        e_files_[m.idx].push_back(m.scores_path);
        e_files_[m.idx].push_back(m.scores_sha256);
    }
    e_forgot_ = subject_records(lin, "s007"); // 7 records
    std::map<int64_t, std::string> masks;
    for (const auto &[rid, m] : reference_membership(lin, e_pool_)) masks[rid] = m;
    for (int k = 0; k < 4; ++k)
        if (masks[e_forgot_[0]][size_t(k)] == '1') e_in_.insert(k);
    QCOMPARE(int(e_in_.size()), 2);

    ForgetOptions fo;
    fo.selection.subjects = {"s007"};
    fo.method = "retrain";
    fo.model_id = model;
    fo.device = "cpu";
    const auto fr = forget(*ep_, fo, {});
    e_job_ = fr.job_id;
    e_out_model_ = fr.output_model_id;
    QCOMPARE(fr.purged_reference_models, int64_t(2));

    // The after-audit used the whole pool (its evidence, power included), before the purge.
    const auto after = lin.audit(*fr.after_audit_id).summary;
    QVERIFY2(after["references"]["used"].get<bool>(), after["references"].dump().c_str());
    QCOMPARE(int(after["references"]["models"].size()), 4);
    for (const auto &m : after["references"]["models"])
        QCOMPARE(m["scores_sha256"].get<std::string>(), e_files_[m["idx"].get<int>()].back());
    QVERIFY(after["subjects"][0]["z_if_remembered"].is_number());
    QVERIFY(!after["references"].contains("unavailable"));

    // IN models: rows purged by the job, files and folder gone, each deletion logged.
    std::set<std::pair<int, int>> logged;
    for (const auto &e : lin.log_entries())
        if (e.action == "artifact.purged") {
            const auto p = nlohmann::json::parse(e.payload_json);
            if (p.value("table", "") == "reference_models" && p["job_id"] == e_job_)
                logged.insert({p["pool_id"].get<int>(), p["idx"].get<int>()});
        }
    for (const auto &m : reference_models(lin, e_pool_, true)) {
        const auto &files = e_files_[m.idx];
        if (e_in_.count(m.idx)) {
            QCOMPARE(QString::fromLatin1(to_string(m.state)), QStringLiteral("purged"));
            QCOMPARE(m.purge_job_id.value_or(0), e_job_);
            for (size_t i = 0; i < files.size(); i += 2)
                QVERIFY2(!fs::exists(ep_->resolve(files[i])), files[i].c_str());
            QVERIFY(
                !fs::exists(ep_->resolve("references/pool" + std::to_string(e_pool_) + "/m" + std::to_string(m.idx))));
            QVERIFY(logged.count({int(e_pool_), m.idx}));
        } else {
            QCOMPARE(QString::fromLatin1(to_string(m.state)), QStringLiteral("live"));
            for (size_t i = 0; i < files.size(); i += 2)
                QCOMPARE(QString::fromStdString(sha256_file(ep_->resolve(files[i]))),
                         QString::fromStdString(files[i + 1]));
        }
    }
    QCOMPARE(int(logged.size()), 2);
    // The job's purge decision lists them, in the forget.done entry.
    bool listed = false;
    for (const auto &e : lin.log_entries())
        if (e.action == "forget.done") {
            const auto payload = nlohmann::json::parse(e.payload_json);
            for (const auto &p : payload.at("purge")) listed = listed || p.contains("reference_model");
        }
    QVERIFY(listed);
    const auto v = verify_project(*ep_);
    QVERIFY2(v.ok, v.first_failure.c_str());
}

void TestAttacksPool::auditSaysWhyThePoolIsNotUsed() {
    QVERIFY(ep_);
    auto a = erased_model_audit();
    const auto s = audit_model(*ep_, a, {}).summary;
    QVERIFY(!s["references"]["used"].get<bool>());
    const auto reason = QString::fromStdString(s["references"]["reason"].get<std::string>());
    const QString want =
        QStringLiteral("reference pool %1 lost 2 of 4 models to erasure job %2").arg(e_pool_).arg(e_job_);
    QVERIFY2(reason.contains(want) && reason.contains(QStringLiteral("lethe references build --k 4 --seed 101")),
             qPrintable(reason));
    // An explicit --pool is refused with the same reason.
    a.pool_id = e_pool_;
    try {
        audit_model(*ep_, a, {});
        QFAIL("an incomplete pool was used");
    } catch (const Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(want), e.what());
    }
    const auto pools = reference_pools_json(*ep_);
    QCOMPARE(pools[0]["models_done"].get<int>(), 2);
    QCOMPARE(pools[0]["models_purged"].get<int>(), 2);
    QCOMPARE(pools[0]["state"].get<std::string>(), std::string("building"));
}

void TestAttacksPool::rebuildRetrainsOnlyThePurgedWithTheErasedOut() {
    QVERIFY(ep_);
    auto &lin = ep_->lineage();
    ReferencePoolOptions o; // same K and seed; the config of the newest live model (the input was purged)
    o.k = 4;
    o.device = "cpu";
    const auto r = build_reference_pool(*ep_, o, {});
    QCOMPARE(r.pool_id, e_pool_);
    QCOMPARE(r.trained_now, 2);
    QCOMPARE(r.reused, 2);
    QCOMPARE(r.erased_records, int64_t(e_forgot_.size()));
    QVERIFY(r.complete);
    // Erased records are OUT for all K; every other mask is as it was.
    const std::set<int64_t> forgot(e_forgot_.begin(), e_forgot_.end());
    size_t pos = 0;
    for (const auto &[rid, m] : reference_membership(lin, e_pool_)) {
        if (forgot.count(rid))
            QCOMPARE(QString::fromStdString(m), QStringLiteral("0000"));
        else
            QCOMPARE(QString::fromStdString(m), QString::fromStdString(e_masks_before_.substr(pos, 4)));
        pos += 4;
    }
    for (const auto &m : reference_models(lin, e_pool_)) {
        QCOMPARE(QString::fromLatin1(to_string(m.state)), QStringLiteral("live"));
        if (e_in_.count(m.idx)) {
            QCOMPARE(m.gen, 1); // retrained, in a folder of its own
            QVERIFY(m.scores_path.find("/m" + std::to_string(m.idx) + "-g1/") != std::string::npos);
        } else {
            QCOMPARE(m.gen, 0); // reused untouched
            QCOMPARE(QString::fromStdString(m.scores_sha256), QString::fromStdString(e_files_[m.idx].back()));
        }
    }
    {
        const auto v = verify_project(*ep_);
        QVERIFY2(v.ok, v.first_failure.c_str());
    }
    // An audit of the erased subject now uses the pool: offline LiRA against K
    // OUT models; online LiRA and the power need IN models, which no longer
    // exist: reported unavailable, and the subject cannot pass.
    auto a = erased_model_audit();
    const auto s = audit_model(*ep_, a, {}).summary;
    QVERIFY2(s["references"]["used"].get<bool>(), s["references"].dump().c_str());
    QVERIFY(s["mia"].contains("lira_offline"));
    QVERIFY(!s["mia"].contains("lira_online"));
    QVERIFY(s["control"].contains("lira_online")); // retained records still have IN models
    QCOMPARE(s["references"]["unavailable"]["lira_online"]["n_forget_without_in"].get<int>(), int(e_forgot_.size()));
    QCOMPARE(s["unlearning_test"]["n_reference_models_out_min"].get<int>(), 2); // the test records: K/2 OUT
    QVERIFY(s["subjects"][0]["z_if_remembered"].is_null());
    QVERIFY(s["subjects"][0]["verdict"].get<std::string>() != "pass");
    QVERIFY(QString::fromStdString(s["verdict"]["reasons"].dump())
                .contains(QStringLiteral("power of the test is unavailable")));
    // A second build reuses everything.
    const auto again = build_reference_pool(*ep_, o, {});
    QCOMPARE(again.trained_now, 0);
    QCOMPARE(again.reused, 4);
}

void TestAttacksPool::olderErasureIsPurgedByTheNextBuild() {
    // A project whose forget ran before erasures purged reference models: a
    // live model whose mask still says it trained on an erased record.
    QVERIFY(ep_);
    auto &lin = ep_->lineage();
    {
        auto tx = lin.begin();
        sql::Stmt st(lin.db(), "UPDATE reference_membership SET in_mask='0100' WHERE pool_id=? AND record_id=?");
        st.bind(1, e_pool_).bind(2, e_forgot_[0]).run();
        tx->commit();
    }
    auto a = erased_model_audit();
    const auto s = audit_model(*ep_, a, {}).summary;
    QVERIFY(!s["references"]["used"].get<bool>());
    const auto reason = QString::fromStdString(s["references"]["reason"].get<std::string>());
    QVERIFY2(
        reason.contains(QStringLiteral("model 1 trained on record %1, erased by job %2").arg(e_forgot_[0]).arg(e_job_)),
        qPrintable(reason));
    ReferencePoolOptions o;
    o.k = 4;
    o.device = "cpu";
    const auto r = build_reference_pool(*ep_, o, {});
    QCOMPARE(r.purged_before_rebuild, 1);
    QCOMPARE(r.trained_now, 1);
    QCOMPARE(r.reused, 3);
    for (const auto &[rid, m] : reference_membership(lin, e_pool_))
        if (rid == e_forgot_[0]) QCOMPARE(QString::fromStdString(m), QStringLiteral("0000"));
    QVERIFY(audit_model(*ep_, a, {}).summary["references"]["used"].get<bool>());
    const auto v = verify_project(*ep_);
    QVERIFY2(v.ok, v.first_failure.c_str());
}

void TestAttacksPool::deferredPurgeServesItsCaseOnly() {
    // lethe investigate: every job of a case audits against the full pool; the
    // last one purges. In between, only audits of that case may use the pool.
    QVERIFY(ep_);
    auto &lin = ep_->lineage();
    RequestRow req;
    req.case_ref = "CASE-1";
    req.subject_id = lin.subject_id("s003", false);
    req.received_at = "2026-01-01T00:00:00Z";
    req.ground = "art17_1_a";
    req.deadline_at = "2026-02-01T00:00:00Z";
    req.status = CaseStatus::Open;
    int64_t rid = 0;
    {
        auto tx = lin.begin();
        rid = lin.insert_request(req);
        tx->commit();
    }
    ForgetOptions fo;
    fo.selection.subjects = {"s003"};
    fo.method = "retrain";
    fo.model_id = e_out_model_;
    fo.device = "cpu";
    fo.request_id = rid;
    fo.keep_input = true;
    fo.purge_reference_models = false;
    const auto first = forget(*ep_, fo, {});
    QCOMPARE(first.purged_reference_models, int64_t(0));
    QVERIFY(lin.audit(*first.after_audit_id).summary["references"]["used"].get<bool>());
    // A standalone audit may not use models that trained on the erased subject.
    auto a = erased_model_audit(false);
    const auto s = audit_model(*ep_, a, {}).summary;
    QVERIFY(!s["references"]["used"].get<bool>());
    QVERIFY2(QString::fromStdString(s["references"]["reason"].get<std::string>())
                 .contains(QStringLiteral("left the purge to a later job of its case")),
             s["references"].dump().c_str());
    // The last job of the case audits with the full pool, then purges.
    fo.purge_reference_models = true;
    fo.keep_input = false;
    const auto last = forget(*ep_, fo, {});
    QVERIFY(lin.audit(*last.before_audit_id).summary["references"]["used"].get<bool>());
    QVERIFY(lin.audit(*last.after_audit_id).summary["references"]["used"].get<bool>());
    QCOMPARE(last.purged_reference_models, int64_t(2));
    const auto ids = subject_records(lin, "s003");
    for (const auto &[pid, mask] : reference_masks_of_records(lin, ids))
        for (const auto &m : reference_models(lin, pid)) // the current row of each slot
            QVERIFY2(mask[size_t(m.idx)] == '0',
                     qPrintable(QStringLiteral("slot %1 still trained on s003").arg(m.idx)));
    const auto v = verify_project(*ep_);
    QVERIFY2(v.ok, v.first_failure.c_str());
}

QTEST_GUILESS_MAIN(TestAttacksPool)
#include "test_attacks_pool.moc"
