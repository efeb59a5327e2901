#include "record_table_model.h"

#include <QBrush>
#include <QColor>

#include <map>

#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    fashion_ = false;
    if (lin_)
        for (const auto &d : lin_->datasets())
            if (d.name.rfind("fashion-mnist", 0) == 0) fashion_ = true;
    reload();
}

void RecordTableModel::setFilter(const lethe::RecordFilter &f) {
    filter_ = f;
    reload();
}

void RecordTableModel::setBasket(const std::set<qint64> *basket) { basket_ = basket; }

void RecordTableModel::basketChanged() {
    if (!rows_.empty()) Q_EMIT dataChanged(index(0, InBasket), index(int(rows_.size()) - 1, InBasket));
}

void RecordTableModel::reload() {
    beginResetModel();
    rows_.clear();
    subject_names_.clear();
    pages_ = 0;
    total_ = lin_ ? lethe::count_records(*lin_, filter_) : 0;
    at_end_ = total_ == 0;
    endResetModel();
    if (!at_end_) fetchMore({});
}

int RecordTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int RecordTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Id: return tr("Record");
    case Subject: return tr("Subject");
    case Label: return tr("Label");
    case Split: return tr("Split");
    case Source: return tr("Source");
    case Collected: return tr("Collected");
    case DatasetRow: return tr("Dataset row");
    case Sha256: return tr("SHA-256");
    case InBasket: return tr("Basket");
    default: return {};
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const auto &r = rows_[size_t(index.row())];
    const bool in_basket = basket_ && basket_->count(r.id);
    if (role == RecordIdRole) return QVariant::fromValue<qint64>(r.id);
    if (role == Qt::BackgroundRole && in_basket) return QBrush(QColor(255, 236, 200));
    if (role == Qt::ToolTipRole && index.column() == Sha256) return qs(r.sha256);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Id: return qs(r.key); // the record's key, as the manifest gave it
    case Subject: return subject_names_[size_t(index.row())];
    case Label: return label_name(r.label, fashion_);
    case Split: return stateWord(qs(r.split));
    case Source: return qs(r.source);
    case Collected: return localTimestamp(qs(r.collected_at));
    case DatasetRow: return QStringLiteral("%1:%2").arg(r.dataset_id).arg(r.row_index);
    case Sha256: return qs(r.sha256.substr(0, 12)) + QStringLiteral("…");
    case InBasket: return in_basket ? tr("yes") : QString();
    default: return {};
    }
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !at_end_; }

void RecordTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || at_end_ || !lin_) return;
    const int64_t after = rows_.empty() ? 0 : rows_.back().id;
    auto page = lethe::records_page(*lin_, filter_, after, page_);
    at_end_ = int(page.size()) < page_ || qint64(rows_.size() + page.size()) >= total_;
    if (page.empty()) return;
    ++pages_;
    std::map<int64_t, QString> names; // a page holds few distinct subjects
    std::vector<QString> page_names;
    for (const auto &r : page) {
        if (!r.subject_id) {
            page_names.emplace_back();
            continue;
        }
        auto it = names.find(*r.subject_id);
        if (it == names.end())
            it = names.emplace(*r.subject_id, qs(lin_->subject_pseudonym(*r.subject_id).value_or(""))).first;
        page_names.push_back(it->second);
    }
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + page.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    subject_names_.insert(subject_names_.end(), page_names.begin(), page_names.end());
    endInsertRows();
}

} // namespace lethe::ui
