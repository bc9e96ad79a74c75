#include "models/lookuphistorymodel.h"

#include "models/countrytable.h"
#include "models/datetime.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace roamdesk {

LookupHistoryModel::LookupHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LookupHistoryModel::~LookupHistoryModel() = default;

int LookupHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LookupHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LookupHistoryModel::summary(const Entry &entry)
{
    if (entry.error)
        // No HTTP status (a transport failure) reads "—", also for entries saved before the transport was kept.
        return QStringLiteral("%1 %2").arg(entry.error->isTransport() || entry.error->httpStatus <= 0
                ? QStringLiteral("—")
                : QString::number(entry.error->httpStatus),
            entry.error->code);
    if (!entry.status)
        return QStringLiteral("—");
    if (!entry.status->roaming)
        return QCoreApplication::translate("LookupHistoryModel", "not roaming");
    QString where;
    if (entry.status->countryName)
        where = CountryTable::describe(*entry.status->countryName);
    if (entry.status->countryCode)
        where += QStringLiteral(" (%1)").arg(*entry.status->countryCode);
    return QCoreApplication::translate("LookupHistoryModel", "roaming · %1").arg(where.trimmed());
}

QVariant LookupHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.when.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case DeviceColumn:
            return entry.device.displayLabel();
        case ResultColumn:
            return summary(entry);
        }
        break;
    case RawValueRole:
        return index.column() == TimeColumn ? QVariant(entry.when) : data(index, Qt::DisplayRole);
    case IsErrorRole:
        return entry.error.has_value();
    default:
        break;
    }
    return {};
}

QVariant LookupHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("LookupHistoryModel", "Time");
    case DeviceColumn:
        return QCoreApplication::translate("LookupHistoryModel", "Device");
    case ResultColumn:
        return QCoreApplication::translate("LookupHistoryModel", "Result");
    }
    return {};
}

void LookupHistoryModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void LookupHistoryModel::add(const Entry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void LookupHistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const LookupHistoryModel::Entry *LookupHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QVariantList LookupHistoryModel::toVariant() const
{
    QVariantList out;
    for (const Entry &entry : m_entries) {
        QVariantMap map;
        map.insert(QStringLiteral("when"), rfc3339::format(entry.when));
        map.insert(QStringLiteral("device"),
            QString::fromUtf8(QJsonDocument(entry.device.toJson()).toJson(QJsonDocument::Compact)));
        if (entry.status)
            map.insert(QStringLiteral("status"),
                QString::fromUtf8(QJsonDocument(entry.status->toJson()).toJson(QJsonDocument::Compact)));
        if (entry.error) {
            map.insert(QStringLiteral("errorStatus"), entry.error->httpStatus);
            map.insert(QStringLiteral("errorCode"), entry.error->code);
            map.insert(QStringLiteral("errorMessage"), entry.error->message);
            if (entry.error->isTransport())
                map.insert(QStringLiteral("errorTransport"), int(entry.error->transport));
        }
        out << map;
    }
    return out;
}

void LookupHistoryModel::fromVariant(const QVariantList &list)
{
    beginResetModel();
    m_entries.clear();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        Entry entry;
        entry.when = rfc3339::parse(map.value(QStringLiteral("when")).toString()).value_or(QDateTime());
        FieldErrors errors;
        const auto device = Device::fromJson(
            QJsonDocument::fromJson(map.value(QStringLiteral("device")).toString().toUtf8()).object(), &errors);
        if (!device || device->isEmpty() || !entry.when.isValid())
            continue;
        entry.device = *device;
        if (map.contains(QStringLiteral("status"))) {
            entry.status = RoamingStatus::fromJson(
                QJsonDocument::fromJson(map.value(QStringLiteral("status")).toString().toUtf8()).object(), &errors);
        }
        if (map.contains(QStringLiteral("errorCode"))) {
            entry.error = ApiError::make(map.value(QStringLiteral("errorStatus")).toInt(),
                map.value(QStringLiteral("errorCode")).toString(),
                map.value(QStringLiteral("errorMessage")).toString());
            const int transport = map.value(QStringLiteral("errorTransport")).toInt();
            if (transport > int(ApiError::Transport::None) && transport <= int(ApiError::Transport::Other))
                entry.error->transport = ApiError::Transport(transport);
        }
        m_entries << entry;
        if (m_entries.size() >= m_capacity)
            break;
    }
    endResetModel();
}

} // namespace roamdesk
