#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <chrono>
#include <functional>
#include <future>
#include <utility>

#include "case_report.h"
#include "cases_model.h"
#include "cases_panel.h"
#include "core/error.h"
#include "deadline_rule.h"
#include "exposure_view.h"
#include "job_runner.h"
#include "jobs/audit_job.h"
#include "jobs/evidence.h"
#include "jobs/investigate.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "jobs/redaction.h"
#include "language.h"
#include "lineage_browser.h"
#include "qt_std.h"
#include "reference_pool_dialog.h"
#include "report.h"
#include "results_view.h"
#include "run_panel.h"
#include "selection_basket.h"
#include "settings_dialog.h"
#include "verdict.h"

namespace lethe::ui {

namespace {
const int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("projects/recent");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), runner_(new JobRunner(this)), basket_(new SelectionBasket(this)) {
    setWindowTitle(tr("Lethe workbench"));
    setObjectName(QStringLiteral("LetheMainWindow"));
    setAcceptDrops(true);

    browser_ = new LineageBrowser(basket_, this);
    results_ = new ResultsView(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(browser_, tr("&Lineage"));
    tabs_->addTab(results_, tr("&Results"));
    setCentralWidget(tabs_);

    cases_ = new CasesPanel(this);
    auto *cases_dock = new QDockWidget(tr("Cases"), this);
    cases_dock->setObjectName(QStringLiteral("casesDock"));
    cases_dock->setWidget(cases_);
    addDockWidget(Qt::LeftDockWidgetArea, cases_dock);

    run_ = new RunPanel(runner_, basket_, this);
    auto *run_dock = new QDockWidget(tr("Basket and run"), this);
    run_dock->setObjectName(QStringLiteral("runDock"));
    // In a scroll area: a long message or a method with many parameters
    // scrolls inside the dock instead of growing the window past the screen.
    auto *run_scroll = new QScrollArea(run_dock);
    run_scroll->setObjectName(QStringLiteral("runScroll"));
    run_scroll->setWidget(run_);
    run_scroll->setWidgetResizable(true);
    run_scroll->setFrameShape(QFrame::NoFrame);
    run_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    run_scroll->setMinimumWidth(run_->minimumSizeHint().width() + run_scroll->verticalScrollBar()->sizeHint().width());
    run_dock->setWidget(run_scroll);
    addDockWidget(Qt::RightDockWidgetArea, run_dock);

    status_project_ = new QLabel(tr("No project"), this);
    status_progress_ = new QProgressBar(this);
    status_progress_->setRange(0, 1000);
    status_progress_->setMaximumWidth(180);
    status_progress_->setVisible(false);
    statusBar()->addPermanentWidget(status_project_);
    statusBar()->addPermanentWidget(status_progress_);

    createActions();
    auto *view_menu = menuBar()->addMenu(tr("&View"));
    view_menu->addAction(cases_dock->toggleViewAction());
    view_menu->addAction(run_dock->toggleViewAction());
    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = help->addAction(QIcon(QStringLiteral(":/icons/actions/help.svg")), tr("&User guide"), this,
                                  [this] { showGuide(); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("What each panel shows, the verdict rules and a glossary of every term on screen"));
    auto *whats_this = QWhatsThis::createAction(this);
    whats_this->setText(tr("What's &This?"));
    help->addAction(whats_this);
    help->addSeparator();
    help->addAction(tr("&About Lethe"), this, [this] {
        QMessageBox::about(this, tr("About Lethe"),
                           tr("<b>Lethe</b> %1: a workbench for auditing machine unlearning (GDPR Art. 17).")
                               .arg(QApplication::applicationVersion()));
    });

    auto msg = [this](const QString &t) { statusBar()->showMessage(t, 6000); };
    connect(browser_, &LineageBrowser::message, this, msg);
    connect(cases_, &CasesPanel::message, this, msg);
    connect(run_, &RunPanel::message, this, msg);
    connect(results_, &ResultsView::message, this, msg);
    connect(results_, &ResultsView::jobShown, this, [this](qint64 id) {
        if (ref_dialog_) ref_dialog_->setCurrentJob(id);
    });
    connect(cases_, &CasesPanel::currentCaseChanged, this, &MainWindow::onCaseChanged);
    connect(cases_, &CasesPanel::caseChanged, this, [this](qint64 id) { results_->setCase(id); });
    connect(cases_, &CasesPanel::message, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(cases_, &CasesPanel::redactRequested, this, &MainWindow::redactCase);
    cases_->setRedactionCheck([this](qint64 id) {
        if (project_) lethe::check_redactable(*project_, id);
    });
    // A record chosen in Results' exposure tables: its lineage in the browser's
    // detail pane; a double-click goes there.
    connect(results_->exposureView(), &ExposureView::recordSelected, this,
            [this](qint64 id, const QString &subject) { browser_->revealRecord(id, subject); });
    connect(results_->exposureView(), &ExposureView::recordActivated, this, [this](qint64 id, const QString &subject) {
        browser_->revealRecord(id, subject);
        tabs_->setCurrentWidget(browser_);
    });
    connect(run_, &RunPanel::forgetFinished, this, [this](qint64 job_id) {
        refreshAll();
        results_->showJob(job_id);
        tabs_->setCurrentWidget(results_);
        statusBar()->showMessage(tr("Job %1 done: see the results; File > Export report writes the PDF").arg(job_id));
    });
    connect(runner_, &JobRunner::runningChanged, this, [this](bool running) {
        status_progress_->setVisible(running);
        status_progress_->setValue(0);
        updateActions();
    });
    connect(runner_, &JobRunner::progress, this, [this](const JobProgress &p) {
        status_progress_->setValue(int(qBound(0.0, p.fraction, 1.0) * 1000));
        statusBar()->showMessage(p.stage);
    });
    // Every task that ends badly: the views re-read the lineage (a job row
    // now says failed or cancelled) and, unless the task's own error
    // callback has already said it, the user reads one sentence.
    connect(runner_, &JobRunner::failed, this, [this](const QString &m, int) {
        if (project_) refreshAll();
        if (std::exchange(error_reported_, false)) return;
        showError(tr("The job failed"), m);
    });
    connect(runner_, &JobRunner::cancelled, this, [this](const QString &) {
        if (project_) refreshAll();
        if (std::exchange(error_reported_, false)) return;
        statusBar()->showMessage(tr("Job cancelled"), 6000);
    });

    resize(1400, 860);
    QSettings s;
    const bool restored = restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    // Never larger than the screen it opens on (a 1024 x 680 laptop panel).
    if (auto *scr = screen()) {
        const QRect avail = scr->availableGeometry();
        if (!restored || width() > avail.width() || height() > avail.height())
            resize(std::min(width(), avail.width()), std::min(height(), avail.height()));
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow() {
    runner_->cancel();
    // Views hold raw pointers into the project: detach them before it goes.
    browser_->setProject({}, nullptr);
    cases_->setLineage(nullptr);
    results_->setLineage(nullptr);
    run_->setProject({}, nullptr);
}

void MainWindow::createActions() {
    auto *file = menuBar()->addMenu(tr("&File"));
    open_ = file->addAction(QIcon(QStringLiteral(":/icons/actions/open-project.svg")), tr("&Open project…"), this,
                            &MainWindow::openProjectDialog);
    open_->setShortcut(QKeySequence::Open);
    open_->setStatusTip(tr("Open a Lethe project folder (it holds lineage.sqlite)"));
    recent_menu_ = file->addMenu(tr("Open &recent"));
    demo_ = file->addAction(tr("&Build demo project…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the demo project (created inside)"),
                                                              QDir::homePath());
        if (!dir.isEmpty()) buildDemo(QDir(dir).filePath(QStringLiteral("lethe-demo")));
    });
    close_ = file->addAction(tr("&Close project"), this, &MainWindow::closeProject);
    close_->setShortcut(QKeySequence::Close);
    file->addSeparator();
    export_ = file->addAction(QIcon(QStringLiteral(":/icons/actions/report.svg")), tr("&Export report…"), this,
                              &MainWindow::exportReportDialog);
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    export_->setStatusTip(tr("Write the PDF compliance report of the job shown in Results"));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *settings = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"), this,
                                     &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Confirmations and the deadline rule for new cases"));

    auto *job = menuBar()->addMenu(tr("&Job"));
    start_ = job->addAction(QIcon(QStringLiteral(":/icons/actions/run.svg")), tr("&Start forgetting"), run_,
                            &RunPanel::startForget);
    start_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    cancel_ =
        job->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel job"), run_, &RunPanel::cancel);
    cancel_->setShortcut(QKeySequence(Qt::Key_Escape));
    investigate_ = job->addAction(tr("&Investigate case…"), this, [this] { investigateCase(); });
    investigate_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    investigate_->setStatusTip(tr("The whole selected case in one go: reference models, a forget job for every model "
                                  "that trained on the subject, audits, and the report"));
    evidence_ = job->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Export &evidence bundle…"), this,
                               &MainWindow::exportEvidenceDialog);
    evidence_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    evidence_->setStatusTip(tr("The selected case's signed evidence bundle: its reports, every figure with the score "
                               "tables behind it and the audit log, for lethe verify-bundle"));
    references_ = job->addAction(tr("Re&ference models…"), this, &MainWindow::showReferencePools);
    references_->setStatusTip(tr("Build the reference-model pool that LiRA, RMIA and the per-subject verdicts use"));
    auto *refresh = job->addAction(tr("&Refresh views"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *find = job->addAction(tr("&Find subject"), this, [this] {
        tabs_->setCurrentWidget(browser_);
        if (auto *w = browser_->findChild<QWidget *>(QStringLiteral("subjectSearch"))) w->setFocus();
    });
    find->setShortcut(QKeySequence::Find);

    auto *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(open_);
    tb->addSeparator();
    tb->addAction(start_);
    tb->addAction(cancel_);
    tb->addSeparator();
    tb->addAction(export_);
}

QString MainWindow::projectRoot() const { return project_ ? qs(project_->root()) : QString(); }

bool MainWindow::isProjectDir(const QString &dir) {
    return QFileInfo(QDir(dir).filePath(QStringLiteral("lineage.sqlite"))).isFile();
}

QString MainWindow::defaultDemoDir() { return QDir::home().filePath(QStringLiteral("lethe-demo")); }

bool MainWindow::openProject(const QString &dir_in) {
    QString dir = dir_in;
    if (QFileInfo(dir).isFile() && QFileInfo(dir).fileName() == QLatin1String("lineage.sqlite"))
        dir = QFileInfo(dir).absolutePath();
    if (runner_->isRunning()) {
        showError(tr("Project not opened"), tr("A job is running; wait for it or cancel it first."));
        return false;
    }
    std::unique_ptr<lethe::Project> p;
    try {
        p = lethe::Project::open(ss(dir));
    } catch (const std::exception &e) {
        showError(tr("Cannot open the project"), userText(e));
        return false;
    }
    closeProject();
    project_ = std::move(p);
    auto &lin = project_->lineage();
    const QString root = qs(project_->root());
    browser_->setProject(root, &lin);
    cases_->setLineage(&lin);
    QTimer::singleShot(0, this, &MainWindow::fitCasesDock); // once the window is laid out
    results_->setLineage(&lin);
    run_->setProject(root, project_.get());
    onCaseChanged(cases_->currentRequestId());
    addRecent(root);
    setWindowTitle(tr("%1 — Lethe workbench").arg(QFileInfo(root).fileName()));
    status_project_->setText(tr("%1 · %2 subjects · %3 records")
                                 .arg(root, localCount(lin.count_subjects()), localCount(lin.count_records())));
    const auto &rec = project_->recovery();
    if (!rec.jobs_interrupted.empty() || rec.temp_files_removed || rec.orphan_files_removed || rec.purges_completed)
        statusBar()->showMessage(
            tr("Recovered from an earlier crash: %1 job(s) marked interrupted, %2 file(s) cleaned, "
               "%3 purge(s) completed")
                .arg(rec.jobs_interrupted.size())
                .arg(rec.temp_files_removed + rec.orphan_files_removed)
                .arg(rec.purges_completed));
    else
        statusBar()->showMessage(tr("Opened %1").arg(root), 5000);
    try {
        if (const auto n = lethe::complete_redactions(*project_))
            statusBar()->showMessage(
                tr("Completed a redaction an interruption had left unfinished (%Ln record(s))", nullptr, int(n)), 8000);
    } catch (const std::exception &e) {
        showError(tr("Redaction not completed"), userText(e));
    }
    if (!project_->warnings().empty()) {
        // Not modal: the project is open and usable; the auditor decides.
        QStringList lines;
        for (const auto &w : project_->warnings()) lines << qs(w).toHtmlEscaped();
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Other users can read this project"),
            tr("<p>This project holds personal data, and other users of this machine can read it:</p><p>%1</p>"
               "<p>Run <tt>lethe share --project %2 --private</tt> to make it yours alone, or share it with a group "
               "on purpose (<tt>--group NAME</tt>); see docs/security.md.</p>")
                .arg(lines.join(QStringLiteral("<br>")), root.toHtmlEscaped()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    updateActions();
    refreshReferencePools();
    Q_EMIT projectOpened(root);
    return true;
}

void MainWindow::closeProject() {
    if (!project_) return;
    if (runner_->isRunning()) return;
    basket_->clear();
    browser_->setProject({}, nullptr);
    cases_->setLineage(nullptr);
    results_->setLineage(nullptr);
    run_->setProject({}, nullptr);
    project_.reset();
    refreshReferencePools();
    setWindowTitle(tr("Lethe workbench"));
    status_project_->setText(tr("No project"));
    updateActions();
}

void MainWindow::refreshAll() {
    if (!project_) return;
    browser_->refresh();
    cases_->refresh();
    results_->refreshJobs();
    run_->refreshModels();
    refreshReferencePools();
}

// The cases dock as wide as its columns when the window has room for it
// beside the run panel and a usable centre; else it stays narrow (1024 px).
void MainWindow::fitCasesDock() {
    auto *dock = findChild<QDockWidget *>(QStringLiteral("casesDock"));
    auto *run = findChild<QDockWidget *>(QStringLiteral("runDock"));
    if (!dock || !run) return;
    const int want = cases_->preferredWidth() + 6;
    if (want > dock->width() && width() - want - run->width() >= 560) resizeDocks({dock}, {want}, Qt::Horizontal);
}

void MainWindow::onCaseChanged(qint64 request_id) {
    results_->setCase(request_id); // the results and the job list follow the selected case
    updateActions();
    if (!request_id) {
        run_->setRequest(0, {});
        return;
    }
    const auto r = cases_->currentRequest();
    run_->setRequest(request_id, qs(r.subject_pseudonym));
    if (!r.subject_pseudonym.empty()) browser_->selectSubject(qs(r.subject_pseudonym));
}

void MainWindow::openProjectDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Lethe project"),
                                                          recentProjects().value(0, QDir::homePath()));
    if (!dir.isEmpty()) openProject(dir);
}

QStringList MainWindow::recentProjects() const { return QSettings().value(kRecentKey).toStringList(); }

void MainWindow::addRecent(const QString &dir) {
    QStringList r = recentProjects();
    r.removeAll(dir);
    r.prepend(dir);
    while (r.size() > kMaxRecent) r.removeLast();
    QSettings().setValue(kRecentKey, r);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recent_menu_->clear();
    const QStringList r = recentProjects();
    for (int i = 0; i < r.size(); ++i) {
        auto *a = recent_menu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(r[i]));
        const QString dir = r[i];
        connect(a, &QAction::triggered, this, [this, dir] { openProject(dir); });
    }
    if (r.isEmpty())
        recent_menu_->addAction(tr("(none yet)"))->setEnabled(false);
    else {
        recent_menu_->addSeparator();
        recent_menu_->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::updateActions() {
    const bool busy = runner_->isRunning();
    open_->setEnabled(!busy);
    demo_->setEnabled(!busy);
    recent_menu_->setEnabled(!busy);
    close_->setEnabled(!busy && project_);
    export_->setEnabled(!busy && project_);
    start_->setEnabled(!busy && project_);
    cancel_->setEnabled(busy);
    references_->setEnabled(project_ != nullptr);
    if (investigate_) investigate_->setEnabled(project_ != nullptr && !busy && cases_->currentRequestId() > 0);
    if (evidence_) evidence_->setEnabled(project_ != nullptr && !busy && cases_->currentRequestId() > 0);
}

bool MainWindow::investigateCase(int references, bool confirm) {
    if (!project_ || cases_->currentRequestId() <= 0) {
        showError(tr("Nothing to investigate"), tr("Open a project and select a case first."));
        return false;
    }
    if (runner_->isRunning()) {
        showError(tr("Investigation not started"), tr("A job is running; start the investigation when it is done."));
        return false;
    }
    const auto r = cases_->currentRequest();
    if (confirm) {
        QStringList scope;
        try {
            for (const auto &m : lethe::case_verdict(project_->lineage(), r.id).models)
                if (!m.job_id) scope << tr("model %1 (%2)").arg(m.model_id).arg(stateWord(qs(m.kind)));
        } catch (const std::exception &e) {
            showError(tr("Investigation not started"), userText(e));
            return false;
        }
        const auto answer = QMessageBox::question(
            this, tr("Investigate case %1").arg(qs(r.case_ref)),
            tr("Lethe will build %1 reference models for each model in scope, forget subject %2 from %3, audit each "
               "model before and after, and write the report.\n\nAfterwards the files of every model, checkpoint and "
               "reference model that trained on the subject's records are deleted (the deletions are logged). The case "
               "stays open for your decision.")
                .arg(references)
                .arg(qs(r.subject_pseudonym),
                     scope.isEmpty() ? tr("no model (every one is handled)") : scope.join(QStringLiteral(", "))));
        if (answer != QMessageBox::Yes) return false;
    }
    const std::string root = project_->root();
    lethe::InvestigateOptions o;
    o.request_id = r.id;
    o.references = references;
    o.device = "auto";
    auto task = [root, o](const lethe::RunControl &rc) {
        auto project = lethe::Project::open(root);
        return lethe::investigate(*project, o, rc);
    };
    auto done = [this](const lethe::InvestigateResult &res) {
        refreshAll();
        cases_->selectRequest(res.request.id);
        statusBar()->showMessage(
            tr("Case %1 investigated: %n job(s), case verdict %2", nullptr, int(res.jobs.size()))
                .arg(qs(res.request.case_ref), resultWord(qs(lethe::to_string(res.verdict.result)))),
            10000);
        if (res.jobs.empty()) return;
        const qint64 first = res.jobs.front().forget.job_id;
        results_->showJob(first);
        tabs_->setCurrentWidget(results_);
        // The report of the exact job, once the worker is free again.
        const QString path =
            QDir(projectRoot())
                .filePath(QStringLiteral("reports/%1-job%2.pdf").arg(qs(res.request.case_ref)).arg(first));
        QTimer::singleShot(0, this, [this, path] { exportReport(path); });
    };
    if (!runner_->start(tr("Investigate case %1").arg(qs(r.case_ref)), task, done)) return false;
    statusBar()->showMessage(tr("Investigating case %1…").arg(qs(r.case_ref)));
    return true;
}

ReferencePoolDialog *MainWindow::referencePoolDialog() {
    if (!ref_dialog_) {
        ref_dialog_ = new ReferencePoolDialog(runner_, this);
        connect(ref_dialog_, &ReferencePoolDialog::poolsChanged, this, &MainWindow::refreshReferencePools);
        connect(ref_dialog_, &ReferencePoolDialog::built, this, [this](qint64) {
            statusBar()->showMessage(tr("Reference pool ready: the next audit of the model it serves uses it; Re-audit "
                                        "brings it to the job shown"),
                                     8000);
        });
        connect(ref_dialog_, &ReferencePoolDialog::reaudited, this, [this](qint64 job_id, const QString &msg) {
            statusBar()->showMessage(msg, 10000);
            results_->showJob(job_id); // the new after-audit
        });
    }
    refreshReferencePools();
    return ref_dialog_;
}

void MainWindow::refreshReferencePools() {
    if (!ref_dialog_) return;
    ref_dialog_->setProjectRoot(projectRoot());
    ref_dialog_->setCurrentJob(project_ ? results_->currentJob() : 0);
    if (!project_) {
        ref_dialog_->setPools(nlohmann::json::array());
        return;
    }
    try {
        ref_dialog_->setPools(lethe::reference_pools_json(*project_));
    } catch (const std::exception &e) {
        showError(tr("Reference models"), userText(e));
    }
}

void MainWindow::showReferencePools() {
    if (!project_) return;
    auto *d = referencePoolDialog();
    d->show();
    d->raise();
    d->activateWindow();
}

void MainWindow::showSettings() {
    auto *d = new SettingsDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SettingsDialog::saved, this, [this] { cases_->model()->setRule(DeadlineRule::fromSettings()); });
    d->open();
}

void MainWindow::showError(const QString &title, const QString &text) {
    last_error_ = text;
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 10000);
    if (quiet_) return;
    // Window-modal and non-blocking: the event loop (and a running job's progress) go on.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

namespace {

// Worker thread: the figures of a report. The plots are widgets, so the GUI
// thread draws them, one per event-loop turn, while the worker waits (and
// still hears Cancel).
template <class Draw>
ReportImages drawOnGui(const QStringList &names, Draw draw, QObject *gui, const lethe::RunControl &rc) {
    ReportImages plots;
    for (int i = 0; i < names.size(); ++i) {
        rc.check_cancel();
        rc.report({ss(QObject::tr("drawing the plots")), i, names.size(), double(i) / double(names.size())});
        auto promise = std::make_shared<std::promise<ReportFigure>>();
        auto done = promise->get_future();
        const QString name = names[i];
        QMetaObject::invokeMethod(
            gui,
            [draw, name, promise] {
                try {
                    promise->set_value(draw(name));
                } catch (...) {
                    promise->set_exception(std::current_exception());
                }
            },
            Qt::QueuedConnection);
        while (done.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) rc.check_cancel();
        plots.emplace_back(name, done.get());
    }
    return plots;
}

// Worker thread: the case's report as PDF bytes. The lineage and `lethe
// verify` (the slow part) on the worker's own connection, the plots on the
// GUI thread, then the layout here.
std::pair<std::shared_ptr<const CaseReportData>, QByteArray> renderCaseReport(lethe::Project &project,
                                                                              qint64 request_id,
                                                                              const DeadlineRule &rule, QObject *gui,
                                                                              const lethe::RunControl &rc) {
    auto c = std::make_shared<const CaseReportData>(collectCaseReport(project, request_id, rule, rc.part(0.0, 0.6)));
    const ReportImages plots = drawOnGui(
        caseReportPlotNames(*c), [c](const QString &name) { return caseReportPlot(*c, name); }, gui,
        rc.part(0.6, 0.85));
    rc.report({ss(QObject::tr("laying out the PDF")), 0, 0, 0.9});
    QByteArray pdf = renderCaseReportPdf(*c, plots);
    rc.check_cancel();
    return {c, pdf};
}

// The same for one job without a case.
std::pair<std::shared_ptr<const ReportData>, QByteArray> renderJobReport(lethe::Project &project, qint64 job_id,
                                                                         const DeadlineRule &rule, QObject *gui,
                                                                         const lethe::RunControl &rc) {
    auto d = std::make_shared<const ReportData>(collectReport(project, job_id, rule, rc.part(0.0, 0.6)));
    const ReportImages plots = drawOnGui(
        reportPlotNames(), [d](const QString &name) { return reportPlot(*d, name); }, gui, rc.part(0.6, 0.85));
    rc.report({ss(QObject::tr("laying out the PDF")), 0, 0, 0.9});
    QByteArray pdf = renderReportPdf(*d, plots);
    rc.check_cancel();
    return {d, pdf};
}

// Worker thread: lethe-report, a process of its own, writes the report (in
// another language); its JSON is the outcome. Cancel kills it: it writes
// through a temp file, so nothing is left.
ReportOutcome reportByLetheReport(const QString &program, const QStringList &args, const lethe::RunControl &rc) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        lethe::bad_input(lethe::msg(QT_TRANSLATE_NOOP("Engine", "%1 did not start: %2"), program.toStdString(),
                                    p.errorString().toStdString()));
    rc.report({ss(QObject::tr("writing the report")), 0, 0, 0.1});
    while (!p.waitForFinished(100)) {
        if (rc.cancel && rc.cancel->load()) {
            p.kill();
            p.waitForFinished(5000);
            rc.check_cancel();
        }
    }
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        lethe::bad_input(err.isEmpty() ? "lethe-report failed" : err.section(QLatin1Char('\n'), -1).toStdString());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    ReportOutcome out;
    out.path = o.value(QStringLiteral("report")).toString();
    out.sha256 = o.value(QStringLiteral("sha256")).toString();
    out.bytes = o.value(QStringLiteral("bytes")).toInteger();
    out.verdict = o.value(QStringLiteral("verdict")).toString();
    return out;
}

} // namespace

// What File > Export report reports: the case of the job shown in Results
// (one report per case), a job without a case alone, or else the case
// selected in the Cases panel.
std::pair<qint64, std::optional<qint64>> MainWindow::reportTarget() {
    if (!project_) return {0, std::nullopt};
    if (const qint64 job = results_->currentJob(); job > 0) return {job, project_->lineage().job(job).request_id};
    if (const qint64 r = cases_->currentRequestId(); r > 0) return {0, r};
    return {0, std::nullopt};
}

bool MainWindow::exportReport(const QString &path) {
    const auto target = reportTarget();
    const qint64 job_id = target.first;
    const std::optional<qint64> request_id = target.second;
    if (job_id <= 0 && !request_id) {
        showError(tr("No report"), tr("Open a project and select a case, or show a forget job in Results, first."));
        return false;
    }
    if (runner_->isRunning()) {
        showError(tr("Report not written"), tr("A job is running; export the report when it is done."));
        return false;
    }
    const std::string root = project_->root();
    const DeadlineRule rule = cases_->model()->rule();
    QObject *gui = this;
    std::function<ReportOutcome(const lethe::RunControl &)> task;
    QString what = request_id ? tr("Export the report of the case") : tr("Export the report of job %1").arg(job_id);
    QString doing =
        request_id ? tr("Exporting the report of the case…") : tr("Exporting the report of job %1…").arg(job_id);
    // A report language other than the workbench's (Settings > Language):
    // lethe-report writes it, in a process of its own with that language's
    // translations; the same writer, the same signed file and log entry.
    const QString want = reportLanguage(currentLanguage());
    if (want != currentLanguage()) {
        // The lethe-report beside this program (LETHE_REPORT overrides: the tests').
        const QString program = qEnvironmentVariable(
            "LETHE_REPORT", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lethe-report")));
        QStringList args = {QStringLiteral("--project"),  QString::fromStdString(root),
                            QStringLiteral("--out"),      path,
                            QStringLiteral("--language"), want,
                            QStringLiteral("--json")};
        args << (request_id ? QStringLiteral("--request") : QStringLiteral("--job"))
             << QString::number(request_id ? *request_id : job_id);
        task = [program, args](const lethe::RunControl &rc) { return reportByLetheReport(program, args, rc); };
        what = tr("Export the report in %1").arg(languageWord(want));
        doing = tr("Exporting the report in %1…").arg(languageWord(want));
    } else {
        task = [root, job_id, request_id, path, rule, gui](const lethe::RunControl &rc) {
            auto project = lethe::Project::open(root);
            if (request_id) {
                const auto r = renderCaseReport(*project, *request_id, rule, gui, rc.part(0.0, 0.95));
                rc.report({ss(QObject::tr("writing the PDF")), 0, 0, 0.97});
                return writeCaseReport(*project, *r.first, r.second, path);
            }
            const auto r = renderJobReport(*project, job_id, rule, gui, rc.part(0.0, 0.95));
            rc.report({ss(QObject::tr("writing the PDF")), 0, 0, 0.97});
            return writeReport(*project, *r.first, r.second, path);
        };
    }
    auto done = [this](const ReportOutcome &o) {
        exporting_ = false;
        statusBar()->showMessage(tr("Report written to %1 (case verdict %2)").arg(o.path, o.verdict), 10000);
        Q_EMIT reportExported(o.path);
    };
    const auto error = exportFailed(tr("Report export cancelled; nothing was written"), tr("Report not written"));
    if (!runner_->start(what, task, done, error)) return false;
    exporting_ = true;
    statusBar()->showMessage(doing);
    return true;
}

void MainWindow::exportReportDialog() {
    const auto [job_id, request_id] = reportTarget();
    if (job_id <= 0 && !request_id) {
        exportReport(QString()); // says what to do first
        return;
    }
    QString name = QStringLiteral("job%1").arg(job_id);
    if (request_id)
        if (auto r = lethe::request_by_id(project_->lineage(), *request_id)) name = qs(lethe::file_stem(r->case_ref));
    const QString def = QDir(projectRoot()).filePath(QStringLiteral("reports/%1.pdf").arg(name));
    const QString path = save_path_hook_
                             ? save_path_hook_(def)
                             : QFileDialog::getSaveFileName(this, tr("Export report"), def, tr("PDF (*.pdf)"));
    if (!path.isEmpty()) exportReport(path);
}

JobErrorCallback MainWindow::exportFailed(const QString &cancelled_text, const QString &error_title) {
    return [this, cancelled_text, error_title](const QString &m, int, bool cancelled) {
        error_reported_ = true;
        exporting_ = false;
        if (cancelled)
            statusBar()->showMessage(cancelled_text, 6000);
        else
            showError(error_title, m);
        Q_EMIT reportFailed(cancelled ? tr("cancelled") : m);
    };
}

bool MainWindow::exportEvidence(const QString &path) {
    const qint64 request_id = cases_->currentRequestId();
    if (!project_ || request_id <= 0) {
        showError(tr("No evidence bundle"), tr("Open a project and select a case first."));
        return false;
    }
    if (runner_->isRunning()) {
        showError(tr("Evidence bundle not written"), tr("A job is running; export the bundle when it is done."));
        return false;
    }
    QString name = QStringLiteral("case-%1").arg(request_id);
    if (auto r = lethe::request_by_id(project_->lineage(), request_id))
        name = QStringLiteral("case-") + qs(lethe::file_stem(r->case_ref));
    const std::string root = project_->root();
    const DeadlineRule rule = cases_->model()->rule();
    QObject *gui = this;
    auto task = [root, request_id, name, path, rule, gui](const lethe::RunControl &rc) {
        auto project = lethe::Project::open(root);
        lethe::EvidenceOptions o;
        o.request_id = request_id;
        o.out_path = ss(path);
        const auto r = renderCaseReport(*project, request_id, rule, gui, rc.part(0.0, 0.9));
        o.reports.emplace_back(ss(name) + ".pdf", r.second.toStdString());
        rc.report({ss(QObject::tr("signing and writing the bundle")), 0, 0, 0.95});
        return lethe::export_evidence(*project, o);
    };
    auto done = [this](const lethe::EvidenceResult &r) {
        exporting_ = false;
        statusBar()->showMessage(
            tr("Evidence bundle written to %1, signed by key %2").arg(qs(r.path), qs(r.fingerprint)), 15000);
        Q_EMIT evidenceExported(qs(r.path));
    };
    const auto error =
        exportFailed(tr("Evidence export cancelled; nothing was written"), tr("Evidence bundle not written"));
    if (!runner_->start(tr("Export the evidence bundle of the case"), task, done, error)) return false;
    exporting_ = true;
    statusBar()->showMessage(tr("Exporting the evidence bundle…"));
    return true;
}

void MainWindow::exportEvidenceDialog() {
    const qint64 request_id = cases_->currentRequestId();
    if (!project_ || request_id <= 0) return;
    QString name = QStringLiteral("case%1").arg(request_id);
    if (auto r = lethe::request_by_id(project_->lineage(), request_id)) name = qs(r->case_ref);
    const QString def = QDir(projectRoot()).filePath(QStringLiteral("reports/%1-evidence.tar.gz").arg(name));
    const QString path = save_path_hook_ ? save_path_hook_(def)
                                         : QFileDialog::getSaveFileName(this, tr("Export evidence bundle"), def,
                                                                        tr("Evidence bundle (*.tar.gz)"));
    if (!path.isEmpty()) exportEvidence(path);
}

void MainWindow::buildDemo(const QString &dir) {
    if (runner_->isRunning()) return;
    if (isProjectDir(dir)) {
        openProject(dir);
        return;
    }
    lethe::DemoOptions o = lethe::demo_defaults(true); // resources/demo/demo.json, "workbench"
    o.project_dir = ss(dir);
    o.subset = QSettings().value(QStringLiteral("demo/subset"), qlonglong(o.subset)).toLongLong();
    o.epochs = QSettings().value(QStringLiteral("demo/epochs"), o.epochs).toDouble();
    auto done = [this, dir](const lethe::DemoResult &r) {
        if (openProject(dir))
            statusBar()->showMessage(
                tr("Demo ready: open case %1 for subject %2").arg(qs(r.case_ref), qs(r.request_subject)));
    };
    runner_->start(
        tr("Build the demo project"), [o](const lethe::RunControl &rc) { return lethe::demo_init(o, rc); }, done);
    statusBar()->showMessage(tr("Building the demo project in %1…").arg(dir));
}

bool MainWindow::reopenLastProject() {
    const QStringList recent = recentProjects();
    return !project_ && !recent.isEmpty() && isProjectDir(recent.first()) && openProject(recent.first());
}

void MainWindow::offerDemoIfFirstRun() {
    QSettings s;
    if (project_ || s.value(QStringLiteral("firstRunDone"), false).toBool()) return;
    s.setValue(QStringLiteral("firstRunDone"), true);
    const QString dir = defaultDemoDir();
    const bool exists = isProjectDir(dir);
    QMessageBox box(QMessageBox::Question, tr("Welcome to Lethe"),
                    exists ? tr("A demo project exists in %1. Open it?").arg(dir)
                           : tr("Lethe can build a demo project in %1 from Fashion-MNIST: synthetic data subjects, "
                                "a monolithic and a SISA model, and one open erasure request. It takes a minute.")
                                 .arg(dir),
                    QMessageBox::NoButton, this);
    auto *demo = box.addButton(exists ? tr("Open the demo") : tr("Build the demo"), QMessageBox::AcceptRole);
    auto *open = box.addButton(tr("Open a project…"), QMessageBox::ActionRole);
    box.addButton(tr("Not now"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == demo)
        buildDemo(dir);
    else if (box.clickedButton() == open)
        openProjectDialog();
}

void MainWindow::closeEvent(QCloseEvent *e) {
    if (runner_->isRunning()) {
        if (!quiet_ && QMessageBox::question(this, tr("A job is running"),
                                             tr("Cancel the running job and quit? The job stops within one batch; "
                                                "nothing half-written is kept.")) != QMessageBox::Yes) {
            e->ignore();
            return;
        }
        runner_->cancel();
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e) {
    if (!e->mimeData()->hasUrls() || runner_->isRunning()) return;
    for (const QUrl &u : e->mimeData()->urls()) {
        const QString p = u.toLocalFile();
        if (isProjectDir(p) || QFileInfo(p).fileName() == QLatin1String("lineage.sqlite")) {
            e->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *e) {
    for (const QUrl &u : e->mimeData()->urls()) {
        const QString p = u.toLocalFile();
        if (isProjectDir(p) || QFileInfo(p).fileName() == QLatin1String("lineage.sqlite")) {
            e->acceptProposedAction();
            openProject(p);
            return;
        }
    }
}

// The subject's raw records out of the project's own copies, once its case
// is answered: a few files rewritten, no torch, so on this thread with a
// busy cursor.
void MainWindow::redactCase(qint64 request_id) {
    if (!project_) return;
    if (runner_->isRunning()) {
        showError(tr("Not redacted yet"), tr("A job is running; redact when it is done (lethe requests redact)."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const auto r = lethe::redact_case(*project_, request_id);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(
            tr("Redacted %Ln record(s) of the subject from this project's copies; their hashes, scores and the reports "
               "stay",
               nullptr, int(r.records)),
            10000);
        browser_->setProject(qs(project_->root()), &project_->lineage());
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        showError(tr("Not redacted"), userText(e));
    }
}

// Help > User guide (F1): resources/help/guide.html in a browser window of
// its own, opened at anchor when given (the verdict rules, the glossary).
void MainWindow::showGuide(const QString &anchor) {
    if (!guide_) {
        guide_ = new QDialog(this);
        guide_->setObjectName(QStringLiteral("guideDialog"));
        guide_->setWindowTitle(tr("Lethe user guide"));
        auto *browser = new QTextBrowser(guide_);
        browser->setObjectName(QStringLiteral("guideBrowser"));
        browser->setOpenExternalLinks(true);
        // The guide in the workbench's language when there is one (resources/help/guide_LANG.html).
        browser->setSource(QUrl(QStringLiteral("qrc") + localizedResource(QStringLiteral(":/help/guide.html"))));
        auto *lay = new QVBoxLayout(guide_);
        lay->addWidget(browser);
        guide_->resize(760, 680);
    }
    if (!anchor.isEmpty()) guide_->findChild<QTextBrowser *>()->scrollToAnchor(anchor);
    guide_->show();
    guide_->raise();
}

} // namespace lethe::ui
