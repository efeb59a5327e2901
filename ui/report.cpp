#include "report.h"
#include "report_sections.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "exposure_view.h"
#include "jobs/cases.h"
#include "jobs/evidence.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "language.h"
#include "qcustomplot_wrap.h"
#include "qt_std.h"
#include "result_plots.h"
#include "results_view.h"
#include "verdict.h"
#include "verdict_panel.h"

#ifndef LETHE_VERSION
#define LETHE_VERSION "unknown"
#endif

namespace lethe::ui {

using nlohmann::json;

namespace {

// A record as people name it: its key (the manifest's record_id), escaped;
// audits stored before keys give the internal id.
QString recordKey(const json &e) {
    if (e.contains("key") && e["key"].is_string()) return sections::esc(qs(e["key"].get<std::string>()));
    return QString::number(e.value("record_id", int64_t(0)));
}

const QSizeF kJobPlotMm(170, 95); // a plot across the text column of an A4 page

ReportData::Model model_of(lethe::Lineage &lin, qint64 id) {
    const auto m = lin.model(id);
    ReportData::Model out;
    out.id = m.id;
    out.kind = qs(m.kind);
    out.origin = qs(m.origin);
    out.arch = qs(m.arch);
    out.state = qs(m.state);
    out.test_accuracy = m.test_accuracy;
    if (m.kind == ModelKind::Sisa) {
        // The ensemble row has no file: its identity is the digest of its shard files' hashes.
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const auto &s : lin.shard_models(id)) {
            out.shards.emplace_back(s.shard, qs(s.sha256));
            h.addData(QStringLiteral("%1:%2\n").arg(s.shard).arg(qs(s.sha256)).toUtf8());
        }
        out.sha256 = QString::fromLatin1(h.result().toHex());
    } else {
        out.sha256 = qs(m.sha256);
    }
    return out;
}

using sections::esc;
QString pct(double v) { return localPercent(v * 100.0, 1); }

QString acc_cell(const json &s, const char *set) {
    if (!s.is_object() || !s.contains("accuracy") || !s["accuracy"].contains(set) || s["accuracy"][set].is_null())
        return QStringLiteral("–");
    QString t = pct(s["accuracy"][set].get<double>());
    if (s.contains("accuracy_ci95") && s["accuracy_ci95"].contains(set))
        t += QLatin1Char(' ') + localInterval(pct(s["accuracy_ci95"][set][0].get<double>()),
                                              pct(s["accuracy_ci95"][set][1].get<double>()));
    if (s.contains("n") && s["n"].contains(set))
        t += QStringLiteral(" n=%1").arg(localCount(s["n"][set].get<qint64>()));
    return t;
}

QString attack_cell(const json &s, const char *group, const std::string &stat) {
    if (!s.is_object() || !s.contains(group) || !s[group].is_object() || !s[group].contains(stat))
        return QStringLiteral("–");
    const auto &a = s[group][stat];
    QString t = QObject::tr("AUC %1; TPR %2 at FPR ≤ 1% (reached %3)")
                    .arg(localNumber(a.value("auc", 0.0), 3))
                    .arg(localNumber(a.value("tpr_at_1pct_fpr", 0.0), 3))
                    .arg(localNumber(a.value("fpr_reached_at_1pct", 0.0), 4));
    // The reference attacks: their sample sizes and models beside the numbers.
    if (a.contains("n_reference_models"))
        t += QObject::tr("; n = %1 / %2; K = %3 reference models")
                 .arg(localCount(a.value("n_members", int64_t(0))))
                 .arg(localCount(a.value("n_nonmembers", int64_t(0))))
                 .arg(a["n_reference_models"].get<int64_t>());
    return t;
}

bool has_attack(const json &s, const char *stat) {
    return s.is_object() && s.contains("mia") && s["mia"].is_object() && s["mia"].contains(stat);
}

QString num3(const json &j, const char *k) {
    return j.is_object() && j.contains(k) && j[k].is_number() ? localNumber(j[k].get<double>(), 3)
                                                              : QStringLiteral("–");
}

// Issue 5: the most exposed forget records, the slices and the retained control.
QString exposure_section(const ReportData &d) {
    QString h;
    const json &s = d.after;
    if (!s.is_object() || !s.contains("most_exposed") || !s["most_exposed"].is_object()) {
        return QObject::tr("<p>The after-audit holds no per-record exposure (no after-audit, or one from before "
                           "issue 5).</p>");
    }
    const auto &me = s["most_exposed"];
    const bool pool = me.value("exposure", std::string()) == "lira_offline";
    const json recs = me.value("records", json::array());
    if (pool)
        h += QObject::tr("<p><b>Most exposed records</b> (%1 of the forget set): exposure = Φ(LiRA offline z) against "
                         "K = %2 reference models; 0.5 is what models that never saw the record give.</p>")
                 .arg(recs.size())
                 .arg(s.contains("references") ? s["references"].value("k", int64_t(0)) : int64_t(0));
    else
        h += QObject::tr("<p><b>Most exposed records</b> (%1 of the forget set): no reference pool, so exposure is the "
                         "loss attack's percentile among test records (0.5 = like an unseen record).</p>")
                 .arg(recs.size());
    if (recs.empty()) {
        h += QObject::tr("<p>No forget records were audited.</p>");
    } else {
        const bool before = !d.before_scores.isEmpty();
        h += QObject::tr("<table border=1 cellspacing=0 cellpadding=2 width=100%><tr><th>rank</th><th>record</th>"
                         "<th>subject</th><th>class</th><th>correct</th><th>exposure</th>");
        if (before) h += QObject::tr("<th>before</th>");
        if (pool) h += QObject::tr("<th>LiRA offline z</th><th>RMIA</th>");
        h += QStringLiteral("</tr>");
        int rank = 0;
        for (const auto &e : recs) {
            const qint64 id = e.value("record_id", int64_t(0));
            const json &sj = e.contains("subject") ? e["subject"] : json();
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td style='white-space:nowrap'>%3</td><td "
                                "style='white-space:nowrap'>%4</td><td>%5</td><td>%6</td>")
                     .arg(++rank)
                     .arg(recordKey(e))
                     .arg(esc(sj.is_string() ? qs(sj.get<std::string>()) : QString()))
                     .arg(esc(label_name(int(e.value("label", int64_t(-1))), d.fashion)))
                     .arg(e.value("correct", false) ? QObject::tr("yes") : QObject::tr("no"))
                     .arg(num3(e, "exposure"));
            if (before) {
                const auto it = d.before_scores.constFind(id);
                h += QStringLiteral("<td>%1</td>")
                         .arg(it == d.before_scores.constEnd() || std::isnan(it->exposure)
                                  ? QStringLiteral("–")
                                  : localNumber(it->exposure, 3));
            }
            if (pool) {
                h += QStringLiteral("<td>%1</td><td>%2</td>")
                         .arg(e.contains("lira_offline_z") && e["lira_offline_z"].is_number()
                                  ? localNumber(e["lira_offline_z"].get<double>(), 2)
                                  : QStringLiteral("–"),
                              num3(e, "rmia"));
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    if (s.contains("slices") && s["slices"].is_object()) {
        const auto &sl = s["slices"];
        h += QObject::tr("<p><b>Slices</b>: the %1 attack per class and per correctness, with 95% intervals.</p>"
                         "<table border=1 cellspacing=0 cellpadding=3><tr><th>slice</th><th>n members / "
                         "non-members</th><th>AUC [95% CI]</th><th>TPR at 1% FPR [95% CI]</th></tr>")
                 .arg(esc(qs(sl.value("attack", std::string()))));
        auto ci = [](const json &a, const char *k) { return localInterval(a, k, 3); };
        auto row = [&](const QString &name, const json &a) {
            h += QStringLiteral("<tr><td>%1</td><td>%2 / %3</td><td>%4%5</td><td>%6%7</td></tr>")
                     .arg(esc(name))
                     .arg(localCount(a.value("n_members", int64_t(0))))
                     .arg(localCount(a.value("n_nonmembers", int64_t(0))))
                     .arg(num3(a, "auc"), ci(a, "auc_ci95"), num3(a, "tpr_at_1pct_fpr"), ci(a, "tpr_at_1pct_fpr_ci95"));
        };
        for (const auto &x : sl.value("by_class", json::array()))
            row(QObject::tr("class %1").arg(label_name(int(x.value("class", int64_t(0))), d.fashion)), x);
        const json bc = sl.value("by_correctness", json::object());
        if (bc.contains("correct")) row(QObject::tr("correctly classified"), bc["correct"]);
        if (bc.contains("incorrect")) row(QObject::tr("misclassified"), bc["incorrect"]);
        h += QStringLiteral("</table>");
    }

    if (s.contains("control_exposure") && s["control_exposure"].is_object()) {
        const auto &c = s["control_exposure"];
        if (c.contains("compared_with_audit") && !c["compared_with_audit"].is_null()) {
            h += QObject::tr(
                     "<p><b>Retained control: %1</b> (loss-attack exposure percentile among test records rose by "
                     "≥ %2 to ≥ %3, compared with audit %4).</p>")
                     .arg(esc(ExposureView::controlCountText(c)))
                     .arg(localSignificant(c.value("rule", json::object()).value("rise_at_least", 0.0), 3))
                     .arg(localSignificant(c.value("rule", json::object()).value("after_at_least", 0.0), 3))
                     .arg(c["compared_with_audit"].get<int64_t>());
            const json flagged = c.value("flagged", json::array());
            if (!flagged.empty()) {
                QStringList ids;
                for (size_t i = 0; i < flagged.size() && i < 50; ++i)
                    ids << QStringLiteral("%1 (%2 → %3)")
                               .arg(recordKey(flagged[i]))
                               .arg(localNumber(flagged[i].value("before", 0.0), 3))
                               .arg(localNumber(flagged[i].value("after", 0.0), 3));
                h += QObject::tr("<p>Flagged retained records%1: %2</p>")
                         .arg(flagged.size() > 50 ? QObject::tr(" (first 50)") : QString(),
                              ids.join(QStringLiteral(", ")));
            }
        } else {
            h += QObject::tr("<p><b>Retained control:</b> no before-audit to compare with.</p>");
        }
    }
    return h;
}

// One row per attack of the after-audit: every figure with its interval and sample sizes.
QString attack_table(const json &s, const char *group) {
    if (!s.is_object() || !s.contains(group) || !s[group].is_object() || s[group].empty()) return {};
    auto ci = [](const json &a, const std::string &k) { return localInterval(a, k, 3); };
    QString h = QObject::tr("<table border=1 cellspacing=0 cellpadding=3><tr><th>attack</th><th>AUC [95% CI]</th>"
                            "<th>TPR at 1% FPR</th><th>TPR at 0.1% FPR</th><th>TPR at 0.01% FPR</th>"
                            "<th>n members / non-members</th><th>reference models</th></tr>");
    for (auto &[name, a] : s[group].items()) {
        h += QStringLiteral("<tr><td>%1</td><td>%2%3</td>")
                 .arg(esc(qs(name)))
                 .arg(localNumber(a.value("auc", 0.0), 3))
                 .arg(ci(a, "auc_ci95"));
        for (const char *lvl : {"1pct", "0_1pct", "0_01pct"}) {
            const std::string k = std::string("tpr_at_") + lvl + "_fpr";
            h += QStringLiteral("<td>%1%2 (FPR %3)</td>")
                     .arg(localNumber(a.value(k, 0.0), 3))
                     .arg(ci(a, k + "_ci95"))
                     .arg(localSignificant(a.value(std::string("fpr_reached_at_") + lvl, 0.0), 2));
        }
        h += QStringLiteral("<td>%1 / %2</td><td>%3</td></tr>")
                 .arg(localCount(a.value("n_members", int64_t(0))))
                 .arg(localCount(a.value("n_nonmembers", int64_t(0))))
                 .arg(a.contains("n_reference_models")
                          ? QObject::tr("K = %1").arg(a["n_reference_models"].get<int64_t>())
                          : QStringLiteral("–"));
    }
    return h + QStringLiteral("</table>");
}

} // namespace

ReportData collectJobParts(lethe::Lineage &lin, qint64 job_id, const DeadlineRule &rule) {
    ReportData d;
    d.job = lin.job(job_id);
    if (d.job.kind != JobKind::Forget)
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "job %1 is a %2 job, not a forget job"), job_id, to_string(d.job.kind)));
    d.rule = rule;
    d.fashion = project_is_fashion(lin);
    if (d.job.request_id) d.request = lethe::request_by_id(lin, *d.job.request_id);
    if (d.request) {
        // The deadline the engine keeps (first one month, extended by the auditor only).
        d.deadline = parseIsoDate(qs(d.request->deadline_at));
    }
    for (const auto &[p, n] : lethe::job_subjects(lin, job_id)) d.subjects.emplace_back(qs(p), n);
    const auto ids = lin.job_records(job_id);
    d.selected_records = qint64(ids.size());
    d.forget_set_sha256 = qs(lethe::record_set_hash(ids));
    if (d.job.input_model_id) d.input = model_of(lin, *d.job.input_model_id);
    if (d.job.params.contains("train_config")) {
        const auto &c = d.job.params["train_config"];
        d.recipe_missing = c.value("arch", std::string()) == "torchscript" && !c.contains("recipe_sha256");
    }
    if (d.job.output_model_id) d.output = model_of(lin, *d.job.output_model_id);
    for (const auto &e : lin.log_entries()) {
        if (e.action != "forget.done") continue;
        const json p = json::parse(e.payload_json, nullptr, false);
        if (!p.is_object() || p.value("job_id", int64_t(0)) != job_id || !p.contains("purge")) continue;
        for (const auto &x : p["purge"])
            d.purged << QStringLiteral("checkpoint %1: %2 (SHA-256 %3)")
                            .arg(x.value("checkpoint_id", int64_t(0)))
                            .arg(qs(x.value("path", std::string())), qs(x.value("sha256", std::string())));
    }
    const auto audits = job_audits(lin, job_id);
    d.before = audits.before;
    d.after = audits.after;
    d.reference = audits.reference;
    if (audits.before_id) d.before_scores = readAttackScores(lin, audits.before_id);
    if (audits.after_id) d.after_scores = readAttackScores(lin, audits.after_id);
    return d;
}

