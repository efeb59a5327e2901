#pragma once
// The before/after plots of a forget job, drawn from the stored audit
// summaries (engine/audit/audit.h): loss histograms of forget vs test records,
// membership-inference ROC curves on log-log axes with the chance diagonal,
// accuracy bars with 95% intervals, and the per-class accuracy change. The
// same functions draw the workbench's plots and the PDF report's.
#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

class QCustomPlot;

namespace lethe::ui {

// Either summary may be null (not audited): its series are left out.
// reference: the audit of the model retrained without the forget set (`lethe
// audit --job N --reference M`), overlaid when given: what "forgotten" looks like.
void plotLossHistograms(QCustomPlot *plot, const nlohmann::json &before, const nlohmann::json &after,
                        const nlohmann::json &reference = nlohmann::json());
void plotRoc(QCustomPlot *plot, const nlohmann::json &before, const nlohmann::json &after,
             const QString &statistic = QStringLiteral("loss"));
void plotAccuracy(QCustomPlot *plot, const nlohmann::json &before, const nlohmann::json &after,
                  const nlohmann::json &reference = nlohmann::json());
void plotPerClassChange(QCustomPlot *plot, const nlohmann::json &before, const nlohmann::json &after,
                        bool fashion_labels);

// The primary attack's AUC per slice (each class, then correctly and wrongly
// classified records) with its 95% interval, before and after (issue 5: the
// audit's "slices"). Either summary may be null.
void plotSlices(QCustomPlot *plot, const nlohmann::json &before, const nlohmann::json &after, bool fashion_labels);

// The case report's page-1 figure: for each model in scope, where the
// subject's records sit before and after the job among records the model
// never trained on (the test records), on the exposure scale of the audit's
// per-record scores (0.5: like an unseen record; 1: recognised).
struct SubjectPanel {
    QString title;
    std::vector<double> nonmembers;    // exposure of the after-audit's test records
    std::vector<double> before, after; // exposure of the subject's records
};
void plotSubjectRecords(QCustomPlot *plot, const std::vector<SubjectPanel> &panels);

struct JobPoint {
    qint64 job_id = 0;
    QString method;
    double seconds = 0; // the unlearning itself
    double mia_auc = 0; // after, the chosen attack, forget vs test
};
// Every job of a case: time against forgetting quality (|AUC - 0.5|).
void plotJobComparison(QCustomPlot *plot, const std::vector<JobPoint> &jobs,
                       const QString &attack_words = QString()); // empty: the loss attack

// Hover tooltips: the nearest data point's series, key and value; with
// installPlotNavigation: the wheel scrolls the page, Ctrl + wheel zooms,
// drag pans, a double-click resets the view.
void installHoverTooltips(QCustomPlot *plot);
void installPlotNavigation(QCustomPlot *plot);

// ROC values are clamped to this floor on log axes (0 has no logarithm).
double rocFloor(const nlohmann::json &before, const nlohmann::json &after);

} // namespace lethe::ui
