#include "app/simulator/simulatednetwork.h"

#include "app/simulator/eventrules.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSimNetwork, "roamdesk.simulator", QtInfoMsg)

namespace roamdesk::sim {

namespace {
constexpr int TimerIntervalMs = 250;
constexpr int StateVersion = 1;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SimDevice seedDevice(const QString &phone, const QString &label, int homeMcc, int currentMcc, int lastOctet)
{
    SimDevice device;
    device.key = phone;
    device.label = label;
    device.identifiers.phoneNumber = phone;
    device.identifiers.networkAccessIdentifier = phone.mid(1) + QStringLiteral("@sim.roamdesk.example");
    device.identifiers.ipv4Address =
        Ipv4Address{QStringLiteral("233.252.0.%1").arg(lastOctet), QStringLiteral("192.0.2.%1").arg(lastOctet), 80};
    device.identifiers.ipv6Address = QStringLiteral("2001:db8:1234:5678:9abc:def0:fedc:%1").arg(lastOctet, 0, 16);
    device.homeMcc = homeMcc;
    device.currentMcc = currentMcc;
    return device;
}

/// A device known by one identifier only: what a user types in the device editor finds it.
SimDevice singleIdentifierDevice(
    const QString &key, const Device &identifiers, const QString &label, int homeMcc, int currentMcc)
{
    SimDevice device;
    device.key = key;
    device.label = label;
    device.identifiers = identifiers;
    device.homeMcc = homeMcc;
    device.currentMcc = currentMcc;
    return device;
}

bool isValidMcc(int mcc)
{
    return mcc >= 200 && mcc <= 999;
}
} // namespace

SimulatedNetwork::SimulatedNetwork(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    connect(&m_dispatcher, &NotificationDispatcher::delivered, this,
        [this](const QString &id, const QString &eventId, const QString &type, int status) {
            ++m_delivered;
            Q_EMIT notificationDelivered(id, type, eventId, status);
        });
    connect(&m_dispatcher, &NotificationDispatcher::failed, this,
        [this](const QString &id, const QString &eventId, const QString &type, int status, const QString &why) {
            ++m_failed;
            Q_EMIT deliveryFailed(id, type, eventId, status, why);
        });
    connect(&m_dispatcher, &NotificationDispatcher::sinkGone, this, [this](const QString &id) {
        // 410 Gone: the consumer no longer wants anything, not even a subscription-ends.
        endSubscription(id, QStringLiteral("SINK_GONE"), false);
    });
    m_timer.setInterval(TimerIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedNetwork::checkTimers);
    m_timer.start();
    resetToSeed();
}

SimulatedNetwork::~SimulatedNetwork() = default;

void SimulatedNetwork::resetToSeed()
{
    m_devices.clear();
    const QDateTime now = m_clock->now();
    // A Finnish subscriber roaming in Germany (the spec's "roaming inside Germany" test device) and a German one at
    // home.
    m_devices.append(seedDevice(QStringLiteral("+99999991000"), tr("Roaming in Germany"), 244, 262, 2));
    m_devices.append(seedDevice(QStringLiteral("+99999991001"), tr("At home"), 262, 0, 3));
    // One device per other identifier kind, at the addresses the README and the device editor's placeholders
    // show, so each kind can be looked up and subscribed to from the first start; listed before the error numbers
    // so the panel shows them without scrolling.
    Device nai;
    nai.networkAccessIdentifier = QStringLiteral("user@domain.example");
    m_devices.append(singleIdentifierDevice(nai.networkAccessIdentifier, nai, tr("NAI, roaming in Spain"), 208, 214));
    Device natted;
    // Shares its public address with +99999991000 (carrier-grade NAT): the private address tells them apart.
    natted.ipv4Address = Ipv4Address{QStringLiteral("233.252.0.2"), QStringLiteral("192.0.2.25"), 80};
    m_devices.append(
        singleIdentifierDevice(QStringLiteral("233.252.0.2:80"), natted, tr("IPv4 behind NAT, at home"), 262, 0));
    Device ipv4;
    ipv4.ipv4Address = Ipv4Address{QStringLiteral("203.0.113.7"), QStringLiteral("10.0.0.7"), std::nullopt};
    m_devices.append(
        singleIdentifierDevice(QStringLiteral("203.0.113.7"), ipv4, tr("IPv4, roaming in Austria"), 222, 232));
    Device ipv6;
    ipv6.ipv6Address = QStringLiteral("2001:db8::7");
    m_devices.append(singleIdentifierDevice(ipv6.ipv6Address, ipv6, tr("IPv6, roaming in the UK"), 310, 234));
    const int errors[] = {400, 404, 422, 500, 502, 503, 504};
    int octet = 10;
    for (const int status : errors) {
        SimDevice device =
            seedDevice(QStringLiteral("+99999990%1").arg(status), tr("Answers HTTP %1").arg(status), 262, 0, octet++);
        device.fixedErrorStatus = status;
        m_devices.append(device);
    }
    for (auto &device : m_devices)
        device.lastStatusTime = now;
    rebuildIndexes();
    Q_EMIT devicesChanged();
}

int SimulatedNetwork::indexOf(const QString &key) const
{
    return m_byKey.value(key, -1);
}

void SimulatedNetwork::rebuildIndexes()
{
    m_byKey.clear();
    m_byPhone.clear();
    m_byNai.clear();
    for (int i = 0; i < m_devices.size(); ++i) {
        const SimDevice &device = m_devices.at(i);
        m_byKey.insert(device.key, i);
        if (!device.identifiers.phoneNumber.isEmpty())
            m_byPhone.insert(device.identifiers.phoneNumber, i);
        if (!device.identifiers.networkAccessIdentifier.isEmpty())
            m_byNai.insert(device.identifiers.networkAccessIdentifier.toLower(), i);
    }
}

std::optional<SimDevice> SimulatedNetwork::device(const QString &key) const
{
    const int index = indexOf(key);
    if (index < 0)
        return std::nullopt;
    return m_devices.at(index);
}

const SimDevice *SimulatedNetwork::findDevice(const QString &key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_devices.at(index);
}

bool SimulatedNetwork::addDevices(const QList<SimDevice> &devices, QString *error)
{
    QSet<QString> keys;
    keys.reserve(devices.size());
    for (const SimDevice &device : devices) {
        const Device &ids = device.identifiers;
        // Phone numbers and NAIs by their indexes; the rarer address identifiers by the full lookup.
        const bool taken = indexOf(device.key) >= 0 || keys.contains(device.key)
            || (!ids.phoneNumber.isEmpty() && m_byPhone.contains(ids.phoneNumber))
            || (!ids.networkAccessIdentifier.isEmpty() && m_byNai.contains(ids.networkAccessIdentifier.toLower()))
            || ((ids.ipv4Address || !ids.ipv6Address.isEmpty()) && lookup(ids).status != 404);
        if (device.key.isEmpty() || ids.isEmpty() || taken) {
            if (error)
                *error = tr("device %1 is already in the network, or has no key or identifier").arg(device.key);
            return false;
        }
        keys.insert(device.key);
    }
    const QDateTime now = m_clock->now();
    m_devices.reserve(m_devices.size() + devices.size());
    for (SimDevice device : devices) {
        if (device.currentMcc == device.homeMcc)
            device.currentMcc = 0;
        if (!device.lastStatusTime.isValid())
            device.lastStatusTime = now;
        m_devices.append(device);
    }
    rebuildIndexes();
    Q_EMIT devicesChanged();
    return true;
}

void SimulatedNetwork::removeGeneratedDevices()
{
    QSet<QString> gone;
    for (const SimDevice &device : std::as_const(m_devices)) {
        if (device.generated)
            gone.insert(device.key);
    }
    if (gone.isEmpty())
        return;
    const QStringList ids = m_creationOrder;
    for (const QString &id : ids) {
        if (gone.contains(m_subscriptions.value(id).deviceKey))
            endSubscription(id, QStringLiteral("NETWORK_TERMINATED"), true, tr("The device left the network."));
    }
    m_devices.removeIf([](const SimDevice &device) { return device.generated; });
    rebuildIndexes();
    Q_EMIT devicesChanged();
}

bool SimulatedNetwork::addDevice(const SimDevice &device, QString *error)
{
    if (device.key.isEmpty() || device.identifiers.isEmpty()) {
        if (error)
            *error = tr("a device needs a key and at least one identifier");
        return false;
    }
    const DeviceLookup existing = lookup(device.identifiers);
    if (existing.ok() && existing.key != device.key) {
        if (error)
            *error = tr("an identifier of %1 already belongs to device %2").arg(device.key, existing.key);
        return false;
    }
    SimDevice copy = device;
    if (copy.currentMcc == copy.homeMcc)
        copy.currentMcc = 0;
    if (!copy.lastStatusTime.isValid())
        copy.lastStatusTime = m_clock->now();
    const int index = indexOf(device.key);
    if (index >= 0)
        m_devices[index] = copy;
    else
        m_devices.append(copy);
    rebuildIndexes();
    Q_EMIT devicesChanged();
    return true;
}

bool SimulatedNetwork::removeDevice(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0)
        return false;
    // Its subscriptions cannot fire any more: the network ends them.
    const QStringList ids = m_creationOrder;
    for (const QString &id : ids) {
        if (m_subscriptions.value(id).deviceKey == key)
            endSubscription(id, QStringLiteral("NETWORK_TERMINATED"), true, tr("The device left the network."));
    }
    m_devices.removeAt(index);
    rebuildIndexes();
    Q_EMIT devicesChanged();
    return true;
}

