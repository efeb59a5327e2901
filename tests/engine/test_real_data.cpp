// Real data in (issue 13): tabular CSV with text-coded and numeric columns
// (one-hot, standardised, missing values refused or imputed), checked
// against hand computations; a tabular case end to end on scikit-learn's
// wine data written to CSV by Debian's python3-sklearn; image folders of PNG
// and JPEG files, whose record hashes are over the decoded pixels, and every
// bad image refused by name with the project unchanged.
#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <png.h>
#include <turbojpeg.h>

#include "core/error.h"
#include "data/dataset_file.h"
#include "data/image_folder.h"
#include "error_of.h"
#include "fixtures.h"

using namespace lethe;
namespace fs = std::filesystem;
using testing::error_of;

namespace {

void write_text(const std::string &path, const std::string &text) { std::ofstream(path, std::ios::binary) << text; }

// 8-bit grey or RGB pixels (row-major, interleaved) to a PNG file, by libpng.
void write_png(const std::string &path, int w, int h, int channels, const std::vector<uint8_t> &hwc,
               bool alpha = false) {
    png_image img;
    std::memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = png_uint_32(w);
    img.height = png_uint_32(h);
    img.format = alpha ? PNG_FORMAT_GA : channels == 3 ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
    QVERIFY(png_image_write_to_file(&img, path.c_str(), 0, hwc.data(), 0, nullptr));
}

void write_jpeg(const std::string &path, int w, int h, const std::vector<uint8_t> &grey) {
    tjhandle t = tjInitCompress();
    unsigned char *buf = nullptr;
    unsigned long size = 0;
    QCOMPARE(tjCompress2(t, grey.data(), w, 0, h, TJPF_GRAY, &buf, &size, TJSAMP_GRAY, 100, TJFLAG_ACCURATEDCT), 0);
    write_text(path, std::string(reinterpret_cast<const char *>(buf), size));
    tjFree(buf);
    tjDestroy(t);
}

// A 16x16 grey pattern of class c (a bar at a class-dependent place) with
// per-image noise.
std::vector<uint8_t> pattern(int c, int i) {
    std::vector<uint8_t> px(256);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) {
            const bool on = (c % 2 == 0 ? x : y) / 4 == c / 2 + 1;
            px[size_t(y * 16 + x)] = uint8_t((on ? 200 : 30) + (x * 7 + y * 3 + i * 11) % 23);
        }
    return px;
}

std::string sha256_of(const std::vector<uint8_t> &bytes, int label) {
    QByteArray b(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    b.append(char(label));
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex().toStdString();
}

// The wine data as CSV, with a text-coded column (the hue, binned into
// words) and two missing values; its manifest gives each record a string
// key and one of 30 subjects.
const char *kWine = R"PY(
import sys
from sklearn.datasets import load_wine
d = sys.argv[1]
w = load_wine()
names = [n.replace('/', '_') for n in w.feature_names]
with open(d + '/wine.csv', 'w') as f:
    f.write('record_id;' + ';'.join(names) + ';hue_word;label\n')
    for i, (x, y) in enumerate(zip(w.data, w.target)):
        cells = [repr(float(v)) for v in x]
        if i in (7, 90):
            cells[1] = 'NA'
        hue = x[names.index('hue')]
        word = 'pale' if hue < 0.8 else ('medium' if hue < 1.1 else 'deep')
        f.write('wine-%03d;' % i + ';'.join(cells) + ';' + word + ';' + str(int(y)) + '\n')
with open(d + '/wine-manifest.csv', 'w') as f:
    f.write('record_id,subject,label,split,row\n')
    for i, y in enumerate(w.target):
        split = 'test' if i % 4 == 0 else 'train'
        subject = 'vineyard-%02d' % (i % 30) if split == 'train' else ''
        f.write('wine-%03d,%s,%d,%s,%d\n' % (i, subject, int(y), split, i))
)PY";

} // namespace

