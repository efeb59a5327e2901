// Per-record exposure and the reference attacks in the workbench and the
// report (issue 5): a tiny demo with a reference pool of K = 4 and a SISA
// forget job audited against it, made through the engine API in
// initTestCase. The exposure table against the audit's most_exposed, the
// control count against control_exposure, the slices, LiRA / RMIA in the ROC
// selector and legend, the record reaching the lineage browser's detail pane,
// the empty states, and the PDF's LiRA / RMIA rows and exposure table.
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "attack_scores.h"
#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "exposure_view.h"
#include "job_runner.h"
#include "lineage/lineage.h"
#include "lineage_browser.h"
#include "main_window.h"
#include "project/project.h"
#include "qcustomplot_wrap.h"
#include "record_detail.h"
#include "report.h"
#include "results_view.h"
#include "ui_fixture.h"
#include "verdict.h"
#include "verdict_panel.h"

using namespace lethe::ui;
using nlohmann::json;

class TstUiExposure : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString dir_;
    lethe::DemoResult demo_;
    qint64 job_id_ = 0;
    int k_ = 4;

    static QString pdfText(const QString &pdf) { return lethe::test::pdf_text(pdf); }
    // No white space, and the f-ligatures pdftotext may emit spelled out.
    static QString squeeze(QString s) {
        s.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
        s.replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"));
        s.replace(QChar(0xFB04), QStringLiteral("ffl"));
        return s.remove(QRegularExpression(QStringLiteral("\\s+")));
    }
    static QString text(QAbstractItemModel *m, int row, int col) { return m->index(row, col).data().toString(); }