void collectProjectParts(lethe::Project &project, ReportData &d, const lethe::RunControl &rc) {
    auto &lin = project.lineage();
    d.project_root = qs(project.root());
    const auto head = lethe::log_head(lin);
    d.log_seq = head.seq;
    d.log_head = qs(head.hash);
    rc.check_cancel();
    const auto key = lethe::signing_key_info(); // created on first use: every report is signed
    d.signer_fingerprint = qs(key.fingerprint);
    d.signer_label = qs(key.label);
    rc.report({ss(QObject::tr("verifying the project (audit log, artifacts, audits)")), 0, 0, 0.1});
    const auto v = lethe::verify_project(project);
    rc.check_cancel();
    d.verified = v.ok;
    d.verify_text = v.ok ? QObject::tr("ok: %1 log entries, %2 files, %3 audits re-hashed")
                               .arg(localCount(v.log_entries), localCount(v.files), localCount(v.audits))
                         : QObject::tr("FAILED: %1").arg(qs(v.first_failure));
    d.versions.emplace_back(QStringLiteral("Lethe"), QStringLiteral(LETHE_VERSION));
    d.versions.emplace_back(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    d.versions.emplace_back(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    for (const auto &[k, val] : lethe::engine_versions()) d.versions.emplace_back(qs(k), qs(val));
    d.generated = QDateTime::currentDateTimeUtc();
}

ReportData collectReport(lethe::Project &project, qint64 job_id, const DeadlineRule &rule,
                         const lethe::RunControl &rc) {
    rc.report({ss(QObject::tr("reading the job's lineage")), 0, 0, 0.0});
    ReportData d = collectJobParts(project.lineage(), job_id, rule);
    // The job's own page 1 shows its case's verdict; the case report reads it once for all its jobs.
    if (d.request) d.case_json = lethe::case_json(project.lineage(), d.request->id);
    collectProjectParts(project, d, rc);
    return d;
}

QString ReportData::verdictWord() const {
    if (!case_json.is_object()) return QObject::tr("NO CASE");
    return resultWord(qs(case_json["verdict"].value("result", std::string())));
}

QStringList reportPlotNames() {
    return {QStringLiteral("loss"),     QStringLiteral("roc"),      QStringLiteral("roc_lira"),
            QStringLiteral("roc_rmia"), QStringLiteral("accuracy"), QStringLiteral("perclass")};
}

ReportFigure reportPlot(const ReportData &d, const QString &name) {
    QCustomPlot plot;
    if (name == QLatin1String("loss"))
        plotLossHistograms(&plot, d.before, d.after, d.reference);
    else if (name == QLatin1String("roc"))
        plotRoc(&plot, d.before, d.after, QStringLiteral("loss"));
    else if (name == QLatin1String("roc_lira") || name == QLatin1String("roc_rmia")) {
        // Only with a reference pool: a null image is left out of the report.
        const char *stat = name == QLatin1String("roc_lira") ? "lira_offline" : "rmia";
        if (!has_attack(d.before, stat) && !has_attack(d.after, stat)) return ReportFigure();
        plotRoc(&plot, d.before, d.after, QLatin1String(stat));
    } else if (name == QLatin1String("accuracy"))
        plotAccuracy(&plot, d.before, d.after, d.reference);
    else if (name == QLatin1String("perclass"))
        plotPerClassChange(&plot, d.before, d.after, d.fashion);
    else
        return ReportFigure();
    return recordFigure(plot, kJobPlotMm);
}

ReportImages reportPlots(const ReportData &d) {
    ReportImages out;
    for (const auto &name : reportPlotNames()) out.emplace_back(name, reportPlot(d, name));
    return out;
}

namespace sections {

// A two-column table row (key, value) appended to h.
auto rowAdder(QString &h) {
    return [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(esc(k), v);
    };
}

QString caseRef(const ReportData &d) { return d.request ? qs(d.request->case_ref) : QObject::tr("(no case)"); }

// The case verdict, computed once by the engine, as the workbench and `lethe
// requests show` show it.
void verdictSection(QString &h, const ReportData &d) {
    // Page 1: the case verdict, computed once by the engine, as the workbench
    // and `lethe requests show` show it.
    if (d.case_json.is_object()) {
        const auto &v = d.case_json["verdict"];
        const QString r = qs(v.value("result", std::string()));
        h += QObject::tr("<h2>Case verdict: <span style='color:%1'>%2</span></h2><p>%3</p>")
                 .arg(verdictColor(r), resultWord(r), esc(summaryText(v)));
        const QString st = qs(d.case_json.value("status", std::string()));
        const bool closed = st == QLatin1String("answered") || st == QLatin1String("refused");
        h += QObject::tr("<p>Case status: <b>%1</b>").arg(esc(statusWords(st)));
        if (closed)
            h += QObject::tr(", decided %1: %2")
                     .arg(esc(localTimestamp(qs(d.case_json.value("decided_at", std::string())))),
                          esc(qs(d.case_json["decision_note"].is_string()
                                     ? d.case_json["decision_note"].get<std::string>()
                                     : std::string())));
        else
            h += QObject::tr(" · deadline %1, %2 day(s) left · the auditor closes the case, never a job")
                     .arg(esc(localDate(qs(d.case_json.value("deadline_at", std::string())))))
                     .arg(d.case_json.value("days_left", int64_t(0)));
        h += QStringLiteral("</p>");
        h += QObject::tr("<p><b>Findings</b> (per model that trained on the subject's records)</p>"
                         "<table border=1 cellspacing=0 cellpadding=3 width='100%'><tr><th width='10%'>model</th>"
                         "<th width='14%'>layer</th><th width='17%'>result</th><th width='59%'>finding</th></tr>");
        for (const auto &f : v["findings"]) {
            const QString fr = qs(f.value("result", std::string()));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td "
                                "style='color:%3'><b>%4</b></td><td>%5<br>%6</td></tr>")
                     .arg(f["model_id"].is_number() ? QObject::tr("model %1").arg(f["model_id"].get<qint64>())
                                                    : QObject::tr("whole case"),
                          esc(layerWords(qs(f.value("layer", std::string())))), verdictColor(fr), resultWord(fr),
                          esc(findingText(f)), storedEnglish(qs(f.value("detail", std::string()))));
        }
        h += QStringLiteral("</table>");
    } else {
        h += QObject::tr("<h2>Case verdict: none</h2><p>This job is not linked to an erasure request, so there is no "
                         "case to decide; the job's evidence follows.</p>");
    }
}

// Section 1: the erasure request.
void caseSection(QString &h, const ReportData &d, const QString &head) {
    const auto row2 = rowAdder(h);
    const QString case_ref = caseRef(d);
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>");
    if (d.request) {
        row2(QObject::tr("Case reference"), esc(case_ref));
        row2(QObject::tr("Data subject (pseudonym)"), esc(qs(d.request->subject_pseudonym)));
        row2(QObject::tr("Ground"), esc(qs(d.request->ground)));
        row2(QObject::tr("Received"), esc(localTimestamp(qs(d.request->received_at))));
        row2(QObject::tr("Deadline"), QObject::tr("%1 (%2: %3 month(s), extendable by %4)")
                                          .arg(localDate(d.deadline), esc(d.rule.name))
                                          .arg(d.rule.months)
                                          .arg(d.rule.extension_months));
        row2(QObject::tr("Status"), esc(statusWords(qs(d.request->status))));
    } else {
        row2(QObject::tr("Case"), QObject::tr("the job is not linked to an erasure request"));
    }
    h += QStringLiteral("</table>");
}

// Section 2: the records selected and their subjects.
void selectionSection(QString &h, const ReportData &d, const QString &head) {
    const auto row2 = rowAdder(h);
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>");
    row2(QObject::tr("Records selected"), localCount(d.selected_records));
    QStringList subs;
    for (const auto &[p, n] : d.subjects)
        subs << QStringLiteral("%1 (%2)").arg(esc(p.isEmpty() ? QObject::tr("no subject") : p), localCount(n));
    row2(QObject::tr("Subjects (pseudonyms, records)"), subs.join(QStringLiteral(", ")));
    row2(QObject::tr("Selection SHA-256 (sorted record ids)"), QStringLiteral("<tt>%1</tt>").arg(d.forget_set_sha256));
    h += QStringLiteral("</table>");
}

// Section 3: the method, its device, time and parameters.
// Whose training a retrain and the reference models repeat: Lethe's own
// run, an imported model's owner recipe, or Lethe's defaults in place of a
// recipe nobody gave.
QString recipeWords(const json &c) {
    const QString schedule = c.value("lr_schedule", std::string("constant")) == "cosine"
                                 ? QObject::tr("cosine schedule")
                             : c.value("lr_schedule", std::string("constant")) == "step"
                                 ? QObject::tr("rate x %1 every %2 epochs")
                                       .arg(localSignificant(c.value("lr_gamma", 0.1), 6))
                                       .arg(localSignificant(c.value("lr_step_epochs", 0.0), 6))
                                 : QObject::tr("constant rate");
    const QString optimizer = qs(c.value("optimizer", std::string("sgd"))).toUpper();
    if (c.contains("recipe_sha256"))
        return QObject::tr("the owner's recipe, imported with the model (SHA-256 <tt>%1</tt>): %2, %3, momentum %4, "
                           "weight decay %5; retraining and reference models follow it")
            .arg(esc(qs(c.value("recipe_sha256", std::string()))), optimizer, schedule)
            .arg(localSignificant(c.value("momentum", 0.0), 6))
            .arg(localSignificant(c.value("weight_decay", 0.0), 6));
    if (c.value("arch", std::string()) == "torchscript")
        return QObject::tr("none was imported with the model: retraining and reference models follow Lethe's "
                           "defaults (%1, %2) and may differ from the training the owner used")
            .arg(optimizer, schedule);
    return QObject::tr("Lethe's own training of the model, repeated as it was (%1, %2)").arg(optimizer, schedule);
}

void methodSection(QString &h, const ReportData &d, const QString &head) {
    const auto row2 = rowAdder(h);
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>");
    row2(QObject::tr("Method"), esc(qs(d.job.method)));
    row2(QObject::tr("Device"), esc(qs(d.job.device)));
    row2(QObject::tr("Started / finished"), esc(localTimestamp(qs(d.job.started_at), true) + QStringLiteral(" / ") +
                                                localTimestamp(qs(d.job.finished_at), true)));
    if (!d.job.result.is_null()) {
        row2(QObject::tr("Duration"), QObject::tr("%1 s unlearning, %2 s with loading, audits and purge")
                                          .arg(localNumber(d.job.result.value("seconds", 0.0), 2))
                                          .arg(localNumber(d.job.result.value("total_seconds", 0.0), 1)));
    }
    if (d.job.params.contains("train_config")) {
        const auto &c = d.job.params["train_config"];
        row2(QObject::tr("Training configuration"),
             QObject::tr("arch %1, %2 shard(s) x %3 slice(s), %4 epochs, batch %5, lr %6, seed %7")
                 .arg(qs(c.value("arch", std::string())))
                 .arg(c.value("shards", 1))
                 .arg(c.value("slices", 1))
                 .arg(localSignificant(c.value("epochs", 0.0), 6))
                 .arg(c.value("batch_size", 0))
                 .arg(localSignificant(c.value("lr", 0.0), 6))
                 .arg(c.value("seed", uint64_t(0))));
        row2(QObject::tr("Training recipe"), recipeWords(c));
    }
    row2(QObject::tr("Parameters"), parameterTable(d.job.params));
    if (!d.job.error.empty()) row2(QObject::tr("Error"), esc(engineWords(d.job.error_message, d.job.error)));
    h += QStringLiteral("</table>");
}

// Rows "name | value" for one level of a job's parameters; nested objects
// become rows whose name is the path in words.
void parameterRows(QString &t, const json &j, const QString &prefix) {
    for (const auto &[k, v] : j.items()) {
        const QString name = prefix.isEmpty() ? paramWords(k) : QObject::tr("%1 › %2").arg(prefix, paramWords(k));
        if (v.is_object() && !v.empty()) {
            parameterRows(t, v, name);
            continue;
        }
        QString value;
        if (v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty()))
            value = QStringLiteral("–");
        else if (v.is_object())
            value = QObject::tr("the defaults");
        else if (v.is_array() && v.size() <= 12 &&
                 std::all_of(v.begin(), v.end(), [](const json &x) { return x.is_string(); })) {
            QStringList xs;
            for (const auto &x : v) xs << qs(x.get<std::string>());
            value = xs.join(QStringLiteral(", "));
        } else if (v.is_string())
            value = qs(v.get<std::string>());
        else if (v.is_boolean())
            value = v.get<bool>() ? QObject::tr("yes") : QObject::tr("no");
        else if (v.is_number_float())
            value = localSignificant(v.get<double>(), 6);
        else if (v.is_array() && v.size() > 12)
            value = QObject::tr("%Ln value(s)", nullptr, int(v.size()));
        else
            value = qs(v.dump());
        t += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(name), esc(value));
    }
}

