#include "main_window.h"

#include <QLabel>

namespace lethe::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setWindowTitle(QStringLiteral("Lethe workbench"));
    setCentralWidget(new QLabel(QStringLiteral("Lethe: open a project to begin."), this));
    resize(1100, 750);
}

} // namespace lethe::ui
