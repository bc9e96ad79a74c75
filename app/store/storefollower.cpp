#include "app/store/storefollower.h"

#include "app/store/postgresnotificationstore.h"
#include "app/store/storefactory.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFollower, "roamdesk.store.follower", QtInfoMsg)

namespace roamdesk {

StoreFollower::StoreFollower(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    m_poll.setInterval(location.isShared() ? SharedPollMs : FilePollMs);
    connect(&m_poll, &QTimer::timeout, this, &StoreFollower::fetch);
}

StoreFollower::~StoreFollower()
{
    stop();
}

bool StoreFollower::start(qint64 afterSeq, QString *error)
{
    stop();
    QString openError;
    m_store =
        storefactory::open(m_location, NotificationStore::Durability::Normal, storefactory::Checks::None, &openError);
    if (!m_store) {
        if (error)
            *error = openError;
        return false;
    }
    m_lastSeen = afterSeq == NotificationLogSource::NoSeq ? m_store->newestSeq() : afterSeq;
    listen();
    m_poll.start();
    return true;
}

void StoreFollower::stop()
{
    m_poll.stop();
    if (m_listening)
        m_listening->disconnect(this);
    m_listening = nullptr;
    m_store.reset();
}

void StoreFollower::listen()
{
    auto *shared = dynamic_cast<PostgresNotificationStore *>(m_store.get());
    if (!shared || !shared->isOpen())
        return;
    QSqlDriver *driver = shared->database().driver();
    if (!driver || driver == m_listening)
        return;
    const QString channel = QString::fromLatin1(PostgresNotificationStore::DoorbellChannel);
    if (!driver->subscribeToNotification(channel)) {
        qCDebug(lcFollower) << "cannot listen for the doorbell; polling only";
        return;
    }
    m_listening = driver;
    // The payload (the newest seq) is not needed: everything above the last seen is fetched anyway.
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == QLatin1String(PostgresNotificationStore::DoorbellChannel))
            fetch();
    });
}

void StoreFollower::fetch()
{
    if (!m_store || m_fetching)
        return;
    m_fetching = true;
    // Everything above the last seen, however much: pages from the newest down to the last seen (olderThan()
    // also gives the raw event when asked). Delivered oldest first.
    QList<NotificationLogRecord> found;
    bool ok = true;
    for (qint64 before = NotificationLogSource::NoSeq; before > m_lastSeen + 1;) {
        const QList<NotificationLogRecord> step = m_store->olderThan(m_filter, before, PageSize, m_withRaw);
        ok = m_store->lastError().isEmpty();
        if (!ok || step.isEmpty())
            break;
        for (const NotificationLogRecord &record : step) {
            if (record.seq <= m_lastSeen)
                break;
            found << record;
        }
        before = step.size() == PageSize ? step.constLast().seq : m_lastSeen;
    }
    if (!ok) {
        Q_EMIT readFailed(m_store->lastError());
    } else if (!found.isEmpty()) {
        std::reverse(found.begin(), found.end());
        m_lastSeen = found.constLast().seq;
        Q_EMIT arrived(found);
    }
    m_fetching = false;
    listen(); // after a reconnect the doorbell is rung on a new connection
}

} // namespace roamdesk
