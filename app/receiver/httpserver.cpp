#include "app/receiver/httpserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcReceiver)

namespace roamdesk::http {

namespace {
constexpr int ListenBacklog = 1024;
// Refused connections are logged at most once in this interval, with a count of the others.
constexpr qint64 RefusalWarningIntervalMs = 10'000;
} // namespace

/// Hands every accepted descriptor to the HttpServer, which wraps it (plain or TLS) itself.
class AcceptingTcpServer final : public QTcpServer
{
public:
    explicit AcceptingTcpServer(HttpServer *server)
        : QTcpServer(server)
        , m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    HttpServer *m_server;
};

HttpServer::HttpServer(const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    const int shortest = qMin(limits.idleTimeoutMs, qMin(limits.headTimeoutMs, limits.bodyTimeoutMs));
    m_sweep.setInterval(qBound(20, shortest / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    // Connections are children: make them forget us before they go.
    const auto connections = m_connections.keys();
    for (HttpConnection *connection : connections)
        delete connection;
}

#if QT_CONFIG(ssl)
void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_tlsEnabled = true;
}
#endif

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto *listener = new AcceptingTcpServer(this);
    listener->setListenBacklogSize(ListenBacklog);
    if (!listener->listen(address, port)) {
        m_error = listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    m_sweep.start();
    return true;
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpServer::stopListening()
{
    if (m_listener)
        m_listener->close();
}

void HttpServer::closeAll()
{
    const auto connections = m_connections.keys();
    for (HttpConnection *connection : connections)
        connection->closeWhenAnswered();
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (m_tlsEnabled) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(m_tls);
        socket = tls;
    }
#endif
    if (!socket)
        socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_connections.size() >= m_limits.maxConnections)
        return refuseConnection(socket, QStringLiteral("connection cap %1 reached").arg(m_limits.maxConnections));
    if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        return refuseConnection(socket,
            QStringLiteral("%1 already holds %2 connections").arg(peer.toString()).arg(m_limits.maxConnectionsPerPeer));
    }
    auto *connection = new HttpConnection(socket, this);
    m_connections.insert(connection, peer);
    ++m_perPeer[peer];
#if QT_CONFIG(ssl)
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->startServerEncryption();
#endif
}

void HttpServer::refuseConnection(QTcpSocket *socket, const QString &why)
{
    const qint64 now = nowMs();
    if (m_lastRefusalWarningMs < 0 || now - m_lastRefusalWarningMs >= RefusalWarningIntervalMs) {
        qCWarning(lcReceiver).noquote()
            << "refusing connections:" << why
            << (m_refusalsNotLogged > 0
                       ? QStringLiteral("(%1 more refused since the last warning)").arg(m_refusalsNotLogged)
                       : QString());
        m_lastRefusalWarningMs = now;
        m_refusalsNotLogged = 0;
    } else {
        ++m_refusalsNotLogged;
    }
#if QT_CONFIG(ssl)
    if (qobject_cast<QSslSocket *>(socket)) { // no TLS yet, so no HTTP answer
        socket->abort();
        socket->deleteLater();
        return;
    }
#endif
    const QString message =
        QCoreApplication::translate("roamdesk::http::HttpServer", "Too many open connections; try again later.");
    Q_EMIT requestRefused(503, "UNAVAILABLE", message);
    const Response response = errorResponse(503, "UNAVAILABLE", message);
    QByteArray bytes = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                       "Content-Length: "
        + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    socket->write(bytes);
    socket->disconnectFromHost();
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.idleTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void HttpServer::dispatch(HttpConnection *connection, quint64 slot, Request &&request)
{
    if (m_handler)
        m_handler(connection, slot, std::move(request));
    else
        connection->respond(slot, errorResponse(503, "UNAVAILABLE", QStringLiteral("No handler.")));
}

void HttpServer::forget(HttpConnection *connection)
{
    const auto it = m_connections.constFind(connection);
    if (it == m_connections.cend())
        return;
    const QHostAddress peer = it.value();
    m_connections.erase(it);
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    const QList<QPointer<HttpConnection>> connections = [this] {
        QList<QPointer<HttpConnection>> list;
        list.reserve(m_connections.size());
        for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
            list.append(it.key());
        return list;
    }();
    for (const QPointer<HttpConnection> &connection : connections) {
        if (connection)
            connection->checkDeadlines(now);
    }
}

} // namespace roamdesk::http
