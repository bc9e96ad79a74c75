#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/notificationlogsource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace roamdesk {

struct RoamingStatus;

/// What the fleet knows about one device, derived from its stored notifications and lookups.
struct DeviceFleetEntry
{
    QString key; // Device::displayLabel(): the NotificationLogRecord::device of its events
    Device device; // the CAMARA device object (recovered from the label when only events named it)
    std::optional<bool> roaming; // nullopt: no status seen yet (only lifecycle events)
    std::optional<int> countryCode; // MCC; nullopt when unknown (roaming-on alone, or no home status yet)
    QStringList countryNames; // ISO 3166 alpha-2 of the MCC: several for 340, none for 901 or an unknown MCC
    QDateTime since; // event time it entered this roaming state and country (UTC)
    std::optional<EventType> lastEventType; // of the newest event by event time; nullopt when only looked up
    QDateTime lastEventTime;
    QDateTime lastStatusTime; // freshness: event time of the newest status (event or lookup)
    bool subscriptionEnded = false; // the newest event is a subscription-ends / -ended
    QString endReason; // its terminationReason
    QString label; // the free label and group an imported device list gave it (empty when none)
    QString group;
};

/// Per state: how many devices are roaming, at home, or not known yet.
struct FleetCounts
{
    int roaming = 0;
    int home = 0;
    int unknown = 0;

    bool operator==(const FleetCounts &other) const
    {
        return roaming == other.roaming && home == other.home && unknown == other.unknown;
    }
    bool operator!=(const FleetCounts &other) const { return !(*this == other); }
};

/// Per ISO country: devices roaming in it and devices at home in it. A multi-territory MCC counts in each
/// of its territories.
struct CountryCounts
{
    int roaming = 0;
    int home = 0;

    bool operator==(const CountryCounts &other) const { return roaming == other.roaming && home == other.home; }
    bool operator!=(const CountryCounts &other) const { return !(*this == other); }
};

/// What one apply() did to the fleet: the row it touched (rows are stable, new devices are appended), or
/// none when nothing changed (a duplicate, an older status, a record without a device).
struct FleetChange
{
    int row = -1;
    bool inserted = false; // a device seen for the first time (row == size() - 1 right after)
    QString key;

    bool isNull() const { return row < 0; }
};

/// The fleet view's state: one entry per device ever seen, kept current one record at a time.
///
/// Each device keeps its statuses (16 bytes each) ordered by event time (the CloudEvent `time`, else the
/// arrival time), ties broken by a stable hash of (source, id). Its state is the open segment of the walk
/// journey::build() makes (journey::Walker): so applying the same records in any order, and any number of
/// times, gives the same entries, counts and `since`, and an older status never overrides a newer one.
/// A status without a country (roaming-on, roaming-off) continues the segment of the same roaming state;
/// roaming-change-country starts one; at home without a country means the home country known by then.
/// A status newer than all is one step; an older one walks that device's history again (applyAll() once per
/// device and batch).
///
/// No signals: apply() returns what changed so an item model (FleetTableModel) updates rows in place.
class FleetState
{
public:
    FleetState();
    ~FleetState();
    FleetState(FleetState &&) noexcept;
    FleetState &operator=(FleetState &&) noexcept;
    FleetState(const FleetState &) = delete;
    FleetState &operator=(const FleetState &) = delete;

    /// One stored notification. Records without a device are ignored.
    FleetChange apply(const NotificationLogRecord &record);
    /// Many at once (a page read from the store): the same outcome as apply() on each, but a device whose
    /// history gained older statuses is walked once at the end instead of once per status. The changes of
    /// the records that changed something.
    QList<FleetChange> applyAll(const QList<NotificationLogRecord> &records);
    /// A retrieve answer for `device`; its time is the status's lastStatusTime, else `when`.
    FleetChange applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when);
    /// A device to watch: on the board (state unknown) before any event or lookup names it, with the label and
    /// group its list gave it. For a device already known only the label and group change (a null change when
    /// they are the same).
    FleetChange addWatched(const Device &device, const QString &label = QString(), const QString &group = QString());
    /// How many devices have a label, and a group: the board shows those columns only when some have one.
    int labelledCount() const { return m_labelled; }
    int groupedCount() const { return m_grouped; }

    int size() const { return int(m_entries.size()); }
    const DeviceFleetEntry &at(int row) const { return m_entries[size_t(row)]; }
    /// The row of a device label, or -1.
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    const DeviceFleetEntry *find(const QString &key) const;

    /// Kept as entries change: no scan.
    const FleetCounts &counts() const { return m_counts; }
    /// ISO code -> devices roaming in / at home in it (countries without devices are absent).
    const QHash<QString, CountryCounts> &countryCounts() const { return m_countryCounts; }
    /// The highest NotificationLogRecord::seq applied (0 when none): where a reader goes on from.
    qint64 highestSeq() const { return m_highestSeq; }

    /// The CAMARA device a display label stands for (phone number, NAI, IPv4 forms, IPv6).
    static Device deviceFromLabel(const QString &label);

    /// What a later load needs to go on exactly as this state would: each device's label, newest event and
    /// whole status history, so that records applied after loading (older ones, duplicates) give what a full
    /// read gives. Meant for a state built from stored records: a lookup in it would be kept like a record.
    /// Derived members (segments, counts) are recomputed on load. Compact binary, versioned by the caller.
    QByteArray toSnapshot() const;
    /// The state toSnapshot() wrote, or nullopt when `bytes` are not one (truncated, or inconsistent).
    static std::optional<FleetState> fromSnapshot(const QByteArray &bytes);

    struct Member; // one status in a device's history, private to the implementation
    struct Track; // a device's history and its walk

private:
    FleetChange applyRecord(const NotificationLogRecord &record, std::vector<int> *dirty);
    bool addStatus(int row, const Member &member, std::vector<int> *dirty);
    void updateEntry(int row);
    int rowFor(const QString &key, const Device &device, bool *inserted);
    void count(const DeviceFleetEntry &entry, int delta);

    std::vector<DeviceFleetEntry> m_entries;
    std::vector<Track> m_tracks;
    QHash<QString, int> m_rows;
    FleetCounts m_counts;
    QHash<QString, CountryCounts> m_countryCounts;
    int m_labelled = 0;
    int m_grouped = 0;
    qint64 m_highestSeq = 0;
};

} // namespace roamdesk
