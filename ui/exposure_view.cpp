#include "exposure_view.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "jobs/project_access.h"
#include "language.h"
#include "qcustomplot_wrap.h"
#include "qt_std.h"
#include "result_plots.h"
#include "verdict.h"

namespace lethe::ui {

using nlohmann::json;

namespace {

bool has(const json &j, const char *k) { return j.is_object() && j.contains(k) && !j[k].is_null(); }
double num(const json &j, const char *k) {
    return has(j, k) && j[k].is_number() ? j[k].get<double>() : RecordAttackScores::kMissing;
}
qint64 count(const json &j, const char *k) { return has(j, k) && j[k].is_number() ? j[k].get<qint64>() : 0; }
QString str(const json &j, const char *k) {
    if (!has(j, k)) return {};
    return j[k].is_string() ? qs(j[k].get<std::string>()) : qs(j[k].dump());
}
QString ci(const json &j, const char *k) { return localInterval(j, k, 3); }
QString fmt(double v, int prec = 3) { return localNumber(v, prec); }

// A record's key, or its id as text (an identifier: never grouped), sorted
// by the record id it keeps in Qt::UserRole.
class RecordItem : public QTableWidgetItem {
public:
    bool operator<(const QTableWidgetItem &other) const override {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

// The audit's loss-percentile kind or the reference-calibrated one, in words.
QString exposureKindText(const json &summary) {
    const json &me = has(summary, "most_exposed") ? summary["most_exposed"] : json();
    const QString kind = str(me, "exposure");
    if (kind == QLatin1String("lira_offline")) {
        const json &r = has(summary, "references") ? summary["references"] : json();
        return QObject::tr("Exposure = Φ(LiRA offline z) against %1 reference model(s) of pool %2 (models retrained "
                           "without the record's subject). LiRA online and RMIA are beside it.")
                   .arg(count(r, "k"))
                   .arg(count(r, "pool_id")) +
               (has(r, "unavailable") && has(r["unavailable"], "lira_online")
                    ? QObject::tr(" LiRA online is blank where %1")
                          .arg(engineWords(r["unavailable"]["lira_online"], "reason", "reason_message"))
                    : QString());
    }
    QString why;
    if (has(summary, "references") && !summary["references"].value("used", false))
        why = referenceReasonWords(summary["references"]);
    return QObject::tr("No reference pool%1: exposure is the loss attack's percentile among test records (mid-rank); "
                       "LiRA and RMIA need a pool (Job > Reference models…, then audit again).")
        .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
}

// With references, exposure is only meaningful when the records no model
// trained on (test) sit about 0.5: say where they sit, so that a reader sees
// a pool that does not match the audited model (e.g. references trained on
// half the data, far less confident than the target).
QString calibrationText(const AttackScoreTable &t) {
    std::vector<double> test;
    bool lira = false;
    for (auto it = t.constBegin(); it != t.constEnd(); ++it) {
        if (!std::isnan(it->lira_offline)) lira = true;
        if (it->set == QLatin1String("test") && !std::isnan(it->exposure)) test.push_back(it->exposure);
    }
    if (!lira || test.empty()) return {};
    std::sort(test.begin(), test.end());
    const double median = test[test.size() / 2];
    QString t_ =
        QObject::tr("Calibration check: the %1 test records, which neither the audited model nor any reference "
                    "model trained on, have median exposure %2 (about 0.5 when the references match the "
                    "audited model).")
            .arg(localCount(qint64(test.size())), localNumber(median, 3));
    if (median > 0.7 || median < 0.3)
        t_ += QObject::tr(" <b>Off: read the exposures and the verdict's z with care</b> (more or better-matched "
                          "reference models).");
    return t_;
}

struct LoadedScores {
    AttackScoreTable before, after;
    QString error;
};

} // namespace

// --- the table model -------------------------------------------------------------

ExposureTableModel::ExposureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExposureTableModel::setAudits(const json &ranked, const json &other, bool fashion) {
    beginResetModel();
    rows_.clear();
    fashion_ = fashion;
    exposure_kind_.clear();
    if (has(ranked, "most_exposed")) {
        exposure_kind_ = str(ranked["most_exposed"], "exposure");
        QHash<qint64, double> other_exposure;
        if (has(other, "most_exposed") && str(other["most_exposed"], "exposure") == exposure_kind_)
            for (const auto &e : other["most_exposed"].value("records", json::array()))
                other_exposure.insert(e.value("record_id", int64_t(0)), num(e, "exposure"));
        int rank = 0;
        for (const auto &e : ranked["most_exposed"].value("records", json::array())) {
            Row r;
            r.rank = ++rank;
            r.record_id = e.value("record_id", int64_t(0));
            // The record's key; audits made before keys were shown name the id.
            r.key = e.contains("key") ? str(e, "key") : QString::number(r.record_id);
            r.subject = str(e, "subject");
            r.label = int(e.value("label", int64_t(-1)));
            r.correct = e.value("correct", false);
            r.exposure = num(e, "exposure");
            r.exposure_before = other_exposure.value(r.record_id, RecordAttackScores::kMissing);
            r.lira_offline = num(e, "lira_offline_z");
            r.rmia = num(e, "rmia");
            r.loss = num(e, "loss");
            rows_.push_back(r);
        }
    }
    endResetModel();
}

void ExposureTableModel::setScores(const AttackScoreTable &ranked, const AttackScoreTable &other) {
    for (size_t i = 0; i < rows_.size(); ++i) {
        Row &r = rows_[i];
        const auto a = ranked.constFind(r.record_id);
        if (a != ranked.constEnd()) {
            if (std::isnan(r.lira_offline)) r.lira_offline = a->lira_offline;
            if (std::isnan(r.lira_online)) r.lira_online = a->lira_online;
            if (std::isnan(r.rmia)) r.rmia = a->rmia;
        }
        const auto b = other.constFind(r.record_id);
        if (b != other.constEnd()) r.exposure_before = b->exposure;
    }
    if (!rows_.empty()) Q_EMIT dataChanged(index(0, ExposureBeforeCol), index(int(rows_.size()) - 1, RmiaCol));
}

int ExposureTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int ExposureTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExposureTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row &r = rows_[size_t(index.row())];
    if (role == RecordIdRole) return QVariant::fromValue<qint64>(r.record_id);
    if (role == SubjectRole) return r.subject;
    const auto value = [&](double v) -> double { return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v; };
    if (role == SortRole) {
        switch (index.column()) {
        case RankCol: return r.rank;
        case RecordCol: return QVariant::fromValue<qint64>(r.record_id);
        case SubjectCol: return r.subject;
        case ClassCol: return r.label;
        case CorrectCol: return int(r.correct);
        case ExposureCol: return value(r.exposure);
        case ExposureBeforeCol: return value(r.exposure_before);
        case LiraOfflineCol: return value(r.lira_offline);
        case LiraOnlineCol: return value(r.lira_online);
        case RmiaCol: return value(r.rmia);
        case LossCol: return value(r.loss);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == SubjectCol || index.column() == ClassCol ? QVariant()
                                                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case RankCol: return r.rank;
    case RecordCol: return r.key;
    case SubjectCol: return r.subject;
    case ClassCol: return r.label < 0 ? QStringLiteral("–") : label_name(r.label, fashion_);
    case CorrectCol: return r.correct ? tr("yes") : tr("no");
    case ExposureCol: return fmt(r.exposure);
    case ExposureBeforeCol: return fmt(r.exposure_before);
    case LiraOfflineCol: return fmt(r.lira_offline, 2);
    case LiraOnlineCol: return fmt(r.lira_online, 2);
    case RmiaCol: return fmt(r.rmia);
    case LossCol: return fmt(r.loss);
    default: return {};
    }
}

QVariant ExposureTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal) return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExposureCol:
            return exposure_kind_ == QLatin1String("lira_offline")
                       ? tr("Φ(LiRA offline z): how far the audited model's confidence on the record lies above what "
                            "models that never saw it give (0.5 = like them; near 1 = still remembered)")
                       : tr("The loss attack's percentile of the record among the test records (0.5 = like an unseen "
                            "record; near 1 = lower loss than almost every test record)");
        case ExposureBeforeCol:
            return tr("The same exposure in the other audit of the job (the model before unlearning)");
        case LiraOfflineCol: return tr("LiRA offline z = (φ − μ_out) / σ_out on the logit-scaled confidence");
        case LiraOnlineCol: return tr("LiRA online: log N(φ; μ_in, σ_in) − log N(φ; μ_out, σ_out)");
        case RmiaCol: return tr("RMIA: fraction of population records the record dominates (γ = 1)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case RankCol: return tr("rank");
    case RecordCol: return tr("record");
    case SubjectCol: return tr("subject");
    case ClassCol: return tr("class");
    case CorrectCol: return tr("correct");
    case ExposureCol: return tr("exposure");
    case ExposureBeforeCol: return tr("exposure before");
    case LiraOfflineCol: return tr("LiRA offline z");
    case LiraOnlineCol: return tr("LiRA online");
    case RmiaCol: return tr("RMIA");
    case LossCol: return tr("loss");
    default: return {};
    }
}

// --- the view ----------------------------------------------------------------------

QString ExposureView::controlCountText(const json &c) {
    return tr("%1 of %2 retained records more exposed after unlearning")
        .arg(localCount(count(c, "n_flagged")))
        .arg(localCount(count(c, "n_compared")));
}

ExposureView::ExposureView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("exposureView"));
    model_ = new ExposureTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(ExposureTableModel::SortRole);
    records_ = new QTableView(this);
    records_->setObjectName(QStringLiteral("exposureRecords"));
    records_->setModel(proxy_);
    records_->setSortingEnabled(true);
    records_->sortByColumn(ExposureTableModel::RankCol, Qt::AscendingOrder);
    records_->setSelectionBehavior(QAbstractItemView::SelectRows);
    records_->setSelectionMode(QAbstractItemView::SingleSelection);
    records_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    records_->verticalHeader()->setVisible(false);
    records_->horizontalHeader()->setStretchLastSection(true);
    records_->setToolTip(
        tr("Select a record to show it in the lineage browser's detail pane; double-click to go there"));
    records_->setMinimumHeight(180);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("exposureNote"));
    note_->setWordWrap(true);
    note_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    slices_ = new QTableWidget(0, 5, this);
    slices_->setObjectName(QStringLiteral("exposureSlices"));
    slices_->setHorizontalHeaderLabels({tr("slice"), tr("n members / non-members"), tr("AUC after [95% CI]"),
                                        tr("TPR at 1% FPR after [95% CI]"), tr("AUC before [95% CI]")});
    slices_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    slices_->verticalHeader()->setVisible(false);
    slices_->horizontalHeader()->setStretchLastSection(true);
    slice_note_ = new QLabel(this);
    slice_note_->setWordWrap(true);
    slice_plot_ = new QCustomPlot(this);
    slice_plot_->setObjectName(QStringLiteral("exposure-slices"));
    slice_plot_->setMinimumSize(280, 200);
    installHoverTooltips(slice_plot_);

    control_label_ = new QLabel(this);
    control_label_->setObjectName(QStringLiteral("exposureControl"));
    control_label_->setWordWrap(true);
    control_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    control_ = new QTableWidget(0, 4, this);
    control_->setObjectName(QStringLiteral("exposureControlRecords"));
    control_->setHorizontalHeaderLabels(
        {tr("retained record"), tr("exposure before"), tr("exposure after"), tr("rise")});
    control_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    control_->setSelectionBehavior(QAbstractItemView::SelectRows);
    control_->setSelectionMode(QAbstractItemView::SingleSelection);
    control_->verticalHeader()->setVisible(false);
    control_->horizontalHeader()->setStretchLastSection(true);
    control_->setSortingEnabled(true);
    control_->setMaximumHeight(160);

    auto *top = new QGroupBox(tr("Most exposed forget records"), this);
    auto *tl = new QVBoxLayout(top);
    tl->addWidget(note_);
    tl->addWidget(records_, 1);
    auto *sl = new QGroupBox(tr("The attack by slice (the Attack selector above chooses it)"), this);
    auto *sll = slice_layout_ = new QBoxLayout(QBoxLayout::LeftToRight, sl);
    auto *slv = new QVBoxLayout;
    slv->addWidget(slice_note_);
    slv->addWidget(slices_, 1);
    sll->addLayout(slv, 3);
    sll->addWidget(slice_plot_, 2);
    auto *cl = new QGroupBox(tr("Retained records (control)"), this);
    auto *cll = new QVBoxLayout(cl);
    cll->addWidget(control_label_);
    cll->addWidget(control_);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(top, 3);
    lay->addWidget(sl, 2);
    lay->addWidget(cl, 1);

    connect(records_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid()) return;
        Q_EMIT recordSelected(i.data(ExposureTableModel::RecordIdRole).toLongLong(),
                              i.data(ExposureTableModel::SubjectRole).toString());
    });
    connect(records_, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        Q_EMIT recordActivated(i.data(ExposureTableModel::RecordIdRole).toLongLong(),
                               i.data(ExposureTableModel::SubjectRole).toString());
    });
    auto control_record = [this](int row) -> qint64 {
        auto *it = control_->item(row, 0);
        return it ? it->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(control_, &QTableWidget::currentCellChanged, this, [this, control_record](int row) {
        if (const qint64 id = control_record(row)) Q_EMIT recordSelected(id, QString());
    });
    connect(control_, &QTableWidget::cellDoubleClicked, this, [this, control_record](int row) {
        if (const qint64 id = control_record(row)) Q_EMIT recordActivated(id, QString());
    });

    // The loader: a plain object on its own thread; each request opens the
    // database on that thread (SQLite: one connection per thread).
    thread_.reset(new QThread);
    thread_->setObjectName(QStringLiteral("lethe-exposure"));
    worker_ = new QObject;
    worker_->moveToThread(thread_.get());
    connect(thread_.get(), &QThread::finished, worker_, &QObject::deleteLater);
    thread_->start();

    setJob(0, json(), json(), 0, 0);
}

