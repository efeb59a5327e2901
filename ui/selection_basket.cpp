#include "selection_basket.h"

namespace lethe::ui {

void SelectionBasket::addSubject(const QString &pseudonym, const std::vector<qint64> &record_ids) {
    records_.insert(record_ids.begin(), record_ids.end());
    if (!subjects_.contains(pseudonym)) subjects_ << pseudonym;
    additions_ << tr("subject %1: %Ln record(s)", nullptr, int(record_ids.size())).arg(pseudonym);
    Q_EMIT changed();
}

void SelectionBasket::addRecords(const std::vector<qint64> &record_ids, const QString &how) {
    const size_t before = records_.size();
    records_.insert(record_ids.begin(), record_ids.end());
    if (records_.size() == before) return;
    ++by_hand_;
    additions_ << tr("%1: %Ln record(s)", nullptr, int(records_.size() - before)).arg(how);
    Q_EMIT changed();
}

void SelectionBasket::removeRecords(const std::vector<qint64> &record_ids) {
    for (auto id : record_ids) records_.erase(id);
    ++by_hand_; // no longer the exact union of subjects
    Q_EMIT changed();
}

void SelectionBasket::clear() {
    records_.clear();
    subjects_.clear();
    additions_.clear();
    by_hand_ = 0;
    Q_EMIT changed();
}

} // namespace lethe::ui
