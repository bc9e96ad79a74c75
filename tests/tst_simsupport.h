#pragma once

// Test helpers for the simulator tests: a blocking-free HTTP call helper on a real QNetworkAccessManager, a
// real QHttpServer sink that records CloudEvents (and can answer late, or with chosen statuses), a raw TCP sink
// that records the bytes as they arrive, and a raw HTTP/1.1 client for what QNetworkAccessManager will not send.

#include "app/common/httpservercompat.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

namespace simtest {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class HttpClient
{
public:
    HttpClient() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit); // guard only: a healthy answer takes milliseconds
        if (!reply->isFinished())
            loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.json = QJsonDocument::fromJson(result.body);
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
};

/// A webhook receiver on loopback that records what it gets.
class Sink : public QObject
{
public:
    struct Received
    {
        QByteArray path;
        QByteArray body;
        QJsonObject json;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray correlator;
        QString type() const { return json.value(QStringLiteral("type")).toString(); }
        QString shortType() const { return type().section(QLatin1Char('.'), -1); }
        QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    };

    Sink()
    {
        m_tcp = new QTcpServer(this);
        m_tcp->listen(QHostAddress::LocalHost, 0);
        m_server.bind(m_tcp);
        roamdesk::httpcompat::setMissingHandler(
            m_server, this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handle(request, std::move(responder));
            });
    }

    QUrl url(const QString &path = QStringLiteral("/notify")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(path));
    }

    QList<Received> received;
    QList<int> statuses; // answered in order, then 204
    bool defer = false; // keep answers pending until release()
    int inFlight = 0;
    int maxInFlight = 0;
    int requests = 0;

    /// Events of one subscription, by short type ("roaming-on", "subscription-ends").
    QStringList typesFor(const QString &subscriptionId) const
    {
        QStringList types;
        for (const Received &r : received) {
            if (r.data().value(QStringLiteral("subscriptionId")).toString() == subscriptionId)
                types.append(r.shortType());
        }
        return types;
    }
    QList<Received> eventsFor(const QString &subscriptionId) const
    {
        QList<Received> list;
        for (const Received &r : received) {
            if (r.data().value(QStringLiteral("subscriptionId")).toString() == subscriptionId)
                list.append(r);
        }
        return list;
    }

    void releaseOne()
    {
        if (m_pending.empty())
            return;
        auto responder = std::move(m_pending.front());
        m_pending.erase(m_pending.begin());
        --inFlight;
        responder->write(QHttpServerResponder::StatusCode::NoContent);
    }
    int pendingCount() const { return int(m_pending.size()); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        ++requests;
        const int status = statuses.isEmpty() ? 204 : statuses.takeFirst();
        if (status < 300) {
            Received r;
            r.path = request.url().path().toUtf8();
            r.body = request.body();
            r.json = QJsonDocument::fromJson(r.body).object();
            r.authorization = request.value("Authorization");
            r.contentType = request.value("Content-Type");
            r.correlator = request.value("x-correlator");
            received.append(r);
        }
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        if (defer && status < 300) {
            m_pending.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        --inFlight;
        responder.write(static_cast<QHttpServerResponder::StatusCode>(status));
    }

    QTcpServer *m_tcp = nullptr;
    QHttpServer m_server;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_pending;
};

/// Content-Length of a request or response head (0 when absent).
inline qsizetype contentLength(const QByteArray &head)
{
    const qsizetype at = head.toLower().indexOf("\r\ncontent-length:");
    if (at < 0)
        return 0;
    const qsizetype end = head.indexOf('\r', at + 2);
    return head.mid(at + 17, end < 0 ? -1 : end - at - 17).trimmed().toLongLong();
}

/// A listener on loopback that records every byte reaching it, unparsed (so header lines are seen as they
/// were sent), and answers each complete request with 204.
class RawSink : public QObject
{
public:
    RawSink()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/notify").arg(port())); }

    int connections = 0;
    int requests = 0; // complete requests answered
    QByteArray bytes; // everything received, in order

private:
    void read(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        bytes += data;
        QByteArray &pending = m_pending[socket];
        pending += data;
        for (;;) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype total = end + 4 + contentLength(pending.left(end));
            if (pending.size() < total)
                return;
            pending.remove(0, total);
            ++requests;
            socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

/// A raw HTTP/1.1 client: sends exactly the bytes given and reads one answer while the event loop runs (the
/// server under test lives in the same thread).
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    QTcpSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    /// One complete answer (head and Content-Length body), or what arrived before `timeoutMs` or the close.
    QByteArray readAnswer(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype total = end + 4 + contentLength(m_buffer.left(end));
                if (m_buffer.size() >= total) {
                    const QByteArray answer = m_buffer.left(total);
                    m_buffer.remove(0, total);
                    return answer;
                }
            }
            if (timer.elapsed() > timeoutMs || m_socket.state() != QAbstractSocket::ConnectedState)
                return std::exchange(m_buffer, {}) + m_socket.readAll();
            QTest::qWait(5);
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline const char *typeWire(const char *shortName)
{
    static QHash<QByteArray, QByteArray> cache;
    QByteArray &value = cache[shortName];
    if (value.isEmpty())
        value = QByteArray("org.camaraproject.device-roaming-status-subscriptions.v0.") + shortName;
    return value.constData();
}

} // namespace simtest
