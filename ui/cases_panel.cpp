#include "cases_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cases_model.h"
#include "core/error.h"
#include "jobs/cases.h"
#include "jobs/project_access.h"
#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

QStringList CaseDialog::grounds() {
    return {QStringLiteral("Art. 17(1)(a): no longer necessary"),
            QStringLiteral("Art. 17(1)(b): consent withdrawn"),
            QStringLiteral("Art. 17(1)(c): objection to processing"),
            QStringLiteral("Art. 17(1)(d): unlawfully processed"),
            QStringLiteral("Art. 17(1)(e): legal obligation"),
            QStringLiteral("Art. 17(1)(f): child's data (Art. 8(1))")};
}

CaseDialog::CaseDialog(const lethe::RequestRow &r, QWidget *parent) : QDialog(parent), row_(r) {
    setWindowTitle(r.id ? tr("Edit case %1").arg(qs(r.case_ref)) : tr("New case"));
    auto *form = new QFormLayout;
    case_ref_ = new QLineEdit(qs(r.case_ref), this);
    case_ref_->setPlaceholderText(tr("e.g. DPO-2025-0002"));
    subject_ = new QLineEdit(qs(r.subject_pseudonym), this);
    subject_->setPlaceholderText(tr("the subject's pseudonym (never a real identity)"));
    received_ = new QDateEdit(this);
    received_->setCalendarPopup(true);
    received_->setDisplayFormat(localDateFormat());
    const QDate rec = parseIsoDate(qs(r.received_at));
    received_->setDate(rec.isValid() ? rec : QDate::currentDate());
    ground_ = new QComboBox(this);
    ground_->setEditable(true);
    ground_->addItems(grounds());
    if (!r.ground.empty()) ground_->setCurrentText(qs(r.ground));
    form->addRow(tr("Case reference:"), case_ref_);
    form->addRow(tr("Subject pseudonym:"), subject_);
    form->addRow(tr("Received:"), received_);
    form->addRow(tr("Art. 17(1) ground:"), ground_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(buttons);
}

lethe::RequestRow CaseDialog::request() const {
    lethe::RequestRow r = row_;
    r.case_ref = ss(case_ref_->text().trimmed());
    r.subject_pseudonym = ss(subject_->text().trimmed());
    r.received_at = ss(received_->date().toString(Qt::ISODate));
    r.ground = ss(ground_->currentText().trimmed());
    return r;
}

CloseCaseDialog::CloseCaseDialog(const lethe::RequestRow &r, const QStringList &open_findings, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Close case %1").arg(qs(r.case_ref)));
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Closing marks the case <b>answered</b>: you decide that the request was honoured "
                                "and record what the subject is told. The audit log keeps your note."),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    note_ = new QPlainTextEdit(this);
    note_->setPlaceholderText(tr("What was done, and what the subject is told"));
    note_->setMaximumHeight(90);
    lay->addWidget(note_);
    override_ = new QLineEdit(this);
    if (!open_findings.isEmpty()) {
        auto *warn = new QLabel(
            tr("<b>%n finding(s) are still open:</b>", nullptr, int(open_findings.size())) +
                QStringLiteral("<ul><li>") + open_findings.join(QStringLiteral("</li><li>")).toHtmlEscaped() +
                QStringLiteral("</li></ul>") + tr("To close anyway, give the reason for the override; it is recorded."),
            this);
        warn->setWordWrap(true);
        lay->addWidget(warn);
        override_->setPlaceholderText(tr("Reason for closing over open findings"));
        lay->addWidget(override_);
    } else {
        override_->hide();
    }
    redact_ = new QCheckBox(tr("Redact the subject's raw records from this project's copies"), this);
    redact_->setChecked(true);
    redact_->setToolTip(tr("Lethe keeps no personal data it no longer needs: the records' rows are zeroed in the "
                           "project's dataset files (images removed). Their hashes, scores and the reports stay, "
                           "and the redaction is logged."));
    redact_->setEnabled(r.subject_id.has_value());
    redact_->setChecked(r.subject_id.has_value());
    lay->addWidget(redact_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
}

QString CloseCaseDialog::note() const { return note_->toPlainText().trimmed(); }
bool CloseCaseDialog::redact() const { return redact_->isChecked(); }
QString CloseCaseDialog::overrideReason() const {
    return override_->isVisible() ? override_->text().trimmed() : QString();
}

CasesPanel::CasesPanel(QWidget *parent) : QWidget(parent), model_(new CasesModel(this)) {
    model_->setRule(DeadlineRule::fromSettings());
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    new_ = new QPushButton(tr("New case…"), this);
    edit_ = new QPushButton(tr("Edit…"), this);
    close_ = new QPushButton(tr("Close…"), this);
    close_->setToolTip(tr("Answer the case: your decision, with a note (the software never closes a case)"));
    extend_ = new QPushButton(tr("Extend…"), this);
    extend_->setToolTip(tr("Art. 12(3): extend the deadline by up to two further months, with the reason"));
    refuse_ = new QPushButton(tr("Refuse…"), this);
    refuse_->setToolTip(tr("Art. 12(4): refuse the request, with the reason"));
    timeline_ = new QPushButton(tr("Timeline…"), this);
    timeline_->setToolTip(tr("The case's history from the audit log: jobs, audits, reports and decisions"));
    // Two columns: the dock stays narrow enough for a 1024-pixel screen.
    auto *buttons = new QGridLayout;
    buttons->addWidget(new_, 0, 0);
    buttons->addWidget(edit_, 0, 1);
    buttons->addWidget(close_, 1, 0);
    buttons->addWidget(extend_, 1, 1);
    buttons->addWidget(refuse_, 2, 0);
    buttons->addWidget(timeline_, 2, 1);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(view_, 1);
    lay->addLayout(buttons);
    connect(new_, &QPushButton::clicked, this, &CasesPanel::newCase);
    connect(edit_, &QPushButton::clicked, this, &CasesPanel::editCurrent);
    connect(close_, &QPushButton::clicked, this, &CasesPanel::closeCurrent);
    connect(extend_, &QPushButton::clicked, this, &CasesPanel::extendCurrent);
    connect(refuse_, &QPushButton::clicked, this, &CasesPanel::refuseCurrent);
    connect(timeline_, &QPushButton::clicked, this, [this] { showTimeline(currentRequestId()); });
    connect(view_, &QTableView::doubleClicked, this, &CasesPanel::editCurrent);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT currentCaseChanged(currentRequestId());
    });
    updateButtons();
}

