#include "run_panel.h"

#include "executor_box.h"
#include "jobs/executor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <map>

#include "job_runner.h"
#include "jobs/methods.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "language.h"
#include "method_params_editor.h"
#include "qt_std.h"
#include "selection_basket.h"
#include "settings_dialog.h"
#include "verdict.h"

namespace lethe::ui {

QString RunPanel::methodDescription(const QString &m) {
    const auto *info = lethe::find_method(ss(m));
    if (!info) return tr("Unlearning method '%1'").arg(m);
    QString t = tr("%1 (%2): %3").arg(qs(info->name), stateWord(qs(info->kind)), qs(info->summary));
    if (info->needs_sisa) t += QLatin1Char(' ') + tr("Needs a SISA ensemble.");
    return t;
}

namespace {

// available_devices() asks torch (CUDA initialisation can take seconds): it
// runs once per process on a thread of its own, never on the GUI thread.
std::vector<std::string> &cachedDevices() {
    static std::vector<std::string> devices;
    return devices;
}

} // namespace

RunPanel::RunPanel(JobRunner *runner, SelectionBasket *basket, QWidget *parent)
    : QWidget(parent), runner_(runner), basket_(basket) {
    auto *bbox = new QGroupBox(tr("Selection basket"), this);
    auto *bl = new QVBoxLayout(bbox);
    basket_count_ = new QLabel(bbox);
    basket_count_->setWordWrap(true);
    // Two lines whatever the text, and a list of fixed height: the buttons
    // below stay where they are when the basket fills or empties.
    basket_count_->setFixedHeight(2 * basket_count_->fontMetrics().lineSpacing() + 2);
    basket_count_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    basket_list_ = new QListWidget(bbox);
    basket_list_->setObjectName(QStringLiteral("basketList"));
    basket_list_->setFixedHeight(110);
    auto *bbuttons = new QHBoxLayout;
    auto *use_case = new QPushButton(tr("Case subject"), bbox);
    use_case->setToolTip(tr("Fill the basket with every record of the current case's subject"));
    auto *clear = new QPushButton(tr("Clear"), bbox);
    bbuttons->addWidget(use_case);
    bbuttons->addWidget(clear);
    bl->addWidget(basket_count_);
    bl->addWidget(basket_list_);
    bl->addLayout(bbuttons);

    auto *rbox = new QGroupBox(tr("Unlearning run"), this);
    auto *form = new QFormLayout;
    method_ = new QComboBox(rbox);
    method_->setObjectName(QStringLiteral("methodBox"));
    for (const auto &m : lethe::unlearning_methods()) {
        method_->addItem(tr("%1 (%2)").arg(qs(m.name), stateWord(qs(m.kind))), qs(m.name));
        method_->setItemData(method_->count() - 1, methodDescription(qs(m.name)), Qt::ToolTipRole);
    }
    method_->setCurrentIndex(std::max(0, method_->findData(QStringLiteral("sisa"))));
    method_->setToolTip(methodDescription(method_->currentData().toString()));
    params_ = new MethodParamsEditor(rbox);
    params_->setObjectName(QStringLiteral("methodParams"));
    params_->setMethod(lethe::find_method(ss(method_->currentData().toString())));
    model_ = new QComboBox(rbox);
    model_->setToolTip(tr("The model to forget from; it is never modified: unlearning writes a new version"));
    device_ = new QComboBox(rbox);
    device_->setObjectName(QStringLiteral("deviceBox"));
    device_->setToolTip(tr("Where torch runs the job: the CPU, or one of the CUDA devices torch sees here"));
    fillDevices();
    where_ = makeExecutorBox(rbox);
    audit_ = new QCheckBox(tr("Audit before and after"), rbox);
    audit_->setChecked(true);
    audit_->setToolTip(tr("Accuracy and membership-inference attacks on the model before and after: the plots and "
                          "the report need it"));
    keep_input_ = new QCheckBox(tr("Keep the input model's files"), rbox);
    keep_input_->setToolTip(tr("Off (default): the input model's stale shard files are purged with its checkpoints"));
    form->addRow(tr("Method:"), method_);
    form->addRow(tr("Parameters:"), params_);
    form->addRow(tr("Model:"), model_);
    form->addRow(tr("Device:"), device_);
    form->addRow(tr("Run on:"), where_);
    form->addRow(audit_);
    form->addRow(keep_input_);
    start_ = new QPushButton(tr("Start"), rbox);
    start_->setObjectName(QStringLiteral("startButton"));
    cancel_ = new QPushButton(tr("Cancel"), rbox);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(cancel_);
    bar_ = new QProgressBar(rbox);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    stage_ = new QLabel(tr("idle"), rbox);
    stage_->setWordWrap(true);
    stage_->setObjectName(QStringLiteral("stageLabel"));
    // A long message wraps inside the panel; it never widens the window.
    stage_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    eta_ = new QLabel(rbox);
    auto *rl = new QVBoxLayout(rbox);
    rl->addLayout(form);
    rl->addLayout(buttons);
    rl->addWidget(bar_);
    rl->addWidget(stage_);
    rl->addWidget(eta_);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(bbox);
    lay->addWidget(rbox);
    lay->addStretch(1);

    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        if (!runner_->isRunning()) stage_->setText(tr("idle"));
        method_->setToolTip(methodDescription(method_->currentData().toString()));
        params_->setMethod(lethe::find_method(ss(method_->currentData().toString())));
    });
    if (cachedDevices().empty()) {
        devices_thread_.reset(QThread::create([this] {
            std::vector<std::string> found;
            try {
                found = lethe::available_devices();
            } catch (...) {
                found = {"cpu"};
            }
            // Queued to the panel: dropped if the panel is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, found] {
                    cachedDevices() = found;
                    fillDevices();
                },
                Qt::QueuedConnection);
        }));
        devices_thread_->setObjectName(QStringLiteral("lethe-devices"));
        devices_thread_->start();
    }
    connect(start_, &QPushButton::clicked, this, &RunPanel::startForget);
    connect(cancel_, &QPushButton::clicked, this, &RunPanel::cancel);
    connect(clear, &QPushButton::clicked, basket_, &SelectionBasket::clear);
    connect(use_case, &QPushButton::clicked, this, &RunPanel::useCaseSubject);
    connect(basket_, &SelectionBasket::changed, this, &RunPanel::updateBasket);
    connect(runner_, &JobRunner::runningChanged, this, &RunPanel::updateButtons);
    connect(runner_, &JobRunner::progress, this, &RunPanel::onProgress);
    updateBasket();
    updateButtons();
}

