#include "app/fleet/fleetservice.h"

#include "app/fleet/fleetsnapshot.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "models/fleettablemodel.h"
#include "models/roamingstatus.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcFleet, "roamdesk.fleet")

namespace roamdesk {

namespace {
// Keyset pages by seq over an empty filter: the primary key, so every page costs the same.
constexpr int PageSize = 20000;
constexpr int FreshnessTickMs = 30 * 1000;
} // namespace

/// The reads, on the service's thread: one reader connection, opened there. Also the snapshot's keeper:
/// it builds, checks and writes snapshots here, so the GUI thread never waits for one.
class FleetWorker final : public QObject
{
public:
    /// Every record with seq <= `top`, newest first, page by page.
    bool readAll(qint64 top, const std::function<void(const QList<NotificationLogRecord> &)> &onPage)
    {
        for (qint64 before = top + 1;;) {
            const QList<NotificationLogRecord> page = source->olderThan({}, before, PageSize);
            if (page.isEmpty())
                return source->lastError().isEmpty();
            onPage(page);
            before = page.constLast().seq;
        }
    }

    /// The records with after < seq <= top, newest first: newest pages first, down to `after`, so no page
    /// is skipped however many arrived.
    QList<NotificationLogRecord> readSince(qint64 after, qint64 top)
    {
        QList<NotificationLogRecord> fresh;
        // Pages no larger than what is new (seqs are dense: the log never deletes), so a refresh after a
        // commit of a few records reads those few, not a whole page of older ones.
        const int pageSize = int(qBound(qint64(1), top - after, qint64(PageSize)));
        for (qint64 before = top + 1;;) {
            const QList<NotificationLogRecord> page = source->olderThan({}, before, pageSize);
            for (const NotificationLogRecord &record : page) {
                if (record.seq <= after)
                    break;
                fresh << record;
            }
            if (page.isEmpty() || page.constLast().seq <= after + 1)
                break;
            before = page.constLast().seq;
        }
        return fresh;
    }

    /// The state of every record with seq <= `top`: the snapshot's state and the records stored after it
    /// when the snapshot is usable, else a full read (unless `orFullRead` is false). Null when the store cannot
    /// be read (or there is no usable snapshot and no full read was wanted).
    std::unique_ptr<FleetState> build(qint64 top, bool *fromSnapshot, bool orFullRead = true)
    {
        *fromSnapshot = false;
        auto state = std::make_unique<FleetState>();
        if (std::optional<qint64> base = loadSnapshot(top, state.get())) {
            // Oldest first: each status then is one step (the outcome is the same in any order).
            const QList<NotificationLogRecord> fresh = readSince(*base, top);
            if (source->lastError().isEmpty()) {
                state->applyAll(QList<NotificationLogRecord>(fresh.crbegin(), fresh.crend()));
                *fromSnapshot = true;
                return state;
            }
            state = std::make_unique<FleetState>();
        }
        if (!orFullRead)
            return nullptr;
        if (!readAll(top, [&](const QList<NotificationLogRecord> &page) { state->applyAll(page); }))
            return nullptr;
        return state;
    }

    /// Fills `state` from the snapshot when it is whole and of this very store up to its seq; that seq.
    std::optional<qint64> loadSnapshot(qint64 top, FleetState *state)
    {
        if (snapshotPath.isEmpty())
            return std::nullopt;
        QString why;
        std::optional<FleetSnapshot::Loaded> loaded = FleetSnapshot::read(snapshotPath, storeIdentity, &why);
        if (loaded && loaded->anchor.seq > top)
            why = QStringLiteral("the store ends before the snapshot"); // truncated, or an older copy
        else if (loaded && FleetSnapshotAnchor::read(source.get(), loaded->anchor.seq) != loaded->anchor)
            why = QStringLiteral("the store holds other records"); // replaced, or restored from elsewhere
        else if (loaded) {
            std::optional<FleetState> restored = FleetState::fromSnapshot(loaded->state);
            if (restored) {
                *state = std::move(*restored);
                savedSeq = loaded->anchor.seq;
                return loaded->anchor.seq;
            }
            why = QStringLiteral("inconsistent snapshot");
        }
        qCInfo(lcFleet) << "fleet snapshot not used, reading the whole store:" << why;
        return std::nullopt;
    }

