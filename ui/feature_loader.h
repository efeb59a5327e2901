#pragma once
// Reads records' features off the GUI thread. The first read of an image
// dataset decodes the whole IDX file (tens of MB gunzipped for
// Fashion-MNIST): the FeatureReader, which caches each decoded dataset, lives
// on a thread of its own, and the record detail pane asks for one record at a
// time and hears back through a queued signal. A newer request makes the
// older ones stale: they are skipped, not decoded.
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "job_runner.h"
#include "jobs/project_access.h"

namespace lethe::ui {

class FeatureWorker;

class FeatureLoader : public QObject {
    Q_OBJECT
public:
    explicit FeatureLoader(QObject *parent = nullptr);
    ~FeatureLoader() override;

    // Starts over with another project (empty root: none); pending requests go stale.
    void setProjectRoot(const QString &root);
    // Queues a read; returns its ticket. loaded() or failed() answer it.
    quint64 request(const lethe::DatasetRow &dataset, qint64 row_index);
    bool isBusy() const { return pending_ > 0; }

Q_SIGNALS:
    // image: 2-D u8 features as a grey image; else text: the first numbers.
    void loaded(quint64 ticket, const QImage &image, const QString &text);
    void failed(quint64 ticket, const QString &message);

private:
    ThreadPtr thread_;
    FeatureWorker *worker_ = nullptr; // lives on thread_
    std::shared_ptr<std::atomic<quint64>> latest_;
    quint64 next_ = 0;
    int pending_ = 0;
};

// The object on the loader's thread. Public only for moc.
class FeatureWorker : public QObject {
    Q_OBJECT
public:
    explicit FeatureWorker(std::shared_ptr<std::atomic<quint64>> latest);
    ~FeatureWorker() override;
    void setRoot(const QString &root);
    void load(quint64 ticket, const lethe::DatasetRow &dataset, qint64 row_index);

Q_SIGNALS:
    void loaded(quint64 ticket, const QImage &image, const QString &text);
    void failed(quint64 ticket, const QString &message);
    void skipped(quint64 ticket);

private:
    struct State;
    std::shared_ptr<std::atomic<quint64>> latest_;
    std::unique_ptr<State> state_;
};

} // namespace lethe::ui
