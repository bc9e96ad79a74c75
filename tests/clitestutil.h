#pragma once

// Runs roamdesk-cli as a child process while this process's event loop keeps serving (an in-process simulator,
// a fixture): shared by the CLI tests.

#include <QProcess>
#include <QTest>

namespace clitest {

struct Run
{
    int exitCode = -1; // -1 when it crashed or never started
    QByteArray out;
    QByteArray err;
};

/// roamdesk-cli `arguments` with `environment`; fails the current test when it does not start or end in time.
inline Run runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROAMDESK_CLI_PATH), arguments);
    Run run;
    [&] {
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, timeoutMs);
    }();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace clitest
