// Dataset files and project paths: readers, record hashes, and every kind of
// bad input with its message, and nothing written.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/error.h"
#include "data/dataset_file.h"
#include "error_of.h"
#include "fixtures.h"
#include "jobs/operations.h"
#include "lineage/lineage.h"

using namespace lethe;
namespace fs = std::filesystem;

namespace {
using testing::error_of;
std::string path_in(const QTemporaryDir &t, const char *name) {
    return t.filePath(QString::fromUtf8(name)).toStdString();
}

// State of a project that must not change under a refused operation.
struct Snapshot {
    std::vector<std::string> files;
    int64_t log = 0, jobs = 0, models = 0;
    bool operator==(const Snapshot &o) const {
        return files == o.files && log == o.log && jobs == o.jobs && models == o.models;
    }
};
Snapshot snapshot(const std::string &project) {
    auto p = Project::open(project);
    Snapshot s;
    for (auto &f : testing::list_files(project))
        if (f.find("lineage.sqlite") == std::string::npos) s.files.push_back(f);
    s.log = int64_t(p->lineage().log_entries().size());
    s.jobs = int64_t(p->lineage().jobs().size());
    s.models = int64_t(p->lineage().models(true).size());
    return s;
}
} // namespace

class TestData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idxPlainAndGzipAgree();
    void truncatedIdx();
    void wrongMagic();
    void labelCountMismatch();
    void csvReader();
    void csvWithoutLabelColumn();
    void csvBadValue();
    void recordHashCoversLabel();
    void changedRecordBytesAreRefused();
    void pathEscapingProjectIsRefused();
    void manifestErrors();
    void gzipWithoutTrailerOrWithWrongCrc();
    void realWorldManifestImports();
    void demoPlantsCanaries();
    void demoDefaultsAreTheResourceFile();
};

void TestData::idxPlainAndGzipAgree() {
    QTemporaryDir t;
    const auto b = testing::planted_idx(10);
    testing::write_bytes(path_in(t, "i"), b.images);
    testing::write_bytes(path_in(t, "l"), b.labels);
    testing::write_bytes(path_in(t, "i.gz"), b.images, true);
    testing::write_bytes(path_in(t, "l.gz"), b.labels, true);
    const auto a = read_idx(path_in(t, "i"), path_in(t, "l"));
    const auto g = read_idx(path_in(t, "i.gz"), path_in(t, "l.gz"));
    QCOMPARE(a.n, int64_t(10));
    QCOMPARE(a.shape, (std::vector<int64_t>{1, 16, 16}));
    QCOMPARE(a.n_classes, 4);
    QVERIFY(a.u8 == g.u8);
    QVERIFY(a.labels == g.labels);
    QCOMPARE(a.labels[5], 1);
    // The first pixel of image 0 is the first data byte after the 16-byte header.
    QCOMPARE(int(a.u8[0]), int(uint8_t(b.images[16])));
    QCOMPARE(a.record_hash(3), g.record_hash(3));
    QVERIFY(a.record_hash(3) != a.record_hash(4));
}

void TestData::truncatedIdx() {
    QTemporaryDir t;
    const auto b = testing::planted_idx(10);
    testing::write_bytes(path_in(t, "i"), b.images.substr(0, b.images.size() - 7));
    testing::write_bytes(path_in(t, "l"), b.labels);
    ErrorCode code{};
    const QString msg = error_of([&] { read_idx(path_in(t, "i"), path_in(t, "l")); }, &code);
    QVERIFY2(msg.contains(QStringLiteral("truncated IDX data")) &&
                 msg.contains(QString::fromStdString(path_in(t, "i"))),
             qPrintable(msg));
    QCOMPARE(code, ErrorCode::BadInput);
    // A truncated gzip stream too.
    testing::write_bytes(path_in(t, "i.gz"), b.images, true);
    std::string gz;
    {
        std::ifstream in(path_in(t, "i.gz"), std::ios::binary);
        gz.assign(std::istreambuf_iterator<char>(in), {});
    }
    testing::write_bytes(path_in(t, "cut.gz"), gz.substr(0, gz.size() / 2));
    const QString msg2 = error_of([&] { read_idx(path_in(t, "cut.gz"), path_in(t, "l")); });
    QVERIFY2(msg2.contains(QString::fromStdString(path_in(t, "cut.gz"))) &&
                 (msg2.contains(QStringLiteral("truncated")) || msg2.contains(QStringLiteral("corrupt"))),
             qPrintable(msg2));
}

