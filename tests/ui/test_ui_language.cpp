// The workbench in German (issue 15, docs/translations.md): every visible
// string of the main window (menus and their actions, dock titles, tabs,
// labels, buttons, group boxes, combo-box items, table headers) is walked in
// English and in German on the same project; a string that reads the same
// in both and holds an English word was not translated (or not
// translatable: no tr(), or an engine identifier shown as it is). The
// independent truth is the English window: nothing here knows the German.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "case_report.h"
#include "jobs/cases.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "language.h"
#include "main_window.h"
#include "method_params_editor.h"
#include "run_panel.h"
#include "selection_basket.h"
#include "ui_fixture.h"
#include "unlearn/registry.h"
#include "verdict.h"

namespace {

struct Seen {
    QString where, text;
};

// The text as shown, one line per line (HTML rendered), accelerators removed.
QString plain(const QString &t) {
    QString s = Qt::mightBeRichText(t) ? QTextDocumentFragment::fromHtml(t).toPlainText() : t;
    s.remove(QLatin1Char('&'));
    QStringList lines;
    for (const QString &l : s.split(QLatin1Char('\n')))
        if (!l.simplified().isEmpty()) lines << l.simplified();
    return lines.join(QLatin1Char('\n'));
}

void addMenu(const QMenu *menu, const QString &where, std::vector<Seen> &out) {
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator()) continue;
        out.push_back({where + QStringLiteral(" > action"), plain(a->text())});
        if (a->menu()) addMenu(a->menu(), where + QStringLiteral(" > ") + plain(a->text()), out);
    }
}

// Every visible string of the window, in a fixed order.
std::vector<Seen> visibleStrings(QMainWindow &w) {
    std::vector<Seen> out;
    out.push_back({QStringLiteral("title"), plain(w.windowTitle())});
    for (const QAction *a : w.menuBar()->actions()) {
        out.push_back({QStringLiteral("menu"), plain(a->text())});
        if (a->menu()) addMenu(a->menu(), plain(a->text()), out);
    }
    for (QWidget *x : w.findChildren<QWidget *>()) {
        if (!x->isVisibleTo(&w)) continue;
        const QString where = QString::fromLatin1(x->metaObject()->className()) + QLatin1Char(' ') + x->objectName();
        if (auto *l = qobject_cast<QLabel *>(x)) out.push_back({where, plain(l->text())});
        if (auto *b = qobject_cast<QAbstractButton *>(x)) out.push_back({where, plain(b->text())});
        if (auto *g = qobject_cast<QGroupBox *>(x)) out.push_back({where, plain(g->title())});
        if (auto *d = qobject_cast<QDockWidget *>(x)) out.push_back({where, plain(d->windowTitle())});
        if (auto *t = qobject_cast<QTabWidget *>(x))
            for (int i = 0; i < t->count(); ++i) out.push_back({where, plain(t->tabText(i))});
        if (auto *c = qobject_cast<QComboBox *>(x))
            for (int i = 0; i < c->count(); ++i) out.push_back({where, plain(c->itemText(i))});
        if (auto *v = qobject_cast<QAbstractItemView *>(x); v && v->model())
            for (int i = 0; i < v->model()->columnCount(); ++i)
                out.push_back(
                    {where + QStringLiteral(" header"), plain(v->model()->headerData(i, Qt::Horizontal).toString())});
    }
    return out;
}

// Common English words of the workbench's screens that German does not share.
bool hasEnglishWord(const QString &s) {
    static const QStringList words = {
        QStringLiteral("the"),      QStringLiteral("of"),         QStringLiteral("and"),
        QStringLiteral("with"),     QStringLiteral("for"),        QStringLiteral("no"),
        QStringLiteral("not"),      QStringLiteral("project"),    QStringLiteral("model"),
        QStringLiteral("models"),   QStringLiteral("record"),     QStringLiteral("records"),
        QStringLiteral("subject"),  QStringLiteral("subjects"),   QStringLiteral("job"),
        QStringLiteral("jobs"),     QStringLiteral("case"),       QStringLiteral("cases"),
        QStringLiteral("open"),     QStringLiteral("file"),       QStringLiteral("view"),
        QStringLiteral("help"),     QStringLiteral("settings"),   QStringLiteral("report"),
        QStringLiteral("selected"), QStringLiteral("clear"),      QStringLiteral("method"),
        QStringLiteral("device"),   QStringLiteral("run"),        QStringLiteral("done"),
        QStringLiteral("after"),    QStringLiteral("before"),     QStringLiteral("progress"),
        QStringLiteral("deadline"), QStringLiteral("received"),   QStringLiteral("training"),
        QStringLiteral("trained"),  QStringLiteral("label"),      QStringLiteral("dataset"),
        QStringLiteral("pass"),     QStringLiteral("fail"),       QStringLiteral("inconclusive"),
        QStringLiteral("idle"),     QStringLiteral("monolithic"), QStringLiteral("approximate"),
        QStringLiteral("exact"),    QStringLiteral("live"),       QStringLiteral("purged"),
        QStringLiteral("computer"), QStringLiteral("cluster"),    QStringLiteral("close"),
        QStringLiteral("new"),      QStringLiteral("edit"),       QStringLiteral("basket"),
        QStringLiteral("filter"),   QStringLiteral("search")};
    for (const QString &t : s.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts))
        if (words.contains(t)) return true;
    return false;
}

