// SISA: placement, determinism, and exact forgetting against retraining.
#include <QtTest>

#include <filesystem>
#include <map>
#include <set>

#include "core/error.h"
#include "core/hash.h"
#include "fixtures.h"
#include "model/inspect.h"

using namespace lethe;
namespace fs = std::filesystem;

class TestSisa : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subjectShardingKeepsSubjectsTogether();
    void randomShardingIsEvenAndSeeded();
    void stageEpochsSumToTotal();
    void trainingOrderStreamIsSplitMix64();
    void sameSeedSameWeights();
    void sisaForgetEqualsRetrain();
    void retrainMonolithicPurgesInput();
    void forgetRefusesBadSelections();
    void sisaNeedsAnEnsemble();
};

void TestSisa::subjectShardingKeepsSubjectsTogether() {
    std::vector<RecordOwner> rs;
    std::map<int64_t, int64_t> size;
    int64_t id = 1;
    for (int s = 1; s <= 60; ++s)
        for (int k = 0; k < 1 + (s * 7) % 23; ++k) {
            rs.push_back({id++, s});
            size[s]++;
        }
    for (int k = 0; k < 15; ++k) rs.push_back({id++, std::nullopt}); // records without a subject
    const auto ps = plan_placements(rs, 5, 3, "subject", 1);
    QCOMPARE(ps.size(), rs.size());
    std::map<int64_t, int64_t> owner;
    for (const auto &r : rs)
        if (r.subject_id) owner[r.record_id] = *r.subject_id;
    std::map<int64_t, std::set<std::pair<int, int>>> where; // subject -> {(shard, slice)}
    std::vector<int64_t> fill(5, 0);
    std::set<int64_t> seen;
    for (const auto &p : ps) {
        QVERIFY(seen.insert(p.record_id).second); // each record placed once
        QVERIFY(p.shard >= 0 && p.shard < 5 && p.slice >= 0 && p.slice < 3);
        fill[size_t(p.shard)]++;
        if (owner.count(p.record_id)) where[owner[p.record_id]].insert({p.shard, p.slice});
    }
    for (const auto &[s, places] : where) QCOMPARE(int(places.size()), 1); // one shard, one slice
    // Greedy balance: no shard is heavier than the lightest by more than the largest subject.
    const auto [mn, mx] = std::minmax_element(fill.begin(), fill.end());
    int64_t largest = 0;
    for (auto &[s, n] : size) largest = std::max(largest, n);
    QVERIFY(*mx - *mn <= largest);
    QVERIFY(plan_placements(rs, 5, 3, "subject", 1).size() == ps.size());
}

void TestSisa::randomShardingIsEvenAndSeeded() {
    std::vector<RecordOwner> rs;
    for (int i = 1; i <= 1000; ++i) rs.push_back({i, i % 7});
    const auto a = plan_placements(rs, 4, 5, "random", 11), b = plan_placements(rs, 4, 5, "random", 11),
               c = plan_placements(rs, 4, 5, "random", 12);
    std::vector<int> per(4, 0), per_slice(20, 0);
    for (const auto &p : a) {
        per[size_t(p.shard)]++;
        per_slice[size_t(p.shard * 5 + p.slice)]++;
    }
    for (int n : per) QCOMPARE(n, 250);
    for (int n : per_slice) QCOMPARE(n, 50);
    bool same = true, differ = false;
    for (size_t i = 0; i < a.size(); ++i) {
        same = same && a[i].record_id == b[i].record_id && a[i].shard == b[i].shard;
        differ = differ || a[i].record_id != c[i].record_id;
    }
    QVERIFY(same);
    QVERIFY(differ);
}

void TestSisa::stageEpochsSumToTotal() {
    // Stage r trains on r/R of the shard for 2e/(R+1) epochs: total = e epochs of the shard.
    for (int R : {1, 2, 4, 7}) {
        TrainConfig c;
        c.slices = R;
        c.epochs = 3;
        double total = 0;
        for (int r = 1; r <= R; ++r) total += double(r) / R * c.stage_epochs();
        QVERIFY(std::abs(total - 3.0) < 1e-12);
    }
}

// The training order's stream is written down (docs/lineage-format.md) for
// other front ends: checked against Vigna's published splitmix64.c outputs
// from state 0, and the shuffle against a hand-run Fisher-Yates.
void TestSisa::trainingOrderStreamIsSplitMix64() {
    lethe::SplitMix64 rng(0);
    QCOMPARE(rng.next(), 0xe220a8397b1dcdafULL);
    QCOMPARE(rng.next(), 0x6e789e6aa1b965f4ULL);
    QCOMPARE(rng.next(), 0x06c45d188009454fULL);
    std::vector<int> v = {0, 1, 2, 3, 4};
    lethe::SplitMix64 a(42), b(42);
    lethe::seeded_shuffle(v, a);
    std::vector<int> w = {0, 1, 2, 3, 4};
    for (size_t i = 5; i > 1; --i) std::swap(w[i - 1], w[size_t(b.next() % i)]);
    QVERIFY(v == w);
    QVERIFY(v != std::vector<int>({0, 1, 2, 3, 4}));
}

