#include "app/client/trafficresender.h"

#include "app/client/roamingclient.h"
#include "models/trafficlogmodel.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

namespace roamdesk::api {

namespace {

bool isForm(const TrafficExchange &exchange)
{
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return value.contains("x-www-form-urlencoded");
    }
    return false;
}

/// The value as it must appear inside the body: JSON string escaping, or form (percent) encoding.
QByteArray encoded(const QString &value, bool form)
{
    if (form)
        return QUrl::toPercentEncoding(value);
    QByteArray out;
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        if (c.unicode() < 0x20) {
            out += QByteArray("\\u") + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            continue;
        }
        out += QString(c).toUtf8();
    }
    return out;
}

} // namespace

TrafficResender::TrafficResender(TrafficLogModel *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_network(new QNetworkAccessManager(this))
{
}

TrafficResender::~TrafficResender() = default;

HttpHeaderList TrafficResender::unmaskedHeaders(const TrafficExchange &exchange)
{
    HttpHeaderList headers;
    for (auto [name, value] : exchange.requestHeaders) {
        for (auto it = exchange.secrets.cbegin(); it != exchange.secrets.cend(); ++it)
            value.replace(traffic::placeholder(it.key()).toUtf8(), it.value().toUtf8());
        headers.append({name, value});
    }
    return headers;
}

QByteArray TrafficResender::unmaskedBody(const TrafficExchange &exchange)
{
    QByteArray body = exchange.requestBody;
    const bool form = isForm(exchange);
    for (auto it = exchange.secrets.cbegin(); it != exchange.secrets.cend(); ++it)
        body.replace(traffic::placeholder(it.key()).toUtf8(), encoded(it.value(), form));
    return body;
}

bool TrafficResender::resend(int row)
{
    if (!m_log || row < 0 || row >= m_log->rowCount())
        return false;
    const TrafficExchange original = m_log->exchange(row);
    if (original.method.isEmpty() || !original.url.isValid())
        return false;

    auto next = std::make_shared<TrafficExchange>();
    next->startedAt = QDateTime::currentDateTimeUtc();
    next->method = original.method;
    next->url = original.url;
    next->correlator = api::RoamingClient::newCorrelator();
    next->secrets = original.secrets;
    QNetworkRequest request(original.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    HttpHeaderList sent;
    for (auto [name, value] : unmaskedHeaders(original)) {
        // Qt sets these itself; the correlator is new so the two exchanges can be told apart.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 || name.compare("Host", Qt::CaseInsensitive) == 0)
            continue;
        if (name.compare("x-correlator", Qt::CaseInsensitive) == 0)
            value = next->correlator.toUtf8();
        request.setRawHeader(name, value);
        sent.append({name, value});
    }
    const QByteArray body = unmaskedBody(original);
    next->requestHeaders = traffic::maskHeaders(sent, &next->secrets);
    next->requestBody = traffic::maskBody(body, &next->secrets);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, original.method, body);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > MaxResponseBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, next, timer] {
        reply->deleteLater();
        next->latencyMs = timer->elapsed();
        next->httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        HttpHeaderList headers;
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append(pair);
        next->responseHeaders = traffic::maskHeaders(headers, &next->secrets);
        next->responseBody = traffic::maskBody(reply->read(MaxResponseBytes), &next->secrets);
        if (next->httpStatus == 0)
            next->error = reply->errorString();
        int newRow = -1;
        if (m_log) {
            const quint64 id = m_log->append(*next);
            newRow = m_log->rowOf(id);
        }
        Q_EMIT resent(newRow, next->httpStatus, next->error);
    });
    return true;
}

} // namespace roamdesk::api
