#include "lineage_browser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

#include "jobs/project_access.h"
#include "qt_std.h"
#include "record_detail.h"
#include "record_table_model.h"
#include "selection_basket.h"
#include "subject_list_model.h"
#include "verdict.h"

namespace lethe::ui {

LineageBrowser::LineageBrowser(SelectionBasket *basket, QWidget *parent)
    : QWidget(parent), basket_(basket), subjects_(new SubjectListModel(this)), records_(new RecordTableModel(this)) {
    // Left: subjects.
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    search_ = new QLineEdit(left);
    search_->setPlaceholderText(tr("Search subjects by pseudonym…"));
    search_->setClearButtonEnabled(true);
    search_->setObjectName(QStringLiteral("subjectSearch"));
    subject_view_ = new QListView(left);
    subject_view_->setModel(subjects_);
    subject_view_->setUniformItemSizes(true);
    auto *add_subject = new QPushButton(tr("Add subject to basket"), left);
    add_subject->setToolTip(tr("Put every record of the selected subject into the selection basket"));
    auto *all = new QPushButton(tr("All records"), left);
    all->setToolTip(tr("Browse every record of the project, not only one subject's"));
    ll->addWidget(search_);
    ll->addWidget(subject_view_, 1);
    ll->addWidget(add_subject);
    ll->addWidget(all);

    // Middle: records.
    auto *mid = new QWidget(this);
    auto *ml = new QVBoxLayout(mid);
    ml->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    count_ = new QLabel(mid);
    split_ = new QComboBox(mid);
    split_->addItem(tr("every split"), QString());
    for (const char *s : {"train", "test", "population"})
        split_->addItem(stateWord(QLatin1String(s)), QLatin1String(s));
    top->addWidget(count_, 1);
    top->addWidget(new QLabel(tr("Split:"), mid));
    top->addWidget(split_);
    record_view_ = new QTableView(mid);
    record_view_->setModel(records_);
    record_view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    record_view_->verticalHeader()->hide();
    record_view_->verticalHeader()->setDefaultSectionSize(22);
    record_view_->horizontalHeader()->setStretchLastSection(true);
    record_view_->setAlternatingRowColors(true);
    auto *bottom = new QHBoxLayout;
    auto *add_rows = new QPushButton(tr("Add selected records"), mid);
    add_rows->setToolTip(tr("Put the selected rows into the selection basket"));
    filter_ = new QLineEdit(mid);
    filter_->setPlaceholderText(tr("Filter, e.g. label = 3 and source = 'demo-app'"));
    filter_->setToolTip(tr("Fields: id, label, split, source, subject, collected_at, dataset, row; "
                           "operators = != < <= > >=; conditions joined by 'and'"));
    auto *add_filter = new QPushButton(tr("Add by filter"), mid);
    bottom->addWidget(add_rows);
    bottom->addWidget(filter_, 1);
    bottom->addWidget(add_filter);
    ml->addLayout(top);
    ml->addWidget(record_view_, 1);
    ml->addLayout(bottom);

    detail_ = new RecordDetail(this);

    // Subjects | records over the chosen record's detail.
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(mid);
    right->addWidget(detail_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(split);

    search_timer_ = new QTimer(this);
    search_timer_->setSingleShot(true);
    search_timer_->setInterval(150);
    connect(search_, &QLineEdit::textChanged, search_timer_, qOverload<>(&QTimer::start));
    connect(search_timer_, &QTimer::timeout, this, [this] { subjects_->setSearch(search_->text()); });
    connect(subject_view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LineageBrowser::onSubjectChanged);
    connect(record_view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LineageBrowser::onRecordChanged);
    connect(split_, &QComboBox::currentIndexChanged, this, [this] {
        auto f = records_->filter();
        f.split = ss(split_->currentData().toString());
        records_->setFilter(f);
        updateCount();
    });
    connect(add_subject, &QPushButton::clicked, this, &LineageBrowser::addCurrentSubjectToBasket);
    connect(add_rows, &QPushButton::clicked, this, &LineageBrowser::addSelectedRecordsToBasket);
    connect(add_filter, &QPushButton::clicked, this, &LineageBrowser::addByFilter);
    connect(filter_, &QLineEdit::returnPressed, this, &LineageBrowser::addByFilter);
    connect(all, &QPushButton::clicked, this, &LineageBrowser::showAllRecords);
    connect(basket_, &SelectionBasket::changed, records_, &RecordTableModel::basketChanged);
    records_->setBasket(&basket_->records());
    updateCount();
}

void LineageBrowser::setProject(const QString &root, lethe::Lineage *lin) {
    lin_ = lin;
    current_subject_.clear();
    detail_->setProject(root, lin);
    subjects_->setLineage(lin);
    records_->setLineage(lin);
    updateCount();
}

void LineageBrowser::refresh() {
    if (!lin_) return;
    const QString keep = current_subject_;
    subjects_->refresh();
    auto f = records_->filter();
    records_->setFilter(f);
    if (!keep.isEmpty()) selectSubject(keep);
    updateCount();
}

void LineageBrowser::setSearch(const QString &text) {
    search_timer_->stop();
    const QSignalBlocker block(search_);
    search_->setText(text);
    subjects_->setSearch(text);
}

bool LineageBrowser::selectSubject(const QString &pseudonym) {
    int row = subjects_->rowOfPseudonym(pseudonym);
    if (row < 0) {
        setSearch(pseudonym);
        row = subjects_->rowOfPseudonym(pseudonym);
    }
    if (row < 0) return false;
    subject_view_->setCurrentIndex(subjects_->index(row));
    return true;
}

void LineageBrowser::showAllRecords() {
    current_subject_.clear();
    subject_view_->clearSelection();
    auto f = records_->filter();
    f.subject_id.reset();
    records_->setFilter(f);
    detail_->clear();
    updateCount();
}

void LineageBrowser::revealRecord(qint64 record_id, const QString &pseudonym) {
    if (!lin_ || record_id <= 0) return;
    // The audit names a record without a subject "record:ID".
    if (!pseudonym.isEmpty() && !pseudonym.startsWith(QLatin1String("record:")) && pseudonym != current_subject_)
        selectSubject(pseudonym);
    for (int r = 0; r < records_->rowCount(); ++r)
        if (records_->recordAt(r).id == record_id) {
            record_view_->setCurrentIndex(records_->index(r, 0));
            record_view_->scrollTo(records_->index(r, 0));
            if (detail_->recordId() != record_id) detail_->showRecord(record_id);
            return;
        }
    record_view_->clearSelection();
    detail_->showRecord(record_id);
}

void LineageBrowser::onSubjectChanged() {
    const QModelIndex i = subject_view_->currentIndex();
    if (!i.isValid()) return;
    current_subject_ = i.data(SubjectListModel::PseudonymRole).toString();
    auto f = records_->filter();
    f.subject_id = i.data(SubjectListModel::SubjectIdRole).toLongLong();
    records_->setFilter(f);
    detail_->clear();
    if (records_->rowCount() > 0) record_view_->setCurrentIndex(records_->index(0, 0));
    updateCount();
    Q_EMIT subjectSelected(current_subject_);
}

void LineageBrowser::onRecordChanged() {
    const QModelIndex i = record_view_->currentIndex();
    if (!i.isValid()) return;
    detail_->showRecord(records_->recordAt(i.row()).id);
}

void LineageBrowser::updateCount() {
    if (!lin_) {
        count_->setText(tr("No project open"));
        return;
    }
    const QString who = current_subject_.isEmpty() ? tr("the project") : tr("subject %1").arg(current_subject_);
    count_->setText(tr("%Ln record(s) of %1", nullptr, int(records_->totalCount())).arg(who));
}

void LineageBrowser::addCurrentSubjectToBasket() {
    if (!lin_ || current_subject_.isEmpty()) {
        Q_EMIT message(tr("Select a subject first"));
        return;
    }
    const auto sid = lin_->subject_id(ss(current_subject_), false);
    std::vector<qint64> ids;
    for (auto id : lin_->record_ids_of_subject(sid)) ids.push_back(id);
    basket_->addSubject(current_subject_, ids);
    Q_EMIT message(tr("Added %Ln record(s) of %1 to the basket", nullptr, int(ids.size())).arg(current_subject_));
}

void LineageBrowser::addSelectedRecordsToBasket() {
    std::set<int> rows;
    for (const auto &i : record_view_->selectionModel()->selectedIndexes()) rows.insert(i.row());
    std::vector<qint64> ids;
    for (int r : rows) ids.push_back(records_->recordAt(r).id);
    if (ids.empty()) {
        Q_EMIT message(tr("Select records in the table first"));
        return;
    }
    basket_->addRecords(ids, tr("by hand"));
}

void LineageBrowser::addByFilter() {
    if (!lin_ || filter_->text().trimmed().isEmpty()) return;
    try {
        std::vector<qint64> ids;
        for (auto id : lin_->record_ids_matching(ss(filter_->text()))) ids.push_back(id);
        basket_->addRecords(ids, tr("filter '%1'").arg(filter_->text()));
        Q_EMIT message(tr("The filter matched %Ln record(s)", nullptr, int(ids.size())));
    } catch (const std::exception &e) {
        Q_EMIT message(userText(e));
    }
}

} // namespace lethe::ui