void CasesPanel::updateButtons() {
    new_->setEnabled(lin_ != nullptr);
    bool open = false;
    if (lin_ && currentRequestId()) {
        try {
            open = !lethe::case_is_closed(currentRequest().status);
        } catch (const std::exception &) {}
    }
    for (auto *b : {edit_, close_, extend_, refuse_}) b->setEnabled(open);
    timeline_->setEnabled(lin_ && currentRequestId());
}

int CasesPanel::preferredWidth() const {
    // Case, subject, deadline with days left and status; received and ground
    // are further right, a scroll away.
    int w = 0;
    for (int c = CasesModel::CaseRef; c <= CasesModel::Status; ++c)
        if (!view_->isColumnHidden(c)) w += view_->columnWidth(c);
    const auto m = layout()->contentsMargins();
    return w + 2 * view_->frameWidth() + view_->verticalScrollBar()->sizeHint().width() + m.left() + m.right() + 2;
}

QDialog *CasesPanel::showTimeline(qint64 request_id) {
    if (!lin_ || request_id <= 0) return nullptr;
    std::vector<lethe::CaseEvent> events;
    lethe::RequestRow r;
    try {
        r = lethe::case_row(*lin_, request_id);
        events = lethe::case_timeline(*lin_, request_id);
    } catch (const std::exception &e) {
        Q_EMIT message(userText(e));
        return nullptr;
    }
    auto *d = new QDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Timeline of case %1").arg(qs(r.case_ref)));
    auto *lay = new QVBoxLayout(d);
    auto *head = new QLabel(
        tr("Case <b>%1</b>, subject %2: %n event(s) from the audit log, oldest first.", nullptr, int(events.size()))
            .arg(qs(r.case_ref).toHtmlEscaped(), qs(r.subject_pseudonym).toHtmlEscaped()),
        d);
    head->setWordWrap(true);
    auto *tree = new QTreeWidget(d);
    tree->setObjectName(QStringLiteral("timeline"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("When (UTC)"), tr("By"), tr("What")});
    tree->setWordWrap(true);
    for (const auto &e : events) {
        // The verdict of an answered case in words; the rest as the engine's Message says.
        auto m = e.message;
        if (e.action == "request.answered" && !m.args.empty() && !m.args[0].empty())
            m.args[0] = ss(resultWord(qs(m.args[0])));
        if (e.action == "audit.done" && m.args.size() > 2) {
            const QString role = qs(m.args[2]);
            m.args[2] = ss(role == QLatin1String("before")       ? tr("before the forget job")
                           : role == QLatin1String("after")      ? tr("after the forget job")
                           : role == QLatin1String("standalone") ? tr("on its own")
                                                                 : role);
        }
        const QString what = engineWords(m, e.text);
        auto *item = new QTreeWidgetItem(tree, {localTimestamp(qs(e.at), true), qs(e.actor), what});
        item->setToolTip(2, tr("%1\n(audit-log entry %2)").arg(what, QString::number(e.seq)));
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    lay->addWidget(head);
    lay->addWidget(tree, 1);
    lay->addWidget(buttons);
    d->resize(720, 420);
    d->open();
    return d;
}

void CasesPanel::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    model_->setLineage(lin);
    view_->resizeColumnsToContents();
    if (model_->rowCount() > 0)
        view_->selectRow(0);
    else
        Q_EMIT currentCaseChanged(0);
    updateButtons();
}

