#include "app/store/storerecords.h"

#include "models/countrytable.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace roamdesk::storerecord {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

NotificationLogRecord recordFrom(const QSqlQuery &query, bool withRaw)
{
    NotificationLogRecord record;
    record.seq = query.value(0).toLongLong();
    record.receivedMs = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        record.eventMs = query.value(2).toLongLong();
    record.type = eventtype::fromString(query.value(3).toString()).value_or(EventType::RoamingStatus);
    record.source = query.value(4).toString();
    record.eventId = query.value(5).toString();
    record.subscriptionId = query.value(6).toString();
    record.device = query.value(7).toString();
    if (!query.value(8).isNull())
        record.roaming = query.value(8).toInt() != 0;
    if (!query.value(9).isNull())
        record.countryCode = query.value(9).toInt();
    if (!query.value(10).isNull())
        record.countryNames = query.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.terminationReason = query.value(11).toString();
    record.validity = receiptvalidity::fromWire(query.value(12).toString()).value_or(ReceiptValidity::Unauthenticated);
    if (!query.value(13).isNull())
        record.knownCountryCode = query.value(13).toInt();
    record.knownCountryNames = query.value(14).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (withRaw)
        record.rawJson = query.value(RawColumn).toByteArray();
    return record;
}

bool needsKnownCountry(const NotificationLogRecord &record)
{
    return record.type == EventType::RoamingOn && !record.countryCode
        && record.countryNames.value_or(QStringList()).isEmpty() && !record.device.isEmpty();
}

bool setKnownCountry(NotificationLogRecord *record, const NotificationLogRecord &previous)
{
    // Only while the device stayed abroad: a roaming-off (or a roaming-status at home) since says nothing.
    if (!previous.roaming || !*previous.roaming)
        return false;
    QStringList names = previous.countryNames.value_or(QStringList());
    std::optional<int> code = previous.countryCode;
    if (names.isEmpty() && !code) {
        names = previous.knownCountryNames;
        code = previous.knownCountryCode;
    }
    if (names.isEmpty() && code)
        names = CountryTable::instance().isoCodes(*code);
    if (names.isEmpty() && !code)
        return false;
    record->knownCountryNames = names;
    record->knownCountryCode = code;
    return true;
}

} // namespace roamdesk::storerecord
