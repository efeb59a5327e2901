#pragma once
// Records of a subject (or of the whole project), as a table that pages with
// keyset queries: WHERE id > last ORDER BY id LIMIT page. It never holds an
// open cursor and never loads every row; the total comes from one count.
#include <QAbstractTableModel>

#include <set>
#include <vector>

#include "jobs/project_access.h"

namespace lethe::ui {

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Subject, Label, Split, Source, Collected, DatasetRow, Sha256, InBasket, ColumnCount };
    enum Roles { RecordIdRole = Qt::UserRole + 1 };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setLineage(lethe::Lineage *lin);
    void setFilter(const lethe::RecordFilter &f);
    const lethe::RecordFilter &filter() const { return filter_; }
    void setPageSize(int n) { page_ = n; }
    int pageSize() const { return page_; }
    qint64 totalCount() const { return total_; } // rows matching the filter
    int pagesFetched() const { return pages_; }
    void setBasket(const std::set<qint64> *basket); // marks rows in the basket
    void basketChanged();

    const lethe::RecordRow &recordAt(int row) const { return rows_[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void reload();

    lethe::Lineage *lin_ = nullptr;
    lethe::RecordFilter filter_;
    std::vector<lethe::RecordRow> rows_;
    std::vector<QString> subject_names_; // per row, resolved once per page
    qint64 total_ = 0;
    int page_ = 256;
    int pages_ = 0;
    bool at_end_ = true;
    bool fashion_ = false;
    const std::set<qint64> *basket_ = nullptr;
};

} // namespace lethe::ui
