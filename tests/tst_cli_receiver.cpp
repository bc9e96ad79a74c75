// roamdesk-cli receive and log as a user runs them: a child process, real HTTP, real SQLite, signals —
// including SIGKILL under load, after which every notification that was answered 204 is in the store.
#include "app/store/sqlitenotificationstore.h"
#include "eventflood.h"
#include "models/notificationlogmodel.h"
#include "models/notificationlogsource.h"
#include "storetestutil.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace roamdesk;
using eventflood::cloudEvent;

namespace {

const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
const QByteArray Token = "cli-test-token";

/// Raw control characters (C0, DEL, C1) in what was printed, as "\\xNN" words; empty when there are none.
QByteArray controlBytes(const QByteArray &printed)
{
    QByteArray found;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const auto byte = static_cast<unsigned char>(printed.at(i));
        const bool c1 = byte == 0xc2 && i + 1 < printed.size() && static_cast<unsigned char>(printed.at(i + 1)) >= 0x80
            && static_cast<unsigned char>(printed.at(i + 1)) <= 0x9f;
        if ((byte < 0x20 && byte != '\n' && byte != '\r') || byte == 0x7f || c1)
            found += "\\x" + QByteArray::number(byte, 16) + ' ';
    }
    return found;
}

} // namespace

class TestCliReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_counter)); }

    void receivesPrintsAndStopsOnSigterm()
    {
        QProcess child;
        const QUrl sink = startReceive(child, {QStringLiteral("--token"), QString::fromLatin1(Token)});
        QCOMPARE(sink.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sink.path(), QStringLiteral("/notifications"));
        QCOMPARE(post(sink, cloudEvent(QStringLiteral("cli-1"))), 204);
        QCOMPARE(post(sink, cloudEvent(QStringLiteral("cli-2"), QStringLiteral("roaming-off"))), 204);
        QCOMPARE(
            post(sink, cloudEvent(QStringLiteral("cli-2"), QStringLiteral("roaming-off"))), 204); // duplicate: no line
        QCOMPARE(post(sink, cloudEvent(QStringLiteral("cli-3")), "Bearer wrong"), 401);
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += child.readAllStandardOutput()).count('\n') >= 2, 20000);
        child.terminate(); // SIGTERM
        QVERIFY(child.waitForFinished(20000));
        printed += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QList<QByteArray> lines = printed.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("roaming-on +33612345678 sub-1") && lines.at(0).contains("id=cli-1"),
            lines.at(0).constData());
        QVERIFY(lines.at(1).contains("roaming-off"));
        SqliteNotificationStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.count({}), qint64(2));
    }

    void quietPrintsOnlyTheSinkUrl()
    {
        QProcess child;
        const QUrl sink = startReceive(child,
            {QStringLiteral("--allow-unauthenticated"), QStringLiteral("--quiet"), QStringLiteral("--path"),
                QStringLiteral("/hook")});
        QCOMPARE(sink.path(), QStringLiteral("/hook"));
        QCOMPARE(post(sink, cloudEvent(QStringLiteral("q-1")), QByteArray()), 204);
        child.terminate();
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(child.readAllStandardOutput().trimmed().isEmpty());
    }

    void refusesUnauthenticatedByDefault()
    {
        QProcess child;
        const QUrl sink = startReceive(child, {});
        QCOMPARE(post(sink, cloudEvent(QStringLiteral("u-1")), QByteArray()), 401);
        child.terminate();
        QVERIFY(child.waitForFinished(20000));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named"); // the option the message names
        QTest::newRow("bad port") << QStringList{QStringLiteral("receive"), QStringLiteral("--port"),
            QStringLiteral("http")}
                                  << QByteArray("--port");
        QTest::newRow("port out of range") << QStringList{QStringLiteral("receive"), QStringLiteral("--port"),
            QStringLiteral("99999")} << QByteArray("--port: not a port: 99999");
        QTest::newRow("bad host") << QStringList{QStringLiteral("receive"), QStringLiteral("--host"),
            QStringLiteral("localhost.x")}
                                  << QByteArray("--host");
        QTest::newRow("cert without key") << QStringList{QStringLiteral("receive"), QStringLiteral("--tls-cert"),
            QStringLiteral("c.pem")} << QByteArray("--tls-cert");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("receive"), QStringLiteral("--bogus")}
                                        << QByteArray("bogus");
        QTest::newRow("log without db") << QStringList{QStringLiteral("log")} << QByteArray("--db");
        QTest::newRow("log json and csv") << QStringList{QStringLiteral("log"), QStringLiteral("--db"),
            QStringLiteral("x"), QStringLiteral("--json"), QStringLiteral("--csv")}
                                          << QByteArray("--csv");
        QTest::newRow("log bad since") << QStringList{QStringLiteral("log"), QStringLiteral("--db"),
            QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("yesterday")}
                                       << QByteArray("--since");
        QTest::newRow("log bad type") << QStringList{QStringLiteral("log"), QStringLiteral("--db"), QStringLiteral("x"),
            QStringLiteral("--type"), QStringLiteral("roaming-sometimes")}
                                      << QByteArray("--type: unknown event type: roaming-sometimes");
        QTest::newRow("log empty db") << QStringList{QStringLiteral("log"), QStringLiteral("--db"), QString()}
                                      << QByteArray("--db");
        QTest::newRow("receive empty db")
            << QStringList{QStringLiteral("receive"), QStringLiteral("--db"), QString()} << QByteArray("--db");
        QTest::newRow("receive empty token")
            << QStringList{QStringLiteral("receive"), QStringLiteral("--token"), QString()} << QByteArray("--token");
        QTest::newRow("receive one empty token among others") << QStringList{QStringLiteral("receive"),
            QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--token=")}
                                                              << QByteArray("--token");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        QProcess child;
        child.start(Cli, arguments);
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 2);
        const QByteArray error = child.readAllStandardError();
        // The program's name and the one wrong option, then where help is: no usage dump.
        QVERIFY2(error.startsWith("roamdesk-cli: "), error.constData());
        QVERIFY2(error.split('\n').at(0).contains(named), error.constData());
        QVERIFY2(!error.contains("Exit codes:") && !error.contains("Usage:"), error.constData());
        QVERIFY2(error.contains("--help"), error.constData());
        QCOMPARE(error.count('\n'), 2);
    }

    void helpDocumentsEveryExitCode_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("log") << QStringLiteral("log");
        QTest::newRow("receive") << QStringLiteral("receive");
    }

    void helpDocumentsEveryExitCode()
    {
        QFETCH(QString, verb);
        QProcess child;
        child.start(Cli, {verb, QStringLiteral("--help")});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 0);
        const QByteArray help = child.readAllStandardOutput();
        for (int code = 0; code <= 7; ++code)
            QVERIFY2(help.contains("\n  " + QByteArray::number(code) + "  "), qPrintable(QString::number(code)));
    }

    void logFilterMatchesTheFilterBar_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("expected");
        QTest::newRow("country name") << QStringLiteral("belgium") << 6;
        QTest::newRow("country code") << QStringLiteral("SE") << 6;
        QTest::newRow("subscription prefix") << QStringLiteral("sub:3f2a0001") << 4;
        QTest::newRow("type and word") << QStringLiteral("type:roaming-change-country sweden") << 6;
        QTest::newRow("device start") << QStringLiteral("+3247") << 6;
        QTest::newRow("reason") << QStringLiteral("network_terminated") << 0;
        QTest::newRow("nothing") << QStringLiteral("atlantis") << 0;
        QTest::newRow("expression") << QStringLiteral("country in {be, nl} and not sub:3f2a0001") << 4;
        QTest::newRow("words under or") << QStringLiteral("sweden or mcc = 206 and device ^= +3247") << 12;
    }

    void logFilterErrorNamesTheColumn()
    {
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(m_db));
        }
        QProcess child;
        child.start(Cli,
            {QStringLiteral("log"), QStringLiteral("--db"), m_db, QStringLiteral("--filter"),
                QStringLiteral("roaming = true and mcc =")});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 2);
        const QByteArray error = child.readAllStandardError();
        QVERIFY2(error.contains("--filter: column 25: expected a value after '=' but found end of input"),
            error.constData());
        QVERIFY(child.readAllStandardOutput().isEmpty());
    }

    void logFilterMatchesTheFilterBar()
    {
        QFETCH(QString, expression);
        QFETCH(int, expected);
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(m_db));
            QList<NotificationLogRecord> records;
            for (int i = 1; i <= 12; ++i) {
                NotificationLogRecord record;
                record.source = QStringLiteral("https://notifications.example.net");
                record.eventId = QStringLiteral("f-%1").arg(i);
                record.type = EventType::RoamingChangeCountry;
                record.roaming = true;
                record.countryCode = i % 2 ? 206 : 240;
                record.countryNames = QStringList{i % 2 ? QStringLiteral("BE") : QStringLiteral("SE")};
                if (i % 4 == 3)
                    record.countryNames.reset(); // the MCC table names it
                record.device = i % 2 ? QStringLiteral("+32470000001") : QStringLiteral("+46701234567");
                record.subscriptionId = QStringLiteral("3f2a000%1-5c1e-4b7a-9d2e-1f00c0ffee00").arg(i % 3);
                record.receivedMs = 1700000000000 + i * 1000;
                record.rawJson = cloudEvent(record.eventId);
                records << record;
            }
            QVERIFY(store.insert(records).ok);
        }
        // What the window's filter bar shows for the expression…
        NotificationLogModel model(SqliteNotificationStore::readerFactory(m_db));
        model.setFilter(NotificationLogFilter::parse(expression));
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << QString::number(model.seqAt(row));
        // …is what `log --filter` prints, in the same order.
        const QList<QByteArray> lines =
            runLog({QStringLiteral("--csv"), QStringLiteral("--filter"), expression}).trimmed().split('\n');
        QStringList printed;
        for (qsizetype i = 1; i < lines.size(); ++i) // after the header
            printed << QString::fromUtf8(lines.at(i).split(',').at(0));
        QCOMPARE(printed, shown);
        QCOMPARE(shown.size(), expected);
    }

    void receiveOnABusyPortSaysSoOnce()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        QProcess child;
        child.start(Cli,
            {QStringLiteral("receive"), QStringLiteral("--port"), QString::number(holder.serverPort()),
                QStringLiteral("--db"), m_db, QStringLiteral("--allow-unauthenticated")});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 7);
        const QByteArray error = child.readAllStandardError();
        QVERIFY2(error.startsWith("roamdesk-cli receive: "), error.constData());
        QCOMPARE(error.count(QByteArray::number(holder.serverPort())), 1);
    }

    void logPrintsJsonLinesAndCsv()
    {
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(m_db));
            QList<NotificationLogRecord> records;
            for (int i = 1; i <= 5; ++i) {
                NotificationLogRecord record;
                record.source = QStringLiteral("https://notifications.example.net");
                record.eventId = QStringLiteral("log-%1").arg(i);
                record.type = i % 2 ? EventType::RoamingOn : EventType::RoamingOff;
                record.device = i <= 3 ? QStringLiteral("+33612345678") : QStringLiteral("+4915112345678");
                record.subscriptionId = QStringLiteral("sub-1");
                record.receivedMs = QDateTime(QDate(2024, 3, i), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
                record.rawJson = cloudEvent(record.eventId);
                records << record;
            }
            QVERIFY(store.insert(records).ok);
        }
        const QByteArray json = runLog({});
        const QList<QByteArray> lines = json.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        const QJsonObject newest = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(newest.value(QStringLiteral("receivedAt")).toString(), QStringLiteral("2024-03-05T12:00:00.000Z"));
        QCOMPARE(newest.value(QStringLiteral("subscriptionId")).toString(), QStringLiteral("sub-1"));
        QCOMPARE(newest.value(QStringLiteral("validity")).toString(), QStringLiteral("unauthenticated"));
        QCOMPARE(newest.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("log-5"));
        QCOMPARE(runLog({QStringLiteral("--json")}), json);

        const QList<QByteArray> csv = runLog({QStringLiteral("--csv")}).trimmed().split('\n');
        QCOMPARE(csv.size(), 6);
        QVERIFY(csv.at(0).startsWith("seq,receivedAt,"));
        QCOMPARE(runLog({QStringLiteral("--type"), QStringLiteral("roaming-off")}).count('\n'), 2);
        QCOMPARE(runLog({QStringLiteral("--device"), QStringLiteral("+4915112345678")}).count('\n'), 2);
        QCOMPARE(runLog({QStringLiteral("--since"), QStringLiteral("2024-03-04T00:00:00Z")}).count('\n'), 2);
        QCOMPARE(runLog({QStringLiteral("--type"),
                            QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on"),
                            QStringLiteral("--since"), QStringLiteral("2024-03-02T00:00:00+01:00")})
                     .count('\n'),
            2);
    }

    void logReportsAMissingStore()
    {
        QProcess child;
        child.start(
            Cli, {QStringLiteral("log"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 6);
        QVERIFY(child.readAllStandardError().startsWith("roamdesk-cli log: no notification store"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

#ifdef Q_OS_UNIX
    // Printing never holds up acceptance: with stdout a pipe nobody reads, every event is still answered
    // and stored; lines that do not fit are dropped, and stderr says so.
    void unreadStdoutNeverHoldsUpReceiving()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("stdout-%1.fifo").arg(m_counter));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK); // never drained
        QVERIFY(reader >= 0);
        const auto closeReader = qScopeGuard([reader] { ::close(reader); });
        QProcess child;
        child.setStandardOutputFile(fifo);
        child.start(Cli,
            {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_db,
                QStringLiteral("--token"), QString::fromLatin1(Token)});
        QVERIFY(child.waitForStarted(20000));
        const QUrl sink(QString::fromUtf8(readFirstLine(reader, 20000)));
        QVERIFY2(sink.isValid() && sink.port() > 0, child.readAllStandardError().constData());

        constexpr int Events = 6000; // some 470 KB of lines: more than the pipe (64 KiB) and the print queue hold
        QElapsedTimer elapsed;
        elapsed.start();
        const QHash<int, int> statuses = postMany(sink, QStringLiteral("unread"), Events, 60000);
        QCOMPARE(statuses.value(204), Events);
        qInfo() << Events << "answered 204 in" << elapsed.elapsed() << "ms with stdout unread";
        QVERIFY(elapsed.elapsed() < 60000);
        QByteArray errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += child.readAllStandardError()).contains("stdout is not keeping up"), 10000);

        child.terminate();
        QVERIFY(child.waitForFinished(20000)); // the printer gives up on the pipe instead of blocking the exit
        errors += child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(errors.contains("event lines were not printed"), errors.constData());
        QVERIFY2(errors.count('\n') < 20, errors.constData()); // reported, not once per line
        SqliteNotificationStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.count({}), qint64(Events));
    }
