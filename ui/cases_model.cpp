#include "cases_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

CasesModel::CasesModel(QObject *parent) : QAbstractTableModel(parent), today_(QDate::currentDate()) {}

void CasesModel::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    refresh();
}

void CasesModel::setRule(const DeadlineRule &r) {
    rule_ = r;
    if (!rows_.empty()) Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

void CasesModel::setToday(const QDate &d) {
    today_ = d;
    if (!rows_.empty()) Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

void CasesModel::refresh() {
    beginResetModel();
    rows_ = lin_ ? lin_->requests() : std::vector<lethe::RequestRow>{};
    endResetModel();
}

int CasesModel::rowOfRequest(qint64 id) const {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id) return int(i);
    return -1;
}

QDate CasesModel::deadlineAt(int row) const {
    // The engine keeps the deadline: one rule's months from receipt, moved
    // only by an extension the auditor decided (jobs/cases.h).
    return parseIsoDate(qs(rows_[size_t(row)].deadline_at));
}

bool CasesModel::overdueAt(int row) const {
    const auto &r = rows_[size_t(row)];
    return !DeadlineRule::isClosed(qs(r.status)) && deadlineAt(row).isValid() && today_ > deadlineAt(row);
}

int CasesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int CasesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CasesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case CaseRef: return tr("Case");
    case Subject: return tr("Subject");
    case Received: return tr("Received");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case Ground: return tr("Ground");
    default: return {};
    }
}

QVariant CasesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const auto &r = rows_[size_t(index.row())];
    const bool overdue = overdueAt(index.row());
    switch (role) {
    case RequestIdRole: return QVariant::fromValue<qint64>(r.id);
    case OverdueRole: return overdue;
    case DeadlineRole: return deadlineAt(index.row());
    case Qt::ForegroundRole:
        if (overdue) return QBrush(QColor(180, 0, 0));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Deadline) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Deadline)
            return r.extended_months
                       ? tr("Extended by %n month(s) (Art. 12(3)); first deadline %1", nullptr, r.extended_months)
                             .arg(localDate(qs(r.first_deadline_at)))
                       : tr("%1: %2 month(s) from receipt, extendable by %3")
                             .arg(rule_.name)
                             .arg(rule_.months)
                             .arg(rule_.extension_months);
        if (index.column() == Status) {
            QString t = statusWords(qs(r.status));
            if (!r.decision_note.empty())
                t += QStringLiteral("\n") + localTimestamp(qs(r.decided_at)) + QStringLiteral(": ") +
                     qs(r.decision_note);
            if (!r.override_reason.empty()) t += tr("\nclosed over open findings: %1").arg(qs(r.override_reason));
            return t;
        }
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case CaseRef: return qs(r.case_ref);
    case Subject: return qs(r.subject_pseudonym);
    case Received: return localDate(qs(r.received_at)); // the local way; stored as ISO 8601
    case Deadline: {
        const QString d = localDate(deadlineAt(index.row()));
        if (overdue) return tr("%1 (overdue)").arg(d);
        if (DeadlineRule::isClosed(qs(r.status))) return d;
        return tr("%1 (%n day(s) left)", nullptr, int(today_.daysTo(deadlineAt(index.row())))).arg(d);
    }
    case Status: return statusWords(qs(r.status));
    case Ground: return qs(r.ground);
    default: return {};
    }
}

} // namespace lethe::ui
