#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace roamdesk {

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP exchange (one attempt of one API call) as the traffic inspector shows it.
/// Headers and bodies are stored already masked: every secret is replaced by a shell-style placeholder
/// such as ${ROAMDESK_API_KEY}. The real values live only in `secrets` (memory, never displayed or logged)
/// so that "copy as curl" can reveal them when the user explicitly asks.
struct TrafficExchange
{
    quint64 id = 0; // assigned by TrafficLogModel::append
    QDateTime startedAt; // UTC
    QByteArray method;
    QUrl url;
    HttpHeaderList requestHeaders;
    QByteArray requestBody;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    HttpHeaderList responseHeaders;
    QByteArray responseBody;
    qint64 latencyMs = -1;
    QString correlator;
    int attempt = 1;
    QString error; // transport failure in words ("connection refused", "timeout"), empty otherwise
    QHash<QString, QString> secrets; // placeholder name (without ${}) -> real value

    /// A POSIX shell command that reproduces the request. Secrets stay as "${NAME}" references to environment
    /// variables, named by a leading "# export NAME=…" comment, unless `revealSecrets`, in which case the real
    /// values are inlined. Content-Length, Host, Transfer-Encoding and Connection are left to curl.
    QString toCurl(bool revealSecrets = false) const;
};

/// Masking of secrets in headers and JSON / form bodies, shared by the client and the inspector.
namespace traffic {

/// "${NAME}"
QString placeholder(const QString &name);

/// Masks Authorization (keeping the scheme), X-RapidAPI-Key, Proxy-Authorization, Cookie and Set-Cookie.
/// The originals are added to `secrets` under placeholder names.
HttpHeaderList maskHeaders(const HttpHeaderList &headers, QHash<QString, QString> *secrets);

/// Masks the values of secret members (accessToken, access_token, refresh_token, client_secret, password,
/// secret, apiKey) anywhere in a JSON document, or the same keys in an application/x-www-form-urlencoded
/// body. Anything else is returned unchanged. The originals are added to `secrets`.
QByteArray maskBody(const QByteArray &body, QHash<QString, QString> *secrets);

/// The placeholder name used for a secret member or header ("accessToken" -> "SINK_ACCESS_TOKEN").
QString placeholderNameFor(const QString &key);

/// POSIX shell quoting of `text` in which ${NAME} placeholders that name an entry of `secrets` are left
/// as expandable variable references (or replaced by the value when `reveal`).
QString shellQuote(const QString &text, const QHash<QString, QString> &secrets, bool reveal);

} // namespace traffic
} // namespace roamdesk

Q_DECLARE_METATYPE(roamdesk::TrafficExchange)
