#include "subject_list_model.h"

#include "language.h"
#include "qt_std.h"

namespace lethe::ui {

SubjectListModel::SubjectListModel(QObject *parent) : QAbstractListModel(parent) {}

void SubjectListModel::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    refresh();
}

void SubjectListModel::setSearch(const QString &text) {
    const QString t = text.trimmed();
    if (t == search_) return;
    search_ = t;
    refresh();
}

void SubjectListModel::refresh() {
    beginResetModel();
    rows_.clear();
    at_end_ = lin_ == nullptr;
    endResetModel();
    if (lin_) fetchMore({});
}

int SubjectListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant SubjectListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const auto &s = rows_[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  (%2)").arg(qs(s.pseudonym), localCount(s.n_records));
    case Qt::ToolTipRole: return tr("Subject %1 owns %Ln record(s)", nullptr, int(s.n_records)).arg(qs(s.pseudonym));
    case SubjectIdRole: return QVariant::fromValue<qint64>(s.id);
    case PseudonymRole: return qs(s.pseudonym);
    case RecordCountRole: return QVariant::fromValue<qint64>(s.n_records);
    default: return {};
    }
}

bool SubjectListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !at_end_; }

void SubjectListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || at_end_ || !lin_) return;
    const int64_t after = rows_.empty() ? 0 : rows_.back().id;
    auto page = lethe::subjects_page(*lin_, ss(search_), after, page_);
    at_end_ = int(page.size()) < page_;
    if (page.empty()) return;
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + page.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

int SubjectListModel::rowOfPseudonym(const QString &pseudonym) const {
    const std::string p = ss(pseudonym);
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].pseudonym == p) return int(i);
    return -1;
}

} // namespace lethe::ui
