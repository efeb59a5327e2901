#pragma once
// The workbench's main window: a project open at a time; the lineage browser
// and the results as tabs, the cases and the run panel as docks. Menus,
// toolbar, status bar and shortcuts; recent projects and the window layout
// persist in QSettings. Projects open by dialog, recent list, command line or
// drag and drop; the first run offers to build the demo project.
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace lethe {
class Project;
}

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace lethe::ui {

class CasesPanel;
class JobRunner;
class LineageBrowser;
class ReferencePoolDialog;
class ResultsView;
class RunPanel;
class SelectionBasket;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &dir); // false (and a dialog unless quiet) when it cannot
    void closeProject();
    lethe::Project *project() const { return project_.get(); }
    QString projectRoot() const;

    JobRunner *runner() const { return runner_; }
    SelectionBasket *basket() const { return basket_; }
    LineageBrowser *browser() const { return browser_; }
    CasesPanel *cases() const { return cases_; }
    RunPanel *runPanel() const { return run_; }
    ResultsView *results() const { return results_; }
    QTabWidget *tabs() const { return tabs_; }
    QStringList recentProjects() const;
    QString lastError() const { return last_error_; }
    // Tests turn dialogs off: errors then only reach lastError() and the status bar.
    void setQuiet(bool quiet) { quiet_ = quiet; }
    // Tests and scripts: File > Export report asks this instead of the file
    // dialog (it gets the suggested path; an empty answer cancels).
    void setSavePathHook(std::function<QString(const QString &suggested)> hook) { save_path_hook_ = std::move(hook); }
    QAction *exportAction() const { return export_; }
    QAction *referencesAction() const { return references_; }
    QAction *investigateAction() const { return investigate_; }
    QAction *evidenceAction() const { return evidence_; }
    // Job > Reference models: created on first use, kept for the window's life.
    ReferencePoolDialog *referencePoolDialog();
    bool isExporting() const { return exporting_; }

    static bool isProjectDir(const QString &dir);
    static QString defaultDemoDir();

public Q_SLOTS:
    void openProjectDialog();
    void exportReportDialog();
    // Starts writing the current job's report on the worker thread (false,
    // with a message, when it cannot start); reportExported() or an error
    // follows. The window stays responsive; the status bar shows the stages.
    bool exportReport(const QString &path);
    // The job and case File > Export report would report (0 / none: nothing to report).
    std::pair<qint64, std::optional<qint64>> reportTarget();
    // Case > Export evidence bundle: the selected case's signed bundle
    // (jobs/evidence.h) with the report of each of its finished forget jobs,
    // on the worker; evidenceExported() or an error follows.
    bool exportEvidence(const QString &path);
    void exportEvidenceDialog();
    // The whole case on the worker (jobs/investigate.h): pools, a job for
    // every model in scope, audits, then the report of the exact job.
    // confirm: ask first (it trains models and deletes what saw the subject).
    bool investigateCase(int references = 8, bool confirm = true);
    void buildDemo(const QString &dir);
    void offerDemoIfFirstRun();
    // Opens the project opened last (the first of the recent list) when it is
    // still there; false otherwise. The workbench's start without a folder.
    bool reopenLastProject();
    void showGuide(const QString &anchor = {}); // Help > User guide (F1)
    void refreshAll();
    void showReferencePools();
    void showSettings();
    void fitCasesDock();

Q_SIGNALS:
    void projectOpened(const QString &root);
    void reportExported(const QString &path);
    void reportFailed(const QString &message);
    void evidenceExported(const QString &path);

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void redactCase(qint64 request_id);
    void createActions();
    void addRecent(const QString &dir);
    void updateRecentMenu();
    void updateActions();
    void showError(const QString &title, const QString &text);
    // The error callback of an export on the worker (report or bundle): the
    // status bar on cancel, a dialog otherwise, and reportFailed() either way.
    std::function<void(const QString &, int, bool)> exportFailed(const QString &cancelled_text,
                                                                 const QString &error_title);
    void onCaseChanged(qint64 request_id);

    std::unique_ptr<lethe::Project> project_;
    JobRunner *runner_;
    SelectionBasket *basket_;
    LineageBrowser *browser_;
    CasesPanel *cases_;
    RunPanel *run_;
    ResultsView *results_;
    QTabWidget *tabs_;
    QMenu *recent_menu_ = nullptr;
    QAction *open_ = nullptr, *demo_ = nullptr, *export_ = nullptr, *start_ = nullptr, *cancel_ = nullptr,
            *close_ = nullptr, *references_ = nullptr, *investigate_ = nullptr, *evidence_ = nullptr;
    ReferencePoolDialog *ref_dialog_ = nullptr;
    QDialog *guide_ = nullptr;
    void refreshReferencePools();
    QLabel *status_project_;
    QProgressBar *status_progress_;
    QString last_error_;
    bool quiet_ = false;
    bool error_reported_ = false; // a task's own error callback has told the user
    bool exporting_ = false;      // a report export is on the worker
    std::function<QString(const QString &)> save_path_hook_;
};

} // namespace lethe::ui
