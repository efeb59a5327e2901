#include "cases_panel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "cases_model.h"
#include "core/error.h"
#include "lineage/browse.h"
#include "qt_std.h"

namespace lethe::ui {

QStringList CaseDialog::grounds() {
    return {QStringLiteral("Art. 17(1)(a): no longer necessary"), QStringLiteral("Art. 17(1)(b): consent withdrawn"),
            QStringLiteral("Art. 17(1)(c): objection to processing"), QStringLiteral("Art. 17(1)(d): unlawfully processed"),
            QStringLiteral("Art. 17(1)(e): legal obligation"), QStringLiteral("Art. 17(1)(f): child's data (Art. 8(1))")};
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
    received_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate rec = QDate::fromString(qs(r.received_at).left(10), Qt::ISODate);
    received_->setDate(rec.isValid() ? rec : QDate::currentDate());
    ground_ = new QComboBox(this);
    ground_->setEditable(true);
    ground_->addItems(grounds());
    if (!r.ground.empty()) ground_->setCurrentText(qs(r.ground));
    status_ = new QComboBox(this);
    status_->addItems({QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
                       QStringLiteral("rejected")});
    if (!r.status.empty()) status_->setCurrentText(qs(r.status));
    form->addRow(tr("Case reference:"), case_ref_);
    form->addRow(tr("Subject pseudonym:"), subject_);
    form->addRow(tr("Received:"), received_);
    form->addRow(tr("Art. 17(1) ground:"), ground_);
    form->addRow(tr("Status:"), status_);
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
    r.status = ss(status_->currentText());
    return r;
}

CasesPanel::CasesPanel(QWidget *parent) : QWidget(parent), model_(new CasesModel(this)) {
    model_->setRule(DeadlineRule::fromSettings());
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("New case…"), this);
    auto *edit = new QPushButton(tr("Edit…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(view_, 1);
    lay->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CasesPanel::newCase);
    connect(edit, &QPushButton::clicked, this, &CasesPanel::editCurrent);
    connect(view_, &QTableView::doubleClicked, this, &CasesPanel::editCurrent);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCaseChanged(currentRequestId()); });
}

void CasesPanel::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    model_->setLineage(lin);
    view_->resizeColumnsToContents();
    if (model_->rowCount() > 0) view_->selectRow(0);
    else Q_EMIT currentCaseChanged(0);
}

void CasesPanel::refresh() {
    const qint64 keep = currentRequestId();
    model_->refresh();
    if (!selectRequest(keep) && model_->rowCount() > 0) view_->selectRow(0);
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
    if (!lin_) usage_error("no project is open");
    if (r.case_ref.empty()) bad_input("the case needs a reference");
    const QDate received = parseIsoDate(qs(r.received_at));
    if (!received.isValid()) bad_input("received date '" + r.received_at + "' is not a date (YYYY-MM-DD)");
    if (r.status.empty()) r.status = "open";
    r.deadline_at = ss(model_->rule().deadline(received).toString(Qt::ISODate));
    auto tx = lin_->begin();
    r.subject_id = r.subject_pseudonym.empty() ? std::nullopt
                                               : std::optional<int64_t>(lin_->subject_id(r.subject_pseudonym, false));
    for (const auto &o : lin_->requests())
        if (o.case_ref == r.case_ref) bad_input("a case '" + r.case_ref + "' exists already");
    const qint64 id = lin_->insert_request(r);
    lin_->append_log("auditor", "request.opened",
                     {{"case_ref", r.case_ref}, {"subject", r.subject_pseudonym}, {"received_at", r.received_at},
                      {"deadline_at", r.deadline_at}, {"ground", r.ground}, {"rule", ss(model_->rule().name)}});
    tx->commit();
    model_->refresh();
    selectRequest(id);
    return id;
}

void CasesPanel::editCase(lethe::RequestRow r) {
    if (!lin_) usage_error("no project is open");
    const QDate received = parseIsoDate(qs(r.received_at));
    if (!received.isValid()) bad_input("received date '" + r.received_at + "' is not a date (YYYY-MM-DD)");
    // Keep an extension recorded in the database; otherwise follow the rule.
    const QDate stored = parseIsoDate(qs(r.deadline_at));
    const QDate by_rule = model_->rule().deadline(received);
    const QDate extended = model_->rule().deadline(received, true);
    r.deadline_at = ss((stored.isValid() && stored > by_rule && stored <= extended ? stored : by_rule)
                           .toString(Qt::ISODate));
    auto tx = lin_->begin();
    r.subject_id = r.subject_pseudonym.empty() ? std::nullopt
                                               : std::optional<int64_t>(lin_->subject_id(r.subject_pseudonym, false));
    lethe::update_request(*lin_, r);
    lin_->append_log("auditor", "request.edited",
                     {{"request_id", r.id}, {"case_ref", r.case_ref}, {"subject", r.subject_pseudonym},
                      {"received_at", r.received_at}, {"deadline_at", r.deadline_at}, {"ground", r.ground},
                      {"status", r.status}});
    tx->commit();
    refresh();
}

void CasesPanel::newCase() {
    if (!lin_) return;
    lethe::RequestRow r;
    r.case_ref = ss(QStringLiteral("DPO-%1-%2")
                        .arg(QDate::currentDate().year())
                        .arg(model_->rowCount() + 1, 4, 10, QLatin1Char('0')));
    r.status = "open";
    CaseDialog d(r, this);
    if (d.exec() != QDialog::Accepted) return;
    try {
        createCase(d.request());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Case not created"), QString::fromUtf8(e.what()));
    }
}

void CasesPanel::editCurrent() {
    if (!lin_ || !currentRequestId()) return;
    CaseDialog d(currentRequest(), this);
    if (d.exec() != QDialog::Accepted) return;
    try {
        editCase(d.request());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Case not saved"), QString::fromUtf8(e.what()));
    }
}

} // namespace lethe::ui
