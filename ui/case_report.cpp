#include "case_report.h"

#include <algorithm>
#include <set>

#include "core/error.h"
#include "jobs/cases.h"
#include "jobs/methods.h"
#include "jobs/project_access.h"
#include "language.h"
#include "qcustomplot_wrap.h"
#include "qt_std.h"
#include "report_sections.h"
#include "result_plots.h"
#include "verdict.h"
#include "verdict_panel.h"

namespace lethe::ui {

using nlohmann::json;
using sections::esc;
using sections::h2;
using sections::h3;
using sections::storedEnglish;

namespace {

const QSizeF kSubjectFigureMm(175, 70); // page 1

QString str(const json &j, const char *k) {
    return j.is_object() && j.contains(k) && j[k].is_string() ? qs(j[k].get<std::string>()) : QString();
}
qint64 num(const json &j, const char *k) {
    return j.is_object() && j.contains(k) && j[k].is_number() ? j[k].get<qint64>() : 0;
}

// "CNN ensemble of SISA shards" or "MLP": what a reader calls the model.
QString modelWords(const json &m) {
    const QString a = str(m, "arch");
    const bool sisa = str(m, "kind") == QLatin1String("sisa");
    if (a == QLatin1String("torchscript"))
        return sisa ? QObject::tr("ensemble of SISA shards imported from PyTorch")
                    : QObject::tr("model imported from PyTorch");
    const QString arch = a == QLatin1String("logreg") ? QObject::tr("logistic regression") : a.toUpper();
    return sisa ? QObject::tr("%1 ensemble of SISA shards").arg(arch) : arch;
}

bool usedReferences(const json &audit) {
    return audit.is_object() && audit.contains("references") && audit["references"].value("used", false);
}

// The power of the per-subject test in one translatable sentence, from the
// behaviour finding's args: the engine's caught_in_100 (a model that
// remembered the records scores about N(power z, 1) and is caught from
// z_fail on; docs/audit.md) and the subject's record count when it was tested.
QString powerSentence(const json &finding) {
    const json a = finding.value("args", json::object());
    if (!a.contains("n"))
        return QObject::tr("The audit holds no per-subject test for this subject, so its power is unknown.");
    if (!a.contains("caught_in_100"))
        return QObject::tr("No reference model trained on the subject's records remains, so the test's power is "
                           "unknown: an inconclusive result here proves little.");
    const qint64 caught = num(a, "caught_in_100");
    const QString n = localCount(num(a, "n"));
    if (caught == 100)
        return QObject::tr("Power: a model that still remembered the subject's records (%1) would have been caught "
                           "in more than 99 of 100 such tests.")
            .arg(n);
    if (caught == 0)
        return QObject::tr("Power: a model that still remembered the subject's records (%1) would have been caught "
                           "in fewer than 1 of 100 such tests, so finding nothing proves little.")
            .arg(n);
    return QObject::tr("Power: a model that still remembered the subject's records (%1) would have been caught in "
                       "about %2 of 100 such tests.")
        .arg(n)
        .arg(caught);
}

QString resultCell(const QString &result) {
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(verdictColor(result), esc(resultWord(result)));
}

QString findingHtml(const json &f) {
    return QStringLiteral("<p>%1 %2<br>%3</p>")
        .arg(resultCell(str(f, "result")), esc(findingText(f)), storedEnglish(str(f, "detail")));
}

// --- page 1 -------------------------------------------------------------------

void askedTable(QString &h, const CaseReportData &c) {
    const ReportData &d = c.head;
    const json &cj = d.case_json;
    h += QObject::tr("<h3>What was asked</h3><table border=1 cellspacing=0 cellpadding=3 width='100%'>");
    auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><th align=left width='30%'>%1</th><td>%2</td></tr>").arg(esc(k), v);
    };
    row(QObject::tr("Case"), esc(str(cj, "case_ref")));
    row(QObject::tr("Data subject (pseudonym)"), esc(str(cj, "subject")));
    row(QObject::tr("Ground"), esc(str(cj, "ground")));
    row(QObject::tr("Received"), esc(localDate(str(cj, "received_at"))));
    const QString status = str(cj, "status");
    const QString decided = localDate(str(cj, "decided_at"));
    if (status == QLatin1String("answered")) {
        row(QObject::tr("Answered"),
            QObject::tr("on %1 (deadline %2)").arg(esc(decided), esc(localDate(str(cj, "deadline_at")))));
        row(QObject::tr("Auditor's note"), esc(str(cj, "decision_note")));
        if (!str(cj, "override_reason").isEmpty())
            row(QObject::tr("Answered over open findings, because"), esc(str(cj, "override_reason")));
        // Lethe's own copies (issue 17): whether the subject's raw records left them.
        const json &red = cj.contains("redaction") ? cj["redaction"] : json();
        row(QObject::tr("Lethe's own copy"),
            red.is_object()
                ? QObject::tr("the subject's %Ln raw record(s) were redacted from this project's dataset copies on %1; "
                              "their SHA-256 and the scores below remain",
                              nullptr, int(red.value("records", int64_t(0))))
                      .arg(esc(localDate(qs(red.value("at", std::string())))))
                : QObject::tr("the subject's raw records are still in this project's dataset copies (lethe requests "
                              "redact removes them)"));
    } else if (status == QLatin1String("refused")) {
        row(QObject::tr("Refused (Art. 12(4))"),
            QObject::tr("on %1 (deadline %2)").arg(esc(decided), esc(localDate(str(cj, "deadline_at")))));
        row(QObject::tr("Reason given to the subject"), esc(str(cj, "decision_note")));
    } else if (num(cj, "days_left") < 0)
        row(QObject::tr("Deadline"), QObject::tr("%1, overdue by %n day(s)", nullptr, int(-num(cj, "days_left")))
                                         .arg(esc(localDate(str(cj, "deadline_at")))));
    else
        row(QObject::tr("Deadline"), QObject::tr("%1, %n day(s) left", nullptr, int(num(cj, "days_left")))
                                         .arg(esc(localDate(str(cj, "deadline_at")))));
    h += QStringLiteral("</table>");
}

// The erasure column: the engine's "exact" is proven (an exact method whose
// output's training placed none of the case's records); an exact method
// whose output still placed some is not.
QString erasureWords(const json &m) {
    if (!m.contains("job_id") || !m["job_id"].is_number()) return QStringLiteral("–");
    if (m.value("exact", false)) return QObject::tr("exact: retrained without the records");
    const lethe::MethodInfo *mi = lethe::find_method(ss(str(m, "method")));
    if (mi && mi->kind == lethe::MethodKind::Exact)
        return QObject::tr("exact method, but its output still trained on the records");
    return QObject::tr("approximate: adjusted, not retrained");
}

void doneTable(QString &h, const CaseReportData &c) {
    const json &v = c.head.case_json["verdict"];
    h += QObject::tr("<h3>What was done</h3>");
    if (v["models"].empty()) {
        h += QObject::tr("<p>No model in the project was trained on the subject's records.</p>");
        return;
    }
    h += QObject::tr("<table border=1 cellspacing=0 cellpadding=3 width='100%'><tr><th width='19%'>model in scope</th>"
                     "<th width='14%'>trained on</th><th width='14%'>method</th><th width='20%'>erasure</th>"
                     "<th width='14%'>when</th><th width='19%'>result</th></tr>");
    for (const auto &m : v["models"]) {
        const bool handled = m.contains("job_id") && m["job_id"].is_number();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td nowrap>%6</td></tr>")
                 .arg(QObject::tr("model %1 (%2)").arg(num(m, "model_id")).arg(esc(modelWords(m))),
                      QObject::tr("%Ln of the subject's records", nullptr, int(num(m, "records_placed"))),
                      handled ? QObject::tr("%1 (job %2)").arg(esc(str(m, "method"))).arg(num(m, "job_id"))
                              : QObject::tr("not handled yet"),
                      erasureWords(m), esc(localTimestamp(str(m, "handled_at"))), resultCell(str(m, "result")));
    }
    h += QStringLiteral("</table>");
}

void openList(QString &h, const CaseReportData &c) {
    const json &cj = c.head.case_json;
    h += QObject::tr("<h3>What is still open</h3><ul>");
    int n = 0;
    for (const auto &f : cj["verdict"]["findings"])
        if (str(f, "result") == QLatin1String("open")) {
            h += QStringLiteral("<li>%1</li>").arg(esc(findingText(f)));
            ++n;
        }
    // Undecided: the behaviour finding of each model whose own result is inconclusive.
    std::set<qint64> undecided;
    for (const auto &m : cj["verdict"]["models"])
        if (str(m, "result") == QLatin1String("inconclusive")) undecided.insert(num(m, "model_id"));
    for (const auto &f : cj["verdict"]["findings"])
        if (f["model_id"].is_number() && undecided.count(num(f, "model_id")) &&
            str(f, "layer") == QLatin1String("behaviour")) {
            h += QObject::tr("<li>Undecided: %1</li>").arg(esc(findingText(f)));
            ++n;
        }
    const QString status = str(cj, "status");
    if (status != QLatin1String("answered") && status != QLatin1String("refused"))
        h += QObject::tr("<li>The auditor has not closed the case: it stays %1 until it is answered or refused, "
                         "with a note.</li>")
                 .arg(esc(statusWords(status)));
    else if (status == QLatin1String("refused"))
        h += QObject::tr("<li>Nothing: the request was refused (Art. 12(4)), for the reason above.</li>");
    else if (n == 0)
        h += QObject::tr("<li>Nothing: every model that trained on the subject's records was handled, and the "
                         "case is closed.</li>");
    h += QStringLiteral("</ul>");
}

std::vector<SubjectPanel> subjectPanels(const CaseReportData &c); // the figure's data, below

void pageOne(QString &h, const CaseReportData &c) {
    const ReportData &d = c.head;
    const json &v = d.case_json["verdict"];
    const QString r = str(v, "result");
    h += QObject::tr("<h1>Lethe erasure report: case %1</h1><p>Data subject %2 · generated %3 UTC · signed by key "
                     "%4</p>")
             .arg(esc(str(d.case_json, "case_ref")), esc(str(d.case_json, "subject")), localDateTime(d.generated),
                  esc(d.signer_fingerprint));
    h += QObject::tr("<h2>Case verdict: <span style='color:%1'>%2</span></h2><p><b>%3</b></p>")
             .arg(verdictColor(r), resultWord(r), esc(summaryText(v)));
    askedTable(h, c);
    doneTable(h, c);
    openList(h, c);
    // The figure, when a job of the case has audits to show.
    const int panels = int(subjectPanels(c).size());
    if (panels == 0) {
        h += QObject::tr("<p>No job of the case has finished, so there is no audit to show yet.</p>");
        return;
    }
    h += QStringLiteral("<p><img src='plot:subject'></p>");
    int handled = 0;
    for (const auto &m : c.head.case_json["verdict"]["models"]) handled += m["job_id"].is_number() ? 1 : 0;
    if (handled > panels)
        h += QObject::tr("<p><small>The figure shows the first %1 of the %2 models handled; the findings below cover "
                         "every one.</small></p>")
                 .arg(panels)
                 .arg(handled);
    h += QObject::tr("<p><small>Each dot is one of the subject's records, scored by the audit before (red) and "
                     "after (blue) the job. The grey bars are the test records, which the model never trained on. "
                     "Exposure 0.5 is what a record the model never saw scores, 1 a record it plainly recognises: "
                     "records that were forgotten sit among the grey bars, records still recognised far "
                     "right.</small></p>");
}

// --- findings -----------------------------------------------------------------

void findingsSection(QString &h, const CaseReportData &c) {
    const json &v = c.head.case_json["verdict"];
    h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(QObject::tr("1. Findings")));
    h += QObject::tr("<p>The EDPB (Opinion 28/2024) asks two questions of a model that trained on personal data: "
                     "can the data be extracted from the model itself, and can it be obtained through queries to "
                     "it, with all the means reasonably likely to be used. Each model in scope is answered on both, "
                     "then on whether it still works.</p>");
    int n = 0;
    for (const auto &m : v["models"]) {
        const qint64 mid = num(m, "model_id");
        h += h3(QObject::tr("1.%1 Model %2 (%3)").arg(++n).arg(mid).arg(modelWords(m)));
        const ReportData *jd = m.contains("job_id") && m["job_id"].is_number() ? c.jobOf(num(m, "job_id")) : nullptr;
        for (const auto &f : v["findings"]) {
            if (!f["model_id"].is_number() || num(f, "model_id") != mid) continue;
            const QString layer = str(f, "layer");
            if (layer == QLatin1String("lineage")) {
                h += QObject::tr("<p><b>Extraction from the model itself (EDPB, first part).</b> What the lineage "
                                 "proves about the weights.</p>");
                h += findingHtml(f);
                if (!jd) continue; // not handled: the finding says the records are still in it
                h += m.value("exact", false)
                         ? QObject::tr("<p>The weights were computed without the records, so they cannot hold them; "
                                       "this follows from the lineage and needs no statistical power.</p>")
                         : QObject::tr("<p>The weights come from a model that trained on the records. No test here "
                                       "reads records out of weights, so this part rests on the behaviour "
                                       "below.</p>");
            } else if (layer == QLatin1String("behaviour")) {
                h += QObject::tr("<p><b>Obtained through queries (EDPB, second part).</b> Membership inference "
                                 "against models trained without the records.</p>");
                h += findingHtml(f);
                if (jd) {
                    // A pass and an undecided test state their power in the finding itself.
                    const QString key = str(f, "key");
                    if (!key.startsWith(QLatin1String("behaviour.pass")) &&
                        !key.startsWith(QLatin1String("behaviour.weak")))
                        h += QStringLiteral("<p>%1</p>").arg(esc(powerSentence(f)));
                    h += QStringLiteral("<p><img src='plot:%1:%2'></p>")
                             .arg(usedReferences(jd->after) ? QStringLiteral("roc_lira") : QStringLiteral("roc"))
                             .arg(jd->job.id);
                }
            } else {
                h += QObject::tr("<p><b>Whether the model still works.</b> Accuracy before, after and for a model "
                                 "retrained without the records.</p>");
                h += findingHtml(f);
                if (jd) h += QStringLiteral("<p><img src='plot:accuracy:%1'></p>").arg(jd->job.id);
            }
        }
    }
    bool whole = false;
    for (const auto &f : v["findings"])
        if (!f["model_id"].is_number()) {
            if (!whole) h += h3(QObject::tr("1.%1 The case as a whole").arg(++n));
            whole = true;
            h += findingHtml(f);
        }
}

