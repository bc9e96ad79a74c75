#include "app/session/notificationlogservice.h"

#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/storefollower.h"
#include "models/notificationlogexport.h"

#include <QIdentityProxyModel>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace roamdesk {

namespace {
// Big enough that a burst between two refreshes is prepended rather than reloaded.
constexpr int PageSize = 2000;
} // namespace

NotificationLogService::NotificationLogService(QObject *parent)
    : QObject(parent)
    , m_proxy(new QIdentityProxyModel(this))
{
}

NotificationLogService::~NotificationLogService()
{
    // Export workers post back to this object: let them finish first.
    m_pool.waitForDone();
}

void NotificationLogService::open(const QString &databasePath)
{
    if (m_log || databasePath.isEmpty())
        return;
    const std::optional<StoreLocation> location = StoreLocation::parse(databasePath);
    if (!location)
        return;
    m_databasePath = databasePath;
    m_log = new NotificationLogModel(storefactory::reader(*location), this);
    if (location->isShared()) {
        // Other receivers write a shared store: the doorbell (and its poll) tells this desk, which then reads
        // everything above what it has seen, so a desk that was away catches up with no gap.
        auto *doorbell = new StoreFollower(*location, this);
        connect(doorbell, &StoreFollower::arrived, m_log, &NotificationLogModel::scheduleRefresh);
        QString error;
        if (!doorbell->start(NotificationLogSource::NoSeq, &error))
            qCWarning(lcSession) << "no live updates from the shared store:" << error;
        // A read that failed (the server restarting) is tried again: nothing else would ring for it.
        connect(m_log, &NotificationLogModel::loadFailed, this,
            [this] { QTimer::singleShot(StoreFollower::SharedPollMs, this, &NotificationLogService::refresh); });
    }
    m_log->setPageSize(PageSize);
    m_log->setFilter(m_filter);
    connect(m_log, &NotificationLogModel::loadingChanged, this, [this] {
        if (m_log->isReloading() != m_reloading) {
            m_reloading = m_log->isReloading();
            Q_EMIT filtering(m_reloading);
        }
        if (m_log->isFetching() != m_fetching) {
            m_fetching = m_log->isFetching();
            Q_EMIT fetching(m_fetching);
        }
    });
    connect(m_log, &NotificationLogModel::rawJsonReady, this, &NotificationLogService::rawJsonReady);
    connect(m_log, &NotificationLogModel::loadFailed, this,
        [](const QString &error) { qCWarning(lcSession) << "log not readable:" << error; });
    m_proxy->setSourceModel(m_log);
    m_reloading = m_log->isReloading();
    if (m_reloading)
        Q_EMIT filtering(true);
}

void NotificationLogService::refresh()
{
    if (m_log)
        m_log->scheduleRefresh();
}

QAbstractItemModel *NotificationLogService::model() const
{
    return m_proxy;
}

void NotificationLogService::setFilter(const QString &expression, const QString &type)
{
    NotificationLogFilter filter = NotificationLogFilter::parse(expression);
    if (!filter.type && !type.isEmpty())
        filter.type = eventtype::fromString(type);
    m_filter = filter;
    // The model reads the first page on its own thread and swaps it in; filtering() tells meanwhile.
    if (m_log)
        m_log->setFilter(filter);
}

QByteArray NotificationLogService::rowJson(int row) const
{
    if (!m_log)
        return {};
    const qint64 seq = m_log->seqAt(row);
    const QByteArray json = m_log->cachedRawJson(seq);
    if (json.isEmpty() && seq > 0)
        m_log->requestRawJson(seq);
    return json;
}

void NotificationLogService::requestJson(qint64 seq)
{
    if (m_log && seq > 0)
        m_log->requestRawJson(seq);
}

bool NotificationLogService::isLoading() const
{
    return m_log && m_log->isLoading();
}

bool NotificationLogService::exportTo(const QString &path, bool csv)
{
    if (m_exporting || m_databasePath.isEmpty())
        return false;
    m_exporting = true;
    const QString database = m_databasePath;
    const NotificationLogFilter filter = m_filter;
    m_pool.start([this, database, filter, path, csv] {
        // Its own connection: a million rows are read and written without touching the GUI thread.
        QString error;
        qint64 written = 0;
        const std::unique_ptr<NotificationLogSource> store =
            storefactory::reader(*StoreLocation::parse(database))(&error);
        bool ok = store != nullptr;
        if (ok) {
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly)
                && NotificationLogExporter::write(*store, filter,
                    csv ? NotificationLogExporter::Format::Csv : NotificationLogExporter::Format::JsonLines, &file,
                    &error, &written)
                && file.commit();
            if (!ok && error.isEmpty())
                error = file.errorString();
        }
        QMetaObject::invokeMethod(this, [this, ok, written, path, error] {
            m_exporting = false;
            Q_EMIT exported(ok, written, path, error);
        });
    });
    return true;
}

} // namespace roamdesk
