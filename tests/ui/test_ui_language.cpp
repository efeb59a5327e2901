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
#include <QGroupBox>
#include <QLabel>
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

#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "language.h"
#include "main_window.h"
#include "ui_fixture.h"

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
    }

    // Settings > Language > PDF reports: German while the workbench speaks
    // English. Export report then has lethe-report write it in German.
    void theReportFollowsItsOwnLanguage() {
        qputenv("LETHE_REPORT", QByteArray(LETHE_CLI_PATH).replace("/lethe", "/lethe-report"));
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
};

QTEST_MAIN(TestUiLanguage)
#include "test_ui_language.moc"