// --- methods ------------------------------------------------------------------

void methodsSection(QString &h, const CaseReportData &c) {
    h += h2(QObject::tr("2. Methods"));
    if (c.jobs.empty()) {
        h += QObject::tr("<p>No forget job of this case has finished.</p>");
        return;
    }
    h += QObject::tr("<table border=1 cellspacing=0 cellpadding=3 width='100%'><tr><th>job</th><th>model</th>"
                     "<th>method</th><th>device</th><th>started</th><th>finished</th><th>unlearning</th></tr>");
    for (const auto &d : c.jobs)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                 .arg(d.job.id)
                 .arg(d.input ? QObject::tr("%1 → %2").arg(d.input->id).arg(d.output ? d.output->id : 0)
                              : QStringLiteral("–"),
                      esc(qs(d.job.method)), esc(qs(d.job.device)), esc(localTimestamp(qs(d.job.started_at))),
                      esc(localTimestamp(qs(d.job.finished_at))),
                      QObject::tr("%1 s").arg(
                          localNumber(d.job.result.is_object() ? d.job.result.value("seconds", 0.0) : 0.0, 1)));
    h += QStringLiteral("</table>");
    for (const auto &d : c.jobs) {
        h += QObject::tr("<p><b>Parameters of job %1 (%2)</b></p>").arg(d.job.id).arg(esc(qs(d.job.method)));
        h += sections::parameterTable(d.job.params);
    }
}

