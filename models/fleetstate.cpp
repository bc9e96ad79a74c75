#include "models/fleetstate.h"

#include "models/countrytable.h"
#include "models/journey.h"
#include "models/roamingstatus.h"

#include <QDataStream>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtEndian>

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
    // From a UTC epoch rather than fromMSecsSinceEpoch(ms, QTimeZone::utc()): before Qt 6.5 a QTimeZone-based
    // QDateTime holds a heap-allocated private and a zone, three per device; a Qt::UTC one fits in place.
    static const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()).toUTC();
    return epoch.addMSecs(ms);
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

namespace {

// A status as 16 little-endian bytes: ms, tie, country, flags (roaming, changeCountry, 1 spare bit each).
constexpr int PackedMember = 16;
constexpr quint8 RoamingFlag = 1;
constexpr quint8 ChangeCountryFlag = 2;
constexpr quint8 HasLastEvent = 1;
constexpr quint8 Terminated = 2;
constexpr int EventTypeCount = int(EventType::SubscriptionEnded) + 1;

} // namespace

QByteArray FleetState::toSnapshot() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint32(m_entries.size()) << m_highestSeq;
    QByteArray packed;
    for (size_t row = 0; row < m_entries.size(); ++row) {
        const DeviceFleetEntry &entry = m_entries[row];
        const Track &track = m_tracks[row];
        const bool hasLastEvent = track.lastEvent && entry.lastEventType;
        out << entry.key << quint8((hasLastEvent ? HasLastEvent : 0) | (entry.subscriptionEnded ? Terminated : 0));
        if (hasLastEvent)
            out << track.lastEvent->ms << track.lastEvent->tie << quint8(*entry.lastEventType);
        if (entry.subscriptionEnded)
            out << entry.endReason;
        // The history is most of the bytes: packed by hand rather than field by field through the stream.
        packed.resize(qsizetype(track.history.size()) * PackedMember);
        char *at = packed.data();
        for (const Member &member : track.history) {
            qToLittleEndian(member.ms, at);
            qToLittleEndian(member.tie, at + 8);
            qToLittleEndian(member.country, at + 12);
            at[14] = char((member.roaming ? RoamingFlag : 0) | (member.changeCountry ? ChangeCountryFlag : 0));
            at[15] = 0;
            at += PackedMember;
        }
        out << quint32(track.history.size());
        out.writeRawData(packed.constData(), int(packed.size()));
    }
    return bytes;
}

std::optional<FleetState> FleetState::fromSnapshot(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 devices = 0;
    FleetState state;
    in >> devices >> state.m_highestSeq;
    // Every device takes more than 8 bytes: a count beyond that is damage, not a reason to reserve memory.
    if (in.status() != QDataStream::Ok || devices > quint32(bytes.size() / 8) || state.m_highestSeq < 0)
        return std::nullopt;
    state.m_entries.reserve(devices);
    state.m_tracks.reserve(devices);
    state.m_rows.reserve(qsizetype(devices));
    QByteArray packed;
    for (quint32 i = 0; i < devices; ++i) {
        QString key;
        quint8 flags = 0;
        in >> key >> flags;
        if (in.status() != QDataStream::Ok || key.isEmpty() || state.m_rows.contains(key))
            return std::nullopt;
        bool inserted = false;
        const int row = state.rowFor(key, deviceFromLabel(key), &inserted);
        DeviceFleetEntry &entry = state.m_entries[size_t(row)];
        Track &track = state.m_tracks[size_t(row)];
        if (flags & HasLastEvent) {
            Member last;
            quint8 type = 0;
            in >> last.ms >> last.tie >> type;
            if (type >= EventTypeCount)
                return std::nullopt;
            track.lastEvent = last;
            entry.lastEventType = EventType(type);
            entry.lastEventTime = utc(last.ms);
        }
        entry.subscriptionEnded = flags & Terminated;
        if (entry.subscriptionEnded)
            in >> entry.endReason;
        quint32 count = 0;
        in >> count;
        if (in.status() != QDataStream::Ok || count > quint32(bytes.size() / PackedMember))
            return std::nullopt;
        packed.resize(qsizetype(count) * PackedMember);
        if (in.readRawData(packed.data(), int(packed.size())) != packed.size())
            return std::nullopt;
        track.history.resize(count);
        const char *at = packed.constData();
        for (Member &member : track.history) {
            member.ms = qFromLittleEndian<qint64>(at);
            member.tie = qFromLittleEndian<quint32>(at + 8);
            member.country = qFromLittleEndian<qint16>(at + 12);
            member.roaming = at[14] & RoamingFlag;
            member.changeCountry = at[14] & ChangeCountryFlag;
            at += PackedMember;
        }
        // The order is what every later insert relies on: a history out of order is damage.
        for (size_t k = 0; k < track.history.size(); ++k) {
            const Member &member = track.history[k];
            if (member.country < -1 || member.country > 999 || (k > 0 && !(track.history[k - 1] < member)))
                return std::nullopt;
        }
        track.walk();
        state.updateEntry(row);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return std::optional<FleetState>(std::move(state));
}

FleetChange FleetState::addWatched(const Device &device, const QString &label, const QString &group)
{
    const QString key = device.displayLabel();
    if (key.isEmpty())
        return {};
    bool inserted = false;
    const int row = rowFor(key, device, &inserted);
    DeviceFleetEntry &entry = m_entries[size_t(row)];
    if (!inserted && entry.label == label && entry.group == group)
        return {};
    m_labelled += int(!label.isEmpty()) - int(!entry.label.isEmpty());
    m_grouped += int(!group.isEmpty()) - int(!entry.group.isEmpty());
    entry.label = label;
    entry.group = group;
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
