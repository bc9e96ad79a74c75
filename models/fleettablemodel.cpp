#include "models/fleettablemodel.h"

#include <limits>

#include "models/countrytable.h"
#include "models/datetime.h"

#include <QLocale>

#include <algorithm>

namespace roamdesk {

FleetTableModel::FleetTableModel(const FleetState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_rows(state ? state->size() : 0)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void FleetTableModel::noteChanges(const QList<FleetChange> &changes)
{
    if (!m_state)
        return;
    const int total = m_state->size();
    if (total > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, total - 1);
        const int first = m_rows;
        m_rows = total;
        updateTimeKeys(first, total);
        endInsertRows();
    }
    // One dataChanged per contiguous run of changed rows.
    QList<int> rows;
    rows.reserve(changes.size());
    for (const FleetChange &change : changes) {
        if (!change.isNull() && !change.inserted && change.row < m_rows)
            rows << change.row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows))
        updateTimeKeys(row, row + 1);
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

void FleetTableModel::resetState(const FleetState *state)
{
    beginResetModel();
    m_state = state;
    m_rows = state ? state->size() : 0;
    m_timeKeys.clear();
    updateTimeKeys(0, m_rows);
    endResetModel();
}

void FleetTableModel::updateTimeKeys(int first, int end)
{
    // Invalid times sort first, as QVariant's comparison puts them.
    const auto ms = [](const QDateTime &t) {
        return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    };
    m_timeKeys.resize(size_t(m_rows));
    for (int row = first; row < end; ++row) {
        const DeviceFleetEntry &entry = m_state->at(row);
        m_timeKeys[size_t(row)] = {ms(entry.since), ms(entry.lastEventTime), ms(entry.lastStatusTime)};
    }
}

void FleetTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, FreshColumn), index(m_rows - 1, FreshColumn));
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_state || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceFleetEntry &entry = m_state->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && entry.subscriptionEnded)
            return tr("Subscription ended: %1").arg(entry.endReason);
        return {};
    case RawValueRole:
        return raw(entry, index.column());
    case KeyRole:
        return entry.key;
    case RoamingRole:
        return entry.roaming ? QVariant(*entry.roaming) : QVariant();
    case CountryCodesRole:
        return entry.countryNames;
    default:
        return {};
    }
}

QVariant FleetTableModel::display(const DeviceFleetEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case DeviceColumn:
        return entry.key;
    case StatusColumn:
        if (!entry.roaming)
            return tr("? Unknown");
        return *entry.roaming ? tr("✈ Roaming") : tr("⌂ At home");
    case CountryColumn:
        if (!entry.countryCode)
            return tr("—");
        return entry.countryNames.isEmpty()
            ? tr("%1 (no country)").arg(*entry.countryCode)
            : QStringLiteral("%1 %2").arg(*entry.countryCode).arg(CountryTable::describe(entry.countryNames));
    case SinceColumn:
        return entry.since.isValid() ? locale.toString(entry.since.toLocalTime(), QLocale::ShortFormat) : QString();
    case LastEventColumn:
        return entry.lastEventType           ? eventtype::shortName(*entry.lastEventType)
            : entry.lastStatusTime.isValid() ? tr("lookup")
                                             : tr("watched");
    case LastEventTimeColumn:
        return entry.lastEventTime.isValid() ? locale.toString(entry.lastEventTime.toLocalTime(), QLocale::ShortFormat)
                                             : QString();
    case FreshColumn:
        return entry.lastStatusTime.isValid() ? formatAge(entry.lastStatusTime.msecsTo(m_now)) : tr("never");
    case LabelColumn:
        return entry.label;
    case GroupColumn:
        return entry.group;
    default:
        return {};
    }
}

QVariant FleetTableModel::raw(const DeviceFleetEntry &entry, int column) const
{
    switch (column) {
    case DeviceColumn:
        return entry.key;
    case StatusColumn:
        return entry.roaming ? (*entry.roaming ? 2 : 1) : 0;
    case CountryColumn:
        return entry.countryCode.value_or(-1);
    case SinceColumn:
        return entry.since;
    case LastEventColumn:
        return entry.lastEventType ? eventtype::shortName(*entry.lastEventType) : QString();
    case LastEventTimeColumn:
        return entry.lastEventTime;
    case FreshColumn:
        return entry.lastStatusTime.isValid() ? entry.lastStatusTime.msecsTo(m_now) : qint64(-1);
    case LabelColumn:
        return entry.label;
    case GroupColumn:
        return entry.group;
    default:
        return {};
    }
}

const DeviceFleetEntry *FleetTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows ? &m_state->at(row) : nullptr;
}

bool FleetTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const DeviceFleetEntry *left = entryAt(leftRow);
    const DeviceFleetEntry *right = entryAt(rightRow);
    if (!left || !right)
        return leftRow < rightRow;
    const auto status = [](const DeviceFleetEntry &e) { return e.roaming ? (*e.roaming ? 2 : 1) : 0; };
    const auto eventName = [](const DeviceFleetEntry &e) {
        return e.lastEventType ? eventtype::shortName(*e.lastEventType) : QString();
    };
    const TimeKeys &leftTimes = m_timeKeys[size_t(leftRow)];
    const TimeKeys &rightTimes = m_timeKeys[size_t(rightRow)];
    switch (column) {
    case DeviceColumn:
        return left->key < right->key;
    case StatusColumn:
        return status(*left) < status(*right);
    case CountryColumn:
        return left->countryCode.value_or(-1) < right->countryCode.value_or(-1);
    case SinceColumn:
        return leftTimes.since < rightTimes.since;
    case LastEventColumn:
        return eventName(*left) < eventName(*right);
    case LastEventTimeColumn:
        return leftTimes.lastEvent < rightTimes.lastEvent;
    case FreshColumn:
        // Age: the newer the last status, the fresher; no status at all is the least fresh.
        return rightTimes.lastStatus < leftTimes.lastStatus;
    case LabelColumn:
        return left->label.compare(right->label, Qt::CaseInsensitive) < 0;
    case GroupColumn:
        return left->group.compare(right->group, Qt::CaseInsensitive) < 0;
    default:
        return leftRow < rightRow;
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case StatusColumn:
        return tr("Status");
    case CountryColumn:
        return tr("Country");
    case SinceColumn:
        return tr("Since");
    case LastEventColumn:
        return tr("Last event");
    case LastEventTimeColumn:
        return tr("Last event time");
    case FreshColumn:
        return tr("Fresh");
    case LabelColumn:
        return tr("Label");
    case GroupColumn:
        return tr("Group");
    default:
        return {};
    }
}

QString FleetTableModel::formatAge(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

} // namespace roamdesk