void TestData::wrongMagic() {
    QTemporaryDir t;
    auto b = testing::planted_idx(4);
    b.images[0] = 'P';
    testing::write_bytes(path_in(t, "i"), b.images);
    testing::write_bytes(path_in(t, "l"), b.labels);
    const QString msg = error_of([&] { read_idx(path_in(t, "i"), path_in(t, "l")); });
    QVERIFY2(msg.contains(QStringLiteral("wrong magic")), qPrintable(msg));
    // Labels given where images are expected: wrong number of dimensions.
    const QString msg2 = error_of([&] { read_idx(path_in(t, "l"), path_in(t, "l")); });
    QVERIFY2(msg2.contains(QStringLiteral("3 dimensions")), qPrintable(msg2));
}

void TestData::labelCountMismatch() {
    QTemporaryDir t;
    const auto b = testing::planted_idx(8), c = testing::planted_idx(6);
    testing::write_bytes(path_in(t, "i"), b.images);
    testing::write_bytes(path_in(t, "l"), c.labels);
    QVERIFY(error_of([&] { read_idx(path_in(t, "i"), path_in(t, "l")); }).contains(QStringLiteral("holds 6 labels")));
}

void TestData::csvReader() {
    QTemporaryDir t;
    testing::write_bytes(path_in(t, "d.csv"), "record_id,f1,label,f2,subject\n7,0.5,1,-2,alice\n8,1.5,0,3e1,bob\n");
    const auto d = read_csv(path_in(t, "d.csv"));
    QCOMPARE(d.data.n, int64_t(2));
    QCOMPARE(d.data.shape, (std::vector<int64_t>{2}));
    QCOMPARE(d.data.f32, (std::vector<float>{0.5f, -2.f, 1.5f, 30.f}));
    QCOMPARE(d.data.labels, (std::vector<int>{1, 0}));
    QCOMPARE(d.subjects, (std::vector<std::string>{"alice", "bob"}));
    QCOMPARE(d.record_ids, (std::vector<std::string>{"7", "8"}));
}

void TestData::csvWithoutLabelColumn() {
    QTemporaryDir t;
    testing::write_bytes(path_in(t, "d.csv"), "f1,f2,class\n1,2,0\n");
    ErrorCode code{};
    const QString msg = error_of([&] { read_csv(path_in(t, "d.csv")); }, &code);
    QVERIFY2(msg.contains(QStringLiteral("no 'label' column")) &&
                 msg.contains(QString::fromStdString(path_in(t, "d.csv"))),
             qPrintable(msg));
    QCOMPARE(code, ErrorCode::BadInput);
}

void TestData::csvBadValue() {
    QTemporaryDir t;
    testing::write_bytes(path_in(t, "d.csv"), "f1,label\n1,0\nnan,1\n");
    QVERIFY(error_of([&] { read_csv(path_in(t, "d.csv")); }).contains(QStringLiteral(":3: column 'f1'")));
    testing::write_bytes(path_in(t, "e.csv"), "f1,label\n1,0\n2\n");
    QVERIFY(
        error_of([&] { read_csv(path_in(t, "e.csv")); }).contains(QStringLiteral("line 3 has 1 fields, the header 2")));
}

