#pragma once
// Results of a forget job: the before/after plots (loss histograms, MIA ROC
// on log-log axes, accuracy bars, per-class change, and every job of the
// case side by side; the retrained reference model overlaid when the job has
// its audit), a metrics summary, the audit's verdict, the per-record exposure
// (ExposureView), and export of each plot as PNG/PDF.
#include <QWidget>

#include <optional>

#include <nlohmann/json.hpp>

#include "jobs/project_access.h"

class QComboBox;
class QLabel;
class QCustomPlot;

class QGridLayout;
class QScrollArea;

namespace lethe::ui {

class ExposureView;
class VerdictPanel;

struct JobAudits {
    nlohmann::json before, after; // null when missing
    nlohmann::json reference;     // the retrained reference model's audit (`lethe audit --job N --reference M`)
    qint64 before_id = 0, after_id = 0, reference_id = 0; // 0: none
};
JobAudits job_audits(lethe::Lineage &lin, qint64 job_id);
bool project_is_fashion(lethe::Lineage &lin);

class ResultsView : public QWidget {
    Q_OBJECT
public:
    enum Plot { LossPlot, RocPlot, AccuracyPlot, PerClassPlot, ComparisonPlot, PlotCount };
    explicit ResultsView(QWidget *parent = nullptr);

    void setLineage(lethe::Lineage *lin);
    void refreshJobs();
    bool showJob(qint64 job_id); // false when it is not a forget job of the project
    qint64 currentJob() const { return job_id_; }
    // The case whose jobs are listed and whose verdict is shown (0: every job, no case).
    void setCase(qint64 request_id);
    qint64 currentCase() const { return request_id_; }
    QCustomPlot *plot(Plot p) const { return plots_[p]; }
    QComboBox *statisticBox() const { return statistic_; } // words shown, the audit's key as item data
    QString currentAttack() const;                         // the key, e.g. "loss"
    bool setAttack(const QString &key);                    // false: no such attack in the shown audits
    QLabel *attackLine() const { return attack_line_; }    // the chosen attack's figures before and after
    VerdictPanel *verdictPanel() const { return verdict_; }
    ExposureView *exposureView() const { return exposure_; }
    static QString plotName(Plot p);
    static QString plotWhatsThis(Plot p); // context help (What's This, Shift+F1)

    // Writes the plot to a file; the format follows the suffix (.png or .pdf).
    bool exportPlot(Plot p, const QString &path);

public Q_SLOTS:
    void exportPlotDialog(int plot);

Q_SIGNALS:
    void message(const QString &text);
    void jobShown(qint64 job_id);

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void redraw();
    void refreshAttacks(); // the attack selector lists every attack of the shown audits
    void showAttack();     // every view that names the attack: the line, the ROC, the slices, the comparison

    lethe::Lineage *lin_ = nullptr;
    qint64 job_id_ = 0;
    qint64 request_id_ = 0;
    JobAudits audits_;
    bool fashion_ = false;
    bool attack_chosen_ = false; // the user picked an attack: it stays when the job changes
    QComboBox *jobs_, *statistic_;
    QLabel *summary_, *attack_line_;
    VerdictPanel *verdict_;
    ExposureView *exposure_;
    QCustomPlot *plots_[PlotCount] = {};
    QWidget *cells_[PlotCount] = {};
    QGridLayout *grid_ = nullptr;
    QScrollArea *scroll_ = nullptr;
    int plot_columns_ = 2;
};

} // namespace lethe::ui
