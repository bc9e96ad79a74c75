#include "datetime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace roamdesk::rfc3339 {

std::optional<QDateTime> parse(const QString &text)
{
    // RFC 3339 section 5.6 date-time. Lower-case 't'/'z' are allowed by the RFC; a space separator is not.
    static const QRegularExpression pattern(QStringLiteral(
        R"(\A(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))\z)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).toInt();
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    int second = match.captured(6).toInt();
    // A leap second (60) is legal RFC 3339 but QTime cannot hold it: clamp to :59.999.
    int millis = 0;
    const QString fraction = match.captured(7);
    if (!fraction.isEmpty())
        millis = fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    if (second == 60) {
        second = 59;
        millis = 999;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (match.captured(8).isEmpty()) {
        const int offsetHours = match.captured(10).toInt();
        const int offsetMinutes = match.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (match.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    // Build the wall time as if it were UTC, then shift by the offset: works the same on Qt 6.4..6.8+.
    const QDateTime result = QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

QString format(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace roamdesk::rfc3339
