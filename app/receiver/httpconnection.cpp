#include "app/receiver/httpconnection.h"

#include "app/receiver/httpserver.h"
#include "models/apierror.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcReceiver)

namespace roamdesk::http {

namespace {

// The socket buffers at most this much: beyond it the kernel's window holds the client back.
constexpr qint64 ReadBufferBytes = 256 * 1024;
// After the last answer, how long and how much a client that keeps sending is read (and dropped) so it sees
// the answer rather than a reset.
constexpr qint64 CloseGraceMs = 5'000;
constexpr qint64 MaxDiscardBytes = 1024 * 1024;

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

namespace {

QByteArray format(const Response &response, bool close)
{
    QByteArray bytes;
    bytes.reserve(96 + response.body.size());
    bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.fields)
        bytes += name + ": " + value + "\r\n";
    if (response.status != 204 && response.status != 304)
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    bytes += response.body;
    return bytes;
}

} // namespace

Response errorResponse(int status, const QByteArray &code, const QString &message)
{
    Response response;
    response.status = status;
    response.fields.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = ApiError::make(status, QString::fromLatin1(code), message).toJsonBytes();
    return response;
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_peer(socket->peerAddress())
    , m_parser(server->limits().parser)
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferBytes);
#if QT_CONFIG(ssl)
    m_plain = !qobject_cast<QSslSocket *>(socket);
#else
    m_plain = true;
#endif
    m_lastActivityMs = now();
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        m_lastActivityMs = now();
        if (m_closing)
            shutdownWrite();
        else if (m_heldBack && m_socket->bytesToWrite() == 0)
            process(); // reading was held back while the client did not read its answers
    });
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
#if QT_CONFIG(ssl)
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::sslErrors, tls, [tls] { tls->abort(); });
        connect(tls, &QAbstractSocket::errorOccurred, this, [this] { deleteLater(); });
    }
#endif
}

HttpConnection::~HttpConnection()
{
    m_server->forget(this);
}

qint64 HttpConnection::now() const
{
    return m_server->nowMs();
}

void HttpConnection::onReadyRead()
{
    m_lastActivityMs = now();
    if (m_closing || m_stopReading) {
        // Read and drop what a client still sends after its last request, up to a point.
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > MaxDiscardBytes)
            m_socket->abort();
        return;
    }
    process();
}

bool HttpConnection::readBlocked() const
{
    return m_owed.size() >= size_t(m_server->limits().maxOwedAnswers)
        || m_socket->bytesToWrite() > m_server->limits().maxUnsentBytes;
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    m_heldBack = false;
    while (!m_stopReading && !m_closing) {
        if (readBlocked()) {
            m_heldBack = true; // an answer written, or unsent bytes drained, resumes it
            break;
        }
        if (m_inputPos == m_input.size()) {
            // What the socket holds, not a fresh buffer of its largest size each time (QIODevice::read(qint64)
            // allocates that much first).
            m_input.resize(qsizetype(qBound(qint64(0), m_socket->bytesAvailable(), ReadBufferBytes)));
            m_input.resize(qsizetype(qMax(qint64(0), m_socket->read(m_input.data(), m_input.size()))));
            m_inputPos = 0;
            if (m_input.isEmpty())
                break;
        }
        const RequestParser::Progress before = m_parser.progress();
        if (before == RequestParser::Progress::Idle)
            m_requestStartMs = now();
        m_inputPos += m_parser.feed(QByteArrayView(m_input).sliced(m_inputPos));
        const RequestParser::Progress after = m_parser.progress();
        if (after == RequestParser::Progress::Refused) {
            refuse(m_parser.refusal());
            break;
        }
        if (before != RequestParser::Progress::Body && after != before
            && (after == RequestParser::Progress::Body || after == RequestParser::Progress::Complete))
            m_headDoneMs = now();
        if (after == RequestParser::Progress::Complete)
            dispatchComplete();
        else if (after == RequestParser::Progress::Body && m_parser.awaitsContinue() && !m_continueSent)
            flush(); // sends 100 Continue once every earlier answer is out
    }
    if (m_inputPos == m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    }
    m_processing = false;
}

void HttpConnection::dispatchComplete()
{
    Request request = m_parser.takeRequest();
    m_continueSent = false;
    const quint64 slot = m_nextSlot++;
    m_owed.push_back(Owed{slot, false, !request.keepAlive, {}});
    if (!request.keepAlive)
        m_stopReading = true; // what follows a last request is not answered
    m_server->dispatch(this, slot, std::move(request));
}

void HttpConnection::refuse(const Refusal &refusal)
{
    qCInfo(lcReceiver).noquote() << "refused a request from" << m_peer.toString() << "with" << refusal.status
                                 << refusal.code << "-" << refusal.message;
    m_stopReading = true;
    Q_EMIT m_server->requestRefused(refusal.status, refusal.code, refusal.message);
    Owed owed{m_nextSlot++, true, true, format(errorResponse(refusal.status, refusal.code, refusal.message), true)};
    m_owed.push_back(std::move(owed));
    flush();
}

