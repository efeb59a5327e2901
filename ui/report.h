#pragma once
// The PDF compliance report of one forget job: what the regulator reads.
// collect() reads everything from the lineage; render() lays it out with
// QTextDocument onto a QPdfWriter (PDF/A-1b) with the plots as images;
// exportReport() writes the file atomically and logs report.exported.
// The workbench and the headless lethe-report share all three.
#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "attack_scores.h"
#include "core/run_control.h"
#include "deadline_rule.h"
#include "jobs/project_access.h"
#include "report_figure.h"
#include "verdict.h"

namespace lethe {
class Lineage;
class Project;
} // namespace lethe

namespace lethe::ui {

struct ReportData {
    QString project_root;
    lethe::JobRow job;
    std::optional<lethe::RequestRow> request;
    DeadlineRule rule;
    QDate deadline;
    std::vector<std::pair<QString, qint64>> subjects; // pseudonym, records
    qint64 selected_records = 0;
    QString forget_set_sha256;
    struct Model {
        qint64 id = 0;
        QString kind, origin, arch, state, sha256;   // sha256: the file's, or the digest of the shard files'
        std::vector<std::pair<int, QString>> shards; // shard, sha256
        std::optional<double> test_accuracy;
    };
    std::optional<Model> input, output;
    QStringList purged; // "checkpoint 12: checkpoints/run2/s0_r1.pt (sha256…)"
    nlohmann::json before, after;
    nlohmann::json reference; // the retrained reference model's audit, when one was run for the job
    // The per-record scores of the before-audit: the exposure before of the
    // after-audit's most exposed records (empty when not stored).
    AttackScoreTable before_scores, after_scores;
    // The case as the engine gives it (jobs/cases.h case_json): the verdict
    // and findings page 1 shows, the status, deadline and days left. Null
    // for a job without a case.
    nlohmann::json case_json;
    // The result word of page 1: the case verdict, or for a job without a case "NO CASE".
    QString verdictWord() const;
    qint64 log_seq = 0;
    QString log_head;
    bool verified = false;
    QString verify_text;
    QString signer_fingerprint, signer_label; // the key that signs the PDF (REPORT.pdf.sig beside it)
    std::vector<std::pair<QString, QString>> versions;
    QDateTime generated;
    bool fashion = false;
    // An imported model's retrain follows Lethe's defaults: no owner recipe was given.
    bool recipe_missing = false;
};

// The job's own parts (its request row, selection, models, audits and their
// stored per-record scores), read from the lineage only; not the case's
// verdict (case_json), which the caller reads once.
ReportData collectJobParts(lethe::Lineage &lin, qint64 job_id, const DeadlineRule &rule = DeadlineRule());
// The project's parts: the log head, `lethe verify` (slow: it re-hashes every
// live file), the signing key, the software versions and the time.
void collectProjectParts(lethe::Project &project, ReportData &d, const lethe::RunControl &rc = {});
// Both: reads the job's lineage and runs `lethe verify` (it re-hashes every live
// file: the slow part). Engine work only: callable on a worker thread with
// that thread's own Project. rc reports the stages and is polled for cancel.
ReportData collectReport(lethe::Project &project, qint64 job_id, const DeadlineRule &rule = DeadlineRule(),
                         const lethe::RunControl &rc = {});
// The report as HTML (images referenced as plot:NAME) and the plot images.
QString reportHtml(const ReportData &d);
// The plots are QCustomPlot widgets recorded as vector figures: GUI thread only, one
// plot at a time so that a caller can return to the event loop between them.
QStringList reportPlotNames();
ReportFigure reportPlot(const ReportData &d, const QString &name);
ReportImages reportPlots(const ReportData &d);
// Lays the report out on a QPdfWriter. With the plots given it touches no
// widget, so a worker thread may run it.
QByteArray renderReportPdf(const ReportData &d, const ReportImages &plots);
QByteArray renderReportPdf(const ReportData &d); // draws the plots itself: GUI thread

struct ReportOutcome {
    QString path, sha256;
    qint64 bytes = 0;
    QString verdict;
};
// Writes the PDF and its signature (REPORT.pdf.sig) atomically (temp file,
// fsync, rename), then logs report.exported: payload with the path, SHA-256
// and size added. The one writer of every report.
ReportOutcome writeSignedReport(lethe::Project &project, const QByteArray &pdf, const QString &out_path,
                                nlohmann::json payload);
// The job's report through writeSignedReport (payload: job_id, verdict, log head).
ReportOutcome writeReport(lethe::Project &project, const ReportData &d, const QByteArray &pdf, const QString &out_path);
// All of the above in the calling thread (which must be the GUI thread): lethe-report.
ReportOutcome exportReport(lethe::Project &project, qint64 job_id, const QString &out_path,
                           const DeadlineRule &rule = DeadlineRule());

} // namespace lethe::ui
