#include "reference_pool_dialog.h"

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

#include "audit/reference_pool.h"
#include "job_runner.h"
#include "project/project.h"
#include "qt_std.h"

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
    build_ = new QPushButton(tr("&Build"), this);
    cancel_ = new QPushButton(tr("&Cancel build"), this);
    cancel_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setHorizontalHeaderLabels(
        {tr("pool"), tr("K"), tr("seed"), tr("state"), tr("models trained"), tr("training s"), tr("created")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Models (K):"), k_);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(build_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(new QLabel(tr("Pools of this project (an audit uses the newest complete pool whose training "
                                 "config matches the audited model):"), this));
    lay->addWidget(table_, 1);
    lay->addLayout(form);
    lay->addLayout(buttons);
    lay->addWidget(progress_);
    lay->addWidget(status_);
    lay->addWidget(close);
    resize(720, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(build_, &QPushButton::clicked, this, &ReferencePoolDialog::build);
    connect(cancel_, &QPushButton::clicked, runner_, &JobRunner::cancel);
    connect(runner_, &JobRunner::runningChanged, this, [this](bool running) {
        build_->setEnabled(!running);
        cancel_->setEnabled(running && mine_);
    });
    connect(runner_, &JobRunner::progress, this, [this](const JobProgress &p) {
        if (!mine_) return;
        progress_->setValue(int(qBound(0.0, p.fraction, 1.0) * 1000));
        status_->setText(p.total > 0 ? tr("%1 (%2 of %3)").arg(p.stage).arg(p.done).arg(p.total) : p.stage);
    });
    connect(runner_, &JobRunner::finished, this, [this](const QString &text) {
        if (!mine_) return;
        mine_ = false;
        progress_->setValue(progress_->maximum());
        const json r = json::parse(ss(text), nullptr, false);
        status_->setText(tr("Pool %1 ready: %2 model(s) trained now, %3 reused, %4 s")
                             .arg(r.value("pool_id", int64_t(0)))
                             .arg(r.value("trained_now", 0))
                             .arg(r.value("reused", 0))
                             .arg(r.value("seconds", 0.0), 0, 'f', 1));
        Q_EMIT poolsChanged();
        Q_EMIT built(text);
    });
    connect(runner_, &JobRunner::failed, this, [this](const QString &m, int) {
        if (!mine_) return;
        mine_ = false;
        status_->setText(tr("Build failed: %1").arg(m));
        Q_EMIT poolsChanged();
        Q_EMIT buildFailed(m);
    });
    connect(runner_, &JobRunner::cancelled, this, [this](const QString &) {
        if (!mine_) return;
        mine_ = false;
        status_->setText(tr("Build cancelled: the models trained so far are kept; Build resumes."));
        Q_EMIT poolsChanged();
        Q_EMIT buildFailed(tr("cancelled"));
    });
    build_->setEnabled(!runner_->isRunning());
}

void ReferencePoolDialog::setPools(const json &pools) {
    table_->setRowCount(0);
    if (!pools.is_array()) return;
    table_->setRowCount(int(pools.size()));
    int row = 0;
    for (const auto &p : pools) {
        auto set = [&](int col, const QString &t) { table_->setItem(row, col, new QTableWidgetItem(t)); };
        set(IdCol, QString::number(p.value("id", int64_t(0))));
        set(KCol, QString::number(p.value("k", int64_t(0))));
        set(SeedCol, QString::number(p.value("seed", uint64_t(0))));
        set(StateCol, qs(p.value("state", std::string())));
        set(DoneCol, QStringLiteral("%1 / %2").arg(p.value("models_done", int64_t(0))).arg(p.value("k", int64_t(0))));
        set(SecondsCol, QString::number(p.contains("training_seconds") && p["training_seconds"].is_number()
                                            ? p["training_seconds"].get<double>()
                                            : 0.0,
                                        'f', 1));
        set(CreatedCol, qs(p.value("created_at", std::string())));
        ++row;
    }
    table_->resizeColumnsToContents();
}

bool ReferencePoolDialog::build() {
    if (root_.isEmpty() || runner_->isRunning()) return false;
    lethe::ReferencePoolOptions o;
    o.k = k_->value();
    const std::string root = ss(root_);
    // The worker opens its own Project: SQLite connections are per thread.
    auto task = [root, o](const lethe::RunControl &rc) {
        auto project = lethe::Project::open(root);
        return lethe::build_reference_pool(*project, o, rc).to_json();
    };
    mine_ = true;
    if (!runner_->start(tr("Build %1 reference models").arg(o.k), task)) {
        mine_ = false;
        return false;
    }
    progress_->setValue(0);
    status_->setText(tr("Training %1 reference models…").arg(o.k));
    cancel_->setEnabled(true);
    return true;
}

} // namespace lethe::ui
