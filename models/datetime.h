#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace roamdesk::rfc3339 {

/// Parses an RFC 3339 date-time: "2024-02-20T10:41:38.657Z", "2023-07-03T14:27:08.312+02:00",
/// any number of fractional digits (kept to milliseconds), lower-case 't'/'z' accepted.
/// A time without an offset is not RFC 3339 and yields nullopt, as does anything malformed.
std::optional<QDateTime> parse(const QString &text);

/// parse() for the one shape senders use, without a regular expression: nullopt means "not sure", and the
/// caller then asks parse(). The receiver parses one per request.
std::optional<QDateTime> parseCommonShape(QStringView text);

/// UTC with milliseconds and a 'Z': "2024-02-20T10:41:38.657Z".
QString format(const QDateTime &dateTime);

} // namespace roamdesk::rfc3339
