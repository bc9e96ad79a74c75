#include "app/receiver/connectionguard.h"

#include "app/receiver/httpconnection.h"
#include "models/apierror.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcReceiver)

namespace roamdesk {

namespace {

// Room for chunked-encoding framing beyond the body itself.
constexpr qint64 FramingSlack = 4 * 1024;
// After refusing a request, how much of its body we still read (so the client sees the answer, not a
// reset) before closing hard.
constexpr qint64 MaxDrainBytes = 1024 * 1024;

QByteArray rawResponse(int status, const QByteArray &code, const QString &message)
{
    const QByteArray body = camaraErrorBody(status, code, message);
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + http::reasonPhrase(status)
        + QByteArrayLiteral("\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

bool startsLikeRequestLine(const QByteArray &head)
{
    int i = 0;
    while (i < head.size() && head.at(i) >= 'A' && head.at(i) <= 'Z')
        ++i;
    return i > 0 && (i == head.size() || head.at(i) == ' ');
}

} // namespace

QByteArray camaraErrorBody(int status, const QByteArray &code, const QString &message)
{
    return ApiError::make(status, QString::fromLatin1(code), message).toJsonBytes();
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, ConnectionTracker *tracker)
    : QObject(socket)
    , m_socket(socket)
    , m_tracker(tracker)
    , m_limits(tracker->limits())
    , m_idleTimeoutMs(tracker->limits().idleTimeoutMs)
{
    // Bounds what one connection can make us buffer, whatever the HTTP parser does with it.
    // One slack more than the 413 threshold below: QHttpServer 6.4 keeps a request's bytes in the buffer
    // (inside a read transaction) until it is whole, so a buffer no larger than the threshold would never
    // let an oversized chunked body cross it.
    socket->setReadBufferSize(m_limits.maxBodyBytes + ConnectionLimits::MaxHeaderBytes + 2 * FramingSlack);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::touch);
    touch();
}

void ConnectionGuard::touch()
{
    m_lastActivityMs = m_tracker->nowMs();
}

void ConnectionGuard::checkIdle(qint64 nowMs)
{
    if (nowMs - m_lastActivityMs < m_idleTimeoutMs)
        return;
    touch();
    onIdle();
}

void ConnectionGuard::requestDispatched()
{
    m_head.clear();
    m_headDone = false;
    m_bytesSinceDispatch = 0;
    touch();
}

void ConnectionGuard::responseDeferred()
{
    ++m_deferred;
}

void ConnectionGuard::responseFinished()
{
    if (m_deferred > 0)
        --m_deferred;
    touch();
}

void ConnectionGuard::onReadyRead()
{
    touch();
    if (m_rejected) {
        drain();
        return;
    }
    if (!m_afterParser) {
        // A second slot, connected after the HTTP parser's: what the parser left unread is not new next time.
        m_afterParser = true;
        connect(m_socket, &QIODevice::readyRead, this, [this] { m_unreadAfterParser = m_socket->bytesAvailable(); });
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = qMax<qint64>(0, available - m_unreadAfterParser);
    m_bytesSinceDispatch += fresh;
    if (!m_headDone && fresh > 0) {
        const qint64 room = qMax<qint64>(ConnectionLimits::MaxHeaderBytes + 4 - m_head.size(), 0);
        m_head += m_socket->peek(available).right(fresh).left(room);
        while (m_head.startsWith("\r\n")) // empty lines between requests are allowed
            m_head.remove(0, 2);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end >= 0) {
            m_headDone = true;
            inspectHead(m_head.left(end));
            if (m_rejected)
                return;
        } else if (!m_head.isEmpty() && !startsLikeRequestLine(m_head.left(32))) {
            // Not at a request start (pipelined bytes we did not see begin): leave it to the handler's checks.
            m_headDone = true;
        } else if (m_head.size() > ConnectionLimits::MaxHeaderBytes) {
            reject(431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                tr("The request head is larger than %1 bytes.").arg(ConnectionLimits::MaxHeaderBytes));
            return;
        }
    }
    if (m_bytesSinceDispatch > m_limits.maxBodyBytes + ConnectionLimits::MaxHeaderBytes + FramingSlack)
        reject(413, "PAYLOAD_TOO_LARGE", tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
}

void ConnectionGuard::inspectHead(const QByteArray &head)
{
    static const QByteArray name = QByteArrayLiteral("\ncontent-length:");
    for (qsizetype at = head.indexOf('\n'); at >= 0 && at + name.size() <= head.size();
         at = head.indexOf('\n', at + 1)) {
        if (QByteArrayView(head).sliced(at, name.size()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype end = head.indexOf('\r', at + name.size());
        bool ok = false;
        const qint64 length =
            head.mid(at + name.size(), end < 0 ? -1 : end - at - name.size()).trimmed().toLongLong(&ok);
        if (ok && length > m_limits.maxBodyBytes) {
            reject(413, "PAYLOAD_TOO_LARGE",
                tr("The body (%1 bytes) is larger than %2 bytes.").arg(length).arg(m_limits.maxBodyBytes));
        }
        return;
    }
}

void ConnectionGuard::onIdle()
{
    if (m_deferred > 0) // waiting for our own commit, not for the client
        return;
    if (m_rejected) {
        m_socket->abort();
        return;
    }
    if (m_bytesSinceDispatch > 0) {
        qCInfo(lcReceiver) << "closing a connection that stalled mid-request from" << m_socket->peerAddress();
        if (m_bytesSinceDispatch > m_limits.maxBodyBytes)
            reject(413, "PAYLOAD_TOO_LARGE", tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        else
            reject(
                408, "REQUEST_TIMEOUT", tr("The request was not completed within %1 ms.").arg(m_limits.idleTimeoutMs));
        return;
    }
    qCDebug(lcReceiver) << "closing an idle connection from" << m_socket->peerAddress();
    m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(int status, const QByteArray &code, const QString &message)
{
    if (m_rejected)
        return;
    m_rejected = true;
    qCInfo(lcReceiver).noquote() << "refused at the socket:" << status << code << "-" << message;
    // Take the connection away from the HTTP parser: it must not see the rest of this request.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    m_socket->write(rawResponse(status, code, message));
    m_idleTimeoutMs = qMin(m_limits.idleTimeoutMs, 5000);
    touch();
    finishRejection();
}

void ConnectionGuard::finishRejection()
{
#if QT_CONFIG(ssl)
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        return;
    }
#endif
#ifdef Q_OS_UNIX
    // Half-close: the answer and a FIN go out, and we keep reading (and discarding) what the client is
    // still sending, so it reads our answer instead of a connection reset.
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    } else {
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        });
    }
#else
    m_socket->disconnectFromHost();
#endif
}

void ConnectionGuard::drain()
{
    m_drained += m_socket->bytesAvailable();
    m_socket->readAll();
    if (m_drained > MaxDrainBytes)
        m_socket->abort();
}

ConnectionTracker::ConnectionTracker(const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_sweep.setInterval(qBound(20, limits.idleTimeoutMs / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionTracker::sweep);
    m_sweep.start();
}

void ConnectionTracker::sweep()
{
    const qint64 now = nowMs();
    const QList<QPointer<ConnectionGuard>> guards(m_guards.cbegin(), m_guards.cend());
    for (const QPointer<ConnectionGuard> &guard : guards) {
        if (guard)
            guard->checkIdle(now);
    }
}

bool ConnectionTracker::attach(QTcpSocket *socket)
{
    if (isFull()) {
        qCWarning(lcReceiver) << "connection cap" << m_limits.maxConnections << "reached; refusing"
                              << socket->peerAddress();
        socket->setParent(this);
        socket->write(rawResponse(503, "UNAVAILABLE", tr("Too many open connections; try again later.")));
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_limits.idleTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return false;
    }
    auto *guard = new ConnectionGuard(socket, this);
    m_guards.insert(socket, guard);
    connect(guard, &QObject::destroyed, this, [this, socket] { m_guards.remove(socket); });
    return true;
}

void ConnectionTracker::closeAll()
{
    const auto guards = m_guards;
    for (ConnectionGuard *guard : guards) {
        guard->socket()->flush(); // the last answers go out before the sockets are destroyed
        guard->socket()->disconnectFromHost();
    }
}

GuardedTcpServer::GuardedTcpServer(ConnectionTracker *tracker, QObject *parent)
    : QTcpServer(parent)
    , m_tracker(tracker)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_tracker->attach(socket))
        addPendingConnection(socket);
}

#if QT_CONFIG(ssl)
GuardedSslServer::GuardedSslServer(ConnectionTracker *tracker, QObject *parent)
    : QSslServer(parent)
    , m_tracker(tracker)
{
    setHandshakeTimeout(tracker->limits().idleTimeoutMs);
    connect(
        this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) { m_tracker->attach(socket); });
}

void GuardedSslServer::incomingConnection(qintptr handle)
{
    if (m_tracker->isFull()) { // no TLS yet, so no HTTP answer: just close
        qCWarning(lcReceiver) << "connection cap" << m_tracker->limits().maxConnections << "reached; closing";
        QTcpSocket socket;
        if (socket.setSocketDescriptor(handle))
            socket.abort();
        return;
    }
    QSslServer::incomingConnection(handle);
}
#endif

} // namespace roamdesk
