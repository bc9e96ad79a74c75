#pragma once

#include "models/device.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace roamdesk {

/// The simulated devices and where each one is now, for the simulator controls.
/// Fed from the simulator's network model; QtCore only so it can be tested without widgets.
class SimDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDeviceModel)

public:
    enum Column { KindColumn, DeviceColumn, LocationColumn, RoamingColumn, HomeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole, RoamingRole };

    struct Entry
    {
        QString key; // the simulator's handle for the device (its phone number or first identifier)
        Device device;
        QString label; // free text from the simulator ("Roaming in Germany"), shown as the device's tooltip
        int homeMcc = -1;
        int currentMcc = -1; // where it is attached now
        bool reachable = true; // false for the error devices that answer with an HTTP error

        bool roaming() const { return currentMcc >= 0 && homeMcc >= 0 && currentMcc != homeMcc; }
        bool operator==(const Entry &other) const;
    };

    explicit SimDeviceModel(QObject *parent = nullptr);
    ~SimDeviceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the list, keeping rows whose key did not change in place (so selection survives a refresh).
    void setEntries(const QList<Entry> &entries);
    /// Updates one device's position; false when the key is unknown.
    bool updatePosition(const QString &key, int currentMcc);
    /// Updates many positions (key, current MCC) with one dataChanged over the rows they span: a moving fleet
    /// of 100,000 devices would flood the view with one signal per move.
    void updatePositions(const QList<QPair<QString, int>> &positions);
    /// Every row's current MCC in row order (what moved when most of a fleet did), with one dataChanged over
    /// the rows that changed; ignored when the count does not match the rows.
    void setPositions(const QList<int> &currentMccs);

    int rowOf(const QString &key) const;
    const Entry *entryAt(int row) const;

    /// The kind of identifier a device is listed by (its first one): "Phone", "NAI", "IPv4" or "IPv6".
    static QString identifierKind(const Device &device);
    /// "🇩🇪 DE Germany (262)" — flag (when enabled), codes and names of an MCC; "—" for none.
    static QString describeMcc(int mcc);
    /// Flags are regional-indicator pairs that only an emoji font draws; the GUI turns them on when it has one.
    static void setFlagsEnabled(bool enabled);
    static bool flagsEnabled();

private:
    QList<Entry> m_entries;
    QHash<QString, int> m_rows; // key -> row
};

} // namespace roamdesk
