#include "settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "deadline_rule.h"
#include "language.h"

namespace lethe::ui {

namespace {
const QString kConfirmPurge = QStringLiteral("jobs/confirm_purge");
}

bool confirmPurgeSetting() { return QSettings().value(kConfirmPurge, true).toBool(); }
void setConfirmPurgeSetting(bool on) { QSettings().setValue(kConfirmPurge, on); }

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    auto *jobs = new QGroupBox(tr("Jobs"), this);
    auto *jl = new QVBoxLayout(jobs);
    confirm_purge_ = new QCheckBox(tr("Ask before a job deletes files"), jobs);
    confirm_purge_->setObjectName(QStringLiteral("confirmPurge"));
    confirm_purge_->setToolTip(tr("Before a forget job starts, list the model files, checkpoints, update logs and "
                                  "reference models it will delete, and wait for a yes"));
    jl->addWidget(confirm_purge_);

    auto *cases = new QGroupBox(tr("Deadline rule for new cases"), this);
    auto *form = new QFormLayout(cases);
    rule_name_ = new QLineEdit(cases);
    months_ = new QSpinBox(cases);
    months_->setRange(1, 24);
    months_->setSuffix(tr(" month(s)"));
    extension_ = new QSpinBox(cases);
    extension_->setRange(0, 24);
    extension_->setSuffix(tr(" month(s)"));
    form->addRow(tr("Rule:"), rule_name_);
    form->addRow(tr("Answer within:"), months_);
    form->addRow(tr("Extension of at most:"), extension_);
    auto *note =
        new QLabel(tr("Applies to cases received from now on; a case keeps the deadline it was given."), cases);
    note->setWordWrap(true);
    form->addRow(note);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *lf = new QFormLayout(language);
    ui_language_ = new QComboBox(language);
    ui_language_->setObjectName(QStringLiteral("uiLanguage"));
    ui_language_->addItem(tr("The system's (%1)").arg(languageName(resolveLanguage({}))), QString());
    report_language_ = new QComboBox(language);
    report_language_->setObjectName(QStringLiteral("reportLanguage"));
    report_language_->addItem(tr("The workbench's"), QString());
    for (const QString &code : supportedLanguages()) {
        ui_language_->addItem(languageName(code), code);
        report_language_->addItem(languageName(code), code);
    }
    lf->addRow(tr("Workbench:"), ui_language_);
    lf->addRow(tr("PDF reports:"), report_language_);
    auto *restart = new QLabel(tr("The workbench's language changes when it starts again."), language);
    restart->setWordWrap(true);
    lf->addRow(restart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(jobs);
    lay->addWidget(cases);
    lay->addWidget(language);
    lay->addWidget(buttons);

    confirm_purge_->setChecked(confirmPurgeSetting());
    const DeadlineRule r = DeadlineRule::fromSettings();
    rule_name_->setText(r.name);
    months_->setValue(r.months);
    extension_->setValue(r.extension_months);
    ui_language_->setCurrentIndex(std::max(0, ui_language_->findData(uiLanguageSetting())));
    report_language_->setCurrentIndex(std::max(0, report_language_->findData(reportLanguageSetting())));
}

void SettingsDialog::accept() {
    setConfirmPurgeSetting(confirm_purge_->isChecked());
    DeadlineRule r;
    r.name = rule_name_->text().trimmed().isEmpty() ? r.name : rule_name_->text().trimmed();
    r.months = months_->value();
    r.extension_months = extension_->value();
    r.save();
    setUiLanguageSetting(ui_language_->currentData().toString());
    setReportLanguageSetting(report_language_->currentData().toString());
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace lethe::ui
