#include "app/fleet/fleetservice.h"

#include "app/store/sqlitenotificationstore.h"
#include "models/fleettablemodel.h"
#include "models/roamingstatus.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcFleet, "roamdesk.fleet")

namespace roamdesk {

namespace {
// Keyset pages by seq over an empty filter: the primary key, so every page costs the same.
constexpr int PageSize = 20000;
constexpr int FreshnessTickMs = 30 * 1000;
} // namespace

/// The reads, on the service's thread: one reader connection, opened there.
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

    NotificationLogSourceFactory factory;
    std::unique_ptr<NotificationLogSource> source;
    qint64 appliedSeq = 0; // the highest seq handed to the service
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
    open(SqliteNotificationStore::readerFactory(databasePath));
}

void FleetService::open(const NotificationLogSourceFactory &factory)
{
    m_loaded = false;
    QPointer<FleetService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, factory, self] {
        worker->source.reset();
        worker->appliedSeq = 0;
        worker->factory = factory;
        QString error;
        worker->source = factory(&error);
        if (!worker->source) {
            QMetaObject::invokeMethod(self, [self, error] { Q_EMIT self->failed(error); });
            return;
        }
        // What is committed after `top` comes with the next refresh().
        const qint64 top = worker->source->newestSeq();
        auto state = std::make_shared<FleetState>();
        const bool ok = worker->readAll(top, [&](const QList<NotificationLogRecord> &page) { state->applyAll(page); });
        if (!ok) {
            const QString readError = worker->source->lastError();
            QMetaObject::invokeMethod(self, [self, readError] { Q_EMIT self->failed(readError); });
            return;
        }
        worker->appliedSeq = top;
        QMetaObject::invokeMethod(self, [self, state] {
            if (self)
                self->onLoaded(state);
        });
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
        // Newest first, down to what was applied: no page is skipped however many arrived.
        QList<NotificationLogRecord> fresh;
        for (qint64 before = top + 1;;) {
            const QList<NotificationLogRecord> page = worker->source->olderThan({}, before, PageSize);
            for (const NotificationLogRecord &record : page) {
                if (record.seq <= worker->appliedSeq)
                    break;
                fresh << record;
            }
            if (page.isEmpty() || page.constLast().seq <= worker->appliedSeq + 1)
                break;
            before = page.constLast().seq;
        }
        worker->appliedSeq = top;
        QMetaObject::invokeMethod(self, [self, fresh] {
            if (self)
                self->onRecords(fresh);
        });
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

void FleetService::watch(const QList<Device> &devices)
{
    auto apply = [devices](FleetState &state) {
        QList<FleetChange> changes;
        for (const Device &device : devices)
            changes << state.addWatched(device);
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

void FleetService::onLoaded(const std::shared_ptr<FleetState> &fullState)
{
    auto state = std::make_unique<FleetState>(std::move(*fullState));
    for (const auto &apply : std::as_const(m_pendingLookups))
        apply(*state);
    m_pendingLookups.clear();
    m_model->resetState(state.get());
    m_state = std::move(state); // after the model points at the new one
    m_loaded = true;
    qCDebug(lcFleet) << "fleet loaded:" << m_state->size() << "devices";
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
