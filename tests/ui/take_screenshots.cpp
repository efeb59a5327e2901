// take_screenshots PROJECT_DIR OUT_DIR: opens the workbench on a project that
// has a finished forget job and saves the main views as PNG (docs/screenshots).
// Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" take_screenshots ...
#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

#include "lineage/browse.h"
#include "lineage_browser.h"
#include <QTableView>
#include "main_window.h"
#include "project/project.h"
#include "results_view.h"

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LetheScreenshots"));
    if (argc < 3) return 1;
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    lethe::ui::MainWindow w;
    w.setQuiet(true);
    w.resize(1500, 920);
    w.show();
    if (!w.openProject(QString::fromLocal8Bit(argv[1]))) return 2;
    int rc = 0;
    QTimer::singleShot(500, &w, [&] {
        w.browser()->recordView()->selectRow(2);
        QApplication::processEvents();
        if (!w.grab().save(out + QStringLiteral("/lineage-browser.png"))) rc = 3;
        const auto jobs = lethe::forget_jobs(w.project()->lineage());
        if (!jobs.empty()) w.results()->showJob(jobs.front().id);
        w.tabs()->setCurrentWidget(w.results());
        QApplication::processEvents();
        if (!w.grab().save(out + QStringLiteral("/results.png"))) rc = 3;
        QApplication::quit();
    });
    QApplication::exec();
    return rc;
}
