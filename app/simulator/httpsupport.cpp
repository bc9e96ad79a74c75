#include "app/simulator/httpsupport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace roamdesk::sim::http {

namespace {
constexpr int MaxCorrelatorLength = 256;

bool isCorrelatorChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '-':
    case '_':
    case ':':
    case ';':
    case '.':
    case '/':
    case '<':
    case '>':
    case '{':
    case '}':
        return true;
    default:
        return false;
    }
}

QHttpServerResponder::StatusCode toStatus(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}
} // namespace

bool isValidCorrelator(const QByteArray &value)
{
    if (value.size() > MaxCorrelatorLength)
        return false;
    for (const char c : value) {
        if (!isCorrelatorChar(c))
            return false;
    }
    return true;
}

QByteArray correlator(const QHttpServerRequest &request, bool *valid)
{
    const QByteArray value = request.value(QByteArrayLiteral("x-correlator"));
    *valid = isValidCorrelator(value);
    return *valid ? value : QByteArray();
}

void sendJson(QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &correlator,
    const QByteArray &extraName, const QByteArray &extraValue)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, JsonMime);
    if (!correlator.isEmpty())
        headers.append("x-correlator", correlator);
    if (!extraName.isEmpty())
        headers.append(extraName, extraValue);
    responder.write(body, headers, toStatus(status));
#else
    static const QByteArray contentType = QByteArrayLiteral("Content-Type");
    static const QByteArray jsonMime = QByteArray(JsonMime);
    static const QByteArray correlatorName = QByteArrayLiteral("x-correlator");
    if (!extraName.isEmpty()) {
        if (correlator.isEmpty())
            responder.write(body, {{contentType, jsonMime}, {extraName, extraValue}}, toStatus(status));
        else
            responder.write(body, {{contentType, jsonMime}, {correlatorName, correlator}, {extraName, extraValue}},
                toStatus(status));
    } else if (correlator.isEmpty()) {
        responder.write(body, {{contentType, jsonMime}}, toStatus(status));
    } else {
        responder.write(body, {{contentType, jsonMime}, {correlatorName, correlator}}, toStatus(status));
    }
#endif
}

void sendEmpty(QHttpServerResponder &responder, int status, const QByteArray &correlator)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!correlator.isEmpty())
        headers.append("x-correlator", correlator);
    responder.write(headers, toStatus(status));
#else
    if (correlator.isEmpty())
        responder.write(toStatus(status));
    else
        responder.write({{QByteArrayLiteral("x-correlator"), correlator}}, toStatus(status));
#endif
}

void sendError(QHttpServerResponder &responder, const ApiError &error, const QByteArray &correlator,
    const QByteArray &extraName, const QByteArray &extraValue)
{
    sendJson(responder, error.httpStatus, error.toJsonBytes(), correlator, extraName, extraValue);
}

void sendError(QHttpServerResponder &responder, int status, const QString &code, const QString &message,
    const QByteArray &correlator)
{
    sendError(responder, ApiError::make(status, code, message), correlator);
}

} // namespace roamdesk::sim::http