void TestSisa::sameSeedSameWeights() {
    QTemporaryDir t1, t2;
    const auto f1 = testing::make_project(t1.path().toStdString(), 200, 40);
    const auto f2 = testing::make_project(t2.path().toStdString(), 200, 40);
    auto p1 = Project::open(f1.project), p2 = Project::open(f2.project);
    const auto cfg = testing::small_config("cnn", 2, 2);
    const auto m1 = train_model(*p1, cfg, {}), m2 = train_model(*p2, cfg, {});
    const auto w1 = model_parameters(*p1, m1.model_id), w2 = model_parameters(*p2, m2.model_id);
    QVERIFY(!w1.empty());
    QVERIFY(w1 == w2); // bit for bit
    auto other = cfg;
    other.seed = 4;
    const auto m3 = train_model(*p1, other, {});
    QVERIFY(model_parameters(*p1, m3.model_id) != w1);
    // The model learned the planted task (chance is 0.25).
    QVERIFY2(m1.test_accuracy > 0.5, qPrintable(QString::number(m1.test_accuracy)));
}

void TestSisa::sisaForgetEqualsRetrain() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 360, 60);
    auto p = Project::open(f.project);
    const auto cfg = testing::small_config("mlp", 3, 3);
    const auto base = train_model(*p, cfg, {});
    const std::string subject = "s012"; // 12 records
    // Truth: retrain the ensemble from scratch without the subject's records.
    ForgetOptions ro;
    ro.selection.subjects = {subject};
    ro.method = "retrain";
    ro.model_id = base.model_id;
    ro.device = "cpu";
    ro.audit = false;
    ro.keep_input = true; // keep the input ensemble for the SISA run below
    const auto retrained = forget(*p, ro, {});
    QCOMPARE(int(retrained.shards_retrained.size()), 3);
    // SISA: only the subject's shard, from its last clean checkpoint.
    ForgetOptions so = ro;
    so.method = "sisa";
    so.keep_input = false;
    so.audit = true;
    const auto sisa = forget(*p, so, {});
    QCOMPARE(int(sisa.shards_retrained.size()), 1);
    QCOMPARE(sisa.forgotten_records, int64_t(12));
    QVERIFY(sisa.output_model_id != base.model_id);
    const auto wr = model_parameters(*p, retrained.output_model_id);
    const auto ws = model_parameters(*p, sisa.output_model_id);
    QCOMPARE(wr.size(), ws.size());
    QVERIFY2(wr == ws, "SISA forgetting must equal retraining without the records, bit for bit");

    // The new ensemble's lineage holds none of the subject's records.
    auto &lin = p->lineage();
    const auto out = lin.model(sisa.output_model_id);
    const auto ids = lin.record_ids_of_subject(lin.subject_id(subject, false));
    const std::set<int64_t> gone(ids.begin(), ids.end());
    for (const auto &pl : lin.placements(*out.run_id)) QVERIFY(!gone.count(pl.record_id));
    // Purge: the input's checkpoints that saw the subject are gone from disk and marked.
    const auto in = lin.model(base.model_id);
    QCOMPARE(QString::fromLatin1(to_string(in.state)), QStringLiteral("purged"));
    int purged = 0, live = 0;
    for (const auto &cp : lin.checkpoints(*in.run_id)) {
        const bool saw = [&] {
            for (auto id : stage_records(lin.placements(*in.run_id), cp.shard, cp.stage))
                if (gone.count(id)) return true;
            return false;
        }();
        if (saw) {
            QCOMPARE(QString::fromLatin1(to_string(cp.state)), QStringLiteral("purged"));
            QVERIFY(!fs::exists(p->resolve(cp.path)));
            ++purged;
        } else {
            QCOMPARE(QString::fromLatin1(to_string(cp.state)), QStringLiteral("live"));
            QVERIFY(fs::exists(p->resolve(cp.path)));
            ++live;
        }
    }
    QVERIFY(purged >= 1);
    QVERIFY(live >= 6); // two untouched shards of three stages each
    // The retrain (keeping only the input's final shard files) purged the
    // stale intermediate checkpoints; the SISA job purged the rest.
    QVERIFY(retrained.purged_checkpoints >= 1);
    QCOMPARE(sisa.purged_checkpoints + retrained.purged_checkpoints, int64_t(purged));
    // The purge is logged, and the project verifies.
    int logged = 0;
    for (const auto &e : lin.log_entries()) logged += e.action == "artifact.purged";
    QVERIFY(logged >= purged);
    const auto v = verify_project(*p);
    QVERIFY2(v.ok, v.first_failure.c_str());
    // Audits before and after were stored with the job.
    QVERIFY(sisa.before_audit_id && sisa.after_audit_id);
    const auto after = lin.audit(*sisa.after_audit_id);
    QCOMPARE(after.summary["n"]["forget"].get<int>(), 12);
    // A purged model cannot be used again.
    bool refused = false;
    try {
        forget(*p, so, {});
    } catch (const Error &e) {
        refused = QString::fromUtf8(e.what()).contains(QStringLiteral("purged"));
    }
    QVERIFY(refused);
}

