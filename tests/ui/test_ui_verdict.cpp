// One answer per case (issue 9): for every job of a small investigation the
// CLI's JSON (`lethe requests show --json`), the workbench's verdict panel
// (the real ResultsView showing the job) and the report's first page carry
// the same result word and the same findings, in the same order. The case
// stays in progress after the jobs, until the auditor closes it; a closed
// case takes no further job.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTextDocument>

#include "../cli_run.h"
#include "cases_panel.h"
#include "core/error.h"
#include "job_runner.h"
#include "jobs/cases.h"
#include "jobs/investigate.h"
#include "lineage/browse.h"
#include "main_window.h"
#include "project/project.h"
#include "report.h"
#include "results_view.h"
#include "ui_fixture.h"
#include "verdict.h"
#include "verdict_panel.h"

using namespace lethe::ui;

class TestOneAnswer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir tmp_;
    QString dir_;
    lethe::DemoResult demo_;

    static lethe::test::CliRun lethe(const QStringList &args) { return lethe::test::run_cli(args, 120000); }
    // The report's page 1 as plain text: everything before its section 1.
    static QString firstPage(const ReportData &d) {
        const QString html = reportHtml(d);
        QTextDocument doc;
        doc.setHtml(html.left(html.indexOf(QStringLiteral("<h2>1. Case"))));
        return doc.toPlainText().simplified();
    }

    // The UI renders each finding and the summary from its key and args with
    // whole-sentence templates (a translation needs only a .ts file); in
    // English the rendering must read exactly as the engine's sentence.
    static void rendersAsTheEngineSays(const nlohmann::json &verdict) {
        QCOMPARE(summaryText(verdict), QString::fromStdString(verdict["summary"].get<std::string>()));
        QVERIFY(!verdict["summary_key"].get<std::string>().empty());
        for (const auto &f : verdict["findings"]) {
            QVERIFY2(!f["key"].get<std::string>().empty(), f.dump().c_str());
            QCOMPARE(findingText(f), QString::fromStdString(f["sentence"].get<std::string>()));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        lethe::test::isolate_settings();
        dir_ = tmp_.filePath(QStringLiteral("p"));
        demo_ = lethe::test::build_tiny_demo(dir_);
    }

    void theCaseIsOpenUntilEveryModelIsHandled() {
        auto project = lethe::Project::open(dir_.toStdString());
        auto &lin = project->lineage();
        const auto req = lin.requests().at(0);
        const auto v = lethe::case_verdict(lin, req.id);
        QCOMPARE(QString::fromLatin1(lethe::to_string(v.result)), QStringLiteral("open"));
        QCOMPARE(int(v.models.size()), 2); // the demo's monolithic model and its ensemble both trained on the subject
        QCOMPARE(v.open_findings(), 2);
        rendersAsTheEngineSays(v.to_json());
        // Closing over open findings is refused without an override, and nothing changes.
        const auto log = lin.log_entries().size();
        QVERIFY_THROWS_EXCEPTION(lethe::Error, lethe::answer_case(lin, req.id, "done"));
        QCOMPARE(lin.log_entries().size(), log);
        QCOMPARE(lethe::case_row(lin, req.id).status, lethe::CaseStatus::Open);
    }

    // The workbench's "Investigate case…": one action on the worker, then
    // the exact job's report; the case is left for the auditor.
    void investigatesFromTheWindow() {
        QTemporaryDir t;
        const QString d = t.filePath(QStringLiteral("w"));
        const auto demo = lethe::test::build_tiny_demo(d);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(d));
        QVERIFY(w.investigateAction()->isEnabled());
        QSignalSpy exported(&w, &MainWindow::reportExported);
        QSignalSpy progress(w.runner(), &JobRunner::progress);
        QVERIFY(w.investigateCase(0, false));
        QVERIFY(w.runner()->isRunning());
        QVERIFY(!w.investigateAction()->isEnabled());
        QVERIFY(exported.wait(120000));
        QVERIFY(progress.count() >= 1);
        QVERIFY(QFileInfo(exported.at(0).at(0).toString()).size() > 1000);
        auto &lin = w.project()->lineage();
        QCOMPARE(int(lethe::forget_jobs(lin).size()), 2);
        QCOMPARE(lin.requests().at(0).status, lethe::CaseStatus::InProgress);
        QCOMPARE(w.results()->verdictPanel()->caseResult(),
                 QString::fromLatin1(lethe::to_string(lethe::case_verdict(lin, lin.requests().at(0).id).result)));
    }

    void cliPanelAndReportAgree() {
        auto project = lethe::Project::open(dir_.toStdString());
        auto &lin = project->lineage();
        const auto req = lin.requests().at(0);
        lethe::InvestigateOptions o;
        o.request_id = req.id;
        o.references = 0; // the before-audit gives the power; pools are test_cli's
        o.device = "cpu";
        const auto res = lethe::investigate(*project, o, {});
        QCOMPARE(int(res.jobs.size()), 2); // sisa on the ensemble, finetune on the monolithic model
        // No job closes the case.
        QCOMPARE(lethe::case_row(lin, req.id).status, lethe::CaseStatus::InProgress);
        QVERIFY(res.verdict.open_findings() == 0);

        const auto cli = lethe({QStringLiteral("requests"), QStringLiteral("show"), QStringLiteral("--project"), dir_,
                                QStringLiteral("--request"), QString::number(req.id), QStringLiteral("--json")});
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        const auto cv = cli.json[QStringLiteral("case")].toObject()[QStringLiteral("verdict")].toObject();
        const QString word = cv[QStringLiteral("result")].toString();
        QVERIFY2(QStringList({QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("inconclusive")})
                     .contains(word),
                 qPrintable(word));
        QStringList sentences;
        for (const auto &f : cv[QStringLiteral("findings")].toArray())
            sentences << f.toObject()[QStringLiteral("sentence")].toString();
        QCOMPARE(sentences.size(), 6); // 2 models x lineage, behaviour, utility
        QCOMPARE(cli.json[QStringLiteral("case")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("in_progress"));
        QCOMPARE(word, QString::fromLatin1(lethe::to_string(res.verdict.result))); // the investigation's own answer
        rendersAsTheEngineSays(res.verdict.to_json());

        for (const auto &job : res.jobs) {
            const qint64 job_id = job.forget.job_id;
            // The workbench: the results view showing this job.
            ResultsView rv;
            rv.setLineage(&lin);
            QVERIFY(rv.showJob(job_id));
            auto *panel = rv.verdictPanel();
            QCOMPARE(panel->caseResult(), word);
            QCOMPARE(panel->findingSentences(), sentences);
            QVERIFY(panel->caseHeadline()->text().contains(word.toUpper()));
            // The report's first page.
            const auto d = collectReport(*project, job_id);
            QCOMPARE(d.verdictWord(), word.toUpper());
            const QString page1 = firstPage(d);
            QVERIFY2(page1.contains(QStringLiteral("Case verdict: ") + word.toUpper()), qPrintable(page1.left(300)));
            for (const auto &s : sentences) QVERIFY2(page1.contains(s.simplified()), qPrintable(s));
            QVERIFY2(!page1.contains(QStringLiteral("Verdict: PASS")) || word == QStringLiteral("pass"),
                     qPrintable(page1));
        }

        // The auditor closes the case; then it takes no further job.
        const auto closed =
            lethe({QStringLiteral("requests"), QStringLiteral("close"), QStringLiteral("--project"), dir_,
                   QStringLiteral("--request"), QString::number(req.id), QStringLiteral("--note"),
                   QStringLiteral("erased from both models; subject informed"), QStringLiteral("--json")});
        QVERIFY2(closed.code == 0, qPrintable(closed.err));
        QCOMPARE(closed.json[QStringLiteral("case")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("answered"));
        QCOMPARE(QString::fromStdString(lin.log_entries().back().action), QStringLiteral("request.answered"));
        const auto again =
            lethe({QStringLiteral("forget"), QStringLiteral("--project"), dir_, QStringLiteral("--subject"),
                   QString::fromStdString(req.subject_pseudonym), QStringLiteral("--method"),
                   QStringLiteral("finetune"), QStringLiteral("--request"), QString::number(req.id)});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("closed case")), qPrintable(again.err));
    }
};

QTEST_MAIN(TestOneAnswer)
#include "test_ui_verdict.moc"
