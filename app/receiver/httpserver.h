#pragma once

#include "app/receiver/httpconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <functional>

class QTcpServer;

namespace roamdesk::http {

/// What the server lets its clients hold.
struct ServerLimits
{
    ParserLimits parser;
    int maxConnections = 1024;
    int maxConnectionsPerPeer = 512;
    int idleTimeoutMs = 30'000; // a kept-alive connection waiting for its next request
    int headTimeoutMs = 10'000; // a request head, from its first byte
    int bodyTimeoutMs = 30'000; // a request body, from the end of its head
    int maxOwedAnswers = 64; // pipelined requests read ahead of their answers
    qint64 maxUnsentBytes = 1024 * 1024; // answers the client has not read yet
};

/// A small HTTP/1.1 server over QTcpServer for one purpose: taking webhooks from the network safely. It does
/// the framing itself (RequestParser) rather than through QHttpServer, because everything a hostile sender
/// can try lives there: pipelined answers in order, exact framing, caps enforced as bytes arrive, deadlines
/// a trickling client cannot stretch, a share of the connections per peer. It behaves the same on every
/// Qt version. Requests go to one handler, which answers through HttpConnection::respond() now or later.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<void(HttpConnection *connection, quint64 slot, Request &&request)>;

    explicit HttpServer(const ServerLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
#if QT_CONFIG(ssl)
    /// Serves TLS on every connection from now on.
    void setTlsConfiguration(const QSslConfiguration &configuration);
#endif
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const
    {
        return m_error;
    }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    /// Stops accepting; open connections stay until closeAll().
    void stopListening();
    /// Every connection closes once its owed answers are written.
    void closeAll();

    const ServerLimits &limits() const
    {
        return m_limits;
    }
    int openConnections() const
    {
        return int(m_connections.size());
    }
    /// Monotonic milliseconds, the clock of every deadline.
    qint64 nowMs() const
    {
        return m_clock.elapsed();
    }

Q_SIGNALS:
    /// A request refused by the framing itself (before the handler): malformed, too large, too slow.
    void requestRefused(int status, const QByteArray &code, const QString &message);

private:
    friend class HttpConnection;
    friend class AcceptingTcpServer;

    void accept(qintptr descriptor);
    void refuseConnection(QTcpSocket *socket, const QString &why);
    void dispatch(HttpConnection *connection, quint64 slot, Request &&request);
    void forget(HttpConnection *connection);
    void sweep();

    ServerLimits m_limits;
    Handler m_handler;
    QTcpServer *m_listener = nullptr;
    QString m_error;
    QHash<HttpConnection *, QHostAddress> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    QElapsedTimer m_clock;
    // One coarse timer for every deadline instead of a timer per connection restarted on every read.
    QTimer m_sweep;
    qint64 m_lastRefusalWarningMs = -1;
    int m_refusalsNotLogged = 0;
#if QT_CONFIG(ssl)
    QSslConfiguration m_tls;
    bool m_tlsEnabled = false;
#endif
};

} // namespace roamdesk::http
