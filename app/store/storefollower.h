#pragma once

#include "app/store/notificationstore.h"
#include "app/store/storelocation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QSqlDriver;

namespace roamdesk {

/// Follows a store as notifications are committed to it, by whichever receiver: hands over every record
/// with a seq above the last one it saw, oldest first, with no gap. On PostgreSQL the doorbell (LISTEN on
/// the channel every commit notifies) says when to look; a slower poll covers a doorbell that was missed
/// (a dropped connection, a notification lost), since what is fetched is always "seq > last seen". On
/// SQLite the poll alone. One reader connection on the owner's thread.
class StoreFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreFollower)

public:
    static constexpr int SharedPollMs = 2000; // with the doorbell, only a safety net
    static constexpr int FilePollMs = 250;
    static constexpr int PageSize = 1000;

    explicit StoreFollower(const StoreLocation &location, QObject *parent = nullptr);
    ~StoreFollower() override;

    void setFilter(const NotificationLogFilter &filter) { m_filter = filter; }
    /// Whether records come with their raw CloudEvent (for export).
    void setWithRaw(bool withRaw) { m_withRaw = withRaw; }
    /// Opens the connection; records above `afterSeq` follow (NotificationLogSource::NoSeq: from the
    /// newest stored now). False with `error` set when the store cannot be opened.
    bool start(qint64 afterSeq = NotificationLogSource::NoSeq, QString *error = nullptr);
    void stop();
    qint64 lastSeen() const { return m_lastSeen; }
    /// Looks now (the doorbell and the poll call this).
    void fetch();

Q_SIGNALS:
    /// New records, oldest first.
    void arrived(const QList<NotificationLogRecord> &records);
    /// Reading failed (rate-limited by the caller); the next poll tries again.
    void readFailed(const QString &error);

private:
    void listen();

    StoreLocation m_location;
    NotificationLogFilter m_filter;
    std::unique_ptr<NotificationStore> m_store;
    QPointer<QSqlDriver> m_listening; // the driver LISTEN was issued on (a reconnect makes a new one)
    QTimer m_poll;
    qint64 m_lastSeen = 0;
    bool m_fetching = false;
    bool m_withRaw = false;
};

} // namespace roamdesk
