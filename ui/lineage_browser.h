#pragma once
// The lineage browser: subjects with search, the selected subject's records
// (a paged table), and the detail of the current record. Adds to the basket
// by subject, by selected rows or by a filter expression.
#include <QWidget>

#include "jobs/project_access.h"

class QLineEdit;
class QListView;
class QTableView;
class QComboBox;
class QLabel;
class QTimer;

namespace lethe::ui {

class SubjectListModel;
class RecordTableModel;
class RecordDetail;
class SelectionBasket;

class LineageBrowser : public QWidget {
    Q_OBJECT
public:
    LineageBrowser(SelectionBasket *basket, QWidget *parent = nullptr);

    void setProject(const QString &root, lethe::Lineage *lin);
    void setSearch(const QString &text); // immediate (the line edit is debounced)
    bool selectSubject(const QString &pseudonym);
    void showAllRecords();
    // Shows one record in the detail pane: selects its subject (when it has
    // one) and its row when the subject's first page holds it.
    void revealRecord(qint64 record_id, const QString &pseudonym = {});

    SubjectListModel *subjects() const { return subjects_; }
    RecordTableModel *records() const { return records_; }
    RecordDetail *detail() const { return detail_; }
    QTableView *recordView() const { return record_view_; }
    QListView *subjectView() const { return subject_view_; }
    QString currentSubject() const { return current_subject_; }

public Q_SLOTS:
    void addCurrentSubjectToBasket();
    void addSelectedRecordsToBasket();
    void addByFilter();
    void refresh();

Q_SIGNALS:
    void subjectSelected(const QString &pseudonym);
    void message(const QString &text);

private:
    void onSubjectChanged();
    void onRecordChanged();
    void updateCount();

    lethe::Lineage *lin_ = nullptr;
    SelectionBasket *basket_;
    SubjectListModel *subjects_;
    RecordTableModel *records_;
    RecordDetail *detail_;
    QLineEdit *search_;
    QTimer *search_timer_;
    QListView *subject_view_;
    QTableView *record_view_;
    QComboBox *split_;
    QLabel *count_;
    QLineEdit *filter_;
    QString current_subject_;
};

} // namespace lethe::ui