bool SimulatedNetwork::moveDevice(const QString &key, int mcc)
{
    const int index = indexOf(key);
    if (index < 0 || (mcc != 0 && !isValidMcc(mcc)))
        return false;
    SimDevice &device = m_devices[index];
    const int target = mcc == device.homeMcc ? 0 : mcc;
    if (target == device.currentMcc)
        return true;
    const int from = device.currentMcc;
    const RoamingPosition before{device.roaming(), device.currentMcc};
    device.currentMcc = target;
    device.lastStatusTime = m_clock->now();
    const RoamingPosition after{device.roaming(), device.currentMcc};
    const SimDevice snapshot = device;

    // Events in subscription creation order, so a demo's sink sees a stable sequence.
    const QStringList order = m_creationOrder;
    for (const QString &id : order) {
        auto it = m_subscriptions.find(id);
        if (it == m_subscriptions.end() || it->deviceKey != key || it->status != SubscriptionStatus::Active)
            continue;
        if (eventrules::triggers(it->type, before, after))
            emitEvent(*it, it->type, snapshot);
    }
    qCDebug(lcSimNetwork) << "device" << key << "moved from" << from << "to" << target;
    Q_EMIT deviceMoved(key, from, target);
    return true;
}

DeviceLookup SimulatedNetwork::lookup(const Device &requested) const
{
    DeviceLookup result;
    int found = -1;
    bool anySupported = false;
    auto consider = [&](int index) -> bool {
        if (index < 0) {
            result.status = 404;
            result.code = QStringLiteral("IDENTIFIER_NOT_FOUND");
            result.message = tr("Device identifier not found.");
            return false;
        }
        if (found >= 0 && found != index) {
            result.status = 422;
            result.code = QStringLiteral("IDENTIFIER_MISMATCH");
            result.message = tr("Provided identifiers are not consistent.");
            return false;
        }
        found = index;
        return true;
    };
    auto supported = [this](const char *type) { return !m_unsupported.contains(QLatin1String(type)); };

    if (!requested.phoneNumber.isEmpty() && supported("phoneNumber")) {
        anySupported = true;
        if (!consider(m_byPhone.value(requested.phoneNumber, -1)))
            return result;
    }
    if (!requested.networkAccessIdentifier.isEmpty() && supported("networkAccessIdentifier")) {
        anySupported = true;
        if (!consider(m_byNai.value(requested.networkAccessIdentifier.toLower(), -1)))
            return result;
    }
    if (requested.ipv4Address && supported("ipv4Address")) {
        anySupported = true;
        int match = -1;
        for (int i = 0; i < m_devices.size() && match < 0; ++i) {
            const auto &known = m_devices.at(i).identifiers.ipv4Address;
            if (known && ipv4Matches(*requested.ipv4Address, *known))
                match = i;
        }
        if (!consider(match))
            return result;
    }
    if (!requested.ipv6Address.isEmpty() && supported("ipv6Address")) {
        anySupported = true;
        int match = -1;
        for (int i = 0; i < m_devices.size() && match < 0; ++i) {
            if (ipv6Equal(requested.ipv6Address, m_devices.at(i).identifiers.ipv6Address))
                match = i;
        }
        if (!consider(match))
            return result;
    }
    if (!anySupported) {
        result.status = 422;
        result.code = QStringLiteral("UNSUPPORTED_IDENTIFIER");
        result.message = tr("None of the provided device identifiers is supported (unsupported: %1).")
                             .arg(m_unsupported.join(QStringLiteral(", ")));
        return result;
    }
    const SimDevice &device = m_devices.at(found);
    if (device.fixedErrorStatus != 0) {
        result.status = device.fixedErrorStatus;
        result.code = fixedErrorCode(device.fixedErrorStatus);
        result.message = fixedErrorMessage(device.fixedErrorStatus);
        return result;
    }
    result.key = device.key;
    return result;
}

