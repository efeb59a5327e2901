#include "verdict_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

using nlohmann::json;

namespace {

bool has(const json &j, const char *k) { return j.is_object() && j.contains(k) && !j[k].is_null(); }

double num(const json &j, const char *k, double def = 0) {
    return has(j, k) && j[k].is_number() ? j[k].get<double>() : def;
}
qint64 count(const json &j, const char *k) { return has(j, k) && j[k].is_number() ? j[k].get<qint64>() : 0; }

QString ci(const json &j, const char *k, int prec = 3) { return localInterval(j, k, prec); }

QString str(const json &j, const char *k) {
    if (!has(j, k)) return {};
    return j[k].is_string() ? qs(j[k].get<std::string>()) : qs(j[k].dump());
}

} // namespace

QString verdictColor(const QString &word) {
    const QString w = word.toLower();
    if (w == QLatin1String("pass")) return QStringLiteral("#1a7f37");
    if (w == QLatin1String("fail")) return QStringLiteral("#b00020");
    return QStringLiteral("#9a6700");
}

QString verdictThresholdsHtml(const json &v) {
    if (!has(v, "thresholds")) return {};
    const auto &t = v["thresholds"];
    return QObject::tr("Thresholds: fail when a subject's z ≥ z_fail = %1 (one-sided p = 0.001); pass when not failed "
                       "and the power z (a model that remembered the subject) ≥ z_power = %2; minimum records per "
                       "subject %3; otherwise inconclusive (docs/audit.md, Verdicts).")
        .arg(localSignificant(num(t, "z_fail"), 4))
        .arg(localSignificant(num(t, "z_power"), 4))
        .arg(count(t, "min_records"));
}

