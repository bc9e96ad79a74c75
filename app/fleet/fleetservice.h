#pragma once

#include "models/devicelist.h"
#include "models/fleetstate.h"
#include "models/fleettablemodel.h"
#include "models/journey.h"
#include "models/notificationlogsource.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace roamdesk {

class FleetWorker;
struct RoamingStatus;

/// The fleet view's data: which devices are roaming, where, since when. Derived from the notification
/// store, so it is the same after a restart:
/// - open(path) reads every stored notification once, on a worker thread with its own reader connection,
///   and hands the finished FleetState over (loaded(); the table resets once). With a store identity it
///   starts from the fleet snapshot of that store instead (FleetSnapshot) and reads only what was stored
///   after it; a missing, damaged or foreign snapshot means the full read;
/// - refresh() (after each commit) reads only the notifications stored since, applied in place
///   (fleetChanged(); the table gets rowsInserted / dataChanged);
/// - applyLookup() adds a retrieve answer.
/// journeyFor() builds one device's journey on the worker (journeyReady()).
/// Nothing here reads the database on the calling thread.
class FleetService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetService)

public:
    explicit FleetService(QObject *parent = nullptr);
    ~FleetService() override;

    /// Loads the store at `databasePath` (already created and migrated by the receiver), with a snapshot
    /// keyed by its canonical path.
    void open(const QString &databasePath);
    /// Same with any source (each call opens a connection on the worker thread). `storeIdentity` names the
    /// store for its snapshot (the same store, the same string, in every run); empty: no snapshot.
    void open(const NotificationLogSourceFactory &factory, const QString &storeIdentity = QString());
    /// New notifications were committed: reads those after the highest seq applied.
    void refresh();
    /// A lookup answered for `device`, at `when` unless the status carries its lastStatusTime.
    void applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when = QDateTime());
    /// Devices to show before any event names them (an imported list), with their label and group; known ones
    /// only take the label and group.
    void watch(const QList<DeviceListEntry> &entries);

    /// The state as applied so far (empty until loaded()).
    const FleetState &state() const { return *m_state; }
    const FleetCounts &counts() const { return m_state->counts(); }
    const QHash<QString, CountryCounts> &countryCounts() const { return m_state->countryCounts(); }
    /// One row per device (FleetTableModel: columns, RawValueRole for sorting, KeyRole for the label).
    FleetTableModel *model() const;
    /// The first full read has been applied.
    bool isLoaded() const { return m_loaded; }
    /// The loaded state started from a snapshot (then only the newer records were read).
    bool isFromSnapshot() const { return m_fromSnapshot; }

    /// When the worker writes the snapshot during a session: this many records applied since the last one,
    /// and no sooner than `minIntervalMs` after it (see FleetWorker::maybeSave()).
    static constexpr int SnapshotAfterRecords = 20000;
    static constexpr int SnapshotMinIntervalMs = 60 * 1000;

    /// Asks for the journey of the device with this label (NotificationLogRecord::device); journeyReady()
    /// answers with the same id.
    quint64 journeyFor(const QString &deviceLabel);

Q_SIGNALS:
    /// Every stored notification has been read (`devices` in the fleet); the table was reset once.
    void loaded(int devices);
    /// These devices (labels) changed or appeared.
    void fleetChanged(const QStringList &keys);
    /// counts() or countryCounts() changed.
    void countsChanged();
    void journeyReady(quint64 requestId, const QString &deviceLabel, const QList<roamdesk::JourneySegment> &segments);
    /// The store could not be read.
    void failed(const QString &error);
    /// The worker wrote the snapshot of the state up to this seq.
    void snapshotWritten(qint64 seq);

private:
    void onLoaded(const std::shared_ptr<FleetState> &fullState, bool fromSnapshot);
    void onRecords(const QList<NotificationLogRecord> &records);
    void announce(const QList<FleetChange> &changes);

    QThread m_thread;
    FleetWorker *m_worker; // lives on m_thread
    std::unique_ptr<FleetState> m_state;
    FleetTableModel *m_model;
    QTimer m_freshness;
    bool m_loaded = false;
    bool m_fromSnapshot = false;
    FleetCounts m_announcedCounts; // what countsChanged() last stood for
    QHash<QString, CountryCounts> m_announcedCountries;
    quint64 m_nextJourney = 1;
    QList<std::function<FleetChange(FleetState &)>> m_pendingLookups; // applied again once loaded
};

} // namespace roamdesk
