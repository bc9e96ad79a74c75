#pragma once

#include "models/alert.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace roamdesk {

/// Where new alerts go besides the window: POSTed as JSON to a URL with a bearer token. Off by default.
struct AlertForwarding
{
    bool enabled = false;
    QUrl url;
    QString token; // a secret: kept in the secret store, never in the settings file or a log
    int maxAttempts = 5; // attempts per alert, the first included
    int baseDelayMs = 1000; // backoff before the second attempt; doubles each time
    int maxDelayMs = 60000;

    /// The settings (without the token) from QSettings group "alertForwarding".
    static AlertForwarding load();
    void save() const;
    /// The secret store key of the token.
    static QString tokenKey();
};

/// Sends each alert handed to it to the configured URL, retrying a failed delivery (transport error, 408,
/// 429, 5xx) with exponential backoff up to maxAttempts, then giving up on it. Other 4xx give up at once:
/// repeating the same body would be refused again. Deliveries run side by side; nothing waits.
class AlertForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertForwarder)

public:
    explicit AlertForwarder(QObject *parent = nullptr);
    ~AlertForwarder() override;

    void setConfiguration(const AlertForwarding &configuration);
    const AlertForwarding &configuration() const { return m_configuration; }
    bool isActive() const;

    /// Queues one alert for delivery (nothing when forwarding is off).
    void forward(const Alert &alert);
    /// Deliveries started and not yet delivered or given up.
    int pending() const { return int(m_deliveries.size()); }

    /// The body sent for an alert.
    static QJsonObject toJson(const Alert &alert);
    /// The backoff before attempt number `attempt` (2 for the first retry).
    int backoffMs(int attempt) const;

Q_SIGNALS:
    void delivered(qint64 alertId, int attempts);
    /// The delivery failed `attempts` times (or was refused for good); `error` says how it last failed.
    void gaveUp(qint64 alertId, int attempts, const QString &error);
    /// One attempt failed; another follows after `delayMs`.
    void retrying(qint64 alertId, int attempt, int delayMs, const QString &error);

private:
    struct Delivery
    {
        QByteArray body;
        int attempts = 0;
        quint64 generation = 0; // a configuration change drops what was queued under the old one
    };
    void attempt(qint64 alertId);
    void finished(qint64 alertId, QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    AlertForwarding m_configuration;
    QHash<qint64, Delivery> m_deliveries;
    quint64 m_generation = 0;
};

} // namespace roamdesk
