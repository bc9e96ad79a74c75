// roamdesk-cli plan apply|keep: one JSON line per action against a simulator served by this process, a dry run
// that only lists, a second run that keeps what the first created, a bad plan refused by field, keep until
// interrupted.
#include "app/simulator/simulatorserver.h"

#include "clitestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace roamdesk;

namespace {

using clitest::Run;

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

QStringList values(const QList<QJsonObject> &lines, const QString &key)
{
    QStringList result;
    for (const QJsonObject &line : lines)
        result << line.value(key).toString();
    return result;
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writePlan(const QByteArray &json)
    {
        const QString path = m_dir->filePath(u"plan.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(json);
        return path;
    }

    QString validPlan()
    {
        return writePlan("{\"name\": \"cli-plan\", \"devices\": [{\"phoneNumber\": \"+99999991000\"}, "
                         "{\"phoneNumber\": \"+99999991001\"}], \"types\": [\"roaming-status\"], "
                         "\"sink\": \"http://127.0.0.1:9/notify\", \"sinkToken\": {\"generate\": true}, "
                         "\"subscription\": {\"expireAfterSeconds\": 86400, \"maxEvents\": 20}}");
    }

    QStringList common() const
    {
        return {u"--api-root"_s, m_simulator->apiRoot().toString(), u"--journal"_s, m_dir->filePath(u"journal.json"_s)};
    }

    Run cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ROAMDESK_BEARER"_s);
        return clitest::runCli(arguments, environment);
    }

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<sim::SimulatorServer>();
        QVERIFY(m_simulator->listen());
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_simulator.reset();
        m_dir.reset();
    }

