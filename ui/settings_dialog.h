#pragma once
// Edit ▸ Settings…: what the workbench remembers between sessions (QSettings).
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lethe::ui {

// Whether to ask before a job deletes files (jobs/confirm_purge, default on).
bool confirmPurgeSetting();
void setConfirmPurgeSetting(bool on);

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override; // writes the settings

    QCheckBox *confirmPurgeBox() const { return confirm_purge_; }

Q_SIGNALS:
    void saved();

private:
    QCheckBox *confirm_purge_;
    QLineEdit *rule_name_;
    QSpinBox *months_, *extension_;
    QComboBox *ui_language_, *report_language_;
};

} // namespace lethe::ui
