#include "models/roamingstatus.h"

#include "models/datetime.h"
#include "models/jsonread.h"

#include <QJsonArray>

namespace roamdesk {

bool RoamingStatus::operator==(const RoamingStatus &other) const
{
    return roaming == other.roaming && countryCode == other.countryCode && countryName == other.countryName
        && lastStatusTime == other.lastStatusTime && device == other.device;
}

QJsonObject RoamingStatus::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("roaming"), roaming);
    if (countryCode)
        object.insert(QStringLiteral("countryCode"), *countryCode);
    if (countryName)
        object.insert(QStringLiteral("countryName"), QJsonArray::fromStringList(*countryName));
    if (lastStatusTime && lastStatusTime->isValid())
        object.insert(QStringLiteral("lastStatusTime"), rfc3339::format(*lastStatusTime));
    if (device)
        object.insert(QStringLiteral("device"), device->toJson());
    return object;
}

std::optional<RoamingStatus> RoamingStatus::fromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    const JsonReader reader(object, QString(), &local);
    RoamingStatus status;
    status.roaming = reader.boolean(QStringLiteral("roaming"), JsonReader::Required).value_or(false);
    status.countryCode = reader.integer(QStringLiteral("countryCode"));
    status.countryName = reader.stringList(QStringLiteral("countryName"));
    status.lastStatusTime = reader.dateTime(QStringLiteral("lastStatusTime"));
    status.device = Device::fromJson(object.value(QStringLiteral("device")), &local, QStringLiteral("device"));
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return status;
}

} // namespace roamdesk