void TestData::recordHashCoversLabel() {
    RawDataset r;
    r.shape = {2};
    r.is_u8 = true;
    r.u8 = {1, 2, 1, 2};
    r.labels = {0, 1};
    r.n = 2;
    QVERIFY(r.record_hash(0) != r.record_hash(1)); // same bytes, other label
}

void TestData::changedRecordBytesAreRefused() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 40, 8, /*gz=*/false);
    // Flip one pixel of record 5 (row 4) in the project's copy of the images.
    const std::string images = f.project + "/data/images.idx";
    std::string bytes;
    {
        std::ifstream in(images, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    bytes[16 + 4 * 256 + 10] ^= 0x55;
    testing::write_bytes(images, bytes);
    const auto before = snapshot(f.project);
    auto p = Project::open(f.project);
    ErrorCode code{};
    const QString msg = error_of([&] { train_model(*p, testing::small_config(), {}); }, &code);
    QVERIFY2(msg.contains(QString::fromStdString(images)) && msg.contains(QStringLiteral("record 5")) &&
                 msg.contains(QStringLiteral("no longer match")),
             qPrintable(msg));
    QCOMPARE(code, ErrorCode::BadInput);
    p.reset();
    QVERIFY(snapshot(f.project) == before);
}

void TestData::pathEscapingProjectIsRefused() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 20, 4);
    auto p = Project::open(f.project);
    ErrorCode code{};
    QString msg = error_of([&] { p->resolve("../manifest.csv"); }, &code);
    QVERIFY2(msg.contains(QStringLiteral("escapes the project folder")), qPrintable(msg));
    QCOMPARE(code, ErrorCode::BadInput);
    QVERIFY(error_of([&] { p->resolve("/etc/passwd"); }).contains(QStringLiteral("absolute path")));
    QVERIFY(error_of([&] { p->resolve("data/../../x"); }).contains(QStringLiteral("escapes")));
    // A link inside the project that leads out of it.
    fs::create_symlink(t.path().toStdString(), f.project + "/data/out");
    QVERIFY(error_of([&] { p->resolve("data/out/images.idx.gz"); }).contains(QStringLiteral("through a link")));
    QCOMPARE(QString::fromStdString(p->resolve("data/images.idx.gz")),
             QString::fromStdString(f.project + "/data/images.idx.gz"));
    // A dataset row pointing out of the project is refused when the data is read.
    {
        auto tx = p->lineage().begin();
        p->lineage().db().exec("UPDATE datasets SET uri='../images.idx.gz'");
        tx->commit();
    }
    const auto before = snapshot(f.project);
    msg = error_of([&] { train_model(*p, testing::small_config(), {}); });
    QVERIFY2(msg.contains(QStringLiteral("escapes the project folder")), qPrintable(msg));
    p.reset();
    QVERIFY(snapshot(f.project) == before);
}

void TestData::manifestErrors() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 20, 4);
    auto p = Project::open(f.project);
    const auto before = snapshot(f.project);
    ImportOptions io;
    io.data = f.dir + "/images.idx.gz";
    io.labels = f.dir + "/labels.idx.gz";
    io.manifest = f.dir + "/bad.csv";
    testing::write_bytes(io.manifest, "record_id,subject,label,split\n100,a,0,train\n");
    QVERIFY(error_of([&] { import_dataset(*p, io); }).contains(QStringLiteral("no 'row' column")));
    testing::write_bytes(io.manifest, "record_id,subject,label,split,row\n100,a,1,train,0\n");
    QVERIFY(error_of([&] { import_dataset(*p, io); }).contains(QStringLiteral("differs from the data file's label")));
    testing::write_bytes(io.manifest, "record_id,subject,label,split,row\n100,a,0,train,999\n");
    QVERIFY(error_of([&] { import_dataset(*p, io); }).contains(QStringLiteral("outside")));
    p.reset();
    QVERIFY(snapshot(f.project) == before);
}

