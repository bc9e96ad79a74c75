#pragma once

#include "app/receiver/receiversettings.h"
#include "app/store/notificationstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

namespace roamdesk {

class Clock;
class SqliteNotificationStore;
class SubscriptionRegistry;
class WebhookReceiver;

/// What one receiver commit means for the window: how many events each subscription got and which
/// subscriptions ended (subscription-ends / -ended), gathered on the receiver's thread.
struct ReceiverBatch
{
    int stored = 0;
    qint64 newestSeq = 0;
    QHash<QString, int> eventsBySubscription;
    QList<QPair<QString, QString>> ended; // (subscription id, termination reason)
};

/// Runs the webhook receiver, its subscription registry and their store connection on a thread of their
/// own, so that parsing thousands of notifications a second never stalls the GUI. Lives in that thread;
/// the Session talks to it only through queued slots and signals.
class ReceiverHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverHost)

public:
    /// Ids of tokens registered before the create call answers (the initial event may come first).
    static constexpr char PendingPrefix[] = "pending-";

    explicit ReceiverHost(Clock *clock);
    ~ReceiverHost() override;

public Q_SLOTS:
    /// Opens the store, loads the registry, starts listening; answers with started().
    void start(const roamdesk::ReceiverSettings &settings);
    void stop();
    void remember(const roamdesk::KnownSubscription &subscription);
    void forget(const QString &id);
    void markDeleted(const QString &id, const QDateTime &when);
    /// Counts the stored events of each subscription; answers with eventCounts().
    void countEvents(const QStringList &subscriptionIds);

Q_SIGNALS:
    void started(bool ok, const QUrl &sinkUrl, const QString &databasePath, const QString &error,
        const QList<roamdesk::KnownSubscription> &known);
    void storedCount(qint64 count);
    void batchCommitted(const roamdesk::ReceiverBatch &batch);
    /// Stored events per subscription, and the termination reason of those that ended.
    void eventCounts(const QHash<QString, int> &counts, const QHash<QString, QString> &ends);
    void failed(const QString &error);
    void stopped();

private:
    void onStored(const NotificationLogRecord &record);

    Clock *m_clock;
    std::unique_ptr<NotificationStore> m_store;
    std::unique_ptr<SubscriptionRegistry> m_registry;
    std::unique_ptr<WebhookReceiver> m_receiver;
    ReceiverBatch m_pending;
};

} // namespace roamdesk

Q_DECLARE_METATYPE(roamdesk::ReceiverBatch)
Q_DECLARE_METATYPE(roamdesk::KnownSubscription)