QString storedEnglish(const QString &text) {
    if (text.isEmpty()) return {};
    const QString intro = currentLanguage() == QLatin1String("en") ? QString() : QObject::tr("As stored, in English: ");
    return QStringLiteral("<small lang='en'>%1%2</small>").arg(esc(intro), esc(text));
}

QString parameterTable(const json &params) {
    if (!params.is_object() || params.empty()) return QObject::tr("none");
    QString t = QObject::tr("<table border=1 cellspacing=0 cellpadding=2><tr><th>parameter</th><th>value</th></tr>");
    parameterRows(t, params, QString());
    return t + QStringLiteral("</table>");
}

// Section 4: the models before and after, with their hashes.
void modelsSection(QString &h, const ReportData &d, const QString &head) {
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>"
                            "<tr><th></th><th>model</th><th>SHA-256</th><th>test accuracy</th></tr>");
    auto model_row = [&](const QString &what, const std::optional<ReportData::Model> &m) {
        if (!m) return;
        QString sha = QStringLiteral("<tt>%1</tt>").arg(m->sha256);
        if (!m->shards.empty()) {
            sha += QObject::tr("<br><small>digest of the shard files:</small>");
            for (const auto &[s, hsh] : m->shards)
                sha += QStringLiteral("<br><small>shard %1: <tt>%2</tt></small>").arg(s).arg(hsh);
        }
        h += QStringLiteral("<tr><th align=left>%1</th><td>%2 (%3, %4, %5, %6)</td><td>%7</td><td>%8</td></tr>")
                 .arg(esc(what))
                 .arg(m->id)
                 .arg(m->kind, m->origin, m->arch, m->state, sha,
                      m->test_accuracy ? pct(*m->test_accuracy) : QStringLiteral("–"));
    };
    model_row(QObject::tr("Before"), d.input);
    model_row(QObject::tr("After"), d.output);
    h += QStringLiteral("</table>");
}