void RunPanel::fillDevices() {
    const QString keep = device_->currentData().toString();
    const QSignalBlocker block(device_);
    device_->clear();
    device_->addItem(tr("auto (CUDA when present)"), QStringLiteral("auto"));
    std::vector<std::string> devices = cachedDevices();
    if (devices.empty()) devices = {"cpu"}; // until torch has answered
    for (const auto &d : devices) {
        device_->addItem(qs(d), qs(d));
        device_->setItemData(device_->count() - 1,
                             d == "cpu" ? tr("The CPU (torch's intra-op threads)") : tr("CUDA device %1").arg(qs(d)),
                             Qt::ToolTipRole);
    }
    device_->setCurrentIndex(std::max(0, device_->findData(keep)));
}

void RunPanel::setProject(const QString &root, lethe::Project *project) {
    root_ = root;
    project_ = project;
    lin_ = project ? &project->lineage() : nullptr;
    showSavedExecutor(where_, project);
    refreshModels();
    updateButtons();
}

void RunPanel::setRequest(qint64 request_id, const QString &subject) {
    request_id_ = request_id;
    request_subject_ = subject;
}

void RunPanel::refreshModels() {
    model_->clear();
    model_->addItem(tr("newest that holds the selection"), QVariant());
    if (!lin_) return;
    for (const auto &m : lin_->models()) {
        if (m.state != ArtifactState::Live) continue;
        const QString acc =
            m.test_accuracy ? tr(", test accuracy %1").arg(localPercent(*m.test_accuracy * 100, 1)) : QString();
        model_->addItem(tr("model %1: %2, %3%4").arg(m.id).arg(stateWord(qs(m.kind)), stateWord(qs(m.origin)), acc),
                        QVariant::fromValue<qint64>(m.id));
    }
}