#endif

    // Sender text reaches the terminal escaped: an id written as "\u001b…" in valid JSON is a real ESC.
    void printsSenderTextEscaped()
    {
        QProcess child;
        const QUrl sink = startReceive(child, {QStringLiteral("--token"), QString::fromLatin1(Token)});
        QByteArray event = cloudEvent(QStringLiteral("ESCAPE-ME"));
        event.replace("ESCAPE-ME", "esc-\\u001b]0;owned\\u0007-\\u001b[2J-\\u009b31m-\\u007f-\\r-\\u0000-end");
        event.replace("\"sub-1\"", "\"sub-\\u001b[31m\"");
        QCOMPARE(post(sink, event), 204);
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += child.readAllStandardOutput()).count('\n') >= 1, 20000);
        child.terminate();
        QVERIFY(child.waitForFinished(20000));
        printed += child.readAllStandardOutput();
        const QByteArray line = printed.trimmed();
        QVERIFY2(controlBytes(line).isEmpty(), controlBytes(line).constData());
        QVERIFY2(line.contains("id=esc-\\u001b]0;owned\\u0007-\\u001b[2J-\\u009b31m-\\u007f-\\u000d-\\u0000-end"),
            line.constData());
        QVERIFY2(line.contains(" sub-\\u001b[31m "), line.constData());

        for (const QStringList &format : {QStringList{}, QStringList{QStringLiteral("--csv")}}) {
            const QByteArray logged = runLog(format);
            QVERIFY2(logged.contains("\\u001b]0;owned"), logged.constData());
            QVERIFY2(controlBytes(logged).isEmpty(), controlBytes(logged).constData());
        }
    }

    void logFailsLoudlyOnADamagedStore()
    {
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(m_db));
            QList<NotificationLogRecord> records;
            for (int i = 0; i < 30000; ++i) {
                NotificationLogRecord record;
                record.source = QStringLiteral("https://notifications.example.net");
                record.eventId = QStringLiteral("damaged-%1").arg(i);
                record.receivedMs = 1700000000000 + i;
                record.rawJson = cloudEvent(record.eventId);
                records << record;
            }
            QVERIFY(store.insert(records).ok);
        }
        QVERIFY(storetest::overwritePages(m_db, 0.45, 0.55));
        for (const QStringList &format : {QStringList{}, QStringList{QStringLiteral("--csv")}}) {
            QProcess child;
            child.start(Cli, QStringList{QStringLiteral("log"), QStringLiteral("--db"), m_db} + format);
            QVERIFY(child.waitForFinished(60000));
            const QByteArray error = child.readAllStandardError();
            QCOMPARE(child.exitCode(), 5); // a damaged store, as --help and the README say
            QVERIFY2(error.contains("is damaged") && error.contains(m_db.toUtf8()), error.constData());
            QVERIFY2(child.readAllStandardOutput().count('\n') < 2, "nothing (but a CSV header) printed");
        }
    }

