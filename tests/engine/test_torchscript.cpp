// Models brought from PyTorch: a TorchScript file made during the test by
// Debian's python3-torch (/usr/bin/python3; the python3 on PATH may lack
// torch) is imported with planted data, audited, forgotten from (finetune,
// then retrain with PyTorch's default re-initialisation), and its predictions
// match Python's. Files that are not models, take another input shape or do
// not return logits are refused with a message and nothing written.
#include <QtTest>

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/error.h"
#include "data/dataset_file.h"
#include "fixtures.h"
#include "lineage/audit_queries.h"
#include "model/inspect.h"
#include "unlearn/registry.h"

using namespace lethe;
namespace fs = std::filesystem;

namespace {
// Writes model.pt (a small CNN trained on the train rows), logits.txt (its
// log-softmax on rows 0 5 100 479 480 639: "row v0 v1 v2 v3"), wrong_shape.pt
// (expects 28x28 inputs), not_logits.pt (returns a flat [batch*4] tensor) and
// not_a_model.pt.
const char *kPython = R"PY(
import sys, gzip, struct
import numpy as np, torch
torch.set_num_threads(2)
d = sys.argv[1]
img = gzip.open(d + '/images.idx.gz').read(); lab = gzip.open(d + '/labels.idx.gz').read()
n, h, w = struct.unpack('>III', img[4:16])
x = torch.tensor(np.frombuffer(img[16:], dtype=np.uint8).reshape(n, 1, h, w).astype(np.float32) / 255.0)
y = torch.tensor(np.frombuffer(lab[8:], dtype=np.uint8).astype(np.int64))
torch.manual_seed(0)
nn = torch.nn
net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 7 * 7, 4))
# Short training: accurate but not saturated (at loss exactly 0 in float32
# gradient ascent has no gradient to follow).
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for s in range(20):
    i = torch.randint(0, 480, (32,))
    opt.zero_grad(); nn.functional.cross_entropy(net(x[i]), y[i]).backward(); opt.step()
net.eval()
torch.jit.script(net).save(d + '/model.pt')
rows = [0, 5, 100, 479, 480, 639]
with torch.no_grad():
    lp = torch.log_softmax(net(x[rows]).double(), 1)
with open(d + '/logits.txt', 'w') as f:
    for r, v in zip(rows, lp.tolist()):
        f.write(str(r) + ' ' + ' '.join(repr(a) for a in v) + '\n')
torch.jit.script(nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 4))).save(d + '/wrong_shape.pt')
torch.jit.script(nn.Sequential(nn.Flatten(), nn.Linear(16 * 16, 4), nn.Flatten(0))).save(d + '/not_logits.pt')
open(d + '/not_a_model.pt', 'w').write('this is not a model\n')
# Finite on the import's 4-record check, NaN for the first record of any
# larger batch: what a diverged model's overflowing logits look like.
# (TorchScript needs the class's source in a file.)
open(d + '/nanmod.py', 'w').write("""
import torch
class NanOnLargeBatches(torch.nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner
    def forward(self, x):
        y = self.inner(x)
        if x.size(0) > 4:
            y = y.clone()
            y[0, 0] = float('nan')
        return y
""")
sys.path.insert(0, d)
from nanmod import NanOnLargeBatches
torch.jit.script(NanOnLargeBatches(net)).save(d + '/nan_outputs.pt')
# The model of issue 13: two Linear layers, whose second TorchScript mangles
# (linear.___torch_mangle_0.Linear), on 64 tabular features, 10 classes.
g = torch.Generator().manual_seed(1)
centres = torch.randn(10, 64, generator=g) * 2
ty = torch.arange(200) % 10
tx = centres[ty] + torch.randn(200, 64, generator=g)
seq = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
opt = torch.optim.SGD(seq.parameters(), lr=0.05, weight_decay=1e-3)
for s in range(60):
    opt.zero_grad(); nn.functional.cross_entropy(seq(tx[:160]), ty[:160]).backward(); opt.step()