    /// Writes `bytes` (the state up to `seq`) as the snapshot. A failure turns snapshots off for this store
    /// until the next open: retrying would rebuild the state again and again for nothing.
    void save(qint64 seq, const QByteArray &bytes, const QPointer<FleetService> &service)
    {
        const std::optional<FleetSnapshotAnchor> anchor = FleetSnapshotAnchor::read(source.get(), seq);
        QString error;
        if (!anchor || !FleetSnapshot::write(snapshotPath, storeIdentity, *anchor, bytes, &error)) {
            qCWarning(lcFleet) << "fleet snapshot not written:" << (anchor ? error : source->lastError());
            snapshotPath.clear();
            return;
        }
        savedSeq = seq;
        sinceSave.start();
        QMetaObject::invokeMethod(service, [service, seq] {
            if (service)
                Q_EMIT service->snapshotWritten(seq);
        });
    }

    /// During a session: a new snapshot once enough records came since the last one (the next open then
    /// catches up on at most about that many: ~70 ms of CPU for 20,000), but not more than once a minute,
    /// since each one loads the last snapshot, reads what came since and writes the file again (~0.3 s of
    /// this thread, never the GUI's, for 100,000 devices and a million statuses). Nothing on close: closing
    /// stays immediate and the next open catches up on the rest. No timer either: nothing changes between
    /// two refreshes.
    void maybeSave(const QPointer<FleetService> &service)
    {
        if (snapshotPath.isEmpty() || appliedSeq - savedSeq < FleetService::SnapshotAfterRecords
            || (sinceSave.isValid() && sinceSave.elapsed() < FleetService::SnapshotMinIntervalMs))
            return;
        // From the last snapshot only: a full read here would hold up refreshes and journeys for seconds. Without
        // one (removed meanwhile), the next open reads everything and writes it again.
        bool fromSnapshot = false;
        const std::unique_ptr<FleetState> state = build(appliedSeq, &fromSnapshot, false);
        if (state)
            save(appliedSeq, state->toSnapshot(), service);
        else
            snapshotPath.clear();
    }

    NotificationLogSourceFactory factory;
    std::unique_ptr<NotificationLogSource> source;
    qint64 appliedSeq = 0; // the highest seq handed to the service
    QString storeIdentity;
    QString snapshotPath; // empty: no snapshot for this store
    qint64 savedSeq = 0; // the seq of the snapshot on disk (0: none)
    QElapsedTimer sinceSave;
};

FleetService::FleetService(QObject *parent)
    : QObject(parent)
    , m_worker(new FleetWorker)
    , m_state(std::make_unique<FleetState>())
    , m_model(new FleetTableModel(m_state.get(), this))
{
    m_thread.setObjectName(QStringLiteral("fleet reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_freshness.setInterval(FreshnessTickMs);
    connect(&m_freshness, &QTimer::timeout, m_model, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_freshness.start();
}

FleetService::~FleetService()
{
    m_thread.quit();
    m_thread.wait();
}

FleetTableModel *FleetService::model() const
{
    return m_model;
}

void FleetService::open(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    const std::optional<StoreLocation> location = StoreLocation::parse(databasePath);
    if (!location)
        return;
    // The snapshot's key: the canonical path, so the same file by any name is the same store (empty when it
    // does not exist yet); a shared store by its URL, which holds no secret.
    const QString identity =
        location->isShared() ? location->toString() : QFileInfo(location->path()).canonicalFilePath();
    open(storefactory::reader(*location), identity);
}

void FleetService::open(const NotificationLogSourceFactory &factory, const QString &storeIdentity)
{
    m_loaded = false;
    m_fromSnapshot = false;
    QPointer<FleetService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, factory, storeIdentity, self] {
        worker->source.reset();
        worker->appliedSeq = 0;
        worker->savedSeq = 0;
        worker->sinceSave.invalidate();
        worker->factory = factory;
        worker->storeIdentity = storeIdentity;
        worker->snapshotPath = storeIdentity.isEmpty() ? QString() : FleetSnapshot::pathFor(storeIdentity);
        QString error;
        worker->source = factory(&error);
        if (!worker->source) {
            QMetaObject::invokeMethod(self, [self, error] { Q_EMIT self->failed(error); });
            return;
        }
        // What is committed after `top` comes with the next refresh().
        const qint64 top = worker->source->newestSeq();
        bool fromSnapshot = false;
        std::unique_ptr<FleetState> built = worker->build(top, &fromSnapshot);
        if (!built) {
            const QString readError = worker->source->lastError();
            QMetaObject::invokeMethod(self, [self, readError] { Q_EMIT self->failed(readError); });
            return;
        }
        worker->appliedSeq = top;
        // Taken before the state leaves this thread; written once the service has it.
        const bool stale = top > 0 && top - worker->savedSeq >= (fromSnapshot ? SnapshotAfterRecords : 1);
        const QByteArray bytes = stale && !worker->snapshotPath.isEmpty() ? built->toSnapshot() : QByteArray();
        std::shared_ptr<FleetState> state(std::move(built));
        QMetaObject::invokeMethod(self, [self, state, fromSnapshot] {
            if (self)
                self->onLoaded(state, fromSnapshot);
        });
        if (!bytes.isEmpty())
            worker->save(top, bytes, self);
    });
}

void FleetService::refresh()
{
    QPointer<FleetService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self] {
        if (!worker->source)
            return;
        const qint64 top = worker->source->newestSeq();
        if (top <= worker->appliedSeq)
            return;
        const QList<NotificationLogRecord> fresh = worker->readSince(worker->appliedSeq, top);
        worker->appliedSeq = top;
        QMetaObject::invokeMethod(self, [self, fresh] {
            if (self)
                self->onRecords(fresh);
        });
        worker->maybeSave(self);
    });
}

