#pragma once
// One record: its image (or features), its lineage row and where it was
// used: training runs (shard, slice), the checkpoints and models that saw it,
// and the forget jobs that selected it.
#include <QWidget>

#include <memory>

#include "lineage/browse.h"

class QLabel;
class QTreeWidget;
class QFormLayout;

namespace lethe::ui {

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

private:
    lethe::Lineage *lin_ = nullptr;
    std::unique_ptr<lethe::FeatureReader> reader_;
    qint64 record_id_ = 0;
    QLabel *image_ = nullptr;
    QLabel *info_ = nullptr;
    QTreeWidget *usage_ = nullptr;
    QImage *pixels_ = nullptr;
};

} // namespace lethe::ui
