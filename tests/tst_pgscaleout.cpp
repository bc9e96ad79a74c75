// Several roamdesk-cli receive processes on one PostgreSQL store, as a team runs them: duplicates sent to both
// are stored once, SIGKILL of one under load loses nothing it acknowledged, the database restarted under load
// gives 503s (never a 204 for what was not stored) and then recovers, log --follow sees both receivers, and a
// follower that was away catches up with no gap.
#include "app/session/notificationlogservice.h"
#include "app/store/storefactory.h"
#include "app/store/storefollower.h"
#include "eventflood.h"
#include "models/notificationlogmodel.h"
#include "pgtestserver.h"
#include "storetestutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;
using eventflood::cloudEvent;

namespace {

const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
const QByteArray Token = "team-token";

/// The ids of `ids` one by one, from *next on.
std::function<std::optional<QString>()> idsFrom(const QStringList &ids, int *next)
{
    return [&ids, next]() -> std::optional<QString> {
        if (*next >= ids.size())
            return std::nullopt;
        return ids.at((*next)++);
    };
}

} // namespace

class TestPgScaleOut : public QObject
{
    Q_OBJECT

private:
    /// Starts `roamdesk-cli receive` on the test's store (or `url`); its sink URL (invalid when it did not start).
    QUrl startReceiver(QProcess &child, const QString &store = QString())
    {
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(Cli,
            {u"receive"_s, u"--port"_s, u"0"_s, u"--store"_s, store.isEmpty() ? m_url : store, u"--token"_s,
                QString::fromLatin1(Token), u"--quiet"_s});
        if (!child.waitForStarted(20000))
            return {};
        (void)QTest::qWaitFor([&] { return child.canReadLine() || child.state() != QProcess::Running; }, 20000);
        const QUrl url(QString::fromUtf8(child.readLine().trimmed()));
        if (!url.isValid())
            qWarning() << child.readAllStandardError();
        return url;
    }

    static void stopReceiver(QProcess &child)
    {
        if (child.state() == QProcess::Running) {
            child.terminate();
            if (!child.waitForFinished(20000))
                child.kill();
        }
        child.waitForFinished(5000);
    }

    /// POSTs the events with these ids, many at once; the status each got (0: no answer).
    static QHash<QString, int> postAll(const QUrl &sink, const QStringList &ids)
    {
        QHash<QString, int> statuses;
        int next = 0;
        int answered = 0;
        const eventflood::EventFlood flood(sink, Token, idsFrom(ids, &next), [&](const QString &id, int status) {
            statuses.insert(id, status);
            ++answered;
        });
        (void)QTest::qWaitFor([&] { return answered == ids.size(); }, 60000);
        return statuses;
    }

