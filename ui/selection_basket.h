#pragma once
// The records to forget: added by subject, by filter or by hand. Remembers
// which whole subjects are in it (the engine then links the job to the
// subject's open request) and emits changed() after every edit.
#include <QObject>
#include <QStringList>

#include <set>
#include <vector>

namespace lethe::ui {

class SelectionBasket : public QObject {
    Q_OBJECT
public:
    explicit SelectionBasket(QObject *parent = nullptr) : QObject(parent) {}

    void addSubject(const QString &pseudonym, const std::vector<qint64> &record_ids);
    void addRecords(const std::vector<qint64> &record_ids, const QString &how);
    void removeRecords(const std::vector<qint64> &record_ids);
    void clear();

    const std::set<qint64> &records() const { return records_; }
    const QStringList &subjects() const { return subjects_; }   // added whole
    const QStringList &additions() const { return additions_; } // human log of what was added
    qint64 count() const { return qint64(records_.size()); }
    bool isEmpty() const { return records_.empty(); }
    // True when the basket is exactly the union of whole subjects.
    bool onlyWholeSubjects() const { return by_hand_ == 0 && !subjects_.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    std::set<qint64> records_;
    QStringList subjects_, additions_;
    int by_hand_ = 0;
};

} // namespace lethe::ui