void RunPanel::useCaseSubject() {
    if (!lin_ || request_subject_.isEmpty()) {
        Q_EMIT message(tr("The current case has no subject"));
        return;
    }
    std::vector<qint64> ids;
    for (auto id : lin_->record_ids_of_subject(lin_->subject_id(ss(request_subject_), false))) ids.push_back(id);
    basket_->clear();
    basket_->addSubject(request_subject_, ids);
}

void RunPanel::updateBasket() {
    basket_list_->clear();
    basket_list_->addItems(basket_->additions());
    basket_count_->setText(basket_->isEmpty()
                               ? tr("Empty: add a subject, a filter or records from the lineage browser")
                               : tr("%Ln record(s) selected", nullptr, int(basket_->count())) +
                                     (basket_->subjects().isEmpty()
                                          ? QString()
                                          : tr("; subjects: %1").arg(basket_->subjects().join(QStringLiteral(", ")))));
    basket_count_->setToolTip(basket_count_->text());
    // A message about the previous basket no longer applies.
    if (!runner_->isRunning()) stage_->setText(tr("idle"));
    updateButtons();
}

void RunPanel::updateButtons() {
    const bool busy = runner_->isRunning();
    start_->setEnabled(!busy && lin_ && !basket_->isEmpty());
    cancel_->setEnabled(busy);
    method_->setEnabled(!busy);
    params_->setEnabled(!busy);
    model_->setEnabled(!busy);
    device_->setEnabled(!busy);
    where_->setEnabled(!busy);
}

// What the job will delete, as PurgePreview::text() says it, in the user's language.
QString RunPanel::purgeWords(const lethe::PurgePreview &p) {
    QStringList parts;
    if (p.models > 0)
        parts << (p.model_kind == lethe::ModelKind::Sisa
                      ? tr("%Ln shard file(s) of model %1", nullptr, int(p.models)).arg(p.model_id)
                      : tr("the file of model %1").arg(p.model_id));
    if (p.checkpoints > 0)
        parts << tr("%Ln checkpoint(s) of model %1 that saw the records", nullptr, int(p.checkpoints)).arg(p.model_id);
    if (p.update_logs > 0) parts << tr("%Ln update log(s) that recorded them", nullptr, int(p.update_logs));
    if (p.reference_models > 0)
        parts << tr("%Ln reference model(s) trained on the records (after the audit)", nullptr,
                    int(p.reference_models));
    if (parts.isEmpty()) return tr("Nothing will be deleted.");
    QString list = parts.takeLast();
    if (!parts.isEmpty()) list = tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), list);
    return tr("The job will delete %1. The lineage keeps their hashes; the files cannot be restored.").arg(list);
}

