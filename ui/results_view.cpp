#include "results_view.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

#include "exposure_view.h"
#include "jobs/cases.h"
#include "jobs/methods.h"
#include "jobs/project_access.h"
#include "language.h"
#include "qcustomplot_wrap.h"
#include "qt_std.h"
#include "result_plots.h"
#include "verdict.h"
#include "verdict_panel.h"

namespace lethe::ui {

using nlohmann::json;

JobAudits job_audits(lethe::Lineage &lin, qint64 job_id) {
    JobAudits a;
    // The newest of each role (an audit run again replaces the job's earlier one in the view).
    for (const auto &row : lin.audits(job_id)) {
        if (row.role == AuditRole::Before && row.id > a.before_id) {
            a.before = row.summary;
            a.before_id = row.id;
        } else if (row.role == AuditRole::After && row.id > a.after_id) {
            a.after = row.summary;
            a.after_id = row.id;
        } else if (row.role == AuditRole::Reference && row.id > a.reference_id) {
            a.reference = row.summary;
            a.reference_id = row.id;
        }
    }
    return a;
}

bool project_is_fashion(lethe::Lineage &lin) {
    for (const auto &d : lin.datasets())
        if (d.name.rfind("fashion-mnist", 0) == 0) return true;
    return false;
}

QString ResultsView::plotName(Plot p) {
    switch (p) {
    case LossPlot: return QStringLiteral("loss-histograms");
    case RocPlot: return QStringLiteral("mia-roc");
    case AccuracyPlot: return QStringLiteral("accuracy");
    case PerClassPlot: return QStringLiteral("per-class-change");
    case ComparisonPlot: return QStringLiteral("jobs-of-case");
    default: return QStringLiteral("plot");
    }
}

QString ResultsView::plotWhatsThis(Plot p) {
    switch (p) {
    case LossPlot:
        return tr("<b>Loss histograms</b><p>How surprised the model is by each record (its loss), for the forgotten "
                  "records and for test records it never saw, and for the retrained reference when there is one. "
                  "After a good erasure the forgotten records look like test records.</p>");
    case RocPlot:
        return tr("<b>Membership-inference ROC</b><p>How well the chosen attack tells the forgotten records from test "
                  "records. The diagonal is guessing; the area under the curve (AUC) near 0.5 means the attack "
                  "cannot tell them apart. The true-positive rate at a low false-positive rate matters most.</p>");
    case AccuracyPlot:
        return tr("<b>Accuracy</b><p>The model's accuracy on the forgotten, retained and test records, before and "
                  "after unlearning and, when there is one, for the retrained reference. The bars show 95% "
                  "intervals (Wilson).</p>");
    case PerClassPlot:
        return tr("<b>Per-class change</b><p>How each class's accuracy changed through the unlearning, on the "
                  "forget set, the test set and the retained sample: a drop in one class shows damage beyond the "
                  "forgotten records.</p>");
    case ComparisonPlot:
        return tr("<b>Jobs of the case</b><p>Every job run for this case side by side (exact and approximate "
                  "methods), so the approximate ones can be compared with the exact answer.</p>");
    default: return {};
    }
}

ResultsView::ResultsView(QWidget *parent) : QWidget(parent) {
    jobs_ = new QComboBox(this);
    jobs_->setMinimumContentsLength(20);
    jobs_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    statistic_ = new QComboBox(this);
    statistic_->setObjectName(QStringLiteral("attackBox"));
    statistic_->setToolTip(tr("The attack the line below, the ROC, the slices and the comparison of jobs show: the "
                              "threshold attacks on a per-example statistic, the class-dependent thresholds, and "
                              "LiRA / RMIA when the audit had a reference pool"));
    statistic_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    statistic_->setMinimumContentsLength(16);
    verdict_ = new VerdictPanel(this);
    verdict_->setWhatsThis(
        tr("<b>Verdict</b><p>The case's answer and each data subject's: <b>pass</b> when the membership test on the "
           "forgotten records finds nothing <i>and</i> the test was strong enough to find a model that still "
           "remembers them (its power); <b>fail</b> when the records still look like training data; "
           "<b>inconclusive</b> when the test could not decide, for example without reference models. "
           "Help &gt; User guide, section \"Verdict rules\", says how each is decided.</p>"));
    exposure_ = new ExposureView(this);
    exposure_->setMinimumHeight(620);
    attack_line_ = new QLabel(this);
    attack_line_->setObjectName(QStringLiteral("attackLine"));
    attack_line_->setWordWrap(true);
    attack_line_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Job:"), this));
    top->addWidget(jobs_, 1);
    top->addWidget(new QLabel(tr("Attack:"), this));
    top->addWidget(statistic_);

    auto *grid = grid_ = new QGridLayout;
    for (int i = 0; i < PlotCount; ++i) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(plotName(Plot(i)));
        plot->setMinimumSize(280, 260);
        installHoverTooltips(plot);
        plot->setWhatsThis(plotWhatsThis(Plot(i)));
        plots_[i] = plot;
        auto *cell = new QWidget(this);
        auto *cl = new QVBoxLayout(cell);
        cl->setContentsMargins(0, 0, 0, 0);
        auto *exp = new QToolButton(cell);
        exp->setText(tr("Export…"));
        exp->setToolTip(tr("Save this plot as PNG or PDF"));
        connect(exp, &QToolButton::clicked, this, [this, i] { exportPlotDialog(i); });
        cl->addWidget(plot, 1);
        cl->addWidget(exp, 0, Qt::AlignRight);
        grid->addWidget(cell, i / 2, i % 2);
        cells_[i] = cell;
    }
    auto *inner = new QWidget(this);
    auto *il = new QVBoxLayout(inner);
    il->addWidget(summary_);
    il->addWidget(verdict_);
    il->addWidget(attack_line_);
    il->addWidget(exposure_);
    il->addLayout(grid, 1);
    auto *scroll = scroll_ = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(top);
    lay->addWidget(scroll, 1);

