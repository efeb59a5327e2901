#include "reference_pool_dialog.h"

#include "executor_box.h"
#include "jobs/executor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "job_runner.h"
#include "jobs/audit_job.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

using nlohmann::json;

ReferencePoolDialog::ReferencePoolDialog(JobRunner *runner, QWidget *parent) : QDialog(parent), runner_(runner) {
    setWindowTitle(tr("Reference models"));
    setObjectName(QStringLiteral("referencePoolDialog"));
    k_ = new QSpinBox(this);
    k_->setRange(2, 256);
    k_->setSingleStep(2);
    k_->setValue(lethe::kDefaultReferenceModels);
    k_->setToolTip(tr("Number of reference models K. Each is trained on a random half of the project's records "
                      "(by subject), so each record has K/2 IN and K/2 OUT models. The default %1 fits the demo in "
                      "minutes on 2 cores; LiRA's low-FPR power grows with K.")
                       .arg(lethe::kDefaultReferenceModels));
    where_ = makeExecutorBox(this);
    build_ = new QPushButton(tr("&Build"), this);
    cancel_ = new QPushButton(tr("&Cancel build"), this);
    cancel_->setEnabled(false);
    reaudit_ = new QPushButton(tr("&Re-audit job"), this);
    reaudit_->setObjectName(QStringLiteral("reauditButton"));
    reaudit_->setToolTip(tr("Audit the job shown in Results again, with the newest usable pool of its model: its "
                            "verdict then has LiRA, RMIA and the per-subject test"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setHorizontalHeaderLabels({tr("pool"), tr("serves"), tr("K"), tr("seed"), tr("state"), tr("models trained"),
                                       tr("training s"), tr("created")});
    table_->horizontalHeaderItem(ServesCol)->setToolTip(tr("The live models whose training configuration the pool "
                                                           "matches; an audit of one of them uses it"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Models (K):"), k_);
    form->addRow(tr("Run on:"), where_);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(build_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(reaudit_);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(new QLabel(tr("Pools of this project (an audit uses the newest complete pool whose training "
                                 "config matches the audited model):"),
                              this));
    lay->addWidget(table_, 1);
    lay->addLayout(form);
    lay->addLayout(buttons);
    lay->addWidget(progress_);
    lay->addWidget(status_);
    lay->addWidget(close);
    resize(720, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(build_, &QPushButton::clicked, this, &ReferencePoolDialog::build);
    connect(reaudit_, &QPushButton::clicked, this, &ReferencePoolDialog::reaudit);
    connect(cancel_, &QPushButton::clicked, runner_, &JobRunner::cancel);
    connect(runner_, &JobRunner::runningChanged, this, &ReferencePoolDialog::updateButtons);
    connect(runner_, &JobRunner::progress, this, [this](const JobProgress &p) {
        if (mine_ == Task::None) return;
        progress_->setValue(int(qBound(0.0, p.fraction, 1.0) * 1000)); // the whole task
        status_->setText(p.total > 0 ? tr("%1 (%2 of %3)").arg(p.stage, localCount(p.done), localCount(p.total))
                                     : p.stage);
    });
    updateButtons();
}

void ReferencePoolDialog::updateButtons() {
    const bool running = runner_->isRunning();
    build_->setEnabled(!running);
    cancel_->setEnabled(running && mine_ != Task::None);
    reaudit_->setEnabled(!running && job_id_ > 0);
    reaudit_->setText(job_id_ > 0 ? tr("&Re-audit job %1").arg(job_id_) : tr("&Re-audit job"));
    build_->setToolTip(job_id_ > 0
                           ? tr("Train the pool with the training configuration of job %1's output model").arg(job_id_)
                           : tr("Train the pool with the configuration of the newest trained model"));
}

void ReferencePoolDialog::setCurrentJob(qint64 job_id) {
    job_id_ = job_id;
    updateButtons();
}

// Why a pool does not serve: the engine's sentence in the user's language,
// with the dialog's own remedy beside the command line's.
QString ReferencePoolDialog::whyNotWords(const json &obj, const std::string &key, const std::string &message_key) {
    const QString why = engineWords(obj, key, message_key);
    const bool rebuild = why.contains(QStringLiteral("lethe references build --k"));
    if (!obj.contains(message_key) || obj[message_key].is_null()) // stored before the Message: English
        return why.section(QStringLiteral("; rebuild with: lethe references build"), 0, 0) +
               (rebuild ? tr("; Build trains the missing models again") : QString());
    return why + (rebuild ? tr("; Build trains the missing models again") : QString());
}

QString ReferencePoolDialog::servesText(const json &pool) {
    const json serves = pool.value("serves", json::array());
    if (serves.empty()) return tr("no live model has this pool's training configuration");
    QStringList parts;
    for (const auto &s : serves) {
        const QString m =
            tr("model %1 (%2)").arg(s.value("model_id", int64_t(0))).arg(qs(s.value("kind", std::string())));
        parts << (s.value("used_by_next_audit", false)
                      ? tr("%1: its next audit uses it").arg(m)
                      : tr("%1: not used, %2").arg(m, whyNotWords(s, "why_not", "why_not_message")));
    }
    return parts.join(QStringLiteral("; "));
}

bool ReferencePoolDialog::reaudit() {
    if (root_.isEmpty() || runner_->isRunning() || job_id_ <= 0) return false;
    const std::string root = ss(root_);
    const qint64 job = job_id_;
    auto task = [root, job](const lethe::RunControl &rc) {
        auto project = lethe::Project::open(root);
        return lethe::reaudit_job(*project, job, "auto", rc);
    };
    auto done = [this](const lethe::ReauditResult &r) {
        mine_ = Task::None;
        progress_->setValue(progress_->maximum());
        const QString msg =
            r.pool_id ? tr("Job %1 audited again (audit %2) with reference pool %3: its verdict now has the reference "
                           "attacks.")
                            .arg(r.job_id)
                            .arg(r.audit_id)
                            .arg(*r.pool_id)
                      : tr("Job %1 audited again (audit %2) without reference models: %3")
                            .arg(r.job_id)
                            .arg(r.audit_id)
                            .arg(engineWords(r.references_message, r.references_reason));
        status_->setText(msg);
        Q_EMIT reaudited(r.job_id, msg);
        updateButtons();
    };
    auto error = [this](const QString &m, int, bool cancelled) {
        mine_ = Task::None;
        status_->setText(cancelled ? tr("Re-audit cancelled: the job keeps its earlier audit.")
                                   : tr("Re-audit failed: %1").arg(m));
        Q_EMIT poolsChanged();
    };
    mine_ = Task::Reaudit;
    if (!runner_->start(tr("Audit job %1 again").arg(job), task, done, error)) {
        mine_ = Task::None;
        return false;
    }
    progress_->setValue(0);
    status_->setText(tr("Auditing job %1 again…").arg(job));
    updateButtons();
    return true;
}

void ReferencePoolDialog::setPools(const json &pools) {
    table_->setRowCount(0);
    if (!pools.is_array()) return;
    table_->setRowCount(int(pools.size()));
    int row = 0;
    for (const auto &p : pools) {
        auto set = [&](int col, const QString &t) { table_->setItem(row, col, new QTableWidgetItem(t)); };
        set(IdCol, QString::number(p.value("id", int64_t(0))));
        QStringList served;
        for (const auto &m : p.value("serves", json::array()))
            served << (m.value("used_by_next_audit", false)
                           ? tr("model %1").arg(m.value("model_id", int64_t(0)))
                           : tr("model %1, not used").arg(m.value("model_id", int64_t(0))));
        set(ServesCol, served.isEmpty() ? tr("none") : served.join(QStringLiteral(", ")));
        table_->item(row, ServesCol)->setToolTip(servesText(p));
        set(StateCol, stateWord(qs(p.value("state", std::string()))));
        if (p.contains("unusable_reason") && p["unusable_reason"].is_string()) {
            // The engine's reason, with the dialog's own remedy.
            table_->item(row, StateCol)->setText(tr("not usable"));
            table_->item(row, StateCol)->setToolTip(whyNotWords(p, "unusable_reason", "unusable_message"));
        } else {
            table_->item(row, StateCol)->setToolTip(qs(p.value("state", std::string())));
        }
        if (p.value("id", int64_t(0)) == built_pool_) { // the status says whom the new pool serves, or why not
            // Cut at the translated prefix, so a refresh replaces the sentence instead of adding one.
            const QString serves = tr(" Serves: %1.");
            status_->setText(status_->text().section(serves.section(QStringLiteral("%1"), 0, 0), 0, 0) +
                             serves.arg(servesText(p)));
        }
        set(KCol, QString::number(p.value("k", int64_t(0))));
        set(SeedCol, QString::number(p.value("seed", uint64_t(0))));
        set(DoneCol, QStringLiteral("%1 / %2").arg(p.value("models_done", int64_t(0))).arg(p.value("k", int64_t(0))));
        set(SecondsCol, localNumber(p.contains("training_seconds") && p["training_seconds"].is_number()
                                        ? p["training_seconds"].get<double>()
                                        : 0.0,
                                    1));
        set(CreatedCol, localTimestamp(qs(p.value("created_at", std::string()))));
        ++row;
    }
    table_->resizeColumnsToContents();
}

bool ReferencePoolDialog::build() {
    if (root_.isEmpty() || runner_->isRunning()) return false;
    lethe::ReferencePoolOptions o;
    o.k = k_->value();
    const std::string root = ss(root_);
    const qint64 job = job_id_;
    // The worker opens its own Project: SQLite connections are per thread.
    // With a job shown in Results, the pool copies its output model's
    // configuration, so that model's next audit (Re-audit) uses it.
    const std::string where = executorName(where_);
    auto task = [root, o, job, where](const lethe::RunControl &rc) mutable {
        auto project = lethe::Project::open(root);
        lethe::ExecutorChoice choice;
        choice.name = where;
        const auto executor = lethe::project_executor(*project, choice);
        o.executor = executor.get();
        if (job > 0) {
            auto &lin = project->lineage();
            const auto j = lin.job(job);
            if (j.output_model_id && lin.model(*j.output_model_id).state == ArtifactState::Live)
                o.model_id = *j.output_model_id;
        }
        return lethe::build_reference_pool(*project, o, rc);
    };
    auto done = [this](const lethe::ReferencePoolResult &r) {
        mine_ = Task::None;
        last_build_ = r;
        progress_->setValue(progress_->maximum());
        built_pool_ = r.pool_id;
        status_->setText(tr("Pool %1 ready: %2 model(s) trained now, %3 reused, %4 s.")
                             .arg(r.pool_id)
                             .arg(r.trained_now)
                             .arg(r.reused)
                             .arg(localNumber(r.seconds, 1)));
        Q_EMIT poolsChanged(); // setPools adds whom the pool serves
        Q_EMIT built(r.pool_id);
    };
    auto error = [this](const QString &m, int, bool cancelled) {
        mine_ = Task::None;
        status_->setText(cancelled ? tr("Build cancelled: the models trained so far are kept; Build resumes.")
                                   : tr("Build failed: %1").arg(m));
        Q_EMIT poolsChanged();
        Q_EMIT buildFailed(cancelled ? tr("cancelled") : m);
    };
    mine_ = Task::Build;
    if (!runner_->start(tr("Build %1 reference models").arg(o.k), task, done, error)) {
        mine_ = Task::None;
        return false;
    }
    progress_->setValue(0);
    status_->setText(tr("Training %1 reference models…").arg(o.k));
    built_pool_ = 0;
    updateButtons();
    return true;
}

} // namespace lethe::ui
