#pragma once
// Cases (erasure requests): the list with deadlines and overdue flags, and
// the dialog that creates or edits one. Every change is logged.
#include <QDialog>
#include <QWidget>

#include <functional>

#include "jobs/project_access.h"

class QTableView;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;

class QDialog;

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
    QComboBox *ground_;
};

// Closing a case is the auditor's decision (jobs/cases.h answer_case): a note,
// and, when a finding is still open, an override with its reason.
class CloseCaseDialog : public QDialog {
    Q_OBJECT
public:
    CloseCaseDialog(const lethe::RequestRow &r, const QStringList &open_findings, QWidget *parent = nullptr);
    QString note() const;
    QString overrideReason() const; // empty: no override
    bool redact() const;            // then redact the subject's raw records from the project's copies

private:
    QPlainTextEdit *note_;
    QLineEdit *override_;
    QCheckBox *redact_;
};

class CasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesPanel(QWidget *parent = nullptr);
    void setLineage(lethe::Lineage *lin);
    // Checks, before a case is closed with a redaction, what would refuse it
    // (the main window holds the project); throws with the reason.
    void setRedactionCheck(std::function<void(qint64)> check) { redaction_check_ = std::move(check); }
    CasesModel *model() const { return model_; }
    QTableView *view() const { return view_; }
    qint64 currentRequestId() const; // 0: none
    lethe::RequestRow currentRequest() const;
    bool selectRequest(qint64 id);

    // Writes through the engine (jobs/cases.h), each with its log entry;
    // throw lethe::Error on bad input, and nothing is written then.
    qint64 createCase(lethe::RequestRow r);
    void editCase(lethe::RequestRow r);
    void closeCase(qint64 id, const QString &note, const QString &override_reason = {});
    void extendCase(qint64 id, int months, const QString &reason);
    void refuseCase(qint64 id, const QString &reason);

    QPushButton *newButton() const { return new_; }
    QPushButton *closeButton() const { return close_; }
    QPushButton *timelineButton() const { return timeline_; }
    // The width at which case, subject, deadline with days left and status
    // show whole: the window opens the dock this wide when
    // the screen has room, and it can still be narrowed to a small screen.
    int preferredWidth() const;
    // The case's history from the audit log (jobs/cases.h case_timeline):
    // a dialog listing when, who and what; returned for tests.
    QDialog *showTimeline(qint64 request_id);

public Q_SLOTS:
    void newCase();
    void editCurrent();
    void closeCurrent();
    void extendCurrent();
    void refuseCurrent();
    void refresh();

Q_SIGNALS:
    void currentCaseChanged(qint64 request_id);
    void caseChanged(qint64 request_id); // a decision or an edit was written
    void message(const QString &text);
    // The auditor closed the case and asked to redact its subject's raw
    // records (the main window holds the project that does it).
    void redactRequested(qint64 request_id);

private:
    std::function<void(qint64)> redaction_check_;
    void updateButtons();
    // Shows the case dialog until write() accepts what was typed or the user
    // cancels; a refused entry comes back with what was typed.
    void editInDialog(lethe::RequestRow r, const QString &refused_title,
                      const std::function<void(const lethe::RequestRow &)> &write);
    lethe::Lineage *lin_ = nullptr;
    CasesModel *model_;
    QTableView *view_;
    QPushButton *new_, *edit_, *close_, *extend_, *refuse_, *timeline_;
};

} // namespace lethe::ui
