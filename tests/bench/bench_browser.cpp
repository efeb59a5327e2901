// bench_browser [--records N] [--runs K] [--keep DIR]: the lineage browser on a
// generated project of 1,000,000 records (no features: a dataset row only).
// Measures, median of K runs each:
//   open: MainWindow::openProject until the record table has its first rows
//         and has painted them (targets < 1 s);
//   find: searching one subject's pseudonym in the browser and selecting it
//         until its records are in the table and painted (target < 20 ms).
// Prints each number with its ratio to the target. Exit 0 unless --strict and
// a target is missed.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "lineage/browse.h"
#include "lineage_browser.h"
#include "main_window.h"
#include "project/project.h"
#include "record_table_model.h"
#include "subject_list_model.h"

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Subjects own a skewed number of records (as in the demo): subject k of S
// gets about N * (1/(k+1)) / H_S, at least one; the rest are subjectless.
std::vector<std::string> generate(const std::string &dir, int64_t n_records, int n_subjects) {
    auto project = lethe::Project::create(dir);
    auto &lin = project->lineage();
    auto tx = lin.begin();
    lethe::DatasetRow ds;
    ds.name = "bench-synthetic";
    ds.format = "csv";
    ds.uri = "data/bench.csv";
    ds.sha256 = std::string(64, '0');
    ds.n_records = n_records;
    ds.shape = {4};
    ds.n_classes = 10;
    const int64_t ds_id = lin.insert_dataset(ds);
    std::vector<int64_t> subject_ids;
    std::vector<std::string> names;
    char buf[32];
    for (int s = 0; s < n_subjects; ++s) {
        std::snprintf(buf, sizeof buf, "subj-%07d", s + 1);
        names.emplace_back(buf);
        subject_ids.push_back(lin.subject_id(buf, true));
    }
    double h = 0;
    for (int s = 0; s < n_subjects; ++s) h += 1.0 / (s + 1);
    std::vector<int64_t> owner; // subject of each record, shuffled below
    owner.reserve(size_t(n_records));
    for (int s = 0; s < n_subjects && int64_t(owner.size()) < n_records; ++s) {
        const int64_t k = std::max<int64_t>(1, int64_t(double(n_records) * 0.9 / (s + 1) / h));
        for (int64_t i = 0; i < k && int64_t(owner.size()) < n_records; ++i) owner.push_back(subject_ids[size_t(s)]);
    }
    while (int64_t(owner.size()) < n_records) owner.push_back(0);
    std::mt19937_64 rng(7);
    std::shuffle(owner.begin(), owner.end(), rng);
    const char *splits[] = {"train", "train", "train", "train", "train", "test", "population"};
    std::vector<lethe::RecordRow> rows;
    rows.reserve(50000);
    for (int64_t i = 0; i < n_records; ++i) {
        lethe::RecordRow r;
        r.id = i + 1;
        r.dataset_id = ds_id;
        r.row_index = i;
        if (owner[size_t(i)]) r.subject_id = owner[size_t(i)];
        r.label = int(rng() % 10);
        r.split = splits[rng() % 7];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng()));
        r.sha256 = std::string(buf) + std::string(buf) + std::string(buf) + std::string(buf);
        r.source = "bench";
        r.collected_at = "2025-01-01T00:00:00Z";
        rows.push_back(std::move(r));
        if (rows.size() == 50000) {
            lin.insert_records(rows);
            rows.clear();
        }
    }
    if (!rows.empty()) lin.insert_records(rows);
    tx->commit();
    return names;
}

