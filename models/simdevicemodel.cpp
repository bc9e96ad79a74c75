#include "models/simdevicemodel.h"

#include "models/countrytable.h"

#include <QCoreApplication>

namespace roamdesk {

bool SimDeviceModel::Entry::operator==(const Entry &other) const
{
    return key == other.key && device == other.device && label == other.label && homeMcc == other.homeMcc
        && currentMcc == other.currentMcc && reachable == other.reachable;
}

SimDeviceModel::SimDeviceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SimDeviceModel::~SimDeviceModel() = default;

int SimDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SimDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
bool s_flags = false;
}

void SimDeviceModel::setFlagsEnabled(bool enabled)
{
    s_flags = enabled;
}

bool SimDeviceModel::flagsEnabled()
{
    return s_flags;
}

QString SimDeviceModel::describeMcc(int mcc)
{
    if (mcc < 0)
        return QStringLiteral("—");
    const QStringList iso = CountryTable::instance().isoCodes(mcc);
    if (iso.isEmpty())
        return QStringLiteral("(%1)").arg(mcc);
    const QString flag = s_flags && iso.size() == 1 ? CountryTable::flag(iso.first()) : QString();
    return QStringLiteral("%1 %2 (%3)").arg(flag, CountryTable::describe(iso)).arg(mcc).trimmed();
}

QString SimDeviceModel::identifierKind(const Device &device)
{
    // The order of Device::displayLabel(): the kind of the identifier the Device column shows.
    if (!device.phoneNumber.isEmpty())
        return QCoreApplication::translate("SimDeviceModel", "Phone");
    if (!device.networkAccessIdentifier.isEmpty())
        return QCoreApplication::translate("SimDeviceModel", "NAI");
    if (device.ipv4Address)
        return QCoreApplication::translate("SimDeviceModel", "IPv4");
    if (!device.ipv6Address.isEmpty())
        return QCoreApplication::translate("SimDeviceModel", "IPv6");
    return QString();
}

QVariant SimDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == DeviceColumn && !entry.label.isEmpty())
            return QCoreApplication::translate("SimDeviceModel", "%1: %2")
                .arg(entry.device.displayLabel(), entry.label);
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return identifierKind(entry.device);
        case DeviceColumn:
            return entry.device.displayLabel();
        case LocationColumn:
            return entry.reachable ? describeMcc(entry.currentMcc) : QStringLiteral("—");
        case RoamingColumn:
            if (!entry.reachable)
                return QCoreApplication::translate("SimDeviceModel", "error device");
            return entry.roaming() ? QCoreApplication::translate("SimDeviceModel", "▲ roaming")
                                   : QCoreApplication::translate("SimDeviceModel", "● home");
        case HomeColumn:
            return describeMcc(entry.homeMcc);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case LocationColumn:
            return entry.currentMcc;
        case HomeColumn:
            return entry.homeMcc;
        case RoamingColumn:
            return entry.roaming();
        default:
            return data(index, Qt::DisplayRole);
        }
    case KeyRole:
        return entry.key;
    case RoamingRole:
        return entry.roaming();
    default:
        break;
    }
    return {};
}

QVariant SimDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return QCoreApplication::translate("SimDeviceModel", "Kind");
    case DeviceColumn:
        return QCoreApplication::translate("SimDeviceModel", "Device");
    case LocationColumn:
        return QCoreApplication::translate("SimDeviceModel", "Now in");
    case RoamingColumn:
        return QCoreApplication::translate("SimDeviceModel", "State");
    case HomeColumn:
        return QCoreApplication::translate("SimDeviceModel", "Home");
    }
    return {};
}

void SimDeviceModel::setEntries(const QList<Entry> &entries)
{
    bool sameKeys = entries.size() == m_entries.size();
    for (int i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = entries.at(i).key == m_entries.at(i).key;
    if (!sameKeys) {
        beginResetModel();
        m_entries = entries;
        m_rows.clear();
        m_rows.reserve(m_entries.size());
        for (int i = 0; i < m_entries.size(); ++i)
            m_rows.insert(m_entries.at(i).key, i);
        endResetModel();
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i) == m_entries.at(i))
            continue;
        m_entries[i] = entries.at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

bool SimDeviceModel::updatePosition(const QString &key, int currentMcc)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    if (m_entries.at(row).currentMcc != currentMcc) {
        m_entries[row].currentMcc = currentMcc;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

void SimDeviceModel::updatePositions(const QList<QPair<QString, int>> &positions)
{
    int first = -1;
    int last = -1;
    for (const auto &[key, currentMcc] : positions) {
        const int row = rowOf(key);
        if (row < 0 || m_entries.at(row).currentMcc == currentMcc)
            continue;
        m_entries[row].currentMcc = currentMcc;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SimDeviceModel::setPositions(const QList<int> &currentMccs)
{
    if (currentMccs.size() != m_entries.size())
        return;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).currentMcc == currentMccs.at(row))
            continue;
        m_entries[row].currentMcc = currentMccs.at(row);
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int SimDeviceModel::rowOf(const QString &key) const
{
    return m_rows.value(key, -1);
}

const SimDeviceModel::Entry *SimDeviceModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

} // namespace roamdesk
