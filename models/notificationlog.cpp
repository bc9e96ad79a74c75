#include "notificationlog.h"

#include "countrytable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLog, "roamdesk.log", QtInfoMsg)

namespace roamdesk {

namespace {

constexpr int RefreshCoalesceMs = 150;

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

NotificationLogModel::NotificationLogModel(NotificationLogSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    m_strings << QString();
    m_stringIds.insert(QString(), 0);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshCoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NotificationLogModel::refresh);
    loadFirstPage();
}

NotificationLogModel::~NotificationLogModel() = default;

int NotificationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RoamingColumn)
            return roamingText(row);
        if (index.column() == ReceivedColumn || index.column() == EventTimeColumn) {
            const qint64 ms = index.column() == ReceivedColumn ? row.receivedMs : row.eventMs;
            if (ms != NoTime)
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        }
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case RawJsonRole:
        return m_source->rawJson(row.seq);
    case SeqRole:
        return row.seq;
    case EventTypeRole:
        return int(row.type);
    case CountryCodeRole:
        return row.countryCode >= 0 ? QVariant(row.countryCode) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant NotificationLogModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return formatTime(row.receivedMs);
    case EventTimeColumn:
        return row.eventMs == NoTime ? QString() : formatTime(row.eventMs);
    case TypeColumn:
        return eventtype::shortName(EventType(row.type));
    case DeviceColumn:
        return string(row.device);
    case SubscriptionColumn:
        return string(row.subscription);
    case RoamingColumn:
        return roamingText(row);
    case TerminationColumn:
        return string(row.termination);
    default:
        break;
    }
    return {};
}

QVariant NotificationLogModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return row.receivedMs;
    case EventTimeColumn:
        return row.eventMs == NoTime ? QVariant() : QVariant(row.eventMs);
    case TypeColumn:
        return int(row.type);
    case DeviceColumn:
        return string(row.device);
    case SubscriptionColumn:
        return string(row.subscription);
    case RoamingColumn:
        return row.roaming < 0 ? QVariant() : QVariant(row.roaming == 1);
    case TerminationColumn:
        return string(row.termination);
    default:
        break;
    }
    return {};
}

QString NotificationLogModel::roamingText(const Row &row) const
{
    if (row.roaming < 0)
        return {};
    if (row.roaming == 0)
        return tr("Not roaming");
    QStringList isoCodes;
    if (row.flags & 1)
        isoCodes = string(row.countryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (row.countryCode >= 0)
        isoCodes = CountryTable::instance().isoCodes(row.countryCode);
    if (row.countryCode < 0 && isoCodes.isEmpty())
        return tr("Roaming");
    const QString where = CountryTable::describe(isoCodes);
    if (row.countryCode < 0)
        return tr("Roaming in %1").arg(where);
    return tr("Roaming in %1 (MCC %2)").arg(where).arg(row.countryCode);
}

QVariant NotificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case EventTimeColumn:
        return tr("Event time");
    case TypeColumn:
        return tr("Type");
    case DeviceColumn:
        return tr("Device");
    case SubscriptionColumn:
        return tr("Subscription");
    case RoamingColumn:
        return tr("Roaming / country");
    case TerminationColumn:
        return tr("Termination reason");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> NotificationLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RawJsonRole, "rawJson");
    names.insert(SeqRole, "seq");
    names.insert(EventTypeRole, "eventType");
    names.insert(CountryCodeRole, "countryCode");
    return names;
}

bool NotificationLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy;
}

void NotificationLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy)
        return;
    const qint64 before = m_rows.isEmpty() ? m_newestSeen + 1 : m_rows.constLast().seq;
    const QList<NotificationLogRecord> page = m_source->olderThan(m_filter, before, m_pageSize);
    if (page.size() < m_pageSize)
        m_exhausted = true;
    if (page.isEmpty()) {
        reportError();
        return;
    }
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const NotificationLogRecord &record : page) // no reserve(): let the vector grow geometrically
        m_rows.append(compact(record));
    endInsertRows();
    m_busy = false;
}

