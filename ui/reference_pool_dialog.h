#pragma once
// Job > Reference models: the project's reference-model pools (id, K, seed,
// state, models trained, training time) and a Build button that trains a
// pool of K models (engine/audit/reference_pool.h) on the window's worker
// thread, with the runner's progress and Cancel. A cancelled build resumes
// on the next Build with the same K; a complete one is reused.
#include <QDialog>

#include <nlohmann/json.hpp>

#include "jobs/audit_job.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lethe::ui {

class JobRunner;
struct JobProgress;

class ReferencePoolDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { IdCol, ServesCol, KCol, SeedCol, StateCol, DoneCol, SecondsCol, CreatedCol, ColumnCount };
    ReferencePoolDialog(JobRunner *runner, QWidget *parent = nullptr);

    // The pools as reference_pools_json gives them (the GUI thread's project).
    void setPools(const nlohmann::json &pools);
    void setProjectRoot(const QString &root) { root_ = root; }
    // The job shown in Results: what "Re-audit" audits again (0: none).
    void setCurrentJob(qint64 job_id);
    // What the pool serves, in one sentence (its serves list from the engine).
    static QString servesText(const nlohmann::json &pool);
    static QString whyNotWords(const nlohmann::json &obj, const std::string &key, const std::string &message_key);
    QPushButton *reauditButton() const { return reaudit_; }
    QLabel *statusLabel() const { return status_; }
    const lethe::ReferencePoolResult &lastBuild() const { return last_build_; }

    QSpinBox *kBox() const { return k_; }
    QPushButton *buildButton() const { return build_; }
    QPushButton *cancelButton() const { return cancel_; }
    QTableWidget *poolTable() const { return table_; }
    QProgressBar *progressBar() const { return progress_; }

public Q_SLOTS:
    // Starts the build on the runner (false when it is busy or no project is open).
    bool build();
    // Audits the current job's output model again with the newest usable pool.
    bool reaudit();

Q_SIGNALS:
    void built(qint64 pool_id); // lastBuild() has the whole result
    void buildFailed(const QString &message);
    void poolsChanged();                                   // the window re-reads the pools
    void reaudited(qint64 job_id, const QString &message); // a new after-audit of the job is stored

private:
    JobRunner *runner_;
    QString root_;
    void updateButtons();
    enum class Task { None, Build, Reaudit };
    Task mine_ = Task::None; // the runner's current task, when it is this dialog's
    qint64 job_id_ = 0;
    qint64 built_pool_ = 0; // the pool the last build made: the status says whom it serves
    lethe::ReferencePoolResult last_build_;
    QSpinBox *k_;
    QComboBox *where_;
    QPushButton *build_, *cancel_, *reaudit_;
    QTableWidget *table_;
    QProgressBar *progress_;
    QLabel *status_;
};

} // namespace lethe::ui
