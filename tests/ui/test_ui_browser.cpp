// Opening a project, searching subjects, paging records, the record detail,
// cases with deadlines, the selection basket, drag and drop.
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <QPushButton>

#include <set>

#include "cases_model.h"
#include "cases_panel.h"
#include "deadline_rule.h"
#include "lineage/browse.h"
#include "lineage_browser.h"
#include "main_window.h"
#include "project/project.h"
#include "record_detail.h"
#include "record_table_model.h"
#include "selection_basket.h"
#include "subject_list_model.h"
#include "ui_fixture.h"

using namespace lethe::ui;

class TstUiBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString dir_;
    lethe::DemoResult demo_;

private Q_SLOTS:
    void initTestCase() {
        lethe::test::isolate_settings();
        QSettings().clear();
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.filePath(QStringLiteral("proj"));
        demo_ = lethe::test::build_tiny_demo(dir_);
        QCOMPARE(demo_.records, 400); // 300 train + 100 test
    }

    void opensProjectAndRemembersIt() {
        MainWindow w;
        w.setQuiet(true);
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        QVERIFY(w.openProject(dir_));
        QCOMPARE(opened.count(), 1);
        QVERIFY(w.project() != nullptr);
        QCOMPARE(w.recentProjects().value(0), QDir(dir_).canonicalPath());
        QCOMPARE(w.cases()->model()->rowCount(), 1);
        QCOMPARE(w.cases()->currentRequest().case_ref, demo_.case_ref);
        QVERIFY(w.browser()->subjects()->rowCount() > 0);
        // The open case's subject is selected in the browser.
        QCOMPARE(w.browser()->currentSubject(), QString::fromStdString(demo_.request_subject));
    }

    void refusesAFolderThatIsNoProject() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(!w.openProject(tmp_.path()));
        QVERIFY2(w.lastError().contains(QStringLiteral("not a Lethe project")), qPrintable(w.lastError()));
        QVERIFY(w.project() == nullptr);
    }

    void opensADroppedFolder() {
        MainWindow w;
        w.setQuiet(true);
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir_)});
        // As a drag does it: enter (accepted only for a project folder), then drop.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(opened.count(), 1);
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(tmp_.path())}); // not a project: refused at enter
        QDragEnterEvent refuse(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refuse.setAccepted(false);
        QApplication::sendEvent(&w, &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    void searchesSubjects() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto *b = w.browser();
        const QString subject = QString::fromStdString(demo_.request_subject);
        b->setSearch(subject);
        QCOMPARE(b->subjects()->rowCount(), 1);
        QCOMPARE(b->subjects()->index(0).data(SubjectListModel::PseudonymRole).toString(), subject);
        b->setSearch(QStringLiteral("no-such-subject"));
        QCOMPARE(b->subjects()->rowCount(), 0);
        b->setSearch(QStringLiteral("%")); // LIKE wildcards are searched literally
        QCOMPARE(b->subjects()->rowCount(), 0);

        // Selecting it shows exactly its records, and the first record's detail.
        QVERIFY(b->selectSubject(subject));
        auto &lin = w.project()->lineage();
        const auto ids = lin.record_ids_of_subject(lin.subject_id(demo_.request_subject, false));
        QCOMPARE(b->records()->totalCount(), qint64(ids.size()));
        QCOMPARE(b->records()->rowCount(), int(ids.size()));
        for (int r = 0; r < b->records()->rowCount(); ++r) QCOMPARE(b->records()->recordAt(r).id, ids[size_t(r)]);
        QCOMPARE(b->detail()->recordId(), ids.front());
        // The image is decoded on the loader's thread; the pane says so meanwhile.
        QVERIFY(b->detail()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!b->detail()->isLoading(), 10000);
        const QImage img = b->detail()->image();
        QCOMPARE(img.size(), QSize(28, 28));
        QVERIFY(!img.allGray() || img.pixelColor(14, 14) != img.pixelColor(0, 0)); // not a blank image
        // Used in two runs (monolithic and SISA): the usage tree says so.
        auto *tree = b->detail()->usageTree();
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QVERIFY(tree->topLevelItem(1)->childCount() >= 1); // checkpoints that saw it
        QVERIFY(tree->topLevelItem(2)->childCount() >= 2); // models
    }

    void pagesRecordsWithKeysetQueries() {
        auto project = lethe::Project::open(dir_.toStdString());
        RecordTableModel m;
        m.setPageSize(50);
        m.setLineage(&project->lineage());
        QCOMPARE(m.totalCount(), qint64(400));
        QCOMPARE(m.rowCount(), 50); // only the first page
        QVERIFY(m.canFetchMore({}));
        m.fetchMore({});
        QCOMPARE(m.rowCount(), 100);
        while (m.canFetchMore({})) m.fetchMore({});
        QCOMPARE(m.rowCount(), 400);
        QCOMPARE(m.pagesFetched(), 8);
        for (int r = 1; r < m.rowCount(); ++r) QVERIFY(m.recordAt(r).id > m.recordAt(r - 1).id);
        m.fetchMore({}); // past the end: nothing
        QCOMPARE(m.rowCount(), 400);

        lethe::RecordFilter f;
        f.split = "test";
        m.setFilter(f);
        QCOMPARE(m.totalCount(), qint64(100));
        QCOMPARE(m.rowCount(), 50);
        while (m.canFetchMore({})) m.fetchMore({});
        QCOMPARE(m.rowCount(), 100);
        for (int r = 0; r < m.rowCount(); ++r) QCOMPARE(m.recordAt(r).split, std::string("test"));
    }

    void pagesSubjects() {
        auto project = lethe::Project::open(dir_.toStdString());
        SubjectListModel m;
        m.setPageSize(20);
        m.setLineage(&project->lineage());
        QCOMPARE(m.rowCount(), 20);
        while (m.canFetchMore({})) m.fetchMore({});
        QCOMPARE(qint64(m.rowCount()), project->lineage().count_subjects());
        qint64 total = 0;
        for (int r = 0; r < m.rowCount(); ++r) total += m.subjectAt(r).n_records;
        QCOMPARE(total, qint64(300)); // every training record has a subject
    }

    void computesDeadlines() {
        const DeadlineRule eu;
        QCOMPARE(eu.deadline(QDate(2025, 1, 31)), QDate(2025, 2, 28));
        QCOMPARE(eu.deadline(QDate(2025, 1, 31), true), QDate(2025, 4, 30));
        QVERIFY(eu.overdue(QDate(2025, 1, 10), QStringLiteral("open"), QDate(2025, 2, 11)));
        QVERIFY(!eu.overdue(QDate(2025, 1, 10), QStringLiteral("open"), QDate(2025, 2, 10)));
        QVERIFY(!eu.overdue(QDate(2025, 1, 10), QStringLiteral("answered"), QDate(2025, 6, 1)));
        DeadlineRule two = eu;
        two.months = 2;
        QCOMPARE(two.deadline(QDate(2025, 1, 10)), QDate(2025, 3, 10));
    }

    void createsCasesAndFlagsOverdue() {
        QTemporaryDir copy;
        const QString d = copy.filePath(QStringLiteral("p"));
        lethe::test::build_tiny_demo(d); // its own project: this test writes
        auto project = lethe::Project::open(d.toStdString());
        auto &lin = project->lineage();
        CasesPanel panel;
        panel.setLineage(&lin);
        lethe::RequestRow r;
        r.case_ref = "DPO-TEST-0002";
        r.subject_pseudonym = "subj-00002";
        r.received_at = "2025-01-10";
        r.ground = "Art. 17(1)(a): no longer necessary";
        const auto log_before = lin.log_entries().size();
        const qint64 id = panel.createCase(r);
        QVERIFY(id > 0);
        QCOMPARE(lin.log_entries().size(), log_before + 1);
        QCOMPARE(QString::fromStdString(lin.log_entries().back().action), QStringLiteral("request.opened"));
        auto *m = panel.model();
        QCOMPARE(m->rowCount(), 2);
        const int row = m->rowOfRequest(id);
        QCOMPARE(m->deadlineAt(row), QDate(2025, 2, 10));
        QCOMPARE(QString::fromStdString(lethe::request_by_id(lin, id)->deadline_at), QStringLiteral("2025-02-10"));
        m->setToday(QDate(2025, 2, 11));
        QVERIFY(m->overdueAt(row));
        QVERIFY(m->index(row, CasesModel::Deadline).data().toString().contains(QStringLiteral("overdue")));
        m->setToday(QDate(2025, 2, 1));
        QVERIFY(!m->overdueAt(row));
        // An edit is logged; the status is not the dialog's to set.
        auto edited = m->requestAt(row);
        edited.ground = "Art. 17(1)(b): consent withdrawn";
        panel.editCase(edited);
        QCOMPARE(QString::fromStdString(lin.log_entries().back().action), QStringLiteral("request.edited"));
        QCOMPARE(m->requestAt(m->rowOfRequest(id)).status, lethe::CaseStatus::Open);
        // Extension (Art. 12(3)): the deadline moves from the first one, at most two months in all.
        panel.extendCase(id, 1, QStringLiteral("complex request"));
        QCOMPARE(m->deadlineAt(m->rowOfRequest(id)), QDate(2025, 3, 10));
        QCOMPARE(QString::fromStdString(lin.log_entries().back().action), QStringLiteral("request.extended"));
        QVERIFY_THROWS_EXCEPTION(lethe::Error, panel.extendCase(id, 2, QStringLiteral("more")));
        // Closing: refused while findings are open (the subject's models are not handled) ...
        QVERIFY_THROWS_EXCEPTION(lethe::Error, panel.closeCase(id, QStringLiteral("done")));
        QCOMPARE(m->requestAt(m->rowOfRequest(id)).status, lethe::CaseStatus::Extended);
        // ... allowed with an override, whose reason is recorded; then the flag clears.
        panel.closeCase(id, QStringLiteral("answered by letter"), QStringLiteral("models retired, deletion pending"));
        const auto closed = m->requestAt(m->rowOfRequest(id));
        QCOMPARE(closed.status, lethe::CaseStatus::Answered);
        QCOMPARE(closed.override_reason, std::string("models retired, deletion pending"));
        QCOMPARE(QString::fromStdString(lin.log_entries().back().action), QStringLiteral("request.answered"));
        m->setToday(QDate(2025, 6, 1));
        QVERIFY(!m->overdueAt(m->rowOfRequest(id)));
        QVERIFY(!panel.closeButton()->isEnabled());
        // A subject that does not exist is refused, and nothing is written.
        r.case_ref = "DPO-TEST-0003";
        r.subject_pseudonym = "nobody";
        QVERIFY_THROWS_EXCEPTION(lethe::Error, panel.createCase(r));
        QCOMPARE(lin.requests().size(), size_t(2));
    }

    void fillsTheBasket() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(dir_));
        auto *basket = w.basket();
        QSignalSpy changed(basket, &SelectionBasket::changed);
        const QString subject = QString::fromStdString(demo_.request_subject);
        QVERIFY(w.browser()->selectSubject(subject));
        w.browser()->addCurrentSubjectToBasket();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(basket->count(), w.browser()->records()->totalCount());
        QVERIFY(basket->onlyWholeSubjects());
        QCOMPARE(basket->subjects(), QStringList{subject});
        // Rows in the basket are marked in the table.
        QCOMPARE(w.browser()->records()->index(0, RecordTableModel::InBasket).data().toString(), QStringLiteral("yes"));
        // By hand: no longer only whole subjects.
        basket->addRecords({1, 2, 3}, QStringLiteral("by hand"));
        QVERIFY(!basket->onlyWholeSubjects());
        QVERIFY(basket->records().count(2));
        basket->clear();
        QVERIFY(basket->isEmpty());
    }
};

QTEST_MAIN(TstUiBrowser)
#include "test_ui_browser.moc"
