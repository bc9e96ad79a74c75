#pragma once

#include "store/notificationstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace roamdesk {

/// NotificationStore over QtSql's SQLite driver: WAL journal, versioned schema (PRAGMA user_version)
/// migrated on open, one connection per instance (give each thread its own instance).
class SqliteNotificationStore final : public NotificationStore
{
public:
    /// The newest schema this build writes; open() migrates older files up to it.
    static constexpr int SchemaVersion = 2;

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

    /// Creates the file (and its folder) if needed, sets WAL and the durability, migrates the schema.
    /// Refuses a file whose schema is newer than this build understands.
    bool open(const QString &path, Durability durability = Durability::Normal);
    void close();
    QString path() const { return m_path; }

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
    bool exec(const QString &sql);
    bool migrate();
    bool fail(const QString &what, const QString &detail);
    QList<NotificationLogRecord> select(
        const NotificationLogFilter &filter, const QString &seqCondition, qint64 seq, int limit, bool withRaw);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    std::optional<QSqlQuery> m_insert;
};

} // namespace roamdesk
