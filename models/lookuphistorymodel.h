#pragma once

#include "models/apierror.h"
#include "models/device.h"
#include "models/roamingstatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <optional>

namespace roamdesk {

/// Recent device lookups, newest first, bounded: when, which device, and what the network answered
/// (roaming and country, or the error code). Serializable so the window can keep it across restarts.
class LookupHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupHistoryModel)

public:
    enum Column { TimeColumn, DeviceColumn, ResultColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IsErrorRole };

    struct Entry
    {
        QDateTime when; // UTC
        Device device;
        std::optional<RoamingStatus> status;
        std::optional<ApiError> error;
    };

    static constexpr int DefaultCapacity = 50;

    explicit LookupHistoryModel(QObject *parent = nullptr);
    ~LookupHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    /// Prepends an entry; the oldest falls off past the capacity.
    void add(const Entry &entry);
    void clear();
    const Entry *entryAt(int row) const;

    /// A one-line summary of an outcome: "roaming · DE Germany (262)", "not roaming", "404 IDENTIFIER_NOT_FOUND".
    static QString summary(const Entry &entry);

    /// For QSettings: a list of maps (device JSON, time, outcome summary; errors keep status and code).
    QVariantList toVariant() const;
    void fromVariant(const QVariantList &list);

private:
    QList<Entry> m_entries;
    int m_capacity = DefaultCapacity;
};

} // namespace roamdesk
