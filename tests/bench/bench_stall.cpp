// bench_stall [--subset N] [--keep DIR]: the longest event-loop stall of the
// workbench while a real SISA forget job runs from the main window. Builds
// the demo as the workbench does (Fashion-MNIST subset of 10,000 images,
// 2 epochs, 5 shards x 4 slices, CNN), opens it, opens its case, puts the
// case's subject in the basket and starts SISA; a 5 ms QTimer measures the
// gaps between its ticks until the job has finished and its results are
// drawn. Prints the max and the 99th percentile (target: max < 50 ms).
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "cases_panel.h"
#include "job_runner.h"
#include "jobs/operations.h"
#include "main_window.h"
#include "run_panel.h"
#include "selection_basket.h"

#include <QComboBox>

namespace {

struct Gaps {
    std::vector<double> ms;
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    double pct(double p) const {
        if (ms.empty()) return 0;
        auto v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
    }
};

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LetheBench"));
    QApplication::setApplicationName(QStringLiteral("bench-stall"));
    int64_t subset = 10000;
    QString keep;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--subset") && i + 1 < argc)
            subset = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep") && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.filePath(QStringLiteral("demo")) : keep;
    if (QFileInfo::exists(dir)) {
        std::fprintf(stderr, "%s exists: the benchmark needs a fresh demo\n", qPrintable(dir));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    lethe::DemoOptions o; // the workbench's "Build demo project": subset 10000, 2 epochs
    o.project_dir = dir.toStdString();
    o.subset = subset;
    o.epochs = 2;
    o.device = "cpu";
    const auto demo = lethe::demo_init(o, {});
    std::printf("demo: %lld records of %lld subjects, built in %.1f s (%s)\n", static_cast<long long>(demo.records),
                static_cast<long long>(demo.subjects), double(t.elapsed()) / 1000.0, qPrintable(dir));
    std::fflush(stdout);

    lethe::ui::MainWindow w;
    w.setQuiet(true);
    w.resize(1400, 860);
    w.show();
    if (!w.openProject(dir)) return 2;
    QApplication::processEvents();
    // The demo's case is the one open request: select it, fill the basket with its subject.
    w.cases()->selectRequest(w.cases()->currentRequestId());
    w.runPanel()->useCaseSubject();
    auto *method = w.runPanel()->methodBox();
    method->setCurrentIndex(method->findData(QStringLiteral("sisa")));
    QSignalSpy done(w.runPanel(), &lethe::ui::RunPanel::forgetFinished);
    QSignalSpy failed(w.runner(), &lethe::ui::JobRunner::failed);

    Gaps during, after;
    bool finished = false;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const double gap = double(tick.nsecsElapsed()) / 1e6;
        tick.restart();
        (finished ? after : during).ms.push_back(gap);
    });
    QElapsedTimer job;
    job.start();
    w.runPanel()->setConfirmHook([](const QString &) { return true; });
    if (!w.runPanel()->startForget()) return 2;
    tick.start();
    probe.start();
    {
        QEventLoop loop;
        QObject::connect(w.runPanel(), &lethe::ui::RunPanel::forgetFinished, &loop, &QEventLoop::quit);
        QObject::connect(w.runner(), &lethe::ui::JobRunner::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(900000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double job_s = double(job.elapsed()) / 1000.0;
    finished = true;
    // The results view draws the job's plots on completion: measured apart.
    {
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    probe.stop();
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "the job failed: %s\n", qPrintable(failed.at(0).at(0).toString()));
        return 2;
    }
    if (done.isEmpty()) return 2;
    std::printf("SISA forget of %lld record(s) (subject %s): job %lld, %.1f s wall, %zu timer ticks\n",
                static_cast<long long>(w.basket()->count()), demo.request_subject.c_str(),
                static_cast<long long>(done.at(0).at(0).toLongLong()), job_s, during.ms.size());
    std::printf(
        "while the job ran: max gap %.1f ms, p99 %.1f ms, p50 %.1f ms (timer 5 ms; target max < 50 ms, ratio %.2f)\n",
        during.max(), during.pct(0.99), during.pct(0.5), during.max() / 50.0);
    std::printf("after it (results drawn): max gap %.1f ms, p99 %.1f ms\n", after.max(), after.pct(0.99));
    std::printf("%s\n", during.max() < 50.0 ? "PASS" : "MISS");
    return 0;
}