// --- appendix -----------------------------------------------------------------

void appendix(QString &h, const CaseReportData &c) {
    int n = 0;
    for (const auto &d : c.jobs) {
        ++n;
        h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>")
                 .arg(esc(QObject::tr("Appendix A%1: job %2, %3").arg(n).arg(d.job.id).arg(qs(d.job.method))));
        auto head = [&](int k, const QString &title) { return h3(QObject::tr("A%1.%2 %3").arg(n).arg(k).arg(title)); };
        sections::selectionSection(h, d, head(1, QObject::tr("Selection")));
        sections::methodSection(h, d, head(2, QObject::tr("Method")));
        sections::modelsSection(h, d, head(3, QObject::tr("Models")));
        sections::lineageSection(h, d, head(4, QObject::tr("Lineage")));
        sections::metricsSection(h, d, head(5, QObject::tr("Metrics")));
        sections::subjectSection(h, d, head(6, QObject::tr("Per-subject test")));
        sections::attacksSection(h, d, head(7, QObject::tr("Attacks, MIA-Efficacy and reference models")));
        sections::exposureAndPlotsSection(h, d, head(8, QObject::tr("Per-record exposure")),
                                          head(9, QObject::tr("Plots")), QStringLiteral(":%1").arg(d.job.id));
    }
}