QList<SimSubscription> SimulatedNetwork::subscriptions() const
{
    QList<SimSubscription> list;
    list.reserve(m_creationOrder.size());
    for (const QString &id : m_creationOrder)
        list.append(m_subscriptions.value(id));
    return list;
}

std::optional<SimSubscription> SimulatedNetwork::subscription(const QString &id) const
{
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.cend())
        return std::nullopt;
    return *it;
}

SimSubscription SimulatedNetwork::createSubscription(SimSubscription subscription)
{
    if (subscription.id.isEmpty())
        subscription.id = uuid();
    if (!subscription.startsAt.isValid())
        subscription.startsAt = m_clock->now();
    subscription.status = SubscriptionStatus::Active;
    subscription.eventsSent = 0;
    const QString id = subscription.id;
    m_subscriptions.insert(id, subscription);
    m_creationOrder.append(id);
    SimSubscription &stored = m_subscriptions[id];

    if (stored.version == ApiVersion::V0_8) {
        Notification started = notificationFor(stored, EventType::SubscriptionStarted);
        started.initiationReason = QStringLiteral("SUBSCRIPTION_CREATED");
        enqueue(stored, started);
    }
    const SimSubscription result = stored;
    if (stored.initialEvent.value_or(false)) {
        const auto device = this->device(stored.deviceKey);
        if (device && eventrules::initialEventApplies(stored.type, device->roaming()))
            emitEvent(stored, stored.type, *device); // may end the subscription (maxEvents 1)
    }
    Q_EMIT subscriptionsChanged();
    return result;
}

