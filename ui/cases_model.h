#pragma once
// Erasure requests (cases) of the project, with the deadline computed from
// the received date by the jurisdiction rule and overdue cases flagged.
#include <QAbstractTableModel>
#include <QDate>

#include <vector>

#include "deadline_rule.h"
#include "jobs/project_access.h"

namespace lethe::ui {

class CasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseRef, Subject, Deadline, Status, Received, Ground, ColumnCount };
    enum Roles { RequestIdRole = Qt::UserRole + 1, OverdueRole, DeadlineRole };

    explicit CasesModel(QObject *parent = nullptr);
    void setLineage(lethe::Lineage *lin);
    void setRule(const DeadlineRule &r);
    const DeadlineRule &rule() const { return rule_; }
    void setToday(const QDate &d); // tests pin the date
    void refresh();

    const lethe::RequestRow &requestAt(int row) const { return rows_[size_t(row)]; }
    int rowOfRequest(qint64 id) const;
    QDate deadlineAt(int row) const;
    bool overdueAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    lethe::Lineage *lin_ = nullptr;
    std::vector<lethe::RequestRow> rows_;
    DeadlineRule rule_;
    QDate today_;
};

} // namespace lethe::ui
