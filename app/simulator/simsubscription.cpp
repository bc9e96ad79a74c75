#include "app/simulator/simsubscription.h"

#include "models/datetime.h"

#include <QJsonArray>

namespace roamdesk::sim {

QString SimSubscription::sourcePath() const
{
    return pathPrefix
        + (version == ApiVersion::V0_8 ? QStringLiteral("/device-roaming-status-subscriptions/v0.8/subscriptions/")
                                       : QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions/"))
        + id;
}

Subscription SimSubscription::toSubscription() const
{
    Subscription subscription;
    subscription.id = id;
    subscription.sink = sink;
    subscription.types = QStringList{eventtype::toWire(type)};
    subscription.config.device = requestDevice;
    subscription.config.subscriptionExpireTime = expireTime;
    subscription.config.subscriptionMaxEvents = maxEvents;
    subscription.config.initialEvent = initialEvent;
    subscription.startsAt = startsAt;
    subscription.expiresAt = expireTime;
    subscription.status = status;
    return subscription;
}

QJsonObject SimSubscription::toStateJson() const
{
    Subscription record = toSubscription();
    record.sinkCredential = sinkCredential;
    QJsonObject object = record.toJson();
    object.insert(
        QStringLiteral("version"), version == ApiVersion::V0_8 ? QStringLiteral("v0.8") : QStringLiteral("v0.7"));
    object.insert(QStringLiteral("pathPrefix"), pathPrefix);
    object.insert(QStringLiteral("deviceKey"), deviceKey);
    object.insert(QStringLiteral("eventsSent"), eventsSent);
    return object;
}

std::optional<SimSubscription> SimSubscription::fromStateJson(const QJsonObject &object)
{
    SimSubscription sub;
    sub.id = object.value(QStringLiteral("id")).toString();
    sub.sink = object.value(QStringLiteral("sink")).toString();
    sub.deviceKey = object.value(QStringLiteral("deviceKey")).toString();
    // at(0), not first(): an empty array in a hand-edited state file must not crash the load.
    const auto type = eventtype::fromString(object.value(QStringLiteral("types")).toArray().at(0).toString());
    if (sub.id.isEmpty() || sub.sink.isEmpty() || sub.deviceKey.isEmpty() || !type)
        return std::nullopt;
    sub.type = *type;
    sub.version = object.value(QStringLiteral("version")).toString() == QLatin1String("v0.8") ? ApiVersion::V0_8
                                                                                              : ApiVersion::V0_7;
    sub.pathPrefix = object.value(QStringLiteral("pathPrefix")).toString();
    sub.eventsSent = object.value(QStringLiteral("eventsSent")).toInt();
    const QJsonObject config = object.value(QStringLiteral("config")).toObject();
    FieldErrors errors;
    const QJsonValue device =
        config.value(QStringLiteral("subscriptionDetail")).toObject().value(QStringLiteral("device"));
    if (device.isObject())
        sub.requestDevice = Device::fromJson(device, &errors);
    if (const auto time = rfc3339::parse(config.value(QStringLiteral("subscriptionExpireTime")).toString()))
        sub.expireTime = *time;
    if (config.value(QStringLiteral("subscriptionMaxEvents")).isDouble())
        sub.maxEvents = config.value(QStringLiteral("subscriptionMaxEvents")).toInt();
    if (config.value(QStringLiteral("initialEvent")).isBool())
        sub.initialEvent = config.value(QStringLiteral("initialEvent")).toBool();
    if (const auto starts = rfc3339::parse(object.value(QStringLiteral("startsAt")).toString()))
        sub.startsAt = *starts;
    if (const auto status = subscriptionstatus::fromWire(object.value(QStringLiteral("status")).toString()))
        sub.status = *status;
    if (object.contains(QStringLiteral("sinkCredential")))
        sub.sinkCredential = SinkCredential::fromJson(object.value(QStringLiteral("sinkCredential")), &errors);
    return sub;
}

} // namespace roamdesk::sim