void HttpConnection::respond(quint64 slot, const Response &response)
{
    for (Owed &owed : m_owed) {
        if (owed.slot != slot)
            continue;
        if (owed.ready)
            return;
        owed.ready = true;
        owed.bytes = format(response, owed.closeAfter);
        flush();
        if (m_heldBack && !m_stopReading && !m_closing)
            process(); // room for requests that were held back
        return;
    }
}

void HttpConnection::flush()
{
    bool wrote = false;
    while (!m_owed.empty() && m_owed.front().ready && !m_closing) {
        const Owed owed = std::move(m_owed.front());
        m_owed.pop_front();
        send(owed.bytes);
        wrote = true;
        if (owed.closeAfter)
            beginClose();
    }
    if (m_owed.empty() && !m_closing && m_parser.awaitsContinue() && !m_continueSent) {
        send(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        m_continueSent = true;
        wrote = true;
    }
    if (m_owed.empty() && m_stopReading && !m_closing)
        beginClose();
    if (wrote)
        m_socket->flush(); // now, not on the next event-loop pass: the client is waiting for it
}

void HttpConnection::send(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    // On a plain socket with nothing waiting in its buffer, straight to the kernel: through write() the answer
    // would be buffered, and the socket's write notifier switched on and off again by the flush, each switch a
    // wake-up of the event loop. What the kernel does not take now waits in the socket's buffer as before.
    if (m_plain && m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
        ssize_t sent = -1;
        do {
            sent = ::send(int(m_socket->socketDescriptor()), bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        } while (sent < 0 && errno == EINTR);
        if (sent == bytes.size()) {
            m_lastActivityMs = now();
            return;
        }
        if (sent > 0) {
            m_socket->write(bytes.sliced(sent));
            return;
        }
        // Nothing taken (a full window, or an error the socket then finds and reports itself).
    }
#endif
    m_socket->write(bytes);
}

void HttpConnection::closeWhenAnswered()
{
    m_stopReading = true;
    flush();
}

void HttpConnection::beginClose()
{
    if (m_closing)
        return;
    m_closing = true;
    m_stopReading = true;
    m_closeStartMs = now();
    m_socket->flush();
#if QT_CONFIG(ssl)
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        return;
    }
#endif
    shutdownWrite();
}

void HttpConnection::shutdownWrite()
{
#ifdef Q_OS_UNIX
    // Half-close: the answer and a FIN go out while we keep reading (and dropping) what the client still
    // sends, so it reads our answer instead of a connection reset. The client's own close ends it.
    if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::checkDeadlines(qint64 nowMs)
{
    const ServerLimits &limits = m_server->limits();
    if (m_closing) {
        if (nowMs - m_closeStartMs > CloseGraceMs)
            m_socket->abort(); // emits disconnected: deleted
        return;
    }
    if (m_stopReading)
        return; // answers are owed; they come from our own commit, not from the client
    const RequestParser::Progress progress = m_parser.progress();
    const bool midRequest = progress == RequestParser::Progress::Head || progress == RequestParser::Progress::Body;
    if (midRequest && nowMs - m_lastActivityMs > limits.idleTimeoutMs) {
        refuse(Refusal{408, "REQUEST_TIMEOUT",
            QCoreApplication::translate(
                "roamdesk::http::HttpConnection", "The request was not completed: nothing arrived for %1 ms.")
                .arg(limits.idleTimeoutMs)});
    } else if (progress == RequestParser::Progress::Head && nowMs - m_requestStartMs > limits.headTimeoutMs) {
        refuse(Refusal{408, "REQUEST_TIMEOUT",
            QCoreApplication::translate(
                "roamdesk::http::HttpConnection", "The request head did not arrive within %1 ms.")
                .arg(limits.headTimeoutMs)});
    } else if (progress == RequestParser::Progress::Body && nowMs - m_headDoneMs > limits.bodyTimeoutMs) {
        refuse(Refusal{408, "REQUEST_TIMEOUT",
            QCoreApplication::translate(
                "roamdesk::http::HttpConnection", "The request body did not arrive within %1 ms.")
                .arg(limits.bodyTimeoutMs)});
    } else if (progress == RequestParser::Progress::Idle && m_owed.empty()
        && nowMs - m_lastActivityMs > limits.idleTimeoutMs) {
        qCDebug(lcReceiver) << "closing an idle connection from" << m_peer;
        beginClose();
    } else if (m_socket->bytesToWrite() > 0 && nowMs - m_lastActivityMs > limits.idleTimeoutMs) {
        qCInfo(lcReceiver) << "closing a connection whose client does not read its answers:" << m_peer;
        m_socket->abort();
    }
}

} // namespace roamdesk::http
