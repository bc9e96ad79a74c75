#include "app/receiver/receiverhost.h"

#include "app/receiver/webhookreceiver.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/subscriptionregistry.h"
#include "models/eventtype.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReceiverHost, "roamdesk.session.receiver")

namespace roamdesk {

ReceiverHost::ReceiverHost(Clock *clock)
    : m_clock(clock)
{
}

ReceiverHost::~ReceiverHost()
{
    stop();
}

void ReceiverHost::start(const ReceiverSettings &requested)
{
    ReceiverSettings settings = requested;
    if (settings.databasePath.isEmpty())
        settings.databasePath = SqliteNotificationStore::defaultPath();
    // A file of this computer, or a store shared by a team (postgresql://…).
    QString openError;
    if (const std::optional<StoreLocation> location = StoreLocation::parse(settings.databasePath, &openError))
        m_store = storefactory::open(*location, settings.durability, storefactory::Checks::Writable, &openError);
    if (!m_store) {
        const QString error =
            tr("The notification store %1 could not be opened: %2").arg(settings.databasePath, openError);
        Q_EMIT started(false, {}, settings.databasePath, error, {});
        return;
    }
    m_registry = std::make_unique<SubscriptionRegistry>(m_store.get());
    m_receiver = std::make_unique<WebhookReceiver>(m_registry.get());
    if (m_clock)
        m_receiver->setClock(m_clock);
    connect(m_receiver.get(), &WebhookReceiver::notificationStored, this, &ReceiverHost::onStored);
    connect(m_receiver.get(), &WebhookReceiver::batchCommitted, this, [this](int stored, qint64 newestSeq) {
        m_pending.stored = stored;
        m_pending.newestSeq = newestSeq;
        Q_EMIT batchCommitted(m_pending);
        m_pending = ReceiverBatch();
    });
    connect(m_receiver.get(), &WebhookReceiver::errorOccurred, this, &ReceiverHost::failed);

    m_receiver->setSettings(settings);
    bool ok = m_receiver->start();
    if (!ok && settings.port != 0) {
        // The usual port is taken (another RoamDesk?): any free port is better than no receiver.
        qCWarning(lcReceiverHost) << "port" << settings.port << "unavailable:" << m_receiver->errorString()
                                  << "- trying any free port";
        settings.port = 0;
        m_receiver->setSettings(settings);
        ok = m_receiver->start();
    }
    QList<KnownSubscription> known;
    for (const KnownSubscription &subscription : m_registry->all()) {
        // A token registered for a create that never finished (crash, quit) is dropped.
        if (subscription.id.startsWith(QLatin1String(PendingPrefix)))
            m_registry->forget(subscription.id);
        else
            known << subscription;
    }
    Q_EMIT started(ok, ok ? m_receiver->sinkUrl() : QUrl(), settings.databasePath,
        ok ? QString() : m_receiver->errorString(), known);
    // Counting a million rows takes a moment: after the window could already show the first page.
    Q_EMIT storedCount(m_store->count({}));
}

void ReceiverHost::stop()
{
    if (m_receiver) {
        m_receiver->stop();
        m_receiver.reset();
        Q_EMIT stopped();
    }
    m_registry.reset();
    m_store.reset();
}

void ReceiverHost::remember(const KnownSubscription &subscription)
{
    if (m_registry && !m_registry->remember(subscription))
        qCWarning(lcReceiverHost) << "could not remember subscription" << subscription.id << m_registry->lastError();
}

void ReceiverHost::forget(const QString &id)
{
    if (m_registry)
        m_registry->forget(id);
}

void ReceiverHost::markDeleted(const QString &id, const QDateTime &when)
{
    if (m_registry)
        m_registry->markDeleted(id, when);
}

void ReceiverHost::countEvents(const QStringList &subscriptionIds)
{
    if (!m_store)
        return;
    QHash<QString, int> counts;
    QHash<QString, QString> ends;
    for (const QString &id : subscriptionIds) {
        NotificationLogFilter filter;
        filter.subscriptionId = id;
        counts.insert(id, int(m_store->count(filter)));
        // Whether (and why) it ended while RoamDesk was looking, e.g. before the last restart.
        for (EventType type : {EventType::SubscriptionEnds, EventType::SubscriptionEnded}) {
            filter.type = type;
            const QList<NotificationLogRecord> last = m_store->olderThan(filter, NotificationLogSource::NoSeq, 1);
            if (!last.isEmpty())
                ends.insert(id, last.first().terminationReason);
        }
    }
    Q_EMIT eventCounts(counts, ends);
}

void ReceiverHost::onStored(const NotificationLogRecord &record)
{
    if (record.subscriptionId.isEmpty())
        return;
    ++m_pending.eventsBySubscription[record.subscriptionId];
    if (eventtype::isTermination(record.type))
        m_pending.ended.append({record.subscriptionId, record.terminationReason});
}

} // namespace roamdesk
