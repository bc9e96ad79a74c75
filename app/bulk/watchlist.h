#pragma once

#include "models/devicelist.h"

#include <QList>
#include <QObject>

namespace roamdesk {
class FleetService;
}

namespace roamdesk::bulk {

/// The devices imported to watch, kept in the settings (key "fleet/watchedDevices": device JSON, label, group)
/// and put on the fleet's board at start, before any event names them.
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    static constexpr char SettingsKey[] = "fleet/watchedDevices";

    explicit WatchList(FleetService *fleet, QObject *parent = nullptr);

    /// Reads the saved list and puts it on the board.
    void load();
    /// Adds devices (a device already watched keeps its place and takes the new label and group), saves, and
    /// puts them on the board. Returns how many were new.
    int add(const QList<DeviceListEntry> &entries);
    const QList<DeviceListEntry> &entries() const { return m_entries; }
    /// The label and group an imported device was given (empty when not watched).
    DeviceListEntry entryFor(const Device &device) const;

Q_SIGNALS:
    void changed();

private:
    void save() const;

    FleetService *m_fleet;
    QList<DeviceListEntry> m_entries;
};

} // namespace roamdesk::bulk