class TestRealData : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    std::string dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp.isValid());
        dir = tmp.path().toStdString();
    }

    // One-hot over the sorted vocabulary, (x - mean) / sd with the
    // population sd, both by hand.
    void encodesTextAndStandardisesNumbers() {
        const std::string csv = dir + "/enc.csv";
        write_text(csv, "record_id;colour;age;label\r\n"
                        "a;red;10;0\r\n"
                        "b;blue;20;1\r\n"
                        "c;\"green; light\";30;0\r\n"
                        "d;red;40;1\r\n");
        const auto spec = infer_tabular_spec(csv, {});
        QCOMPARE(spec.at("delimiter").get<std::string>(), std::string(";"));
        const auto &f = spec.at("features");
        QCOMPARE(f.size(), size_t(2));
        QCOMPARE(f[0].at("kind").get<std::string>(), std::string("categorical"));
        QCOMPARE(f[0].at("vocabulary").get<std::vector<std::string>>(),
                 (std::vector<std::string>{"blue", "green; light", "red"}));
        QCOMPARE(f[1].at("kind").get<std::string>(), std::string("numeric"));
        QCOMPARE(f[1].at("mean").get<double>(), 25.0);
        QVERIFY(std::abs(f[1].at("sd").get<double>() - std::sqrt(125.0)) < 1e-12);
        const auto d = read_csv(csv, spec).data;
        QCOMPARE(d.shape, (std::vector<int64_t>{4}));
        QCOMPARE(d.n, int64_t(4));
        const float z = float(-15.0 / std::sqrt(125.0));
        QCOMPARE(std::vector<float>(d.f32.begin(), d.f32.begin() + 4), (std::vector<float>{0, 0, 1, z}));
        QCOMPARE(std::vector<float>(d.f32.begin() + 8, d.f32.begin() + 11), (std::vector<float>{0, 1, 0}));
        QCOMPARE(d.labels, (std::vector<int>{0, 1, 0, 1}));
        // A name twice in the header is refused; the sd of values far from 0 keeps its digits.
        write_text(dir + "/twice.csv", "x,x,label\n1,2,0\n");
        QVERIFY(
            error_of([&] { infer_tabular_spec(dir + "/twice.csv", {}); }).contains(QStringLiteral("appears twice")));
        write_text(dir + "/far.csv", "t,label\n1700000000,0\n1700000100,1\n1700000200,0\n");
        const double sd_far = infer_tabular_spec(dir + "/far.csv", {}).at("features")[0].at("sd").get<double>();
        QVERIFY2(std::abs(sd_far - std::sqrt(20000.0 / 3.0)) < 1e-6, qPrintable(QString::number(sd_far, 'g', 17)));
        // Without standardising, numbers are as in the file.
        TabularOptions raw;
        raw.standardize = false;
        QCOMPARE(read_csv(csv, infer_tabular_spec(csv, raw)).data.f32[3], 10.0f);
    }

    void missingValuesAreRefusedOrImputed() {
        const std::string csv = dir + "/miss.csv";
        write_text(csv, "colour,age,label\nred,10,0\n,20,1\nred,NA,0\nblue,30,1\n");
        ErrorCode code{};
        const QString msg = error_of([&] { infer_tabular_spec(csv, {}); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(msg.startsWith(QString::fromStdString(csv + ":3: column 'colour' has no value")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("--impute")), qPrintable(msg));
        TabularOptions o;
        o.impute = true;
        o.standardize = false;
        const auto spec = infer_tabular_spec(csv, o);
        QCOMPARE(spec.at("features")[0].at("fill").get<std::string>(), std::string("red")); // most frequent
        QCOMPARE(spec.at("features")[1].at("fill").get<double>(), 20.0);                    // mean of 10, 20, 30
        const auto d = read_csv(csv, spec).data;
        // Row 2 (line 3): colour filled with red = [0, 1]; row 3: age filled with 20.
        QCOMPARE(std::vector<float>(d.f32.begin() + 3, d.f32.begin() + 6), (std::vector<float>{0, 1, 20}));
        QCOMPARE(d.f32[8], 20.0f);
    }

    // A given delimiter wins over detection: this header has as many commas
    // as semicolons, and only ';' makes it a table with a label column.
    void delimiterGivenOrDetected() {
        const std::string csv = dir + "/delim.csv";
        write_text(csv, "a,b;label;x,y\n1;0;2\n3;1;4\n");
        // Read with ',' the rows are ragged against the header: refused, naming the file.
        QVERIFY(error_of([&] { infer_tabular_spec(csv, {}); }).contains(QString::fromStdString(csv)));
        TabularOptions o;
        o.delimiter = ';';
        const auto spec = infer_tabular_spec(csv, o);
        QCOMPARE(spec.at("features")[0].at("column").get<std::string>(), std::string("a,b"));
        QCOMPARE(read_csv(csv, spec).data.n, int64_t(2));
    }

    // A second CSV of the project is encoded with the first one's spec: a
    // category the first never had is refused by line and column, with the
    // project unchanged; a known one imports with the same width.
    void secondFileUsesTheProjectsEncoding() {
        const std::string train = dir + "/t1.csv", more = dir + "/t2.csv", bad = dir + "/t3.csv";
        write_text(train, "colour,age,label\nred,10,0\nblue,20,1\nred,30,0\nblue,40,1\n");
        write_text(dir + "/m1.csv", "record_id,subject,label,split,row\nk1,a,0,train,0\nk2,a,1,train,1\n"
                                    "k3,b,0,train,2\nk4,b,1,train,3\n");
        write_text(more, "colour,age,label\nblue,50,1\n");
        write_text(bad, "colour,age,label\npurple,50,1\n");
        write_text(dir + "/m2.csv", "record_id,subject,label,split,row\nk5,,1,test,0\n");
        const std::string pdir = dir + "/two";
        {
            auto p = Project::create(pdir);
            ImportOptions io;
            io.manifest = dir + "/m1.csv";
            io.data = train;
            import_dataset(*p, io);
        }
        const auto before = testing::list_files(pdir);
        auto p = Project::open(pdir);
        ImportOptions io;
        io.manifest = dir + "/m2.csv";
        io.data = bad;
        const QString msg = error_of([&] { import_dataset(*p, io); });
        QVERIFY2(msg.contains(QString::fromStdString(bad + ":2: column 'colour' has 'purple'")), qPrintable(msg));
        QCOMPARE(p->lineage().datasets().size(), size_t(1));
        QCOMPARE(testing::list_files(pdir), before);
        io.data = more;
        import_dataset(*p, io);
        const auto ds = p->lineage().datasets();
        QCOMPARE(ds.size(), size_t(2));
        QCOMPARE(ds[1].shape, ds[0].shape);
        QCOMPARE(ds[1].spec.at("features"), ds[0].spec.at("features"));
    }

    // The tabular demo case: wine, through python3-sklearn, imported with
    // imputation, a model trained, a subject forgotten exactly, verified.
    void wineEndToEnd() {
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kWine), QString::fromStdString(dir)});
        QVERIFY2(py.waitForFinished(60000), "python3-sklearn did not finish");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        auto p = Project::create(dir + "/wine");
        ImportOptions io;
        io.manifest = dir + "/wine-manifest.csv";
        io.data = dir + "/wine.csv";
        ErrorCode code{};
        const QString msg = error_of([&] { import_dataset(*p, io); }, &code);
        QVERIFY2(msg.contains(QStringLiteral(":9: column 'malic_acid' has no value ('NA')")), qPrintable(msg));
        io.impute = true;
        const auto r = import_dataset(*p, io);
        QCOMPARE(r.records, int64_t(178));
        QCOMPARE(r.subjects, int64_t(30));
        QCOMPARE(p->lineage().datasets()[0].shape, (std::vector<int64_t>{13 + 3}));
        auto cfg = testing::small_config("mlp");
        cfg.epochs = 30;
        cfg.batch_size = 16;
        const auto tr = train_model(*p, cfg, {});
        QVERIFY2(tr.test_accuracy > 0.85, qPrintable(QString::number(tr.test_accuracy)));
        ForgetOptions f;
        f.selection.records_file = dir + "/wine-keys.txt";
        write_text(f.selection.records_file, "# a subject's wines, by key\nwine-001\nwine-031\nwine-061\n");
        f.method = "retrain";
        f.model_id = tr.model_id;
        f.device = "cpu";
        const auto fr = forget(*p, f, {});
        QVERIFY(fr.after_audit_id.has_value());
        const auto job_records = p->lineage().job_records(fr.job_id);
        QCOMPARE(job_records.size(), size_t(3));
        QVERIFY(verify_project(*p).ok);
    }

    // PNG and JPEG files: decoded pixels equal the written ones (PNG) or
    // within JPEG's rounding at quality 100; each record's hash is the
    // SHA-256 of its pixels and label, computed here; a model trains on the
    // folder and a subject is forgotten.
    void imageFolderImports() {
        const std::string src = dir + "/images";
        fs::create_directories(src + "/cls");
        std::string manifest = "record_id,subject,label,split,file\n";
        std::vector<std::vector<uint8_t>> pixels;
        for (int i = 0; i < 48; ++i) {
            const int c = i % 4;
            pixels.push_back(pattern(c, i));
            const std::string name = "cls/img" + std::to_string(i) + (i % 8 == 7 ? ".jpg" : ".png");
            if (i % 8 == 7)
                write_jpeg(src + "/" + name, 16, 16, pixels.back());
            else
                write_png(src + "/" + name, 16, 16, 1, pixels.back());
            manifest += "img-" + std::to_string(i) + "," + (i < 36 ? "owner" + std::to_string(i % 6) : "") + "," +
                        std::to_string(c) + "," + (i < 36 ? "train" : "test") + "," + name + "\n";
        }
        write_text(src + "/unlisted.png", "not even an image: never read, never copied");
        write_text(dir + "/img-manifest.csv", manifest);
        auto p = Project::create(dir + "/imgproj");
        ImportOptions io;
        io.manifest = dir + "/img-manifest.csv";
        io.data = src + "/";
        const auto r = import_dataset(*p, io);
        QCOMPARE(r.records, int64_t(48));
        const auto ds = p->lineage().datasets().at(0);
        QCOMPARE(ds.format, std::string("folder"));
        QCOMPARE(ds.shape, (std::vector<int64_t>{1, 16, 16}));
        QVERIFY(!fs::exists(p->resolve("data/images/unlisted.png")));
        const RawDataset raw = read_image_folder(p->resolve(ds.uri), ds.spec);
        const auto records = p->lineage().records();
        for (int i = 0; i < 48; ++i) {
            const std::vector<uint8_t> got(raw.u8.begin() + i * 256, raw.u8.begin() + (i + 1) * 256);
            if (i % 8 == 7) {
                int worst = 0;
                for (size_t j = 0; j < 256; ++j)
                    worst = std::max(worst, std::abs(int(got[j]) - int(pixels[size_t(i)][j])));
                QVERIFY2(worst <= 2, qPrintable(QStringLiteral("jpeg %1 off by %2").arg(i).arg(worst)));
            } else {
                QCOMPARE(got, pixels[size_t(i)]);
            }
            QCOMPARE(records[size_t(i)].sha256, sha256_of(got, i % 4));
        }
        auto cfg = testing::small_config("logreg");
        cfg.epochs = 20;
        cfg.batch_size = 8;
        const auto tr = train_model(*p, cfg, {});
        QVERIFY2(tr.test_accuracy > 0.9, qPrintable(QString::number(tr.test_accuracy)));
        ForgetOptions f;
        f.selection.subjects = {"owner2"};
        f.method = "retrain";
        f.model_id = tr.model_id;
        f.device = "cpu";
        f.audit = false;
        forget(*p, f, {});
        QVERIFY(verify_project(*p).ok);
        // A changed pixel no longer matches its record's hash.
        write_png(p->resolve("data/images/cls/img0.png"), 16, 16, 1, pattern(0, 1));
        bool refused = false;
        try {
            refused = !verify_project(*p).ok;
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void badImages_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("wrong size") << QStringLiteral("size")
                                    << QStringLiteral("is 20x16 pixels; the dataset's images are 16x16");
        QTest::newRow("colour mode") << QStringLiteral("rgb")
                                     << QStringLiteral("the image is RGB; the dataset's images are grey");
        QTest::newRow("alpha") << QStringLiteral("alpha") << QStringLiteral("alpha channel");
        QTest::newRow("truncated png") << QStringLiteral("cutpng") << QStringLiteral("PNG image");
        QTest::newRow("truncated jpeg") << QStringLiteral("cutjpg") << QStringLiteral("corrupt or truncated JPEG");
        QTest::newRow("not an image") << QStringLiteral("text") << QStringLiteral("not a PNG or JPEG image");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("cannot");
        QTest::newRow("escapes") << QStringLiteral("escape") << QStringLiteral("leaves the data folder");
        QTest::newRow("link out") << QStringLiteral("link")
                                  << QStringLiteral("leads out of the data folder through a link");
    }
    void badImages() {
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        const std::string k = kind.toStdString();
        const std::string src = dir + "/bad-" + k;
        fs::create_directories(src);
        std::string manifest = "record_id,subject,label,split,file\n";
        for (int i = 0; i < 4; ++i) {
            write_png(src + "/ok" + std::to_string(i) + ".png", 16, 16, 1, pattern(i, i));
            manifest +=
                "r" + std::to_string(i) + ",s," + std::to_string(i) + ",train,ok" + std::to_string(i) + ".png\n";
        }
        std::string bad = src + "/bad.png";
        if (k == "size") {
            write_png(bad, 20, 16, 1, std::vector<uint8_t>(320, 9));
        } else if (k == "rgb") {
            write_png(bad, 16, 16, 3, std::vector<uint8_t>(768, 9));
        } else if (k == "alpha") {
            write_png(bad, 16, 16, 1, std::vector<uint8_t>(512, 9), true);
        } else if (k == "cutpng" || k == "cutjpg") {
            if (k == "cutjpg") bad = src + "/bad.jpg";
            k == "cutpng" ? write_png(bad, 16, 16, 1, pattern(1, 5)) : write_jpeg(bad, 16, 16, pattern(1, 5));
            fs::resize_file(bad, fs::file_size(bad) * 2 / 3);
        } else if (k == "text") {
            write_text(bad, "hello\n");
        } else if (k == "link") {
            write_png(src + "-outside.png", 16, 16, 1, pattern(1, 5)); // a valid image, outside the folder
            fs::create_symlink(src + "-outside.png", bad);
        }
        std::string name = fs::path(bad).filename().string();
        if (k == "escape") name = "../outside.png";
        manifest += "r9,s,1,train," + name + "\n";
        write_text(src + "-manifest.csv", manifest);
        const std::string pdir = src + "-project";
        { auto p = Project::create(pdir); }
        const auto before = testing::list_files(pdir);
        auto p = Project::open(pdir);
        ImportOptions io;
        io.manifest = src + "-manifest.csv";
        io.data = src;
        ErrorCode code = ErrorCode::Internal;
        const QString msg = error_of([&] { import_dataset(*p, io); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(msg.contains(phrase), qPrintable(msg));
        const std::string names = k == "escape" ? io.manifest : k == "missing" ? src + "/bad.png" : bad;
        QVERIFY2(msg.contains(QString::fromStdString(names)), qPrintable(msg));
        QVERIFY(p->lineage().datasets().empty());
        p.reset();
        QCOMPARE(testing::list_files(pdir), before);
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "test_real_data.moc"
