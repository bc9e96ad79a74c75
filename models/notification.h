#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/fielderror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// A roaming CloudEvent (structured mode), as POSTed to a sink.
/// The typed members mirror `data`; `data` itself keeps the object as received.
struct Notification
{
    QString id;
    QString source;
    QString specversion = QStringLiteral("1.0");
    QString datacontenttype = QStringLiteral("application/json");
    EventType type = EventType::RoamingStatus;
    QDateTime time;
    QJsonObject data;

    // Typed view of data (filled by parse(), used by toJson() when data is empty).
    QString subscriptionId;
    std::optional<Device> device;
    std::optional<bool> roaming;
    std::optional<int> countryCode;
    std::optional<QStringList> countryName;
    QString terminationReason; // subscription-ends / subscription-ended
    QString terminationDescription; // optional
    QString initiationReason; // subscription-started (v0.8)
    QString updateReason; // subscription-updated (v0.8)

    /// The whole CloudEvent; builds `data` from the typed members when `data` is empty.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

/// Result of NotificationParser::parse: a notification, or precise errors (never both empty).
struct NotificationParseResult
{
    std::optional<Notification> notification;
    FieldErrors errors;

    bool ok() const { return notification.has_value() && errors.isEmpty(); }
};

/// Parses and validates a CloudEvent body against the spec: required id, source (non-empty),
/// specversion "1.0", type (one of the known types), time (RFC 3339), datacontenttype
/// "application/json" if present, data an object with the members its type requires, each with the
/// right JSON type. JSON syntax errors are reported with line and column. countryCode is not required
/// on subscription-ends (the spec's own example omits it).
class NotificationParser
{
public:
    static NotificationParseResult parse(const QByteArray &body);
    /// As parse(), but a valid notification comes without `data` (the typed members are filled all the same):
    /// for a caller that keeps the body as received anyway (the webhook receiver), so no JSON object is built.
    static NotificationParseResult parseWithoutData(const QByteArray &body);
    static NotificationParseResult fromJson(const QJsonObject &object);

    static QStringList terminationReasons(); // MAX_EVENTS_REACHED, NETWORK_TERMINATED, …
    static QStringList initiationReasons(); // SUBSCRIPTION_CREATED
    static QStringList updateReasons(); // SUBSCRIPTION_ACTIVE, SUBSCRIPTION_INACTIVE

private:
    static NotificationParseResult parseBody(const QByteArray &body, bool keepData);
};

} // namespace roamdesk
