#include "fleetstate.h"

#include "countrytable.h"
#include "roamingstatus.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace roamdesk {

namespace {

/// A total order on events: event time, then a stable hash of (source, id) so equal times still order the
/// same way in every run.
struct Stamp
{
    qint64 ms = 0;
    quint32 tie = 0;

    bool operator<(const Stamp &other) const { return ms != other.ms ? ms < other.ms : tie < other.tie; }
    bool operator==(const Stamp &other) const { return ms == other.ms && tie == other.tie; }
    bool operator>(const Stamp &other) const { return other < *this; }
};

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

bool isStatusType(EventType type)
{
    return type == EventType::RoamingStatus || type == EventType::RoamingOn || type == EventType::RoamingOff
        || type == EventType::RoamingChangeCountry;
}

} // namespace

struct FleetState::Track
{
    std::optional<Stamp> latestStatus;
    std::optional<Stamp> boundary; // the newest status that differs from the current stretch
    std::optional<Stamp> changeStart; // the change-country that started the current stretch
    std::vector<Stamp> stretch; // sorted: the statuses of the current stretch after `boundary`
    bool stretchRoaming = false;
    std::optional<int> stretchCountry;
    std::optional<Stamp> lastEvent;
    std::optional<Stamp> homeStamp; // the newest at-home status with a country
    std::optional<int> homeCountry;
};

namespace {

/// One roaming status, whatever it came from.
struct StatusInput
{
    Stamp stamp;
    bool roaming = false;
    std::optional<int> country; // nullopt: the event does not say
    bool changeCountry = false;
};

/// Updates the track with one status; false when it changed nothing (a duplicate or an older status).
bool applyStatus(FleetState::Track &track, const StatusInput &in)
{
    // Learnt whatever the order: a late at-home status may tell where a roaming-off came home to.
    bool homeChanged = false;
    if (!in.roaming && in.country && (!track.homeStamp || *track.homeStamp < in.stamp)) {
        homeChanged = track.homeCountry != in.country;
        track.homeStamp = in.stamp;
        track.homeCountry = in.country;
    }
    auto startStretch = [&] {
        track.stretch.assign(1, in.stamp);
        track.stretchRoaming = in.roaming;
        track.stretchCountry = in.country;
        track.changeStart = in.changeCountry ? std::optional<Stamp>(in.stamp) : std::nullopt;
        track.latestStatus = in.stamp;
    };
    if (!track.latestStatus) {
        startStretch();
        return true;
    }
    if (std::binary_search(track.stretch.begin(), track.stretch.end(), in.stamp)
        || (track.boundary && *track.boundary == in.stamp))
        return homeChanged;
    const bool sameRoaming = in.roaming == track.stretchRoaming;
    if (in.stamp > *track.latestStatus) {
        bool joins = sameRoaming;
        if (joins && in.country && track.stretchCountry)
            joins = *in.country == *track.stretchCountry;
        else if (joins && in.country && in.changeCountry)
            joins = false; // a change into a country starts its own stretch
        if (!joins) {
            track.boundary = track.latestStatus;
            startStretch();
            return true;
        }
        track.stretch.push_back(in.stamp);
        track.latestStatus = in.stamp;
        if (in.country && !track.stretchCountry)
            track.stretchCountry = in.country;
        return true;
    }
    // Older than the newest status: it can only move where the current stretch starts.
    if (track.boundary && in.stamp < *track.boundary)
        return homeChanged;
    bool joins = sameRoaming;
    if (joins && in.country && track.stretchCountry)
        joins = *in.country == *track.stretchCountry;
    if (joins && !in.country && track.changeStart && in.stamp < *track.changeStart)
        joins = false; // before the change into this country: it belonged to the stretch before
    auto dropBefore = [&](const Stamp &stamp) {
        const auto end = std::lower_bound(track.stretch.begin(), track.stretch.end(), stamp);
        if (end != track.stretch.begin()) {
            const Stamp dropped = *(end - 1);
            if (!track.boundary || *track.boundary < dropped)
                track.boundary = dropped;
        }
        track.stretch.erase(track.stretch.begin(), end);
    };
    if (!joins) {
        dropBefore(in.stamp);
        track.boundary = in.stamp;
        return true;
    }
    if (in.country && !track.stretchCountry) {
        track.stretchCountry = in.country;
        if (in.changeCountry) {
            dropBefore(in.stamp);
            track.changeStart = in.stamp;
        }
    }
    track.stretch.insert(std::lower_bound(track.stretch.begin(), track.stretch.end(), in.stamp), in.stamp);
    return true;
}

/// The entry's status fields from its track.
void materialize(DeviceFleetEntry &entry, const FleetState::Track &track)
{
    if (!track.latestStatus)
        return;
    entry.roaming = track.stretchRoaming;
    entry.countryCode = track.stretchCountry;
    if (!entry.countryCode && !track.stretchRoaming)
        entry.countryCode = track.homeCountry;
    entry.countryNames = entry.countryCode ? CountryTable::instance().isoCodes(*entry.countryCode) : QStringList();
    entry.since = utc(track.stretch.front().ms);
    entry.lastStatusTime = utc(track.latestStatus->ms);
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
    if (record.device.isEmpty())
        return {};
    m_highestSeq = qMax(m_highestSeq, record.seq);
    bool inserted = false;
    const int row = rowFor(record.device, Device(), &inserted);
    DeviceFleetEntry &entry = m_entries[size_t(row)];
    Track &track = m_tracks[size_t(row)];
    if (inserted)
        entry.device = deviceFromLabel(record.device);

    const Stamp stamp{record.eventMs.value_or(record.receivedMs), tieOf(record.source, record.eventId, record.seq)};
    bool changed = inserted;
    count(entry, -1);
    if (!track.lastEvent || *track.lastEvent < stamp) {
        track.lastEvent = stamp;
        entry.lastEventType = record.type;
        entry.lastEventTime = utc(stamp.ms);
        entry.subscriptionEnded = eventtype::isTermination(record.type);
        entry.endReason = entry.subscriptionEnded ? record.terminationReason : QString();
        changed = true;
    }
    if (isStatusType(record.type)) {
        StatusInput in;
        in.stamp = stamp;
        in.roaming = record.roaming.value_or(record.type != EventType::RoamingOff);
        // roaming-on and roaming-off carry no country in CAMARA; a stored one is ignored the same way.
        if (record.type == EventType::RoamingStatus || record.type == EventType::RoamingChangeCountry)
            in.country = record.countryCode;
        in.changeCountry = record.type == EventType::RoamingChangeCountry;
        if (applyStatus(track, in)) {
            materialize(entry, track);
            changed = true;
        }
    }
    count(entry, +1);
    if (!changed)
        return {};
    return {row, inserted, entry.key};
}

FleetChange FleetState::applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when)
{
    const QString key = device.displayLabel();
    if (key.isEmpty())
        return {};
    bool inserted = false;
    const int row = rowFor(key, device, &inserted);
    DeviceFleetEntry &entry = m_entries[size_t(row)];
    Track &track = m_tracks[size_t(row)];
    const QDateTime time = status.lastStatusTime.value_or(when);
    StatusInput in;
    in.stamp = Stamp{time.toMSecsSinceEpoch(), 0x100c0b};
    in.roaming = status.roaming;
    in.country = status.countryCode;
    count(entry, -1);
    const bool changed = applyStatus(track, in) || inserted;
    if (changed)
        materialize(entry, track);
    count(entry, +1);
    if (!changed)
        return {};
    return {row, inserted, entry.key};
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
