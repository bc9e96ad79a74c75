#include "app/session/receiverservice.h"

#include "app/common/clock.h"
#include "app/receiver/receiverhost.h"
#include "models/subscription.h"
#include "models/subscriptiontablemodel.h"

#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace roamdesk {

namespace {

// How often deletions waiting for their subscription-ends are looked at.
constexpr int GraceCheckIntervalMs = 1000;

QString endReason(const QString &reason)
{
    return reason.isEmpty() ? QStringLiteral("ENDED") : reason;
}

/// The subscription table's row for what the registry remembers of a subscription.
Subscription fromKnown(const KnownSubscription &known)
{
    Subscription sub;
    sub.id = known.id;
    sub.sink = known.sink;
    sub.types = known.types;
    if (!known.device.isEmpty()) {
        Device device;
        // The registry keeps the label only; show it as the phone number field when it looks like one.
        if (Device::isValidPhoneNumber(known.device))
            device.phoneNumber = known.device;
        else
            device.networkAccessIdentifier = known.device;
        sub.config.device = device;
    }
    if (known.createdAt.isValid())
        sub.startsAt = known.createdAt;
    if (known.expiresAt.isValid())
        sub.expiresAt = known.expiresAt;
    sub.status = known.isDeleted() ? SubscriptionStatus::Deleted : SubscriptionStatus::Active;
    return sub;
}

} // namespace

ReceiverService::ReceiverService(Clock *clock, SubscriptionTableModel *subscriptions, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_subscriptions(subscriptions)
{
    qRegisterMetaType<ReceiverBatch>();
    qRegisterMetaType<KnownSubscription>();
    qRegisterMetaType<QList<KnownSubscription>>();
    qRegisterMetaType<ReceiverSettings>();
    m_graceTimer.setInterval(GraceCheckIntervalMs);
    connect(&m_graceTimer, &QTimer::timeout, this, &ReceiverService::checkEndGrace);
}

ReceiverService::~ReceiverService()
{
    stop();
}

void ReceiverService::start(const ReceiverSettings &settings)
{
    if (m_host)
        return;
    m_host = new ReceiverHost(m_clock);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &ReceiverHost::started, this, &ReceiverService::onStarted);
    connect(m_host, &ReceiverHost::storedCount, this, [this](qint64 count) {
        // Counted right after the start, before any request could be handled: commits add to it from then on.
        m_storedCount += count;
        Q_EMIT notificationsArrived(0);
    });
    connect(m_host, &ReceiverHost::batchCommitted, this, &ReceiverService::onBatch);
    connect(m_host, &ReceiverHost::eventCounts, this, &ReceiverService::onEventCounts);
    connect(m_host, &ReceiverHost::failed, this, [this](const QString &error) {
        m_error = error;
        Q_EMIT stateChanged();
    });
    m_thread.setObjectName(QStringLiteral("receiver"));
    m_thread.start();
    m_starting = true;
    ReceiverHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, settings] { host->start(settings); }, Qt::QueuedConnection);
}

void ReceiverService::stop()
{
    if (!m_host)
        return;
    // Commit and answer what is pending before the thread goes.
    ReceiverHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host] { host->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_host = nullptr;
    m_listening = false;
    m_graceTimer.stop();
}

QString ReceiverService::errorString() const
{
    return m_starting ? tr("starting…") : m_error;
}

void ReceiverService::onStarted(bool ok, const QUrl &sinkUrl, const QString &databasePath, const QString &error,
    const QList<KnownSubscription> &known)
{
    m_starting = false;
    m_listening = ok;
    m_sinkUrl = sinkUrl;
    m_error = error;
    m_databasePath = databasePath;
    if (!databasePath.isEmpty())
        Q_EMIT storeOpened(databasePath);
    for (const KnownSubscription &sub : known)
        m_subscriptions->upsert(fromKnown(sub), true);
    refreshEventCounts();
    qCInfo(lcSession) << "receiver" << (ok ? "listening at" : "failed:") << (ok ? sinkUrl.toString() : error);
    Q_EMIT stateChanged();
}

