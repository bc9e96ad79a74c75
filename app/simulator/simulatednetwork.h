#pragma once

#include "app/common/clock.h"
#include "app/simulator/notificationdispatcher.h"
#include "app/simulator/simdevice.h"
#include "app/simulator/simsubscription.h"
#include "models/notification.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace roamdesk::sim {

/// Outcome of finding the device a request names: a key, or the CAMARA error to answer.
struct DeviceLookup
{
    QString key;
    int status = 0; // 0 = found
    QString code;
    QString message;
    bool ok() const { return status == 0; }
};

/// The simulated mobile network: devices with identifiers and a position (home or a visited MCC),
/// the live subscriptions, and the events a move produces. Moving a device (by the GUI, a scenario or a
/// test) emits the roaming events the spec prescribes to every matching subscription; time-based ends
/// (expiry, sink token expiry) are checked against the injected Clock.
class SimulatedNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedNetwork)

public:
    explicit SimulatedNetwork(Clock *clock, QObject *parent = nullptr);
    ~SimulatedNetwork() override;

    Clock *clock() const { return m_clock; }
    NotificationDispatcher *dispatcher() { return &m_dispatcher; }

    // --- devices ---
    /// Restores the seed devices: +99999991000 roaming in DE, +99999991001 at home, the error numbers, and one
    /// device per other identifier kind (NAI user@domain.example, IPv4 233.252.0.2:80 behind NAT as 192.0.2.25,
    /// IPv4 203.0.113.7 / 10.0.0.7, IPv6 2001:db8::7).
    void resetToSeed();
    QList<SimDevice> devices() const { return m_devices; }
    std::optional<SimDevice> device(const QString &key) const;
    /// The device without a copy, or nullptr; valid until the devices change (a move keeps it valid).
    const SimDevice *findDevice(const QString &key) const;
    /// Adds or replaces a device (by key). Fails when an identifier already belongs to another device.
    bool addDevice(const SimDevice &device, QString *error = nullptr);
    /// Adds many new devices at once (one index rebuild, one devicesChanged): what a fleet of 100,000 needs.
    /// Fails, adding none, when a key or identifier is taken.
    bool addDevices(const QList<SimDevice> &devices, QString *error = nullptr);
    /// Removes every generated device (SimDevice::generated); their subscriptions end with NETWORK_TERMINATED.
    void removeGeneratedDevices();
    /// Removes a device; its subscriptions end with NETWORK_TERMINATED.
    bool removeDevice(const QString &key);
    /// Moves a device to a visited MCC now; the home MCC (or 0) means home. False for an unknown key or MCC.
    bool moveDevice(const QString &key, int mcc);
    bool sendHome(const QString &key) { return moveDevice(key, 0); }
    /// Finds the device a request's identifiers name (404 IDENTIFIER_NOT_FOUND, 422 IDENTIFIER_MISMATCH,
    /// 422 UNSUPPORTED_IDENTIFIER, or the device's fixed error).
    DeviceLookup lookup(const Device &requested) const;
    /// Identifier types the emulated operator does not support ("phoneNumber", "networkAccessIdentifier",
    /// "ipv4Address", "ipv6Address"); empty by default.
    void setUnsupportedIdentifierTypes(const QStringList &types) { m_unsupported = types; }
    QStringList unsupportedIdentifierTypes() const { return m_unsupported; }

    // --- subscriptions ---
    QList<SimSubscription> subscriptions() const;
    int subscriptionCount() const { return int(m_subscriptions.size()); }
    std::optional<SimSubscription> subscription(const QString &id) const;
    /// Registers a subscription (id and startsAt filled when empty), sends v0.8 subscription-started and the
    /// initial event when due. Returns the stored record.
    SimSubscription createSubscription(SimSubscription subscription);
    /// Ends with SUBSCRIPTION_DELETED; false when unknown.
    bool deleteSubscription(const QString &id);
    /// ACTIVE <-> INACTIVE (v0.8 sends subscription-updated); an inactive subscription gets no roaming events.
    bool setSubscriptionActive(const QString &id, bool active);
    /// Ends every live subscription with `reason` (NETWORK_TERMINATED on shutdown) and, when given, the
    /// terminationDescription saying why.
    void terminateAll(const QString &reason, const QString &description = QString());
    /// Ends what expired (SUBSCRIPTION_EXPIRED) or whose sink token expired (ACCESS_TOKEN_EXPIRED) at clock()->now().
    /// Runs every 250 ms on its own; tests with a ManualClock call it after advancing the clock.
    void checkTimers();
    /// Puts restored subscriptions back without sending anything (state file).
    void restoreSubscription(const SimSubscription &subscription);

    // --- statistics ---
    qint64 deliveredCount() const { return m_delivered; }
    qint64 failedCount() const { return m_failed; }

    /// Devices and subscriptions; generated devices are left out (the fleet keeps them as a seed and positions).
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state, QString *error);

Q_SIGNALS:
    void deviceMoved(const QString &key, int fromMcc, int toMcc); // 0 = home
    void devicesChanged();
    void subscriptionsChanged();
    void subscriptionEnded(const QString &subscriptionId, const QString &reason);
    void notificationDelivered(
        const QString &subscriptionId, const QString &typeWire, const QString &eventId, int httpStatus);
    void deliveryFailed(const QString &subscriptionId, const QString &typeWire, const QString &eventId, int httpStatus,
        const QString &reason);

private:
    int indexOf(const QString &key) const;
    void rebuildIndexes();
    /// A CloudEvent of `subscription` with what every type carries (id, source, time, subscriptionId, device).
    Notification notificationFor(const SimSubscription &subscription, EventType type) const;
    void emitEvent(SimSubscription &subscription, EventType type, const SimDevice &device);
    /// Hands an event to the dispatcher, encoded by Notification::toJsonBytes.
    void enqueue(const SimSubscription &subscription, const Notification &event);
    void endSubscription(
        const QString &id, const QString &reason, bool notifySink = true, const QString &description = QString());

    Clock *m_clock;
    NotificationDispatcher m_dispatcher;
    QList<SimDevice> m_devices;
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_byPhone;
    QHash<QString, int> m_byNai; // lower-case
    QStringList m_unsupported;
    QHash<QString, SimSubscription> m_subscriptions;
    QStringList m_creationOrder; // listings in creation order
    QTimer m_timer;
    qint64 m_delivered = 0;
    qint64 m_failed = 0;
};

} // namespace roamdesk::sim