void TestSisa::retrainMonolithicPurgesInput() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 120, 40);
    auto p = Project::open(f.project);
    const auto base = train_model(*p, testing::small_config("logreg"), {});
    const auto in = p->lineage().model(base.model_id);
    const std::string input_file = p->resolve(in.path);
    QVERIFY(fs::exists(input_file));
    ForgetOptions o;
    o.selection.subjects = {"s005"};
    o.method = "retrain";
    o.device = "cpu";
    const auto r = forget(*p, o, {});
    QCOMPARE(QString::fromLatin1(to_string(p->lineage().model(base.model_id).state)), QStringLiteral("purged"));
    QVERIFY(!fs::exists(input_file));
    QCOMPARE(QString::fromLatin1(to_string(p->lineage().model(r.output_model_id).origin)), QStringLiteral("reference"));
    QVERIFY(verify_project(*p).ok);
}

void TestSisa::forgetRefusesBadSelections() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 60, 20);
    auto p = Project::open(f.project);
    const auto base = train_model(*p, testing::small_config("logreg", 2, 1), {});
    auto &lin = p->lineage();
    const auto log0 = lin.log_entries().size();
    const auto jobs0 = lin.jobs().size();
    const auto files0 = testing::list_files(f.project + "/checkpoints");
    auto refused = [&](ForgetOptions o, const char *needle, ErrorCode want) {
        o.device = "cpu";
        o.model_id = base.model_id;
        try {
            forget(*p, o, {});
        } catch (const Error &e) {
            return QString::fromUtf8(e.what()).contains(QString::fromUtf8(needle)) && e.code() == want;
        }
        return false;
    };
    ForgetOptions o;
    o.method = "sisa";
    o.selection.subjects = {"nobody"};
    QVERIFY(refused(o, "unknown subject 'nobody'", ErrorCode::BadInput));
    o.selection = {};
    o.selection.query = "split = test"; // records that were never trained on
    QVERIFY(refused(o, "was not trained on any of the", ErrorCode::BadInput));
    o.selection.query = "split = train";
    QVERIFY(refused(o, "covers every training record", ErrorCode::BadInput));
    o.selection = {};
    QVERIFY(refused(o, "nothing selected", ErrorCode::Usage));
    o.selection.records_file = f.dir + "/ids.txt";
    testing::write_bytes(o.selection.records_file, "3\n# comment\n99999\n");
    QVERIFY(refused(o, "record '99999' is not in the project", ErrorCode::BadInput));
    testing::write_bytes(o.selection.records_file, "3\nabc\n");
    QVERIFY(refused(o, "ids.txt:2: record 'abc' is not in the project", ErrorCode::BadInput));
    o.selection.records_file = f.dir + "/missing.txt";
    QVERIFY(refused(o, "missing.txt: cannot be read", ErrorCode::BadInput));
    o.selection = {};
    o.selection.subjects = {"s001"};
    o.method = "lobotomy";
    QVERIFY(refused(o, "unknown method 'lobotomy'", ErrorCode::Usage));
    // Nothing was written by any of the refusals.
    QCOMPARE(lin.log_entries().size(), log0);
    QCOMPARE(lin.jobs().size(), jobs0);
    QVERIFY(testing::list_files(f.project + "/checkpoints") == files0);
    // Once a subject is forgotten from every live model, the default model
    // choice says so instead of offering another model or method.
    ForgetOptions once;
    once.method = "sisa";
    once.device = "cpu";
    once.audit = false;
    once.selection.subjects = {"s001"};
    forget(*p, once, {});
    try {
        forget(*p, once, {});
        QFAIL("a second erasure of the same subject was accepted");
    } catch (const Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("they are forgotten from every model")), e.what());
        QCOMPARE(e.code(), ErrorCode::BadInput);
    }
}

void TestSisa::sisaNeedsAnEnsemble() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 40, 8);
    auto p = Project::open(f.project);
    const auto base = train_model(*p, testing::small_config("logreg"), {});
    ForgetOptions o;
    o.selection.subjects = {"s002"};
    o.method = "sisa";
    o.model_id = base.model_id;
    o.device = "cpu";
    bool ok = false;
    try {
        forget(*p, o, {});
    } catch (const Error &e) {
        ok = e.code() == ErrorCode::Usage &&
             QString::fromUtf8(e.what()).contains(QStringLiteral("needs a SISA ensemble"));
    }
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestSisa)
#include "test_sisa.moc"