void SimulatedNetwork::restoreSubscription(const SimSubscription &subscription)
{
    if (!m_subscriptions.contains(subscription.id))
        m_creationOrder.append(subscription.id);
    m_subscriptions.insert(subscription.id, subscription);
    Q_EMIT subscriptionsChanged();
}

bool SimulatedNetwork::deleteSubscription(const QString &id)
{
    if (!m_subscriptions.contains(id))
        return false;
    endSubscription(id, QStringLiteral("SUBSCRIPTION_DELETED"));
    return true;
}

bool SimulatedNetwork::setSubscriptionActive(const QString &id, bool active)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return false;
    const SubscriptionStatus status = active ? SubscriptionStatus::Active : SubscriptionStatus::Inactive;
    if (it->status == status)
        return true;
    it->status = status;
    if (it->version == ApiVersion::V0_8) {
        Notification updated = notificationFor(*it, EventType::SubscriptionUpdated);
        updated.updateReason = active ? QStringLiteral("SUBSCRIPTION_ACTIVE") : QStringLiteral("SUBSCRIPTION_INACTIVE");
        enqueue(*it, updated);
    }
    Q_EMIT subscriptionsChanged();
    return true;
}

void SimulatedNetwork::terminateAll(const QString &reason, const QString &description)
{
    const QStringList ids = m_creationOrder;
    for (const QString &id : ids)
        endSubscription(id, reason, true, description);
}

void SimulatedNetwork::checkTimers()
{
    if (m_subscriptions.isEmpty())
        return;
    const QDateTime now = m_clock->now();
    const QStringList ids = m_creationOrder;
    for (const QString &id : ids) {
        const auto it = m_subscriptions.constFind(id);
        if (it == m_subscriptions.cend())
            continue;
        if (it->expireTime && *it->expireTime <= now)
            endSubscription(id, QStringLiteral("SUBSCRIPTION_EXPIRED"));
        else if (it->sinkCredential && it->sinkCredential->accessTokenExpiresUtc
            && *it->sinkCredential->accessTokenExpiresUtc <= now)
            endSubscription(id, QStringLiteral("ACCESS_TOKEN_EXPIRED"));
    }
}

Notification SimulatedNetwork::notificationFor(const SimSubscription &subscription, EventType type) const
{
    Notification event;
    event.id = uuid();
    event.source = subscription.sourcePath();
    event.type = type;
    event.time = m_clock->now();
    event.subscriptionId = subscription.id;
    event.device = subscription.requestDevice;
    return event;
}

