// lethe-workbench [PROJECT_DIR]: the Qt workbench.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <clocale>

#include "language.h"
#include "main_window.h"

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    // Qt adopts the user's locale for the C library too; the engine parses
    // numbers (method parameters, configs) with strtod, which must see '.'.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setApplicationName(QStringLiteral("Lethe"));
    QApplication::setOrganizationName(QStringLiteral("Lethe"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("io.lethe.Workbench"));
    // The language: Settings > Language, else the system's (ui/language.h).
    lethe::ui::installLanguage(lethe::ui::uiLanguageSetting());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lethe.svg")));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lethe: a workbench for auditing machine unlearning."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("project"), QStringLiteral("project folder to open"),
                            QStringLiteral("[PROJECT_DIR]"));
    p.process(app);
    lethe::ui::MainWindow w;
    w.show();
    if (!p.positionalArguments().isEmpty())
        w.openProject(p.positionalArguments().first());
    else if (!w.reopenLastProject()) // the last project, else (the first time) the demo
        w.offerDemoIfFirstRun();
    return QApplication::exec();
}
