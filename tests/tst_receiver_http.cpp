// WebhookReceiver's HTTP/1.1 layer over raw TCP: pipelining order, header-field count, head/body deadlines,
// per-peer share, chunked bodies and the early 413, Connection: close / HTTP/1.0, Expect: 100-continue,
// ambiguous framing, strict JSON text (control characters, duplicate keys, surrogates, UTF-8), exact ids,
// the shape of every error body, and the refusal count.
#include "app/receiver/webhookreceiver.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/subscriptionregistry.h"
#include "receivertestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;

namespace {

const QByteArray Token = "configured-secret";
const QByteArray SinkLine = "POST /notifications HTTP/1.1";
const QString Prefix = QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.");

// Every error body read in a test function is checked; cleanup() fails the function on any problem.
QStringList g_problems;
QString g_privateDir;

QByteArray shown(const QByteArray &bytes)
{
    QByteArray text = bytes.left(700);
    text.replace('\0', "\\0").replace("\r", "\\r").replace("\n", "\\n");
    return bytes.size() > 700 ? text + "…" : text;
}

QByteArray cloudEvent(const QString &id)
{
    const QJsonObject data{
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+33612345678")}}},
        {QStringLiteral("subscriptionId"), QStringLiteral("sub-unknown")}, {QStringLiteral("roaming"), true},
        {QStringLiteral("countryCode"), 262}, {QStringLiteral("countryName"), QJsonArray{QStringLiteral("DE")}}};
    const QJsonObject object{{QStringLiteral("id"), id},
        {QStringLiteral("source"), QStringLiteral("https://notifications.example.net")},
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
        {QStringLiteral("type"), Prefix + QStringLiteral("roaming-status")},
        {QStringLiteral("time"), QStringLiteral("2024-03-01T08:15:00.125Z")}, {QStringLiteral("data"), data}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An event whose id string is exactly these bytes between the quotes (raw, unchecked).
QByteArray eventWithRawId(const QByteArray &rawId)
{
    return cloudEvent(QStringLiteral("@ID@")).replace("\"@ID@\"", "\"" + rawId + "\"");
}

QByteArray message(const QByteArray &line, const QByteArrayList &fields, const QByteArray &body)
{
    QByteArray bytes = line + "\r\n";
    for (const QByteArray &field : fields)
        bytes += field + "\r\n";
    return bytes + "\r\n" + body;
}

QByteArrayList baseFields(const QByteArray &token = Token)
{
    return {"Host: 127.0.0.1", "Content-Type: application/cloudevents+json", "Authorization: Bearer " + token};
}

QByteArray post(const QByteArray &body, const QByteArrayList &extra = {}, const QByteArray &token = Token,
    const QByteArray &line = SinkLine)
{
    return message(
        line, baseFields(token) + QByteArrayList{"Content-Length: " + QByteArray::number(body.size())} + extra, body);
}

QByteArray chunk(const QByteArray &data, const QByteArray &extension = {})
{
    return QByteArray::number(data.size(), 16) + extension + "\r\n" + data + "\r\n";
}

// The body in three chunks, the second with an extension, and a trailer field.
QByteArray chunkedBody(const QByteArray &body)
{
    const qsizetype third = body.size() / 3;
    return chunk(body.left(third)) + chunk(body.mid(third, third), ";x=y") + chunk(body.mid(2 * third))
        + "0\r\nX-Trailer: t\r\n\r\n";
}

struct Response
{
    int status = 0; // -1: not an HTTP/1.x answer
    QByteArray head;
    QByteArray body;
    QByteArray raw;

    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0 && lines.at(i).left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return lines.at(i).mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Item 9: an error body is {status, code, message}, status the HTTP status, nothing internal in the text.
void checkErrorShape(const Response &answer)
{
    if (answer.status < 400)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    const QJsonObject object = document.object();
    const QString message = object.value(QStringLiteral("message")).toString();
    static const QRegularExpression filePath(QStringLiteral("(^|[\\s'\"(=])/(tmp|home|usr|var|etc|work|root|opt)/"));
    QString problem;
    if (!document.isObject())
        problem = QStringLiteral("error body is not a JSON object");
    else if (object.keys() != QStringList{QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("status")})
        problem = QStringLiteral("error body members are not exactly status, code, message");
    else if (!object.value(QStringLiteral("status")).isDouble()
        || object.value(QStringLiteral("status")).toInt() != answer.status)
        problem = QStringLiteral("error body status differs from the HTTP status");
    else if (!QRegularExpression(QStringLiteral("^[A-Z][A-Z_]+$"))
                  .match(object.value(QStringLiteral("code")).toString())
                  .hasMatch())
        problem = QStringLiteral("error body code is not a CAMARA code");
    else if (message.trimmed().isEmpty())
        problem = QStringLiteral("error body message is empty");
    else if (message.contains(QStringLiteral("sql"), Qt::CaseInsensitive) || message.contains(g_privateDir)
        || message.contains(filePath) || message.contains(QStringLiteral(".cpp")))
        problem = QStringLiteral("error body message shows internals");
    if (!problem.isEmpty())
        g_problems << problem + QStringLiteral(": ") + QString::fromLatin1(shown(answer.raw));
}

/// One client connection: everything received is kept in `received`; readAnswers() parses HTTP/1.x answers off it.
class RawClient
{
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress())
    {
        QObject::connect(&socket, &QIODevice::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QAbstractSocket::stateChanged, [this](QAbstractSocket::SocketState state) {
            if (socket.bytesAvailable() > 0)
                received += socket.readAll();
            if (state == QAbstractSocket::UnconnectedState && closedAtMs < 0)
                closedAtMs = clock.elapsed();
        });
        if (!from.isNull() && !socket.bind(from))
            qWarning() << "cannot bind to" << from << socket.errorString();
        clock.start();
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            qWarning() << "not connected:" << socket.errorString();
    }
    ~RawClient()
    {
        QObject::disconnect(&socket, nullptr, nullptr, nullptr);
        socket.abort();
    }

    bool isConnected() const { return socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes) { socket.write(bytes); }
    bool hasUnread() const { return received.size() > consumed; }
    bool waitClosed(int timeoutMs = 3000)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }
    /// Up to n answers, in arrival order; fewer when the time runs out or the server closed.
    QList<Response> readAnswers(int n, int timeoutMs = 3000)
    {
        QList<Response> answers;
        (void)QTest::qWaitFor(
            [&] {
                Response answer;
                while (answers.size() < n && take(answer)) {
                    checkErrorShape(answer);
                    answers << answer;
                }
                return answers.size() == n || socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return answers;
    }
    Response readAnswer(int timeoutMs = 3000)
    {
        const QList<Response> answers = readAnswers(1, timeoutMs);
        return answers.isEmpty() ? Response() : answers.first();
    }

    QElapsedTimer clock;
    qint64 closedAtMs = -1;
    QByteArray received;
    qsizetype consumed = 0;
    QTcpSocket socket; // last: destroyed first

private:
    bool take(Response &answer)
    {
        const qsizetype end = received.indexOf("\r\n\r\n", consumed);
        if (end < 0)
            return false;
        answer = Response();
        answer.head = received.mid(consumed, end - consumed);
        const QByteArray line = answer.head.split('\r').first();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^HTTP/1\\.[01] ([1-5][0-9][0-9])( |$)"))
                .match(QString::fromLatin1(line));
        qsizetype at = end + 4;
        if (!match.hasMatch()) {
            answer.status = -1;
            at = received.size();
        } else {
            answer.status = match.captured(1).toInt();
            const QByteArray length = answer.header("Content-Length");
            const bool bodiless = answer.status < 200 || answer.status == 204 || answer.status == 304;
            if (!bodiless && !length.isEmpty()) {
                if (received.size() < at + length.toLongLong())
                    return false;
                answer.body = received.mid(at, length.toLongLong());
                at += answer.body.size();
            } else if (!bodiless) { // the receiver always sends Content-Length: else read to the close
                if (socket.state() != QAbstractSocket::UnconnectedState)
                    return false;
                answer.body = received.mid(at);
                at = received.size();
            }
        }
        answer.raw = received.mid(consumed, at - consumed);
        consumed = at;
        return true;
    }
};

QList<int> statuses(const QList<Response> &answers)
{
    QList<int> result;
    for (const Response &answer : answers)
        result << answer.status;
    return result;
}

} // namespace

class TestReceiverHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        g_privateDir = m_dir.path();
        g_problems.clear();
        m_dbPath = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_counter));
        QVERIFY(m_parts.open(m_dbPath, Token));
    }

    void cleanup()
    {
        m_parts.close();
        const QStringList problems = std::exchange(g_problems, {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pipelinedAnswersInOrder_data()
    {
        // V valid event (204), J invalid JSON (400), T wrong token (401), P other path (404)
        QTest::addColumn<QString>("kinds");
        QTest::newRow("four") << QStringLiteral("VJVJ");
        QTest::newRow("twenty") << QStringLiteral("VTVP").repeated(5);
        // More than the 64 answers a connection may owe: reading pauses, then resumes as answers go out.
        QTest::newRow("two hundred") << QStringLiteral("VVVJ").repeated(50);
    }

    void pipelinedAnswersInOrder()
    {
        QFETCH(QString, kinds);
        startReceiver();
        QByteArray requests;
        QList<int> expected;
        int valid = 0;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QByteArray event = cloudEvent(QStringLiteral("pipe-%1").arg(i));
            switch (kinds.at(i).toLatin1()) {
            case 'V':
                requests += post(event);
                expected << 204;
                ++valid;
                break;
            case 'J':
                requests += post("{\"id\": \"pipe\", \"source\": }");
                expected << 400;
                break;
            case 'T':
                requests += post(event, {}, "wrong-token");
                expected << 401;
                break;
            default:
                requests += post(event, {}, Token, "POST /other HTTP/1.1");
                expected << 404;
            }
        }
        RawClient client(m_receiver->port());
        client.write(requests); // one write
        const QList<Response> answers = client.readAnswers(int(expected.size()), 10000);
        QVERIFY2(statuses(answers) == expected, shown(client.received).constData());
        QVERIFY2(!client.hasUnread(), shown(client.received.mid(client.consumed)).constData());
        QCOMPARE(m_store->count({}), qint64(valid));
    }

    void headerFieldCount_data()
    {
        QTest::addColumn<int>("extraFields"); // besides Host, Content-Type, Authorization, Content-Length
        QTest::addColumn<int>("status");
        QTest::newRow("100 fields in all") << 96 << 204;
        QTest::newRow("101 fields in all") << 97 << 431;
        QTest::newRow("101 X-F fields") << 101 << 431;
    }

    void headerFieldCount()
    {
        QFETCH(int, extraFields);
        QFETCH(int, status);
        startReceiver();
        QByteArrayList fields;
        for (int i = 0; i < extraFields; ++i)
            fields << "X-F" + QByteArray::number(i) + ": v";
        RawClient client(m_receiver->port());
        client.write(post(cloudEvent(QStringLiteral("fields")), fields));
        const Response answer = client.readAnswer();
        QVERIFY2(answer.status == status, shown(client.received).constData());
        QCOMPARE(m_store->count({}), qint64(status == 204 ? 1 : 0));
        if (status == 431)
            QCOMPARE(answer.json().value(QStringLiteral("code")).toString(),
                QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"));
    }

    void slowRequestTimesOut_data()
    {
        QTest::addColumn<bool>("dripHead"); // else the head at once and the body dripped
        QTest::newRow("head dripped") << true;
        QTest::newRow("body dripped") << false;
    }

    void slowRequestTimesOut()
    {
        QFETCH(bool, dripHead);
        m_settings.idleTimeoutMs = 30'000; // the per-request deadlines must fire, not the idle timer
        m_settings.headTimeoutMs = dripHead ? 1000 : 30'000;
        m_settings.bodyTimeoutMs = dripHead ? 30'000 : 1000;
        startReceiver();
        const QByteArray request = post(cloudEvent(QStringLiteral("slow")));
        const qsizetype headSize = request.indexOf("\r\n\r\n") + 4;
        RawClient client(m_receiver->port());
        if (!dripHead)
            client.write(request.left(headSize));
        // A byte every 200 ms (the whole request would take > 30 s) until answered or closed.
        for (qsizetype at = dripHead ? 0 : headSize; client.clock.elapsed() < 4000 && at < request.size(); ++at) {
            if (!client.isConnected() || client.hasUnread())
                break;
            client.write(request.mid(at, 1));
            QTest::qWait(200);
        }
        const Response answer = client.readAnswer(500);
        QVERIFY2(answer.status == 408, shown(client.received).constData());
        QCOMPARE(answer.json().value(QStringLiteral("code")).toString(), QStringLiteral("REQUEST_TIMEOUT"));
        QVERIFY(client.waitClosed(500));
        QVERIFY2(client.closedAtMs >= 900 && client.closedAtMs <= 2500, QByteArray::number(client.closedAtMs));
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void perPeerConnectionShare()
    {
        m_settings.maxConnectionsPerPeer = 3;
        startReceiver();
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i)
            held.push_back(std::make_unique<RawClient>(m_receiver->port()));
        QTRY_COMPARE(m_receiver->openConnections(), 3);
        RawClient fourth(m_receiver->port());
        const Response refused = fourth.readAnswer();
        QVERIFY2(refused.status == 503, shown(fourth.received).constData());
        QVERIFY(fourth.waitClosed());
        QTRY_COMPARE(m_receiver->openConnections(), 3);
        // Another peer address is not held to 127.0.0.1's share.
        RawClient other(m_receiver->port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(other.socket.localAddress(), QHostAddress(QStringLiteral("127.0.0.2")));
        other.write(post(cloudEvent(QStringLiteral("other-peer"))));
        const Response answer = other.readAnswer();
        QVERIFY2(answer.status == 204, shown(other.received).constData());
        QCOMPARE(m_store->count({}), qint64(1));
        for (const auto &client : held)
            QVERIFY(client->isConnected() && !client->hasUnread());
    }

    void chunkedOverTheCapRefusedEarly()
    {
        m_settings.idleTimeoutMs = 30'000;
        startReceiver();
        RawClient client(m_receiver->port());
        client.write(message(SinkLine, baseFields() + QByteArrayList{"Transfer-Encoding: chunked"}, {}));
        const QByteArray piece = chunk(QByteArray(8 * 1024, 'a'));
        qint64 sent = 0;
        while (
            sent < 10 * 1024 * 1024 && client.clock.elapsed() < 5000 && client.isConnected() && !client.hasUnread()) {
            client.write(piece);
            sent += piece.size();
            (void)QTest::qWaitFor([&] { return client.socket.bytesToWrite() == 0 || client.hasUnread(); }, 1000);
            (void)QTest::qWaitFor([&] { return client.hasUnread(); }, 20);
        }
        const Response answer = client.readAnswer(500);
        QVERIFY2(answer.status == 413,
            QByteArray::number(sent) + " bytes sent in " + QByteArray::number(client.clock.elapsed()) + " ms, "
                + (client.isConnected() ? "open: " : "closed: ") + shown(client.received));
        QCOMPARE(answer.json().value(QStringLiteral("code")).toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        QVERIFY2(sent <= m_settings.maxBodyBytes + 64 * 1024, QByteArray::number(sent));
        QVERIFY2(client.clock.elapsed() < 5000, QByteArray::number(client.clock.elapsed()));
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void chunkedEventAccepted()
    {
        startReceiver();
        RawClient client(m_receiver->port());
        client.write(message(SinkLine, baseFields() + QByteArrayList{"Transfer-Encoding: chunked"},
            chunkedBody(cloudEvent(QStringLiteral("chunked-1")))));
        const Response answer = client.readAnswer();
        QVERIFY2(answer.status == 204, shown(client.received).constData());
        const QList<NotificationLogRecord> rows = m_store->olderThan({}, NotificationLogSource::NoSeq, 10, true);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).rawJson, cloudEvent(QStringLiteral("chunked-1")));
    }

    void connectionClose_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<bool>("closes");
        QTest::newRow("1.1 close") << SinkLine << QByteArray("Connection: close") << true;
        QTest::newRow("1.0") << QByteArray("POST /notifications HTTP/1.0") << QByteArray() << true;
        QTest::newRow("1.0 keep-alive") << QByteArray("POST /notifications HTTP/1.0")
                                        << QByteArray("Connection: keep-alive") << false;
    }

    void connectionClose()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, connection);
        QFETCH(bool, closes);
        startReceiver();
        const QByteArrayList extra = connection.isEmpty() ? QByteArrayList() : QByteArrayList{connection};
        RawClient client(m_receiver->port());
        // The second request is pipelined in the same write.
        client.write(post(cloudEvent(QStringLiteral("first")), extra, Token, line)
            + post(cloudEvent(QStringLiteral("second")), extra, Token, line));
        const QList<Response> answers = client.readAnswers(closes ? 1 : 2);
        QVERIFY2(statuses(answers) == QList<int>(closes ? 1 : 2, 204), shown(client.received).constData());
        if (connection == "Connection: close")
            QVERIFY2(answers.at(0).header("Connection").toLower().contains("close"), answers.at(0).head.constData());
        if (closes) {
            QVERIFY2(client.waitClosed(), "the server kept the connection open");
            QVERIFY2(!client.hasUnread(), shown(client.received).constData());
            QTest::qWait(300);
            QCOMPARE(m_store->count({}), qint64(1));
            return;
        }
        QTest::qWait(300);
        QVERIFY(client.isConnected());
        client.write(post(cloudEvent(QStringLiteral("third")), extra, Token, line));
        QVERIFY2(client.readAnswer().status == 204, shown(client.received).constData());
        QCOMPARE(m_store->count({}), qint64(3));
    }

    void expectContinue()
    {
        startReceiver();
        const QByteArray request = post(cloudEvent(QStringLiteral("continued")), {"Expect: 100-continue"});
        const qsizetype headSize = request.indexOf("\r\n\r\n") + 4;
        RawClient client(m_receiver->port());
        client.write(request.left(headSize));
        const Response interim = client.readAnswer();
        QVERIFY2(client.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), shown(client.received).constData());
        QCOMPARE(interim.status, 100);
        client.write(request.mid(headSize));
        const Response answer = client.readAnswer();
        QVERIFY2(answer.status == 204, shown(client.received).constData());
        QCOMPARE(m_store->count({}), qint64(1));
    }

    void expectContinueOverTheCap()
    {
        startReceiver();
        RawClient client(m_receiver->port());
        client.write(
            message(SinkLine, baseFields() + QByteArrayList{"Content-Length: 10000000", "Expect: 100-continue"}, {}));
        const Response answer = client.readAnswer();
        QVERIFY2(answer.status == 413, shown(client.received).constData());
        QVERIFY2(!client.received.contains(" 100 "), shown(client.received).constData());
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void ambiguousFramingRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QList<int>>("allowed");
        const QByteArray event = cloudEvent(QStringLiteral("framed"));
        const QByteArray chunked = chunkedBody(event);
        const QByteArray size = QByteArray::number(event.size());
        const QByteArrayList base = baseFields();
        const QList<int> bad{400};
        QTest::newRow("Content-Length 10 and 11")
            << message(SinkLine, base + QByteArrayList{"Content-Length: 10", "Content-Length: 11"}, "0123456789A")
            << bad;
        QTest::newRow("Content-Length and chunked") << message(SinkLine,
            base
                + QByteArrayList{"Content-Length: " + QByteArray::number(chunked.size()), "Transfer-Encoding: chunked"},
            chunked) << bad;
        QTest::newRow("Content-Length +N")
            << message(SinkLine, base + QByteArrayList{"Content-Length: +" + size}, event) << bad;
        QTest::newRow("Content-Length 1e3")
            << message(SinkLine, base + QByteArrayList{"Content-Length: 1e3"}, event) << bad;
        QTest::newRow("Content-Length -1")
            << message(SinkLine, base + QByteArrayList{"Content-Length: -1"}, event) << bad;
        QTest::newRow("gzip, chunked") << message(SinkLine, base + QByteArrayList{"Transfer-Encoding: gzip, chunked"},
            chunked) << QList<int>{400, 501};
        QTest::newRow("identity") << message(SinkLine, base + QByteArrayList{"Transfer-Encoding: identity"}, event)
                                  << QList<int>{400, 501};
        QTest::newRow("field without colon") << post(event, {"X-No-Colon"}) << bad;
        QTest::newRow("obs-fold") << post(event, {"X-Folded: a", " b"}) << bad;
        QTest::newRow("bare LF") << post(event).replace("\r\nContent-Type:", "\nContent-Type:") << bad;
        QTest::newRow("HTTP/2.0") << post(event, {}, Token, "POST /notifications HTTP/2.0") << QList<int>{400, 505};
        QTest::newRow("no Host") << message(SinkLine, base.mid(1) + QByteArrayList{"Content-Length: " + size}, event)
                                 << bad;
    }

    void ambiguousFramingRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QList<int>, allowed);
        startReceiver();
        RawClient client(m_receiver->port());
        client.write(request);
        const Response answer = client.readAnswer();
        QVERIFY2(allowed.contains(answer.status), shown(client.received).constData());
        QVERIFY2(client.waitClosed(), "the server kept the connection open");
        QCOMPARE(m_store->count({}), qint64(0));
    }

    void strictJsonText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray plain = cloudEvent(QStringLiteral("strict"));
        QTest::newRow("raw ESC in id") << eventWithRawId("a\x1b"
                                                         "b")
                                       << 400;
        QTest::newRow("raw NUL in id") << eventWithRawId(QByteArray("a\0b", 3)) << 400;
        QTest::newRow("raw TAB in id") << eventWithRawId("a\tb") << 400;
        QTest::newRow("raw ESC in phoneNumber") << QByteArray(plain).replace("+33612345678",
            "+3361234\x1b"
            "5678") << 400;
        QTest::newRow("escaped ESC in id") << eventWithRawId("a\\u001bb") << 204;
        QTest::newRow("raw ESC in subscriptionId") << QByteArray(plain).replace("sub-unknown", "sub-\x1b") << 400;
        QTest::newRow("escaped ESC in subscriptionId")
            << QByteArray(plain).replace("sub-unknown", "sub-\\u001b") << 204;
        QTest::newRow("duplicate id") << "{\"id\":\"first\"," + plain.mid(1) << 400;
        QTest::newRow("duplicate roaming")
            << QByteArray(plain).replace("\"roaming\":true", "\"roaming\":true,\"roaming\":false") << 400;
        QTest::newRow("unpaired high surrogate") << eventWithRawId("x\\ud800y") << 400;
        QTest::newRow("lone low surrogate") << eventWithRawId("\\udc00") << 400;
        QTest::newRow("surrogate pair") << eventWithRawId("\\ud83d\\ude00") << 204;
        QTest::newRow("UTF-8 C3 28") << eventWithRawId("a\xc3\x28"
                                                       "b")
                                     << 400;
        QTest::newRow("UTF-8 overlong C0 AF") << eventWithRawId("a\xc0\xaf"
                                                                "b")
                                              << 400;
        QTest::newRow("UTF-8 CESU ED A0 80") << eventWithRawId("a\xed\xa0\x80"
                                                               "b")
                                             << 400;
    }

    void strictJsonText()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        startReceiver();
        const Response answer = exchange(post(body));
        QVERIFY2(answer.status == status, shown(answer.raw).constData());
        if (status == 400)
            QCOMPARE(answer.json().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(m_store->count({}), qint64(status == 204 ? 1 : 0));
    }

    void distinctIdsStoredExactly()
    {
        startReceiver();
        const QList<std::pair<QByteArray, int>> sent{{"x\\ud800y", 400}, {"x\xf0\x9f\x98\x80", 204}, {"a\\u0000b", 204},
            {"a\\u0000c", 204}, {"\xf0\x9f\x98\x80", 204}, {"\\ud83d\\ude00", 204}, {"e\\u0301", 204},
            {"\xc3\xa9", 204}};
        for (const auto &[rawId, status] : sent) {
            const Response answer = exchange(post(eventWithRawId(rawId)));
            QVERIFY2(answer.status == status, (shown(rawId) + " -> " + shown(answer.raw)).constData());
        }
        QStringList expected{QString::fromUtf8("x\xf0\x9f\x98\x80"),
            QStringLiteral("a") + QChar(0) + QStringLiteral("b"), QStringLiteral("a") + QChar(0) + QStringLiteral("c"),
            QString::fromUtf8("\xf0\x9f\x98\x80"), QString::fromUtf16(u"e\u0301"), QString::fromUtf16(u"\u00e9")};
        QStringList stored;
        for (const NotificationLogRecord &row : m_store->olderThan({}, NotificationLogSource::NoSeq, 100))
            stored << row.eventId;
        std::sort(expected.begin(), expected.end());
        std::sort(stored.begin(), stored.end());
        QCOMPARE(stored, expected);
        QCOMPARE(m_receiver->stats().duplicates, qint64(1));
    }

    void rejectedCountsEachRefusalOnce()
    {
        m_settings.headTimeoutMs = 500;
        m_settings.maxConnectionsPerPeer = 2;
        startReceiver();
        const QByteArray event = cloudEvent(QStringLiteral("counted"));
        QByteArrayList manyFields;
        for (int i = 0; i < 101; ++i)
            manyFields << "X-F" + QByteArray::number(i) + ": v";
        struct Step
        {
            const char *what;
            QByteArray request;
            QList<int> statuses;
        };
        const QList<Step> steps{{"wrong token", post(event, {}, "nope"), {401}},
            {"other path", post(event, {}, Token, "POST /elsewhere HTTP/1.1"), {404}},
            {"invalid JSON", post("{]"), {400}},
            {"pipelined 401 + 404", post(event, {}, "nope") + post(event, {}, Token, "POST /x HTTP/1.1"), {401, 404}},
            {"announced 413", message(SinkLine, baseFields() + QByteArrayList{"Content-Length: 10000000"}, {}), {413}},
            {"101 fields", post(event, manyFields), {431}},
            {"two Content-Lengths",
                message(
                    SinkLine, baseFields() + QByteArrayList{"Content-Length: 10", "Content-Length: 11"}, "0123456789A"),
                {400}},
            {"head never completed", "POST /notifications HTTP/1.1\r\nHost: 127.0.0.1\r\n", {408}},
            {"stored", post(event), {204}}, {"duplicate", post(event), {204}}};
        qint64 expected = 0;
        for (const Step &step : steps) {
            RawClient client(m_receiver->port());
            client.write(step.request);
            const QList<Response> answers = client.readAnswers(int(step.statuses.size()));
            QList<int> got = statuses(answers); // in any order: pipelinedAnswersInOrder checks the order
            std::sort(got.begin(), got.end());
            QVERIFY2(got == step.statuses, (step.what + (" -> " + shown(client.received))).constData());
            expected += std::count_if(step.statuses.begin(), step.statuses.end(), [](int s) { return s >= 400; });
            QTest::qWait(50);
            QVERIFY2(m_receiver->stats().rejected == expected,
                qPrintable(QStringLiteral("%1: rejected %2, expected %3")
                               .arg(QLatin1String(step.what))
                               .arg(m_receiver->stats().rejected)
                               .arg(expected)));
        }
        QTRY_COMPARE(m_receiver->openConnections(), 0);
        RawClient first(m_receiver->port());
        RawClient second(m_receiver->port());
        QTRY_COMPARE(m_receiver->openConnections(), 2);
        RawClient third(m_receiver->port());
        QVERIFY2(third.readAnswer().status == 503, shown(third.received).constData());
        QTest::qWait(50);
        QCOMPARE(m_receiver->stats().stored, qint64(1));
        QCOMPARE(m_receiver->stats().duplicates, qint64(1));
        QVERIFY2(m_receiver->stats().rejected == expected + 1,
            qPrintable(QStringLiteral("a connection refused with 503 (per-peer share): rejected %1, expected %2")
                           .arg(m_receiver->stats().rejected)
                           .arg(expected + 1)));
    }

private:
    void startReceiver()
    {
        m_receiver->setSettings(m_settings);
        QVERIFY2(m_receiver->start(), qPrintable(m_receiver->errorString()));
    }

    /// One request on a new connection, its first answer.
    Response exchange(const QByteArray &request)
    {
        RawClient client(m_receiver->port());
        client.write(request);
        Response answer = client.readAnswer();
        if (answer.status == 0)
            answer.raw = "(no answer) " + client.received;
        return answer;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_counter = 0;
    testsupport::ReceiverUnderTest m_parts;
    std::unique_ptr<SqliteNotificationStore> &m_store = m_parts.store;
    std::unique_ptr<SubscriptionRegistry> &m_registry = m_parts.registry;
    std::unique_ptr<WebhookReceiver> &m_receiver = m_parts.receiver;
    ReceiverSettings &m_settings = m_parts.settings;
};

QTEST_GUILESS_MAIN(TestReceiverHttp)
#include "tst_receiver_http.moc"