// The subject's records before and after, against the test records, per model in scope.
std::vector<SubjectPanel> subjectPanels(const CaseReportData &c) {
    std::vector<SubjectPanel> out;
    const QString subject = str(c.head.case_json, "subject");
    for (const auto &m : c.head.case_json["verdict"]["models"]) {
        if (!m.contains("job_id") || !m["job_id"].is_number()) continue;
        const ReportData *d = c.jobOf(num(m, "job_id"));
        if (!d) continue;
        SubjectPanel p;
        // Two lines: three panels share the page's width.
        p.title = QObject::tr("model %1 (%2)\n%3").arg(num(m, "model_id")).arg(modelWords(m), qs(d->job.method));
        for (const auto &r : d->after_scores) {
            if (r.set == QLatin1String("test")) p.nonmembers.push_back(r.exposure);
            if (r.set == QLatin1String("forget") && r.subject == subject) p.after.push_back(r.exposure);
        }
        for (const auto &r : d->before_scores)
            if (r.set == QLatin1String("forget") && r.subject == subject) p.before.push_back(r.exposure);
        out.push_back(std::move(p));
        if (out.size() == 3) break; // more panels would not be legible across one page
    }
    return out;
}

} // namespace

const ReportData *CaseReportData::jobOf(qint64 job_id) const {
    for (const auto &d : jobs)
        if (d.job.id == job_id) return &d;
    return nullptr;
}