// zlib's gzread accepts a member cut before its trailer; Lethe does not, nor
// a member whose CRC-32 does not match its content.
void TestData::gzipWithoutTrailerOrWithWrongCrc() {
    QTemporaryDir t;
    const auto b = testing::planted_idx(10);
    testing::write_bytes(path_in(t, "l"), b.labels);
    testing::write_bytes(path_in(t, "i.gz"), b.images, true);
    std::string gz;
    {
        std::ifstream in(path_in(t, "i.gz"), std::ios::binary);
        gz.assign(std::istreambuf_iterator<char>(in), {});
    }
    testing::write_bytes(path_in(t, "cut.gz"), gz.substr(0, gz.size() - 8));
    const QString cut = error_of([&] { read_idx(path_in(t, "cut.gz"), path_in(t, "l")); });
    QVERIFY2(cut.contains(QString::fromStdString(path_in(t, "cut.gz") + ": corrupt or truncated compressed data")) &&
                 cut.contains(QStringLiteral("the gzip trailer is missing")),
             qPrintable(cut));
    std::string crc = gz;
    crc[crc.size() - 8] = char(crc[crc.size() - 8] ^ 0x5a); // the CRC-32's first byte
    testing::write_bytes(path_in(t, "crc.gz"), crc);
    const QString bad = error_of([&] { read_idx(path_in(t, "crc.gz"), path_in(t, "l")); });
    QVERIFY2(bad.contains(QString::fromStdString(path_in(t, "crc.gz"))) && bad.contains(QStringLiteral("data check")),
             qPrintable(bad));
}

// The shapes Excel and real exports write are valid CSV and import: a UTF-8
// byte-order mark, ';' as the delimiter, CRLF, a quoted subject holding the
// delimiter, a comma, a quote and a line break, and string record ids. The
// keys are what --records files give.
void TestData::realWorldManifestImports() {
    QTemporaryDir t;
    const auto f = testing::make_project(t.path().toStdString(), 20, 4);
    auto p = Project::open(f.project);
    const auto b = testing::planted_idx(10);
    testing::write_bytes(f.dir + "/more.idx", b.images);
    testing::write_bytes(f.dir + "/more-labels.idx", b.labels);
    ImportOptions io;
    io.data = f.dir + "/more.idx";
    io.labels = f.dir + "/more-labels.idx";
    io.manifest = f.dir + "/excel.csv";
    std::string m = "\xEF\xBB\xBFrecord_id;subject;label;split;row\r\n";
    for (int i = 0; i < 4; ++i) {
        const std::string subject = i < 2 ? "\"Doe; Jane, \"\"JD\"\"\nBerlin\"" : "uuid-7f3a";
        m += "rec-0000" + std::to_string(i + 1) + ";" + subject + ";" + std::to_string(b.labels[size_t(8 + i)]) +
             ";train;" + std::to_string(i) + "\r\n";
    }
    testing::write_bytes(io.manifest, m);
    const int64_t before = p->lineage().count_records();
    const auto r = import_dataset(*p, io);
    QCOMPARE(r.records, int64_t(4));
    QCOMPARE(r.subjects, int64_t(2));
    QCOMPARE(p->lineage().count_records(), before + 4);
    const auto sid = p->lineage().subject_id("Doe; Jane, \"JD\"\nBerlin", false);
    QCOMPARE(int(p->lineage().record_ids_of_subject(sid).size()), 2);
    const auto ids = p->lineage().record_ids_by_key({"rec-00001", "rec-00004"});
    QCOMPARE(int(ids.size()), 2);
    QCOMPARE(p->lineage().record_key(ids.at("rec-00004")), std::string("rec-00004"));
    // Records made before keep their id as their key.
    QCOMPARE(p->lineage().record_key(1), std::string("1"));
    const std::string rf = f.dir + "/forget.txt";
    testing::write_bytes(rf, "# the subject's records\nrec-00004\n  rec-00001  \r\n");
    Selection sel;
    sel.records_file = rf;
    auto got = resolve_selection(*p, sel);
    QCOMPARE(got, (std::vector<int64_t>{std::min(ids.at("rec-00001"), ids.at("rec-00004")),
                                        std::max(ids.at("rec-00001"), ids.at("rec-00004"))}));
    testing::write_bytes(rf, "rec-00004\nrec-99999\n");
    QVERIFY(error_of([&] {
                resolve_selection(*p, sel);
            }).contains(QString::fromStdString(rf + ":2: record 'rec-99999' is not in the project")));
    // The same key again is refused, naming it.
    const auto snap = snapshot(f.project);
    testing::write_bytes(f.dir + "/again.idx", b.images);
    io.data = f.dir + "/again.idx";
    p.reset();
    p = Project::open(f.project);
    const QString dup = error_of([&] { import_dataset(*p, io); });
    QVERIFY2(dup.contains(QStringLiteral("already exist in the project (first: 'rec-00001')")), qPrintable(dup));
    p.reset();
    QVERIFY(snapshot(f.project) == snap);
}

