#pragma once
// The case report: one PDF per erasure request, covering every model in
// scope and every finished forget job of the case (issue 12). Page 1 is read
// in a minute (what was asked, what was done, what is open, the verdict and
// its reason, one figure of the subject's records before and after); then the
// findings framed by the EDPB's two-part test with their power in words, the
// methods as tables, limits and evidence, and an appendix per job with every
// figure, interval and sample size. The verdict is the engine's
// (jobs/cases.h); nothing here decides. Collect on a worker, draw the plots
// on the GUI thread, lay out anywhere: as the job report (report.h).
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/run_control.h"
#include "deadline_rule.h"
#include "report.h"
#include "report_figure.h"

namespace lethe {
class Project;
}

namespace lethe::ui {

struct CaseReportData {
    ReportData head;              // the case and the project's parts (log, verify, signer, versions); no job
    std::vector<ReportData> jobs; // the case's finished forget jobs, oldest first
    const ReportData *jobOf(qint64 job_id) const;
};

// Reads the case and its jobs, then runs `lethe verify` once. Worker thread.
CaseReportData collectCaseReport(lethe::Project &project, qint64 request_id, const DeadlineRule &rule = DeadlineRule(),
                                 const lethe::RunControl &rc = {});
QString caseReportHtml(const CaseReportData &c);
// The figures the report shows; each drawn by caseReportPlot on the GUI thread.
QStringList caseReportPlotNames(const CaseReportData &c);
ReportFigure caseReportPlot(const CaseReportData &c, const QString &name);
// The PDF/A-1b bytes; with the figures given it touches no widget.
QByteArray renderCaseReportPdf(const CaseReportData &c, const ReportImages &figures);
// Writes the PDF and its signature atomically and logs report.exported (with request_id).
ReportOutcome writeCaseReport(lethe::Project &project, const CaseReportData &c, const QByteArray &pdf,
                              const QString &out_path);
// All of the above in the calling thread, which must be the GUI thread (lethe-report).
ReportOutcome exportCaseReport(lethe::Project &project, qint64 request_id, const QString &out_path,
                               const DeadlineRule &rule = DeadlineRule());

} // namespace lethe::ui
