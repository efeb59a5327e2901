#include "job_runner.h"

#include <QMetaObject>

#include <exception>

#include "core/error.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

JobRunner::JobRunner(QObject *parent) : QObject(parent) {
    qRegisterMetaType<lethe::ui::JobProgress>();
    thread_.reset(new QThread);
    thread_->setObjectName(QStringLiteral("lethe-worker"));
    worker_ = new JobWorker;
    worker_->moveToThread(thread_.get());
    connect(thread_.get(), &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &JobWorker::progress, this, &JobRunner::progress, Qt::QueuedConnection);
    connect(worker_, &JobWorker::done, this, &JobRunner::onDone, Qt::QueuedConnection);
    thread_->start();
}

JobRunner::~JobRunner() {
    // Ask a running task to stop; the thread pointer's deleter then waits for it.
    if (cancel_) cancel_->store(true);
}

bool JobRunner::startErased(const QString &title, JobTask task, std::function<void()> on_done,
                            JobErrorCallback on_error) {
    if (running_) return false;
    on_done_ = std::move(on_done);
    on_error_ = std::move(on_error);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    running_ = true;
    title_ = title;
    worker_->prepare(std::move(task), cancel_, interval_ms_);
    QMetaObject::invokeMethod(worker_, &JobWorker::run, Qt::QueuedConnection);
    Q_EMIT started(title);
    Q_EMIT runningChanged(true);
    return true;
}

void JobRunner::cancel() {
    if (running_ && cancel_) cancel_->store(true);
}

void JobRunner::onDone(int outcome, const QString &text, int code) {
    running_ = false;
    // Taken first: a callback may start the next task.
    auto done = std::move(on_done_);
    auto error = std::move(on_error_);
    on_done_ = nullptr;
    on_error_ = nullptr;
    Q_EMIT runningChanged(false);
    switch (outcome) {
    case JobWorker::Done:
        if (done) done();
        Q_EMIT finished(title_);
        break;
    case JobWorker::Cancelled:
        if (error) error(text, code, true);
        Q_EMIT cancelled(text);
        break;
    default:
        if (error) error(text, code, false);
        Q_EMIT failed(text, code);
        break;
    }
}

void JobWorker::prepare(JobTask task, std::shared_ptr<std::atomic<bool>> cancel, int interval_ms) {
    task_ = std::move(task);
    cancel_ = std::move(cancel);
    interval_ms_ = interval_ms;
}

void JobWorker::run() {
    JobTask task = std::move(task_);
    task_ = nullptr;
    const auto cancel = cancel_; // keeps the flag alive while the engine polls it
    QElapsedTimer clock, since_last;
    clock.start();
    bool sent_any = false;
    RunControl rc;
    rc.cancel = cancel.get();
    rc.progress = [&](const Progress &p) {
        // Throttle: at most one signal per interval, whatever the engine sends.
        if (sent_any && since_last.elapsed() < interval_ms_) return;
        const QString stage = stageWords(QString::fromStdString(p.stage)); // in the user's language
        sent_any = true;
        since_last.start();
        JobProgress q;
        q.stage = stage;
        q.done = p.done;
        q.total = p.total;
        q.fraction = p.fraction; // job-wide: the engine's RunControl::part maps each stage into it
        q.elapsed_s = double(clock.elapsed()) / 1000.0;
        Q_EMIT progress(q);
    };
    try {
        if (!task) throw Error(ErrorCode::Internal, "no task to run");
        task(rc);
        Q_EMIT done(Done, QString(), 0);
    } catch (const Error &e) {
        const bool was_cancel = e.code() == ErrorCode::Cancelled;
        Q_EMIT done(was_cancel ? Cancelled : Failed, userText(e), int(e.code()));
    } catch (const std::exception &e) {
        // c10::Error and the standard library's errors land here.
        Q_EMIT done(cancel->load() ? Cancelled : Failed, userText(e), int(ErrorCode::Internal));
    } catch (...) {
        Q_EMIT done(Failed, tr("unknown error in the worker thread"), int(ErrorCode::Internal));
    }
}

} // namespace lethe::ui