torch.jit.script(seq.eval()).save(d + '/seq64.pt')
with open(d + '/tab64.csv', 'w') as f:
    f.write(','.join('f%d' % j for j in range(64)) + ',label\n')
    for i in range(200):
        f.write(','.join(repr(float(v)) for v in tx[i].tolist()) + ',' + str(int(ty[i])) + '\n')
with open(d + '/tab64-manifest.csv', 'w') as f:
    f.write('record_id,subject,label,split,row\n')
    for i in range(200):
        f.write('row-%03d,p%02d,%d,%s,%d\n' % (i, i % 20, int(ty[i]), 'train' if i < 160 else 'test', i))
)PY";

std::string error_of(const std::function<void()> &f, ErrorCode *code) {
    try {
        f();
    } catch (const Error &e) {
        *code = e.code();
        return e.what();
    }
    return {};
}
} // namespace

class TestTorchScript : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    std::string dir;
    testing::Fixture fx;
    bool have_files = false;

    ImportOptions import_options(const std::string &model) const {
        ImportOptions io;
        io.manifest = dir + "/manifest.csv";
        io.data = dir + "/images.idx.gz";
        io.labels = dir + "/labels.idx.gz";
        io.format = "idx";
        io.model = model;
        return io;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp.isValid());
        dir = tmp.path().toStdString();
        fx = testing::make_project(dir); // writes images, labels and manifest (and a project we do not use)
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kPython), QString::fromStdString(dir)});
        QVERIFY2(py.waitForFinished(60000), "python3-torch did not finish");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        have_files = fs::exists(dir + "/model.pt") && fs::exists(dir + "/logits.txt");
        QVERIFY(have_files);
    }

    void import_audit_forget() {
        auto p = Project::create(dir + "/ts");
        const auto r = import_dataset(*p, import_options(dir + "/model.pt"));
        QVERIFY(r.model_id.has_value());
        QCOMPARE(r.n_classes, 4);
        QCOMPARE(r.records, int64_t(fx.n_train + fx.n_test));
        const auto row = p->lineage().model(*r.model_id);
        QCOMPARE(row.arch, std::string("torchscript"));
        QCOMPARE(row.origin, ModelOrigin::Trained);
        QCOMPARE(row.kind, ModelKind::Monolithic);
        QCOMPARE(row.spec.at("n_classes").get<int>(), 4);
        QCOMPARE(row.spec.at("input_shape").get<std::vector<int64_t>>(), (std::vector<int64_t>{1, 16, 16}));
        QVERIFY(fs::exists(p->resolve(row.path)));
        QVERIFY(row.run_id.has_value());
        QCOMPARE(int64_t(p->lineage().placements(*row.run_id).size()), int64_t(fx.n_train));
        QVERIFY(row.test_accuracy.value_or(0) > 0.9);

        // Predictions equal Python's (records are row + 1).
        std::ifstream in(dir + "/logits.txt");
        std::vector<int64_t> ids;
        std::vector<double> want;
        for (std::string line; std::getline(in, line);) {
            std::istringstream ls(line);
            int64_t rowi;
            ls >> rowi;
            ids.push_back(rowi + 1);
            for (int c = 0; c < 4; ++c) {
                double v;
                ls >> v;
                want.push_back(v);
            }
        }
        QCOMPARE(ids.size(), size_t(6));
        const auto got = model_log_probs(*p, *r.model_id, ids);
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::abs(got[i] - want[i]) < 1e-5,
                     qPrintable(QStringLiteral("log-prob %1: lethe %2, python %3").arg(i).arg(got[i]).arg(want[i])));

        // Audit.
        AuditOptions a;
        a.model_id = *r.model_id;
        a.device = "cpu";
        a.forget_ids = p->lineage().record_ids_of_subject(p->lineage().subject_id("s012", false));
        const auto au = audit_model(*p, a, {});
        QVERIFY(au.audit_id > 0);
        QVERIFY(au.summary.contains("mia"));

        // Finetune forget: a new version, the import's file purged, its parameters changed.
        const auto before = model_parameters(*p, *r.model_id);
        ForgetOptions f;
        f.selection.subjects = {"s012"};
        f.method = "finetune";
        f.model_id = *r.model_id;
        f.device = "cpu";
        const auto fr = forget(*p, f, {});
        QVERIFY(fr.output_model_id > *r.model_id);
        QVERIFY(fr.after_audit_id.has_value());
        const auto out = p->lineage().model(fr.output_model_id);
        QCOMPARE(out.arch, std::string("torchscript"));
        QCOMPARE(out.origin, ModelOrigin::Unlearned);
        QCOMPARE(p->lineage().model(*r.model_id).state, ArtifactState::Purged);
        QVERIFY(!fs::exists(p->resolve(row.path)));
        const auto after = model_parameters(*p, fr.output_model_id);
        QCOMPARE(after.size(), before.size());
        double diff = 0;
        for (size_t i = 0; i < after.size(); ++i) diff += std::abs(after[i] - before[i]);
        QVERIFY(diff > 0);
        QVERIFY(out.test_accuracy.value_or(0) > 0.9);

        // Retrain (sequential, from the purged import's successor): PyTorch's default init, said so.
        ForgetOptions rt;
        rt.selection.subjects = {"s011"};
        rt.method = "retrain";
        rt.model_id = fr.output_model_id;
        rt.device = "cpu";
        rt.audit = false;
        const auto rr = forget(*p, rt, {});
        QVERIFY2(rr.note.find("kaiming_uniform") != std::string::npos, rr.note.c_str());
        QVERIFY2(rr.note.find("Conv2d x1") != std::string::npos && rr.note.find("Linear x1") != std::string::npos,
                 rr.note.c_str());
        QCOMPARE(p->lineage().model(rr.output_model_id).arch, std::string("torchscript"));
        QVERIFY(model_log_probs(*p, rr.output_model_id, ids).size() == 24);
        QVERIFY(verify_project(*p).ok);
    }

    // Every registered method on an imported model (issue 4: "works for every
    // name on an imported TorchScript model"). Each forgets subject s012 from
    // the same import (keep_input) and must give a live torchscript version
    // whose parameters differ from the import's (exact methods: a retrain),
    // with test accuracy above 0.5 (chance is 0.25; the import has > 0.9).
    // sisa needs an ensemble and says so; amnesiac needs an update log, which
    // an import has not: it says so, and works on the same architecture
    // trained by Lethe with record_updates (lethe train --arch torchscript).
    void every_method_on_import() {
        auto p = Project::create(dir + "/ts-all");
        const auto r = import_dataset(*p, import_options(dir + "/model.pt"));
        QVERIFY(r.model_id.has_value());
        const auto base = model_parameters(*p, *r.model_id);
        auto options = [&](const std::string &method, int64_t model_id) {
            ForgetOptions f;
            f.selection.subjects = {"s012"};
            f.method = method;
            f.model_id = model_id;
            f.device = "cpu";
            f.keep_input = true;
            f.audit = false;
            return f;
        };
        int ran = 0;
        for (const auto &m : unlearning_methods()) {
            const std::string name = m.name;
            if (m.needs_sisa || m.needs_update_log) {
                ErrorCode code = ErrorCode::Internal;
                const std::string msg = error_of([&] { forget(*p, options(name, *r.model_id), {}); }, &code);
                // The wrong method for this kind of model is a usage error;
                // a model without the data a method needs is bad input.
                QVERIFY2(code == (m.needs_sisa ? ErrorCode::Usage : ErrorCode::BadInput), (name + ": " + msg).c_str());
                QVERIFY2(msg.find(m.needs_sisa ? "ensemble" : "update log") != std::string::npos,
                         (name + ": " + msg).c_str());
                continue;
            }
            ForgetResult fr;
            try {
                fr = forget(*p, options(name, *r.model_id), {});
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QString::fromStdString(name + ": " + e.what())));
            }
            const auto out = p->lineage().model(fr.output_model_id);
            QCOMPARE(out.arch, std::string("torchscript"));
            QCOMPARE(out.state, ArtifactState::Live);
            QCOMPARE(out.parent_model_id.value_or(0), *r.model_id);
            const auto after = model_parameters(*p, fr.output_model_id);
            QCOMPARE(after.size(), base.size());
            QVERIFY2(after != base, (name + ": " + fr.details.dump()).c_str());
            QVERIFY2(out.test_accuracy.value_or(0) > 0.5, qPrintable(QStringLiteral("%1: test accuracy %2")
                                                                         .arg(QString::fromStdString(name))
                                                                         .arg(out.test_accuracy.value_or(0))));
            ++ran;
        }
        QCOMPARE(ran, int(unlearning_methods().size()) - 2);

        // amnesiac: Lethe trains the imported architecture itself, recording updates.
        TrainConfig tc = testing::small_config("torchscript");
        tc.epochs = 3;
        tc.record_updates = true;
        const auto trained = train_model(*p, tc, {});
        QCOMPARE(p->lineage().model(trained.model_id).arch, std::string("torchscript"));
        const auto fr = forget(*p, options("amnesiac", trained.model_id), {});
        QVERIFY(fr.details["0"]["updates_subtracted"].get<int>() > 0);
        QVERIFY(model_parameters(*p, fr.output_model_id) != model_parameters(*p, trained.model_id));
        QVERIFY(verify_project(*p).ok);
    }

    // certified on exactly the scripted nn.Sequential(Linear(64, 64), ReLU(),
    // Linear(64, 10)) of issue 13, on a CSV dataset with string record ids.
    void certified_on_a_scripted_sequential() {
        auto p = Project::create(dir + "/ts-seq");
        ImportOptions io;
        io.manifest = dir + "/tab64-manifest.csv";
        io.data = dir + "/tab64.csv";
        io.model = dir + "/seq64.pt";
        const auto r = import_dataset(*p, io);
        QVERIFY(r.model_id.has_value());
        QCOMPARE(r.n_classes, 10);
        const auto base = model_parameters(*p, *r.model_id);
        ForgetOptions f;
        f.selection.subjects = {"p03"};
        f.method = "certified";
        f.model_id = *r.model_id;
        f.device = "cpu";
        f.audit = false;
        ForgetResult fr;
        try {
            fr = forget(*p, f, {});
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        const auto out = p->lineage().model(fr.output_model_id);
        QCOMPARE(out.arch, std::string("torchscript"));
        QCOMPARE(out.state, ArtifactState::Live);
        QVERIFY(model_parameters(*p, fr.output_model_id) != base);
        QVERIFY2(out.test_accuracy.value_or(0) > 0.5, qPrintable(QString::number(out.test_accuracy.value_or(0))));
        QVERIFY(verify_project(*p).ok);
    }

    // The owner's recipe (issue 13): checked, stored with the imported
    // model's run and hashed; retrain and `train --arch torchscript` follow
    // it; the log names its hash.
    void recipe_is_stored_and_followed() {
        const std::string recipe = dir + "/recipe.json";
        const std::string text = R"({"optimizer": "adam", "lr": 0.003, "lr_schedule": {"step": 1, "gamma": 0.5},
                                     "batch_size": 20, "epochs": 2, "seed": 11, "weight_decay": 0.0001})";
        std::ofstream(recipe) << text;
        const std::string sha =
            QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256).toHex().toStdString();
        auto p = Project::create(dir + "/ts-recipe");
        ImportOptions io;
        io.manifest = dir + "/tab64-manifest.csv";
        io.data = dir + "/tab64.csv";
        io.model = dir + "/seq64.pt";
        io.recipe = recipe;
        const auto r = import_dataset(*p, io);
        auto &lin = p->lineage();
        auto follows_recipe = [&](int64_t model_id) {
            const auto row = lin.model(model_id);
            QVERIFY(row.run_id.has_value());
            const auto cfg = TrainConfig::from_json(lin.run(*row.run_id).config);
            QCOMPARE(cfg.optimizer, std::string("adam"));
            QCOMPARE(cfg.lr, 0.003);
            QCOMPARE(cfg.lr_schedule, std::string("step"));
            QCOMPARE(cfg.lr_step_epochs, 1.0);
            QCOMPARE(cfg.lr_gamma, 0.5);
            QCOMPARE(cfg.batch_size, 20);
            QCOMPARE(cfg.epochs, 2.0);
            QCOMPARE(cfg.seed, uint64_t(11));
            QCOMPARE(cfg.weight_decay, 0.0001);
            QCOMPARE(cfg.momentum, 0.0); // PyTorch's default: the recipe set none
            QCOMPARE(cfg.recipe_sha256, sha);
        };
        follows_recipe(*r.model_id);
        // A reference pool of the imported model trains by its recipe too.
        ReferencePoolOptions po;
        po.k = 2;
        po.model_id = *r.model_id;
        po.device = "cpu";
        const auto pool = build_reference_pool(*p, po, {});
        const auto pcfg = TrainConfig::from_json(reference_pool(p->lineage(), pool.pool_id).config);
        QCOMPARE(pcfg.optimizer, std::string("adam"));
        QCOMPARE(pcfg.batch_size, 20);
        QCOMPARE(pcfg.recipe_sha256, sha);
        bool logged = false;
        for (const auto &e : lin.log_entries())
            if (e.action == "model.imported")
                logged = nlohmann::json::parse(e.payload_json).value("recipe_sha256", "") == sha;
        QVERIFY(logged);

        ForgetOptions rt;
        rt.selection.subjects = {"p03"};
        rt.method = "retrain";
        rt.model_id = *r.model_id;
        rt.device = "cpu";
        rt.audit = false;
        rt.keep_input = true;
        follows_recipe(forget(*p, rt, {}).output_model_id);

        auto tc = testing::small_config("torchscript");
        tc.lr = 0.01;
        tc.given = {"lr"}; // lethe train --lr 0.01: the one field the user set
        const auto tr = train_model(*p, tc, {});
        const auto cfg = TrainConfig::from_json(lin.run(lin.model(tr.model_id).run_id.value()).config);
        QCOMPARE(cfg.optimizer, std::string("adam"));
        QCOMPARE(cfg.epochs, 2.0);
        QCOMPARE(cfg.batch_size, 20);
        QCOMPARE(cfg.lr, 0.01);
        QCOMPARE(cfg.recipe_sha256, sha);
        QVERIFY(verify_project(*p).ok);
    }

    void bad_recipes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("not json") << QStringLiteral("{\"lr\": ") << QStringLiteral("not JSON");
        QTest::newRow("unknown key") << QStringLiteral(
                                            R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"nesterov":true})")
                                     << QStringLiteral("unknown key 'nesterov'");
        QTest::newRow("negative lr") << QStringLiteral(R"({"optimizer":"sgd","lr":-5,"epochs":1,"batch_size":8})")
                                     << QStringLiteral("'lr' is -5");
        QTest::newRow("optimizer") << QStringLiteral(R"({"optimizer":"rmsprop","lr":0.1,"epochs":1,"batch_size":8})")
                                   << QStringLiteral("'optimizer' must be");
        QTest::newRow("no epochs") << QStringLiteral(R"({"optimizer":"sgd","lr":0.1})")
                                   << QStringLiteral("lacks 'epochs', 'batch_size'");
        QTest::newRow("key twice") << QStringLiteral(R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"lr":1})")
                                   << QStringLiteral("the key 'lr' is given twice");
        QTest::newRow("step of 0")
            << QStringLiteral(R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"lr_schedule":{"step":0}})")
            << QStringLiteral("'lr_schedule.step' is 0");
        QTest::newRow("seed") << QStringLiteral(R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"seed":-1})")
                              << QStringLiteral("'seed' must be a whole number from 0, not -1");
        QTest::newRow("schedule")
            << QStringLiteral(R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"lr_schedule":"warm"})")
            << QStringLiteral("'lr_schedule' must be");
        QTest::newRow("fractional batch")
            << QStringLiteral(R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8.5})")
            << QStringLiteral("whole number");
    }
    void bad_recipes() {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        const std::string recipe = dir + "/bad-recipe.json";
        std::ofstream(recipe, std::ios::trunc) << text.toStdString();
        const std::string pdir = dir + "/bad-recipe-" + std::string(QTest::currentDataTag());
        { auto p = Project::create(pdir); }
        const auto files_before = testing::list_files(pdir);
        auto p = Project::open(pdir);
        ImportOptions io;
        io.manifest = dir + "/tab64-manifest.csv";
        io.data = dir + "/tab64.csv";
        io.model = dir + "/seq64.pt";
        io.recipe = recipe;
        ErrorCode code = ErrorCode::Internal;
        const std::string msg = error_of([&] { import_dataset(*p, io); }, &code);
        QVERIFY2(code == ErrorCode::BadInput, msg.c_str());
        QVERIFY2(msg.rfind(recipe + ": ", 0) == 0, msg.c_str());
        QVERIFY2(msg.find(phrase.toStdString()) != std::string::npos, msg.c_str());
        QVERIFY(p->lineage().datasets().empty());
        p.reset();
        QCOMPARE(testing::list_files(pdir), files_before);
    }

    // The schedule against its closed forms, and the trainer's second SGD
    // step against a hand computation: a full-batch logistic regression takes
    // one step (W1), then a run of two steps with the rate halved after one
    // epoch must end at W1 - lr/2 * grad(W1), the gradient of the mean
    // cross-entropy computed here in double from the IDX bytes.
    void schedule_follows_its_closed_form() {
        TrainConfig c;
        c.lr = 0.2;
        c.lr_schedule = "cosine";
        QCOMPARE(c.lr_at(0, 10, 0.1), 0.2);
        QVERIFY(std::abs(c.lr_at(5, 10, 0.1) - 0.1) < 1e-12);
        QVERIFY(std::abs(c.lr_at(10, 10, 0.1)) < 1e-12);
        c.lr_schedule = "step";
        c.lr_step_epochs = 2;
        c.lr_gamma = 0.1;
        QCOMPARE(c.lr_at(19, 100, 0.1), 0.2);                     // epoch 1.9
        QVERIFY(std::abs(c.lr_at(20, 100, 0.1) - 0.02) < 1e-12);  // epoch 2.0
        QVERIFY(std::abs(c.lr_at(45, 100, 0.1) - 0.002) < 1e-12); // epoch 4.5

        auto p = Project::open(fx.project);
        auto cfg = testing::small_config("logreg");
        cfg.batch_size = fx.n_train; // full batch: the order of records does not matter
        cfg.momentum = 0;
        cfg.weight_decay = 0;
        cfg.lr = 0.5;
        cfg.lr_schedule = "step";
        cfg.lr_step_epochs = 1;
        cfg.lr_gamma = 0.5;
        cfg.epochs = 1;
        const auto w1 = model_parameters(*p, train_model(*p, cfg, {}).model_id);
        cfg.epochs = 2;
        const auto w2 = model_parameters(*p, train_model(*p, cfg, {}).model_id);
        const RawDataset raw = read_idx(dir + "/images.idx.gz", dir + "/labels.idx.gz");
        const int64_t f = raw.record_size(), k = 4;
        QCOMPARE(int64_t(w1.size()), k * f + k);
        std::vector<double> grad(w1.size(), 0.0);
        for (int64_t i = 0; i < fx.n_train; ++i) {
            std::vector<double> z(size_t(k), 0.0);
            for (int64_t c2 = 0; c2 < k; ++c2) {
                double v = w1[size_t(k * f + c2)];
                for (int64_t j = 0; j < f; ++j)
                    v += w1[size_t(c2 * f + j)] * double(float(raw.u8[size_t(i * f + j)]) / 255.0f);
                z[size_t(c2)] = v;
            }
            const double m = *std::max_element(z.begin(), z.end());
            double sum = 0;
            for (auto &v : z) sum += (v = std::exp(v - m));
            for (int64_t c2 = 0; c2 < k; ++c2) {
                const double g = (z[size_t(c2)] / sum - (raw.labels[size_t(i)] == c2 ? 1.0 : 0.0)) / double(fx.n_train);
                for (int64_t j = 0; j < f; ++j)
                    grad[size_t(c2 * f + j)] += g * double(float(raw.u8[size_t(i * f + j)]) / 255.0f);
                grad[size_t(k * f + c2)] += g;
            }
        }
        double worst = 0;
        for (size_t i = 0; i < w1.size(); ++i)
            worst = std::max(worst, std::abs(double(w2[i]) - (double(w1[i]) - 0.25 * grad[i])));
        QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
    }

    void train_torchscript_needs_an_import() {
        auto p = Project::open(fx.project); // the fixture's project: no imported model
        ErrorCode code = ErrorCode::Internal;
        const auto jobs_before = p->lineage().jobs().size();
        const std::string msg = error_of([&] { train_model(*p, testing::small_config("torchscript"), {}); }, &code);
        QVERIFY2(code == ErrorCode::BadInput, msg.c_str());
        QVERIFY2(msg.find("lethe import --model") != std::string::npos, msg.c_str());
        QCOMPARE(p->lineage().jobs().size(), jobs_before); // refused before any job row
    }

    // The audit refuses a model with NaN outputs, naming it and the first
    // record, and stores nothing (NaN has no order; the attacks sort scores).
    void audit_refuses_nan_outputs() {
        auto p = Project::create(dir + "/ts-nan");
        const auto r = import_dataset(*p, import_options(dir + "/nan_outputs.pt"));
        QVERIFY(r.model_id.has_value());
        AuditOptions a;
        a.model_id = *r.model_id;
        a.device = "cpu";
        a.forget_ids = p->lineage().record_ids_of_subject(p->lineage().subject_id("s012", false));
        ErrorCode code = ErrorCode::Internal;
        const std::string msg = error_of([&] { audit_model(*p, a, {}); }, &code);
        QVERIFY2(code == ErrorCode::BadInput, msg.c_str());
        QVERIFY2(msg.find("model " + std::to_string(*r.model_id) + " gives NaN outputs") != std::string::npos,
                 msg.c_str());
        QVERIFY2(msg.find("(first: record ") != std::string::npos, msg.c_str());
        QVERIFY(p->lineage().audits(std::nullopt).empty());
    }

    void bad_inputs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("not a model") << QStringLiteral("not_a_model.pt") << QStringLiteral("not a TorchScript model");
        QTest::newRow("wrong input shape")
            << QStringLiteral("wrong_shape.pt")
            << QStringLiteral("forward fails on the dataset's input of shape [4, 1, 16, 16]");
        QTest::newRow("not logits") << QStringLiteral("not_logits.pt") << QStringLiteral("not logits");
    }
    void bad_inputs() {
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        const std::string model = dir + "/" + file.toStdString();
        const std::string pdir = dir + "/bad-" + file.toStdString();
        { auto p = Project::create(pdir); }
        const auto files_before = testing::list_files(pdir);
        auto p = Project::open(pdir);
        ErrorCode code = ErrorCode::Internal;
        const std::string msg = error_of([&] { import_dataset(*p, import_options(model)); }, &code);
        QVERIFY2(code == ErrorCode::BadInput, msg.c_str());
        QVERIFY2(msg.find(model) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find(phrase.toStdString()) != std::string::npos, msg.c_str());
        QVERIFY(p->lineage().datasets().empty());
        QVERIFY(p->lineage().models().empty());
        p.reset();
        QCOMPARE(testing::list_files(pdir), files_before);
    }
};

QTEST_GUILESS_MAIN(TestTorchScript)
#include "test_torchscript.moc"