// Decimal numbers (0.512) and grouped ones (60,000; 1,234.5) of an English
// text; not dates, versions or plain integers.
QStringList decimalNumbers(const QString &s) {
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+)(?![\\d.]|,\\d)"));
    QStringList out;
    auto it = re.globalMatch(s);
    while (it.hasNext()) out << it.next().captured(0);
    return out;
}
// German swaps the decimal mark and the group separator.
QString germanNumber(QString n) {
    for (QChar &c : n) c = c == QLatin1Char('.') ? QLatin1Char(',') : c == QLatin1Char(',') ? QLatin1Char('.') : c;
    return n;
}
const QRegularExpression &isoDate() {
    static const QRegularExpression re(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    return re;
}

} // namespace

class TestUiLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString dir_;

private Q_SLOTS:
    void initTestCase() {
        lethe::test::isolate_settings();
        // Settings of this test alone (the other UI tests, running beside it,
        // save window layouts that would change what is visible here).
        QCoreApplication::setApplicationName(QStringLiteral("lethe-ui-language-test"));
        QSettings().clear();
        dir_ = tmp_.filePath(QStringLiteral("p"));
        const auto demo = lethe::test::build_tiny_demo(dir_);
        // A finished forget job of the case with its audits: Results shows its verdict, reasons and evidence.
        auto project = lethe::Project::open(dir_.toStdString());
        lethe::ForgetOptions fo;
        fo.selection.subjects = {demo.request_subject};
        fo.method = "finetune";
        fo.model_id = demo.models.at(0).model_id;
        fo.device = "cpu";
        lethe::forget(*project, fo, {});
    }

    // Each check starts in English, whatever a failed one before it left installed.
    void init() { lethe::ui::installLanguage(QStringLiteral("en")); }

    void theGermanMainWindowHasNoEnglishLeft() {
        QStringList installed;
        auto walk = [&](const QString &lang) {
            installed << lethe::ui::installLanguage(lang);
            lethe::ui::MainWindow w;
            w.setQuiet(true);
            w.resize(1400, 900);
            w.show();
            w.openProject(dir_);
            QTest::qWait(300);
            // The job in Results: the second tab holds its verdict panel and plots.
            if (auto *tabs = w.findChild<QTabWidget *>()) tabs->setCurrentIndex(1);
            QTest::qWait(300);
            return visibleStrings(w);
        };
        std::vector<Seen> en, de;
        en = walk(QStringLiteral("en"));
        de = walk(QStringLiteral("de"));
        lethe::ui::installLanguage(QStringLiteral("en"));
        QCOMPARE(installed, QStringList({QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(de.size(), en.size());
        QVERIFY(en.size() > 100); // the walk saw the window
        // ...and the job's results: its verdict panel's headline.
        QVERIFY(std::any_of(en.begin(), en.end(),
                            [](const Seen &x) { return x.text.startsWith(QLatin1String("Per-subject test")); }));
        QStringList left;
        int translated = 0;
        for (size_t i = 0; i < en.size(); ++i) {
            translated += en[i].text != de[i].text;
            // Line by line: a label that mixes translated text with an
            // engine sentence left in English is caught too.
            const QStringList el = en[i].text.split(QLatin1Char('\n')), dl = de[i].text.split(QLatin1Char('\n'));
            for (const QString &line : dl)
                if (el.contains(line) && hasEnglishWord(line)) left << en[i].where + QStringLiteral(": ") + line;
        }
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("English left in German:\n  ") + left.join(QStringLiteral("\n  "))));
        QVERIFY(translated > 50);

        // Numbers and dates the German way, checked against the English
        // window: 0.512 reads 0,512, 1,234 reads 1.234, 2027-01-04 reads
        // 04.01.2027 in the same place.
        QStringList wrong;
        int numbers = 0, dates = 0;
        for (size_t i = 0; i < en.size(); ++i) {
            for (const QString &n : decimalNumbers(en[i].text)) {
                ++numbers;
                if (!de[i].text.contains(germanNumber(n))) wrong << en[i].where + QStringLiteral(": ") + n;
            }
            auto it = isoDate().globalMatch(en[i].text);
            while (it.hasNext()) {
                const auto m = it.next();
                ++dates;
                const QString want =
                    m.captured(3) + QLatin1Char('.') + m.captured(2) + QLatin1Char('.') + m.captured(1);
                if (!de[i].text.contains(want)) wrong << en[i].where + QStringLiteral(": ") + m.captured(0);
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("not in the German way:\n  ") + wrong.join(QStringLiteral("\n  "))));
        QVERIFY2(numbers >= 10, qPrintable(QString::number(numbers)));
        QVERIFY2(dates >= 1, qPrintable(QString::number(dates)));
    }

    // The formatting helpers against the languages' own conventions.
    void numbersAndDatesReadTheLocalWay() {
        using namespace lethe::ui;
        const QDate d(2027, 1, 4);
        const QDateTime t(d, QTime(9, 5, 7), Qt::UTC);
        installLanguage(QStringLiteral("en"));
        QCOMPARE(localDate(d), QStringLiteral("2027-01-04"));
        QCOMPARE(localDateFormat(), QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(localNumber(1234.5, 2), QStringLiteral("1,234.50"));
        QCOMPARE(localCount(60000), QStringLiteral("60,000"));
        QCOMPARE(localPercent(12.5, 1), QStringLiteral("12.5%"));
        QCOMPARE(localInterval(nlohmann::json{{"ci", {0.41, 0.58}}}, "ci", 2), QStringLiteral(" [0.41, 0.58]"));
        QCOMPARE(localTimestamp(QStringLiteral("2027-01-04T09:05:07Z")), QStringLiteral("2027-01-04 09:05 UTC"));
        QCOMPARE(localTimestamp(QStringLiteral("2027-01-04T10:05:07+01:00"), true),
                 QStringLiteral("2027-01-04 09:05:07 UTC"));
        QCOMPARE(localTimestamp(QStringLiteral("2027-01-04T09:05:07")), QStringLiteral("2027-01-04 09:05 UTC"));
        QCOMPARE(localNumber(std::nan(""), 3), QStringLiteral("\u2013"));
        installLanguage(QStringLiteral("de"));
        QCOMPARE(localDate(d), QStringLiteral("04.01.2027"));
        QCOMPARE(localDateFormat(), QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(localDateTime(t, true), QStringLiteral("04.01.2027 09:05:07"));
        QCOMPARE(localNumber(1234.5, 2), QStringLiteral("1.234,50"));
        QCOMPARE(localCount(60000), QStringLiteral("60.000"));
        QCOMPARE(localPercent(12.5, 1), QStringLiteral("12,5\u00a0%"));
        QCOMPARE(localInterval(nlohmann::json{{"ci", {0.41, 0.58}}}, "ci", 2), QStringLiteral(" [0,41; 0,58]"));
        QCOMPARE(localTimestamp(QStringLiteral("2027-01-04")), QStringLiteral("04.01.2027"));
        QCOMPARE(localNumberText(QStringLiteral("-0.86")), QStringLiteral("-0,86"));
        QCOMPARE(localNumberText(QStringLiteral("12.5%")), QStringLiteral("12,5\u00a0%"));
        QCOMPARE(localNumberText(QStringLiteral("3")), QStringLiteral("3"));
        QCOMPARE(localNumberText(QStringLiteral("model 3.2")), QStringLiteral("model 3.2"));
        installLanguage(QStringLiteral("fr"));
        QCOMPARE(localDate(d), QStringLiteral("04/01/2027"));
        QCOMPARE(localNumber(0.5, 3), QStringLiteral("0,500"));
        // French groups thousands with a narrow no-break space.
        QCOMPARE(localCount(60000), QStringLiteral("60\u202f000"));
        installLanguage(QStringLiteral("en"));
    }

    // Settings > Language > PDF reports: German while the workbench speaks
    // English. Export report then has lethe-report write it in German.
    void theReportFollowsItsOwnLanguage() {
        // lethe-report beside lethe (the checkout's own path may hold "/lethe" too).
        qputenv("LETHE_REPORT",
                QFileInfo(QStringLiteral(LETHE_CLI_PATH)).dir().filePath(QStringLiteral("lethe-report")).toLocal8Bit());
        lethe::ui::installLanguage(QStringLiteral("en"));
        lethe::ui::setReportLanguageSetting(QStringLiteral("de"));
        lethe::ui::MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        QSignalSpy done(&w, &lethe::ui::MainWindow::reportExported);
        QSignalSpy failed(&w, &lethe::ui::MainWindow::reportFailed);
        const QString pdf = tmp_.filePath(QStringLiteral("case-de.pdf"));
        QTest::qWait(300);
        QVERIFY(w.exportReport(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString text = lethe::test::pdf_text(pdf);
        QVERIFY2(text.contains(QLatin1String("Befund")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QLatin1String("Case verdict")));
        lethe::ui::setReportLanguageSetting(QString());
    }

    // The German case report writes its numbers and dates the German way
    // (decimal commas, day.month.year, intervals parted by ";"), except in
    // the engine's stored English details, which it marks lang='en'.
    void theGermanReportWritesNumbersTheGermanWay() {
        lethe::ui::installLanguage(QStringLiteral("de"));
        auto project = lethe::Project::open(dir_.toStdString());
        const auto requests = project->lineage().requests();
        QVERIFY(!requests.empty());
        const QString html = lethe::ui::caseReportHtml(lethe::ui::collectCaseReport(*project, requests.front().id));
        lethe::ui::installLanguage(QStringLiteral("en"));
        QString own = html;
        const int stored = int(own.count(QLatin1String("<small lang='en'>")));
        own.remove(QRegularExpression(QStringLiteral("<small lang='en'>.*?</small>"),
                                      QRegularExpression::DotMatchesEverythingOption));
        QString text = QTextDocumentFragment::fromHtml(own).toPlainText();
        text.remove(QRegularExpression(QStringLiteral("(?m)^A?\\d+(\\.\\d+)+ "))); // section numbers: 1.1, A1.1
        QVERIFY(stored > 0);
        QVERIFY2(text.contains(QLatin1String("Befund")), qPrintable(text.left(300)));
        QVERIFY2(QRegularExpression(QStringLiteral("\\d,\\d{2}\\b")).match(text).hasMatch(), qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b")).match(text).hasMatch(),
                 qPrintable(text));
        for (const auto *pattern : {"(?<![\\d.])\\d+\\.\\d{1,3}(?![\\d.])", "\\b\\d{4}-\\d{2}-\\d{2}\\b"}) {
            const auto m = QRegularExpression(QString::fromLatin1(pattern)).match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(text.mid(std::max<qsizetype>(0, m.capturedStart() - 100), 200)));
        }
    }

    // A method's parameters in German: shown with the decimal comma, typed
    // either way, handed to the engine with its point.
    void parametersTakeTheDecimalComma() {
        lethe::ui::installLanguage(QStringLiteral("de"));
        lethe::ui::MethodParamsEditor editor;
        editor.setMethod(lethe::find_method("finetune"));
        auto *lr = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("lr")));
        QVERIFY(lr);
        const double def = lethe::find_method("finetune")->defaults.at("lr").get<double>();
        QCOMPARE(lr->text(), QString::number(def).replace(QLatin1Char('.'), QLatin1Char(',')));
        QVERIFY(editor.setValue(QStringLiteral("lr"), QStringLiteral("0,025")));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.overrides().at("lr"), std::string("0.025"));
        QVERIFY(editor.setValue(QStringLiteral("lr"), QStringLiteral("2e-3"))); // the engine's way still reads
        QCOMPARE(editor.overrides().at("lr"), std::string("0.002"));
        QVERIFY(editor.setValue(QStringLiteral("lr"), QStringLiteral("1.000,5"))); // no group separators
        QVERIFY(!editor.isValid());
        lethe::ui::installLanguage(QStringLiteral("en"));
    }

    // The settings remember the last project: a window started without a
    // folder opens it again (and nothing when it is gone).
    void theLastProjectOpensAgain() {
        {
            lethe::ui::MainWindow w;
            w.setQuiet(true);
            QVERIFY(w.openProject(dir_));
        }
        lethe::ui::MainWindow again;
        again.setQuiet(true);
        QVERIFY(again.reopenLastProject());
        QCOMPARE(QDir(again.projectRoot()).canonicalPath(), QDir(dir_).canonicalPath());
        QSettings().setValue(QStringLiteral("projects/recent"), QStringList{tmp_.filePath(QStringLiteral("gone"))});
        lethe::ui::MainWindow none;
        none.setQuiet(true);
        QVERIFY(!none.reopenLastProject());
    }

    // A running job's stages, as the engine names them, in German: every
    // stage of two real forget jobs (an exact SISA retrain and an
    // approximate fine-tune, each audited) reads otherwise than the English.
    // Last: it adds jobs to the project the checks above walk.
    void runningStagesReadGerman() {
        auto project = lethe::Project::open(dir_.toStdString());
        std::set<std::string> stages;
        lethe::RunControl rc;
        rc.progress = [&](const lethe::Progress &p) { stages.insert(p.stage); };
        for (const char *method : {"sisa", "finetune"}) {
            lethe::ForgetOptions fo;
            fo.selection.subjects = {"subj-00002"};
            fo.method = method;
            fo.device = "cpu";
            lethe::forget(*project, fo, rc);
        }
        QVERIFY2(stages.size() >= 3, qPrintable(QString::number(stages.size())));
        lethe::ui::installLanguage(QStringLiteral("de"));
        QStringList same;
        for (const auto &s : stages) {
            const QString en = QString::fromStdString(s);
            if (lethe::ui::stageWords(en) == en) same << en;
        }
        // The forms with numbers in them, as the engine writes them (sisa_trainer.cpp, executor.cpp).
        QCOMPARE(lethe::ui::stageWords(QStringLiteral("training shard 2/5, stage 1/4")),
                 QStringLiteral("trainiere Shard 2/5, Stufe 1/4"));
        QCOMPARE(lethe::ui::stageWords(QStringLiteral("fine-tuning on retained records, shard 1/5")),
                 QStringLiteral("Nachtrainieren auf den behaltenen Datensätzen, Shard 1/5"));
        QCOMPARE(lethe::ui::stageWords(QStringLiteral("Slurm job 12: 3 done, 1 running, 4 pending")),
                 QStringLiteral("Slurm-Auftrag 12: 3 fertig, 1 laufen, 4 wartend"));
        QCOMPARE(lethe::ui::stageWords(QStringLiteral("a stage nobody knows")), QStringLiteral("a stage nobody knows"));
        QCOMPARE(lethe::ui::stageWords(QStringLiteral("forgetting subject s%2x from model 3 with sisa")),
                 QStringLiteral("vergesse betroffene Person s%2x aus Modell 3 mit sisa"));
        lethe::ui::installLanguage(QStringLiteral("en"));
        QVERIFY2(same.isEmpty(),
                 qPrintable(QStringLiteral("stages left in English: ") + same.join(QStringLiteral("; "))));
        // English stays the engine's words.
        for (const auto &s : stages)
            QCOMPARE(lethe::ui::stageWords(QString::fromStdString(s)), QString::fromStdString(s));
    }

    // The engine's sentences (core/message.h) in the workbench's language:
    // a refusal on the run panel, a failed job's stored error, the case
    // timeline, the reference pools' reasons. The independent truth is the
    // English the CLI prints: the workbench in English must say exactly
    // that, and the German workbench something else with no English word.
    void engineSentencesReadGerman() {
        using lethe::ui::engineWords;
        QStringList left;
        // A refusal before the job starts: a test record no model trained on.
        auto refusal = [&](const QString &lang) {
            lethe::ui::installLanguage(lang);
            lethe::ui::MainWindow w;
            w.setQuiet(true);
            w.openProject(dir_);
            auto &lin = w.project()->lineage();
            w.basket()->clear();
            w.basket()->addRecords({lin.records("test").front().id}, QStringLiteral("test"));
            auto *panel = w.runPanel();
            panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("finetune")));
            [&] { QVERIFY(!panel->startForget()); }();
            return panel->stageLabel()->text();
        };
        const QString en_refusal = refusal(QStringLiteral("en")), de_refusal = refusal(QStringLiteral("de"));
        QVERIFY2(en_refusal.startsWith(QLatin1String("Not started: ")) && en_refusal.contains(QLatin1String("model")),
                 qPrintable(en_refusal));
        QVERIFY2(de_refusal.startsWith(QLatin1String("Nicht gestartet: ")) && !hasEnglishWord(de_refusal),
                 qPrintable(de_refusal));

        // A failed job: the lineage keeps its Message beside the CLI's English.
        auto project = lethe::Project::open(dir_.toStdString());
        auto &lin = project->lineage();
        {
            lethe::ForgetOptions fo;
            fo.selection.subjects = {"subj-00003"};
            fo.method = "finetune";
            fo.device = "cpu";
            auto cancel = std::make_shared<std::atomic<bool>>(true);
            lethe::RunControl rc;
            rc.cancel = cancel.get();
            QVERIFY_THROWS_EXCEPTION(lethe::Error, lethe::forget(*project, fo, rc));
        }
        const auto jobs = lin.jobs();
        const auto &failed = jobs.back();
        QVERIFY2(!failed.error_message.empty(), failed.error.c_str());
        lethe::ui::installLanguage(QStringLiteral("en"));
        QCOMPARE(engineWords(failed.error_message, failed.error), QString::fromStdString(failed.error));
        lethe::ui::installLanguage(QStringLiteral("de"));
        const QString de_error = engineWords(failed.error_message, failed.error);
        if (de_error == QString::fromStdString(failed.error) || hasEnglishWord(de_error))
            left << QStringLiteral("job error: ") + de_error;

        // The case timeline: every event, each a different template.
        const auto events = lethe::case_timeline(lin, lin.requests().front().id);
        QVERIFY(events.size() >= 4);
        for (const auto &e : events) {
            lethe::ui::installLanguage(QStringLiteral("en"));
            QCOMPARE(engineWords(e.message, e.text), QString::fromStdString(e.text));
            lethe::ui::installLanguage(QStringLiteral("de"));
            const QString de = engineWords(e.message, e.text);
            if (de == QString::fromStdString(e.text)) left << QStringLiteral("timeline: ") + de;
        }
        lethe::ui::installLanguage(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English left:\n  ") + left.join(QStringLiteral("\n  "))));
    }

    // engineWords: the translated template, filled in one pass; a decimal or a
    // date the engine wrote the local way, a quoted value as the file has it.
    void engineArgumentsReadTheLocalWay() {
        using lethe::ui::engineWords;
        const lethe::Message quoted = lethe::msg("%1:%2: column '%3' must be a number, not '%4'", "a.csv", 3, "x", "3.5");
        const lethe::Message bare = lethe::msg("deadline extended to %1: %2", "2027-01-04", "0.25 %2");
        lethe::ui::installLanguage(QStringLiteral("de"));
        const QString q = engineWords(quoted), b = engineWords(bare);
        lethe::ui::installLanguage(QStringLiteral("en"));
        QCOMPARE(q, QStringLiteral("a.csv:3: column 'x' must be a number, not '3.5'"));
        QVERIFY2(b.contains(QStringLiteral("04.01.2027")) && b.endsWith(QStringLiteral(": 0.25 %2")), qPrintable(b));
        QCOMPARE(engineWords(bare), QStringLiteral("deadline extended to 2027-01-04: 0.25 %2"));
    }

    // The run panel's question before a job deletes files says in English
    // what the engine's PurgePreview::text() says, for every kind of file.
    void purgeQuestionIsTheEngineText() {
        lethe::PurgePreview p;
        p.model_id = 3;
        QCOMPARE(lethe::ui::RunPanel::purgeWords(p), QString::fromStdString(p.text()));
        p.models = 1;
        QCOMPARE(lethe::ui::RunPanel::purgeWords(p), QString::fromStdString(p.text()));
        p.model_kind = lethe::ModelKind::Sisa;
        p.models = 3;
        p.checkpoints = 2;
        QCOMPARE(lethe::ui::RunPanel::purgeWords(p), QString::fromStdString(p.text()));
        p.update_logs = 1;
        p.reference_models = 4;
        QCOMPARE(lethe::ui::RunPanel::purgeWords(p), QString::fromStdString(p.text()));
        lethe::ui::installLanguage(QStringLiteral("de"));
        const QString de = lethe::ui::RunPanel::purgeWords(p);
        lethe::ui::installLanguage(QStringLiteral("en"));
        QVERIFY2(de != QString::fromStdString(p.text()) && !hasEnglishWord(de), qPrintable(de));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "test_ui_language.moc"