// Section 5: what was retrained and purged.
void lineageSection(QString &h, const ReportData &d, const QString &head) {
    const auto row2 = rowAdder(h);
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>");
    if (!d.job.result.is_null()) {
        const bool ensemble = d.input && d.input->kind == QLatin1String("sisa");
        QString what = retrainedWords(d.job.result, ensemble, qs(d.job.method));
        what[0] = what[0].toUpper();
        row2(QObject::tr("Retrained"), esc(what));
        row2(QObject::tr("Checkpoints purged"), localCount(d.job.result.value("purged_checkpoints", int64_t(0))));
        row2(QObject::tr("Shard models purged"), localCount(d.job.result.value("purged_models", int64_t(0))));
    }
    row2(QObject::tr("Purged files"),
         d.purged.isEmpty()
             ? QObject::tr("none")
             : esc(d.purged.join(QStringLiteral("\n"))).replace(QStringLiteral("\n"), QStringLiteral("<br>")));
    h += QStringLiteral("</table>");
}

// Section 6: accuracy and every attack before, after and for the retrained reference.
void metricsSection(QString &h, const ReportData &d, const QString &head) {
    // A third column for the model retrained without the forget set, when the job has its audit.
    const bool ref = d.reference.is_object();
    h += head +
         QObject::tr("<p>Accuracy with 95% Wilson intervals; membership inference with the "
                     "forget set as members and the test set as non-members (control: a retained sample).</p>"
                     "<table border=1 cellspacing=0 cellpadding=3><tr><th>metric</th><th>before</th><th>after</th>");
    h += ref ? QObject::tr("<th>retrained reference</th></tr>") : QStringLiteral("</tr>");
    auto metric_row = [&](const QString &name, const QString &b, const QString &a, const QString &r) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>").arg(name, b, a);
        h += ref ? QStringLiteral("<td>%1</td></tr>").arg(r) : QStringLiteral("</tr>");
    };
    for (const char *set : {"retain", "forget", "test"})
        metric_row(QObject::tr("accuracy, %1").arg(QLatin1String(set)), acc_cell(d.before, set), acc_cell(d.after, set),
                   acc_cell(d.reference, set));
    for (const char *stat : {"loss", "confidence", "logit_confidence", "entropy", "modified_entropy", "lira_offline",
                             "lira_online", "rmia"}) {
        // The reference attacks only when an audit ran them (a pool existed).
        const bool with_pool = QByteArray(stat).startsWith("lira") || QByteArray(stat).startsWith("rmia");
        if (with_pool && !has_attack(d.before, stat) && !has_attack(d.after, stat)) continue;
        metric_row(QObject::tr("MIA: %1, forget vs test").arg(attackWords(QLatin1String(stat))),
                   attack_cell(d.before, "mia", stat), attack_cell(d.after, "mia", stat),
                   attack_cell(d.reference, "mia", stat));
    }
    metric_row(QObject::tr("control: MIA %1, retained vs test").arg(attackWords(QStringLiteral("loss"))),
               attack_cell(d.before, "control", "loss"), attack_cell(d.after, "control", "loss"),
               attack_cell(d.reference, "control", "loss"));
    h += QStringLiteral("</table>");
}

