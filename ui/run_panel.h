#pragma once
// The selection basket and the run controls: method (from the engine's
// registry), model, device, Start and Cancel, progress with stage and ETA.
#include <QElapsedTimer>
#include <QWidget>

#include "lineage/lineage.h"

class QComboBox;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lethe::ui {

class JobRunner;
class SelectionBasket;
struct JobProgress;

class RunPanel : public QWidget {
    Q_OBJECT
public:
    RunPanel(JobRunner *runner, SelectionBasket *basket, QWidget *parent = nullptr);

    void setProject(const QString &root, lethe::Lineage *lin);
    void setRequest(qint64 request_id, const QString &subject); // the current case
    QComboBox *methodBox() const { return method_; }
    QComboBox *deviceBox() const { return device_; }
    QProgressBar *progressBar() const { return bar_; }
    QPushButton *startButton() const { return start_; }
    QPushButton *cancelButton() const { return cancel_; }
    QLabel *stageLabel() const { return stage_; }
    static QString methodDescription(const QString &method);

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

    JobRunner *runner_;
    SelectionBasket *basket_;
    lethe::Lineage *lin_ = nullptr;
    QString root_;
    qint64 request_id_ = 0;
    QString request_subject_;
    bool mine_ = false; // the runner's current task is a forget started here
    QLabel *basket_count_;
    QListWidget *basket_list_;
    QComboBox *method_, *model_, *device_;
    QCheckBox *audit_, *keep_input_;
    QPushButton *start_, *cancel_;
    QProgressBar *bar_;
    QLabel *stage_, *eta_;
    QString eta_stage_;
    double eta_t0_ = 0, eta_f0_ = 0;
};

} // namespace lethe::ui
