#pragma once
// Data subjects, searched by pseudonym, a page at a time (keyset paging on
// the subject id; fetchMore asks for the next page when the view scrolls).
#include <QAbstractListModel>

#include <vector>

#include "jobs/project_access.h"

namespace lethe::ui {

class SubjectListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { SubjectIdRole = Qt::UserRole + 1, PseudonymRole, RecordCountRole };
    explicit SubjectListModel(QObject *parent = nullptr);

    void setLineage(lethe::Lineage *lin); // null: empty
    void setSearch(const QString &text);
    QString search() const { return search_; }
    void setPageSize(int n) { page_ = n; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const lethe::SubjectBrief &subjectAt(int row) const { return rows_[size_t(row)]; }
    int rowOfPseudonym(const QString &pseudonym) const; // -1 when not loaded

private:
    lethe::Lineage *lin_ = nullptr;
    QString search_;
    std::vector<lethe::SubjectBrief> rows_;
    bool at_end_ = true;
    int page_ = 200;
};

} // namespace lethe::ui