// Section 7: the after-audit's per-subject test.
void subjectSection(QString &h, const ReportData &d, const QString &head) {
    // Issue 5: the audit's own per-subject verdict, from stated thresholds.
    h += head;
    const json av = d.after.is_object() && d.after.contains("verdict") ? d.after["verdict"] : json();
    if (av.is_object()) {
        const QString case_word = qs(av.value("case", std::string()));
        h += QObject::tr("<p><b>Per-subject test of this job's after-audit: <span style='color:%1'>%2</span></b> (%3 "
                         "subject(s): %4 "
                         "pass, %5 fail, %6 inconclusive)</p><p>Basis: %7</p>")
                 .arg(verdictColor(case_word), resultWord(case_word))
                 .arg(localCount(av.value("n_subjects", int64_t(0))))
                 .arg(localCount(av.value("n_pass", int64_t(0))))
                 .arg(localCount(av.value("n_fail", int64_t(0))))
                 .arg(localCount(av.value("n_inconclusive", int64_t(0))))
                 .arg(esc(verdictBasis(av)));
        h +=
            QObject::tr("<table border=1 cellspacing=0 cellpadding=3><tr><th>subject</th><th>n records</th>"
                        "<th>z</th><th>z 95% interval</th><th>p (one-sided)</th><th>power z</th><th>verdict</th></tr>");
        for (const auto &sub : d.after.value("subjects", json::array())) {
            const json &sj = sub.contains("subject") ? sub["subject"] : json();
            const QString subject = sj.is_string() ? qs(sj.get<std::string>()) : qs(sj.dump());
            h +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(subject))
                    .arg(localCount(sub.value("n", int64_t(0))))
                    .arg(localNumber(sub.value("z", 0.0), 2))
                    .arg(esc(subjectIntervalText(sub)))
                    .arg(localSignificant(sub.value("p", 0.0), 3))
                    .arg(sub.contains("z_if_remembered") && sub["z_if_remembered"].is_number()
                             ? localNumber(sub["z_if_remembered"].get<double>(), 2)
                             : QObject::tr("unavailable"))
                    .arg(esc(resultWord(qs(sub.value("verdict", std::string())))));
        }
        h += QStringLiteral("</table><p>%1</p>").arg(verdictThresholdsHtml(av));
        if (const QStringList reasons = verdictReasons(av); !reasons.isEmpty()) {
            h += QObject::tr("<p><b>Reasons</b></p><ul>");
            for (const QString &r : reasons) h += QStringLiteral("<li>%1</li>").arg(esc(r));
            h += QStringLiteral("</ul>");
        }
    } else {
        h += QObject::tr("<p>The after-audit holds no per-subject verdict.</p>");
    }
}

