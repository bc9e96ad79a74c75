#pragma once

#include "app/receiver/httprequestparser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace roamdesk::http {

class HttpServer;

/// An answer to one request. Content-Length and Connection are added when it is written.
struct Response
{
    int status = 204;
    QList<std::pair<QByteArray, QByteArray>> fields;
    QByteArray body;
};

/// "No Content" for 204: the reason phrase of a status line.
QByteArray reasonPhrase(int status);

/// A CAMARA {status, code, message} answer.
Response errorResponse(int status, const QByteArray &code, const QString &message);

/// One client connection of an HttpServer: parses its requests in order, hands each to the server's handler
/// with a slot number, and writes the answers in request order whatever order they are given in (HTTP/1.1
/// pipelining). Enforces the head and body deadlines, stops reading while too many answers are owed or the
/// client does not read them, and closes after a refusal, "Connection: close" or an HTTP/1.0 request.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    /// Takes ownership of `socket`.
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    /// Answers request `slot`; an answer waits until those before it are written.
    void respond(quint64 slot, const Response &response);
    QHostAddress peerAddress() const { return m_peer; }
    /// Called by the server's sweep: timeouts of the head, the body, an idle or a closing connection.
    void checkDeadlines(qint64 nowMs);
    /// Stops taking requests; closes once every owed answer is written.
    void closeWhenAnswered();

private:
    struct Owed
    {
        quint64 slot = 0;
        bool ready = false;
        bool closeAfter = false;
        QByteArray bytes;
    };

    void onReadyRead();
    void process();
    bool readBlocked() const;
    void dispatchComplete();
    void refuse(const Refusal &refusal);
    void flush();
    void send(const QByteArray &bytes);
    void beginClose();
    void shutdownWrite();
    qint64 now() const;

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QHostAddress m_peer;
    RequestParser m_parser;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    std::deque<Owed> m_owed;
    quint64 m_nextSlot = 1;
    qint64 m_lastActivityMs = 0;
    qint64 m_requestStartMs = 0;
    qint64 m_headDoneMs = 0;
    qint64 m_closeStartMs = 0;
    qint64 m_discarded = 0;
    bool m_plain = true; // not TLS: answers may go to the kernel directly
    bool m_processing = false;
    bool m_heldBack = false; // too many answers owed or unsent: requests wait in the socket
    bool m_continueSent = false;
    bool m_stopReading = false; // a refusal or a last request was seen: nothing more is parsed
    bool m_closing = false; // the last answer is out: waiting for the client to go
};

} // namespace roamdesk::http
