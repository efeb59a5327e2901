#pragma once
// The sections of the PDF report, shared by the job's report (report.cpp)
// and the case report's per-job appendix (case_report.cpp). Each appends
// HTML to h under the heading it is given; every sentence is one tr() string
// with its numbers and names as arguments, so that an edition in another
// language needs only a translation file.
#include <QString>

#include "report.h"

namespace lethe::ui::sections {

inline QString esc(const QString &s) { return s.toHtmlEscaped(); }
inline QString h2(const QString &title) { return QStringLiteral("<h2>%1</h2>").arg(esc(title)); }
inline QString h3(const QString &title) { return QStringLiteral("<h3>%1</h3>").arg(esc(title)); }

// Text the engine stored in English (a finding's technical detail, which
// `lethe requests show` prints the same way): small, marked lang='en', and in
// another language's report introduced as such. Its numbers stay as stored.
QString storedEnglish(const QString &text);

void selectionSection(QString &h, const ReportData &d, const QString &head);
void methodSection(QString &h, const ReportData &d, const QString &head);
void modelsSection(QString &h, const ReportData &d, const QString &head);
void lineageSection(QString &h, const ReportData &d, const QString &head);
void metricsSection(QString &h, const ReportData &d, const QString &head);
void subjectSection(QString &h, const ReportData &d, const QString &head);
void attacksSection(QString &h, const ReportData &d, const QString &head);
// The per-record exposure, then the job's plots named plot:NAME + plot_suffix.
void exposureAndPlotsSection(QString &h, const ReportData &d, const QString &head_exposure, const QString &head_plots,
                             const QString &plot_suffix);
// The limits of what the report shows; d's after-audit says whether reference models were used.
void limitsSection(QString &h, const ReportData &d, const QString &head);
// The audit log head, `lethe verify`, the signer and the software versions.
void evidenceSection(QString &h, const ReportData &d, const QString &head);

// A job's method parameters as a table of words and values (nested objects
// flattened, the registry's keys in words), never JSON.
QString parameterTable(const nlohmann::json &params);

} // namespace lethe::ui::sections
