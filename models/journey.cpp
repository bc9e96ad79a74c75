#include "models/journey.h"

#include "models/countrytable.h"
#include "models/datetime.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace roamdesk {

bool JourneySegment::operator==(const JourneySegment &other) const
{
    return countryCode == other.countryCode && countryNames == other.countryNames && roaming == other.roaming
        && start == other.start && end == other.end && seconds == other.seconds;
}

namespace journey {

namespace {

qint64 timeOf(const NotificationLogRecord &record)
{
    return record.eventMs.value_or(record.receivedMs);
}

QStringList namesOf(const std::optional<int> &code)
{
    return code ? CountryTable::instance().isoCodes(*code) : QStringList();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

std::optional<StatusPoint> StatusPoint::of(const NotificationLogRecord &record)
{
    if (record.type != EventType::RoamingStatus && record.type != EventType::RoamingOn
        && record.type != EventType::RoamingOff && record.type != EventType::RoamingChangeCountry)
        return std::nullopt;
    StatusPoint point;
    point.roaming = record.roaming.value_or(record.type != EventType::RoamingOff);
    // roaming-on and roaming-off carry no country in CAMARA; a stored one is ignored the same way.
    if (record.type == EventType::RoamingStatus || record.type == EventType::RoamingChangeCountry)
        point.country = record.countryCode;
    point.changeCountry = record.type == EventType::RoamingChangeCountry;
    return point;
}

bool Walker::step(const StatusPoint &point)
{
    std::optional<int> pointCountry = point.country;
    if (!point.roaming && pointCountry)
        home = pointCountry;
    if (!point.roaming && !pointCountry)
        pointCountry = home; // at home, so in the home country if one is known
    if (open && roaming == point.roaming) {
        bool joins = true;
        if (pointCountry && country)
            joins = *pointCountry == *country;
        else if (pointCountry && point.changeCountry)
            joins = false; // a change into a country starts its own segment
        if (joins) {
            if (pointCountry && !country)
                country = pointCountry; // a later status tells where the segment was
            return false;
        }
    }
    open = true;
    roaming = point.roaming;
    country = pointCountry;
    return true;
}

QList<JourneySegment> build(QList<NotificationLogRecord> records, const QDateTime &now)
{
    std::sort(records.begin(), records.end(), [](const NotificationLogRecord &a, const NotificationLogRecord &b) {
        const qint64 ta = timeOf(a), tb = timeOf(b);
        if (ta != tb)
            return ta < tb;
        if (a.source != b.source)
            return a.source < b.source;
        if (a.eventId != b.eventId)
            return a.eventId < b.eventId;
        return a.seq < b.seq;
    });
    QList<JourneySegment> segments;
    QSet<QString> seen;
    Walker walker;
    for (const NotificationLogRecord &record : std::as_const(records)) {
        const std::optional<StatusPoint> point = StatusPoint::of(record);
        if (!point)
            continue;
        if (!record.eventId.isEmpty()) {
            const QString id = record.source + QLatin1Char('\n') + record.eventId;
            if (seen.contains(id))
                continue;
            seen.insert(id);
        }
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeOf(record), QTimeZone::utc());
        if (!walker.step(*point)) {
            JourneySegment &open = segments.last();
            if (walker.country != open.countryCode) {
                open.countryCode = walker.country;
                open.countryNames = namesOf(walker.country);
            }
            continue;
        }
        if (!segments.isEmpty()) {
            segments.last().end = time;
            segments.last().seconds = segments.last().start.secsTo(time);
        }
        JourneySegment segment;
        segment.roaming = walker.roaming;
        segment.countryCode = walker.country;
        segment.countryNames = namesOf(walker.country);
        segment.start = time;
        segments << segment;
    }
    if (!segments.isEmpty())
        segments.last().seconds = qMax<qint64>(0, segments.last().start.secsTo(now));
    return segments;
}

QList<CountryDwell> dwell(const QList<JourneySegment> &segments, const QDateTime &from, const QDateTime &to)
{
    QList<CountryDwell> result;
    for (const JourneySegment &segment : segments) {
        const QDateTime start = qMax(segment.start, from);
        const QDateTime end = segment.isOpen() ? to : qMin(segment.end, to);
        if (end <= start)
            continue;
        const qint64 seconds = start.secsTo(end);
        // A device at home says no country (CAMARA gives one only while roaming): that time is its own entry,
        // not "unknown" with a roaming-on that did not say where.
        const bool atHome = !segment.countryCode && !segment.roaming;
        auto it = std::find_if(result.begin(), result.end(), [&](const CountryDwell &dwell) {
            return dwell.countryCode == segment.countryCode && dwell.atHome == atHome;
        });
        if (it == result.end()) {
            result << CountryDwell{segment.countryCode, segment.countryNames, 0, atHome};
            it = result.end() - 1;
        }
        it->seconds += seconds;
    }
    std::stable_sort(result.begin(), result.end(),
        [](const CountryDwell &a, const CountryDwell &b) { return a.seconds > b.seconds; });
    return result;
}

QByteArray toCsv(const QList<JourneySegment> &segments)
{
    QString csv = QStringLiteral("countryCode,countryName,roaming,start,end,seconds\r\n");
    for (const JourneySegment &segment : segments) {
        const QStringList fields{
            segment.countryCode ? QString::number(*segment.countryCode) : QString(),
            segment.countryNames.join(QLatin1Char(' ')),
            segment.roaming ? QStringLiteral("true") : QStringLiteral("false"),
            rfc3339::format(segment.start),
            segment.isOpen() ? QString() : rfc3339::format(segment.end),
            QString::number(segment.seconds),
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

bool writeCsv(const QList<JourneySegment> &segments, QIODevice *device)
{
    const QByteArray csv = toCsv(segments);
    return device && device->write(csv) == csv.size();
}

} // namespace journey
} // namespace roamdesk
