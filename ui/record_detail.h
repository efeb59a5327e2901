#pragma once
// One record: its image (or features), its lineage row and where it was
// used: training runs (shard, slice), the checkpoints and models that saw it,
// and the forget jobs that selected it.
#include <QWidget>

#include <memory>

#include "jobs/project_access.h"

class QLabel;
class QTreeWidget;
class QFormLayout;

namespace lethe::ui {

class FeatureLoader;

class RecordDetail : public QWidget {
    Q_OBJECT
public:
    explicit RecordDetail(QWidget *parent = nullptr);
    ~RecordDetail() override;

    void setProject(const QString &root, lethe::Lineage *lin);
    void showRecord(qint64 record_id);
    void clear();

    // For tests and the report: what is shown.
    QImage image() const;
    qint64 recordId() const { return record_id_; }
    QTreeWidget *usageTree() const { return usage_; }
    // True while the record's features are being read on the loader's thread.
    bool isLoading() const { return ticket_ != 0; }

Q_SIGNALS:
    // The features of the record shown have arrived (or failed: image() is null).
    void featuresShown(qint64 record_id);

private:
    lethe::Lineage *lin_ = nullptr;
    FeatureLoader *loader_;
    quint64 ticket_ = 0; // the read in flight for the record shown; 0: none
    qint64 record_id_ = 0;
    QLabel *image_ = nullptr;
    QLabel *info_ = nullptr;
    QTreeWidget *usage_ = nullptr;
    QImage *pixels_ = nullptr;
};

} // namespace lethe::ui