void CasesPanel::refresh() {
    const qint64 keep = currentRequestId();
    model_->refresh();
    if (!selectRequest(keep) && model_->rowCount() > 0) view_->selectRow(0);
    updateButtons();
}

qint64 CasesPanel::currentRequestId() const {
    const auto i = view_->currentIndex();
    return i.isValid() ? model_->requestAt(i.row()).id : 0;
}

lethe::RequestRow CasesPanel::currentRequest() const {
    const auto i = view_->currentIndex();
    return i.isValid() ? model_->requestAt(i.row()) : lethe::RequestRow{};
}

bool CasesPanel::selectRequest(qint64 id) {
    const int row = model_->rowOfRequest(id);
    if (row < 0) return false;
    view_->selectRow(row);
    return true;
}

qint64 CasesPanel::createCase(lethe::RequestRow r) {
    if (!lin_) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "no project is open")));
    lethe::NewCase c;
    c.case_ref = r.case_ref;
    c.subject = r.subject_pseudonym;
    c.received_at = r.received_at;
    c.ground = r.ground;
    c.rule.months = model_->rule().months;
    c.rule.extension_months = model_->rule().extension_months;
    const auto row = lethe::add_case(*lin_, c);
    model_->refresh();
    selectRequest(row.id);
    Q_EMIT caseChanged(row.id);
    return row.id;
}

void CasesPanel::editCase(lethe::RequestRow r) {
    if (!lin_) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "no project is open")));
    lethe::CaseEdit e;
    e.case_ref = r.case_ref;
    e.subject = r.subject_pseudonym;
    e.received_at = r.received_at;
    e.ground = r.ground;
    e.rule.months = model_->rule().months;
    lethe::edit_case(*lin_, r.id, e);
    refresh();
    Q_EMIT caseChanged(r.id);
}

void CasesPanel::closeCase(qint64 id, const QString &note, const QString &override_reason) {
    if (!lin_) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "no project is open")));
    lethe::answer_case(*lin_, id, ss(note), ss(override_reason));
    refresh();
    Q_EMIT caseChanged(id);
}

