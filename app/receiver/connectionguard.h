#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

class QTcpSocket;

namespace roamdesk {

/// The limits Qt 6.4's HTTP server does not set.
struct ConnectionLimits
{
    static constexpr int MaxHeaderBytes = 16 * 1024;

    int maxConnections = 1024;
    int idleTimeoutMs = 30'000;
    qint64 maxBodyBytes = 64 * 1024;
};

class ConnectionTracker;

/// Watches one accepted socket, ahead of the HTTP parser (its readyRead slot is connected first):
/// reads the request head as it arrives and refuses an announced Content-Length over the cap with 413
/// before the body is buffered, refuses oversized heads with 431, bounds the socket's read buffer, and
/// closes the connection after the idle timeout (408 when a request was left half-sent).
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    ConnectionGuard(QTcpSocket *socket, ConnectionTracker *tracker);

    QTcpSocket *socket() const { return m_socket; }
    /// A complete request reached a handler: what follows on the wire is the next request.
    void requestDispatched();
    /// The handler keeps the responder to answer later (after a commit); the connection is not idle.
    void responseDeferred();
    void responseFinished();
    /// Answers with a CAMARA error, stops parsing this connection and closes it.
    void reject(int status, const QByteArray &code, const QString &message);

    /// Called by the tracker's sweep: closes the connection when it has been idle too long.
    void checkIdle(qint64 nowMs);

private:
    void touch();
    void onReadyRead();
    void onIdle();
    void inspectHead(const QByteArray &head);
    void drain();
    void finishRejection();

    QTcpSocket *m_socket;
    ConnectionTracker *m_tracker;
    ConnectionLimits m_limits;
    qint64 m_lastActivityMs = 0;
    qint64 m_idleTimeoutMs = 0;
    QByteArray m_head;
    qint64 m_bytesSinceDispatch = 0;
    qint64 m_drained = 0;
    qint64 m_unreadAfterParser = 0;
    int m_deferred = 0;
    bool m_headDone = false;
    bool m_rejected = false;
    bool m_afterParser = false;
};

/// Counts and guards the connections of the receiver's listening sockets; refuses new ones over the cap.
class ConnectionTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTracker)

public:
    explicit ConnectionTracker(const ConnectionLimits &limits, QObject *parent = nullptr);

    const ConnectionLimits &limits() const { return m_limits; }
    int openConnections() const { return int(m_guards.size()); }
    bool isFull() const { return m_guards.size() >= m_limits.maxConnections; }
    /// Puts a guard on a new socket; at the cap answers 503 and closes it instead (returns false).
    bool attach(QTcpSocket *socket);
    ConnectionGuard *guardFor(QTcpSocket *socket) const { return m_guards.value(socket); }
    /// Closes every connection (after their answers were written).
    void closeAll();
    /// Monotonic milliseconds, the clock of the idle checks.
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    void sweep();

    ConnectionLimits m_limits;
    QHash<QTcpSocket *, ConnectionGuard *> m_guards;
    QElapsedTimer m_clock;
    // One coarse timer for all connections instead of restarting a timer per socket on every read.
    QTimer m_sweep;
};

/// Plain TCP: accepts through the tracker.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(ConnectionTracker *tracker, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionTracker *m_tracker;
};

#if QT_CONFIG(ssl)
/// TLS (QSslServer, Qt 6.4+): the guard goes on when the handshake starts; the handshake is bounded by
/// the idle timeout.
class GuardedSslServer final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSslServer)

public:
    explicit GuardedSslServer(ConnectionTracker *tracker, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionTracker *m_tracker;
};
#endif

/// {"status", "code", "message"} as bytes, the body of every error the receiver writes.
QByteArray camaraErrorBody(int status, const QByteArray &code, const QString &message);

} // namespace roamdesk
