#pragma once
// Cases (erasure requests): the list with deadlines and overdue flags, and
// the dialog that creates or edits one. Every change is logged.
#include <QDialog>
#include <QWidget>

#include "lineage/lineage.h"

class QTableView;
class QLineEdit;
class QComboBox;
class QDateEdit;

namespace lethe::ui {

class CasesModel;

class CaseDialog : public QDialog {
    Q_OBJECT
public:
    CaseDialog(const lethe::RequestRow &r, QWidget *parent = nullptr);
    lethe::RequestRow request() const; // deadline_at left to the caller
    static QStringList grounds();

private:
    lethe::RequestRow row_;
    QLineEdit *case_ref_, *subject_;
    QDateEdit *received_;
    QComboBox *ground_, *status_;
};

class CasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesPanel(QWidget *parent = nullptr);
    void setLineage(lethe::Lineage *lin);
    CasesModel *model() const { return model_; }
    QTableView *view() const { return view_; }
    qint64 currentRequestId() const; // 0: none
    lethe::RequestRow currentRequest() const;
    bool selectRequest(qint64 id);

    // Writes (with a log entry); throw lethe::Error on bad input.
    qint64 createCase(lethe::RequestRow r);
    void editCase(lethe::RequestRow r);

public Q_SLOTS:
    void newCase();
    void editCurrent();
    void refresh();

Q_SIGNALS:
    void currentCaseChanged(qint64 request_id);
    void message(const QString &text);

private:
    lethe::Lineage *lin_ = nullptr;
    CasesModel *model_;
    QTableView *view_;
};

} // namespace lethe::ui