void paint(QWidget *w) {
    w->repaint(); // synchronous: the rows are on screen when it returns
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LetheBench"));
    QApplication::setApplicationName(QStringLiteral("bench-browser"));
    int64_t n_records = 1000000;
    int runs = 7;
    bool strict = false;
    QString keep;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--records") && i + 1 < argc)
            n_records = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep") && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--strict"))
            strict = true;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.filePath(QStringLiteral("bench")) : keep;
    const int n_subjects = int(std::max<int64_t>(1, n_records / 10));
    std::vector<std::string> names;
    QElapsedTimer t;
    t.start();
    if (QFileInfo::exists(dir + QStringLiteral("/lineage.sqlite"))) {
        auto p = lethe::Project::open(dir.toStdString());
        for (const auto &s : lethe::subjects_page(p->lineage(), "", 0, n_subjects)) names.push_back(s.pseudonym);
        std::printf("reusing %s\n", qPrintable(dir));
    } else {
        names = generate(dir.toStdString(), n_records, n_subjects);
        std::printf("generated %lld records of %d subjects in %.1f s (%s)\n", static_cast<long long>(n_records),
                    n_subjects, double(t.elapsed()) / 1000.0, qPrintable(dir));
    }
    std::fflush(stdout);

    lethe::ui::MainWindow w;
    w.setQuiet(true);
    w.resize(1400, 860);
    w.show();
    QApplication::processEvents();

    std::vector<double> open_ms, find_ms;
    qint64 rows_shown = 0, total = 0;
    for (int r = 0; r < runs; ++r) {
        w.closeProject();
        QApplication::processEvents();
        t.restart();
        if (!w.openProject(dir)) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(w.lastError()));
            return 2;
        }
        auto *records = w.browser()->records();
        paint(w.browser()->recordView()->viewport());
        open_ms.push_back(double(t.nsecsElapsed()) / 1e6);
        rows_shown = records->rowCount();
        total = records->totalCount();
        if (rows_shown <= 0) {
            std::fprintf(stderr, "no rows shown after open\n");
            return 2;
        }
    }
    // Subjects spread over the id range: big owners, middle and the tail.
    std::mt19937 pick(11);
    std::vector<qint64> found_counts;
    for (int r = 0; r < runs; ++r) {
        const std::string &who = names[size_t(r == 0 ? 0 : pick() % names.size())];
        const QString pseudonym = QString::fromStdString(who);
        QApplication::processEvents();
        t.restart();
        w.browser()->setSearch(pseudonym);
        const double t_search = double(t.nsecsElapsed()) / 1e6;
        if (!w.browser()->selectSubject(pseudonym)) {
            std::fprintf(stderr, "subject %s not found\n", who.c_str());
            return 2;
        }
        const double t_select = double(t.nsecsElapsed()) / 1e6;
        paint(w.browser()->recordView()->viewport());
        find_ms.push_back(double(t.nsecsElapsed()) / 1e6);
        std::printf("  find %s: search %.2f ms, select + records %.2f ms, paint %.2f ms\n", who.c_str(), t_search,
                    t_select - t_search, find_ms.back() - t_select);
        found_counts.push_back(w.browser()->records()->totalCount());
        if (w.browser()->records()->rowCount() <= 0) {
            std::fprintf(stderr, "no rows shown for %s\n", who.c_str());
            return 2;
        }
    }
    const double open_med = median(open_ms), find_med = median(find_ms);
    std::printf("records %lld, subjects %d, first page %lld rows of %lld\n", static_cast<long long>(n_records),
                n_subjects, static_cast<long long>(rows_shown), static_cast<long long>(total));
    std::printf("open runs (ms):");
    for (double v : open_ms) std::printf(" %.1f", v);
    std::printf("\nfind runs (ms):");
    for (size_t i = 0; i < find_ms.size(); ++i)
        std::printf(" %.2f (%lld rec)", find_ms[i], static_cast<long long>(found_counts[i]));
    std::printf("\nopen: median %.1f ms, target 1000 ms, ratio %.3f\n", open_med, open_med / 1000.0);
    std::printf("find: median %.2f ms, target 20 ms, ratio %.3f\n", find_med, find_med / 20.0);
    const bool ok = open_med < 1000.0 && find_med < 20.0;
    std::printf("%s\n", ok ? "PASS: both under target" : "MISS: a target was missed");
    return strict && !ok ? 1 : 0;
}