    static int post(const QUrl &sink, const QString &id, const QByteArray &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(sink);
        request.setRawHeader("Content-Type", "application/cloudevents+json");
        request.setRawHeader("Authorization", "Bearer " + token);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, cloudEvent(id)));
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 20000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    /// The event ids stored, with how often each is there.
    QHash<QString, int> storedIds()
    {
        QHash<QString, int> ids;
        QString error;
        const std::unique_ptr<NotificationStore> store = storefactory::open(
            *StoreLocation::parse(m_url), NotificationStore::Durability::Normal, storefactory::Checks::None, &error);
        if (!store) {
            qWarning().noquote() << error;
            return ids;
        }
        for (qint64 before = NotificationLogSource::NoSeq;;) {
            const QList<NotificationLogRecord> page = store->olderThan({}, before, 5000);
            for (const NotificationLogRecord &record : page)
                ++ids[record.eventId];
            if (page.size() < 5000)
                break;
            before = page.constLast().seq;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = pgtest::PgTestServer::whyUnavailable();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void init()
    {
        if (!m_server.isRunning())
            QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        m_url = m_server.createDatabase();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.error()));
    }

    void duplicatesSentToTwoReceiversAreStoredOnce()
    {
        QProcess one, two;
        const QUrl sinkOne = startReceiver(one);
        const QUrl sinkTwo = startReceiver(two);
        QVERIFY(sinkOne.isValid() && sinkTwo.isValid());
        QStringList ids;
        for (int i = 0; i < 300; ++i)
            ids << u"dup-%1"_s.arg(i);
        // Both at once: the same events race to the store through two receivers.
        QHash<QString, int> statusesOne, statusesTwo;
        {
            int answered = 0;
            int nextOne = 0, nextTwo = 0;
            const eventflood::EventFlood floodOne(
                sinkOne, Token, idsFrom(ids, &nextOne), [&](const QString &id, int status) {
                    statusesOne.insert(id, status);
                    ++answered;
                });
            const eventflood::EventFlood floodTwo(
                sinkTwo, Token, idsFrom(ids, &nextTwo), [&](const QString &id, int status) {
                    statusesTwo.insert(id, status);
                    ++answered;
                });
            QTRY_COMPARE_WITH_TIMEOUT(answered, 2 * int(ids.size()), 60000);
        }
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(statusesOne.value(id), 204);
            QCOMPARE(statusesTwo.value(id), 204);
        }
        const QHash<QString, int> stored = storedIds();
        QCOMPARE(stored.size(), ids.size());
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value(), 1);
        stopReceiver(one);
        stopReceiver(two);
    }

    void sigkillOfOneReceiverUnderLoadLosesNothingAcknowledged()
    {
        QProcess victim, survivor;
        const QUrl sinkVictim = startReceiver(victim);
        const QUrl sinkSurvivor = startReceiver(survivor);
        QVERIFY(sinkVictim.isValid() && sinkSurvivor.isValid());
        QSet<QString> acknowledged;
        int answeredVictim = 0, sentVictim = 0;
        bool killed = false;
        bool enough = false;
        // The same ids go to both receivers: what the killed one took may also come through the other.
        const eventflood::EventFlood floodVictim(
            sinkVictim, u"k"_s, Token,
            [&] {
                if (killed)
                    return false;
                ++sentVictim;
                return true;
            },
            [&](const QString &id, int status) {
                ++answeredVictim;
                if (status == 204)
                    acknowledged.insert(id);
            });
        const eventflood::EventFlood floodSurvivor(
            sinkSurvivor, u"s"_s, Token, [&] { return !enough; },
            [&](const QString &id, int status) {
                if (status == 204)
                    acknowledged.insert(id);
            });
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 1500, 60000);
        victim.kill(); // SIGKILL, with requests in flight
        killed = true;
        QVERIFY(victim.waitForFinished(20000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
        const qsizetype atKill = acknowledged.size();
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= atKill + 500, 60000); // the other one goes on
        enough = true;
        QTRY_COMPARE_WITH_TIMEOUT(answeredVictim, sentVictim, 20000);
        QTest::qWait(500); // the survivor's last answers
        const QHash<QString, int> stored = storedIds();
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(stored.value(id) == 1,
                qPrintable(u"acknowledged but stored %1 times: %2"_s.arg(stored.value(id)).arg(id)));
        qInfo() << "acknowledged" << acknowledged.size() << "stored" << stored.size();
        stopReceiver(survivor);
    }

    void databaseRestartUnderLoadAnswers503ThenRecovers()
    {
        QProcess receiver;
        const QUrl sink = startReceiver(receiver);
        QVERIFY(sink.isValid());
        QSet<QString> acknowledged;
        QStringList refused;
        QHash<int, int> statuses;
        bool enough = false;
        const eventflood::EventFlood flood(
            sink, u"r"_s, Token, [&] { return !enough; },
            [&](const QString &id, int status) {
                ++statuses[status];
                if (status == 204)
                    acknowledged.insert(id);
                else
                    refused << id;
            });
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 500, 60000);
        QVERIFY2(m_server.stop(u"fast"_s), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(statuses.value(503) >= 20, 30000);
        const qsizetype beforeRestart = acknowledged.size();
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= beforeRestart + 500, 60000); // reconnected
        enough = true;
        QTest::qWait(1000);
        QCOMPARE(receiver.state(), QProcess::Running);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QVERIFY2(it.key() == 204 || it.key() == 503, qPrintable(u"status %1"_s.arg(it.key())));
        // The senders retry what was refused: it lands now.
        const QHash<QString, int> retried = postAll(sink, refused);
        for (auto it = retried.cbegin(); it != retried.cend(); ++it) {
            QCOMPARE(it.value(), 204);
            acknowledged.insert(it.key());
        }
        const QHash<QString, int> stored = storedIds();
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(stored.value(id) == 1,
                qPrintable(u"acknowledged but stored %1 times: %2"_s.arg(stored.value(id)).arg(id)));
        qInfo() << "acknowledged" << acknowledged.size() << "refused with 503 and retried" << refused.size();
        stopReceiver(receiver);
    }

    void logFollowSeesEventsFromBothReceivers()
    {
        QProcess one, two, follow;
        const QUrl sinkOne = startReceiver(one);
        const QUrl sinkTwo = startReceiver(two);
        QVERIFY(sinkOne.isValid() && sinkTwo.isValid());
        follow.start(Cli, {u"log"_s, u"--store"_s, m_url, u"--follow"_s, u"--json"_s});
        QVERIFY(follow.waitForStarted(20000));
        QTest::qWait(1000); // it has opened the store and listens
        QCOMPARE(postAll(sinkOne, {u"from-one-a"_s, u"from-one-b"_s}).values(), (QList<int>{204, 204}));
        QCOMPARE(postAll(sinkTwo, {u"from-two"_s}).values(), QList<int>{204});
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += follow.readAllStandardOutput()).count('\n') >= 3, 20000);
        QVERIFY(printed.contains("from-one-a"));
        QVERIFY(printed.contains("from-one-b"));
        QVERIFY(printed.contains("from-two"));
        QVERIFY(printed.indexOf("from-one") < printed.indexOf("from-two")); // oldest first
        follow.terminate();
        QVERIFY(follow.waitForFinished(20000));
        QCOMPARE(follow.exitCode(), 0);
        stopReceiver(one);
        stopReceiver(two);
    }

    void followerCatchesUpAfterADisconnect()
    {
        QProcess receiver;
        const QUrl sink = startReceiver(receiver);
        QVERIFY(sink.isValid());
        StoreFollower desk(*StoreLocation::parse(m_url));
        QList<qint64> seen;
        QStringList ids;
        connect(&desk, &StoreFollower::arrived, this, [&](const QList<NotificationLogRecord> &records) {
            for (const NotificationLogRecord &record : records) {
                seen << record.seq;
                ids << record.eventId;
            }
        });
        QString error;
        QVERIFY2(desk.start(NotificationLogSource::NoSeq, &error), qPrintable(error));
        QCOMPARE(postAll(sink, {u"before-1"_s, u"before-2"_s}).values(), (QList<int>{204, 204}));
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 2, 20000);
        // The desk's connection goes away with the server; events arrive while it is away.
        QVERIFY(m_server.stop(u"immediate"_s));
        QVERIFY(m_server.restart());
        QStringList away;
        for (int i = 0; i < 1500; ++i)
            away << u"away-%1"_s.arg(i);
        QTRY_VERIFY_WITH_TIMEOUT(postAll(sink, {u"probe"_s}).value(u"probe"_s) == 204, 30000);
        const QHash<QString, int> statuses = postAll(sink, away);
        for (const int status : statuses)
            QCOMPARE(status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 2 + 1 + 1500, 30000);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // each once
        desk.stop();
        stopReceiver(receiver);
    }

    // A desk's log over the shared store: events from another desk's receiver appear, and those committed while
    // its connection was gone come in once it is back, every one of them once.
    void desktopLogCatchesUpAfterADisconnect()
    {
        QProcess receiver;
        const QUrl sink = startReceiver(receiver);
        QVERIFY(sink.isValid());
        NotificationLogService desk;
        desk.open(m_url);
        QAbstractItemModel *log = desk.model();
        QCOMPARE(postAll(sink, {u"seen-1"_s, u"seen-2"_s}).values(), (QList<int>{204, 204}));
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 20000);
        QVERIFY(m_server.stop(u"immediate"_s));
        QVERIFY(m_server.restart());
        QStringList away;
        for (int i = 0; i < 300; ++i)
            away << u"while-away-%1"_s.arg(i);
        QTRY_VERIFY_WITH_TIMEOUT(postAll(sink, {away.constFirst()}).value(away.constFirst()) == 204, 30000);
        for (const int status : postAll(sink, away))
            QCOMPARE(status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2 + 300, 30000);
        QList<qint64> shown;
        for (int row = 0; row < log->rowCount(); ++row)
            shown << log->index(row, 0).data(NotificationLogModel::SeqRole).toLongLong();
        QVERIFY(std::is_sorted(shown.crbegin(), shown.crend())); // newest first, no gap filled out of order
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()).size(), 302); // no row twice
        stopReceiver(receiver);
    }

    // A subscription created at one desk: every receiver of the store accepts its sink token within a second.
    void subscriptionsFromAnyDeskReachEveryReceiver()
    {
        QProcess receiver;
        const QUrl sink = startReceiver(receiver);
        QVERIFY(sink.isValid());
        const QByteArray token = "made-at-another-desk";
        QCOMPARE(post(sink, u"early"_s, token), 401);
        QString error;
        const std::unique_ptr<NotificationStore> desk = storefactory::open(*StoreLocation::parse(m_url),
            NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        QVERIFY2(desk, qPrintable(error));
        KnownSubscription subscription;
        subscription.id = u"sub-elsewhere"_s;
        subscription.sinkToken = QString::fromLatin1(token);
        QVERIFY(desk->rememberSubscription(subscription));
        QElapsedTimer accepted;
        accepted.start();
        QTRY_COMPARE_WITH_TIMEOUT(post(sink, u"late"_s, token), 204, 5000);
        qInfo() << "accepted after" << accepted.elapsed() << "ms";
        stopReceiver(receiver);
    }

    // sslmode=verify-full is honoured: the server's certificate must chain to the root given and name the host.
    void verifiesTheServerCertificate()
    {
        QTemporaryDir pki;
        QVERIFY(pki.isValid());
        const auto openssl = [&pki](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(pki.path());
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(u"openssl"_s, arguments);
            const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
            if (!ok)
                qWarning() << process.readAll();
            return ok;
        };
        const auto makeCa = [&](const QString &name) {
            return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN="_s + name, u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s});
        };
        QVERIFY(makeCa(u"team-ca"_s));
        QVERIFY(makeCa(u"other-ca"_s));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=localhost"_s,
            u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s}));
        QFile extensions(pki.filePath(u"san.cnf"_s));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=DNS:localhost\n");
        extensions.close();
        QVERIFY(openssl(
            {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"team-ca.pem"_s, u"-CAkey"_s, u"team-ca.key"_s,
                u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"san.cnf"_s, u"-out"_s, u"server.crt"_s}));
        QVERIFY2(m_server.enableTls(pki.filePath(u"server.crt"_s), pki.filePath(u"server.key"_s)),
            qPrintable(m_server.error()));
        const QString database = StoreLocation::parse(m_url)->database();
        const auto openOverTls = [&](const QString &root, QString *error) {
            const QString url =
                u"postgresql://roamdesk@localhost:%1/%2?sslmode=verify-full&sslrootcert=%3"_s.arg(m_server.port())
                    .arg(database, pki.filePath(root));
            return storefactory::open(*StoreLocation::parse(url), NotificationStore::Durability::Normal,
                       storefactory::Checks::Writable, error)
                != nullptr;
        };
        QString error;
        QVERIFY2(openOverTls(u"team-ca.pem"_s, &error), qPrintable(error));
        QVERIFY(!openOverTls(u"other-ca.pem"_s, &error)); // a server this root does not vouch for
        QVERIFY2(error.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    // The roles README "Running for a team" sets up: enough for each, and no more.
    void documentedRolesAreEnoughAndNoMore()
    {
        QVERIFY2(m_server.sql(u"postgres"_s,
                     {u"CREATE ROLE roamdesk_owner LOGIN"_s, u"CREATE ROLE roamdesk_receiver LOGIN"_s,
                         u"CREATE ROLE roamdesk_desk NOLOGIN"_s, u"CREATE ROLE alice LOGIN IN ROLE roamdesk_desk"_s,
                         u"CREATE DATABASE team OWNER roamdesk_owner"_s}),
            qPrintable(m_server.error()));
        QVERIFY2(m_server.sql(u"team"_s,
                     {u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s,
                         u"GRANT USAGE ON SCHEMA public TO roamdesk_receiver, roamdesk_desk"_s}),
            qPrintable(m_server.error()));
        QString error;
        QVERIFY2(storefactory::open(*StoreLocation::parse(m_server.url(u"team"_s, u"roamdesk_owner"_s)),
                     NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error),
            qPrintable(error)); // creates the schema
        QVERIFY2(m_server.sql(u"team"_s,
                     {u"GRANT SELECT, INSERT ON notifications TO roamdesk_receiver"_s,
                         u"GRANT USAGE ON SEQUENCE notifications_seq_seq TO roamdesk_receiver"_s,
                         u"GRANT SELECT ON subscriptions, roamdesk_schema TO roamdesk_receiver"_s,
                         u"GRANT SELECT ON notifications, roamdesk_schema TO roamdesk_desk"_s,
                         u"GRANT SELECT, INSERT, UPDATE, DELETE ON subscriptions TO roamdesk_desk"_s},
                     u"roamdesk_owner"_s),
            qPrintable(m_server.error()));

        // A desk remembers a subscription; the receiver accepts its sink token and stores the event.
        const std::unique_ptr<NotificationStore> desk =
            storefactory::open(*StoreLocation::parse(m_server.url(u"team"_s, u"alice"_s)),
                NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        QVERIFY2(desk, qPrintable(error));
        KnownSubscription subscription;
        subscription.id = u"sub-1"_s;
        subscription.sinkToken = QString::fromLatin1(Token);
        QVERIFY2(desk->rememberSubscription(subscription), qPrintable(desk->lastError()));
        QProcess receiver;
        const QUrl sink = startReceiver(receiver, m_server.url(u"team"_s, u"roamdesk_receiver"_s));
        QVERIFY(sink.isValid());
        QCOMPARE(postAll(sink, {u"granted"_s}).value(u"granted"_s), 204);
        QCOMPARE(desk->count({}), qint64(1));
        stopReceiver(receiver);

        // What each role must not do.
        QVERIFY(!m_server.sql(u"team"_s, {u"UPDATE notifications SET device = ''"_s}, u"roamdesk_receiver"_s));
        QVERIFY(!m_server.sql(u"team"_s, {u"DELETE FROM notifications"_s}, u"roamdesk_receiver"_s));
        QVERIFY(!m_server.sql(u"team"_s, {u"DELETE FROM subscriptions"_s}, u"roamdesk_receiver"_s));
        QVERIFY(!desk->insert({storetest::makeRecord(u"forged"_s)}).ok);
        QVERIFY(!m_server.sql(u"team"_s, {u"DELETE FROM notifications"_s}, u"alice"_s));
        QCOMPARE(desk->count({}), qint64(1));
    }

private:
    pgtest::PgTestServer m_server;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestPgScaleOut)
#include "tst_pgscaleout.moc"
