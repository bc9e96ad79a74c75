#pragma once

// The QtHttpServer API differences between Qt 6.4 (Debian 12) and Qt 6.8 (Debian 13), in one place.
// 6.8 wants a context object for the missing handler and hands it the responder by lvalue reference, keeps
// request and response headers in QHttpHeaders, and sends a QHttpServerResponse through the responder.

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QtGlobal>

#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace roamdesk::httpcompat {

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

/// Every request no route takes goes to `handler(const QHttpServerRequest &, QHttpServerResponder &)`, which may
/// move the responder away to answer later. On 6.8 the handler is dropped when `context` is destroyed.
template <typename Handler>
void setMissingHandler(QHttpServer &server, const QObject *context, Handler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(context,
        [handler = std::move(handler)](const QHttpServerRequest &request, QHttpServerResponder &responder) mutable {
            handler(request, responder);
        });
#else
    Q_UNUSED(context);
    server.setMissingHandler([handler = std::move(handler)](const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) mutable { handler(request, responder); });
#endif
}

/// The socket `request` came on. 6.4's responder names it; 6.8's does not, so it is the server's connection
/// whose peer address and port are the request's (unique among open connections).
inline QTcpSocket *socketOf(
    const QHttpServer &server, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    Q_UNUSED(responder);
    const auto sockets = server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
            return socket;
    }
    return nullptr;
#else
    Q_UNUSED(server);
    Q_UNUSED(request);
    return responder.socket();
#endif
}

/// The request's headers in the order received (6.8 gives the names in lower case, 6.4 as sent).
inline HeaderPairs requestHeaders(const QHttpServerRequest &request)
{
    HeaderPairs pairs;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        pairs.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
#else
    for (const auto &[name, value] : request.headers())
        pairs.append({name, value});
#endif
    return pairs;
}

/// Adds one header to `response`.
inline void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

/// Answers through `responder` with `response`.
inline void send(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

} // namespace roamdesk::httpcompat
