#pragma once
// A tiny demo project for widget tests: built once per test executable with
// the engine's demo_init (no CLI, no network): 300 training images of the
// Fashion-MNIST files Debian installs, 1 epoch, 2 shards x 2 slices, a small
// MLP so training takes a fraction of a second.
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include "jobs/operations.h"

namespace lethe::test {

inline lethe::DemoResult build_tiny_demo(const QString &dir) {
    lethe::DemoOptions o;
    o.project_dir = dir.toStdString();
    o.subset = 300;
    o.epochs = 1;
    o.shards = 2;
    o.slices = 2;
    o.arch = "mlp";
    o.device = "cpu";
    return lethe::demo_init(o, {});
}

// Settings of the tests go to a throw-away place, never the user's.
inline void isolate_settings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LetheTest"));
    QCoreApplication::setApplicationName(QStringLiteral("lethe-ui-tests"));
}

// The text of a PDF as poppler's pdftotext gives it; empty when it fails.
inline QString pdf_text(const QString &pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace lethe::test
