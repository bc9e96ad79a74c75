#pragma once

#include "app/store/notificationstore.h"
#include "app/store/storelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>

class QSqlError;
class QSqlQuery;

namespace roamdesk {

/// NotificationStore over QtSql's PostgreSQL driver (QPSQL), for a team: several receivers write the same
/// database and every desk reads it. Versioned schema (the table roamdesk_schema) migrated on open under an
/// advisory lock. Writers take a second advisory lock for each transaction, so sequence numbers are given out
/// in commit order: a reader that has seen seq N never misses a smaller one committed later. Each commit
/// rings a doorbell (NOTIFY roamdesk_notifications, carrying the newest seq). A connection that is lost is
/// reopened by the next call, with a growing pause between attempts. One connection per instance, used from
/// one thread.
class PostgresNotificationStore final : public NotificationStore
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::PostgresNotificationStore)

public:
    /// The newest schema this build writes; open() migrates older databases up to it.
    static constexpr int SchemaVersion = 1;
    /// The channel every commit notifies; the payload is the newest seq.
    static constexpr char DoorbellChannel[] = "roamdesk_notifications";

    PostgresNotificationStore();
    ~PostgresNotificationStore() override;
    PostgresNotificationStore(const PostgresNotificationStore &) = delete;
    PostgresNotificationStore &operator=(const PostgresNotificationStore &) = delete;

    /// Whether Qt's PostgreSQL driver is installed (Debian: libqt6sql6-psql).
    static bool isDriverAvailable();

    /// Connects, migrates the schema (refusing one newer than this build understands).
    bool open(const StoreLocation &location);
    void close();
    /// The underlying connection, for LISTEN (StoreDoorbell); valid while open.
    QSqlDatabase database() const { return m_db; }

    bool isOpen() const override;
    int schemaVersion() override;
    InsertResult insert(const QList<NotificationLogRecord> &records) override;
    bool rememberSubscription(const KnownSubscription &subscription) override;
    bool forgetSubscription(const QString &id) override;
    bool markSubscriptionDeleted(const QString &id, const QDateTime &when) override;
    QList<KnownSubscription> subscriptions() override;

    QList<NotificationLogRecord> olderThan(
        const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw = false) override;
    QList<NotificationLogRecord> newerThan(const NotificationLogFilter &filter, qint64 afterSeq, int limit) override;
    qint64 newestSeq() override;
    QByteArray rawJson(qint64 seq) override;
    qint64 count(const NotificationLogFilter &filter) override;
    QString lastError() const override { return m_lastError; }

private:
    bool connectNow();
    /// Before each call: reopens a connection found lost, unless the pause since the last attempt runs.
    bool ensureConnected();
    /// After a failed statement: whether the connection itself is gone (then the next call reconnects).
    void checkConnection();
    bool migrate();
    bool exec(const QString &sql);
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);
    bool fail(const QString &what, const QString &detail);
    bool fail(const QString &what, const QSqlError &error);
    QString quoted(const QString &text) const;
    /// Fills in the known country of roaming-on records, from earlier records of the batch or the store.
    bool addKnownCountries(QList<NotificationLogRecord> *records);
    QList<NotificationLogRecord> select(
        const NotificationLogFilter &filter, const QString &seqCondition, qint64 seq, int limit, bool withRaw);

    StoreLocation m_location;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_lastError;
    bool m_lost = false;
    int m_retryDelayMs = 0;
    QElapsedTimer m_sinceAttempt;
};

} // namespace roamdesk