// Section 8: the attacks in full, MIA-Efficacy and the reference models.
void attacksSection(QString &h, const ReportData &d, const QString &head) {
    h += head;
    const QString ev = auditEvidenceHtml(d.after);
    if (!ev.isEmpty()) h += QStringLiteral("<p>%1</p>").arg(ev);
    const QString mt = attack_table(d.after, "mia");
    if (!mt.isEmpty()) h += QObject::tr("<p><b>After: forget vs test</b></p>") + mt;
    const QString ct = attack_table(d.after, "control");
    if (!ct.isEmpty()) h += QObject::tr("<p><b>After, control: retained vs test</b></p>") + ct;
    if (d.after.is_object() && d.after.contains("references") && d.after["references"].value("used", false)) {
        const auto &r = d.after["references"];
        h += QObject::tr("<p><b>Reference models of pool %1</b> (K = %2, pool seed %3)</p>"
                         "<table border=1 cellspacing=0 cellpadding=3><tr><th>model</th><th>seed</th>"
                         "<th>scores SHA-256</th></tr>")
                 .arg(r.value("pool_id", int64_t(0)))
                 .arg(r.value("k", int64_t(0)))
                 .arg(r.value("seed", uint64_t(0)));
        for (const auto &m : r.value("models", json::array()))
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td><tt>%3</tt></td></tr>")
                     .arg(m.value("idx", int64_t(0)))
                     .arg(m.value("seed", uint64_t(0)))
                     .arg(esc(qs(m.value("scores_sha256", std::string()))));
        h += QStringLiteral("</table>");
        if (r.contains("rmia"))
            h += QObject::tr("<p>RMIA: a = %1 (fitted, AUC %2 on %3 records), γ = %4, population %5 (n = %6). "
                             "LiRA on the logit-scaled confidence, fixed variance: %7.</p>")
                     .arg(localSignificant(r["rmia"].value("a", 0.0), 3))
                     .arg(localNumber(r["rmia"].value("a_fit_auc", 0.0), 3))
                     .arg(localCount(r["rmia"].value("n_fit_target", int64_t(0))))
                     .arg(localSignificant(r["rmia"].value("gamma", 0.0), 3))
                     .arg(esc(qs(r["rmia"].value("population", std::string()))))
                     .arg(localCount(r["rmia"].value("n_population", int64_t(0))))
                     .arg(r.contains("lira") && r["lira"].value("fixed_variance", false) ? QObject::tr("yes")
                                                                                         : QObject::tr("no"));
    }
}

