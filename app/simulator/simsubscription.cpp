#include "simsubscription.h"

#include "datetime.h"

#include <QJsonArray>

namespace roamdesk::sim {

QString SimSubscription::sourcePath() const
{
    return pathPrefix
        + (version == ApiVersion::V0_8 ? QStringLiteral("/device-roaming-status-subscriptions/v0.8/subscriptions/")
                                       : QStringLiteral("/device-roaming-status-subscriptions/v0.7/subscriptions/"))
        + id;
}

QJsonObject SimSubscription::toApiJson() const
{
    QJsonObject detail;
    if (requestDevice)
        detail.insert(QStringLiteral("device"), requestDevice->toJson());
    QJsonObject config{{QStringLiteral("subscriptionDetail"), detail}};
    if (expireTime)
        config.insert(QStringLiteral("subscriptionExpireTime"), rfc3339::format(*expireTime));
    if (maxEvents)
        config.insert(QStringLiteral("subscriptionMaxEvents"), *maxEvents);
    if (initialEvent)
        config.insert(QStringLiteral("initialEvent"), *initialEvent);

    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("protocol"), QStringLiteral("HTTP")},
        {QStringLiteral("sink"), sink}, {QStringLiteral("types"), QJsonArray{eventtype::toWire(type)}},
        {QStringLiteral("config"), config}, {QStringLiteral("startsAt"), rfc3339::format(startsAt)},
        {QStringLiteral("status"), subscriptionstatus::toWire(status)}};
    if (expireTime)
        object.insert(QStringLiteral("expiresAt"), rfc3339::format(*expireTime));
    return object;
}

QJsonObject SimSubscription::toStateJson() const
{
    QJsonObject object = toApiJson();
    object.insert(
        QStringLiteral("version"), version == ApiVersion::V0_8 ? QStringLiteral("v0.8") : QStringLiteral("v0.7"));
    object.insert(QStringLiteral("pathPrefix"), pathPrefix);
    object.insert(QStringLiteral("deviceKey"), deviceKey);
    object.insert(QStringLiteral("eventsSent"), eventsSent);
    if (sinkCredential)
        object.insert(QStringLiteral("sinkCredential"), sinkCredential->toJson());
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
