// take_screenshots PROJECT_DIR OUT_DIR: opens the workbench on a project whose
// case has a finished forget job and saves the main views as PNG for
// docs/screenshots: the lineage browser, the cases (with the case dialog
// open), the results, the per-record exposure view of the results, and the first page of the exported PDF report
// (pdftoppm -png -r 60). Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1600x1000x24" take_screenshots DEMO docs/screenshots
// LETHE_LANGUAGE=de (or fr) takes them in that language.
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "cases_panel.h"
#include "exposure_view.h"
#include "jobs/project_access.h"
#include "language.h"
#include "lineage_browser.h"
#include "main_window.h"
#include "qcustomplot_wrap.h"
#include "record_detail.h"
#include "results_view.h"
#include "run_panel.h"
#include "selection_basket.h"

#include <QComboBox>

namespace {

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Full colour when the file stays under 300 KB, else a dithered palette.
bool save(const QImage &img, const QString &path) {
    if (!img.convertToFormat(QImage::Format_RGB888).save(path, "PNG", 9)) return false;
    if (QFileInfo(path).size() < 300 * 1024) return true;
    return img.convertToFormat(QImage::Format_Indexed8, Qt::DiffuseDither).save(path, "PNG", 9);
}

// The window with its frame and whatever dialog lies over it, as the screen shows them.
QImage grabFrame(const QWidget &w) {
    const QRect f = w.frameGeometry();
    return w.screen()->grabWindow(0, f.x(), f.y(), f.width(), f.height()).toImage();
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LetheScreenshots"));
    lethe::ui::installLanguage(qEnvironmentVariable("LETHE_LANGUAGE", QStringLiteral("en")));
    if (argc < 3) return 1;
    const QString out = QDir(QString::fromLocal8Bit(argv[2])).absolutePath();
    QDir().mkpath(out);
    lethe::ui::MainWindow w;
    w.setQuiet(true);
    w.resize(1500, 920);
    w.show();
    if (!w.openProject(QString::fromLocal8Bit(argv[1]))) return 2;
    settle(600);
    int rc = 0;

    // Lineage: the case's subject in the basket, its third record with its image.
    w.runPanel()->useCaseSubject();
    w.tabs()->setCurrentWidget(w.browser());
    w.browser()->recordView()->selectRow(2);
    settle(800);
    if (!save(w.grab().toImage(), out + QStringLiteral("/lineage-browser.png"))) rc = 3;

    // Cases: the case dialog of the current case over the window.
    {
        lethe::ui::CaseDialog dlg(w.cases()->currentRequest(), &w);
        dlg.show();
        dlg.move(w.geometry().center() - QPoint(dlg.width() / 2, dlg.height() / 2));
        settle(500);
        const QImage shot = grabFrame(w);
        if (!save(shot, out + QStringLiteral("/cases.png"))) rc = 3;
        dlg.close();
    }

    // Results of the newest forget job.
    const auto jobs = lethe::forget_jobs(w.project()->lineage());
    if (!jobs.empty()) w.results()->showJob(jobs.front().id);
    w.tabs()->setCurrentWidget(w.results());
    // The run panel set up for an approximate method: its parameters from the registry.
    auto *methods = w.runPanel()->methodBox();
    if (methods->findData(QStringLiteral("finetune")) >= 0)
        methods->setCurrentIndex(methods->findData(QStringLiteral("finetune")));
    settle(500);
    if (!save(w.grab().toImage(), out + QStringLiteral("/results.png"))) rc = 3;

    // The per-record exposure of the same job (most exposed records, slices,
    // retained control), its first record selected.
    if (!jobs.empty()) {
        auto *ev = w.results()->exposureView();
        for (int i = 0; i < 100 && ev->isLoading(); ++i) settle(50);
        ev->recordTable()->selectRow(0);
        settle(300);
        if (!save(ev->grab().toImage(), out + QStringLiteral("/exposure.png"))) rc = 3;
    }

    // The plots of the same job, wherever the scroll area has them.
    if (!jobs.empty()) {
        using RV = lethe::ui::ResultsView;
        QWidget *first = w.results()->plot(RV::LossPlot)->parentWidget();
        QWidget *inner = first->parentWidget();
        QRect area = first->geometry();
        for (int p = 0; p < RV::PlotCount; ++p) area |= w.results()->plot(RV::Plot(p))->parentWidget()->geometry();
        if (!save(inner->grab(area).toImage(), out + QStringLiteral("/plots.png"))) rc = 3;
    }

    // The report's first page.
    if (!jobs.empty()) {
        const QString pdf = QDir::temp().filePath(QStringLiteral("lethe-screenshot-report.pdf"));
        QEventLoop loop;
        QObject::connect(&w, &lethe::ui::MainWindow::reportExported, &loop, &QEventLoop::quit);
        QObject::connect(&w, &lethe::ui::MainWindow::reportFailed, &loop, &QEventLoop::quit);
        if (w.exportReport(pdf)) loop.exec();
        if (QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               QStringLiteral("-singlefile"), pdf, out + QStringLiteral("/report-page1")}) != 0)
            rc = 4;
        QFile::remove(pdf);
    }

    // The case's timeline over the window: the engine's events in the workbench's language.
    if (QDialog *timeline = w.cases()->showTimeline(w.cases()->currentRequestId())) {
        timeline->resize(900, 420);
        timeline->move(w.geometry().center() - QPoint(timeline->width() / 2, timeline->height() / 2));
        settle(500);
        const QImage shot = grabFrame(w);
        if (!save(shot, out + QStringLiteral("/timeline.png"))) rc = 3;
        timeline->close();
    }

    // A refusal on the run panel: a test record, which no model trained on, in the basket.
    {
        auto &lin = w.project()->lineage();
        const auto test = lin.records("test");
        if (!test.empty()) {
            w.basket()->clear();
            w.basket()->addRecords({test.front().id}, QStringLiteral("test"));
            w.runPanel()->startForget();
            settle(400);
            if (!save(w.grab().toImage(), out + QStringLiteral("/refused.png"))) rc = 3;
        }
    }
    return rc;
}
