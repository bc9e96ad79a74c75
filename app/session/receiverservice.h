#pragma once

#include "app/receiver/receiversettings.h"
#include "app/store/notificationstore.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace roamdesk {

class Clock;
class ReceiverHost;
class SubscriptionTableModel;
struct ReceiverBatch;
struct Subscription;

/// The webhook receiver as the window sees it: runs it on a thread of its own (ReceiverHost), reports its
/// state and sink URL, keeps the subscription table's event counts and ends current with what is committed,
/// and tells the receiver which sink tokens belong to which subscription. A subscription deleted here is
/// refused (410) once its subscription-ends arrived, or after a grace period measured on the clock.
class ReceiverService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverService)

public:
    static constexpr int DefaultEndGraceMs = 30 * 1000;

    /// `subscriptions` (not owned) is the table the counts and ends go to.
    ReceiverService(Clock *clock, SubscriptionTableModel *subscriptions, QObject *parent = nullptr);
    ~ReceiverService() override;

    /// Starts the receiver on its thread; started() and stateChanged() follow.
    void start(const ReceiverSettings &settings);
    /// Commits and answers what is pending, then stops the thread. Blocks for that commit (milliseconds).
    void stop();

    QUrl sinkUrl() const { return m_sinkUrl; }
    bool isListening() const { return m_listening; }
    /// Why it is not listening ("starting…" while it starts); empty when it is.
    QString errorString() const;
    QString databasePath() const { return m_databasePath; }
    /// Notifications in the store (all of them), kept current with every commit.
    qint64 storedCount() const { return m_storedCount; }

    /// The token a subscription being created will present, known before the create call answers (the
    /// initial event may come first). Returns the provisional id to forget() once the call answered.
    QString rememberPending(const QString &sinkToken, const QString &sink, const QStringList &types);
    void remember(const Subscription &subscription, const QString &sinkToken);
    void forget(const QString &id);
    /// The subscription was deleted here: its events are refused once its subscription-ends arrived or the
    /// end grace has passed on the clock.
    void deletedHere(const QString &id);
    void setEndGrace(qint64 ms) { m_endGraceMs = ms; }
    /// Asks for the stored event counts of every subscription in the table.
    void refreshEventCounts();

Q_SIGNALS:
    void stateChanged();
    /// The store is open at `databasePath` (empty when it could not be opened).
    void storeOpened(const QString &databasePath);
    /// Notifications just committed (batched per commit; 0 after the first count at start).
    void notificationsArrived(int count);
    /// A subscription-ends / -ended arrived for `id`.
    void subscriptionEnded(const QString &id, const QString &reason);

private:
    void onStarted(bool ok, const QUrl &sinkUrl, const QString &databasePath, const QString &error,
        const QList<KnownSubscription> &known);
    void onBatch(const ReceiverBatch &batch);
    void onEventCounts(const QHash<QString, int> &counts, const QHash<QString, QString> &ends);
    void markDeleted(const QString &id);
    void checkEndGrace();

    Clock *m_clock;
    SubscriptionTableModel *m_subscriptions;
    QThread m_thread;
    ReceiverHost *m_host = nullptr;
    bool m_listening = false;
    bool m_starting = false;
    QUrl m_sinkUrl;
    QString m_error;
    QString m_databasePath;
    qint64 m_storedCount = 0;
    QHash<QString, int> m_eventCounts;
    QHash<QString, QDateTime> m_awaitingEnd; // deleted here, subscription-ends not seen yet: since when
    qint64 m_endGraceMs = DefaultEndGraceMs;
    QTimer m_graceTimer;
};

} // namespace roamdesk