bool RunPanel::startForget() {
    if (!lin_) return false;
    if (runner_->isRunning()) {
        Q_EMIT message(tr("A job is already running"));
        return false;
    }
    if (basket_->isEmpty()) {
        Q_EMIT message(tr("The selection basket is empty"));
        return false;
    }
    QString why;
    if (!params_->isValid(&why)) {
        stage_->setText(tr("Not started: %1.").arg(why));
        Q_EMIT message(why);
        if (QWidget *bad = params_->firstInvalidField()) bad->setFocus(Qt::OtherFocusReason);
        return false;
    }
    lethe::ForgetOptions o;
    o.method = ss(method_->currentData().toString());
    o.params = params_->overrides();
    o.device = ss(device_->currentData().toString());
    o.audit = audit_->isChecked();
    o.keep_input = keep_input_->isChecked();
    if (model_->currentData().isValid()) o.model_id = model_->currentData().toLongLong();
    if (basket_->onlyWholeSubjects())
        for (const auto &s : basket_->subjects()) o.selection.subjects.push_back(ss(s));
    else
        o.selection.record_ids.assign(basket_->records().begin(), basket_->records().end());
    if (request_id_) o.request_id = request_id_;
    // The engine's own checks (parameters, case, model) and what the job will
    // delete, before any job row exists.
    try {
        const auto preview = lethe::preview_purge(*project_, o);
        if (!preview.empty() && confirmPurgeSetting() && !confirmPurge(purgeWords(preview))) {
            Q_EMIT message(tr("Not started: nothing was deleted"));
            return false;
        }
    } catch (const std::exception &e) {
        stage_->setText(tr("Not started: %1.").arg(userText(e)));
        Q_EMIT message(userText(e));
        return false;
    }
    const std::string root = ss(root_);
    // The task runs on the worker thread with its own connection to the project.
    const std::string where = executorName(where_);
    auto task = [root, o, where](const lethe::RunControl &rc) {
        auto project = lethe::Project::open(root);
        lethe::ExecutorChoice choice;
        choice.name = where;
        const auto executor = lethe::project_executor(*project, choice);
        auto opts = o;
        opts.executor = executor.get();
        return lethe::forget(*project, opts, rc);
    };
    auto done = [this](const lethe::ForgetResult &r) {
        mine_ = false;
        bar_->setValue(bar_->maximum());
        stage_->setText(tr("Done: job %1, %2 record(s) forgotten in %3 s")
                            .arg(r.job_id)
                            .arg(localCount(r.forgotten_records))
                            .arg(localNumber(r.total_seconds, 1)));
        eta_->clear();
        refreshModels();
        Q_EMIT forgetFinished(r.job_id);
    };
    auto error = [this](const QString &msg, int, bool cancelled) {
        mine_ = false;
        bar_->setValue(0);
        stage_->setText(cancelled ? tr("Cancelled; the input model and its checkpoints are untouched")
                                  : tr("Failed: %1").arg(msg));
        stage_->setToolTip(cancelled ? QString() : msg);
        eta_->clear();
    };
    mine_ = runner_->start(tr("Forget %Ln record(s) with %1", nullptr, int(basket_->count())).arg(qs(o.method)), task,
                           done, error);
    if (mine_) {
        bar_->setValue(0);
        stage_->setText(tr("starting…"));
        eta_->clear();
    }
    return mine_;
}

bool RunPanel::confirmPurge(const QString &text) {
    if (confirm_hook_) return confirm_hook_(text);
    QMessageBox box(QMessageBox::Question, tr("Files will be deleted"), text, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("Start the job?"));
    box.setDefaultButton(QMessageBox::Cancel);
    auto *again = new QCheckBox(tr("Do not ask again (Edit ▸ Settings… turns it back on)"), &box);
    box.setCheckBox(again);
    const bool yes = box.exec() == QMessageBox::Yes;
    if (yes && again->isChecked()) setConfirmPurgeSetting(false);
    return yes;
}

void RunPanel::cancel() {
    if (!runner_->isRunning()) return;
    runner_->cancel();
    stage_->setText(tr("cancelling: stops within one batch…"));
}

void RunPanel::onProgress(const JobProgress &p) {
    if (!mine_) return;
    bar_->setValue(int(qBound(0.0, p.fraction, 1.0) * 1000));
    stage_->setText(p.total > 0 ? tr("%1: %2 / %3").arg(p.stage, localCount(p.done), localCount(p.total)) : p.stage);
    // The bar is the whole job (as the CLI's line); the text names the stage.
    // The time left, from the current stage's pace: engine stages vary in length.
    if (p.fraction > 0.02 && p.fraction < 1.0 && p.elapsed_s > 0.5) {
        if (eta_stage_ != p.stage) {
            eta_stage_ = p.stage;
            eta_t0_ = p.elapsed_s;
            eta_f0_ = p.fraction;
        }
        const double df = p.fraction - eta_f0_, dt = p.elapsed_s - eta_t0_;
        if (df > 0.01 && dt > 0.2)
            eta_->setText(tr("about %1 s left").arg(localNumber((1.0 - p.fraction) * dt / df, 0)));
    }
}

} // namespace lethe::ui