void ReceiverService::onBatch(const ReceiverBatch &batch)
{
    m_storedCount += batch.stored;
    for (auto it = batch.eventsBySubscription.cbegin(); it != batch.eventsBySubscription.cend(); ++it) {
        m_eventCounts[it.key()] += it.value();
        m_subscriptions->setEventsReceived(it.key(), m_eventCounts.value(it.key()));
    }
    for (const auto &[id, reason] : batch.ended) {
        m_subscriptions->markEnded(id, endReason(reason));
        // Its last word has arrived: from now on the receiver answers its events with 410 Gone.
        if (m_awaitingEnd.remove(id))
            markDeleted(id);
        Q_EMIT subscriptionEnded(id, reason);
    }
    Q_EMIT notificationsArrived(batch.stored);
}

void ReceiverService::onEventCounts(const QHash<QString, int> &counts, const QHash<QString, QString> &ends)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        m_eventCounts[it.key()] = it.value();
        m_subscriptions->setEventsReceived(it.key(), it.value());
    }
    for (auto it = ends.cbegin(); it != ends.cend(); ++it)
        m_subscriptions->markEnded(it.key(), endReason(it.value()));
}

QString ReceiverService::rememberPending(const QString &sinkToken, const QString &sink, const QStringList &types)
{
    if (!m_host || sinkToken.isEmpty())
        return {};
    KnownSubscription pending;
    pending.id = QLatin1String(ReceiverHost::PendingPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending.sinkToken = sinkToken;
    pending.sink = sink;
    pending.types = types;
    pending.createdAt = m_clock->now();
    ReceiverHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, pending] { host->remember(pending); }, Qt::QueuedConnection);
    return pending.id;
}

void ReceiverService::remember(const Subscription &subscription, const QString &sinkToken)
{
    if (!m_host)
        return;
    KnownSubscription known;
    known.id = subscription.id;
    known.sinkToken = sinkToken;
    known.device = subscription.config.device ? subscription.config.device->displayLabel() : QString();
    known.types = subscription.types;
    known.sink = subscription.sink;
    known.createdAt = subscription.startsAt.value_or(m_clock->now());
    if (subscription.expiresAt)
        known.expiresAt = *subscription.expiresAt;
    ReceiverHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, known] { host->remember(known); }, Qt::QueuedConnection);
}

void ReceiverService::forget(const QString &id)
{
    if (!m_host || id.isEmpty())
        return;
    ReceiverHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, id] { host->forget(id); }, Qt::QueuedConnection);
}

void ReceiverService::deletedHere(const QString &id)
{
    // The network still sends subscription-ends after a delete; the receiver must take it before it starts
    // refusing the subscription's events (410).
    m_awaitingEnd.insert(id, m_clock->now());
    m_graceTimer.start(); // runs only while a deletion waits for its subscription-ends
}

void ReceiverService::checkEndGrace()
{
    const QDateTime now = m_clock->now();
    for (auto it = m_awaitingEnd.begin(); it != m_awaitingEnd.end();) {
        if (it.value().msecsTo(now) >= m_endGraceMs) {
            markDeleted(it.key());
            it = m_awaitingEnd.erase(it);
        } else {
            ++it;
        }
    }
    if (m_awaitingEnd.isEmpty())
        m_graceTimer.stop();
}

void ReceiverService::markDeleted(const QString &id)
{
    if (!m_host)
        return;
    ReceiverHost *host = m_host;
    const QDateTime when = m_clock->now();
    QMetaObject::invokeMethod(
        host, [host, id, when] { host->markDeleted(id, when); }, Qt::QueuedConnection);
}

void ReceiverService::refreshEventCounts()
{
    if (!m_host)
        return;
    ReceiverHost *host = m_host;
    const QStringList ids = m_subscriptions->ids();
    QMetaObject::invokeMethod(
        host, [host, ids] { host->countEvents(ids); }, Qt::QueuedConnection);
}

} // namespace roamdesk