void NotificationLogModel::setFilter(const NotificationLogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void NotificationLogModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void NotificationLogModel::reload()
{
    m_busy = true;
    beginResetModel();
    loadFirstPage();
    endResetModel();
    m_busy = false;
}

void NotificationLogModel::loadFirstPage()
{
    m_rows.clear();
    m_rows.squeeze();
    m_strings.erase(m_strings.begin() + 1, m_strings.end());
    m_stringIds.clear();
    m_stringIds.insert(QString(), 0);
    // Remember the newest seq first: anything stored while the page loads is picked up by refresh().
    m_newestSeen = m_source->newestSeq();
    m_exhausted = false;
    const QList<NotificationLogRecord> page = m_source->olderThan(m_filter, m_newestSeen + 1, m_pageSize);
    if (page.size() < m_pageSize)
        m_exhausted = true;
    m_rows.reserve(page.size());
    for (const NotificationLogRecord &record : page)
        m_rows.append(compact(record));
    if (page.isEmpty())
        reportError();
}

void NotificationLogModel::refresh()
{
    m_refreshTimer.stop();
    const qint64 newest = m_source->newestSeq();
    if (newest <= m_newestSeen)
        return;
    // One more than a page tells "fits above the current rows" from "too many: start over".
    const QList<NotificationLogRecord> newer = m_source->newerThan(m_filter, m_newestSeen, m_pageSize + 1);
    if (newer.size() > m_pageSize) {
        reload();
        return;
    }
    m_newestSeen = qMax(newest, newer.isEmpty() ? newest : newer.constFirst().seq);
    if (newer.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    // Qt 6's QList keeps room at the front: prepending is amortized O(1) per row, not a copy of the log.
    for (auto it = newer.crbegin(); it != newer.crend(); ++it)
        m_rows.prepend(compact(*it));
    endInsertRows();
    m_busy = false;
}

void NotificationLogModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

NotificationLogRecord NotificationLogModel::record(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    NotificationLogRecord record;
    record.seq = r.seq;
    record.receivedMs = r.receivedMs;
    if (r.eventMs != NoTime)
        record.eventMs = r.eventMs;
    record.type = EventType(r.type);
    record.device = string(r.device);
    record.subscriptionId = string(r.subscription);
    if (r.roaming >= 0)
        record.roaming = r.roaming == 1;
    if (r.countryCode >= 0)
        record.countryCode = r.countryCode;
    if (r.flags & 1)
        record.countryNames = string(r.countryNames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.terminationReason = string(r.termination);
    record.validity = ReceiptValidity(r.validity);
    record.rawJson = m_source->rawJson(r.seq);
    // id and source are unique per row, so the compact row leaves them to the raw event.
    const QJsonObject event = QJsonDocument::fromJson(record.rawJson).object();
    record.eventId = event.value(QStringLiteral("id")).toString();
    record.source = event.value(QStringLiteral("source")).toString();
    return record;
}

qint64 NotificationLogModel::seqAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : 0;
}

qint64 NotificationLogModel::totalCount() const
{
    return m_source->count(m_filter);
}

QString NotificationLogModel::lastError() const
{
    return m_source->lastError();
}

NotificationLogModel::Row NotificationLogModel::compact(const NotificationLogRecord &record)
{
    Row row{};
    row.seq = record.seq;
    row.receivedMs = record.receivedMs;
    row.eventMs = record.eventMs ? *record.eventMs : NoTime;
    row.device = intern(record.device);
    row.subscription = intern(record.subscriptionId);
    row.countryNames = record.countryNames ? intern(record.countryNames->join(QLatin1Char(','))) : 0;
    row.termination = intern(record.terminationReason);
    row.countryCode = record.countryCode ? *record.countryCode : -1;
    row.type = quint8(record.type);
    row.roaming = record.roaming ? qint8(*record.roaming ? 1 : 0) : qint8(-1);
    row.flags = record.countryNames ? 1 : 0;
    row.validity = quint8(record.validity);
    return row;
}

quint32 NotificationLogModel::intern(const QString &text)
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

void NotificationLogModel::reportError()
{
    const QString error = m_source->lastError();
    if (error.isEmpty())
        return;
    qCWarning(lcLog) << "reading the notification store failed:" << error;
    Q_EMIT loadFailed(error);
}

} // namespace roamdesk
