#pragma once
// The selection basket and the run controls: method (from the engine's
// registry), model, device, Start and Cancel, progress with stage and ETA.
#include <QElapsedTimer>
#include <QWidget>

#include <functional>

#include "job_runner.h"
#include "jobs/project_access.h"

class QComboBox;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lethe {
class Project;
struct PurgePreview;
} // namespace lethe

namespace lethe::ui {

class MethodParamsEditor;
class SelectionBasket;

class RunPanel : public QWidget {
    Q_OBJECT
public:
    RunPanel(JobRunner *runner, SelectionBasket *basket, QWidget *parent = nullptr);

    void setProject(const QString &root, lethe::Project *project);
    void setRequest(qint64 request_id, const QString &subject); // the current case
    QComboBox *methodBox() const { return method_; }
    QComboBox *deviceBox() const { return device_; }
    QProgressBar *progressBar() const { return bar_; }
    QPushButton *startButton() const { return start_; }
    QPushButton *cancelButton() const { return cancel_; }
    QLabel *stageLabel() const { return stage_; }
    MethodParamsEditor *paramsEditor() const { return params_; }
    static QString methodDescription(const QString &method);
    // What a forget job will delete (lethe::PurgePreview), in the user's language.
    static QString purgeWords(const lethe::PurgePreview &preview);
    // Before a job that deletes files: the engine's preview (what, how many)
    // goes to this hook; false stops the job. Unset: a dialog with "Do not
    // ask again" (Edit ▸ Settings… switches it back on). Asked only while the
    // jobs/confirm_purge setting is on.
    void setConfirmHook(std::function<bool(const QString &text)> hook) { confirm_hook_ = std::move(hook); }

public Q_SLOTS:
    bool startForget(); // false with a message when it cannot start
    void cancel();
    void refreshModels();
    void useCaseSubject();

Q_SIGNALS:
    void forgetFinished(qint64 job_id);
    void message(const QString &text);

private:
    void updateBasket();
    void updateButtons();
    void onProgress(const JobProgress &p);
    void fillDevices();

    JobRunner *runner_;
    SelectionBasket *basket_;
    bool confirmPurge(const QString &text);

    lethe::Project *project_ = nullptr;
    lethe::Lineage *lin_ = nullptr;
    std::function<bool(const QString &)> confirm_hook_;
    QString root_;
    qint64 request_id_ = 0;
    QString request_subject_;
    bool mine_ = false; // the runner's current task is a forget started here
    QLabel *basket_count_;
    QListWidget *basket_list_;
    QComboBox *method_, *model_, *device_, *where_;
    MethodParamsEditor *params_;
    ThreadPtr devices_thread_; // asks torch for its devices once
    QCheckBox *audit_, *keep_input_;
    QPushButton *start_, *cancel_;
    QProgressBar *bar_;
    QLabel *stage_, *eta_;
    QString eta_stage_;
    double eta_t0_ = 0, eta_f0_ = 0;
};

} // namespace lethe::ui
