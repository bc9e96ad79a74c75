#include "models/subscriptiontablemodel.h"

#include "models/eventtype.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace roamdesk {

namespace {

QString shortTypes(const QStringList &types)
{
    QStringList names;
    for (const QString &type : types) {
        const auto parsed = eventtype::fromString(type);
        names << (parsed ? eventtype::shortName(*parsed) : type);
    }
    return names.join(QStringLiteral(", "));
}

/// Today's times as "HH:mm:ss", others with their date; `full` always with the date.
QString formatTime(const std::optional<QDateTime> &time, bool full = false)
{
    if (!time || !time->isValid())
        return QStringLiteral("—");
    const QDateTime local = time->toLocalTime();
    if (!full && local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(full ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SubscriptionTableModel::SubscriptionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SubscriptionTableModel::~SubscriptionTableModel() = default;

int SubscriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubscriptionTableModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("SUBSCRIPTION_DELETED"))
        return QCoreApplication::translate("SubscriptionTableModel", "deleted");
    if (reason == QLatin1String("MAX_EVENTS_REACHED"))
        return QCoreApplication::translate("SubscriptionTableModel", "max events");
    if (reason == QLatin1String("SUBSCRIPTION_EXPIRED"))
        return QCoreApplication::translate("SubscriptionTableModel", "expired");
    if (reason == QLatin1String("ACCESS_TOKEN_EXPIRED"))
        return QCoreApplication::translate("SubscriptionTableModel", "token expired");
    if (reason == QLatin1String("NETWORK_TERMINATED"))
        return QCoreApplication::translate("SubscriptionTableModel", "network");
    return reason;
}

QString SubscriptionTableModel::statusText(const Row &row) const
{
    if (!row.endReason.isEmpty()) {
        if (row.endReason == QLatin1String("DELETED"))
            return QCoreApplication::translate("SubscriptionTableModel", "■ Deleted");
        if (row.endReason == QLatin1String(NotListed))
            return QCoreApplication::translate("SubscriptionTableModel", "□ Not listed by the API");
        return QCoreApplication::translate("SubscriptionTableModel", "■ Ended (%1)").arg(reasonText(row.endReason));
    }
    if (row.subscription.status)
        return (*row.subscription.status == SubscriptionStatus::Active ? QStringLiteral("● ") : QStringLiteral("○ "))
            + subscriptionstatus::toWire(*row.subscription.status);
    return QCoreApplication::translate("SubscriptionTableModel", "Unknown");
}

QVariant SubscriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Subscription &sub = row.subscription;
    switch (role) {
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return row.endReason.isEmpty() || row.endReason == QLatin1String("DELETED")
                    || row.endReason == QLatin1String(NotListed)
                ? statusText(row)
                : QCoreApplication::translate("SubscriptionTableModel", "Ended: %1").arg(row.endReason);
        case SinkColumn:
            return sub.sink;
        case StartsAtColumn:
            return formatTime(sub.startsAt, true);
        case ExpiresAtColumn:
            return formatTime(sub.expiresAt ? sub.expiresAt : sub.config.subscriptionExpireTime, true);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return sub.id;
        case DeviceColumn:
            return sub.config.device ? sub.config.device->displayLabel() : QStringLiteral("—");
        case EventTypeColumn:
            return shortTypes(sub.types);
        case SinkColumn:
            // The scheme says little in a narrow column; the tooltip has the whole URL.
            return QString(sub.sink).remove(QRegularExpression(QStringLiteral("^https?://")));
        case StatusColumn:
            return statusText(row);
        case StartsAtColumn:
            return formatTime(sub.startsAt);
        case ExpiresAtColumn:
            return formatTime(sub.expiresAt ? sub.expiresAt : sub.config.subscriptionExpireTime);
        case MaxEventsColumn:
            return sub.config.subscriptionMaxEvents ? QString::number(*sub.config.subscriptionMaxEvents)
                                                    : QStringLiteral("—");
        case EventsReceivedColumn:
            return row.eventsReceived;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case StartsAtColumn:
            return sub.startsAt ? QVariant(*sub.startsAt) : QVariant();
        case ExpiresAtColumn:
            return sub.expiresAt ? QVariant(*sub.expiresAt) : QVariant();
        case MaxEventsColumn:
            return sub.config.subscriptionMaxEvents ? QVariant(*sub.config.subscriptionMaxEvents) : QVariant(-1);
        case EventsReceivedColumn:
            return row.eventsReceived;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return sub.id;
    case IsEndedRole:
        return !row.endReason.isEmpty();
    case Qt::TextAlignmentRole:
        if (index.column() == MaxEventsColumn || index.column() == EventsReceivedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "ID");
    case DeviceColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Device");
    case EventTypeColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Event type");
    case SinkColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Sink");
    case StatusColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Status");
    case StartsAtColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Starts");
    case ExpiresAtColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Expires");
    case MaxEventsColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Max");
    case EventsReceivedColumn:
        return QCoreApplication::translate("SubscriptionTableModel", "Events");
    }
    return {};
}

void SubscriptionTableModel::reindex()
{
    m_indexById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_indexById.insert(m_rows.at(i).subscription.id, i);
}

void SubscriptionTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SubscriptionTableModel::mergeApiList(const QList<Subscription> &subscriptions)
{
    QSet<QString> listed;
    for (const Subscription &sub : subscriptions) {
        listed.insert(sub.id);
        const int row = rowOf(sub.id);
        if (row >= 0) {
            Row &existing = m_rows[row];
            existing.subscription = sub;
            existing.listedByApi = true;
            if (existing.endReason == QLatin1String(NotListed))
                existing.endReason.clear(); // listed again (e.g. back on the environment it belongs to)
            emitRowChanged(row);
        } else {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            Row added;
            added.subscription = sub;
            added.listedByApi = true;
            m_rows.append(added);
            m_indexById.insert(sub.id, at);
            endInsertRows();
        }
    }
    // Rows the API no longer lists: keep what we know locally, drop the rest.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (listed.contains(row.subscription.id))
            continue;
        row.listedByApi = false;
        if (row.createdHere || !row.endReason.isEmpty()) {
            if (row.endReason.isEmpty())
                row.endReason = QLatin1String(NotListed);
            emitRowChanged(i);
            continue;
        }
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    reindex();
}

void SubscriptionTableModel::upsert(const Subscription &subscription, bool createdHere)
{
    const int row = rowOf(subscription.id);
    if (row >= 0) {
        Row &existing = m_rows[row];
        existing.subscription = subscription;
        existing.createdHere = existing.createdHere || createdHere;
        emitRowChanged(row);
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    Row added;
    added.subscription = subscription;
    added.createdHere = createdHere;
    added.listedByApi = true;
    m_rows.append(added);
    m_indexById.insert(subscription.id, at);
    endInsertRows();
}

void SubscriptionTableModel::markEnded(const QString &id, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    // A delete done here is followed by the sink's SUBSCRIPTION_DELETED: keep the more precise reason.
    if (r.endReason.isEmpty() || r.endReason == QLatin1String("DELETED") || r.endReason == QLatin1String(NotListed))
        r.endReason = reason;
    if (reason == QLatin1String("SUBSCRIPTION_EXPIRED"))
        r.subscription.status = SubscriptionStatus::Expired;
    else
        r.subscription.status = reason == QLatin1String("DELETED") || reason == QLatin1String("SUBSCRIPTION_DELETED")
            ? SubscriptionStatus::Deleted
            : SubscriptionStatus::Inactive;
    emitRowChanged(row);
}

void SubscriptionTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    reindex();
}

void SubscriptionTableModel::setEventsReceived(const QString &id, int count)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).eventsReceived == count)
        return;
    m_rows[row].eventsReceived = count;
    Q_EMIT dataChanged(index(row, EventsReceivedColumn), index(row, EventsReceivedColumn));
}

void SubscriptionTableModel::addEventsReceived(const QString &id, int delta)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    setEventsReceived(id, m_rows.at(row).eventsReceived + delta);
}

void SubscriptionTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_indexById.clear();
    endResetModel();
}

int SubscriptionTableModel::rowOf(const QString &id) const
{
    return m_indexById.value(id, -1);
}

const SubscriptionTableModel::Row *SubscriptionTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString SubscriptionTableModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->subscription.id : QString();
}

QStringList SubscriptionTableModel::ids() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << row.subscription.id;
    return out;
}

} // namespace roamdesk
