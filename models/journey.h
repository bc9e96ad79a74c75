#pragma once

#include "models/notificationlogsource.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// One stretch of a device's journey: where it was and whether it was roaming there.
struct JourneySegment
{
    std::optional<int> countryCode; // MCC; nullopt when the events did not say (roaming-on alone)
    QStringList countryNames; // ISO 3166 alpha-2 of the MCC (several for 340, none for 901)
    bool roaming = false;
    QDateTime start; // event time of its first status (UTC)
    QDateTime end; // event time of the next differing status; null while open
    qint64 seconds = 0; // end - start; for the open segment, up to the `now` it was built with

    bool isOpen() const { return !end.isValid(); }
    bool operator==(const JourneySegment &other) const;
};

/// Time spent in one country over a window.
struct CountryDwell
{
    std::optional<int> countryCode;
    QStringList countryNames;
    qint64 seconds = 0;
    bool atHome = false; // no country said while not roaming: the home network, wherever that is
};

/// A device's journey from its stored notifications: statuses in event-time order (the CloudEvent `time`,
/// else the arrival time), duplicates (same source and id) once, consecutive equal states merged. The
/// merging follows FleetState: a status without a country continues a stretch of the same roaming state,
/// roaming-change-country always starts one, at home without a country is the known home country.
/// Lifecycle events (subscription-ends, …) do not end a segment.
namespace journey {

/// One roaming status as the journey and the fleet compare them.
struct StatusPoint
{
    bool roaming = false;
    std::optional<int> country; // nullopt: the event does not say (roaming-on, roaming-off)
    bool changeCountry = false; // a roaming-change-country: always a new segment unless already there

    /// The status a stored notification stands for; nullopt for lifecycle events.
    static std::optional<StatusPoint> of(const NotificationLogRecord &record);
};

/// The segmentation rule, walked over statuses in event-time order: FleetState and build() share it so the
/// fleet's current state is always the journey's open segment.
struct Walker
{
    bool open = false;
    bool roaming = false;
    std::optional<int> country; // the open segment's country once any of its statuses told it
    std::optional<int> home; // the newest at-home country so far

    /// Feeds the next status; true when it starts a new segment, false when it continues the open one.
    bool step(const StatusPoint &point);
};

/// `records` in any order (one device's). `now` bounds the open segment's seconds.
QList<JourneySegment> build(QList<NotificationLogRecord> records, const QDateTime &now);

/// Seconds per country inside [from, to) (the open segment runs to `to`), most time first; unknown
/// countries together under a nullopt code.
QList<CountryDwell> dwell(const QList<JourneySegment> &segments, const QDateTime &from, const QDateTime &to);

/// CSV with a header: countryCode,countryName,roaming,start,end,seconds (countryName "BL GF GP" style).
QByteArray toCsv(const QList<JourneySegment> &segments);
bool writeCsv(const QList<JourneySegment> &segments, QIODevice *device);

} // namespace journey
} // namespace roamdesk
