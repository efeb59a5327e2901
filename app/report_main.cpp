// lethe-report: writes the PDF report of a case (--request) or of one forget
// job (--job), headless.
// `lethe report` runs it from the same folder. Exit codes as the CLI: 0 ok,
// 1 usage, 2 bad input, 3 internal error.
#include <QApplication>
#include <QCommandLineParser>

#include <QJsonDocument>
#include <QJsonObject>
#include <clocale>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include <unistd.h>

#include "case_report.h"
#include "core/error.h"
#include "deadline_rule.h"
#include "jobs/project_access.h"
#include "language.h"
#include "report.h"

int main(int argc, char **argv) {
    // No display: render offscreen (the report needs a widget to draw the plots).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A bare shell (CI, ssh as root) has no runtime folder and Qt says so on
    // every run: a private one of our own, which nothing writes to.
    struct RuntimeDir { // removed again after the application (declared before it)
        std::string path;
        ~RuntimeDir() {
            if (!path.empty()) ::rmdir(path.c_str());
        }
    } runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        char tmpl[] = "/tmp/lethe-runtime-XXXXXX";
        if (const char *d = ::mkdtemp(tmpl)) {
            runtime.path = d;
            qputenv("XDG_RUNTIME_DIR", d);
        }
    }
    QApplication app(argc, argv);
    // Qt adopts the user's locale for the C library too; the engine parses
    // numbers (method parameters, configs) with strtod, which must see '.'.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setApplicationName(QStringLiteral("Lethe"));
    QApplication::setOrganizationName(QStringLiteral("Lethe"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write the PDF report of a case (every model and job of one erasure "
                                               "request), or of one forget job."));
    p.addHelpOption();
    const QCommandLineOption project({QStringLiteral("project")}, QStringLiteral("project folder"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption request({QStringLiteral("request")}, QStringLiteral("request (case) id: the case report"),
                                     QStringLiteral("ID"));
    const QCommandLineOption job({QStringLiteral("job")}, QStringLiteral("forget job id: that job's report"),
                                 QStringLiteral("ID"));
    const QCommandLineOption out({QStringLiteral("out")}, QStringLiteral("PDF file to write"),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption json({QStringLiteral("json")}, QStringLiteral("print one JSON object on stdout"));
    const QCommandLineOption language({QStringLiteral("language")},
                                      QStringLiteral("the report's language: en, de or fr (default: the workbench's "
                                                     "report language setting, else the system's)"),
                                      QStringLiteral("CODE"));
    p.addOptions({project, request, job, out, json, language});
    if (!p.parse(QCoreApplication::arguments())) {
        std::cerr << "lethe-report: " << p.errorText().toStdString() << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("help"))) p.showHelp(0);
    if (p.isSet(language) && !lethe::ui::supportedLanguages().contains(p.value(language))) {
        std::cerr << "lethe-report: --language must be one of en, de, fr\n";
        return 1;
    }
    lethe::ui::installLanguage(p.isSet(language) ? p.value(language)
                                                 : lethe::ui::reportLanguage(lethe::ui::uiLanguageSetting()));
    bool ok = false;
    const bool by_case = p.isSet(request);
    const qint64 id = (by_case ? p.value(request) : p.value(job)).toLongLong(&ok);
    if (!p.isSet(project) || !ok || id <= 0 || by_case == p.isSet(job) || p.value(out).isEmpty()) {
        std::cerr << "lethe-report: --project DIR, one of --request ID or --job ID (a positive number) and --out "
                     "FILE.pdf are required\n";
        return 1;
    }
    try {
        auto proj = lethe::Project::open(p.value(project).toStdString());
        const auto rule = lethe::ui::DeadlineRule::fromSettings();
        const auto r = by_case ? lethe::ui::exportCaseReport(*proj, id, p.value(out), rule)
                               : lethe::ui::exportReport(*proj, id, p.value(out), rule);
        if (p.isSet(json)) {
            const QJsonObject o{{QStringLiteral("report"), r.path},
                                {QStringLiteral("sha256"), r.sha256},
                                {QStringLiteral("bytes"), r.bytes},
                                {by_case ? QStringLiteral("request_id") : QStringLiteral("job_id"), id},
                                {QStringLiteral("verdict"), r.verdict}};
            std::cout << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString() << "\n";
        } else {
            std::cerr << "report written: " << r.path.toStdString() << " (verdict " << r.verdict.toStdString()
                      << ", SHA-256 " << r.sha256.toStdString() << ")\n";
        }
        return 0;
    } catch (const lethe::Error &e) {
        std::cerr << "lethe-report: " << lethe::user_message(e) << "\n";
        return e.code() == lethe::ErrorCode::Usage ? 1 : e.code() == lethe::ErrorCode::BadInput ? 2 : 3;
    } catch (const std::exception &e) {
        std::cerr << "lethe-report: " << lethe::user_message(e) << "\n";
        return 3;
    }
}