CaseReportData collectCaseReport(lethe::Project &project, qint64 request_id, const DeadlineRule &rule,
                                 const lethe::RunControl &rc) {
    auto &lin = project.lineage();
    rc.report({ss(QObject::tr("reading the case's lineage")), 0, 0, 0.0});
    CaseReportData c;
    c.head.request = lethe::request_by_id(lin, request_id);
    if (!c.head.request) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "there is no case with id %1"), request_id));
    c.head.rule = rule;
    c.head.deadline = parseIsoDate(qs(c.head.request->deadline_at));
    c.head.case_json = lethe::case_json(lin, request_id);
    auto jobs = lethe::forget_jobs(lin, request_id);
    std::reverse(jobs.begin(), jobs.end()); // oldest first
    for (const auto &j : jobs) {
        rc.check_cancel();
        if (j.status == lethe::JobStatus::Done) c.jobs.push_back(collectJobParts(lin, j.id, rule));
    }
    collectProjectParts(project, c.head, rc.part(0.1, 1.0));
    return c;
}

QString caseReportHtml(const CaseReportData &c) {
    QString h = QStringLiteral("<html><body>"); // styled by resources/report/report.css
    pageOne(h, c);
    findingsSection(h, c);
    methodsSection(h, c);
    // The limits speak of reference models when any job's after-audit used them.
    ReportData lim = c.head;
    for (const auto &d : c.jobs) {
        if (usedReferences(d.after)) lim.after = d.after;
        lim.recipe_missing = lim.recipe_missing || d.recipe_missing;
    }
    sections::limitsSection(h, lim, h2(QObject::tr("3. Limits")));
    sections::evidenceSection(h, c.head, h2(QObject::tr("4. Evidence")));
    appendix(h, c);
    return h + QStringLiteral("</body></html>");
}

