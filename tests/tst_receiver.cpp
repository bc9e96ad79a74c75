// WebhookReceiver over real HTTP on loopback: every answer, tokens, dedupe, durability before 204,
// the socket-level limits (idle timeout, connection cap, early 413), TLS, start/stop.
#include "app/receiver/webhookreceiver.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/subscriptionregistry.h"
#include "models/datetime.h"
#include "receivertestutil.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

namespace {

const QByteArray ConfiguredToken = "configured-secret";
const QByteArray SubscriptionToken = "sub-7-sink-token";
const QString Prefix = QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.");

QByteArray cloudEvent(const QString &id, const QString &type = QStringLiteral("roaming-status"),
    const QString &subscriptionId = QStringLiteral("sub-unknown"),
    const QString &source = QStringLiteral("https://notifications.example.net"))
{
    QJsonObject data{
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+33612345678")}}},
        {QStringLiteral("subscriptionId"), subscriptionId}};
    if (type == QLatin1String("roaming-status")) {
        data.insert(QStringLiteral("roaming"), true);
        data.insert(QStringLiteral("countryCode"), 262);
        data.insert(QStringLiteral("countryName"), QJsonArray{QStringLiteral("DE")});
    }
    const QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("source"), source},
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
        {QStringLiteral("type"), Prefix + type}, {QStringLiteral("time"), QStringLiteral("2024-03-01T08:15:00.125Z")},
        {QStringLiteral("data"), data}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter));
        QVERIFY(m_parts.open(m_dbPath, ConfiguredToken));
    }

    void cleanup() { m_parts.close(); }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");

        const QByteArray ce = "application/cloudevents+json";
        const QByteArray bearer = "Bearer " + ConfiguredToken;
        const QString path = QStringLiteral("/notifications");
        QTest::newRow("valid cloudevents+json")
            << QByteArray("POST") << path << ce << bearer << cloudEvent(u"a1"_s) << 204 << QString() << QString();
        QTest::newRow("valid application/json") << QByteArray("POST") << path << QByteArray("application/json")
                                                << bearer << cloudEvent(u"a2"_s) << 204 << QString() << QString();
        QTest::newRow("charset utf-8") << QByteArray("POST") << path << QByteArray("application/json; charset=UTF-8")
                                       << bearer << cloudEvent(u"a3"_s) << 204 << QString() << QString();
        QTest::newRow("bearer scheme any case")
            << QByteArray("POST") << path << ce << QByteArray("bearer " + ConfiguredToken) << cloudEvent(u"a4"_s) << 204
            << QString() << QString();
        QTest::newRow("malformed JSON") << QByteArray("POST") << path << ce << bearer
                                        << QByteArray("{\"id\": \"x\",\n  \"source\": }") << 400
                                        << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("line 2");
        QTest::newRow("empty body") << QByteArray("POST") << path << ce << bearer << QByteArray() << 400
                                    << QStringLiteral("INVALID_ARGUMENT") << QString();
        QTest::newRow("JSON array") << QByteArray("POST") << path << ce << bearer << QByteArray("[1,2]") << 400
                                    << QStringLiteral("INVALID_ARGUMENT") << QString();
        QByteArray noId = cloudEvent(u"x"_s);
        noId.replace("\"id\":\"x\",", "");
        QTest::newRow("missing id") << QByteArray("POST") << path << ce << bearer << noId << 400
                                    << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("id");
        QByteArray wrongType = cloudEvent(u"x"_s);
        wrongType.replace("\"roaming\":true", "\"roaming\":\"yes\"");
        QTest::newRow("wrong-typed data.roaming") << QByteArray("POST") << path << ce << bearer << wrongType << 400
                                                  << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("roaming");
        QTest::newRow("unknown type") << QByteArray("POST") << path << ce << bearer
                                      << cloudEvent(u"x"_s, QStringLiteral("roaming-sideways")) << 400
                                      << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("type");
        QByteArray badTime = cloudEvent(u"x"_s);
        badTime.replace("2024-03-01T08:15:00.125Z", "yesterday");
        QTest::newRow("bad time") << QByteArray("POST") << path << ce << bearer << badTime << 400
                                  << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("time");
        QTest::newRow("wrong token") << QByteArray("POST") << path << ce << QByteArray("Bearer nope")
                                     << cloudEvent(u"x"_s) << 401 << QStringLiteral("UNAUTHENTICATED") << QString();
        QTest::newRow("missing token") << QByteArray("POST") << path << ce << QByteArray() << cloudEvent(u"x"_s) << 401
                                       << QStringLiteral("UNAUTHENTICATED") << QString();
        QTest::newRow("basic auth") << QByteArray("POST") << path << ce << QByteArray("Basic dXNlcjpwYXNz")
                                    << cloudEvent(u"x"_s) << 401 << QStringLiteral("UNAUTHENTICATED")
                                    << QStringLiteral("Bearer");
        QTest::newRow("bearer without token")
            << QByteArray("POST") << path << ce << QByteArray("Bearer") << cloudEvent(u"x"_s) << 401
            << QStringLiteral("UNAUTHENTICATED") << QString();
        QTest::newRow("text/plain") << QByteArray("POST") << path << QByteArray("text/plain") << bearer
                                    << cloudEvent(u"x"_s) << 415 << QStringLiteral("UNSUPPORTED_MEDIA_TYPE")
                                    << QStringLiteral("text/plain");
        QTest::newRow("no content type") << QByteArray("POST") << path << QByteArray() << bearer << cloudEvent(u"x"_s)
                                         << 415 << QStringLiteral("UNSUPPORTED_MEDIA_TYPE") << QString();
        QTest::newRow("latin-1 charset") << QByteArray("POST") << path
                                         << QByteArray("application/json; charset=iso-8859-1") << bearer
                                         << cloudEvent(u"x"_s) << 415 << QStringLiteral("UNSUPPORTED_MEDIA_TYPE")
                                         << QString();
        QTest::newRow("GET on the sink") << QByteArray("GET") << path << QByteArray() << bearer << QByteArray() << 405
                                         << QStringLiteral("METHOD_NOT_ALLOWED") << QString();
        QTest::newRow("PUT on the sink") << QByteArray("PUT") << path << ce << bearer << cloudEvent(u"x"_s) << 405
                                         << QStringLiteral("METHOD_NOT_ALLOWED") << QString();
        QTest::newRow("other path") << QByteArray("POST") << QStringLiteral("/other") << ce << bearer
                                    << cloudEvent(u"x"_s) << 404 << QStringLiteral("NOT_FOUND") << QString();
        QTest::newRow("sub-path") << QByteArray("POST") << QStringLiteral("/notifications/x") << ce << bearer
                                  << cloudEvent(u"x"_s) << 404 << QStringLiteral("NOT_FOUND") << QString();
        QTest::newRow("GET root") << QByteArray("GET") << QStringLiteral("/") << QByteArray() << QByteArray()
                                  << QByteArray() << 404 << QStringLiteral("NOT_FOUND") << QString();
        QByteArray big = cloudEvent(u"big"_s);
        big.insert(big.size() - 1, ",\"pad\":\"" + QByteArray(70 * 1024, 'x') + "\"");
        QTest::newRow("over 64 KiB") << QByteArray("POST") << path << ce << bearer << big << 413
                                     << QStringLiteral("PAYLOAD_TOO_LARGE") << QStringLiteral("65536");
    }

    void answers()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        startReceiver();
        const Answer answer = send(method, path, contentType, authorization, body);
        QCOMPARE(answer.status, status);
        if (status == 204) {
            QVERIFY(answer.body.isEmpty());
            QCOMPARE(m_store->count({}), qint64(1));
            return;
        }
        const QJsonObject error = answer.json();
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(messagePart),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void answersOnlyAfterTheCommit()
    {
        startReceiver();
        QSignalSpy batches(m_receiver.get(), &WebhookReceiver::batchCommitted);
        QSignalSpy stored(m_receiver.get(), &WebhookReceiver::notificationStored);
        const Answer answer =
            post(cloudEvent(u"durable-1"_s, QStringLiteral("roaming-status"), QStringLiteral("sub-9")));
        QCOMPARE(answer.status, 204);
        // The 204 came after the commit: a separate connection already sees the row.
        SqliteNotificationStore reader;
        QVERIFY(reader.open(m_dbPath));
        const QList<NotificationLogRecord> rows = reader.olderThan({}, NotificationLogSource::NoSeq, 10, true);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).eventId, QStringLiteral("durable-1"));
        QCOMPARE(rows.at(0).subscriptionId, QStringLiteral("sub-9"));
        QCOMPARE(rows.at(0).device, QStringLiteral("+33612345678"));
        QCOMPARE(rows.at(0).countryCode, std::optional<int>(262));
        QCOMPARE(rows.at(0).validity, ReceiptValidity::ConfiguredToken);
        QCOMPARE(
            rows.at(0).rawJson, cloudEvent(u"durable-1"_s, QStringLiteral("roaming-status"), QStringLiteral("sub-9")));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).at(0).toInt(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).value<NotificationLogRecord>().seq, qint64(1));
        QCOMPARE(m_receiver->stats().stored, qint64(1));
    }

    void storesTheEventTime_data()
    {
        QTest::addColumn<QString>("time");
        // The parser's regex-free fast path must read every shape exactly as rfc3339::parse does, and hand
        // everything else to it.
        for (const char *time : {"2024-03-01T08:15:00.125Z", "2024-03-01t08:15:00z", "2024-03-01T08:15:00Z",
                 "2024-03-01T08:15:00.1Z", "2024-03-01T08:15:00.12Z", "2024-03-01T08:15:00.123456789Z",
                 "2024-03-01T08:15:00.000+02:00", "2024-03-01T00:15:00-05:30", "2024-02-29T23:59:60Z",
                 "2024-12-31T23:59:59.999+23:59", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
            QTest::newRow(time) << QString::fromLatin1(time);
        for (const char *time : {"2024-02-30T08:15:00Z", "2024-03-01T24:00:00Z", "2024-03-01T08:15:00",
                 "2024-03-01T08:15:00.Z", "2024-03-01 08:15:00Z", "2024-03-01T08:15:00+24:00",
                 "2024-03-01T08:15:00+02:60", "2024-03-01T08:15:00+0200", "2024-3-01T08:15:00Z",
                 "2024-03-01T08:15:00ZZ", "2024-03-01T08:15:61Z", "٢024-03-01T08:15:00Z", ""})
            QTest::newRow(time) << QString::fromUtf8(time);
    }

    void storesTheEventTime()
    {
        QFETCH(QString, time);
        startReceiver();
        QJsonObject event = QJsonDocument::fromJson(cloudEvent(u"timed"_s)).object();
        event.insert(QStringLiteral("time"), time);
        const Answer answer = post(QJsonDocument(event).toJson(QJsonDocument::Compact));
        const std::optional<QDateTime> expected = rfc3339::parse(time);
        if (!expected) {
            QCOMPARE(answer.status, 400);
            QVERIFY(answer.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("time")));
            return;
        }
        QCOMPARE(answer.status, 204);
        const QList<NotificationLogRecord> rows = m_store->olderThan({}, NotificationLogSource::NoSeq, 10, false);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).eventMs, std::optional<qint64>(expected->toMSecsSinceEpoch()));
    }

    void storesDuplicatesOnce()
    {
        startReceiver();
        QCOMPARE(post(cloudEvent(u"dup"_s)).status, 204);
        QCOMPARE(post(cloudEvent(u"dup"_s)).status, 204);
        QCOMPARE(post(cloudEvent(u"dup"_s, QStringLiteral("roaming-status"), QStringLiteral("sub-unknown"),
                          QStringLiteral("https://other.example.net")))
                     .status,
            204);
        QCOMPARE(m_store->count({}), qint64(2));
        QCOMPARE(m_receiver->stats().duplicates, qint64(1));
    }

    void manyConcurrentRequestsAllCommitted()
    {
        startReceiver();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 300; ++i)
            replies << nam.post(
                request(QStringLiteral("/notifications"), "application/cloudevents+json", "Bearer " + ConfiguredToken),
                cloudEvent(QStringLiteral("burst-%1").arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
            reply->deleteLater();
        }
        QCOMPARE(m_store->count({}), qint64(300));
        QVERIFY(m_receiver->stats().batches <= 300);
    }

    void subscriptionTokens_data()
    {
        QTest::addColumn<QString>("subscriptionId");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<bool>("allowUnauthenticated");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("storedSubscription");
        QTest::addColumn<int>("validity");
        const QByteArray own = "Bearer " + SubscriptionToken;
        const QByteArray configured = "Bearer " + ConfiguredToken;
        const int subToken = int(ReceiptValidity::SubscriptionToken);
        QTest::newRow("own token") << QStringLiteral("sub-7") << own << false << 204 << QStringLiteral("sub-7")
                                   << subToken;
        QTest::newRow("configured token is not its credential")
            << QStringLiteral("sub-7") << configured << false << 401 << QString() << 0;
        QTest::newRow("no token, even when allowed")
            << QStringLiteral("sub-7") << QByteArray() << true << 401 << QString() << 0;
        QTest::newRow("other subscription's token") << QStringLiteral("sub-8") << own << false << 401 << QString() << 0;
        QTest::newRow("sub without credential, configured token")
            << QStringLiteral("sub-8") << configured << false << 204 << QStringLiteral("sub-8")
            << int(ReceiptValidity::ConfiguredToken);
        QTest::newRow("unknown sub, a known sink token")
            << QStringLiteral("sub-x") << own << false << 204 << QStringLiteral("sub-x") << subToken;
        QTest::newRow("unknown sub, no token, allowed")
            << QStringLiteral("sub-x") << QByteArray() << true << 204 << QStringLiteral("sub-x")
            << int(ReceiptValidity::Unauthenticated);
        QTest::newRow("unknown sub, no token, not allowed")
            << QStringLiteral("sub-x") << QByteArray() << false << 401 << QString() << 0;
        QTest::newRow("wrong token, unauthenticated allowed")
            << QStringLiteral("sub-x") << QByteArray("Bearer wrong") << true << 401 << QString() << 0;
        QTest::newRow("deleted subscription")
            << QStringLiteral("sub-gone") << QByteArray("Bearer gone-token") << false << 410 << QString() << 0;
    }

    void subscriptionTokens()
    {
        QFETCH(QString, subscriptionId);
        QFETCH(QByteArray, authorization);
        QFETCH(bool, allowUnauthenticated);
        QFETCH(int, status);
        QFETCH(QString, storedSubscription);
        QFETCH(int, validity);
        KnownSubscription withToken;
        withToken.id = QStringLiteral("sub-7");
        withToken.sinkToken = QString::fromLatin1(SubscriptionToken);
        KnownSubscription withoutToken;
        withoutToken.id = QStringLiteral("sub-8");
        KnownSubscription gone;
        gone.id = QStringLiteral("sub-gone");
        gone.sinkToken = QStringLiteral("gone-token");
        QVERIFY(m_registry->remember(withToken));
        QVERIFY(m_registry->remember(withoutToken));
        QVERIFY(m_registry->remember(gone));
        QVERIFY(m_registry->markDeleted(QStringLiteral("sub-gone"), QDateTime::currentDateTimeUtc()));
        m_settings.allowUnauthenticated = allowUnauthenticated;
        startReceiver();
        const Answer answer =
            post(cloudEvent(QStringLiteral("t1"), QStringLiteral("roaming-on"), subscriptionId), authorization);
        QCOMPARE(answer.status, status);
        if (status == 410)
            QCOMPARE(answer.json().value(QStringLiteral("code")).toString(), QStringLiteral("GONE"));
        if (status != 204)
            return;
        const QList<NotificationLogRecord> rows = m_store->olderThan({}, NotificationLogSource::NoSeq, 5);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).subscriptionId, storedSubscription);
        QCOMPARE(int(rows.at(0).validity), validity);
    }

    void tokensRememberedWhileRunningCount()
    {
        startReceiver();
        const QByteArray auth = "Bearer fresh-token";
        QCOMPARE(
            post(cloudEvent(u"late-1"_s, QStringLiteral("roaming-on"), QStringLiteral("sub-new")), auth).status, 401);
        KnownSubscription subscription;
        subscription.id = QStringLiteral("sub-new");
        subscription.sinkToken = QStringLiteral("fresh-token");
        QVERIFY(m_registry->remember(subscription));
        QCOMPARE(
            post(cloudEvent(u"late-1"_s, QStringLiteral("roaming-on"), QStringLiteral("sub-new")), auth).status, 204);
        QVERIFY(m_registry->markDeleted(QStringLiteral("sub-new"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(
            post(cloudEvent(u"late-2"_s, QStringLiteral("roaming-on"), QStringLiteral("sub-new")), auth).status, 410);
    }

    void stalledRequestTimesOut()
    {
        m_settings.idleTimeoutMs = 300;
        startReceiver();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /notifications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Content-Length: 500\r\n\r\n{\"id\":");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 15000);
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(answer.contains("REQUEST_TIMEOUT"));
        QTRY_COMPARE(m_receiver->openConnections(), 0);
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void idleKeepAliveConnectionIsClosed()
    {
        m_settings.idleTimeoutMs = 300;
        startReceiver();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE(m_receiver->openConnections(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 15000);
        QVERIFY(socket.readAll().isEmpty()); // nothing was asked, nothing is answered
    }

    void announcedOversizeRefusedBeforeTheBody()
    {
        startReceiver();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        // Announces 10 MB and sends none of it: only a check on the head can answer.
        socket.write("POST /notifications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Authorization: Bearer "
            + ConfiguredToken + "\r\nContent-Length: 10000000\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("PAYLOAD_TOO_LARGE"));
    }

    void oversizedHeadRefused()
    {
        startReceiver();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /notifications HTTP/1.1\r\nX-Filler: " + QByteArray(20 * 1024, 'a'));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
    }

    void connectionCap()
    {
        m_settings.maxConnections = 2;
        startReceiver();
        QTcpSocket first;
        QTcpSocket second;
        first.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        second.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QTRY_COMPARE(m_receiver->openConnections(), 2);
        QTcpSocket third;
        third.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QTRY_COMPARE_WITH_TIMEOUT(third.state(), QAbstractSocket::UnconnectedState, 10000);
        const QByteArray answer = third.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains("UNAVAILABLE"));
        // Below the cap again: accepted.
        first.disconnectFromHost();
        QTRY_COMPARE(m_receiver->openConnections(), 1);
        QCOMPARE(post(cloudEvent(u"after-cap"_s)).status, 204);
    }

    void defaultCapAllowsManyConnections()
    {
        QVERIFY(ReceiverSettings().maxConnections >= 1024);
        startReceiver();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 300; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, m_receiver->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openConnections(), 300, 20000);
        QCOMPARE(post(cloudEvent(u"among-many"_s)).status, 204);
    }

    void servesTls()
    {
        m_settings.tlsCertificateFile = testsupport::dataPath(QStringLiteral("receiver/test-cert.pem"));
        m_settings.tlsKeyFile = testsupport::dataPath(QStringLiteral("receiver/test-key.pem"));
        startReceiver();
        QCOMPARE(m_receiver->sinkUrl().scheme(), QStringLiteral("https"));
        m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
        m_tlsConfiguration.setCaCertificates(
            QSslCertificate::fromPath(testsupport::dataPath(QStringLiteral("receiver/test-cert.pem"))));
        QCOMPARE(post(cloudEvent(u"tls-1"_s)).status, 204);
        QCOMPARE(m_store->count({}), qint64(1));
        m_tlsConfiguration = QSslConfiguration();
    }

    void refusesBadTlsFiles()
    {
        m_settings.tlsCertificateFile = testsupport::dataPath(QStringLiteral("receiver/README.md"));
        m_settings.tlsKeyFile = testsupport::dataPath(QStringLiteral("receiver/test-key.pem"));
        m_receiver->setSettings(m_settings);
        QSignalSpy errors(m_receiver.get(), &WebhookReceiver::errorOccurred);
        QVERIFY(!m_receiver->start());
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Failed);
        QVERIFY(m_receiver->errorString().contains(QStringLiteral("certificate")));
        QCOMPARE(errors.size(), 1);
    }

    void urls()
    {
        m_settings.path = QStringLiteral("/hooks/roaming");
        startReceiver();
        const QUrl local = m_receiver->localUrl();
        QCOMPARE(local.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(local.port(), int(m_receiver->port()));
        QCOMPARE(local.path(), QStringLiteral("/hooks/roaming"));
        QCOMPARE(m_receiver->sinkUrl(), local);
        m_receiver->stop();
        m_settings.publicSinkUrl = QUrl(QStringLiteral("https://abc.tunnel.example/hooks/roaming"));
        startReceiver();
        QCOMPARE(m_receiver->sinkUrl(), m_settings.publicSinkUrl);
        QCOMPARE(post(cloudEvent(u"p1"_s), "Bearer " + ConfiguredToken, QStringLiteral("/hooks/roaming")).status, 204);
        QCOMPARE(post(cloudEvent(u"p2"_s), "Bearer " + ConfiguredToken, QStringLiteral("/notifications")).status, 404);
    }

    void listensOnLoopbackByDefault()
    {
        const ReceiverSettings defaults;
        QVERIFY(defaults.address.isLoopback());
        QVERIFY(!defaults.allowUnauthenticated);
        QCOMPARE(defaults.maxBodyBytes, qint64(64 * 1024));
        QVERIFY(defaults.unauthenticatedDefault());
        ReceiverSettings exposed;
        exposed.address = QHostAddress::AnyIPv4;
        QVERIFY(!exposed.unauthenticatedDefault());
        ReceiverSettings withToken;
        withToken.tokens = QStringList{QStringLiteral("t")};
        QVERIFY(!withToken.unauthenticatedDefault());
    }

    void stopClosesAndCanRestart()
    {
        startReceiver();
        QSignalSpy states(m_receiver.get(), &WebhookReceiver::stateChanged);
        QSignalSpy stopped(m_receiver.get(), &WebhookReceiver::stopped);
        const quint16 port = m_receiver->port();
        m_receiver->stop();
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Stopped);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(states.size(), 2); // Stopping, Stopped
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        startReceiver();
        QCOMPARE(post(cloudEvent(u"again"_s)).status, 204);
    }

    void refusesAPortInUse()
    {
        startReceiver();
        WebhookReceiver second;
        ReceiverSettings settings = m_settings;
        settings.port = m_receiver->port();
        second.setSettings(settings);
        QVERIFY(!second.start());
        QVERIFY(!second.errorString().isEmpty());
        QCOMPARE(second.state(), WebhookReceiver::State::Failed);
    }

private:
    void startReceiver()
    {
        m_receiver->setSettings(m_settings);
        QVERIFY2(m_receiver->start(), qPrintable(m_receiver->errorString()));
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Listening);
    }

    QNetworkRequest request(const QString &path, const QByteArray &contentType, const QByteArray &authorization)
    {
        QUrl url = m_receiver->localUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!m_tlsConfiguration.isNull())
            request.setSslConfiguration(m_tlsConfiguration);
        return request;
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &contentType,
        const QByteArray &authorization, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.sendCustomRequest(request(path, contentType, authorization), method, body);
        Answer answer;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000); }();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        if (answer.status == 0)
            qWarning() << "no HTTP answer:" << reply->errorString();
        delete reply;
        return answer;
    }

    Answer post(const QByteArray &body, const QByteArray &authorization = "Bearer " + ConfiguredToken,
        const QString &path = QStringLiteral("/notifications"))
    {
        return send("POST", path, "application/cloudevents+json", authorization, body);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_counter = 0;
    testsupport::ReceiverUnderTest m_parts;
    std::unique_ptr<SqliteNotificationStore> &m_store = m_parts.store;
    std::unique_ptr<SubscriptionRegistry> &m_registry = m_parts.registry;
    std::unique_ptr<WebhookReceiver> &m_receiver = m_parts.receiver;
    ReceiverSettings &m_settings = m_parts.settings;
    QSslConfiguration m_tlsConfiguration;
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