// Sections 9 and 10: per-record exposure and the plots.
void exposureAndPlotsSection(QString &h, const ReportData &d, const QString &head_exposure, const QString &head_plots,
                             const QString &plot_suffix) {
    h += head_exposure + exposure_section(d);

    h += head_plots;
    for (const char *p : {"loss", "roc", "roc_lira", "roc_rmia", "accuracy", "perclass"}) {
        if (QByteArray(p) == "roc_lira" && !has_attack(d.before, "lira_offline") &&
            !has_attack(d.after, "lira_offline"))
            continue;
        if (QByteArray(p) == "roc_rmia" && !has_attack(d.before, "rmia") && !has_attack(d.after, "rmia")) continue;
        h += QStringLiteral("<p><img src='plot:%1%2'></p>").arg(QLatin1String(p), plot_suffix);
    }
}

// Section 11: what the report cannot show, in whole sentences (each one
// translatable as it stands), and who signed it.
void limitsSection(QString &h, const ReportData &d, const QString &head) {
    h += head + QStringLiteral("<ul>");
    const bool refs =
        d.after.is_object() && d.after.contains("references") && d.after["references"].value("used", false);
    h += QObject::tr("<li>The membership tests put questions to the model and compare its answers with models "
                     "trained without the records: they address whether the records can be obtained through "
                     "queries (the second part of the EDPB's test in Opinion 28/2024). They do not try to "
                     "extract the records from the model's weights, the first part.</li>");
    h += refs ? QObject::tr("<li>Where a subject is inconclusive, the test could not have caught a model that kept "
                            "that subject's records: each finding states how often such a model would have been "
                            "caught. An inconclusive result is not a pass.</li>")
              : QObject::tr("<li>This audit ran without reference models, so the per-subject test rests on the "
                            "loss alone and has little power: a model that kept the records would often not be "
                            "caught.</li>");
    if (d.recipe_missing)
        h += QObject::tr("<li>A model was imported without its owner's training recipe. Its retrained reference "
                         "and the reference models follow Lethe's defaults, so they may differ from the model the "
                         "owner would have trained without the records.</li>");
    h += QObject::tr("<li>Only the models and copies registered in the project's lineage database were examined. "
                     "A model, a copy of the data or a backup that was never registered is outside what this "
                     "report can see.</li>");
    h += QObject::tr("<li>An approximate method changes a model that saw the records; its output's lineage "
                     "still leads back to them, so only the behaviour tests speak for it, within the limits "
                     "above.</li>");
    h += QObject::tr("<li>This report is signed by key %1 (%2). The signature covers this file; the case's "
                     "evidence bundle (<tt>lethe export-evidence</tt>) adds the per-record score tables from which "
                     "<tt>lethe verify-bundle</tt> recomputes every figure without the project.</li></ul>")
             .arg(esc(d.signer_fingerprint), esc(d.signer_label));
}