    void dryRunOnlyLists()
    {
        const qint64 before = m_simulator->requestCount();
        const Run run = cli(QStringList{u"plan"_s, u"apply"_s, validPlan(), u"--dry-run"_s, u"--json"_s} + common());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(u"action"_s).toString(), u"create"_s);
            QCOMPARE(line.value(u"reason"_s).toString(), u"missing"_s);
            QVERIFY(line.value(u"subscriptionId"_s).isNull());
            QVERIFY(line.value(u"device"_s).isObject());
        }
        QCOMPARE(m_simulator->requestCount() - before, 1); // the list, nothing else
        QCOMPARE(m_simulator->network()->subscriptionCount(), 0);
        QVERIFY(!QFile::exists(m_dir->filePath(u"journal.json"_s)));
    }

    void applyCreatesThenKeeps()
    {
        const QString plan = validPlan();
        const Run first = cli(QStringList{u"plan"_s, u"apply"_s, plan, u"--json"_s} + common());
        QCOMPARE(first.exitCode, 0);
        const QList<QJsonObject> created = jsonLines(first.out);
        QCOMPARE(values(created, u"action"_s), (QStringList{u"create"_s, u"create"_s}));
        const QStringList ids = values(created, u"subscriptionId"_s);
        for (const QString &id : ids)
            QVERIFY(m_simulator->network()->subscription(id));
        QCOMPARE(m_simulator->network()->subscriptionCount(), 2);
        QVERIFY(!(QFile::permissions(m_dir->filePath(u"journal.json"_s)) & QFileDevice::ReadOther));

        const Run second = cli(QStringList{u"plan"_s, u"apply"_s, plan, u"--json"_s} + common());
        QCOMPARE(second.exitCode, 0);
        const QList<QJsonObject> kept = jsonLines(second.out);
        QCOMPARE(values(kept, u"action"_s), (QStringList{u"keep"_s, u"keep"_s}));
        QCOMPARE(values(kept, u"subscriptionId"_s), ids);
        QCOMPARE(m_simulator->network()->subscriptionCount(), 2);

        // The network ends one (forgotten: the plan no longer has that device); the type the plan no longer has
        // is deleted, the one it now has is created.
        QVERIFY(m_simulator->network()->removeDevice(u"+99999991001"_s));
        writePlan("{\"name\": \"cli-plan\", \"devices\": [{\"phoneNumber\": \"+99999991000\"}], "
                  "\"types\": [\"roaming-on\"], \"sink\": \"http://127.0.0.1:9/notify\"}");
        const Run third = cli(QStringList{u"plan"_s, u"apply"_s, plan, u"--json"_s} + common());
        QCOMPARE(third.exitCode, 0);
        const QList<QJsonObject> changed = jsonLines(third.out);
        QStringList actions;
        for (const QJsonObject &line : changed)
            actions << line.value(u"action"_s).toString() + u' ' + line.value(u"reason"_s).toString();
        QCOMPARE(actions, (QStringList{u"delete extra"_s, u"create missing"_s}));
        QCOMPARE(changed.constFirst().value(u"subscriptionId"_s).toString(), ids.constFirst());
        QCOMPARE(m_simulator->network()->subscriptionCount(), 1);
        QVERIFY(!m_simulator->network()->subscription(ids.constFirst()));
    }

    void textOutputNamesTheAction()
    {
        const Run run = cli(QStringList{u"plan"_s, u"apply"_s, validPlan()} + common());
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.constFirst().startsWith("create"));
        QVERIFY(lines.constFirst().contains("+99999991000"));
    }

    void devicesFromACsvFile()
    {
        QFile csv(m_dir->filePath(u"devices.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phoneNumber,label\n+99999991000,van 1\n+99999991001,van 2\n");
        csv.close();
        const QString plan = writePlan("{\"name\": \"csv-plan\", \"devicesCsv\": \"devices.csv\", "
                                       "\"types\": [\"roaming-on\"], \"sink\": \"http://127.0.0.1:9/notify\"}");
        const Run run = cli(QStringList{u"plan"_s, u"apply"_s, plan, u"--json"_s, u"--dry-run"_s} + common());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).value(u"device"_s).toObject().value(u"phoneNumber"_s).toString(), u"+99999991001"_s);

        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("phoneNumber\n+99999991000\nnot-a-number\n");
        csv.close();
        const Run bad = cli(QStringList{u"plan"_s, u"apply"_s, plan} + common());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("devicesCsv") && bad.err.contains("line 3"), bad.err.constData());
    }

    void badPlanNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad phone") << QByteArray("{\"name\": \"p\", \"devices\": [{\"phoneNumber\": \"12\"}], "
                                                 "\"types\": [\"roaming-on\"], \"sink\": \"http://127.0.0.1:9/\"}")
                                   << u"devices[0].phoneNumber"_s;
        QTest::newRow("token in clear") << QByteArray(
            "{\"name\": \"p\", \"devices\": [{\"phoneNumber\": \"+99999991000\"}], "
            "\"types\": [\"roaming-on\"], \"sink\": \"http://127.0.0.1:9/\", "
            "\"sinkToken\": {\"value\": \"secret\"}}")
                                        << u"sinkToken"_s;
        QTest::newRow("syntax") << QByteArray("{\"name\": ") << u"line 1"_s;
    }

    void badPlanNamesTheField()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, field);
        const qint64 before = m_simulator->requestCount();
        const Run run = cli(QStringList{u"plan"_s, u"apply"_s, writePlan(plan)} + common());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(field), run.err.constData());
        QVERIFY(!run.err.contains("secret"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_simulator->requestCount(), before);
    }

    void noAnswerExitsFour()
    {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run =
            cli({u"plan"_s, u"apply"_s, validPlan(), u"--api-root"_s, u"http://127.0.0.1:%1/device-status"_s.arg(port),
                u"--journal"_s, m_dir->filePath(u"journal.json"_s), u"--timeout"_s, u"5"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void keepRunsUntilInterrupted()
    {
        QProcess process;
        process.start(QStringLiteral(ROAMDESK_CLI_PATH),
            QStringList{u"plan"_s, u"keep"_s, validPlan(), u"--json"_s, u"--interval"_s, u"1"_s} + common());
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        // Two passes: the creates, then the keeps.
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count("\"keep\"") >= 2, 30000);
        QCOMPARE(out.count("\"create\""), 2);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(m_simulator->network()->subscriptionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