    connect(jobs_, &QComboBox::activated, this, [this](int i) { showJob(jobs_->itemData(i).toLongLong()); });
    connect(statistic_, &QComboBox::currentIndexChanged, this, &ResultsView::showAttack);
    connect(statistic_, &QComboBox::activated, this, [this] { attack_chosen_ = true; });
    redraw();
}

// Two plots a row when the page is wide enough, one below the other when it
// is not (a 1024-pixel screen with both docks open): the page wraps instead of
// scrolling sideways.
void ResultsView::resizeEvent(QResizeEvent *e) {
    QWidget::resizeEvent(e);
    const int cols = scroll_->viewport()->width() >= 2 * cells_[0]->minimumSizeHint().width() + 40 ? 2 : 1;
    if (cols == plot_columns_) return;
    plot_columns_ = cols;
    for (int i = 0; i < PlotCount; ++i) grid_->removeWidget(cells_[i]);
    for (int i = 0; i < PlotCount; ++i) grid_->addWidget(cells_[i], i / cols, i % cols);
}

void ResultsView::setLineage(lethe::Lineage *lin) {
    lin_ = lin;
    job_id_ = 0;
    audits_ = {};
    fashion_ = lin && project_is_fashion(*lin);
    exposure_->setLineage(lin, fashion_);
    refreshJobs();
    if (jobs_->count() > 0)
        showJob(jobs_->itemData(0).toLongLong());
    else
        redraw();
}

void ResultsView::setCase(qint64 request_id) {
    request_id_ = request_id;
    refreshJobs();
    const int i = jobs_->findData(QVariant::fromValue<qint64>(job_id_));
    if (i >= 0)
        redraw();
    else if (jobs_->count() > 0)
        showJob(jobs_->itemData(0).toLongLong());
    else {
        job_id_ = 0;
        audits_ = {};
        redraw();
    }
}

void ResultsView::refreshJobs() {
    const QSignalBlocker block(jobs_);
    jobs_->clear();
    if (!lin_) return;
    std::map<int64_t, lethe::RequestRow> cases;
    for (const auto &r : lin_->requests()) cases[r.id] = r;
    for (const auto &j : lethe::forget_jobs(*lin_, request_id_ ? std::optional<int64_t>(request_id_) : std::nullopt)) {
        const auto c = j.request_id ? cases.find(*j.request_id) : cases.end();
        const QString who =
            c == cases.end() ? tr("no case")
                             : tr("case %1, subject %2").arg(qs(c->second.case_ref), qs(c->second.subject_pseudonym));
        jobs_->addItem(tr("job %1: %2, %3 · %4 (%5)")
                           .arg(j.id)
                           .arg(qs(j.method), stateWord(qs(j.status)), who, localTimestamp(qs(j.started_at))),
                       QVariant::fromValue<qint64>(j.id));
    }
    const int i = jobs_->findData(QVariant::fromValue<qint64>(job_id_));
    if (i >= 0) jobs_->setCurrentIndex(i);
}

