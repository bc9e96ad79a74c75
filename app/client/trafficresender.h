#pragma once

#include "models/trafficexchange.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace roamdesk {
class TrafficLogModel;
} // namespace roamdesk

namespace roamdesk::api {

/// "Re-send" in the traffic inspector: sends a recorded request again exactly as it went out — the masked
/// placeholders filled back in from the exchange's in-memory secrets, a fresh x-correlator — and records the
/// new exchange (masked again) in the same traffic log. Asynchronous; the answer is in resent().
class TrafficResender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficResender)

public:
    static constexpr qint64 MaxResponseBytes = 8 * 1024 * 1024;

    explicit TrafficResender(TrafficLogModel *log, QObject *parent = nullptr);
    ~TrafficResender() override;

    /// Re-sends the exchange at `row` of the log; false when there is none.
    bool resend(int row);
    /// The request as it will go on the wire: placeholders replaced by the real secrets (never shown).
    static HttpHeaderList unmaskedHeaders(const TrafficExchange &exchange);
    static QByteArray unmaskedBody(const TrafficExchange &exchange);

Q_SIGNALS:
    /// `row` is the new exchange's row in the log (-1 when it was dropped); `error` is empty on an HTTP answer.
    void resent(int row, int httpStatus, const QString &error);

private:
    QPointer<TrafficLogModel> m_log;
    QNetworkAccessManager *m_network;
};

} // namespace roamdesk::api