// Canaries (DemoOptions::canary_subjects): each canary subject's records are
// the source's images inverted, under one label of the subject's own, in the
// project's copy of the data, which verify then checks as any other.
void TestData::demoPlantsCanaries() {
    QTemporaryDir t;
    DemoOptions d;
    d.project_dir = path_in(t, "demo");
    d.subset = 600;
    d.shards = d.slices = 1;
    d.epochs = 0.2;
    d.arch = "logreg";
    d.device = "cpu";
    d.canary_subjects = 3;
    d.canary_records = 10;
    d.canary_mark = "invert";
    const auto res = demo_init(d, {});
    QCOMPARE(res.canary_subjects, (std::vector<std::string>{"canary-001", "canary-002", "canary-003"}));
    QCOMPARE(res.records, int64_t(600 + 100));
    auto p = Project::open(d.project_dir);
    auto &lin = p->lineage();
    const auto src =
        read_idx(d.source_dir + "/train-images-idx3-ubyte.gz", d.source_dir + "/train-labels-idx1-ubyte.gz");
    const auto copy =
        read_idx(p->resolve("data/train-images-idx3-ubyte.gz"), p->resolve("data/train-labels-idx1-ubyte.gz"));
    const int64_t size = src.record_size();
    std::map<int64_t, RecordRow> by_id;
    for (const auto &r : lin.records()) by_id[r.id] = r;
    std::set<int64_t> canary_rows;
    for (const auto &name : res.canary_subjects) {
        const auto ids = lin.record_ids_of_subject(lin.subject_id(name, false));
        QCOMPARE(int(ids.size()), 10);
        std::set<int> labels;
        for (auto id : ids) {
            const auto &r = by_id.at(id);
            QCOMPARE(r.source, std::string("canary"));
            QCOMPARE(r.split, std::string("train"));
            labels.insert(r.label);
            QCOMPARE(copy.labels[size_t(r.row_index)], r.label);
            for (int64_t b = 0; b < size; ++b)
                QCOMPARE(int(copy.u8[size_t(r.row_index * size + b)]),
                         255 - int(src.u8[size_t(r.row_index * size + b)]));
            canary_rows.insert(r.row_index);
        }
        QCOMPARE(int(labels.size()), 1); // the subject's own class
    }
    int64_t others = 0;
    for (const auto &r : lin.records("train"))
        if (!canary_rows.count(r.row_index)) {
            QVERIFY(r.source != "canary");
            QVERIFY(std::equal(src.u8.begin() + r.row_index * size, src.u8.begin() + (r.row_index + 1) * size,
                               copy.u8.begin() + r.row_index * size));
            ++others;
        }
    QCOMPARE(others, int64_t(600 - 30));
    const auto v = verify_project(*p);
    QVERIFY2(v.ok, v.first_failure.c_str());
    // Near-copies (the default): groups of canary_copies records are one
    // inverted base image (the group's first record) plus noise of at most 24.
    DemoOptions nc = d;
    nc.project_dir = path_in(t, "near");
    nc.canary_mark = "near-copies";
    nc.canary_copies = 5;
    const auto rn = demo_init(nc, {});
    auto pn = Project::open(nc.project_dir);
    const auto cn =
        read_idx(pn->resolve("data/train-images-idx3-ubyte.gz"), pn->resolve("data/train-labels-idx1-ubyte.gz"));
    std::map<int64_t, RecordRow> rows_n;
    for (const auto &r : pn->lineage().records()) rows_n[r.id] = r;
    for (const auto &name : rn.canary_subjects) {
        const auto ids = pn->lineage().record_ids_of_subject(pn->lineage().subject_id(name, false));
        QCOMPARE(int(ids.size()), 10);
        // Which record is each group's base: the one equal to its source inverted.
        int bases = 0, copies = 0;
        for (auto id : ids) {
            const int64_t row = rows_n.at(id).row_index;
            bool inverted = true;
            for (int64_t b = 0; b < size && inverted; ++b)
                inverted = int(cn.u8[size_t(row * size + b)]) == 255 - int(src.u8[size_t(row * size + b)]);
            bases += inverted;
        }
        QCOMPARE(bases, 2); // 10 records in groups of 5
        for (auto id : ids)
            for (auto other : ids) {
                const int64_t a = rows_n.at(id).row_index, o = rows_n.at(other).row_index;
                int64_t maxdiff = 0;
                for (int64_t b = 0; b < size; ++b)
                    maxdiff = std::max<int64_t>(
                        maxdiff, std::abs(int(cn.u8[size_t(a * size + b)]) - int(cn.u8[size_t(o * size + b)])));
                copies += maxdiff <= 48; // two noisy copies of one base differ by at most 2 x 24
            }
        QVERIFY(copies >= 2 * 5 * 5); // each record is a near-copy of the 5 of its group (itself included)
    }
    DemoOptions too_many = d;
    too_many.project_dir = path_in(t, "demo2");
    too_many.canary_subjects = 40; // 400 of 600 images
    ErrorCode code = ErrorCode::Internal;
    QVERIFY(error_of([&] { demo_init(too_many, {}); }, &code).contains(QStringLiteral("at most half")));
    QCOMPARE(code, ErrorCode::Usage);
    QVERIFY(!fs::exists(too_many.project_dir)); // refused before anything is written
}