void SimulatedNetwork::emitEvent(SimSubscription &subscription, EventType type, const SimDevice &device)
{
    Notification event = notificationFor(subscription, type);
    const RoamingStatus status = device.roamingStatus();
    if (type == EventType::RoamingStatus)
        event.roaming = status.roaming;
    if (type == EventType::RoamingStatus || type == EventType::RoamingChangeCountry) {
        event.countryCode = status.countryCode;
        event.countryName = status.countryName;
    }
    ++subscription.eventsSent;
    const QString id = subscription.id;
    const bool reachedMax = subscription.maxEvents && subscription.eventsSent >= *subscription.maxEvents;
    enqueue(subscription, event);
    if (reachedMax)
        endSubscription(id, QStringLiteral("MAX_EVENTS_REACHED"));
}

void SimulatedNetwork::enqueue(const SimSubscription &subscription, const Notification &event)
{
    OutgoingNotification out;
    out.subscriptionId = subscription.id;
    out.eventId = event.id;
    out.typeWire = eventtype::toWire(event.type);
    out.sink = QUrl(subscription.sink);
    if (subscription.sinkCredential)
        out.accessToken = subscription.sinkCredential->accessToken.toUtf8();
    out.body = event.toJsonBytes();
    out.terminal = eventtype::isTermination(event.type);
    m_dispatcher.enqueue(std::move(out));
}

void SimulatedNetwork::endSubscription(
    const QString &id, const QString &reason, bool notifySink, const QString &description)
{
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.cend())
        return;
    const SimSubscription ended = *it;
    m_subscriptions.remove(id);
    m_creationOrder.removeOne(id);
    if (notifySink) {
        Notification event = notificationFor(
            ended, ended.version == ApiVersion::V0_8 ? EventType::SubscriptionEnded : EventType::SubscriptionEnds);
        event.terminationReason = reason;
        if (!description.isEmpty())
            event.terminationDescription = description;
        enqueue(ended, event);
    } else {
        m_dispatcher.dropQueued(id);
    }
    qCInfo(lcSimNetwork).noquote() << "subscription" << id << "ended:" << reason;
    Q_EMIT subscriptionEnded(id, reason);
    Q_EMIT subscriptionsChanged();
}

QJsonObject SimulatedNetwork::saveState() const
{
    QJsonArray devices;
    for (const SimDevice &device : m_devices) {
        if (!device.generated)
            devices.append(device.toJson());
    }
    QJsonArray subscriptions;
    for (const SimSubscription &subscription : this->subscriptions())
        subscriptions.append(subscription.toStateJson());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("roamdesk-simulator-state")},
        {QStringLiteral("version"), StateVersion}, {QStringLiteral("devices"), devices},
        {QStringLiteral("subscriptions"), subscriptions}};
}

bool SimulatedNetwork::restoreState(const QJsonObject &state, QString *error)
{
    if (state.value(QStringLiteral("format")).toString() != QLatin1String("roamdesk-simulator-state")
        || state.value(QStringLiteral("version")).toInt() != StateVersion) {
        if (error)
            *error = tr("not a RoamDesk simulator state file (format/version)");
        return false;
    }
    QList<SimDevice> devices;
    for (const QJsonValue &value : state.value(QStringLiteral("devices")).toArray()) {
        const SimDevice device = SimDevice::fromJson(value.toObject());
        if (device.key.isEmpty() || device.identifiers.isEmpty()) {
            if (error)
                *error = tr("a device in the state file has no key or identifiers");
            return false;
        }
        devices.append(device);
    }
    QList<SimSubscription> subscriptions;
    for (const QJsonValue &value : state.value(QStringLiteral("subscriptions")).toArray()) {
        const auto subscription = SimSubscription::fromStateJson(value.toObject());
        if (!subscription) {
            if (error)
                *error = tr("a subscription in the state file is incomplete");
            return false;
        }
        subscriptions.append(*subscription);
    }
    m_devices = devices;
    rebuildIndexes();
    m_subscriptions.clear();
    m_creationOrder.clear();
    for (const SimSubscription &subscription : subscriptions) {
        m_subscriptions.insert(subscription.id, subscription);
        m_creationOrder.append(subscription.id);
    }
    Q_EMIT devicesChanged();
    Q_EMIT subscriptionsChanged();
    return true;
}

} // namespace roamdesk::sim