void CasesPanel::extendCase(qint64 id, int months, const QString &reason) {
    if (!lin_) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "no project is open")));
    lethe::DeadlineRule rule;
    rule.months = model_->rule().months;
    rule.extension_months = model_->rule().extension_months;
    lethe::extend_case(*lin_, id, months, ss(reason), rule);
    refresh();
    Q_EMIT caseChanged(id);
}

void CasesPanel::refuseCase(qint64 id, const QString &reason) {
    if (!lin_) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "no project is open")));
    lethe::refuse_case(*lin_, id, ss(reason));
    refresh();
    Q_EMIT caseChanged(id);
}

void CasesPanel::newCase() {
    if (!lin_) return;
    lethe::RequestRow r;
    r.case_ref = ss(QStringLiteral("DPO-%1-%2")
                        .arg(QDate::currentDate().year())
                        .arg(model_->rowCount() + 1, 4, 10, QLatin1Char('0')));
    editInDialog(r, tr("Case not created"), [this](const lethe::RequestRow &x) { createCase(x); });
}

void CasesPanel::editCurrent() {
    if (!lin_ || !currentRequestId()) return;
    editInDialog(currentRequest(), tr("Case not saved"), [this](const lethe::RequestRow &x) { editCase(x); });
}

void CasesPanel::editInDialog(lethe::RequestRow r, const QString &refused_title,
                              const std::function<void(const lethe::RequestRow &)> &write) {
    for (;;) {
        CaseDialog d(r, this);
        if (d.exec() != QDialog::Accepted) return;
        r = d.request();
        try {
            write(r);
            return;
        } catch (const std::exception &e) {
            QMessageBox::warning(this, refused_title, userText(e));
        }
    }
}

void CasesPanel::closeCurrent() {
    if (!lin_ || !currentRequestId()) return;
    const auto r = currentRequest();
    QStringList open;
    try {
        for (const auto &f : lethe::case_verdict(*lin_, r.id).findings)
            if (f.result == lethe::CaseResult::Open) open << findingText(f.to_json());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Case not closed"), userText(e));
        return;
    }
    CloseCaseDialog d(r, open, this);
    if (d.exec() != QDialog::Accepted) return;
    try {
        if (d.redact() && redaction_check_) redaction_check_(r.id); // refused before the case is closed
        closeCase(r.id, d.note(), d.overrideReason());
        Q_EMIT message(tr("Case %1 answered").arg(qs(r.case_ref)));
        if (d.redact()) Q_EMIT redactRequested(r.id);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Case not closed"), userText(e));
    }
}

void CasesPanel::extendCurrent() {
    if (!lin_ || !currentRequestId()) return;
    const auto r = currentRequest();
    bool ok = false;
    const int left = model_->rule().extension_months - r.extended_months;
    if (left <= 0) {
        QMessageBox::information(this, tr("Extend the deadline"),
                                 tr("Case %1 is already extended by %2 month(s), the most the rule allows.")
                                     .arg(qs(r.case_ref))
                                     .arg(r.extended_months));
        return;
    }
    const int months = QInputDialog::getInt(this, tr("Extend the deadline"),
                                            tr("Extend case %1 by how many months (Art. 12(3))?").arg(qs(r.case_ref)),
                                            left, 1, left, 1, &ok);
    if (!ok) return;
    const QString reason =
        QInputDialog::getText(this, tr("Extend the deadline"),
                              tr("Reason (the subject is told within the first month):"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    try {
        extendCase(r.id, months, reason.trimmed());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Deadline not extended"), userText(e));
    }
}

void CasesPanel::refuseCurrent() {
    if (!lin_ || !currentRequestId()) return;
    const auto r = currentRequest();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Refuse the request"),
                              tr("Why is case %1 refused (Art. 12(4))? The subject is told.").arg(qs(r.case_ref)),
                              QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    try {
        refuseCase(r.id, reason.trimmed());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Request not refused"), userText(e));
    }
}

} // namespace lethe::ui
