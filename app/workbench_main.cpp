#include <QApplication>

#include "main_window.h"

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lethe"));
    QApplication::setOrganizationName(QStringLiteral("Lethe"));
    lethe::ui::MainWindow w;
    w.show();
    return QApplication::exec();
}
