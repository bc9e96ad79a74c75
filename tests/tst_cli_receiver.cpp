// roamdesk-cli receive and log as a user runs them: a child process, real HTTP, real SQLite, signals —
// including SIGKILL under load, after which every notification that was answered 204 is in the store.
#include "notificationlogsource.h"
#include "store/sqlitenotificationstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

namespace {

const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
const QByteArray Token = "cli-test-token";

QByteArray cloudEvent(const QString &id, const QString &type = QStringLiteral("roaming-on"),
    const QString &phone = QStringLiteral("+33612345678"))
{
    const QJsonObject object{{QStringLiteral("id"), id},
        {QStringLiteral("source"), QStringLiteral("https://notifications.example.net")},
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("type"), QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.") + type},
        {QStringLiteral("time"), QStringLiteral("2024-03-01T08:15:00.125Z")},
        {QStringLiteral("data"),
            QJsonObject{{QStringLiteral("device"), QJsonObject{{QStringLiteral("phoneNumber"), phone}}},
                {QStringLiteral("subscriptionId"), QStringLiteral("sub-1")}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
        QTest::newRow("bad port") << QStringList{
            QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("bad host") << QStringList{
            QStringLiteral("receive"), QStringLiteral("--host"), QStringLiteral("localhost.x")};
        QTest::newRow("cert without key")
            << QStringList{QStringLiteral("receive"), QStringLiteral("--tls-cert"), QStringLiteral("c.pem")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("receive"), QStringLiteral("--bogus")};
        QTest::newRow("log without db") << QStringList{QStringLiteral("log")};
        QTest::newRow("log json and csv") << QStringList{QStringLiteral("log"), QStringLiteral("--db"),
            QStringLiteral("x"), QStringLiteral("--json"), QStringLiteral("--csv")};
        QTest::newRow("log bad since") << QStringList{QStringLiteral("log"), QStringLiteral("--db"),
            QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("yesterday")};
        QTest::newRow("log bad type") << QStringList{QStringLiteral("log"), QStringLiteral("--db"), QStringLiteral("x"),
            QStringLiteral("--type"), QStringLiteral("roaming-up")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QProcess child;
        child.start(Cli, arguments);
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 2);
        QVERIFY(!child.readAllStandardError().isEmpty());
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
        QCOMPARE(child.exitCode(), 1);
        QVERIFY(child.readAllStandardError().contains("no notification store"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    // The durability promise: SIGKILL at any moment under load loses no notification that got a 204.
    void sigkillLosesNothingAcknowledged()
    {
        QProcess child;
        const QUrl sink =
            startReceive(child, {QStringLiteral("--token"), QString::fromLatin1(Token), QStringLiteral("--quiet")});
        constexpr int Clients = 4; // each QNetworkAccessManager opens up to 6 connections
        constexpr int InFlightEach = 12; // so requests queue on every connection
        constexpr int KillAfter = 1500;
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QSet<QString> acknowledged;
        int sent = 0;
        int failed = 0;
        bool killed = false;
        std::function<void(QNetworkAccessManager *)> sendOne = [&](QNetworkAccessManager *nam) {
            if (killed)
                return;
            const QString id = QStringLiteral("kill-%1").arg(sent++);
            QNetworkRequest request(sink);
            request.setRawHeader("Content-Type", "application/cloudevents+json");
            request.setRawHeader("Authorization", "Bearer " + Token);
            QNetworkReply *reply = nam->post(request, cloudEvent(id));
            connect(reply, &QNetworkReply::finished, this, [&, reply, id, nam] {
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204)
                    acknowledged.insert(id);
                else
                    ++failed;
                sendOne(nam);
            });
        };
        for (int c = 0; c < Clients; ++c) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < InFlightEach; ++i)
                sendOne(clients.back().get());
        }
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
        QTRY_COMPARE_WITH_TIMEOUT(int(acknowledged.size()) + failed, sent, 20000);
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
        qInfo() << "acknowledged" << mustBeStored.size() << "stored" << stored.size() << "sent" << sent;
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
