// The bad-input corpus (issue 13), driven through the CLI as a user would:
// malformed and hostile readers' input, manifests, models, recipes, images,
// selections, method parameters and tampered projects. Each case asserts its
// exit status, that the one-line message names the file (or the name given)
// and the problem, that no LibTorch text reaches it, and, for a refusal,
// that the project is unchanged: the same logical database dump and the same
// files, hashed before and after (a refused import leaves no project). The
// real-world shapes that are valid CSV (a byte-order mark, ';', quotes,
// string keys) must import.
#include "../cli_run.h"
#include <QCryptographicHash>
#include <QDirIterator>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sqlite3.h>

#include "../engine/fixtures.h"

namespace fs = std::filesystem;

namespace {

void write_text(const std::string &path, const std::string &text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}
std::string read_bytes(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every table's rows, sorted, and the schema: what a refused command must
// leave as it was. The database file's bytes may change (SQLite checkpoints
// its log), its content may not. A file that is no database is its bytes.
QByteArray db_dump(const std::string &path) {
    QByteArray out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QByteArray::fromStdString(read_bytes(path));
    }
    std::vector<std::string> tables;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name", -1, &st, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return QByteArray::fromStdString(read_bytes(path));
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < 3; ++c) {
            const auto *t = sqlite3_column_text(st, c);
            out += t ? reinterpret_cast<const char *>(t) : "";
            out += '\x1f';
        }
        if (std::string(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) == "table")
            tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    for (const auto &t : tables) {
        QStringList rows;
        if (sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &st, nullptr) != SQLITE_OK) continue;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QByteArray row;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto *b = static_cast<const char *>(sqlite3_column_blob(st, c));
                row += QByteArray(b, sqlite3_column_bytes(st, c)).toHex() + ",";
            }
            rows << QString::fromLatin1(row);
        }
        sqlite3_finalize(st);
        rows.sort();
        out += QByteArray::fromStdString(t) + ":" + rows.join(QLatin1Char(';')).toLatin1() + "\n";
    }
    sqlite3_close(db);
    return out;
}

// The project's state: its database's content and every other file's path
// and bytes (SQLite's -wal and -shm side files aside).
QByteArray state_of(const std::string &project) {
    if (!fs::exists(project)) return "absent";
    QCryptographicHash h(QCryptographicHash::Sha256);
    std::vector<std::string> files;
    for (const auto &e : fs::recursive_directory_iterator(project)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const auto &f : files) {
        const std::string rel = fs::relative(f, project).string();
        if (rel.find("-wal") != std::string::npos || rel.find("-shm") != std::string::npos) continue;
        h.addData(QByteArray::fromStdString(rel));
        if (!fs::is_regular_file(f)) continue;
        h.addData(rel == "lineage.sqlite" ? db_dump(f) : QByteArray::fromStdString(read_bytes(f)));
    }
    return h.result().toHex();
}

// Where a case runs: a new project (a refused import must not leave one),
// the shared base project, or a copy of it that the case may tamper with.
enum class Target { NewProject, Base, Copy };

struct Case {
    std::string name;
    Target target = Target::NewProject;
    std::vector<std::string> args;    // {P} the project, {I} the inputs, {C} the case's folder
    int code = 2;                     // the exit status
    std::vector<std::string> phrases; // in the message, with the same placeholders
    std::function<void(const std::string &case_dir, const std::string &project)> setup;
};

const char *kModels = R"PY(
import sys, torch
nn = torch.nn
d = sys.argv[1]
torch.jit.script(nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 4))).save(d + '/wrong_shape.pt')
torch.jit.script(nn.Sequential(nn.Flatten(), nn.Linear(16 * 16, 4))).save(d + '/model.pt')
)PY";

} // namespace

class TestCorpus : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    std::string in, base;
    std::vector<Case> cases;

    lethe::test::CliRun lethe(const std::vector<std::string> &args) {
        QStringList a;
        for (const auto &s : args) a << QString::fromStdString(s);
        return lethe::test::run_cli(a, 120000);
    }
    std::string fill(std::string s, const std::string &p, const std::string &c) const {
        for (const auto &[k, v] : {std::pair<std::string, std::string>{"{P}", p}, {"{I}", in}, {"{C}", c}})
            for (size_t at; (at = s.find(k)) != std::string::npos;) s.replace(at, k.size(), v);
        return s;
    }
    void make_cases();

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void realWorldShapesImport();
};