QStringList caseReportPlotNames(const CaseReportData &c) {
    QStringList names{QStringLiteral("subject")};
    for (const auto &d : c.jobs)
        for (const auto &p : reportPlotNames()) names << QStringLiteral("%1:%2").arg(p).arg(d.job.id);
    return names;
}

ReportFigure caseReportPlot(const CaseReportData &c, const QString &name) {
    if (name == QLatin1String("subject")) {
        QCustomPlot plot;
        plotSubjectRecords(&plot, subjectPanels(c));
        return recordFigure(plot, kSubjectFigureMm);
    }
    const ReportData *d = c.jobOf(name.section(QLatin1Char(':'), 1).toLongLong());
    if (!d) return ReportFigure();
    const QString plot = name.section(QLatin1Char(':'), 0, 0);
    return reportPlot(*d, plot);
}

QByteArray renderCaseReportPdf(const CaseReportData &c, const ReportImages &figures) {
    const QString ref = str(c.head.case_json, "case_ref");
    return renderPdfA1b(QStringLiteral("Lethe erasure report, case %1").arg(ref), caseReportHtml(c), figures,
                        [ref](int page, int pages) {
                            return QObject::tr("Lethe erasure report, case %1 · page %2 of %3")
                                .arg(ref, QString::number(page), QString::number(pages));
                        });
}

ReportOutcome writeCaseReport(lethe::Project &project, const CaseReportData &c, const QByteArray &pdf,
                              const QString &out_path) {
    json jobs = json::array();
    for (const auto &d : c.jobs) jobs.push_back(d.job.id);
    const QString verdict = c.head.verdictWord();
    ReportOutcome o = writeSignedReport(project, pdf, out_path,
                                        {{"request_id", c.head.request->id},
                                         {"job_ids", jobs},
                                         {"verdict", ss(verdict)},
                                         {"log_head_in_report", ss(c.head.log_head)}});
    o.verdict = verdict;
    return o;
}

ReportOutcome exportCaseReport(lethe::Project &project, qint64 request_id, const QString &out_path,
                               const DeadlineRule &rule) {
    const CaseReportData c = collectCaseReport(project, request_id, rule);
    ReportImages figures;
    for (const auto &name : caseReportPlotNames(c)) figures.emplace_back(name, caseReportPlot(c, name));
    return writeCaseReport(project, c, renderCaseReportPdf(c, figures), out_path);
}

} // namespace lethe::ui
