// A forget job from the main window: progress observed, throttled, the event
// loop kept free; cancel and errors; the plots' data; plot export; the PDF
// report checked with pdftotext; the headless lethe-report.
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <optional>
#include <set>

#include "audit/reference_pool.h"
#include "case_report.h"
#include "cases_panel.h"
#include "core/error.h"
#include "exposure_view.h"
#include "job_runner.h"
#include "jobs/cases.h"
#include "jobs/evidence.h"
#include "lineage/browse.h"
#include "main_window.h"
#include "method_params_editor.h"
#include "project/project.h"
#include "qcustomplot_wrap.h"
#include "reference_pool_dialog.h"
#include "results_view.h"
#include "run_panel.h"
#include "selection_basket.h"
#include "settings_dialog.h"
#include "ui_fixture.h"
#include "unlearn/registry.h"
#include "verdict.h"
#include "verdict_panel.h"
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>

using namespace lethe::ui;
using nlohmann::json;

class TstUiJob : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString dir_;
    lethe::DemoResult demo_;
    qint64 job_id_ = 0;

    static QString pdfText(const QString &pdf) { return lethe::test::pdf_text(pdf); }
    static QString squeeze(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

private Q_SLOTS:
    void initTestCase() {
        lethe::test::isolate_settings();
        qputenv("LETHE_LOG_DIR", QDir(tmp_.path()).filePath(QStringLiteral("logs")).toUtf8());
        QSettings().clear();
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.filePath(QStringLiteral("proj"));
        demo_ = lethe::test::build_tiny_demo(dir_);
    }

    // The throttle, deterministically: a task reporting every millisecond
    // for 0.6 s reaches the GUI at most ~20 times a second.
    void throttlesProgress() {
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy finished(&runner, &JobRunner::finished);
        int64_t sent = -1; // the task's own value, typed, through its completion callback
        QVERIFY(runner.start(
            QStringLiteral("busy"),
            [](const lethe::RunControl &rc) {
                QElapsedTimer t;
                t.start();
                int64_t i = 0;
                while (t.elapsed() < 600) {
                    rc.check_cancel();
                    rc.report({"spinning", ++i, 0, double(t.elapsed()) / 600.0});
                    QThread::usleep(1000);
                }
                return i;
            },
            [&sent](int64_t reports) { sent = reports; }));
        QVERIFY(!runner.start(QStringLiteral("second"), [](const lethe::RunControl &) { return 0; }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("busy"));
        QVERIFY(sent > 100);            // the engine side really was chatty
        QVERIFY(progress.count() >= 5); // and the GUI heard it
        QVERIFY2(progress.count() <= 14, qPrintable(QString::number(progress.count()))); // <= ~20/s
        const auto last = progress.last().at(0).value<JobProgress>();
        QCOMPARE(last.stage, QStringLiteral("spinning"));
        QVERIFY(last.elapsed_s > 0.3);
    }

    // The bar is the job: the engine's job-wide fraction passes through even
    // when the stage has a count of its own; a typed result and the error
    // callback reach the GUI thread.
    void reportsJobWideProgressAndTypedResults() {
        JobRunner runner;
        runner.setProgressInterval(0);
        QSignalSpy progress(&runner, &JobRunner::progress);
        struct Outcome {
            int answer = 0;
            std::string words;
        };
        std::optional<Outcome> got;
        QVERIFY(runner.start(
            QStringLiteral("typed"),
            [](const lethe::RunControl &rc) {
                rc.report({"second stage", 5, 10, 0.75});
                return Outcome{42, "forty-two"};
            },
            [&got](Outcome o) { got = std::move(o); }));
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE(got->answer, 42);
        QCOMPARE(got->words, std::string("forty-two"));
        QVERIFY(progress.count() >= 1);
        const auto p = progress.first().at(0).value<JobProgress>();
        QCOMPARE(p.fraction, 0.75); // not 5 / 10
        QCOMPARE(p.done, qint64(5));
        QCOMPARE(p.total, qint64(10));
        QString message;
        bool was_cancel = true, done_called = false;
        QVERIFY(runner.start(
            QStringLiteral("failing"),
            [](const lethe::RunControl &) -> int { throw lethe::Error(lethe::ErrorCode::BadInput, "x.csv: bad"); },
            [&done_called](int) { done_called = true; },
            [&](const QString &m, int, bool cancelled) {
                message = m;
                was_cancel = cancelled;
            }));
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 5000);
        QCOMPARE(message, QStringLiteral("x.csv: bad"));
        QVERIFY(!was_cancel);
        QVERIFY(!done_called);
    }

    void cancelsARunningTask() {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy finished(&runner, &JobRunner::finished);
        // Cancel on the first progress signal: the task must stop at its next check.
        connect(&runner, &JobRunner::progress, &runner, &JobRunner::cancel);
        QElapsedTimer t;
        t.start();
        runner.start(QStringLiteral("endless"), [](const lethe::RunControl &rc) {
            for (int64_t i = 0;; ++i) {
                rc.check_cancel();
                rc.report({"batch", i, 0, 0.0});
                QThread::usleep(2000);
            }
            return 0;
        });
        QVERIFY(cancelled.wait(5000));
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!runner.isRunning());
    }

    void turnsExceptionsIntoErrorSignals() {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(QStringLiteral("bad"), [](const lethe::RunControl &) -> json {
            throw lethe::Error(lethe::ErrorCode::BadInput, "data.idx: truncated");
        });
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("data.idx: truncated"));
        QCOMPARE(failed.at(0).at(1).toInt(), int(lethe::ErrorCode::BadInput));
        runner.start(QStringLiteral("worse"),
                     [](const lethe::RunControl &) -> json { throw std::out_of_range("oops"); });
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(1).at(1).toInt(), int(lethe::ErrorCode::Internal));
    }

    // The case flow: the case's subject into the basket, SISA, Start.
    void runsAForgetJobFromTheWindow() {
        MainWindow w;
        w.setQuiet(true);
        w.show();
        QVERIFY(w.openProject(dir_));
        QCOMPARE(w.runPanel()->methodBox()->currentData().toString(), QStringLiteral("sisa"));
        QVERIFY(!w.runPanel()->startButton()->isEnabled()); // empty basket
        w.runPanel()->useCaseSubject();
        QVERIFY(w.basket()->count() > 0);
        QVERIFY(w.runPanel()->startButton()->isEnabled());

        QSignalSpy progress(w.runner(), &JobRunner::progress);
        QSignalSpy done(w.runPanel(), &RunPanel::forgetFinished);
        // The GUI thread's longest stall while the job runs, from a 10 ms timer.
        QElapsedTimer tick;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, &probe, [&] { worst = std::max(worst, tick.restart()); });
        QString asked;
        w.runPanel()->setConfirmHook([&](const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(w.runPanel()->startForget());
        QVERIFY2(asked.contains(QStringLiteral("shard file")), qPrintable(asked)); // SISA: the affected shards
        tick.start();
        probe.start();
        QVERIFY(w.runner()->isRunning());
        QVERIFY(w.runPanel()->cancelButton()->isEnabled());
        QVERIFY(!w.runPanel()->startButton()->isEnabled());
        QVERIFY(done.wait(90000));
        probe.stop();
        qInfo("longest event-loop gap while the job ran: %lld ms", worst);
        QVERIFY2(worst < 250, qPrintable(QString::number(worst)));
        QVERIFY(progress.count() >= 1);
        job_id_ = done.at(0).at(0).toLongLong();
        QVERIFY(job_id_ > 0);

        auto &lin = w.project()->lineage();
        const auto job = lin.job(job_id_);
        QCOMPARE(job.status, lethe::JobStatus::Done);
        QCOMPARE(job.method, std::string("sisa"));
        QVERIFY(job.request_id.has_value()); // linked to the demo's case
        // No job closes a case: the auditor does (issue 9).
        QCOMPARE(lethe::request_by_id(lin, *job.request_id)->status, lethe::CaseStatus::InProgress);
        QCOMPARE(w.results()->currentJob(), job_id_);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.results()));
        QCOMPARE(w.runPanel()->progressBar()->value(), w.runPanel()->progressBar()->maximum());
    }

    void plotsHoldTheAuditData() {
        QVERIFY(job_id_ > 0);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto *rv = w.results();
        QVERIFY(rv->showJob(job_id_));
        const auto audits = job_audits(w.project()->lineage(), job_id_);
        QVERIFY(!audits.before.is_null() && !audits.after.is_null());

        // Loss histograms: forget and test, before and after, 40 bins each, fractions summing to 1.
        auto *loss = rv->plot(ResultsView::LossPlot);
        QCOMPARE(loss->graphCount(), 4);
        for (int g = 0; g < 4; ++g) {
            QCOMPARE(loss->graph(g)->data()->size(), 40);
            double sum = 0;
            for (auto it = loss->graph(g)->data()->constBegin(); it != loss->graph(g)->data()->constEnd(); ++it)
                sum += it->value;
            QVERIFY(qAbs(sum - 1.0) < 1e-9);
        }
        QVERIFY(loss->graph(2)->name().startsWith(QStringLiteral("forget, after")));
        QVERIFY(loss->graph(2)->name().contains(QStringLiteral("n=%1").arg(audits.after["n"]["forget"].get<qint64>())));

        // ROC on log-log axes with the chance diagonal, one curve per audit.
        auto *roc = rv->plot(ResultsView::RocPlot);
        QCOMPARE(roc->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(roc->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(roc->graphCount(), 3);
        QCOMPARE(roc->graph(0)->data()->size(), 2);
        QCOMPARE(roc->graph(0)->data()->at(0)->key, roc->graph(0)->data()->at(0)->value);
        QCOMPARE(roc->graph(2)->data()->size(), int(audits.after["mia"]["loss"]["roc"].size()));
        QVERIFY(
            roc->graph(2)->name().contains(QString::number(audits.after["mia"]["loss"]["auc"].get<double>(), 'f', 3)));
        for (auto it = roc->graph(2)->data()->constBegin(); it != roc->graph(2)->data()->constEnd(); ++it)
            QVERIFY(it->key > 0 && it->value > 0); // clamped for the log axes
        // Legend: AUC with its interval and the sample sizes.
        QVERIFY2(roc->graph(2)->name().contains(QStringLiteral("n = %1 vs %2")
                                                    .arg(audits.after["mia"]["loss"]["n_members"].get<qint64>())
                                                    .arg(audits.after["mia"]["loss"]["n_nonmembers"].get<qint64>())),
                 qPrintable(roc->graph(2)->name()));
        QVERIFY(roc->graph(2)->name().contains(
            QString::number(audits.after["mia"]["loss"]["auc_ci95"][0].get<double>(), 'f', 3)));
        // The attack selector lists every attack of the stored summaries.
        // It shows words; the key is the item's data and tooltip.
        for (auto &[k, v] : audits.after["mia"].items()) {
            const int i = rv->statisticBox()->findData(QString::fromStdString(k));
            QVERIFY2(i >= 0, k.c_str());
            QCOMPARE(rv->statisticBox()->itemText(i), attackWords(QString::fromStdString(k)));
            QVERIFY2(rv->statisticBox()->itemText(i) != QString::fromStdString(k) || k == "rmia", k.c_str());
        }
        QVERIFY(rv->setAttack(QStringLiteral("class_threshold_confidence")));
        QCOMPARE(roc->graph(2)->data()->size(), int(audits.after["mia"]["class_threshold_confidence"]["roc"].size()));
        // Every view that names the attack follows: the line, the slices (the
        // audit's own slices of that attack), the comparison of jobs.
        for (const char *k : {"class_threshold_confidence", "entropy", "loss"}) {
            QVERIFY(rv->setAttack(QLatin1String(k)));
            const auto &m = audits.after["mia"][k];
            QVERIFY2(rv->attackLine()->text().contains(attackWords(QLatin1String(k)).toHtmlEscaped()),
                     qPrintable(rv->attackLine()->text()));
            QVERIFY2(rv->attackLine()->text().contains(QString::number(m["auc"].get<double>(), 'f', 3)),
                     qPrintable(rv->attackLine()->text()));
            auto *ev = rv->exposureView();
            QCOMPARE(ev->sliceAttack(), QLatin1String(k));
            const auto &sl = audits.after["slices_by_attack"][k]["by_class"];
            for (int r = 0; r < ev->sliceTable()->rowCount() && r < int(sl.size()); ++r)
                if (sl[size_t(r)].contains("auc"))
                    QVERIFY2(ev->sliceTable()->item(r, 2)->text().startsWith(
                                 QString::number(sl[size_t(r)]["auc"].get<double>(), 'f', 3)),
                             qPrintable(ev->sliceTable()->item(r, 2)->text()));
            auto *title =
                qobject_cast<QCPTextElement *>(rv->plot(ResultsView::ComparisonPlot)->plotLayout()->element(0, 0));
            QVERIFY(title && title->text().contains(attackWords(QLatin1String(k))));
        }
        QVERIFY(rv->setAttack(QStringLiteral("class_threshold_confidence")));

        // The verdict panel shows the stored per-subject verdict.
        auto *vp = rv->verdictPanel();
        const auto &verdict = audits.after["verdict"];
        QVERIFY(verdict.is_object());
        QCOMPARE(vp->caseVerdict(), QString::fromStdString(verdict["case"].get<std::string>()));
        QVERIFY(vp->headline()->text().contains(QString::fromStdString(verdict["case"].get<std::string>()).toUpper()));
        const auto &subjects = audits.after["subjects"];
        QCOMPARE(vp->subjectTable()->rowCount(), int(subjects.size()));
        QVERIFY(!subjects.empty());
        QCOMPARE(vp->subjectTable()->item(0, VerdictPanel::RecordsCol)->text(),
                 QString::number(subjects[0]["n"].get<qint64>()));
        QCOMPARE(vp->subjectTable()->item(0, VerdictPanel::ZCol)->text(),
                 QString::number(subjects[0]["z"].get<double>(), 'f', 2));
        QCOMPARE(vp->subjectTable()->item(0, VerdictPanel::VerdictCol)->text(),
                 QString::fromStdString(subjects[0]["verdict"].get<std::string>()).toUpper());
        // The interval column: the stored bootstrap interval, or "n < 5" when it is null.
        QVERIFY(subjects[0].contains("z_ci95"));
        const auto &zci = subjects[0]["z_ci95"];
        QCOMPARE(
            vp->subjectTable()->item(0, VerdictPanel::ZIntervalCol)->text(),
            zci.is_array()
                ? QStringLiteral("[%1, %2]").arg(zci[0].get<double>(), 0, 'f', 2).arg(zci[1].get<double>(), 0, 'f', 2)
                : QStringLiteral("n < 5"));
        QVERIFY(vp->details()->text().contains(
            QStringLiteral("z_fail = %1").arg(verdict["thresholds"]["z_fail"].get<double>(), 0, 'g', 4)));
        for (const auto &r : verdict["reasons"])
            QVERIFY(vp->details()->text().contains(QString::fromStdString(r.get<std::string>()).toHtmlEscaped()));

        // Another statistic redraws from its own curve.
        QVERIFY(rv->setAttack(QStringLiteral("entropy")));
        QCOMPARE(roc->graph(2)->data()->size(), int(audits.after["mia"]["entropy"]["roc"].size()));

        // Legends sit under the axes, never over them or their labels.
        for (int p = 0; p < ResultsView::PlotCount; ++p) {
            auto *plot = rv->plot(ResultsView::Plot(p));
            plot->resize(420, 300);
            plot->replot();
            QCOMPARE(plot->legend->layout(), static_cast<QCPLayout *>(plot->plotLayout()));
            QVERIFY2(!plot->legend->outerRect().intersects(plot->axisRect()->outerRect()),
                     qPrintable(plot->objectName()));
        }
        // The wheel scrolls the page, Ctrl + wheel zooms, a double-click resets.
        {
            auto *plot = rv->plot(ResultsView::AccuracyPlot);
            const QCPRange x0 = plot->xAxis->range(), y0 = plot->yAxis->range();
            const QPointF at = plot->axisRect()->rect().center();
            auto wheel = [&](Qt::KeyboardModifiers m) {
                QWheelEvent e(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, m, Qt::NoScrollPhase,
                              false);
                QApplication::sendEvent(plot, &e);
            };
            QScrollArea *page = nullptr;
            for (QWidget *p = plot->parentWidget(); p && !page; p = p->parentWidget())
                page = qobject_cast<QScrollArea *>(p);
            QVERIFY(page);
            page->widget()->setMinimumHeight(3000); // something to scroll, whatever the test screen
            QCoreApplication::processEvents();
            page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
            const int scrolled = page->verticalScrollBar()->value();
            wheel(Qt::NoModifier);
            QCOMPARE(plot->xAxis->range(), x0);
            QCOMPARE(plot->yAxis->range(), y0);
            QVERIFY2(page->verticalScrollBar()->value() < scrolled, "the wheel over a plot did not scroll the page");
            wheel(Qt::ControlModifier);
            QVERIFY(plot->xAxis->range().size() < x0.size());
            QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, at.toPoint());
            QCOMPARE(plot->xAxis->range(), x0);
            QCOMPARE(plot->yAxis->range(), y0);
        }

        // Accuracy bars: before and after, retain / forget / test, the audit's values.
        auto *acc = rv->plot(ResultsView::AccuracyPlot);
        QList<QCPBars *> bars;
        for (int i = 0; i < acc->plottableCount(); ++i)
            if (auto *b = qobject_cast<QCPBars *>(acc->plottable(i))) bars << b;
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[1]->data()->size(), 3);
        QCOMPARE(bars[1]->data()->at(1)->value, audits.after["accuracy"]["forget"].get<double>());
        QCOMPARE(bars[0]->data()->at(2)->value, audits.before["accuracy"]["test"].get<double>());

        // Per-class change: after - before for each class of the test set.
        auto *pc = rv->plot(ResultsView::PerClassPlot);
        QCPBars *test_bars = nullptr;
        for (int i = 0; i < pc->plottableCount(); ++i)
            if (pc->plottable(i)->name() == QStringLiteral("test set"))
                test_bars = qobject_cast<QCPBars *>(pc->plottable(i));
        QVERIFY(test_bars);
        const auto &b = audits.before["per_class_accuracy"]["test"], &a = audits.after["per_class_accuracy"]["test"];
        QCOMPARE(test_bars->data()->size(), int(a.size()));
        QVERIFY(qAbs(test_bars->data()->at(3)->value - (a[3].get<double>() - b[3].get<double>())) < 1e-12);

        // Every job of the case: one point so far.
        QCOMPARE(rv->plot(ResultsView::ComparisonPlot)->graphCount(), 1);

        // Export as PNG and PDF.
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("roc.png")), pdf = out.filePath(QStringLiteral("roc.pdf"));
        QVERIFY(rv->exportPlot(ResultsView::RocPlot, png));
        QVERIFY(rv->exportPlot(ResultsView::RocPlot, pdf));
        QCOMPARE(QImage(png).width(), 1200);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void exportsTheReport() {
        QVERIFY(job_id_ > 0);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.results()->showJob(job_id_));
        QSignalSpy exported(&w, &MainWindow::reportExported);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("case.pdf"));
        // The export runs on the worker: the call returns at once and the
        // event loop keeps turning until the signal.
        QElapsedTimer tick;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, &probe, [&] { worst = std::max(worst, tick.restart()); });
        QVERIFY2(w.exportReport(path), qPrintable(w.lastError()));
        tick.start();
        probe.start();
        QVERIFY(w.isExporting());
        QVERIFY(w.runner()->isRunning());
        QVERIFY(!w.exportReport(path)); // one at a time
        QVERIFY(exported.wait(60000));
        probe.stop();
        qInfo("longest event-loop gap while the report was written: %lld ms", worst);
        QCOMPARE(exported.count(), 1);
        QVERIFY(!w.isExporting());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("case.pdf"), QStringLiteral("case.pdf.sig")})); // signed, no temp left

        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext produced nothing");
        auto &lin = w.project()->lineage();
        const auto job = lin.job(job_id_);
        const auto out_model = lin.model(*job.output_model_id);
        QVERIFY(text.contains(QStringLiteral("Lethe erasure report")));
        QVERIFY(text.contains(QString::fromStdString(demo_.case_ref)));
        QVERIFY(text.contains(QString::fromStdString(demo_.request_subject)));
        // Page 1 is the engine's case verdict: the ensemble is retrained, the
        // demo's monolithic model still holds the subject, so the case is open.
        QVERIFY2(text.contains(QStringLiteral("Case verdict: OPEN")), qPrintable(text.left(600)));
        QVERIFY(QString(text)
                    .remove(QRegularExpression(QStringLiteral("\\s+")))
                    .contains(QStringLiteral("hasnotbeenhandledyet")));
        QVERIFY(!text.contains(QStringLiteral("Verdict: PASS")));
        // What was retrained, in words (shards counted from 1), not the JSON list.
        QStringList retrained;
        const auto sisa_job = lin.job(job_id_);
        for (const auto &x : sisa_job.result["shards_retrained"]) retrained << QString::number(x.get<int>() + 1);
        QVERIFY(!retrained.isEmpty());
        QVERIFY2(
            squeeze(text).contains(squeeze(
                QStringLiteral("Shard(s) %1 of the ensemble retrained").arg(retrained.join(QStringLiteral(", "))))),
            qPrintable(text));
        QVERIFY(squeeze(text).contains(QStringLiteral("MIA:Lossthreshold,forget")));
        QVERIFY(text.contains(QStringLiteral("LibTorch")));
        // Issue 5: the audit's per-subject verdict, thresholds and attack figures.
        const auto after = job_audits(lin, job_id_).after;
        // The job's appendix of the case report (the demo case has this one job).
        QVERIFY(squeeze(text).contains(QStringLiteral("A1.6Per-subjecttest")));
        QVERIFY(squeeze(text).contains(
            QStringLiteral("Per-subjecttestofthisjob'safter-audit:%1")
                .arg(QString::fromStdString(after["verdict"]["case"].get<std::string>()).toUpper())));
        QVERIFY(text.contains(QStringLiteral("z_fail")));
        {
            const QString sq = squeeze(text);              // pdftotext breaks lines inside table cells
            QVERIFY(sq.contains(QStringLiteral("MIA-E"))); // "ffi" comes out as a ligature
            QVERIFY(sq.contains(QStringLiteral("Intervals:95%percentilebootstrap,500resamples")));
            QVERIFY(sq.contains(QStringLiteral("TPRat1%FPR")));
            QVERIFY(sq.contains(QStringLiteral("Noreferencepool")) ||
                    sq.contains(QStringLiteral("Referencemodelsofpool")));
        }
        const QString flat = squeeze(text);
        // The digest of the output ensemble's shard hashes, and one shard's hash.
        const auto shards = lin.shard_models(out_model.id);
        QVERIFY(!shards.empty());
        QVERIFY(flat.contains(QString::fromStdString(shards.front().sha256)));
        // The log head printed is the one before the export's own entry.
        const auto entries = lin.log_entries();
        QCOMPARE(QString::fromStdString(entries.back().action), QStringLiteral("report.exported"));
        QVERIFY(flat.contains(QString::fromStdString(entries[entries.size() - 2].hash)));
        const json payload = json::parse(entries.back().payload_json);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sha = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromStdString(payload["sha256"].get<std::string>()), QString::fromLatin1(sha));
        // One report per case: the entry names the case and its jobs.
        QCOMPARE(payload["request_id"].get<qint64>(), *job.request_id);
        QCOMPARE(payload["job_ids"], json::array({job_id_}));
        QVERIFY(lethe::verify_project(*w.project()).ok); // the new entry keeps the chain valid
    }

    // File > Export report with no job shown reports the case selected in the
    // Cases panel; with neither, it says what to do and writes nothing.
    void exportsTheCaseReportOfTheSelectedCase() {
        QVERIFY(job_id_ > 0);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("selected.pdf"));
        if (w.results()->currentJob() <= 0 && w.cases()->currentRequestId() <= 0) {
            QVERIFY(!w.exportReport(path));
            QVERIFY2(w.lastError().contains(QStringLiteral("select a case")), qPrintable(w.lastError()));
        }
        const auto job = w.project()->lineage().job(job_id_);
        QVERIFY(w.cases()->selectRequest(*job.request_id));
        QCOMPARE(w.reportTarget().second, job.request_id);
        QSignalSpy exported(&w, &MainWindow::reportExported);
        QVERIFY2(w.exportReport(path), qPrintable(w.lastError()));
        QVERIFY2(exported.wait(60000), qPrintable(w.lastError()));
        const auto req = lethe::request_by_id(w.project()->lineage(), *job.request_id);
        QVERIFY(squeeze(pdfText(path))
                    .contains(squeeze(QStringLiteral("Lethe erasure report: case ") +
                                      QString::fromStdString(req->case_ref))));
        const json payload = json::parse(w.project()->lineage().log_entries().back().payload_json);
        QCOMPARE(payload["request_id"].get<qint64>(), *job.request_id);
    }

    // Cancel during an export: nothing written, nothing logged, the window usable again.
    // Job > Export evidence bundle on the selected case: written on the
    // worker with the report of each finished forget job, and it verifies
    // offline, signed by this user's key.
    void exportsTheEvidenceBundle() {
        QVERIFY(job_id_ > 0);
        QTemporaryDir keys;
        qputenv("LETHE_KEY_DIR", keys.path().toUtf8());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        const auto job = w.project()->lineage().job(job_id_);
        QVERIFY(job.request_id.has_value());
        QVERIFY(w.cases()->selectRequest(*job.request_id));
        QVERIFY(w.evidenceAction()->isEnabled());
        QSignalSpy exported(&w, &MainWindow::evidenceExported);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("case.tar.gz"));
        w.setSavePathHook([&](const QString &suggested) {
            // The suggestion names the case.
            const auto req = lethe::request_by_id(w.project()->lineage(), *job.request_id);
            return suggested.contains(QString::fromStdString(req->case_ref)) ? path : QString();
        });
        w.evidenceAction()->trigger();
        QVERIFY2(w.runner()->isRunning(), qPrintable(w.lastError()));
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.first().first().toString(), path);
        const auto v = lethe::verify_bundle(path.toStdString());
        QVERIFY2(v.ok, v.first_failure.c_str());
        QCOMPARE(v.fingerprint, lethe::signing_key_info().fingerprint);
        QVERIFY(v.figures > 100);
        qunsetenv("LETHE_KEY_DIR");
    }

    void cancelsAReportExport() {
        QVERIFY(job_id_ > 0);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.results()->showJob(job_id_));
        const auto log_before = w.project()->lineage().log_entries().size();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy failed(&w, &MainWindow::reportFailed);
        QSignalSpy exported(&w, &MainWindow::reportExported);
        QVERIFY(w.exportReport(path));
        w.runPanel()->cancel();
        QVERIFY(failed.wait(60000));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!w.isExporting());
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        QCOMPARE(w.project()->lineage().log_entries().size(), log_before);
        QVERIFY(w.exportAction()->isEnabled());
    }

    // The run panel lists the registry's methods and edits their parameters
    // generically: defaults, tooltips from the help, changed values passed on.
    void editsMethodParameters() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto *panel = w.runPanel();
        const auto &methods = lethe::unlearning_methods();
        QCOMPARE(panel->methodBox()->count(), int(methods.size()));
        const lethe::MethodInfo *with_params = nullptr;
        for (const auto &m : methods) {
            QVERIFY(panel->methodBox()->findData(QString::fromStdString(m.name)) >= 0);
            if (!with_params && m.defaults.is_object() && !m.defaults.empty()) with_params = &m;
        }
        // Devices: auto, then what torch sees ("cpu" at least), filled off the GUI thread.
        QTRY_VERIFY(panel->deviceBox()->findData(QStringLiteral("cpu")) >= 0);
        for (const auto &d : lethe::available_devices())
            QTRY_VERIFY(panel->deviceBox()->findData(QString::fromStdString(d)) >= 0);
        auto *editor = panel->paramsEditor();
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("sisa")));
        QCOMPARE(editor->method(), QStringLiteral("sisa"));
        QVERIFY(editor->overrides().empty());
        QVERIFY2(with_params, "the registry must hold a method with parameters (finetune has four)");
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QString::fromStdString(with_params->name)));
        QCOMPARE(editor->method(), QString::fromStdString(with_params->name));
        QCOMPARE(editor->values(), with_params->defaults);
        std::string key;
        for (const auto &[k, v] : with_params->defaults.items())
            if (v.is_number_float() && key.empty()) key = k;
        if (key.empty()) key = with_params->defaults.items().begin().key();
        QWidget *field = editor->editorFor(QString::fromStdString(key));
        QVERIFY(field);
        if (with_params->help.contains(key))
            QVERIFY(field->toolTip().contains(QString::fromStdString(with_params->help[key].get<std::string>())));
        QVERIFY(field->toolTip().contains(QStringLiteral("Default:")));
        const auto &def = with_params->defaults[key];
        const QString changed = def.is_boolean() ? (def.get<bool>() ? QStringLiteral("false") : QStringLiteral("true"))
                                : def.is_number_integer() ? QString::number(def.get<int64_t>() + 1)
                                : def.is_number()         ? QString::number(def.get<double>() * 2 + 1e-4, 'g', 6)
                                                          : QStringLiteral("changed");
        QVERIFY(editor->setValue(QString::fromStdString(key), changed));
        const auto o = editor->overrides();
        QCOMPARE(int(o.size()), 1);
        QCOMPARE(QString::fromStdString(o.begin()->first), QString::fromStdString(key));
        // What the engine will merge: the value typed as its default.
        const auto merged = lethe::merge_method_params(*with_params, o);
        QCOMPARE(merged[key].type(),
                 def.type() == json::value_t::number_unsigned ? json::value_t::number_integer : def.type());
        editor->resetToDefaults();
        QVERIFY(editor->overrides().empty());
        if (def.is_number() && !def.is_number_integer()) {
            QVERIFY(editor->setValue(QString::fromStdString(key), QStringLiteral("not a number")));
            QVERIFY(!editor->isValid());
        }

        // An edited value reaches the engine: it is in the job's recorded parameters.
        QVERIFY(lethe::find_method("finetune"));
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("finetune")));
        QVERIFY(editor->setValue(QStringLiteral("epochs"), QStringLiteral("0.05")));
        QVERIFY(editor->setValue(QStringLiteral("lr"), QStringLiteral("2e-3")));
        std::vector<qint64> ids;
        auto &lin = w.project()->lineage();
        std::string other;
        for (const auto &sb : lethe::subjects_page(lin, "", 0, 20))
            if (sb.pseudonym != demo_.request_subject && sb.pseudonym != "subj-00002" && sb.n_records > 0) {
                other = sb.pseudonym;
                break;
            }
        for (auto id : lin.record_ids_of_subject(lin.subject_id(other, false))) ids.push_back(id);
        w.basket()->clear();
        w.basket()->addSubject(QString::fromStdString(other), ids);
        panel->setConfirmHook([](const QString &) { return true; });
        QVERIFY(panel->startForget());
        QTRY_VERIFY_WITH_TIMEOUT(!w.runner()->isRunning(), 60000);
        const auto job = lin.job(lethe::forget_jobs(lin).front().id);
        QCOMPARE(job.method, std::string("finetune"));
        QVERIFY2(job.params.contains("method_params"), job.params.dump().c_str());
        QCOMPARE(job.params["method_params"]["epochs"].get<double>(), 0.05);
        QCOMPARE(job.params["method_params"]["lr"].get<double>(), 0.002);
        QCOMPARE(job.params["method_params"]["momentum"], lethe::find_method("finetune")->defaults["momentum"]);
    }

    void writesTheReportHeadless() {
        QVERIFY(job_id_ > 0);
        const QString cli = QStringLiteral(LETHE_CLI_PATH);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("headless.pdf"));
        QProcess p;
        p.start(cli, {QStringLiteral("report"), QStringLiteral("--project"), dir_, QStringLiteral("--job"),
                      QString::number(job_id_), QStringLiteral("--out"), path, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("OPEN")); // the case's, as on page 1
        QCOMPARE(o.value(QStringLiteral("job_id")).toInteger(), job_id_);
        QVERIFY(pdfText(path).contains(QStringLiteral("Lethe erasure report")));
        // Signed: REPORT.pdf.sig beside it holds; one byte appended does not.
        QVERIFY(QFile::exists(path + QStringLiteral(".sig")));
        QVERIFY(pdfText(path).contains(QString::fromStdString(lethe::signing_key_info().fingerprint)));
        // Its limits, in words: queries, not extraction; what was not examined.
        QVERIFY(squeeze(pdfText(path)).contains(QStringLiteral("Opinion28/2024")));
        QVERIFY(squeeze(pdfText(path)).contains(QStringLiteral("neverregisteredisoutsidewhatthis")));
        p.start(cli, {QStringLiteral("verify-bundle"), path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        p.start(cli, {QStringLiteral("verify-bundle"), path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("changed after signing")));
        // A job that does not exist: bad input, exit 2, nothing written.
        const QString none = out.filePath(QStringLiteral("none.pdf"));
        p.start(cli, {QStringLiteral("report"), QStringLiteral("--project"), dir_, QStringLiteral("--job"),
                      QStringLiteral("9999"), QStringLiteral("--out"), none});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFile::exists(none));
    }

    // PDF/A-1b, checked by tools independent of Qt (docs/evidence.md says
    // which parts): qpdf's structure check, every font embedded (pdffonts),
    // the XMP metadata read back (pdfinfo -meta), and in qpdf's uncompressed
    // rewrite the output intent, no encryption, no JavaScript and no
    // transparency (soft masks only /None, constant alpha only 1).
    static QString tool(const QString &exe, const QStringList &args, int *rc = nullptr) {
        QProcess p;
        p.start(exe, args);
        p.waitForFinished(60000);
        if (rc) *rc = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    // The parts of PDF/A-1b that tools independent of Qt can check
    // (docs/evidence.md says which those are).
    static void checkPdfA1b(const QString &path, const QString &flat) {
        int rc = -1;
        const QString check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
        QVERIFY2(rc == 0 && check.contains(QStringLiteral("No syntax or stream encoding errors")), qPrintable(check));
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {path}, &rc).split(QLatin1Char('\n'));
        QCOMPARE(rc, 0);
        int n_fonts = 0;
        for (int i = 2; i < fonts.size(); ++i) { // after the header and the rule
            const QStringList cols = fonts[i].simplified().split(QLatin1Char(' '));
            if (cols.size() < 6) continue;
            ++n_fonts;
            QVERIFY2(cols[cols.size() - 5] == QStringLiteral("yes"),
                     qPrintable(QStringLiteral("not embedded: ") + fonts[i]));
        }
        QVERIFY(n_fonts > 0);
        const QString xmp = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")) &&
                     xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")),
                 qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("Lethe erasure report")));
        tool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, flat},
             &rc);
        QFile f(flat);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        QVERIFY(body.contains("/OutputIntents") && body.contains("/GTS_PDFA1") && body.contains("/DestOutputProfile"));
        QVERIFY(!body.contains("/Encrypt"));
        QVERIFY(!body.contains("/JavaScript"));
        const QRegularExpression smask(QStringLiteral("/SMask\\s*(\\S+)"));
        for (auto it = smask.globalMatch(QString::fromLatin1(body)); it.hasNext();) {
            const auto m = it.next();
            QCOMPARE(m.captured(1), QStringLiteral("/None"));
        }
        const QRegularExpression alpha(QStringLiteral("/(CA|ca)\\s+([0-9.]+)"));
        for (auto it = alpha.globalMatch(QString::fromLatin1(body)); it.hasNext();) {
            const auto m = it.next();
            QCOMPARE(m.captured(2).toDouble(), 1.0);
        }
    }

    // Both reports, the job's and the case's, are PDF/A-1b as far as Debian's tools tell.
    void theReportIsPdfA1b() {
        QVERIFY(job_id_ > 0);
        QTemporaryDir out;
        const auto job = lethe::Project::open(dir_.toStdString())->lineage().job(job_id_);
        QVERIFY(job.request_id.has_value());
        for (const auto &[flag, id] : {std::pair<QString, qint64>{QStringLiteral("--job"), job_id_},
                                       std::pair<QString, qint64>{QStringLiteral("--request"), *job.request_id}}) {
            const QString path = out.filePath(flag.mid(2) + QStringLiteral(".pdf"));
            int rc = -1;
            tool(QStringLiteral(LETHE_CLI_PATH),
                 {QStringLiteral("report"), QStringLiteral("--project"), dir_, flag, QString::number(id),
                  QStringLiteral("--out"), path},
                 &rc);
            QCOMPARE(rc, 0);
            checkPdfA1b(path, out.filePath(flag.mid(2) + QStringLiteral("-flat.pdf")));
            if (QTest::currentTestFailed()) return;
        }
    }

    // Issue 12: the case report a regulator reads in a minute. Page 1 holds
    // what was asked, what was done per model, what is open, the engine's
    // verdict and the figure; every word is 7 pt or more and inside the
    // margins, the plots are vectors and none is clipped.
    void theCaseReportReadsInAMinute() {
        QVERIFY(job_id_ > 0);
        auto project = lethe::Project::open(dir_.toStdString());
        auto &lin = project->lineage();
        const auto job = lin.job(job_id_);
        QVERIFY(job.request_id.has_value());
        const json cj = lethe::case_json(lin, *job.request_id);
        for (const auto &f : cj["verdict"]["findings"]) // rendered from key and args, as the engine wrote it
            QCOMPARE(findingText(f), QString::fromStdString(f["sentence"].get<std::string>()));
        QCOMPARE(summaryText(cj["verdict"]), QString::fromStdString(cj["verdict"]["summary"].get<std::string>()));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("case.pdf"));
        int rc = -1;
        const QString msg =
            tool(QStringLiteral(LETHE_CLI_PATH),
                 {QStringLiteral("report"), QStringLiteral("--project"), dir_, QStringLiteral("--request"),
                  QString::number(*job.request_id), QStringLiteral("--out"), path},
                 &rc);
        QVERIFY2(rc == 0, qPrintable(msg));

        // Page 1.
        const QString p1 =
            squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("1"), path, QStringLiteral("-")}));
        // NFKC: the ligatures pdftotext reports ("ﬁ") as the letters they join.
        const auto has = [&p1](const QString &s) {
            return p1.normalized(QString::NormalizationForm_KC).contains(squeeze(s));
        };
        QVERIFY2(has(QStringLiteral("Case verdict: ") +
                     QString::fromStdString(cj["verdict"]["result"].get<std::string>()).toUpper()),
                 qPrintable(p1));
        QVERIFY2(has(QString::fromStdString(cj["verdict"]["summary"].get<std::string>())), qPrintable(p1));
        for (const char *k :
             {"What was asked", "What was done", "What is still open", "Ground", "Received", "Deadline"})
            QVERIFY2(has(QLatin1String(k)), k);
        QVERIFY(has(QString::fromStdString(cj["case_ref"].get<std::string>())));
        QVERIFY(has(QString::fromStdString(cj["subject"].get<std::string>())));
        QVERIFY(has(QStringLiteral("%1 day(s) left").arg(cj["days_left"].get<qint64>())));
        // Each model in scope: the handled one with its method and kind, the other not handled.
        for (const auto &m : cj["verdict"]["models"]) {
            if (m["job_id"].is_number()) {
                QVERIFY2(has(QStringLiteral("%1 (job %2)")
                                 .arg(QString::fromStdString(m["method"].get<std::string>()))
                                 .arg(m["job_id"].get<qint64>())),
                         qPrintable(p1));
                QVERIFY(has(m["exact"].get<bool>() ? QStringLiteral("exact: retrained without the records")
                                                   : QStringLiteral("approximate: adjusted, not retrained")));
            } else {
                QVERIFY(has(QStringLiteral("not handled yet")));
            }
        }
        // What is open: each open finding, as the engine wrote it.
        int open = 0;
        for (const auto &f : cj["verdict"]["findings"])
            if (f["result"] == "open") {
                ++open;
                QVERIFY2(has(QString::fromStdString(f["sentence"].get<std::string>())),
                         f["sentence"].get<std::string>().c_str());
            }
        QVERIFY(open > 0); // the demo's monolithic model is not handled in this fixture
        // The figure, on page 1.
        QVERIFY(has(QStringLiteral("exposure")) && has(QStringLiteral("test records (")));
        QVERIFY(has(QStringLiteral("before (")) && has(QStringLiteral("after (")));

        // The findings in the EDPB's terms, the power in words, no JSON.
        const QString all = squeeze(pdfText(path)).normalized(QString::NormalizationForm_KC);
        QVERIFY(all.contains(squeeze(QStringLiteral("Extraction from the model itself (EDPB, first part)"))));
        QVERIFY(all.contains(squeeze(QStringLiteral("Obtained through queries (EDPB, second part)"))));
        // The power in words when the after-audit tested the subject, else that it is unknown.
        for (const auto &m : cj["verdict"]["models"]) {
            if (!m["job_id"].is_number()) continue;
            const json after = job_audits(lin, m["job_id"].get<qint64>()).after;
            const json *row = nullptr;
            for (const auto &sub : after.value("subjects", json::array()))
                if (sub.value("subject", std::string()) == cj["subject"].get<std::string>()) row = &sub;
            const QString expect = !row ? QStringLiteral("soitspowerisunknown")
                                   : (*row)["z_if_remembered"].is_number()
                                       ? QStringLiteral("of100suchtests") // in the finding or beside it
                                       : QStringLiteral("sothetest'spowerisunknown");
            QVERIFY2(all.contains(expect), qPrintable(expect));
        }
        QVERIFY(!all.contains(QStringLiteral("{\"")));
        QVERIFY(all.contains(QStringLiteral("Ankleboot"))); // the per-class plot's last label, whole

        // Every word at 7 pt or more (pdftotext's word boxes, calibrated on
        // the 8 pt footer) and inside the 15 mm margins of an A4 page.
        const QString bbox = tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        double footer = 0, smallest = 1e9;
        QString smallest_word;
        int words = 0;
        const double margin = 15.0 / 25.4 * 72.0, page_w = 595.0;
        for (auto it = word.globalMatch(bbox); it.hasNext();) {
            const auto m = it.next();
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
            const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            if (footer == 0 && m.captured(5) == QStringLiteral("page")) footer = y1 - y0;
            if (y1 - y0 < smallest) {
                smallest = y1 - y0;
                smallest_word = m.captured(5);
            }
            QVERIFY2(x0 >= margin - 1 && x1 <= page_w - margin + 1, qPrintable(m.captured(0)));
            ++words;
        }
        QVERIFY(words > 1000 && footer > 0);
        const double pt = smallest / (footer / 8.0);
        qInfo("%d words; the smallest, \"%s\", is %.2f pt", words, qPrintable(smallest_word), pt);
        QVERIFY2(pt >= 6.95, qPrintable(smallest_word));

        // The plots are vectors: not one raster image in the file.
        const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the header and its rule

        // Nothing a plot lays out runs past its figure (QCustomPlot would clip it there).
        const auto c = collectCaseReport(*project, *job.request_id);
        int figures = 0;
        for (const auto &name : caseReportPlotNames(c)) {
            const ReportFigure f = caseReportPlot(c, name);
            if (f.isNull()) continue;
            ++figures;
            QVERIFY2(f.overflow.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + f.overflow.join(QStringLiteral("; "))));
        }
        QVERIFY(figures >= 5);
    }

    // Cancel a real forget job: it ends cancelled, the input model stays live.
    void cancelsAForgetJob() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto &lin = w.project()->lineage();
        const auto live_before = lin.models().size();
        w.runPanel()->methodBox()->setCurrentIndex(w.runPanel()->methodBox()->findData(QStringLiteral("retrain")));
        std::vector<qint64> ids;
        for (auto id : lin.record_ids_of_subject(lin.subject_id("subj-00002", false))) ids.push_back(id);
        w.basket()->clear();
        w.basket()->addSubject(QStringLiteral("subj-00002"), ids);
        QSignalSpy cancelled(w.runner(), &JobRunner::cancelled);
        w.runPanel()->setConfirmHook([](const QString &) { return true; });
        QVERIFY(w.runPanel()->startForget());
        w.runPanel()->cancel(); // before the worker reaches its first batch
        QVERIFY(cancelled.wait(60000));
        const auto jobs = lethe::forget_jobs(lin);
        QCOMPARE(jobs.front().status, lethe::JobStatus::Cancelled);
        QCOMPARE(lin.models().size(), live_before);
        QVERIFY(w.runPanel()->stageLabel()->text().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(lethe::verify_project(*w.project()).ok);
    }

    void reportsAFailedStartAsAnError() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        // SISA from the monolithic model is refused by the engine, in the worker.
        auto *panel = w.runPanel();
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("sisa")));
        w.basket()->addRecords({1}, QStringLiteral("by hand"));
        QSignalSpy failed(w.runner(), &JobRunner::failed);
        // Model 1 is the demo's monolithic model.
        for (auto *box : panel->findChildren<QComboBox *>()) {
            const int i = box->findData(QVariant::fromValue<qint64>(1));
            if (i >= 0) box->setCurrentIndex(i);
        }
        // Refused by the engine's checks before any job row exists.
        const auto jobs_before = lethe::forget_jobs(w.project()->lineage()).size();
        QVERIFY(!panel->startForget());
        QVERIFY(!w.runner()->isRunning());
        QVERIFY2(panel->stageLabel()->text().contains(QStringLiteral("SISA")), qPrintable(panel->stageLabel()->text()));
        QCOMPARE(lethe::forget_jobs(w.project()->lineage()).size(), jobs_before);
        QCOMPARE(failed.count(), 0);
    }

    // lr = -0.5: refused before a job row, naming the parameter and its range,
    // with no library text, and the window keeps its size.
    void refusesAParameterOutsideItsRange() {
        MainWindow w;
        w.setQuiet(true);
        w.resize(1024, 680);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(dir_));
        auto *panel = w.runPanel();
        // 1024 x 680 is usable: nothing forces the window wider or taller,
        // and the Results page wraps instead of scrolling sideways.
        QCOMPARE(w.size(), QSize(1024, 680));
        w.tabs()->setCurrentWidget(w.results());
        QTest::qWait(100);
        if (auto *page = w.results()->findChild<QScrollArea *>()) {
            QVERIFY2(page->widget()->minimumSizeHint().width() <= page->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(page->widget()->minimumSizeHint().width())
                                    .arg(page->viewport()->width())));
        } else {
            QFAIL("no scroll area in Results");
        }
        w.tabs()->setCurrentIndex(0); // back to the lineage browser
        QVERIFY2(
            w.minimumSizeHint().width() <= 1024 && w.minimumSizeHint().height() <= 680,
            qPrintable(QStringLiteral("%1 x %2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("finetune")));
        QVERIFY(panel->paramsEditor()->setValue(QStringLiteral("lr"), QStringLiteral("-0.5")));
        // The form's labels are words; the key is in their tooltip.
        QStringList labels;
        for (auto *l : panel->paramsEditor()->findChildren<QLabel *>()) labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Learning rate:")) && !labels.contains(QStringLiteral("lr:")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QString why;
        QVERIFY(!panel->paramsEditor()->isValid(&why));
        QCOMPARE(why, QStringLiteral("parameter lr of finetune must be greater than 0, not -0.5"));
        // The basket's buttons stay where they are when the basket empties and fills.
        QPushButton *clear = nullptr;
        for (auto *b : panel->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Clear")) clear = b;
        QVERIFY(clear);
        w.basket()->clear();
        QTest::qWait(100); // the layout settles (the method's parameters just changed)
        const QPoint empty_at = clear->mapTo(&w, QPoint(0, 0));
        w.runPanel()->useCaseSubject();
        QTest::qWait(100);
        QCOMPARE(clear->mapTo(&w, QPoint(0, 0)), empty_at);
        w.basket()->clear();
        QTest::qWait(100);
        QCOMPARE(clear->mapTo(&w, QPoint(0, 0)), empty_at);
        w.runPanel()->useCaseSubject();
        const QSize size = w.size();
        const auto jobs_before = lethe::forget_jobs(w.project()->lineage()).size();
        QVERIFY(!panel->startForget());
        QCOMPARE(lethe::forget_jobs(w.project()->lineage()).size(), jobs_before);
        QVERIFY(!w.runner()->isRunning());
        // Said in the panel, and the field that is wrong has the focus.
        QCOMPARE(panel->stageLabel()->text(), QStringLiteral("Not started: ") + why + QLatin1Char('.'));
        QCOMPARE(QApplication::focusWidget(), panel->paramsEditor()->editorFor(QStringLiteral("lr")));
        // The engine refuses the same value with the same words (the CLI's path).
        lethe::ForgetOptions o;
        o.method = "finetune";
        o.params = {{"lr", "-0.5"}};
        o.selection.subjects = {demo_.request_subject};
        try {
            lethe::preview_purge(*w.project(), o);
            QFAIL("lr=-0.5 was accepted");
        } catch (const lethe::Error &e) {
            QCOMPARE(e.code(), lethe::ErrorCode::Usage);
            QCOMPARE(QString::fromUtf8(e.what()), why);
        }
        // A failure with LibTorch's text: one sentence on screen, the detail in the log.
        panel->paramsEditor()->resetToDefaults();
        QSignalSpy failed(w.runner(), &JobRunner::failed);
        QVERIFY(w.runner()->start(QStringLiteral("torch failure"), [](const lethe::RunControl &) -> nlohmann::json {
            throw std::runtime_error("The size of tensor a (3) must match the size of tensor b (4)\n"
                                     "Exception raised from infer_size_impl at ../aten/src/ATen/ExpandUtils.cpp:35\n"
                                     "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x6b");
        }));
        QVERIFY(failed.wait(10000));
        const QString shown = failed.at(0).at(0).toString();
        QVERIFY2(!shown.contains(QStringLiteral("frame #")) && !shown.contains(QStringLiteral("tensor a")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromStdString(lethe::error_log_path())), qPrintable(shown));
        QVERIFY(!w.lastError().contains(QStringLiteral("frame #")));
        QFile log(QString::fromStdString(lethe::error_log_path()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("frame #0: c10::Error"));
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), size);
    }

    // Before a job that deletes files: the engine's preview, and no means no.
    void asksBeforeAJobDeletesFiles() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto *panel = w.runPanel();
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("retrain")));
        std::vector<qint64> ids;
        auto &lin = w.project()->lineage();
        for (auto id : lin.record_ids_of_subject(lin.subject_id("subj-00002", false))) ids.push_back(id);
        w.basket()->clear();
        w.basket()->addSubject(QStringLiteral("subj-00002"), ids);
        QString asked;
        panel->setConfirmHook([&](const QString &text) {
            asked = text;
            return false;
        });
        const auto jobs_before = lethe::forget_jobs(lin).size();
        QVERIFY(!panel->startForget());
        QVERIFY2(asked.startsWith(QStringLiteral("The job will delete ")) &&
                     asked.contains(QStringLiteral(" of model ")),
                 qPrintable(asked));
        QCOMPARE(lethe::forget_jobs(lin).size(), jobs_before);
        // Switched off in the settings: no question.
        setConfirmPurgeSetting(false);
        asked.clear();
        panel->setConfirmHook([&](const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(panel->startForget());
        QVERIFY(asked.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!w.runner()->isRunning(), 60000);
        setConfirmPurgeSetting(true);
        const auto job = lethe::forget_jobs(lin).front();
        QCOMPARE(job.status, lethe::JobStatus::Done);
        QVERIFY(job.result.value("purged_models", 0) >= 1);
    }

    // Job > Reference models: K from the spin box, built on the worker with
    // progress, the pool's status in the table. Last: later audits use the pool.
    void buildsReferenceModels() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QVERIFY(w.referencesAction()->isEnabled());
        auto *d = w.referencePoolDialog();
        QCOMPARE(d->kBox()->value(), lethe::kDefaultReferenceModels);
        const int pools_before = d->poolTable()->rowCount();
        // The job shown in Results: the pool is built for its output model.
        auto &lin0 = w.project()->lineage();
        qint64 shown = 0;
        for (const auto &j : lethe::forget_jobs(lin0))
            if (j.status == lethe::JobStatus::Done && j.output_model_id &&
                lin0.model(*j.output_model_id).state == lethe::ArtifactState::Live)
                shown = j.id;
        QVERIFY(shown > 0);
        QVERIFY(w.results()->showJob(shown));
        d->kBox()->setValue(2);
        QSignalSpy built(d, &ReferencePoolDialog::built);
        QSignalSpy progress(w.runner(), &JobRunner::progress);
        QVERIFY(d->build());
        QVERIFY(w.runner()->isRunning());
        QVERIFY(d->cancelButton()->isEnabled());
        QVERIFY(!d->build()); // one job at a time
        QVERIFY(built.wait(60000));
        QVERIFY(progress.count() >= 1);
        const auto &r = d->lastBuild();
        QCOMPARE(built.at(0).at(0).toLongLong(), r.pool_id);
        QCOMPARE(r.k, 2);
        QVERIFY(r.complete);
        QCOMPARE(d->poolTable()->rowCount(), pools_before + 1);
        QCOMPARE(d->poolTable()->item(pools_before, ReferencePoolDialog::KCol)->text(), QStringLiteral("2"));
        QCOMPARE(d->poolTable()->item(pools_before, ReferencePoolDialog::DoneCol)->text(), QStringLiteral("2 / 2"));
        QCOMPARE(d->progressBar()->value(), d->progressBar()->maximum());
        QVERIFY(!d->cancelButton()->isEnabled());

        // The dialog says which model the new pool serves, as the engine has it.
        const json pools = lethe::reference_pools_json(*w.project());
        const json &mine = pools.back();
        QCOMPARE(mine["id"].get<qint64>(), r.pool_id);
        QVERIFY(!mine["serves"].empty()); // it copied a live model's configuration
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("Serves: ") + ReferencePoolDialog::servesText(mine)),
                 qPrintable(d->statusLabel()->text()));
        QCOMPARE(d->poolTable()->item(pools_before, ReferencePoolDialog::ServesCol)->toolTip(),
                 ReferencePoolDialog::servesText(mine));
        // Re-audit: a job whose output the pool serves gets the pool in its new
        // after-audit; any other job's new audit says why not.
        std::set<qint64> served;
        for (const auto &s : mine["serves"])
            if (s["used_by_next_audit"].get<bool>()) served.insert(s["model_id"].get<qint64>());
        QVERIFY(!served.empty());
        auto &lin = w.project()->lineage();
        qint64 job = 0;
        for (const auto &j : lethe::forget_jobs(lin))
            if (j.status == lethe::JobStatus::Done && j.output_model_id && served.count(*j.output_model_id) &&
                lin.model(*j.output_model_id).state == lethe::ArtifactState::Live)
                job = j.id;
        QVERIFY(served.count(*lin.job(shown).output_model_id)); // built for the job shown
        job = shown;
        QVERIFY(w.results()->showJob(job));
        QVERIFY(d->reauditButton()->isEnabled());
        QVERIFY(d->reauditButton()->text().contains(QString::number(job)));
        const qint64 before_id = job_audits(lin, job).after_id;
        QSignalSpy reaudited(d, &ReferencePoolDialog::reaudited);
        QVERIFY(d->reaudit());
        QVERIFY(reaudited.wait(60000));
        const auto after = job_audits(lin, job);
        QVERIFY(after.after_id > before_id);
        QCOMPARE(w.results()->currentJob(), job);
        const QString said = reaudited.at(0).at(1).toString();
        if (served.count(*lin.job(job).output_model_id)) {
            QVERIFY(after.after["references"]["used"].get<bool>());
            QCOMPARE(after.after["references"]["pool_id"].get<qint64>(), mine["id"].get<qint64>());
            QVERIFY2(said.contains(QStringLiteral("with reference pool %1").arg(mine["id"].get<qint64>())),
                     qPrintable(said));
        } else {
            QVERIFY(!after.after["references"]["used"].get<bool>());
            QVERIFY2(said.contains(QString::fromStdString(after.after["references"]["reason"].get<std::string>())),
                     qPrintable(said));
        }
    }
};

QTEST_MAIN(TstUiJob)
#include "test_ui_job.moc"
