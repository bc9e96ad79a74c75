#pragma once

// What both SQL stores share about a stored row: the columns a record is read from, how optional values bind,
// and the country a roaming-on row is shown with.

#include "models/notificationlogsource.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace roamdesk::storerecord {

inline constexpr char RecordColumns[] =
    "seq, received_ms, event_ms, type, source, event_id, subscription_id, device, roaming, "
    "country_code, country_name, termination_reason, validity, known_country_code, "
    "known_country_name";
inline constexpr int RawColumn = 15; // after RecordColumns

QVariant optionalValue(const std::optional<qint64> &value);
/// NOT NULL text columns: a null QString would bind as SQL NULL.
QString nonNull(const QString &value);
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
/// The record from a row selected as RecordColumns (then the raw JSON when `withRaw`).
NotificationLogRecord recordFrom(const QSqlQuery &query, bool withRaw);

/// A roaming-on without a country: the store can tell where the device was last seen roaming.
bool needsKnownCountry(const NotificationLogRecord &record);
/// Gives a roaming-on `record` the country of the device's `previous` record if it was roaming there.
bool setKnownCountry(NotificationLogRecord *record, const NotificationLogRecord &previous);

} // namespace roamdesk::storerecord