// Section 12: the audit log, verify and the software versions.
void evidenceSection(QString &h, const ReportData &d, const QString &head) {
    const auto row2 = rowAdder(h);
    h += head + QObject::tr("<table border=1 cellspacing=0 cellpadding=3>");
    row2(QObject::tr("Audit log head"), QObject::tr("entry %1, hash <tt>%2</tt>").arg(d.log_seq).arg(d.log_head));
    row2(QObject::tr("lethe verify"), esc(d.verify_text));
    row2(QObject::tr("Project"), esc(d.project_root));
    row2(QObject::tr("Signed by"),
         QObject::tr("key <tt>%1</tt> (%2), Ed25519; the signature is the file beside this PDF, named as it with "
                     "<tt>.sig</tt> added; check it with <tt>lethe verify-bundle REPORT.pdf</tt>")
             .arg(esc(d.signer_fingerprint), esc(d.signer_label)));
    QStringList vers;
    for (const auto &[k, v] : d.versions) vers << QStringLiteral("%1 %2").arg(esc(k), esc(v));
    row2(QObject::tr("Software"), vers.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");
    h += QObject::tr("<p>Recompute: <tt>lethe verify --project DIR</tt> re-hashes the audit log, every artifact and "
                     "every stored audit's per-record scores.</p>");
}

} // namespace sections

QString reportHtml(const ReportData &d) {
    using namespace sections;
    QString h;
    const QString case_ref = caseRef(d);
    h += QStringLiteral("<html><body>"); // styled by resources/report/report.css
    h += QObject::tr("<h1>Lethe erasure report</h1><p>Case %1 · forget job %2 · generated %3 UTC</p>")
             .arg(esc(case_ref))
             .arg(d.job.id)
             .arg(localDateTime(d.generated, true));
    verdictSection(h, d);
    caseSection(h, d, h2(QObject::tr("1. Case")));
    selectionSection(h, d, h2(QObject::tr("2. Selection")));
    methodSection(h, d, h2(QObject::tr("3. Method")));
    modelsSection(h, d, h2(QObject::tr("4. Models")));
    lineageSection(h, d, h2(QObject::tr("5. Lineage")));
    metricsSection(h, d, h2(QObject::tr("6. Metrics")));
    subjectSection(h, d, h2(QObject::tr("7. Per-subject test (evidence for the case verdict)")));
    attacksSection(h, d, h2(QObject::tr("8. Attacks, MIA-Efficacy and reference models")));
    exposureAndPlotsSection(h, d, h2(QObject::tr("9. Per-record exposure")), h2(QObject::tr("10. Plots")), QString());
    limitsSection(h, d, h2(QObject::tr("11. Limits")));
    evidenceSection(h, d, h2(QObject::tr("12. Evidence")));
    return h + QStringLiteral("</body></html>");
}

QByteArray renderReportPdf(const ReportData &d) { return renderReportPdf(d, reportPlots(d)); }

QByteArray renderReportPdf(const ReportData &d, const ReportImages &plots) {
    const qint64 job = d.job.id;
    return renderPdfA1b(
        QStringLiteral("Lethe erasure report, job %1").arg(job), reportHtml(d), plots, [job](int page, int pages) {
            return QObject::tr("Lethe erasure report, job %1 · page %2 of %3").arg(job).arg(page).arg(pages);
        });
}

ReportOutcome exportReport(lethe::Project &project, qint64 job_id, const QString &out_path, const DeadlineRule &rule) {
    const ReportData d = collectReport(project, job_id, rule);
    return writeReport(project, d, renderReportPdf(d), out_path);
}

ReportOutcome writeSignedReport(lethe::Project &project, const QByteArray &pdf, const QString &out_path,
                                nlohmann::json payload) {
    if (pdf.size() < 1000) internal_error("the PDF report came out empty");
    ReportOutcome o;
    o.path = QFileInfo(out_path).absoluteFilePath();
    o.bytes = pdf.size();
    QDir().mkpath(QFileInfo(o.path).absolutePath());
    o.sha256 = qs(lethe::write_file_atomic(ss(o.path), pdf.toStdString()));
    lethe::write_file_atomic(ss(o.path) + ".sig",
                             lethe::signature_file_text(ss(QFileInfo(o.path).fileName()), pdf.toStdString()));
    auto &lin = project.lineage();
    auto tx = lin.begin();
    // The path relative to the project when it lies inside, else absolute.
    QString where = QDir(qs(project.root())).relativeFilePath(o.path);
    if (where.startsWith(QLatin1String(".."))) where = o.path;
    payload["path"] = ss(where);
    payload["sha256"] = ss(o.sha256);
    payload["bytes"] = o.bytes;
    lin.append_log("auditor", "report.exported", payload);
    tx->commit();
    return o;
}

ReportOutcome writeReport(lethe::Project &project, const ReportData &d, const QByteArray &pdf,
                          const QString &out_path) {
    ReportOutcome o = writeSignedReport(
        project, pdf, out_path,
        {{"job_id", d.job.id}, {"verdict", ss(d.verdictWord())}, {"log_head_in_report", ss(d.log_head)}});
    o.verdict = d.verdictWord();
    return o;
}

} // namespace lethe::ui
