#pragma once
// Runs one piece of engine work at a time on a worker QThread. The GUI thread
// never runs torch: it hands the runner a task (a plain function of a
// RunControl, which opens its own Project on the worker thread, since SQLite
// connections are per thread) and hears back on the GUI thread: the task's
// own value, typed, reaches the completion callback given with it (no JSON
// text in between); errors reach its error callback; the signals below tell
// every other listener (status bar, buttons) that something started or ended.
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
#include <optional>
#include <type_traits>

#include "core/run_control.h"

namespace lethe::ui {

struct JobProgress {
    QString stage;
    qint64 done = 0, total = 0; // within the stage (0 total: the stage has no count)
    double fraction = 0;        // of the whole job, 0..1, as the CLI's progress line shows it
    double elapsed_s = 0;
};

// The work with its result type erased: runs on the worker thread; throws
// lethe::Error or std::exception.
using JobTask = std::function<void(const RunControl &)>;
// message: one sentence (core/error.h user_message); cancelled: the user asked.
using JobErrorCallback = std::function<void(const QString &message, int code, bool cancelled)>;

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

    // False (and nothing started) while another task runs. task(rc) runs on
    // the worker; on_done(result) then runs on the GUI thread with its value;
    // on_error(message, code, cancelled) when it threw or was cancelled.
    template <class Task, class Done>
    bool start(const QString &title, Task task, Done on_done, JobErrorCallback on_error = {}) {
        using R = std::decay_t<std::invoke_result_t<Task &, const RunControl &>>;
        auto slot = std::make_shared<std::optional<R>>();
        return startErased(
            title, [task = std::move(task), slot](const RunControl &rc) mutable { slot->emplace(task(rc)); },
            [slot, on_done = std::move(on_done)]() mutable {
                if (*slot) on_done(std::move(**slot));
            },
            std::move(on_error));
    }
    // A task whose result nobody needs (tests, fire-and-forget work).
    template <class Task> bool start(const QString &title, Task task) {
        return start(title, std::move(task), [](auto &&) {});
    }
    bool isRunning() const { return running_; }
    QString title() const { return title_; }
    // Minimum interval between two progress signals (default 50 ms: 20/s).
    void setProgressInterval(int ms) { interval_ms_ = ms; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QString &title);
    void progress(const lethe::ui::JobProgress &p);
    void finished(const QString &title); // after the task's own on_done
    void failed(const QString &message, int code);
    void cancelled(const QString &message);
    void runningChanged(bool running);

private:
    bool startErased(const QString &title, JobTask task, std::function<void()> on_done, JobErrorCallback on_error);
    void onDone(int outcome, const QString &text, int code);

    std::function<void()> on_done_;
    JobErrorCallback on_error_;
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