#ifdef Q_OS_LINUX
    void refusesToReceiveIntoAStoreItCannotWrite_data()
    {
        storetest::ActAsNobody::addUnwritableStoreRows();
    }

    // Refused at start with the reason, instead of listening and answering every event 503.
    void refusesToReceiveIntoAStoreItCannotWrite()
    {
        QFETCH(QString, what);
        const QString path = m_dir.filePath(QStringLiteral("locked-%1/n.sqlite").arg(m_counter));
        QVERIFY(storetest::ActAsNobody::makeUnwritable(m_dir.path(), path, what));
        QProcess child;
        child.setChildProcessModifier(&storetest::ActAsNobody::becomeNobodyInChild);
        child.start(Cli,
            {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), path,
                QStringLiteral("--allow-unauthenticated")});
        QVERIFY(child.waitForFinished(20000));
        const QByteArray error = child.readAllStandardError();
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(error.contains("cannot be written") || error.contains("Cannot create the notification store"),
            error.constData());
        QVERIFY2(error.contains(path.toUtf8()), error.constData());
        QVERIFY(child.readAllStandardOutput().isEmpty()); // no sink URL: it never listened
        QVERIFY(storetest::ActAsNobody::restoreFolder(path));
    }
#endif

    // The durability promise: SIGKILL at any moment under load loses no notification that got a 204.
    void sigkillLosesNothingAcknowledged()
    {
        QProcess child;
        const QUrl sink =
            startReceive(child, {QStringLiteral("--token"), QString::fromLatin1(Token), QStringLiteral("--quiet")});
        constexpr int KillAfter = 1500;
        QSet<QString> acknowledged;
        int failed = 0;
        bool killed = false;
        const eventflood::EventFlood flood(
            sink, QStringLiteral("kill"), Token, [&] { return !killed; },
            [&](const QString &id, int status) {
                if (status == 204)
                    acknowledged.insert(id);
                else
                    ++failed;
            });
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= KillAfter || child.state() != QProcess::Running, 60000);
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(failed, 0);
        child.kill(); // SIGKILL, with requests in flight
        killed = true;
        const QSet<QString> acknowledgedBeforeKill = acknowledged;
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Every request sent has its outcome (the ones in flight fail); answers that arrive after the kill
        // were written before it: they count too.
        QTRY_COMPARE_WITH_TIMEOUT(int(acknowledged.size()) + failed, flood.sent(), 20000);
        const QSet<QString> mustBeStored = acknowledged;
        QVERIFY(mustBeStored.size() >= acknowledgedBeforeKill.size());

        SqliteNotificationStore store;
        QVERIFY2(store.open(m_db), qPrintable(store.lastError()));
        QSet<QString> stored;
        qint64 before = NotificationLogSource::NoSeq;
        for (;;) {
            const QList<NotificationLogRecord> page = store.olderThan({}, before, 5000);
            for (const NotificationLogRecord &record : page)
                stored.insert(record.eventId);
            if (page.size() < 5000)
                break;
            before = page.constLast().seq;
        }
        QSet<QString> lost = mustBeStored;
        lost.subtract(stored);
        QVERIFY2(lost.isEmpty(),
            qPrintable(QStringLiteral("%1 acknowledged but not stored, e.g. %2")
                           .arg(lost.size())
                           .arg(lost.isEmpty() ? QString() : *lost.begin())));
        QVERIFY(stored.size() >= mustBeStored.size());
        qInfo() << "acknowledged" << mustBeStored.size() << "stored" << stored.size() << "sent" << flood.sent();
    }