bool ResultsView::showJob(qint64 job_id) {
    if (!lin_) return false;
    lethe::JobRow job;
    try {
        job = lin_->job(job_id);
    } catch (const std::exception &) {
        return false;
    }
    if (job.kind != JobKind::Forget) return false;
    job_id_ = job_id;
    audits_ = job_audits(*lin_, job_id);
    refreshJobs();
    redraw();
    Q_EMIT jobShown(job_id);

    // Summary line: what happened and the headline numbers.
    QString s = tr("<b>Job %1</b> · %2 · %3 · device %4")
                    .arg(job.id)
                    .arg(qs(job.method), stateWord(qs(job.status)), qs(job.device));
    if (!job.result.is_null()) {
        const auto &r = job.result;
        const bool ensemble = lin_->model(r.value("input_model_id", int64_t(0))).kind == ModelKind::Sisa;
        const QString retrained = retrainedWords(r, ensemble, qs(job.method));
        s += tr("<br>%1 record(s) forgotten; model %2 → %3; %4; %5 stale checkpoint(s) deleted; "
                "unlearning %6 s (job %7 s)")
                 .arg(localCount(r.value("forgotten_records", int64_t(0))))
                 .arg(r.value("input_model_id", int64_t(0)))
                 .arg(r.value("output_model_id", int64_t(0)))
                 .arg(retrained)
                 .arg(r.value("purged_checkpoints", int64_t(0)))
                 .arg(localNumber(r.value("seconds", 0.0), 2))
                 .arg(localNumber(r.value("total_seconds", 0.0), 1));
    }
    if (!job.error.empty()) s += tr("<br>error: %1").arg(engineWords(job.error_message, job.error).toHtmlEscaped());
    summary_->setText(s);
    return true;
}

void ResultsView::refreshAttacks() {
    // The five statistics first (their order in the audit), then whatever
    // else the stored summaries hold: class thresholds, LiRA, RMIA.
    QStringList names = {QStringLiteral("loss"), QStringLiteral("confidence"), QStringLiteral("logit_confidence"),
                         QStringLiteral("entropy"), QStringLiteral("modified_entropy")};
    for (const json *s : {&audits_.after, &audits_.before})
        if (s->is_object() && s->contains("mia") && (*s)["mia"].is_object())
            for (auto &[k, v] : (*s)["mia"].items())
                if (!names.contains(qs(k))) names << qs(k);
    // The user's choice stays from job to job; until there is one, the
    // audit's primary attack (LiRA offline with a reference pool, else loss).
    QString current = currentAttack();
    if (!attack_chosen_) {
        current = QStringLiteral("loss");
        for (const json *s : {&audits_.after, &audits_.before})
            if (s->is_object() && s->contains("slices") && (*s)["slices"].contains("attack")) {
                current = qs((*s)["slices"]["attack"].get<std::string>());
                break;
            }
    }
    const QSignalBlocker block(statistic_);
    statistic_->clear();
    for (const auto &n : names) {
        statistic_->addItem(attackWords(n), n);
        statistic_->setItemData(statistic_->count() - 1, n, Qt::ToolTipRole);
    }
    const int i = statistic_->findData(current);
    statistic_->setCurrentIndex(i >= 0 ? i : 0);
}

QString ResultsView::currentAttack() const {
    const QString k = statistic_->currentData().toString();
    return k.isEmpty() ? QStringLiteral("loss") : k;
}

bool ResultsView::setAttack(const QString &key) {
    const int i = statistic_->findData(key);
    if (i < 0) return false;
    attack_chosen_ = true;
    statistic_->setCurrentIndex(i);
    return true;
}

