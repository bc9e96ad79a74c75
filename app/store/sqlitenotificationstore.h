#pragma once

#include "app/store/notificationstore.h"
#include "app/store/sqliteapi.h"

#include <QCoreApplication>
#include <QFlags>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlError;

namespace roamdesk {

/// How many stored notifications of one type fall in one time bucket (see SqliteNotificationStore::activity).
struct ActivityBucket
{
    qint64 bucketStartMs = 0; // ms since the epoch, UTC
    EventType type = EventType::RoamingStatus;
    qint64 count = 0;
};

/// The buckets an activity query returns, as rows of (bucket index from `fromMs`, type, count); shared by the
/// SQLite store and the PostgreSQL query of the activity service.
QList<ActivityBucket> activityBucketsFrom(QSqlQuery &query, qint64 fromMs, qint64 bucketMs);

/// NotificationStore over QtSql's SQLite driver: WAL journal, versioned schema (PRAGMA user_version)
/// migrated on open, one connection per instance (give each thread its own instance). The file and its
/// -wal and -shm are owner-only: they hold personal data and sink token digests.
class SqliteNotificationStore final : public NotificationStore
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::SqliteNotificationStore)

public:
    /// The newest schema this build writes; open() migrates older files up to it.
    static constexpr int SchemaVersion = 5;

    /// What open() verifies besides opening and migrating.
    enum class OpenCheck {
        /// A write (given back) succeeds: a read-only file, folder or file system fails at open, not at the
        /// first insert.
        Writable = 0x1,
        /// PRAGMA quick_check reads every page: about 1-1.5 s per million stored notifications with the file
        /// in the OS cache, 13 s from disk. For the command line's log and receive, not for every connection.
        Integrity = 0x2,
    };
    Q_DECLARE_FLAGS(OpenChecks, OpenCheck)

    SqliteNotificationStore();
    ~SqliteNotificationStore() override;
    SqliteNotificationStore(const SqliteNotificationStore &) = delete;
    SqliteNotificationStore &operator=(const SqliteNotificationStore &) = delete;

    /// <GenericDataLocation>/RoamDesk/notifications.sqlite, shared by the GUI and roamdesk-cli
    static QString defaultPath();
    /// A factory for the writer thread: each call opens a new connection to `path`.
    static NotificationStoreFactory factory(const QString &path, Durability durability = Durability::Normal);
    /// A factory for log readers (e.g. NotificationLogModel's worker): each call opens a new connection to
    /// `path` on the calling thread, to be used only there.
    static NotificationLogSourceFactory readerFactory(const QString &path);

    /// Creates the file (owner-only, and its folder) if needed, sets WAL and the durability, migrates the
    /// schema, then makes the checks asked for. Refuses a file whose schema is newer than this build
    /// understands.
    bool open(const QString &path, Durability durability = Durability::Normal, OpenChecks checks = OpenCheck::Writable);
    /// Inserts through the SQL driver even where SQLite's own statements are reachable (they are the faster
    /// way where the driver's SQLite is the loaded libsqlite3, as on Debian). Call before the first insert.
    void insertThroughDriverOnly() { m_driverInsertsOnly = true; }
    /// Whether inserts go through SQLite's own prepared statement (known once something was inserted).
    bool insertsNatively() const { return m_nativeInsert.isPrepared(); }
    void close();
    QString path() const { return m_path; }
    /// A failure since open() came from a damaged file (SQLite found it corrupt, or quick_check did).
    bool isDamaged() const { return m_damaged; }

    bool isOpen() const override;
    int schemaVersion() override;
    /// Stores the rows; their full-text indexing is left to indexPending() (after the acknowledgement) or to
    /// the next full-text read, whichever comes first.
    InsertResult insert(const QList<NotificationLogRecord> &records) override;
    int indexPending(int maxRows, int minPending = 1) override;
    /// Indexes every committed row not indexed yet (any connection's); false if that failed.
    bool catchUpSearchIndex();
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
    /// How many records matching `filter` fall in each `bucketMs`-wide bucket of [fromMs, toMs), per type,
    /// by event time (the receipt time when the event has none). Buckets start at fromMs; empty buckets
    /// are left out; ordered by bucket, then type name. An event stamped more than an hour after it
    /// arrived is not counted: the receipt-time index bounds the scan.
    QList<ActivityBucket> activity(const NotificationLogFilter &filter, qint64 fromMs, qint64 toMs, qint64 bucketMs);
    QString lastError() const override { return m_lastError; }
    /// Stops the statement running on this connection (through sqlite3_interrupt of the SQLite library the
    /// driver uses, where that library can be reached); callable from any thread.
    void interrupt() override;
    /// Whether interrupt() can stop a statement on this connection (the driver's SQLite library is reachable).
    bool isInterruptible() const;

private:
    bool exec(const QString &sql);
    /// Prepares `sql`, binds a filter's values in order and runs it; false (recorded as `what`) on failure.
    bool runFiltered(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);
    bool migrate();
    bool moveSinkTokensToDigests();
    bool compactIfFreePagesMayHoldTokens(qint64 freePagesBefore);
    bool fillSearchIndex();
    void watchForInterrupts();
    bool prepareInsert();
    /// The new row's seq, 0 for a duplicate, nothing on failure (then `error` says why).
    std::optional<qint64> insertNative(const NotificationLogRecord &record, QSqlError *error);
    std::optional<qint64> insertPortable(const NotificationLogRecord &record, QSqlError *error);
    bool checkWritable();
    bool checkIntegrity();
    qint64 pragmaValue(const QString &pragma);
    bool fail(const QString &what, const QString &detail);
    bool fail(const QString &what, const QSqlError &error);
    void noteError(const QString &what, const QSqlError &error); // records it without logging
    QList<NotificationLogRecord> select(
        const NotificationLogFilter &filter, const QString &seqCondition, qint64 seq, int limit, bool withRaw);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    bool m_damaged = false;
    void *m_nativeHandle = nullptr; // the connection, when its SQLite is the loaded libsqlite3
    SqliteStatement m_nativeInsert;
    bool m_driverInsertsOnly = false;
    std::optional<QSqlQuery> m_insert; // when it is not
    std::optional<QSqlQuery> m_lastRoaming;
    // Rows this connection committed past the search index's progress as it last saw it: a hint when to
    // index (other connections index too), never trusted for what to index.
    qint64 m_newestInserted = 0;
    qint64 m_indexedSeq = -1; // -1: not read yet
    bool m_indexingInterrupted = false; // the last indexing failed through interrupt()
    // The rows this connection stored and has not indexed yet, in seq order (their strings shared, not copied).
    QList<NotificationLogRecord> m_unindexed;
    static constexpr qsizetype MaxUnindexedKept = 32768;
    mutable QMutex m_handleMutex; // interrupt() may come from another thread while close() runs
    void *m_handle = nullptr; // the connection's sqlite3*, when interrupt() can reach its library
};

} // namespace roamdesk

Q_DECLARE_OPERATORS_FOR_FLAGS(roamdesk::SqliteNotificationStore::OpenChecks)