void FleetService::applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when)
{
    const QDateTime time = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    auto apply = [device, status, time](FleetState &state) { return state.applyLookup(device, status, time); };
    if (!m_loaded)
        m_pendingLookups << apply; // the loaded state replaces this one: apply it there too
    announce({apply(*m_state)});
}

void FleetService::watch(const QList<DeviceListEntry> &entries)
{
    auto apply = [entries](FleetState &state) {
        QList<FleetChange> changes;
        for (const DeviceListEntry &entry : entries)
            changes << state.addWatched(entry.device, entry.label, entry.group);
        return changes;
    };
    if (!m_loaded) // the loaded state replaces this one: add them there too
        m_pendingLookups << [apply](FleetState &state) { return apply(state).value(0); };
    announce(apply(*m_state));
}

quint64 FleetService::journeyFor(const QString &deviceLabel)
{
    const quint64 id = m_nextJourney++;
    QPointer<FleetService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, id, deviceLabel] {
        QList<NotificationLogRecord> records;
        if (worker->source) {
            NotificationLogFilter filter;
            filter.device = deviceLabel; // the (device, seq) index
            for (qint64 before = NotificationLogSource::NoSeq;;) {
                const QList<NotificationLogRecord> page = worker->source->olderThan(filter, before, PageSize);
                records << page;
                if (page.size() < PageSize)
                    break;
                before = page.constLast().seq;
            }
        }
        const QList<JourneySegment> segments = journey::build(records, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(self, [self, id, deviceLabel, segments] {
            if (self)
                Q_EMIT self->journeyReady(id, deviceLabel, segments);
        });
    });
    return id;
}

void FleetService::onLoaded(const std::shared_ptr<FleetState> &fullState, bool fromSnapshot)
{
    auto state = std::make_unique<FleetState>(std::move(*fullState));
    for (const auto &apply : std::as_const(m_pendingLookups))
        apply(*state);
    m_pendingLookups.clear();
    m_model->resetState(state.get());
    m_state = std::move(state); // after the model points at the new one
    m_loaded = true;
    m_fromSnapshot = fromSnapshot;
    qCDebug(lcFleet) << "fleet loaded:" << m_state->size() << "devices" << (fromSnapshot ? "from its snapshot" : "");
    m_announcedCounts = m_state->counts();
    m_announcedCountries = m_state->countryCounts();
    Q_EMIT loaded(m_state->size());
    Q_EMIT countsChanged();
}

void FleetService::onRecords(const QList<NotificationLogRecord> &records)
{
    // Oldest first: the outcome is the same in any order, but then each status is one step.
    QList<NotificationLogRecord> oldestFirst(records.crbegin(), records.crend());
    announce(m_state->applyAll(oldestFirst));
}

void FleetService::announce(const QList<FleetChange> &changes)
{
    QStringList keys;
    for (const FleetChange &change : changes) {
        if (!change.isNull() && !keys.contains(change.key))
            keys << change.key;
    }
    if (keys.isEmpty())
        return;
    m_model->noteChanges(changes);
    Q_EMIT fleetChanged(keys);
    if (m_state->counts() != m_announcedCounts || m_state->countryCounts() != m_announcedCountries) {
        m_announcedCounts = m_state->counts();
        m_announcedCountries = m_state->countryCounts();
        Q_EMIT countsChanged();
    }
}

} // namespace roamdesk
