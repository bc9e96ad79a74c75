#pragma once

// Loopback HTTP fixtures for the client tests: a QHttpServer that records every request and answers
// from a script (status, headers, body, delay, or never), and a raw QTcpServer for what QHttpServer
// cannot do (a body cut short, a connection that never answers).

#include "app/common/httpservercompat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

namespace fixture {

struct Request
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QString path() const { return url.path(QUrl::FullyEncoded); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool never = false; // keep the request open forever

    static Response json(int status, const QByteArray &body) { return Response{status, body, {}, 0, false}; }
    static Response camaraError(int status, const QByteArray &code, const QByteArray &message)
    {
        return json(status,
            "{\"status\":" + QByteArray::number(status) + ",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\"}");
    }
};

class HttpFixture : public QObject
{
public:
    HttpFixture()
    {
        m_tcp = new QTcpServer(this);
        if (!m_tcp->listen(QHostAddress::LocalHost, 0))
            qFatal("fixture cannot listen: %s", qPrintable(m_tcp->errorString()));
        m_server.bind(m_tcp);
        roamdesk::httpcompat::setMissingHandler(
            m_server, this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handle(request, std::move(responder));
            });
    }

    QUrl root(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(path));
    }

    /// Answers in order; when the script is empty, `fallback` answers.
    void enqueue(const Response &response) { m_script.push_back(response); }
    Response fallback = Response::json(200, R"({"roaming":false})");
    /// Answers for one path (checked before the script).
    QHash<QString, QList<Response>> byPath;

    QList<Request> requests;
    QList<Request> requestsTo(const QString &path) const
    {
        QList<Request> matching;
        for (const Request &request : requests) {
            if (request.path() == path)
                matching << request;
        }
        return matching;
    }

private:
    static QByteArray methodName(const QHttpServerRequest &request)
    {
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        default:
            return "OTHER";
        }
    }

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        Request recorded{
            methodName(request), request.url(), roamdesk::httpcompat::requestHeaders(request), request.body()};
        requests << recorded;
        Response response = fallback;
        auto pathScript = byPath.find(recorded.path());
        if (pathScript != byPath.end() && !pathScript->isEmpty())
            response = pathScript->takeFirst();
        else if (!m_script.empty()) {
            response = m_script.front();
            m_script.erase(m_script.begin());
        }
        if (response.never) {
            m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        if (response.delayMs > 0) {
            // Owned here, not by the timer: a responder must go before the server it answers for (Qt 6.8
            // crashes destroying one whose connection is gone), and members go before the QObject's timers.
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            m_delayed.push_back(held);
            QTimer::singleShot(response.delayMs, this, [this, weak = std::weak_ptr(held), response] {
                if (const std::shared_ptr<QHttpServerResponder> later = weak.lock()) {
                    send(std::move(*later), response);
                    m_delayed.erase(std::find(m_delayed.begin(), m_delayed.end(), later));
                }
            });
            return;
        }
        send(std::move(responder), response);
    }

    static void send(QHttpServerResponder &&responder, const Response &response)
    {
        QHttpServerResponse answer(
            QByteArrayLiteral("application/json"), response.body, QHttpServerResponder::StatusCode(response.status));
        for (const auto &[name, value] : response.headers)
            roamdesk::httpcompat::addHeader(answer, name, value);
        roamdesk::httpcompat::send(responder, answer);
    }

    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    std::vector<Response> m_script;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_delayed;
};

/// A raw HTTP/1.1 peer: reads one request per connection, then answers `rawAnswer` verbatim and closes
/// (a truncated body when the announced length is longer), or, with an empty answer, never says a word.
class RawFixture : public QObject
{
public:
    /// With `answerAnything`, the answer goes out on the first bytes, whatever they are (e.g. a TLS hello).
    explicit RawFixture(const QByteArray &rawAnswer, bool answerAnything = false)
        : m_answer(rawAnswer)
    {
        if (!m_tcp.listen(QHostAddress::LocalHost, 0))
            qFatal("raw fixture cannot listen: %s", qPrintable(m_tcp.errorString()));
        connect(&m_tcp, &QTcpServer::newConnection, this, [this, answerAnything] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, answerAnything] {
                    m_buffers[socket] += socket->readAll();
                    if (answerAnything) {
                        ++requests;
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                        return;
                    }
                    const QByteArray &buffer = m_buffers[socket];
                    const int end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    int length = 0;
                    for (const QByteArray &line : buffer.left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toInt();
                    }
                    if (buffer.size() < end + 4 + length)
                        return;
                    ++requests;
                    if (m_answer.isEmpty())
                        return; // never answer
                    socket->write(m_answer);
                    socket->flush();
                    socket->disconnectFromHost();
                });
            }
        });
    }

    QUrl root(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp.serverPort()).arg(path));
    }

    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_tcp;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// A loopback port with nobody listening (bound, then closed).
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace fixture