// The demo's configuration lives in resources/demo/demo.json, compiled into
// the engine: demo_defaults() is that file as it is on disk now (read here
// independently), the workbench's section applied for the workbench.
void TestData::demoDefaultsAreTheResourceFile() {
    std::ifstream in(std::string(LETHE_SOURCE_DIR) + "/resources/demo/demo.json");
    const auto j = nlohmann::json::parse(in);
    const auto d = lethe::demo_defaults();
    QCOMPARE(d.source_dir, j.at("source_dir").get<std::string>());
    QCOMPARE(d.subset, j.at("subset").get<int64_t>());
    QCOMPARE(d.shards, j.at("shards").get<int>());
    QCOMPARE(d.slices, j.at("slices").get<int>());
    QCOMPARE(d.epochs, j.at("epochs").get<double>());
    QCOMPARE(d.arch, j.at("arch").get<std::string>());
    QCOMPARE(d.canary_mark, j.at("canary_mark").get<std::string>());
    const auto w = lethe::demo_defaults(true);
    QCOMPARE(w.subset, j.at("workbench").at("subset").get<int64_t>());
    QCOMPARE(w.epochs, j.at("workbench").at("epochs").get<double>());
    QCOMPARE(w.shards, d.shards);
}

QTEST_GUILESS_MAIN(TestData)
#include "test_data.moc"