QString auditEvidenceHtml(const json &s) {
    QStringList lines;
    if (has(s, "unlearning_test")) {
        const auto &u = s["unlearning_test"];
        lines << QObject::tr("Per-example test against retrained models (U-LiRA style): %1 rejected%2 at α = %3 "
                             "(n = %4; about %3 if forgotten; ≥ %5 OUT reference model(s) per record)")
                     .arg(localNumber(num(u, "fraction_rejected"), 3))
                     .arg(ci(u, "fraction_rejected_ci95"))
                     .arg(localSignificant(num(u, "alpha"), 3))
                     .arg(localCount(count(u, "n")))
                     .arg(localCount(count(u, "n_reference_models_out_min")));
    }
    if (has(s, "challenge")) {
        const auto &c = s["challenge"];
        lines << QObject::tr("NeurIPS 2023 forgetting quality F = %1 (ε mean %2, median %3, max %4; n = %5; "
                             "%6 retrained, %7 unlearned model(s))")
                     .arg(localNumber(num(c, "forgetting_quality_F"), 3))
                     .arg(localNumber(num(c, "epsilon_mean"), 3))
                     .arg(localNumber(num(c, "epsilon_median"), 3))
                     .arg(localNumber(num(c, "epsilon_max"), 3))
                     .arg(localCount(count(c, "n")))
                     .arg(localCount(count(c, "n_retrained_models")))
                     .arg(localCount(count(c, "n_unlearned_models")));
    }
    if (has(s, "mia_efficacy")) {
        const auto &e = s["mia_efficacy"];
        lines << QObject::tr("MIA-Efficacy (SalUn; RBF SVC on the confidence): %1%2 (n = %3 forget records; fitted on "
                             "%4 retained vs %5 test)")
                     .arg(localNumber(num(e, "value"), 3))
                     .arg(ci(e, "ci95"))
                     .arg(localCount(count(e, "n_forget")))
                     .arg(localCount(count(e, "n_fit_members")))
                     .arg(localCount(count(e, "n_fit_nonmembers")));
    } else if (s.is_object() && s.contains("mia_efficacy")) {
        lines << QObject::tr("MIA-Efficacy: not computed (no forget or no retained records)");
    }
    if (has(s, "references")) {
        const auto &r = s["references"];
        if (r.value("used", false))
            lines << QObject::tr("Reference pool %1: K = %2 models, seed %3, ≥ %4 IN and ≥ %5 OUT per record; config "
                                 "matches the audited model: %6")
                         .arg(count(r, "pool_id"))
                         .arg(count(r, "k"))
                         .arg(count(r, "seed"))
                         .arg(localCount(count(r, "n_in_min")))
                         .arg(localCount(count(r, "n_out_min")))
                         .arg(r.value("config_matches_target", false) ? QObject::tr("yes") : QObject::tr("no"));
        else
            lines << QObject::tr("No reference pool (%1): LiRA, RMIA and the per-example test were not run")
                         .arg(referenceReasonWords(r).toHtmlEscaped());
    }
    if (has(s, "mia") && s["mia"].is_object() && !s["mia"].empty()) {
        const json &first = s["mia"].begin().value();
        if (has(first, "bootstrap")) {
            const auto &b = first["bootstrap"];
            lines << QObject::tr("Intervals: %1% percentile bootstrap, %2 resamples, seed %3 (salted per attack)")
                         .arg(localSignificant(num(b, "level", 0.95) * 100, 3))
                         .arg(localCount(count(b, "resamples")))
                         .arg(count(b, "seed"));
        }
    }
    if (has(s, "control_exposure")) {
        const auto &c = s["control_exposure"];
        lines << QObject::tr("Retained control: %1 of %2 retained record(s) flagged as more exposed after unlearning")
                     .arg(localCount(count(c, "n_flagged")))
                     .arg(localCount(count(c, "n_compared")));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString caseHeadlineHtml(const json &c) {
    if (!has(c, "verdict")) return QObject::tr("<b>Case verdict:</b> no case selected");
    const QString r = str(c["verdict"], "result");
    return QObject::tr("<b>Case verdict: <span style='color:%1'>%2</span></b> · %3<br>%4")
        .arg(verdictColor(r), resultWord(r), statusWords(str(c, "status")).toHtmlEscaped(),
             summaryText(c["verdict"]).toHtmlEscaped());
}

VerdictPanel::VerdictPanel(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("verdictPanel"));
    case_headline_ = new QLabel(this);
    case_headline_->setObjectName(QStringLiteral("caseVerdictHeadline"));
    case_headline_->setWordWrap(true);
    case_headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    findings_ = new QTableWidget(0, FindingColumnCount, this);
    findings_->setObjectName(QStringLiteral("caseFindings"));
    findings_->setHorizontalHeaderLabels({tr("model"), tr("layer"), tr("result"), tr("finding")});
    findings_->horizontalHeaderItem(FindingSentenceCol)->setToolTip(tr("Hover a finding for its technical detail"));
    findings_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    findings_->setWordWrap(true);
    findings_->verticalHeader()->setVisible(false);
    findings_->horizontalHeader()->setStretchLastSection(true);
    findings_->setMaximumHeight(280);
    // The sentence column wraps: rows follow its width, so nobody reads a cut sentence.
    findings_->setTextElideMode(Qt::ElideNone);
    connect(findings_->horizontalHeader(), &QHeaderView::sectionResized, findings_,
            &QTableWidget::resizeRowsToContents);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("verdictHeadline"));
    headline_->setWordWrap(true);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("verdictSubjects"));
    table_->setHorizontalHeaderLabels({tr("subject"), tr("n records"), tr("z (Stouffer)"), tr("z 95% interval"),
                                       tr("p (one-sided)"), tr("power z"), tr("verdict")});
    table_->horizontalHeaderItem(ZIntervalCol)
        ->setToolTip(tr("Percentile bootstrap over the subject's records "
                        "(seeded); none with fewer than 5 records"));
    table_->horizontalHeaderItem(ZCol)->setToolTip(tr("Evidence that the audited model still treats the subject's "
                                                      "records as members; about N(0, 1) when forgotten"));
    table_->horizontalHeaderItem(PowerZCol)->setToolTip(tr("The same z for a model that remembers the subject: "
                                                           "how strong the test is"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("verdictDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(case_headline_);
    lay->addWidget(findings_);
    lay->addWidget(headline_);
    lay->addWidget(table_);
    lay->addWidget(details_);
    setCase(json());
    setAudit(json());
}

QStringList VerdictPanel::findingSentences() const {
    QStringList out;
    for (int r = 0; r < findings_->rowCount(); ++r) out << findings_->item(r, FindingSentenceCol)->text();
    return out;
}

void VerdictPanel::setCase(const json &c) {
    findings_->setRowCount(0);
    case_result_.clear();
    case_headline_->setText(caseHeadlineHtml(c));
    if (!has(c, "verdict")) {
        findings_->setVisible(false);
        return;
    }
    const auto &v = c["verdict"];
    case_result_ = str(v, "result");
    const json fs = has(v, "findings") ? v["findings"] : json::array();
    findings_->setRowCount(int(fs.size()));
    int row = 0;
    for (const auto &f : fs) {
        auto set = [&](int col, const QString &text, const QString &tip = {}) {
            auto *it = new QTableWidgetItem(text);
            it->setToolTip(tip.isEmpty() ? str(f, "detail") : tip);
            findings_->setItem(row, col, it);
        };
        const bool model = f.contains("model_id") && f["model_id"].is_number();
        set(FindingModelCol, model ? tr("model %1").arg(f["model_id"].get<qint64>()) : tr("whole case"));
        set(FindingLayerCol, layerWords(str(f, "layer")), str(f, "layer"));
        const QString r = str(f, "result");
        set(FindingResultCol, resultWord(r), r);
        findings_->item(row, FindingResultCol)->setForeground(QColor(verdictColor(r)));
        set(FindingSentenceCol, findingText(f), findingText(f) + QStringLiteral("\n\n") + str(f, "detail"));
        ++row;
    }
    findings_->setVisible(!fs.empty());
    findings_->resizeColumnsToContents();
    findings_->resizeRowsToContents();
}

void VerdictPanel::setAudit(const json &s) {
    table_->setRowCount(0);
    case_.clear();
    if (!has(s, "verdict")) {
        headline_->setText(s.is_object()
                               ? tr("<b>Per-subject test of this job:</b> none stored (no forget records with "
                                    "subjects, or an audit from before per-subject verdicts)")
                               : tr("<b>Per-subject test of this job:</b> no after-audit"));
        table_->setVisible(false);
        details_->setText(s.is_object() ? auditEvidenceHtml(s) : QString());
        return;
    }
    const auto &v = s["verdict"];
    case_ = str(v, "case");
    headline_->setText(
        tr("<b>Per-subject test of this job: <span style='color:%1'>%2</span></b> · %3 subject(s): %4 pass, %5 fail, "
           "%6 inconclusive<br><small>%7</small>")
            .arg(verdictColor(case_), resultWord(case_))
            .arg(localCount(count(v, "n_subjects")))
            .arg(localCount(count(v, "n_pass")))
            .arg(localCount(count(v, "n_fail")))
            .arg(localCount(count(v, "n_inconclusive")))
            .arg(verdictBasis(v).toHtmlEscaped()));
    const json subjects = has(s, "subjects") ? s["subjects"] : json::array();
    table_->setRowCount(int(subjects.size()));
    int row = 0;
    for (const auto &sub : subjects) {
        const QString word = str(sub, "verdict");
        auto set = [&](int col, const QString &text, bool right = true) {
            auto *it = new QTableWidgetItem(text);
            if (right) it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, col, it);
        };
        const QString subject = str(sub, "subject");
        set(SubjectCol, subject.isEmpty() ? tr("(no subject)") : subject, false);
        set(RecordsCol, localCount(count(sub, "n")));
        set(ZCol, localNumber(num(sub, "z"), 2));
        set(ZIntervalCol, subjectIntervalText(sub));
        set(PCol, localSignificant(num(sub, "p"), 3));
        // No power when no reference model trained on the subject (erased, pool rebuilt): said, not 0.
        if (has(sub, "z_if_remembered")) {
            set(PowerZCol, localNumber(num(sub, "z_if_remembered"), 2));
        } else {
            set(PowerZCol, tr("unavailable"));
            table_->item(row, PowerZCol)->setToolTip(str(sub, "power"));
        }
        set(VerdictCol, resultWord(word), false);
        table_->item(row, VerdictCol)->setForeground(QColor(verdictColor(word)));
        ++row;
    }
    table_->setVisible(true);
    table_->resizeColumnsToContents();
    // As tall as its rows (up to a few), not a fixed block of empty space.
    int h = table_->horizontalHeader()->height() + 2 * table_->frameWidth();
    for (int r = 0; r < table_->rowCount() && r < 5; ++r) h += table_->rowHeight(r);
    table_->setFixedHeight(h + (table_->rowCount() > 5 ? table_->horizontalScrollBar()->sizeHint().height() : 0) + 2);
    QStringList reasons;
    for (const QString &r : verdictReasons(v)) reasons << QStringLiteral("• ") + r.toHtmlEscaped();
    QString d = verdictThresholdsHtml(v);
    if (!reasons.isEmpty()) d += tr("<br><b>Reasons</b><br>") + reasons.join(QStringLiteral("<br>"));
    const QString ev = auditEvidenceHtml(s);
    if (!ev.isEmpty()) d += tr("<br><b>Evidence</b><br>") + ev;
    details_->setText(d);
}

} // namespace lethe::ui
