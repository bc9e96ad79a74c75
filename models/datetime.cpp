#include "models/datetime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace roamdesk::rfc3339 {

namespace {

/// QTimeZone::utc() builds the zone from its name on each call (Qt 6.4): kept once.
const QTimeZone &utcZone()
{
    static const QTimeZone utc = QTimeZone::utc();
    return utc;
}

} // namespace

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
    const QDateTime result = QDateTime(date, time, utcZone()).addSecs(-offsetSeconds);
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

/// parse() without its regular expression, for the one shape senders use
/// (YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)): the same grammar and the same QDateTime. nullopt means "not sure";
/// the caller then asks rfc3339::parse (through JsonReader, for its error). The receiver parses one per request.
std::optional<QDateTime> parseCommonShape(QStringView text)
{
    const qsizetype size = text.size();
    const auto digit = [&](qsizetype i) { return i < size && text[i] >= u'0' && text[i] <= u'9'; };
    const auto number = [&](qsizetype at, int count) {
        int value = 0;
        for (int i = 0; i < count; ++i)
            value = value * 10 + (text[at + i].unicode() - u'0');
        return value;
    };
    const auto digits = [&](qsizetype at, int count) {
        for (int i = 0; i < count; ++i) {
            if (!digit(at + i))
                return false;
        }
        return true;
    };
    const auto is = [&](qsizetype i, char16_t c) { return i < size && text[i] == c; };
    if (!digits(0, 4) || !is(4, u'-') || !digits(5, 2) || !is(7, u'-') || !digits(8, 2)
        || !(is(10, u'T') || is(10, u't')) || !digits(11, 2) || !is(13, u':') || !digits(14, 2) || !is(16, u':')
        || !digits(17, 2))
        return std::nullopt;
    qsizetype at = 19;
    int millis = 0;
    if (is(at, u'.')) {
        ++at;
        const qsizetype start = at;
        while (digit(at))
            ++at;
        if (at == start)
            return std::nullopt;
        // As fraction.left(3).leftJustified(3, '0'): the first three digits, padded on the right.
        for (int i = 0; i < 3; ++i)
            millis = millis * 10 + (start + i < at ? text[start + i].unicode() - u'0' : 0);
    }
    int offsetSeconds = 0;
    if (is(at, u'Z') || is(at, u'z')) {
        ++at;
    } else if ((is(at, u'+') || is(at, u'-')) && digits(at + 1, 2) && is(at + 3, u':') && digits(at + 4, 2)) {
        const int offsetHours = number(at + 1, 2);
        const int offsetMinutes = number(at + 4, 2);
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[at] == u'-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != size)
        return std::nullopt;
    int second = number(17, 2);
    if (second == 60) { // a leap second: clamped as rfc3339::parse does
        second = 59;
        millis = 999;
    }
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime result = QDateTime(date, time, utcZone()).addSecs(-offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

} // namespace roamdesk::rfc3339
