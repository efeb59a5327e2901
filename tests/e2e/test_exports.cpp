// Minimisation (issue 17), from outside: what Lethe writes out of a project
// (the case report, the evidence bundle, the exported score tables) carries
// keys, pseudonyms, hashes and scores, never a forgotten record's raw bytes.
#include <QProcess>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "../engine/privacy_fixture.h"

using namespace lethe;
namespace fs = std::filesystem;

class TestExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Minimisation: what Lethe writes out (the case report, the evidence
    // bundle, the exported score tables) carries keys, pseudonyms, hashes
    // and scores, never a forgotten record's raw bytes. Each file is scanned
    // as bytes, PDFs with their streams uncompressed (qpdf) and the bundle
    // unpacked (tar).
    void exportsCarryNoRawRecord() {
        QTemporaryDir t;
        const std::string dir = t.path().toStdString();
        const auto c = testing::closed_case(dir + "/x");
        const auto raw = read_idx(c.f.project + "/data/images.idx.gz", c.f.project + "/data/labels.idx.gz");
        auto run = [](const QString &program, const QStringList &args) {
            QProcess pr;
            pr.start(program, args);
            pr.waitForFinished(300000);
            return std::pair{pr.exitCode(), pr.readAllStandardError()};
        };
        const QString proj = QString::fromStdString(c.f.project), out = QString::fromStdString(dir + "/out");
        fs::create_directories(dir + "/out/bundle");
        const QString cli = QStringLiteral(LETHE_CLI_PATH);
        for (const QStringList &args :
             {QStringList{QStringLiteral("report"), QStringLiteral("--project"), proj, QStringLiteral("--request"),
                          QString::number(c.request_id), QStringLiteral("--out"), out + QStringLiteral("/case.pdf")},
              QStringList{QStringLiteral("export-evidence"), QStringLiteral("--project"), proj,
                          QStringLiteral("--request"), QString::number(c.request_id), QStringLiteral("--out"),
                          out + QStringLiteral("/b.tar.gz")},
              QStringList{QStringLiteral("audit"), QStringLiteral("--project"), proj, QStringLiteral("--job"),
                          QString::number(c.job_id), QStringLiteral("--scores-csv"), out + QStringLiteral("/s.csv"),
                          QStringLiteral("--attack-scores-csv"), out + QStringLiteral("/a.csv")}}) {
            const auto [rc, err] = run(cli, args);
            QVERIFY2(rc == 0, err.constData());
        }
        auto [rc, err] = run(QStringLiteral("tar"), {QStringLiteral("xzf"), out + QStringLiteral("/b.tar.gz"),
                                                     QStringLiteral("-C"), out + QStringLiteral("/bundle")});
        QVERIFY2(rc == 0, err.constData());
        int pdfs = 0;
        for (const auto &e : fs::recursive_directory_iterator(dir + "/out"))
            if (e.is_regular_file() && e.path().extension() == ".pdf") {
                const QString in = QString::fromStdString(e.path().string());
                run(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), in,
                                             in + QStringLiteral(".qdf")});
                QVERIFY(fs::exists(e.path().string() + ".qdf"));
                ++pdfs;
            }
        QVERIFY(pdfs >= 2); // the case report, and its copy in the bundle
        int scanned = 0;
        for (const auto &e : fs::recursive_directory_iterator(dir + "/out")) {
            if (!e.is_regular_file()) continue;
            std::ifstream in(e.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), {});
            ++scanned;
            for (const auto r : c.rows) {
                // 48 bytes from the middle of the record: the planted noise makes them its own.
                const std::string window(reinterpret_cast<const char *>(raw.u8.data()) + r * raw.record_size() + 100,
                                         48);
                QVERIFY2(
                    bytes.find(window) == std::string::npos,
                    qPrintable(
                        QStringLiteral("%1 holds row %2's raw bytes").arg(QString::fromStdString(e.path())).arg(r)));
            }
        }
        QVERIFY(scanned >= 6);

        // After a redaction the bundle's case states it.
        auto [rrc, rerr] = run(cli, {QStringLiteral("requests"), QStringLiteral("redact"), QStringLiteral("--project"),
                                     proj, QStringLiteral("--request"), QString::number(c.request_id)});
        QVERIFY2(rrc == 0, rerr.constData());
        fs::create_directories(dir + "/after");
        const QString after = QString::fromStdString(dir + "/after");
        auto [erc, eerr] =
            run(cli, {QStringLiteral("export-evidence"), QStringLiteral("--project"), proj, QStringLiteral("--request"),
                      QString::number(c.request_id), QStringLiteral("--out"), after + QStringLiteral("/b.tar.gz")});
        QVERIFY2(erc == 0, eerr.constData());
        run(QStringLiteral("tar"),
            {QStringLiteral("xzf"), after + QStringLiteral("/b.tar.gz"), QStringLiteral("-C"), after});
        bool stated = false;
        for (const auto &e : fs::recursive_directory_iterator(dir + "/after"))
            if (e.path().filename() == "evidence.json") {
                std::ifstream in(e.path());
                const auto j = nlohmann::json::parse(in);
                stated = j.at("case").at("redaction").at("records").get<int64_t>() == 5;
            }
        QVERIFY(stated);
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "test_exports.moc"
