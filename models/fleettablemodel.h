#pragma once

#include "models/fleetstate.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace roamdesk {

/// The fleet as a table, one row per device, over a FleetState it does not own. Rows follow the state's
/// rows (new devices appended), so an update is rowsInserted / dataChanged, never a reset, except when a
/// whole new state is handed over (setState). Sort through a QSortFilterProxyModel with sortRole RawValueRole.
class FleetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableModel)

public:
    enum Column {
        DeviceColumn,
        StatusColumn,
        CountryColumn,
        SinceColumn,
        LastEventColumn,
        LastEventTimeColumn,
        FreshColumn,
        LabelColumn, // from an imported device list
        GroupColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable: QString (also label and group), int (status: 0 unknown, 1 home, 2
                                     // roaming), QDateTime, qint64 (fresh: ms since the last status; -1 when none)
        KeyRole, // the device label (FleetState key)
        RoamingRole, // QVariant(bool), or invalid when unknown
        CountryCodesRole, // QStringList of ISO codes
    };

    explicit FleetTableModel(const FleetState *state, QObject *parent = nullptr);

    /// The state changed under these rows (what FleetState::apply returned): inserts and updates in place.
    void noteChanges(const QList<FleetChange> &changes);
    /// The state was replaced or rebuilt as a whole: one reset.
    void resetState(const FleetState *state);
    /// "Fresh" is measured against this time (the service moves it on a timer); default: construction time.
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry behind a row (nullptr outside the rows announced): for a proxy that filters and sorts a
    /// hundred thousand rows without a QVariant per look.
    const DeviceFleetEntry *entryAt(int row) const;
    /// Row order by a column's raw value, as RawValueRole sorts, compared without QVariants.
    bool lessThan(int leftRow, int rightRow, int column) const;

    /// "3 min", "2 h", "4 d": the age of a status.
    static QString formatAge(qint64 ms);

private:
    void updateTimeKeys(int first, int end);
    QVariant display(const DeviceFleetEntry &entry, int column) const;
    QVariant raw(const DeviceFleetEntry &entry, int column) const;

    const FleetState *m_state;
    int m_rows = 0; // rows announced so far: the state may already hold more
    /// Each row's times as milliseconds, kept with the rows: a sort compares them millions of times.
    struct TimeKeys
    {
        qint64 since;
        qint64 lastEvent;
        qint64 lastStatus;
    };
    std::vector<TimeKeys> m_timeKeys;
    QDateTime m_now;
};

} // namespace roamdesk
