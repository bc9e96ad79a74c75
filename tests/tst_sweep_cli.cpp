// roamdesk-cli sweep: one JSON line per input row in input order, exit 0 when every row got an answer (API errors
// included), 2 for a malformed file (nothing sent), 4 when the network failed for a row; against the simulator
// with quotas running in this process.
#include "app/simulator/simulatorserver.h"
#include "tst_client_fixture.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace roamdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSweepCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulatorServer> m_sim;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    /// Runs the CLI while this process's event loop serves the simulator.
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ROAMDESK_API_KEY"_s);
        environment.remove(u"ROAMDESK_BEARER"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ROAMDESK_CLI_PATH), QStringList{u"sweep"_s} + arguments);
        Run run;
        [&] {
            QVERIFY(process.waitForStarted(10000));
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 60000);
        }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        for (const QByteArray &line : run.out.split('\n')) {
            if (!line.isEmpty())
                run.lines << QJsonDocument::fromJson(line).object();
        }
        return run;
    }

    QStringList apiRoot() const { return {u"--api-root"_s, m_sim->apiRoot().toString()}; }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::SimulatorServer>();
        QVERIFY(m_sim->listen());
    }
    void cleanup()
    {
        m_sim->shutdown(0);
        m_sim.reset();
    }

    void everyRowInInputOrder()
    {
        m_sim->setQuota(sim::QuotaSettings{5, 0, false});
        QByteArray csv = "label,phoneNumber\n";
        for (int i = 1; i <= 12; ++i)
            csv += "row " + QByteArray::number(i) + (i % 4 == 0 ? ",+99999990404\n" : ",+99999991000\n");
        const Run run = cli(QStringList{u"--csv"_s, write(u"list.csv"_s, csv)} + apiRoot());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const QJsonObject &line = run.lines.at(i);
            QCOMPARE(line.value(u"row"_s).toInt(), i + 1);
            if ((i + 1) % 4 == 0) {
                QCOMPARE(line.value(u"status"_s).toInt(), 404);
                QCOMPARE(line.value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), u"+99999990404"_s);
                QVERIFY(!line.value(u"error"_s).toObject().value(u"code"_s).toString().isEmpty());
                QVERIFY(!line.contains(u"result"_s));
            } else {
                QCOMPARE(line.value(u"status"_s).toInt(), 200);
                QCOMPARE(line.value(u"result"_s).toObject().value(u"roaming"_s).toBool(), true);
                QVERIFY(!line.contains(u"error"_s));
            }
        }
        QVERIFY(run.out.startsWith("{\"row\":1,\"device\":"));
        QVERIFY(run.err.contains("12 of 12 rows"));
    }

    void jsonLinesInputAndJsonProgress()
    {
        const QString file = write(u"list.jsonl"_s,
            "{\"phoneNumber\": \"+99999991001\"}\n{\"device\": {\"phoneNumber\": \"+99999991000\"}, \"label\": "
            "\"x\"}\n");
        const Run run = cli(QStringList{u"--csv"_s, file, u"--json"_s, u"--rate"_s, u"50"_s} + apiRoot());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 2);
        QCOMPARE(run.lines.at(0).value(u"result"_s).toObject().value(u"roaming"_s).toBool(), false);
        const QList<QByteArray> progress = run.err.trimmed().split('\n');
        const QJsonObject summary = QJsonDocument::fromJson(progress.last()).object();
        QCOMPARE(summary.value(u"answered"_s).toInt(), 2);
        QCOMPARE(summary.value(u"done"_s).toBool(), true);
    }

    void malformedFileSendsNothing()
    {
        const QString file = write(u"bad.csv"_s, "phoneNumber,ipv4Port\n+99999991000,\n12345,\n+99999991001,x\n");
        const Run run = cli(QStringList{u"--csv"_s, file} + apiRoot());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("line 3, phoneNumber"), run.err.constData());
        QVERIFY2(run.err.contains("line 4, ipv4Port"), run.err.constData());
        QCOMPARE(m_sim->requestCount(), 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli(apiRoot()).exitCode, 2);
        const QString file = write(u"ok.csv"_s, "phoneNumber\n+99999991000\n");
        QCOMPARE(cli(QStringList{u"--csv"_s, file, u"--rate"_s, u"0"_s} + apiRoot()).exitCode, 2);
        QCOMPARE(cli(QStringList{u"--csv"_s, m_dir.filePath(u"missing.csv"_s)} + apiRoot()).exitCode, 2);
        QCOMPARE(m_sim->requestCount(), 0);
    }

    void quotaExceededAnswersTheRest()
    {
        m_sim->setQuota(sim::QuotaSettings{0, 2, false});
        const QString file =
            write(u"five.csv"_s, "phoneNumber\n+99999991000\n+99999991000\n+99999991000\n+99999991000\n+99999991000\n");
        const Run run = cli(QStringList{u"--csv"_s, file, u"--rate"_s, u"1000"_s} + apiRoot());
        QCOMPARE(run.exitCode, 0); // an API error is an answer
        QCOMPARE(run.lines.size(), 5);
        int exceeded = 0;
        for (const QJsonObject &line : run.lines) {
            if (line.value(u"status"_s).toInt() == 429) {
                QCOMPARE(line.value(u"error"_s).toObject().value(u"code"_s).toString(), u"QUOTA_EXCEEDED"_s);
                ++exceeded;
            }
        }
        QCOMPARE(exceeded, 3);
        QVERIFY(m_sim->requestCount() <= 5); // not retried
    }

    void stopSignalPrintsTheAnsweredRows_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void stopSignalPrintsTheAnsweredRows()
    {
        // Two requests a second: forty rows would take twenty seconds; stopped once three rows are printed.
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        m_sim->setQuota(sim::QuotaSettings{2, 0, false});
        QByteArray csv = "phoneNumber\n";
        for (int i = 0; i < 40; ++i)
            csv += "+99999991000\n";
        QProcess process;
        process.start(QStringLiteral(ROAMDESK_CLI_PATH),
            QStringList{u"sweep"_s, u"--csv"_s, write(u"forty.csv"_s, csv)} + apiRoot());
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 3, 30000);
        QVERIFY(process.state() == QProcess::Running);
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        out += process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 3 && lines.size() < 40, out.constData());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(line.value(u"row"_s).toInt(), i + 1); // in order, no gap, each line whole
            QCOMPARE(line.value(u"status"_s).toInt(), 200);
        }
        QVERIFY2(err.contains("not sent"), err.constData());
        QVERIFY2(err.contains(QByteArray::number(lines.size()) + " of 40 rows printed"), err.constData());
        // Rows never sent are counted; the sweep sent no more after the signal.
        const QRegularExpressionMatch notSent =
            QRegularExpression(u"stopped: (\\d+) row"_s).match(QString::fromUtf8(err));
        QVERIFY2(notSent.hasMatch() && notSent.captured(1).toInt() > 0, err.constData());
        QVERIFY(notSent.captured(1).toInt() <= 40 - int(lines.size()));
    }

    void networkFailureExitsFour()
    {
        const QString file = write(u"one.csv"_s, "phoneNumber\n+99999991000\n");
        const Run run =
            cli({u"--csv"_s, file, u"--api-root"_s, u"http://127.0.0.1:%1/device-status"_s.arg(fixture::closedPort())});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines.first().value(u"status"_s).toInt(), 0);
        QVERIFY(run.lines.first().contains(u"error"_s));
    }
};

QTEST_GUILESS_MAIN(TestSweepCli)
#include "tst_sweep_cli.moc"