private Q_SLOTS:
    void initTestCase() {
        lethe::test::isolate_settings();
        QSettings().clear();
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.filePath(QStringLiteral("proj"));
        demo_ = lethe::test::build_tiny_demo(dir_);
        QCOMPARE(int(demo_.models.size()), 2); // monolithic, then SISA
        auto project = lethe::Project::open(dir_.toStdString());
        lethe::ReferencePoolOptions po;
        po.k = k_;
        po.device = "cpu";
        po.model_id = demo_.models[1].model_id;
        const auto pool = lethe::build_reference_pool(*project, po, {});
        QVERIFY(pool.complete);
        lethe::ForgetOptions fo;
        fo.selection.subjects = {demo_.request_subject};
        fo.method = "sisa";
        fo.model_id = demo_.models[1].model_id;
        fo.device = "cpu";
        const auto r = lethe::forget(*project, fo, {});
        QVERIFY(r.before_audit_id && r.after_audit_id);
        job_id_ = r.job_id;
    }

    // The audits the rest relies on really ran with the pool.
    void auditsUsedThePool() {
        auto lin = lethe::Lineage::open(QDir(dir_).filePath(QStringLiteral("lineage.sqlite")).toStdString());
        const auto a = job_audits(*lin, job_id_);
        QVERIFY(a.before_id > 0 && a.after_id > a.before_id);
        QVERIFY2(a.after["references"].value("used", false), a.after["references"].dump().c_str());
        QCOMPARE(a.after["most_exposed"]["exposure"].get<std::string>(), std::string("lira_offline"));
        QCOMPARE(a.after["mia"]["lira_offline"]["n_reference_models"].get<int>(), k_);
        QVERIFY(a.after.contains("unlearning_test") && a.after.contains("challenge"));
    }

    void exposureTableFollowsTheAudit() {
        MainWindow w;
        w.setQuiet(true);
        w.show();
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.results()->showJob(job_id_));
        auto *ev = w.results()->exposureView();
        QTRY_VERIFY_WITH_TIMEOUT(!ev->isLoading(), 10000);
        const auto audits = job_audits(w.project()->lineage(), job_id_);
        const json &recs = audits.after["most_exposed"]["records"];
        QVERIFY(!recs.empty());

        // The rows are the audit's most_exposed records, in its order.
        auto *m = ev->recordTable()->model();
        QCOMPARE(m->rowCount(), int(recs.size()));
        for (int r = 0; r < m->rowCount(); ++r) {
            const json &e = recs[size_t(r)];
            QCOMPARE(text(m, r, ExposureTableModel::RankCol), QString::number(r + 1));
            QCOMPARE(text(m, r, ExposureTableModel::RecordCol), QString::number(e["record_id"].get<qint64>()));
            QCOMPARE(text(m, r, ExposureTableModel::SubjectCol),
                     QString::fromStdString(e["subject"].get<std::string>()));
            QCOMPARE(text(m, r, ExposureTableModel::ExposureCol), QString::number(e["exposure"].get<double>(), 'f', 3));
            QCOMPARE(text(m, r, ExposureTableModel::LiraOfflineCol),
                     QString::number(e["lira_offline_z"].get<double>(), 'f', 2));
            QCOMPARE(text(m, r, ExposureTableModel::RmiaCol), QString::number(e["rmia"].get<double>(), 'f', 3));
        }
        // With a pool the LiRA / RMIA columns show; the before column too (both audits exist).
        for (int c : {ExposureTableModel::LiraOfflineCol, ExposureTableModel::LiraOnlineCol,
                      ExposureTableModel::RmiaCol, ExposureTableModel::ExposureBeforeCol})
            QVERIFY(!ev->recordTable()->isColumnHidden(c));
        QVERIFY(ev->exposureNote()->text().contains(QStringLiteral("LiRA offline z")));
        QVERIFY(ev->exposureNote()->text().contains(QStringLiteral("%1 reference model(s)").arg(k_)));

        // What the summaries lack comes from the stored per-record scores: LiRA
        // online of the after-audit, the exposure of the before-audit.
        const auto after_scores = readAttackScores(w.project()->lineage(), audits.after_id);
        const auto before_scores = readAttackScores(w.project()->lineage(), audits.before_id);
        QVERIFY(!after_scores.isEmpty() && !before_scores.isEmpty());
        for (int r = 0; r < m->rowCount(); ++r) {
            const qint64 id = recs[size_t(r)]["record_id"].get<qint64>();
            QVERIFY(after_scores.contains(id) && before_scores.contains(id));
            QCOMPARE(text(m, r, ExposureTableModel::LiraOnlineCol),
                     QString::number(after_scores[id].lira_online, 'f', 2));
            QCOMPARE(text(m, r, ExposureTableModel::ExposureBeforeCol),
                     QString::number(before_scores[id].exposure, 'f', 3));
            QVERIFY(qAbs(after_scores[id].exposure - recs[size_t(r)]["exposure"].get<double>()) < 1e-6);
        }

        // The calibration check: where the records nobody trained on sit.
        int n_test = 0;
        for (auto it = after_scores.constBegin(); it != after_scores.constEnd(); ++it)
            n_test += it->set == QLatin1String("test");
        QVERIFY(n_test > 0);
        QVERIFY2(
            ev->exposureNote()->text().contains(QStringLiteral("Calibration check: the %1 test records").arg(n_test)),
            qPrintable(ev->exposureNote()->text()));

        // Sortable: by record id, then back by rank.
        ev->recordTable()->sortByColumn(ExposureTableModel::RecordCol, Qt::AscendingOrder);
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(text(m, r - 1, ExposureTableModel::RecordCol).toLongLong() <
                    text(m, r, ExposureTableModel::RecordCol).toLongLong());
        ev->recordTable()->sortByColumn(ExposureTableModel::LiraOnlineCol, Qt::DescendingOrder);
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, ExposureTableModel::LiraOnlineCol).data(ExposureTableModel::SortRole).toDouble() >=
                    m->index(r, ExposureTableModel::LiraOnlineCol).data(ExposureTableModel::SortRole).toDouble());
        ev->recordTable()->sortByColumn(ExposureTableModel::RankCol, Qt::AscendingOrder);
        QCOMPARE(text(m, 0, ExposureTableModel::RecordCol), QString::number(recs[0]["record_id"].get<qint64>()));

        // Selecting a record shows it in the lineage browser's detail pane; a double-click goes there.
        const qint64 second = recs[size_t(std::min<int>(1, m->rowCount() - 1))]["record_id"].get<qint64>();
        ev->recordTable()->selectRow(std::min(1, m->rowCount() - 1));
        QCOMPARE(w.browser()->detail()->recordId(), second);
        QCOMPARE(w.browser()->currentSubject(), QString::fromStdString(demo_.request_subject));
        Q_EMIT ev->recordActivated(recs[0]["record_id"].get<qint64>(), QString::fromStdString(demo_.request_subject));
        QCOMPARE(w.browser()->detail()->recordId(), recs[0]["record_id"].get<qint64>());
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.browser()));

        // Slices: every class and both correctness slices, with intervals, before beside after.
        const json &sl = audits.after["slices"];
        QCOMPARE(QString::fromStdString(sl["attack"].get<std::string>()), QStringLiteral("lira_offline"));
        auto *st = ev->sliceTable();
        QCOMPARE(st->rowCount(), int(sl["by_class"].size()) + 2);
        for (int r = 0; r < int(sl["by_class"].size()); ++r) {
            const json &x = sl["by_class"][size_t(r)];
            QCOMPARE(st->item(r, 1)->text(),
                     QStringLiteral("%1 / %2").arg(x["n_members"].get<qint64>()).arg(x["n_nonmembers"].get<qint64>()));
            if (x.contains("auc"))
                QVERIFY(st->item(r, 2)->text().startsWith(QString::number(x["auc"].get<double>(), 'f', 3) +
                                                          QStringLiteral(" [")));
        }
        const json &corr = sl["by_correctness"]["correct"];
        QCOMPARE(
            st->item(int(sl["by_class"].size()), 1)->text(),
            QStringLiteral("%1 / %2").arg(corr["n_members"].get<qint64>()).arg(corr["n_nonmembers"].get<qint64>()));
        QVERIFY(!st->isColumnHidden(4));
        QVERIFY(ev->slicePlot()->plottableCount() >= 2);

        // The control: "k of n retained records more exposed after unlearning", the flagged listed.
        const json &c = audits.after["control_exposure"];
        QVERIFY(c["n_compared"].get<qint64>() > 0);
        const QString count = QStringLiteral("%1 of %2 retained records more exposed after unlearning")
                                  .arg(c["n_flagged"].get<qint64>())
                                  .arg(c["n_compared"].get<qint64>());
        QVERIFY2(ev->controlLabel()->text().contains(count), qPrintable(ev->controlLabel()->text()));
        QCOMPARE(ev->controlTable()->rowCount(), int(c["flagged"].size()));
        for (int r = 0; r < ev->controlTable()->rowCount(); ++r) {
            QStringList ids;
            for (const auto &f : c["flagged"]) ids << QString::number(f["record_id"].get<qint64>());
            QVERIFY(ids.contains(ev->controlTable()->item(r, 0)->text()));
        }

        // The ROC selector lists the reference attacks; their legend carries n and K.
        auto *box = w.results()->statisticBox();
        for (const char *a : {"lira_offline", "lira_online", "rmia"}) QVERIFY2(box->findData(QLatin1String(a)) >= 0, a);
        QVERIFY(w.results()->setAttack(QStringLiteral("lira_offline")));
        auto *roc = w.results()->plot(ResultsView::RocPlot);
        const json &lo = audits.after["mia"]["lira_offline"];
        QCOMPARE(roc->graph(roc->graphCount() - 1)->data()->size(), int(lo["roc"].size()));
        const QString legend = roc->graph(roc->graphCount() - 1)->name();
        QVERIFY2(legend.contains(QStringLiteral("K = %1").arg(k_)), qPrintable(legend));
        QVERIFY(legend.contains(
            QStringLiteral("n = %1 vs %2").arg(lo["n_members"].get<qint64>()).arg(lo["n_nonmembers"].get<qint64>())));
        QVERIFY(w.results()->setAttack(QStringLiteral("rmia")));
        QVERIFY(roc->graph(roc->graphCount() - 1)->name().contains(QStringLiteral("K = %1").arg(k_)));
        // The slices follow the attack: RMIA's own, as the audit computed them.
        QCOMPARE(ev->sliceAttack(), QStringLiteral("rmia"));
        QVERIFY(audits.after["slices_by_attack"].contains("rmia"));
        QCOMPARE(audits.after["slices"]["attack"].get<std::string>(), std::string("lira_offline")); // the report's
        QVERIFY(ev->sliceTable()->rowCount() > 0);

        // The verdict panel's evidence: the per-example test and the challenge's F with its model counts.
        const QString ev_text = w.results()->verdictPanel()->details()->text();
        QVERIFY(ev_text.contains(QStringLiteral("forgetting quality F = %1")
                                     .arg(audits.after["challenge"]["forgetting_quality_F"].get<double>(), 0, 'f', 3)));
        QVERIFY(ev_text.contains(QStringLiteral("%1 retrained, 1 unlearned model(s)")
                                     .arg(audits.after["challenge"]["n_retrained_models"].get<qint64>())));
        QVERIFY(ev_text.contains(QStringLiteral("Reference pool")));
    }

    // Each empty state says why.
    void emptyStatesSayWhy() {
        auto lin = lethe::Lineage::open(QDir(dir_).filePath(QStringLiteral("lineage.sqlite")).toStdString());
        const auto a = job_audits(*lin, job_id_);
        ExposureView ev;
        ev.setLineage(lin.get(), true);
        QVERIFY(ev.exposureNote()->text().contains(QStringLiteral("No forget job")));
        ev.setJob(job_id_, json(), json(), 0, 0);
        QVERIFY(ev.exposureNote()->text().contains(QStringLiteral("no audits")));
        QCOMPARE(ev.recordTable()->model()->rowCount(), 0);

        // An audit without a pool: exposure is the loss percentile, the LiRA / RMIA columns go.
        json after = a.after;
        after["most_exposed"]["exposure"] = "loss_percentile";
        for (auto &e : after["most_exposed"]["records"]) {
            e.erase("lira_offline_z");
            e.erase("rmia");
        }
        after["references"] = {{"used", false}, {"reason", "no complete pool matches the model's config"}};
        ev.setJob(job_id_, json(), after, 0, 0);
        QVERIFY2(ev.exposureNote()->text().contains(QStringLiteral("No reference pool")),
                 qPrintable(ev.exposureNote()->text()));
        QVERIFY(ev.exposureNote()->text().contains(QStringLiteral("loss attack's percentile among test records")));
        QVERIFY(ev.recordTable()->isColumnHidden(ExposureTableModel::LiraOfflineCol));
        QVERIFY(ev.recordTable()->isColumnHidden(ExposureTableModel::RmiaCol));
        QVERIFY(ev.recordTable()->isColumnHidden(ExposureTableModel::ExposureBeforeCol)); // no before-audit
        QCOMPARE(ev.recordTable()->model()->rowCount(), int(after["most_exposed"]["records"].size()));
        QVERIFY(ev.controlLabel()->text().contains(QStringLiteral("retained records more exposed after unlearning")));

        // No before-audit to compare with: the control says so.
        after["control_exposure"]["compared_with_audit"] = nullptr;
        ev.setJob(job_id_, json(), after, 0, 0);
        QVERIFY(ev.controlLabel()->text().contains(QStringLiteral("No before-audit to compare with")));
        QVERIFY(!ev.controlTable()->isVisibleTo(&ev));

        // An audit from before issue 5.
        json old = a.after;
        for (const char *k : {"most_exposed", "slices", "control_exposure"}) old.erase(k);
        ev.setJob(job_id_, json(), old, 0, 0);
        QVERIFY(ev.exposureNote()->text().contains(QStringLiteral("from before issue 5")));
        QCOMPARE(ev.sliceTable()->isVisibleTo(&ev), false);
    }

    void reportShowsReferenceAttacksAndExposure() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.results()->showJob(job_id_));
        QSignalSpy exported(&w, &MainWindow::reportExported);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("pool.pdf"));
        QVERIFY2(w.exportReport(path), qPrintable(w.lastError()));
        QVERIFY2(exported.wait(60000), qPrintable(w.lastError()));
        const QString flat = squeeze(pdfText(path));
        QVERIFY2(!flat.isEmpty(), "pdftotext produced nothing");
        const auto a = job_audits(w.project()->lineage(), job_id_);
        // Metrics: the LiRA and RMIA rows with n and the reference model count beside the numbers.
        for (const char *att : {"lira_offline", "lira_online", "rmia"}) {
            const json &m = a.after["mia"][att];
            // The attack in words (its first line: pdftotext interleaves wrapped cells).
            QVERIFY2(flat.contains(squeeze(QStringLiteral("MIA: ") +
                                           attackWords(QLatin1String(att)).section(QStringLiteral(" ("), 0, 0))),
                     att);
            QVERIFY2(flat.contains(squeeze(QStringLiteral("AUC %1; TPR %2")
                                               .arg(m["auc"].get<double>(), 0, 'f', 3)
                                               .arg(m["tpr_at_1pct_fpr"].get<double>(), 0, 'f', 3))),
                     att);
            QVERIFY2(flat.contains(squeeze(QStringLiteral("n = %1 / %2; K = %3 reference models")
                                               .arg(m["n_members"].get<qint64>())
                                               .arg(m["n_nonmembers"].get<qint64>())
                                               .arg(k_))),
                     att);
        }
        // The attack table's K column.
        QVERIFY(flat.contains(QStringLiteral("referencemodels")));
        QVERIFY(flat.contains(QStringLiteral("K=%1").arg(k_)));
        // The per-example test and the challenge's F with the number of models.
        QVERIFY(
            flat.contains(squeeze(QStringLiteral("NeurIPS 2023 forgetting quality F = %1")
                                      .arg(a.after["challenge"]["forgetting_quality_F"].get<double>(), 0, 'f', 3))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("%1 retrained, 1 unlearned model(s)")
                                          .arg(a.after["challenge"]["n_retrained_models"].get<qint64>()))));
        QVERIFY(flat.contains(QStringLiteral("U-LiRAstyle")));
        // The most exposed records: heading, the first record's row, the control count.
        QVERIFY(flat.contains(QStringLiteral("Per-recordexposure")));
        QVERIFY(flat.contains(QStringLiteral("Mostexposedrecords")));
        // Each listed record's id, subject and exposure in the table (pdftotext may
        // interleave wrapped cells, so each is looked for on its own).
        const int from = int(flat.indexOf(QStringLiteral("Mostexposedrecords")));
        const QString table = flat.mid(from, flat.indexOf(QStringLiteral("Slices:"), from) - from);
        QVERIFY(table.contains(QStringLiteral("LiRAofflinez")) && table.contains(QStringLiteral("RMIA")));
        for (const auto &e : a.after["most_exposed"]["records"]) {
            QVERIFY2(table.contains(QString::number(e["record_id"].get<qint64>())), qPrintable(table));
            QVERIFY2(table.contains(QString::fromStdString(e["subject"].get<std::string>())), qPrintable(table));
            QVERIFY(table.contains(QString::number(e["exposure"].get<double>(), 'f', 3)));
            QVERIFY(table.contains(QString::number(e["lira_offline_z"].get<double>(), 'f', 2)));
        }
        QVERIFY(flat.contains(squeeze(ExposureView::controlCountText(a.after["control_exposure"]))));
        QVERIFY(flat.contains(QStringLiteral("Slices")));
    }

    // Issue 3's gap: an audit of the retrained reference model stored for the
    // job (`lethe audit --job N --reference M`) is overlaid on the accuracy
    // bars and the loss histograms, and gets its own column in the report.
    void overlaysTheRetrainedReference() {
        {
            auto project = lethe::Project::open(dir_.toStdString());
            auto &lin = project->lineage();
            const auto job = lin.job(job_id_);
            lethe::AuditOptions ao;
            ao.model_id = *job.output_model_id; // stands in for a retrained model: the overlay is what is tested
            for (auto id : lin.job_records(job_id_)) ao.forget_ids.push_back(id);
            ao.job_id = job_id_;
            ao.role = lethe::AuditRole::Reference;
            ao.device = "cpu";
            ao.use_references = false;
            ao.bootstrap.resamples = 20;
            lethe::audit_model(*project, ao, {});
        }
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.results()->showJob(job_id_));
        const auto a = job_audits(w.project()->lineage(), job_id_);
        QVERIFY(a.reference_id > a.after_id && a.reference.is_object());
        auto *acc = w.results()->plot(ResultsView::AccuracyPlot);
        QList<QCPBars *> bars;
        for (int i = 0; i < acc->plottableCount(); ++i)
            if (auto *b = qobject_cast<QCPBars *>(acc->plottable(i))) bars << b;
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars[2]->name(), QStringLiteral("retrained reference"));
        QCOMPARE(bars[2]->data()->at(1)->value, a.reference["accuracy"]["forget"].get<double>());
        auto *loss = w.results()->plot(ResultsView::LossPlot);
        QCOMPARE(loss->graphCount(), 5);
        QVERIFY(loss->graph(4)->name().startsWith(QStringLiteral("forget, retrained reference")));
        // The report's metrics get the reference's column, its forget accuracy in it.
        const auto d = collectReport(*w.project(), job_id_);
        const QString html = reportHtml(d);
        QVERIFY(html.contains(QStringLiteral("<th>retrained reference</th>")));
        QVERIFY(html.contains(QString::number(a.reference["accuracy"]["forget"].get<double>() * 100.0, 'f', 1) +
                              QLatin1Char('%')));
        // The exposure view still ranks by the after-audit.
        QCOMPARE(w.results()->exposureView()->recordTable()->model()->rowCount(),
                 int(a.after["most_exposed"]["records"].size()));
    }
};

QTEST_MAIN(TstUiExposure)
#include "test_ui_exposure.moc"