ExposureView::~ExposureView() {
    // Join the loader while this object is whole: a late answer is then a
    // posted event that dies with it.
    ticket_ = ~quint64(0);
    thread_.reset();
}

// The slice table beside its plot when there is room, above it when not.
void ExposureView::resizeEvent(QResizeEvent *e) {
    QWidget::resizeEvent(e);
    slice_layout_->setDirection(width() >= 700 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ExposureView::setLineage(lethe::Lineage *lin, bool fashion) {
    lin_ = lin;
    fashion_ = fashion;
    setJob(0, json(), json(), 0, 0);
}

void ExposureView::setJob(qint64 job_id, const json &before, const json &after, qint64 before_id, qint64 after_id) {
    job_id_ = job_id;
    ticket_ = 0;
    ranked_is_after_ = after.is_object() || !before.is_object();
    const json &ranked = ranked_is_after_ ? after : before;
    const json &other = ranked_is_after_ ? before : after;
    model_->setAudits(ranked, other, fashion_);
    records_->sortByColumn(ExposureTableModel::RankCol, Qt::AscendingOrder);

    const bool pool =
        has(ranked, "most_exposed") && str(ranked["most_exposed"], "exposure") == QLatin1String("lira_offline");
    for (int c : {ExposureTableModel::LiraOfflineCol, ExposureTableModel::LiraOnlineCol, ExposureTableModel::RmiaCol})
        records_->setColumnHidden(c, !pool);
    records_->setColumnHidden(ExposureTableModel::ExposureBeforeCol, !ranked_is_after_ || !before.is_object());
    records_->resizeColumnsToContents();

    if (!job_id)
        note_text_ = tr("No forget job shown.");
    else if (!after.is_object() && !before.is_object())
        note_text_ = tr("Job %1 has no audits (it ran with auditing off, or stopped before its audit): no per-record "
                        "exposure.")
                         .arg(job_id);
    else if (!has(ranked, "most_exposed"))
        note_text_ = tr("The %1 has no per-record exposure (an audit from before issue 5): audit the job again with "
                        "<tt>lethe audit --job %2</tt>.")
                         .arg(ranked_is_after_ ? tr("after-audit") : tr("before-audit"))
                         .arg(job_id);
    else if (model_->rowCount() == 0)
        note_text_ = tr("The audit had no forget records: nothing to rank.");
    else {
        note_text_ = exposureKindText(ranked);
        note_text_ += ranked_is_after_ ? (before.is_object()
                                              ? tr(" Ranked by the after-audit; the before-audit's exposure beside it.")
                                              : tr(" No before-audit: the model before unlearning was not audited."))
                                       : tr(" Only the before-audit exists (no after-audit yet): ranked by it.");
    }
    note_->setText(note_text_);
    before_ = before;
    after_ = after;
    showSlices(withSlicesOf(before, ss(attack_)), withSlicesOf(after, ss(attack_)));
    showControl(after);
    if (job_id && lin_ && model_->rowCount() > 0 && (before_id || after_id))
        requestScores(ranked_is_after_ ? before_id : after_id, ranked_is_after_ ? after_id : before_id);
}

void ExposureView::requestScores(qint64 other_id, qint64 ranked_id) {
    const quint64 ticket = ++next_ticket_;
    ticket_ = ticket;
    const std::string path = lin_->path();
    QObject *view = this;
    QMetaObject::invokeMethod(
        worker_,
        [view, ticket, path, other_id, ranked_id] {
            auto out = std::make_shared<LoadedScores>();
            try {
                auto lin = lethe::Lineage::open(path);
                if (ranked_id) out->after = readAttackScores(*lin, ranked_id);
                if (other_id) out->before = readAttackScores(*lin, other_id);
            } catch (const std::exception &e) {
                out->error = userText(e);
            } catch (...) {
                out->error = tr("unknown error while reading the attack scores");
            }
            QMetaObject::invokeMethod(
                view,
                [view, ticket, out] {
                    auto *self = static_cast<ExposureView *>(view);
                    if (ticket != self->ticket_) return; // another job is shown now
                    self->ticket_ = 0;
                    if (!out->error.isEmpty()) {
                        self->note_->setText(
                            self->note_text_ +
                            tr("<br>The per-record scores could not be read: %1").arg(out->error.toHtmlEscaped()));
                    } else {
                        self->model_->setScores(out->after, out->before);
                        self->records_->resizeColumnsToContents();
                        const QString cal = calibrationText(out->after);
                        if (!cal.isEmpty()) self->note_->setText(self->note_text_ + QStringLiteral("<br>") + cal);
                    }
                    Q_EMIT self->scoresLoaded();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ExposureView::setAttack(const QString &attack) {
    if (attack == attack_) return;
    attack_ = attack;
    showSlices(withSlicesOf(before_, ss(attack_)), withSlicesOf(after_, ss(attack_)));
}

void ExposureView::showSlices(const json &before, const json &after) {
    slices_->setRowCount(0);
    const json &main = has(after, "slices") ? after : before;
    const json &prev = has(after, "slices") ? before : json();
    if (!has(main, "slices")) {
        slice_note_->setText(
            job_id_ ? tr("No slices in the audit (an audit from before issue 5, or no forget records).") : QString());
        slices_->setVisible(false);
        plotSlices(slice_plot_, json(), json(), fashion_);
        return;
    }
    const auto &s = main["slices"];
    const QString attack = str(s, "attack");
    slice_attack_ = attack;
    QString note = tr("The %1 attack on each class and on correctly / wrongly classified records alone (forget "
                      "records of the slice vs test records of the slice); an interval spanning 0.5 cannot tell "
                      "the slice from chance. Empty slices show n only.")
                       .arg(attackWords(attack));
    if (!attack_.isEmpty() && attack_ != attack)
        note += tr(" This audit has no slices of the %1 attack (an older audit, or an attack without a score for "
                   "every record): the %2 attack is shown.")
                    .arg(attackWords(attack_), attackWords(attack));
    slice_note_->setText(note);
    slice_note_->setToolTip(attack);
    slices_->setVisible(true);
    struct Slice {
        QString name;
        json a, b;
    };
    std::vector<Slice> rows;
    auto find_class = [](const json &sum, int64_t c) -> json {
        if (!has(sum, "slices")) return {};
        for (const auto &x : sum["slices"].value("by_class", json::array()))
            if (x.value("class", int64_t(-1)) == c) return x;
        return {};
    };
    for (const auto &x : s.value("by_class", json::array())) {
        const int64_t c = x.value("class", int64_t(0));
        rows.push_back({tr("class %1").arg(label_name(int(c), fashion_)), x, find_class(prev, c)});
    }
    for (const char *k : {"correct", "incorrect"}) {
        const json &bc = s.value("by_correctness", json::object());
        if (!bc.contains(k)) continue;
        const json pb = has(prev, "slices") && prev["slices"].contains("by_correctness") &&
                                prev["slices"]["by_correctness"].contains(k)
                            ? prev["slices"]["by_correctness"][k]
                            : json();
        rows.push_back({k == std::string("correct") ? tr("correctly classified") : tr("misclassified"), bc[k], pb});
    }
    slices_->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto &a = rows[size_t(r)].a, &b = rows[size_t(r)].b;
        auto set = [&](int col, const QString &t) {
            auto *it = new QTableWidgetItem(t);
            if (col > 0) it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            slices_->setItem(r, col, it);
        };
        set(0, rows[size_t(r)].name);
        set(1,
            QStringLiteral("%1 / %2").arg(localCount(count(a, "n_members"))).arg(localCount(count(a, "n_nonmembers"))));
        set(2, has(a, "auc") ? fmt(num(a, "auc")) + ci(a, "auc_ci95") : tr("– (empty slice)"));
        set(3, has(a, "tpr_at_1pct_fpr") ? fmt(num(a, "tpr_at_1pct_fpr")) + ci(a, "tpr_at_1pct_fpr_ci95")
                                         : QStringLiteral("–"));
        set(4, has(b, "auc") ? fmt(num(b, "auc")) + ci(b, "auc_ci95") : QStringLiteral("–"));
    }
    slices_->setColumnHidden(4, !prev.is_object());
    slices_->resizeColumnsToContents();
    plotSlices(slice_plot_, prev, main, fashion_);
}

void ExposureView::showControl(const json &after) {
    control_->setSortingEnabled(false);
    control_->setRowCount(0);
    if (!job_id_) {
        control_label_->setText(QString());
        control_->setVisible(false);
        return;
    }
    if (!has(after, "control_exposure")) {
        control_label_->setText(after.is_object() ? tr("The after-audit has no retained-records control (an audit from "
                                                       "before issue 5).")
                                                  : tr("No after-audit: the retained-records control compares the "
                                                       "after-audit with the before-audit."));
        control_->setVisible(false);
        return;
    }
    const auto &c = after["control_exposure"];
    if (!has(c, "compared_with_audit")) {
        control_label_->setText(tr("No before-audit to compare with: the control flags retained records whose exposure "
                                   "rose after unlearning, so it needs the model before unlearning audited too."));
        control_->setVisible(false);
        return;
    }
    const json rule = c.value("rule", json::object());
    QString t = QStringLiteral("<b>%1</b>").arg(controlCountText(c).toHtmlEscaped());
    t += tr(" (loss-attack exposure percentile among test records rose by ≥ %1 to ≥ %2; compared with audit %3; "
            "Hayes et al. 2025: unlearning can expose retained records).")
             .arg(localSignificant(rule.value("rise_at_least", 0.0), 3))
             .arg(localSignificant(rule.value("after_at_least", 0.0), 3))
             .arg(count(c, "compared_with_audit"));
    const json flagged = c.value("flagged", json::array());
    if (count(c, "n_flagged") > qint64(flagged.size())) t += tr(" The first %1 are listed.").arg(flagged.size());
    control_label_->setText(t);
    control_->setRowCount(int(flagged.size()));
    int r = 0;
    for (const auto &f : flagged) {
        const double b = num(f, "before"), a = num(f, "after");
        // Numbers as numbers (rounded for display) so that the columns sort by value.
        auto set = [&](int col, const QVariant &v) {
            auto *it = col == 0 ? new RecordItem : new QTableWidgetItem;
            it->setData(Qt::DisplayRole, v);
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            control_->setItem(r, col, it);
        };
        auto round3 = [](double v) { return QVariant(std::round(v * 1000.0) / 1000.0); };
        const qint64 id = f.value("record_id", int64_t(0));
        set(0, f.contains("key") ? QVariant(str(f, "key")) : QVariant(QString::number(id))); // an id: never grouped
        control_->item(r, 0)->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
        set(1, round3(b));
        set(2, round3(a));
        set(3, round3(a - b));
        ++r;
    }
    control_->setVisible(!flagged.empty());
    control_->setSortingEnabled(true);
    control_->resizeColumnsToContents();
}

} // namespace lethe::ui
