#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace roamdesk {

/// Where a plan's sink token comes from. The token itself is never written in a plan file: it is read from an
/// environment variable when a subscription is created, or generated fresh for each subscription.
struct PlanSinkToken
{
    enum class Source { None, Environment, Generated };
    Source source = Source::None;
    QString variable; // Source::Environment
    qint64 validForSeconds = 24 * 3600; // the accessTokenExpiresUtc sent: creation time + this

    bool operator==(const PlanSinkToken &other) const;
};

/// When a subscription is replaced ahead of its end.
struct PlanRenewMargins
{
    qint64 beforeExpirySeconds = 3600;
    int eventsBeforeMax = 1;
    qint64 beforeTokenExpirySeconds = 3600;

    bool operator==(const PlanRenewMargins &other) const;
};

/// One thing a plan keeps covered: a device and one event type (a subscription carries exactly one type).
struct PlanSlot
{
    Device device;
    EventType type = EventType::RoamingStatus;

    /// Stable text naming the slot: the device's compact JSON and the type's short name.
    QString key() const;
    static QString keyOf(const Device &device, EventType type);
};

/// "Keep these devices subscribed to these event types with this sink": the desired state a reconciler compares
/// the API's subscriptions with. Read from a JSON plan file; what it subscribes carries the plan's name in the
/// sink URL (a query parameter), so the plan recognises its own subscriptions in the API's list after a restart.
struct SubscriptionPlan
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::SubscriptionPlan)

public:
    QString name;
    QList<Device> devices;
    QString devicesCsv; // as written in the file (resolved against the file's folder by the loader)
    QList<EventType> types;
    QUrl sink;
    PlanSinkToken sinkToken;
    std::optional<qint64> expireAfterSeconds; // subscriptionExpireTime requested: creation time + this
    std::optional<int> maxEvents; // subscriptionMaxEvents requested
    PlanRenewMargins renew;

    /// The sink query parameters that tag a subscription as this plan's, and its generation.
    static QString planParameter() { return QStringLiteral("roamdeskPlan"); }
    static QString generationParameter() { return QStringLiteral("roamdeskGeneration"); }

    /// Every (device, type) the plan keeps covered, devices first.
    QList<PlanSlot> planSlots() const;
    /// The sink URL for a subscription of `generation`: the plan's sink plus the plan and generation tags.
    QString sinkFor(qint64 generation) const;
    /// The generation of a sink URL carrying this plan's tag; nullopt for anyone else's sink.
    std::optional<qint64> generationOf(const QString &sink) const;

    /// Structural decoding and validation in one: every problem is reported with the field's path
    /// ("devices[2].phoneNumber", "renew.eventsBeforeMax", "sinkToken"). nullopt when anything is wrong.
    static std::optional<SubscriptionPlan> fromJson(const QJsonObject &object, FieldErrors *errors);
    /// fromJson of a JSON text; a syntax error is reported at path "".
    static std::optional<SubscriptionPlan> fromJsonBytes(const QByteArray &bytes, FieldErrors *errors);
    /// Reads a plan file; a devicesCsv list (CSV or JSON Lines, DeviceListParser) is read from the plan's folder
    /// unless absolute, its bad records reported as "devicesCsv" with their line.
    static std::optional<SubscriptionPlan> loadFile(const QString &path, FieldErrors *errors);
    QJsonObject toJson() const;
};

} // namespace roamdesk
