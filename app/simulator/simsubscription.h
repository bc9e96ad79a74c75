#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/subscription.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace roamdesk::sim {

/// The subscriptions API version a subscription was created through; decides its lifecycle events.
enum class ApiVersion { V0_7, V0_8 };

/// A live subscription inside the simulator.
struct SimSubscription
{
    QString id;
    ApiVersion version = ApiVersion::V0_7;
    QString pathPrefix; // "/device-status" or "" — the apiRoot path the client used, for `source`
    QString sink;
    EventType type = EventType::RoamingStatus;
    std::optional<Device> requestDevice; // absent when a 3-legged token named the device
    QString deviceKey;
    std::optional<SinkCredential> sinkCredential;
    std::optional<QDateTime> expireTime;
    std::optional<int> maxEvents;
    std::optional<bool> initialEvent;
    QDateTime startsAt;
    SubscriptionStatus status = SubscriptionStatus::Active;
    int eventsSent = 0; // counted toward maxEvents, the initial event included

    /// "/device-status/device-roaming-status-subscriptions/v0.7/subscriptions/<id>"
    QString sourcePath() const;
    /// The API representation (201 / GET), encoded by Subscription::toJson; the sink credential is never echoed.
    Subscription toSubscription() const;

    /// Full record for the state file: the API representation plus the credential and what only the simulator
    /// keeps (version, pathPrefix, deviceKey, eventsSent).
    QJsonObject toStateJson() const;
    static std::optional<SimSubscription> fromStateJson(const QJsonObject &object);
};

} // namespace roamdesk::sim