void TestCorpus::initTestCase() {
    QVERIFY(tmp.isValid());
    qputenv("LETHE_LOG_DIR", tmp.filePath(QStringLiteral("logs")).toUtf8()); // not inside any project
    in = tmp.filePath(QStringLiteral("in")).toStdString();
    base = tmp.filePath(QStringLiteral("base")).toStdString();
    fs::create_directories(in);
    // 64 16x16 images of 4 classes, gzip and plain, with a manifest of string keys.
    const auto b = lethe::testing::planted_idx(64);
    lethe::testing::write_bytes(in + "/images.idx.gz", b.images, true);
    lethe::testing::write_bytes(in + "/labels.idx.gz", b.labels, true);
    lethe::testing::write_bytes(in + "/images.idx", b.images);
    lethe::testing::write_bytes(in + "/labels.idx", b.labels);
    std::string m = "record_id,subject,label,split,row\n";
    for (int i = 0; i < 64; ++i)
        m += "rec-" + std::to_string(1000 + i) + "," + (i < 48 ? "person-" + std::to_string(i % 8) : "") + "," +
             std::to_string(i % 4) + "," + (i < 48 ? "train" : "test") + "," + std::to_string(i) + "\n";
    write_text(in + "/manifest.csv", m);
    // A tabular file of the same 64 records.
    std::string csv = "record_id,f1,f2,colour,label\n";
    for (int i = 0; i < 64; ++i)
        csv += "rec-" + std::to_string(1000 + i) + "," + std::to_string(i % 7) + "," + std::to_string(i % 5) + "," +
               (i % 2 ? "red" : "blue") + "," + std::to_string(i % 4) + "\n";
    write_text(in + "/data.csv", csv);
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"), QString::fromUtf8(kModels), QString::fromStdString(in)});
    QVERIFY2(py.waitForFinished(60000), "python3-torch did not finish");
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    auto r = lethe({"import", "--project", base, "--manifest", in + "/manifest.csv", "--data", in + "/images.idx.gz",
                    "--labels", in + "/labels.idx.gz"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = lethe({"train", "--project", base, "--arch", "logreg", "--epochs", "1", "--device", "cpu"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    make_cases();
}

void TestCorpus::make_cases() {
    const std::vector<std::string> import_idx = {
        "import", "--project",         "{P}",      "--manifest",       "{C}/m.csv",
        "--data", "{I}/images.idx.gz", "--labels", "{I}/labels.idx.gz"};
    auto manifest_case = [&](const std::string &name, const std::string &text, std::vector<std::string> phrases) {
        Case c;
        c.name = "manifest: " + name;
        c.args = import_idx;
        c.phrases = std::move(phrases);
        c.setup = [text](const std::string &dir, const std::string &) { write_text(dir + "/m.csv", text); };
        cases.push_back(c);
    };
    const std::string h = "record_id,subject,label,split,row\n";
    manifest_case("no split column", "record_id,subject,label,row\na,s,0,0\n", {"{C}/m.csv", "no 'split' column"});
    manifest_case("quote not closed", h + "a,\"s,0,train,0\n", {"{C}/m.csv", "a quote is not closed"});
    manifest_case("ragged row", h + "a,s,0,train\n", {"{C}/m.csv", "line 2 has 4 fields, the header 5"});
    manifest_case("negative row", h + "a,s,0,train,-1\n", {"{C}/m.csv:2", "not a non-negative integer"});
    manifest_case("row outside the data", h + "a,s,0,train,64\n", {"{C}/m.csv:2", "row 64 is outside"});
    manifest_case("label differs", h + "a,s,1,train,0\n", {"{C}/m.csv:2", "differs from the data file's label 0"});
    manifest_case("duplicate key", h + "a,s,0,train,0\na,s,1,train,1\n", {"{C}/m.csv:3", "duplicate record_id 'a'"});
    manifest_case("row listed twice", h + "a,s,0,train,0\nb,s,0,train,0\n", {"{C}/m.csv:3", "row 0 listed twice"});
    manifest_case("unknown split", h + "a,s,0,training,0\n",
                  {"{C}/m.csv:2", "split must be train, test or population"});
    manifest_case("header only", h, {"{C}/m.csv", "no rows"});
    manifest_case("UTF-16", std::string("\xff\xfe", 2) + "r\0e\0", {"{C}/m.csv", "UTF-8"});
    manifest_case("key with a tab", h + "\"a\tb\",s,0,train,0\n", {"{C}/m.csv:2", "control character"});
    manifest_case("empty key", h + ",s,0,train,0\n", {"{C}/m.csv:2", "record_id is empty"});

    auto data_case = [&](const std::string &name, std::vector<std::string> args, std::vector<std::string> phrases,
                         std::function<void(const std::string &)> make, int code = 2) {
        Case c;
        c.name = "data: " + name;
        c.args = std::move(args);
        c.phrases = std::move(phrases);
        c.code = code;
        c.setup = [make, inputs = in](const std::string &dir, const std::string &) {
            write_text(dir + "/m.csv", read_bytes(inputs + "/manifest.csv"));
            make(dir);
        };
        cases.push_back(c);
    };
    auto idx_args = [](const std::string &images, const std::string &labels) {
        return std::vector<std::string>{"import", "--project", "{P}",      "--manifest", "{C}/m.csv",
                                        "--data", images,      "--labels", labels};
    };
    const auto idx = lethe::testing::planted_idx(64);
    data_case("IDX cut short", idx_args("{C}/i.idx", "{I}/labels.idx"), {"{C}/i.idx", "truncated IDX data"},
              [idx](const std::string &d) { write_text(d + "/i.idx", idx.images.substr(0, 900)); });
    data_case("IDX wrong magic", idx_args("{C}/i.idx", "{I}/labels.idx"), {"{C}/i.idx", "wrong magic"},
              [idx](const std::string &d) { write_text(d + "/i.idx", "\x01\x02" + idx.images.substr(2)); });
    data_case("gzip without its trailer", idx_args("{C}/i.idx.gz", "{I}/labels.idx.gz"),
              {"{C}/i.idx.gz", "gzip trailer is missing"}, [inputs = in](const std::string &d) {
                  const std::string gz = read_bytes(inputs + "/images.idx.gz");
                  write_text(d + "/i.idx.gz", gz.substr(0, gz.size() - 8));
              });
    data_case("gzip with a wrong CRC", idx_args("{C}/i.idx.gz", "{I}/labels.idx.gz"),
              {"{C}/i.idx.gz", "incorrect data check"}, [inputs = in](const std::string &d) {
                  std::string gz = read_bytes(inputs + "/images.idx.gz");
                  gz[gz.size() - 6] = char(gz[gz.size() - 6] ^ 0x55);
                  write_text(d + "/i.idx.gz", gz);
              });
    data_case("labels of another count", idx_args("{I}/images.idx", "{C}/l.idx"), {"{C}/l.idx", "holds 63 labels"},
              [idx](const std::string &d) {
                  std::string l = idx.labels.substr(0, idx.labels.size() - 1);
                  l[7] = 63;
                  write_text(d + "/l.idx", l);
              });
    data_case("data file missing", idx_args("{C}/nothing.idx", "{I}/labels.idx"), {"{C}/nothing.idx", "cannot be read"},
              [](const std::string &) {});
    const std::vector<std::string> csv_args = {"import",    "--project", "{P}",      "--manifest",
                                               "{C}/m.csv", "--data",    "{C}/d.csv"};
    data_case("CSV without a label column", csv_args, {"{C}/d.csv", "no 'label' column"},
              [](const std::string &d) { write_text(d + "/d.csv", "f1,f2\n1,2\n"); });
    data_case("CSV label not a class", csv_args, {"{C}/d.csv:2", "label must be an integer in 0..255"},
              [](const std::string &d) { write_text(d + "/d.csv", "f1,label\n1,cat\n"); });
    data_case("CSV missing value", csv_args, {"{C}/d.csv:3", "column 'f1' has no value", "--impute"},
              [](const std::string &d) { write_text(d + "/d.csv", "f1,label\n1,0\n,1\n"); });
    data_case("CSV free text", csv_args, {"{C}/d.csv", "column 'note'", "free-text"}, [](const std::string &d) {
        std::string t = "note,label\n";
        for (int i = 0; i < 1200; ++i) t += "text number " + std::to_string(i) + ",0\n";
        write_text(d + "/d.csv", t);
    });
    data_case(
        "a delimiter that is not one",
        {"import", "--project", "{P}", "--manifest", "{C}/m.csv", "--data", "{I}/data.csv", "--delimiter", "|"},
        {"--delimiter"}, [](const std::string &) {}, 1);

    // Models and recipes (into a new project, with the tabular or IDX data).
    auto model_case = [&](const std::string &name, std::vector<std::string> extra, std::vector<std::string> phrases,
                          std::function<void(const std::string &)> make, int code = 2) {
        std::vector<std::string> args = import_idx;
        args.insert(args.end(), extra.begin(), extra.end());
        data_case(name, args, std::move(phrases), std::move(make), code);
        cases.back().name = "model: " + name;
    };
    model_case("not a model", {"--model", "{C}/x.pt"}, {"{C}/x.pt", "not a TorchScript model"},
               [](const std::string &d) { write_text(d + "/x.pt", "PK\x03\x04 not a zip"); });
    model_case("another input shape", {"--model", "{I}/wrong_shape.pt"}, {"{I}/wrong_shape.pt", "forward fails"},
               [](const std::string &) {});
    model_case("recipe with an unknown key", {"--model", "{I}/model.pt", "--recipe", "{C}/r.json"},
               {"{C}/r.json", "unknown key 'nesterov'"}, [](const std::string &d) {
                   write_text(d + "/r.json", R"({"optimizer":"sgd","lr":0.1,"epochs":1,"batch_size":8,"nesterov":1})");
               });
    model_case("recipe with a negative rate", {"--model", "{I}/model.pt", "--recipe", "{C}/r.json"},
               {"{C}/r.json", "'lr' is -5"}, [](const std::string &d) {
                   write_text(d + "/r.json", R"({"optimizer":"sgd","lr":-5,"epochs":1,"batch_size":8})");
               });
    model_case("recipe that is not JSON", {"--model", "{I}/model.pt", "--recipe", "{C}/r.json"},
               {"{C}/r.json", "not JSON"}, [](const std::string &d) { write_text(d + "/r.json", "optimizer: sgd\n"); });
    model_case(
        "recipe without a model", {"--recipe", "{C}/r.json"}, {"--recipe", "--model"},
        [](const std::string &d) { write_text(d + "/r.json", "{}"); }, 1);

    // Image folders.
    auto image_case = [&](const std::string &name, const std::string &file, const std::string &bytes,
                          std::vector<std::string> phrases) {
        Case c;
        c.name = "images: " + name;
        c.args = {"import", "--project", "{P}", "--manifest", "{C}/m.csv", "--data", "{C}/imgs", "--format", "folder"};
        c.phrases = std::move(phrases);
        c.setup = [file, bytes](const std::string &d, const std::string &) {
            write_text(d + "/imgs/" + file, bytes);
            write_text(d + "/m.csv", "record_id,subject,label,split,file\na,s,0,train," + file + "\n");
        };
        cases.push_back(c);
    };
    image_case("not an image", "a.png", "hello", {"{C}/imgs/a.png", "not a PNG or JPEG image"});
    image_case("PNG cut short", "a.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
               {"{C}/imgs/a.png", "PNG image"});
    image_case("JPEG cut short", "a.jpg", std::string("\xff\xd8\xff\xe0\0\x10JFIF", 10),
               {"{C}/imgs/a.jpg", "JPEG image"});
    {
        Case c;
        c.name = "images: a path out of the folder";
        c.args = {"import", "--project", "{P}", "--manifest", "{C}/m.csv", "--data", "{C}/imgs", "--format", "folder"};
        c.phrases = {"{C}/m.csv:2", "leaves the data folder"};
        c.setup = [](const std::string &d, const std::string &) {
            fs::create_directories(d + "/imgs");
            write_text(d + "/m.csv", "record_id,subject,label,split,file\na,s,0,train,../../in/images.idx\n");
        };
        cases.push_back(c);
    }

    // On the base project: selections and method parameters, refused before a job exists.
    auto forget_case = [&](const std::string &name, std::vector<std::string> extra, std::vector<std::string> phrases,
                           int code = 2, std::function<void(const std::string &)> make = nullptr) {
        Case c;
        c.name = "forget: " + name;
        c.target = Target::Base;
        c.args = {"forget", "--project", "{P}", "--device", "cpu"};
        c.args.insert(c.args.end(), extra.begin(), extra.end());
        c.phrases = std::move(phrases);
        c.code = code;
        c.setup = [make](const std::string &d, const std::string &) {
            if (make) make(d);
        };
        cases.push_back(c);
    };
    forget_case("a negative learning rate", {"--subject", "person-1", "--method", "finetune", "--param", "lr=-5"},
                {"lr of finetune must be greater than 0, not -5"}, 1);
    forget_case("an unknown parameter", {"--subject", "person-1", "--method", "finetune", "--param", "speed=3"},
                {"has no parameter 'speed'"}, 1);
    forget_case("a parameter that is not a number",
                {"--subject", "person-1", "--method", "finetune", "--param", "lr=fast"}, {"takes a number, not 'fast'"},
                1);
    forget_case("an unknown method", {"--subject", "person-1", "--method", "forget-harder"}, {"forget-harder"}, 1);
    forget_case("an unknown subject", {"--subject", "nobody", "--method", "retrain"}, {"nobody"});
    forget_case("a records file of unknown keys", {"--records", "{C}/keys.txt", "--method", "retrain"},
                {"{C}/keys.txt:2", "'rec-9999' is not in the project"}, 2,
                [](const std::string &d) { write_text(d + "/keys.txt", "rec-1001\nrec-9999\n"); });
    forget_case("a records file that is missing", {"--records", "{C}/none.txt", "--method", "retrain"},
                {"{C}/none.txt", "cannot be read"});
    forget_case("a query that does not parse", {"--query", "label = = 3", "--method", "retrain"},
                {"query:", "got '3'"});
    forget_case("a query of no record", {"--query", "label = 9", "--method", "retrain"},
                {"the query 'label = 9' matches no record"});
    forget_case("every training record", {"--query", "split = 'train'", "--method", "retrain"},
                {"covers every training record"});
    forget_case("a model that does not exist", {"--subject", "person-1", "--method", "retrain", "--model", "999"},
                {"999"});

    // Tampered copies of the base project.
    auto tamper_case = [&](const std::string &name, std::vector<std::string> args, std::vector<std::string> phrases,
                           std::function<void(const std::string &)> tamper) {
        Case c;
        c.name = "tampered: " + name;
        c.target = Target::Copy;
        c.args = std::move(args);
        c.phrases = std::move(phrases);
        c.setup = [tamper](const std::string &, const std::string &p) { tamper(p); };
        cases.push_back(c);
    };
    auto exec_sql = [](const std::string &p, const std::string &sql) {
        sqlite3 *db = nullptr;
        sqlite3_open(p.c_str(), &db);
        sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
    };
    const std::vector<std::string> forget_args = {"forget",   "--project", "{P}",      "--subject", "person-2",
                                                  "--method", "retrain",   "--device", "cpu"};
    tamper_case("a trigger added", forget_args, {"{P}/lineage.sqlite", "trigger 'spy'", "did not create"},
                [exec_sql](const std::string &p) {
                    exec_sql(p + "/lineage.sqlite", "CREATE TRIGGER spy AFTER INSERT ON jobs BEGIN "
                                                    "DELETE FROM audit_log; END");
                });
    tamper_case("a view added", {"verify", "--project", "{P}"}, {"{P}/lineage.sqlite", "view 'v'"},
                [exec_sql](const std::string &p) {
                    exec_sql(p + "/lineage.sqlite", "CREATE VIEW v AS SELECT * FROM records");
                });
    tamper_case("a newer schema", {"verify", "--project", "{P}"}, {"{P}/lineage.sqlite", "newer than this Lethe"},
                [exec_sql](const std::string &p) {
                    exec_sql(p + "/lineage.sqlite", "UPDATE meta SET value='99' WHERE key='schema_version'");
                });
    tamper_case("a database that is not one", {"verify", "--project", "{P}"}, {"{P}/lineage.sqlite"},
                [](const std::string &p) {
                    fs::remove(p + "/lineage.sqlite-wal");
                    fs::remove(p + "/lineage.sqlite-shm");
                    write_text(p + "/lineage.sqlite", std::string(8192, 'x'));
                });
    tamper_case("data bytes changed", forget_args, {"{P}/data/images.idx.gz", "no longer match"},
                [](const std::string &p) {
                    auto b = lethe::testing::planted_idx(64);
                    b.images[16 + 256 * 3 + 5] = char(b.images[16 + 256 * 3 + 5] ^ 0x7f);
                    lethe::testing::write_bytes(p + "/data/images.idx.gz", b.images, true);
                });
    tamper_case("a model file changed", forget_args, {"SHA-256"}, [](const std::string &p) {
        for (const auto &e : fs::recursive_directory_iterator(p + "/checkpoints"))
            if (e.is_regular_file()) {
                std::ofstream(e.path(), std::ios::app) << "x";
                break;
            }
    });
    tamper_case("a dataset path out of the project", forget_args, {"../../in/images.idx.gz", "escapes the project"},
                [exec_sql](const std::string &p) {
                    exec_sql(p + "/lineage.sqlite", "UPDATE datasets SET uri='../../in/images.idx.gz'");
                });
}

void TestCorpus::corpus_data() {
    QTest::addColumn<int>("index");
    if (cases.empty()) make_cases();
    for (size_t i = 0; i < cases.size(); ++i) QTest::newRow(cases[i].name.c_str()) << int(i);
}

void TestCorpus::corpus() {
    QFETCH(int, index);
    const Case &c = cases[size_t(index)];
    const std::string dir = tmp.filePath(QStringLiteral("case%1").arg(index)).toStdString();
    fs::create_directories(dir);
    std::string project = dir + "/p";
    if (c.target == Target::Base) project = base;
    if (c.target == Target::Copy) fs::copy(base, project, fs::copy_options::recursive);
    c.setup(dir, project);
    const QByteArray before = state_of(project);
    std::vector<std::string> args;
    for (const auto &a : c.args) args.push_back(fill(a, project, dir));
    const auto r = lethe(args);
    const QString err = r.err.trimmed();
    QVERIFY2(r.code == c.code, qPrintable(QStringLiteral("exit %1, not %2: %3").arg(r.code).arg(c.code).arg(err)));
    for (const auto &p : c.phrases)
        QVERIFY2(err.contains(QString::fromStdString(fill(p, project, dir))),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(QString::fromStdString(fill(p, project, dir)), err)));
    QVERIFY2(!err.contains(QStringLiteral("frame #")) && !err.contains(QStringLiteral("c10::")), qPrintable(err));
    if (c.code == 2) QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one sentence, one line
    QCOMPARE(state_of(project), before);
}

// What Excel and real exports write is valid CSV and imports: a byte-order
// mark, ';' with CRLF, quoted cells with the delimiter, quotes and a line
// break, string keys; then a model trains and a subject given by key is
// forgotten and verified.
void TestCorpus::realWorldShapesImport() {
    const std::string dir = tmp.filePath(QStringLiteral("real")).toStdString();
    std::string m = "\xef\xbb\xbfrecord_id;subject;label;split;row\r\n";
    for (int i = 0; i < 64; ++i)
        m += "\"id-" + std::to_string(i) + "\";" +
             (i < 48 ? (i % 8 ? "\"Doe; Jane, \"\"J\"\"\"" : "\"line\r\nbreak\"") : "") + ";" + std::to_string(i % 4) +
             ";" + (i < 48 ? "train" : "test") + ";" + std::to_string(i) + "\r\n";
    write_text(dir + "/m.csv", m);
    const std::string p = dir + "/p";
    auto r = lethe({"import", "--project", p, "--manifest", dir + "/m.csv", "--data", in + "/images.idx.gz", "--labels",
                    in + "/labels.idx.gz", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json[QStringLiteral("subjects")].toInt(), 2);
    r = lethe({"train", "--project", p, "--arch", "logreg", "--epochs", "1", "--device", "cpu"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    write_text(dir + "/keys.txt", "id-1\nid-2\n");
    r = lethe({"forget", "--project", p, "--records", dir + "/keys.txt", "--method", "finetune", "--device", "cpu",
               "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const std::string job = std::to_string(r.json[QStringLiteral("job_id")].toInt());
    r = lethe({"verify", "--project", p, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A pseudonym with a comma in the per-record tables: the job's report is written.
    r = lethe({"report", "--project", p, "--job", job, "--out", dir + "/job.pdf"});
    QVERIFY2(r.code == 0 && fs::file_size(dir + "/job.pdf") > 10000, qPrintable(r.err));
    // The exported scores name the records by key, and such a file is a
    // --records file: the forget set of the job above, read back.
    r = lethe({"audit", "--project", p, "--job", job, "--scores-csv", dir + "/scores.csv", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const std::string scores = read_bytes(dir + "/scores.csv");
    QVERIFY2(scores.rfind("record_id,set,", 0) == 0 && scores.find(",record_key\n") != std::string::npos,
             scores.substr(0, 200).c_str());
    QVERIFY2(scores.find(",forget,") != std::string::npos && scores.find(",id-1\n") != std::string::npos,
             scores.substr(0, 400).c_str());
    r = lethe({"forget", "--project", p, "--records", dir + "/scores.csv", "--method", "retrain", "--device", "cpu"});
    // Read by key (the record_id column holds internal numbers, which are no
    // key here): every record of the table is found, and that is all of the
    // model's training records, which is refused.
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("covers every training record")), qPrintable(r.err));
    // The tabular file with a text column imports and trains too.
    r = lethe({"import", "--project", dir + "/t", "--manifest", in + "/manifest.csv", "--data", in + "/data.csv"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "test_corpus.moc"