private:
    QUrl startReceive(QProcess &child, QStringList arguments)
    {
        arguments.prepend(QStringLiteral("receive"));
        arguments << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--db") << m_db;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(Cli, arguments);
        if (!child.waitForStarted(20000))
            return {};
        (void)QTest::qWaitFor([&] { return child.canReadLine() || child.state() != QProcess::Running; }, 20000);
        const QUrl url(QString::fromUtf8(child.readLine().trimmed()));
        if (!url.isValid())
            qWarning() << child.readAllStandardError();
        return url;
    }

    int post(const QUrl &sink, const QByteArray &body, const QByteArray &authorization = "Bearer " + Token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(sink);
        request.setRawHeader("Content-Type", "application/cloudevents+json");
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 20000); // status 0 when it timed out
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    /// POSTs `count` events (ids prefix-0…) over loopback; the statuses they were answered with (0: no answer)
    /// once all are answered or `timeoutMs` has passed.
    static QHash<int, int> postMany(const QUrl &sink, const QString &prefix, int count, int timeoutMs)
    {
        QHash<int, int> statuses;
        int answered = 0;
        int sent = 0;
        const eventflood::EventFlood flood(
            sink, prefix, Token,
            [&] {
                if (sent == count)
                    return false;
                ++sent;
                return true;
            },
            [&](const QString &, int status) {
                ++statuses[status];
                ++answered;
            });
        (void)QTest::qWaitFor([&] { return answered == count; }, timeoutMs); // the statuses tell
        return statuses;
    }

#ifdef Q_OS_UNIX
    /// Reads the first line from a non-blocking descriptor, then reads no more.
    static QByteArray readFirstLine(int fd, int timeoutMs)
    {
        QByteArray line;
        QElapsedTimer elapsed;
        elapsed.start();
        while (!line.contains('\n') && elapsed.elapsed() < timeoutMs) {
            pollfd ready{fd, POLLIN, 0};
            if (::poll(&ready, 1, 100) <= 0)
                continue;
            char byte = 0;
            while (!line.contains('\n') && ::read(fd, &byte, 1) == 1) // byte by byte: nothing after the line
                line += byte;
        }
        return line.trimmed();
    }
#endif

    QByteArray runLog(const QStringList &options)
    {
        QProcess child;
        child.start(Cli, QStringList{QStringLiteral("log"), QStringLiteral("--db"), m_db} + options);
        if (!child.waitForFinished(20000) || child.exitCode() != 0) {
            qWarning() << child.readAllStandardError();
            return "failed";
        }
        return child.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCliReceiver)
#include "tst_cli_receiver.moc"
