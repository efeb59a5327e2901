#pragma once
// The lethe CLI as a separate process, the way a ticket system or a script
// drives it: exit status, the --json object on stdout, stderr. Shared by the
// tests that compare the CLI with the workbench and the report.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lethe::test {

struct CliRun {
    int code = -1; // -1: it crashed or did not finish
    QJsonObject json;
    QString err;
};

inline CliRun run_cli(const QStringList &args, int timeout_ms = 300000) {
    QProcess p;
    p.start(QStringLiteral(LETHE_CLI_PATH), args);
    p.waitForFinished(timeout_ms);
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace lethe::test
