#include "feature_loader.h"

#include <QMetaObject>
#include <QStringList>

#include <cstring>

#include "jobs/project_access.h"
#include "jobs/records.h"
#include "language.h"
#include "qt_std.h"

namespace lethe::ui {

struct FeatureWorker::State {
    QString root;
    std::unique_ptr<lethe::FeatureReader> reader;
};

FeatureWorker::FeatureWorker(std::shared_ptr<std::atomic<quint64>> latest) : latest_(std::move(latest)) {}
FeatureWorker::~FeatureWorker() = default;

void FeatureWorker::setRoot(const QString &root) {
    if (!state_) state_ = std::make_unique<State>();
    state_->root = root;
    state_->reader.reset(); // created on first use, on this thread
}

void FeatureWorker::load(quint64 ticket, const lethe::DatasetRow &dataset, qint64 row_index) {
    // Stale: the user has moved on to another record; skip the work.
    if (ticket < latest_->load()) {
        Q_EMIT skipped(ticket);
        return;
    }
    try {
        if (!state_ || state_->root.isEmpty()) throw std::runtime_error("no project");
        if (!state_->reader) state_->reader = std::make_unique<lethe::FeatureReader>(ss(state_->root));
        const auto f = state_->reader->features(dataset, row_index);
        const int h = f.shape.size() >= 2 ? int(f.shape[f.shape.size() - 2]) : 0;
        const int w = f.shape.size() >= 2 ? int(f.shape.back()) : 0;
        if (f.is_u8 && h > 0 && w > 0 && size_t(h) * size_t(w) <= f.u8.size()) {
            QImage img(w, h, QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) memcpy(img.scanLine(y), f.u8.data() + size_t(y) * size_t(w), size_t(w));
            Q_EMIT loaded(ticket, img, QString());
        } else {
            QStringList vals;
            if (f.is_u8)
                for (size_t i = 0; i < std::min<size_t>(f.u8.size(), 24); ++i) vals << QString::number(f.u8[i]);
            else
                for (size_t i = 0; i < std::min<size_t>(f.f32.size(), 24); ++i) vals << localSignificant(f.f32[i], 4);
            Q_EMIT loaded(ticket, QImage(), vals.join(QStringLiteral(", ")));
        }
    } catch (const std::exception &e) {
        Q_EMIT failed(ticket, userText(e));
    } catch (...) {
        Q_EMIT failed(ticket, tr("unknown error while reading the record"));
    }
}

FeatureLoader::FeatureLoader(QObject *parent) : QObject(parent), latest_(std::make_shared<std::atomic<quint64>>(0)) {
    thread_.reset(new QThread);
    thread_->setObjectName(QStringLiteral("lethe-features"));
    worker_ = new FeatureWorker(latest_);
    worker_->moveToThread(thread_.get());
    connect(thread_.get(), &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &FeatureWorker::loaded, this, [this](quint64 t, const QImage &img, const QString &text) {
        --pending_;
        if (t == latest_->load()) Q_EMIT loaded(t, img, text);
    });
    connect(worker_, &FeatureWorker::failed, this, [this](quint64 t, const QString &m) {
        --pending_;
        if (t == latest_->load()) Q_EMIT failed(t, m);
    });
    connect(worker_, &FeatureWorker::skipped, this, [this](quint64) { --pending_; });
    thread_->start();
}

FeatureLoader::~FeatureLoader() {
    // Every queued read goes stale; the thread pointer then quits and waits
    // (at most one read in progress).
    latest_->store(~quint64(0));
}

void FeatureLoader::setProjectRoot(const QString &root) {
    latest_->store(++next_);
    auto *w = worker_;
    QMetaObject::invokeMethod(
        w, [w, root] { w->setRoot(root); }, Qt::QueuedConnection);
}

quint64 FeatureLoader::request(const lethe::DatasetRow &dataset, qint64 row_index) {
    const quint64 ticket = ++next_;
    latest_->store(ticket);
    ++pending_;
    auto *w = worker_;
    QMetaObject::invokeMethod(
        w, [w, ticket, dataset, row_index] { w->load(ticket, dataset, row_index); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace lethe::ui
