#include "app/alerts/alertforwarder.h"

#include "app/common/logmasking.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcForward, "roamdesk.alerts.forward")

namespace roamdesk {

namespace {
constexpr int RequestTimeoutMs = 15000;

bool worthRetrying(int status, QNetworkReply::NetworkError error)
{
    if (status == 0)
        return error != QNetworkReply::NoError; // transport: connection refused, timeout, TLS, …
    return status == 408 || status == 429 || status >= 500;
}
} // namespace

AlertForwarding AlertForwarding::load()
{
    QSettings settings;
    settings.beginGroup(u"alertForwarding"_s);
    AlertForwarding forwarding;
    forwarding.enabled = settings.value(u"enabled"_s, false).toBool();
    forwarding.url = settings.value(u"url"_s).toUrl();
    forwarding.maxAttempts = qBound(1, settings.value(u"maxAttempts"_s, forwarding.maxAttempts).toInt(), 20);
    return forwarding;
}

void AlertForwarding::save() const
{
    QSettings settings;
    settings.beginGroup(u"alertForwarding"_s);
    settings.setValue(u"enabled"_s, enabled);
    settings.setValue(u"url"_s, url);
    settings.setValue(u"maxAttempts"_s, maxAttempts);
}

QString AlertForwarding::tokenKey()
{
    return u"alertForwarding/token"_s;
}

AlertForwarder::AlertForwarder(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

AlertForwarder::~AlertForwarder() = default;

void AlertForwarder::setConfiguration(const AlertForwarding &configuration)
{
    m_configuration = configuration;
    // Whatever logs a request (Qt's own network categories included) shows the token masked.
    logmasking::registerSecret(configuration.token);
    ++m_generation;
    m_deliveries.clear(); // queued retries belong to the old URL and token
}

bool AlertForwarder::isActive() const
{
    return m_configuration.enabled && m_configuration.url.isValid()
        && (m_configuration.url.scheme() == "https"_L1 || m_configuration.url.scheme() == "http"_L1);
}

QJsonObject AlertForwarder::toJson(const Alert &alert)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject json{
        {u"id"_s, alert.id},
        {u"rule"_s, alert.ruleId},
        {u"kind"_s, alert.kind},
        {u"severity"_s, alertseverity::toWire(alert.severity)},
        {u"device"_s, alert.deviceObject},
        {u"deviceLabel"_s, alert.device},
        {u"time"_s, time(alert.firstTime)},
        {u"lastTime"_s, time(alert.lastTime)},
        {u"count"_s, alert.count},
        {u"state"_s, alertstate::toWire(alert.state)},
        {u"message"_s, alert.message},
    };
    if (alert.lastSeq > 0)
        json.insert(u"seq"_s, alert.lastSeq);
    return json;
}

int AlertForwarder::backoffMs(int attempt) const
{
    const int shift = qBound(0, attempt - 2, 20);
    return int(qMin<qint64>(qint64(m_configuration.baseDelayMs) << shift, m_configuration.maxDelayMs));
}

void AlertForwarder::forward(const Alert &alert)
{
    if (!isActive() || m_deliveries.contains(alert.id))
        return;
    Delivery delivery;
    delivery.body = QJsonDocument(toJson(alert)).toJson(QJsonDocument::Compact);
    delivery.generation = m_generation;
    m_deliveries.insert(alert.id, delivery);
    attempt(alert.id);
}

void AlertForwarder::attempt(qint64 alertId)
{
    auto it = m_deliveries.find(alertId);
    if (it == m_deliveries.end())
        return;
    ++it->attempts;
    QNetworkRequest request(m_configuration.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_configuration.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_configuration.token.toUtf8());
    request.setTransferTimeout(RequestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, it->body);
    connect(reply, &QNetworkReply::finished, this, [this, alertId, reply] { finished(alertId, reply); });
}

void AlertForwarder::finished(qint64 alertId, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_deliveries.find(alertId);
    if (it == m_deliveries.end())
        return; // dropped by a configuration change
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int attempts = it->attempts;
    if (status >= 200 && status < 300) {
        m_deliveries.erase(it);
        qCDebug(lcForward) << "alert" << alertId << "forwarded after" << attempts << "attempt(s)";
        Q_EMIT delivered(alertId, attempts);
        return;
    }
    // The URL alone (never the token) goes to the log.
    const QString error = status > 0 ? tr("HTTP %1 from %2").arg(status).arg(m_configuration.url.toDisplayString())
                                     : reply->errorString();
    if (!worthRetrying(status, reply->error()) || attempts >= m_configuration.maxAttempts) {
        m_deliveries.erase(it);
        qCWarning(lcForward).noquote() << "alert" << alertId << "not forwarded after" << attempts
                                       << "attempt(s):" << error;
        Q_EMIT gaveUp(alertId, attempts, error);
        return;
    }
    const int delay = backoffMs(attempts + 1);
    const quint64 generation = it->generation;
    Q_EMIT retrying(alertId, attempts, delay, error);
    QTimer::singleShot(delay, this, [this, alertId, generation] {
        auto pending = m_deliveries.constFind(alertId);
        if (pending != m_deliveries.cend() && pending->generation == generation)
            attempt(alertId);
    });
}

} // namespace roamdesk
