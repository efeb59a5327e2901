#pragma once
// Runs one piece of engine work at a time on a worker QThread. The GUI thread
// never runs torch: it hands the runner a task (a plain function of a
// RunControl, which opens its own Project on the worker thread, since SQLite
// connections are per thread) and hears back through queued signals.
// Progress is throttled to at most ~20 signals a second; Cancel sets an
// atomic flag that the engine polls every batch; every exception stops at the
// thread boundary and becomes the failed() signal.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/run_control.h"

namespace lethe::ui {

struct JobProgress {
    QString stage;
    qint64 done = 0, total = 0;
    double fraction = 0; // of the stage when total is 0, else done / total
    double elapsed_s = 0;
};

// Returns the JSON result of the work; throws lethe::Error or std::exception.
using JobTask = std::function<nlohmann::json(const RunControl &)>;

// Quits and waits for the thread when the owner goes: no thread outlives the
// object that started it.
struct ThreadStopper {
    void operator()(QThread *t) const {
        if (!t) return;
        t->quit();
        t->wait();
        delete t;
    }
};
using ThreadPtr = std::unique_ptr<QThread, ThreadStopper>;

class JobWorker;

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // False (and nothing started) while another task runs.
    bool start(const QString &title, JobTask task);
    bool isRunning() const { return running_; }
    QString title() const { return title_; }
    // Minimum interval between two progress signals (default 50 ms: 20/s).
    void setProgressInterval(int ms) { interval_ms_ = ms; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QString &title);
    void progress(const lethe::ui::JobProgress &p);
    void finished(const QString &resultJson);
    void failed(const QString &message, int code);
    void cancelled(const QString &message);
    void runningChanged(bool running);

private:
    void onDone(int outcome, const QString &text, int code);

    ThreadPtr thread_;
    JobWorker *worker_ = nullptr; // lives on thread_
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool running_ = false;
    QString title_;
    int interval_ms_ = 50;
};

// The object on the worker thread. Public only for moc.
class JobWorker : public QObject {
    Q_OBJECT
public:
    enum Outcome { Done = 0, Failed = 1, Cancelled = 2 };
    JobWorker() = default;

    // Set from the GUI thread before run() is queued; the event queue orders them.
    void prepare(JobTask task, std::shared_ptr<std::atomic<bool>> cancel, int interval_ms);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const lethe::ui::JobProgress &p);
    void done(int outcome, const QString &text, int code);

private:
    JobTask task_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    int interval_ms_ = 50;
};

} // namespace lethe::ui

Q_DECLARE_METATYPE(lethe::ui::JobProgress)
