#pragma once
#include <QMainWindow>

namespace lethe::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace lethe::ui