void ResultsView::showAttack() {
    const QString key = currentAttack();
    const std::string k = ss(key);
    plotRoc(plots_[RocPlot], audits_.before, audits_.after, key);
    exposure_->setAttack(key);
    // The line: the attack's own figures, before and after, with intervals.
    auto figures = [&](const json &s) -> QString {
        if (!s.is_object() || !s.contains("mia") || !s["mia"].is_object() || !s["mia"].contains(k)) return {};
        const auto &a = s["mia"][k];
        auto ci = [&](const char *f) { return localInterval(a, f, 3); };
        return tr("AUC %1%2, TPR at 1% FPR %3%4")
            .arg(localNumber(a.value("auc", 0.0), 3))
            .arg(ci("auc_ci95"))
            .arg(localNumber(a.value("tpr_at_1pct_fpr", 0.0), 3))
            .arg(ci("tpr_at_1pct_fpr_ci95"));
    };
    const QString b = figures(audits_.before), a = figures(audits_.after);
    if (a.isEmpty() && b.isEmpty())
        attack_line_->setText(job_id_ ? tr("<b>%1 attack:</b> not in this job's audits").arg(attackWords(key))
                                      : QString());
    else
        attack_line_->setText(tr("<b>%1 attack</b> (forget records against test records; AUC 0.5 = cannot tell): "
                                 "before %2 · after %3")
                                  .arg(attackWords(key).toHtmlEscaped(), b.isEmpty() ? tr("not audited") : b,
                                       a.isEmpty() ? tr("not audited") : a));
    attack_line_->setToolTip(key);
    // The case's jobs, compared on this attack.
    std::vector<JobPoint> points;
    if (lin_ && job_id_) {
        const auto job = lin_->job(job_id_);
        for (const auto &j : lethe::forget_jobs(*lin_, job.request_id)) {
            if (j.status != JobStatus::Done || j.result.is_null()) continue;
            const auto au = job_audits(*lin_, j.id);
            if (au.after.is_null() || !au.after.contains("mia") || !au.after["mia"].is_object() ||
                !au.after["mia"].contains(k))
                continue;
            points.push_back(
                {j.id, qs(j.method), j.result.value("seconds", 0.0), au.after["mia"][k]["auc"].get<double>()});
        }
    }
    plotJobComparison(plots_[ComparisonPlot], points, attackWords(key));
}

void ResultsView::redraw() {
    refreshAttacks();
    // The case verdict comes from the engine, computed once (jobs/cases.h):
    // the panel renders it and the job's own audit evidence under it.
    qint64 case_id = request_id_;
    if (lin_ && job_id_)
        if (const auto rid = lin_->job(job_id_).request_id) case_id = *rid;
    json case_js;
    if (lin_ && case_id) {
        try {
            case_js = lethe::case_json(*lin_, case_id);
        } catch (const std::exception &e) {
            Q_EMIT message(userText(e));
        }
    }
    verdict_->setCase(case_js);
    verdict_->setAudit(audits_.after);
    exposure_->setJob(job_id_, audits_.before, audits_.after, audits_.before_id, audits_.after_id);
    plotLossHistograms(plots_[LossPlot], audits_.before, audits_.after, audits_.reference);
    plotAccuracy(plots_[AccuracyPlot], audits_.before, audits_.after, audits_.reference);
    plotPerClassChange(plots_[PerClassPlot], audits_.before, audits_.after, fashion_);
    showAttack();
    if (!lin_)
        summary_->setText(tr("No project is open: open one with File ▸ Open (Ctrl+O), or the demo."));
    else if (!job_id_)
        summary_->setText(request_id_ ? tr("No forget job for this case yet: fill the basket with its subject's "
                                           "records and press Start, or use Job ▸ Investigate case.")
                                      : tr("No forget job yet: fill the basket and press Start."));
}

bool ResultsView::exportPlot(Plot p, const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) return plots_[p]->savePdf(path, 800, 550);
    return plots_[p]->savePng(path, 1200, 825, 1.0);
}

void ResultsView::exportPlotDialog(int plot) {
    if (plot < 0 || plot >= PlotCount) return;
    const QString name = QStringLiteral("job%1-%2.png").arg(job_id_).arg(plotName(Plot(plot)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export plot"), name, tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    if (exportPlot(Plot(plot), path))
        Q_EMIT message(tr("Plot written to %1").arg(path));
    else
        Q_EMIT message(tr("Could not write %1").arg(path));
}

} // namespace lethe::ui
