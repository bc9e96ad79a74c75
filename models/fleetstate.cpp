#include "models/fleetstate.h"

#include "models/countrytable.h"
#include "models/journey.h"
#include "models/roamingstatus.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace roamdesk {

namespace {

quint32 tieOf(const QString &source, const QString &id, qint64 seq)
{
    if (source.isEmpty() && id.isEmpty())
        return quint32(seq);
    // An explicit seed: the same in every process, unlike the default one.
    return quint32(qHash(source, 0x5eed) ^ (qHash(id, 0xf1ee7) * 31u));
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

/// One status in a device's history: 16 bytes, ordered by (event time, tie).
struct FleetState::Member
{
    qint64 ms = 0;
    quint32 tie = 0; // a stable hash of (source, id): equal times still order the same way in every run
    qint16 country = -1; // MCC, -1 when the status does not say
    bool roaming = false;
    bool changeCountry = false;

    bool operator<(const Member &other) const { return ms != other.ms ? ms < other.ms : tie < other.tie; }
    bool sameEvent(const Member &other) const { return ms == other.ms && tie == other.tie; }
    journey::StatusPoint point() const
    {
        journey::StatusPoint p;
        p.roaming = roaming;
        if (country >= 0)
            p.country = country;
        p.changeCountry = changeCountry;
        return p;
    }
};

struct FleetState::Track
{
    std::vector<Member> history; // every status, sorted
    journey::Walker walker; // the walk over `history`: its open segment is the current state
    int segmentStart = 0; // index in `history` of the open segment's first status
    std::optional<Member> lastEvent; // any type, for lastEventType (only ms and tie used)
    bool dirty = false; // applyAll(): walk again at the end

    void walk()
    {
        walker = journey::Walker();
        for (int i = 0; i < int(history.size()); ++i) {
            if (walker.step(history[size_t(i)].point()))
                segmentStart = i;
        }
    }
};

namespace {

void materialize(DeviceFleetEntry &entry, const FleetState::Track &track)
{
    if (track.history.empty())
        return;
    entry.roaming = track.walker.roaming;
    entry.countryCode = track.walker.country;
    entry.countryNames = entry.countryCode ? CountryTable::instance().isoCodes(*entry.countryCode) : QStringList();
    entry.since = utc(track.history[size_t(track.segmentStart)].ms);
    entry.lastStatusTime = utc(track.history.back().ms);
}

} // namespace

FleetState::FleetState() = default;
FleetState::~FleetState() = default;
FleetState::FleetState(FleetState &&) noexcept = default;
FleetState &FleetState::operator=(FleetState &&) noexcept = default;

const DeviceFleetEntry *FleetState::find(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_entries[size_t(row)];
}

int FleetState::rowFor(const QString &key, const Device &device, bool *inserted)
{
    const auto it = m_rows.constFind(key);
    if (it != m_rows.constEnd()) {
        *inserted = false;
        return it.value();
    }
    DeviceFleetEntry entry;
    entry.key = key;
    entry.device = device;
    m_entries.push_back(std::move(entry));
    m_tracks.emplace_back();
    const int row = int(m_entries.size()) - 1;
    m_rows.insert(key, row);
    count(m_entries.back(), +1);
    *inserted = true;
    return row;
}

void FleetState::count(const DeviceFleetEntry &entry, int delta)
{
    if (!entry.roaming) {
        m_counts.unknown += delta;
        return;
    }
    (*entry.roaming ? m_counts.roaming : m_counts.home) += delta;
    for (const QString &iso : entry.countryNames) {
        CountryCounts &counts = m_countryCounts[iso];
        (*entry.roaming ? counts.roaming : counts.home) += delta;
        if (counts.roaming == 0 && counts.home == 0)
            m_countryCounts.remove(iso);
    }
}

FleetChange FleetState::apply(const NotificationLogRecord &record)
{
    return applyRecord(record, nullptr);
}

QList<FleetChange> FleetState::applyAll(const QList<NotificationLogRecord> &records)
{
    QList<FleetChange> changes;
    std::vector<int> dirty;
    for (const NotificationLogRecord &record : records) {
        const FleetChange change = applyRecord(record, &dirty);
        if (!change.isNull())
            changes << change;
    }
    for (const int row : dirty) {
        Track &track = m_tracks[size_t(row)];
        track.dirty = false;
        track.walk();
        updateEntry(row);
    }
    return changes;
}

FleetChange FleetState::applyRecord(const NotificationLogRecord &record, std::vector<int> *dirty)
{
    if (record.device.isEmpty())
        return {};
    m_highestSeq = qMax(m_highestSeq, record.seq);
    bool inserted = false;
    const int row = rowFor(record.device, Device(), &inserted);
    DeviceFleetEntry &entry = m_entries[size_t(row)];
    Track &track = m_tracks[size_t(row)];
    if (inserted)
        entry.device = deviceFromLabel(record.device);

    Member member;
    member.ms = record.eventMs.value_or(record.receivedMs);
    member.tie = tieOf(record.source, record.eventId, record.seq);
    bool changed = inserted;
    if (!track.lastEvent || *track.lastEvent < member) {
        track.lastEvent = member;
        entry.lastEventType = record.type;
        entry.lastEventTime = utc(member.ms);
        entry.subscriptionEnded = eventtype::isTermination(record.type);
        entry.endReason = entry.subscriptionEnded ? record.terminationReason : QString();
        changed = true;
    }
    if (const std::optional<journey::StatusPoint> point = journey::StatusPoint::of(record)) {
        member.roaming = point->roaming;
        member.country =
            point->country && *point->country >= 0 && *point->country < 1000 ? qint16(*point->country) : qint16(-1);
        member.changeCountry = point->changeCountry;
        if (addStatus(row, member, dirty))
            changed = true;
    }
    if (!changed)
        return {};
    return {row, inserted, entry.key};
}

bool FleetState::addStatus(int row, const Member &member, std::vector<int> *dirty)
{
    Track &track = m_tracks[size_t(row)];
    std::vector<Member> &history = track.history;
    if (history.empty() || history.back() < member) {
        history.push_back(member);
        if (track.dirty)
            return true;
        // The common case: the newest status so far is one step of the walk.
        if (track.walker.step(member.point()))
            track.segmentStart = int(history.size()) - 1;
        updateEntry(row);
        return true;
    }
    const auto at = std::lower_bound(history.begin(), history.end(), member);
    if (at != history.end() && at->sameEvent(member))
        return false; // the same event again
    history.insert(at, member);
    if (dirty) {
        if (!track.dirty) {
            track.dirty = true;
            dirty->push_back(row);
        }
        return true;
    }
    track.walk();
    updateEntry(row);
    return true;
}

void FleetState::updateEntry(int row)
{
    DeviceFleetEntry &entry = m_entries[size_t(row)];
    count(entry, -1);
    materialize(entry, m_tracks[size_t(row)]);
    count(entry, +1);
}

FleetChange FleetState::applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when)
{
    const QString key = device.displayLabel();
    if (key.isEmpty())
        return {};
    bool inserted = false;
    const int row = rowFor(key, device, &inserted);
    const QDateTime time = status.lastStatusTime.value_or(when);
    Member member;
    member.ms = time.toMSecsSinceEpoch();
    member.tie = 0x100c0b;
    member.roaming = status.roaming;
    member.country = status.countryCode && *status.countryCode >= 0 && *status.countryCode < 1000
        ? qint16(*status.countryCode)
        : qint16(-1);
    const bool changed = addStatus(row, member, nullptr) || inserted;
    if (!changed)
        return {};
    return {row, inserted, key};
}

FleetChange FleetState::addWatched(const Device &device)
{
    const QString key = device.displayLabel();
    if (key.isEmpty())
        return {};
    bool inserted = false;
    const int row = rowFor(key, device, &inserted);
    if (!inserted)
        return {};
    return {row, inserted, key};
}

Device FleetState::deviceFromLabel(const QString &label)
{
    Device device;
    if (label.startsWith(QLatin1Char('+'))) {
        device.phoneNumber = label;
    } else if (label.contains(QLatin1Char('@'))) {
        device.networkAccessIdentifier = label;
    } else if (label.count(QLatin1Char(':')) >= 2) {
        device.ipv6Address = label;
    } else {
        // "public", "public:port" or "public (private)", as Device::displayLabel() writes them.
        static const QRegularExpression ipv4(
            QStringLiteral(R"(^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d+)| \((\d{1,3}(?:\.\d{1,3}){3})\))?$)"));
        const QRegularExpressionMatch match = ipv4.match(label);
        if (!match.hasMatch()) {
            device.networkAccessIdentifier = label; // not a form this build writes: keep the text
            return device;
        }
        Ipv4Address address;
        address.publicAddress = match.captured(1);
        if (match.hasCaptured(2))
            address.publicPort = match.captured(2).toInt();
        address.privateAddress = match.captured(3);
        device.ipv4Address = address;
    }
    return device;
}

} // namespace roamdesk
