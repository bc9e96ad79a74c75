#include "app/simulator/simdevice.h"

#include "models/apierror.h"
#include "models/countrytable.h"
#include "models/datetime.h"

#include <QHostAddress>

namespace roamdesk::sim {

QString SimDevice::positionText() const
{
    return currentMcc == 0 ? QStringLiteral("home") : QString::number(currentMcc);
}

RoamingStatus SimDevice::roamingStatus() const
{
    RoamingStatus status;
    status.roaming = roaming();
    if (status.roaming) {
        status.countryCode = currentMcc;
        status.countryName = CountryTable::instance().isoCodes(currentMcc);
    }
    status.lastStatusTime = lastStatusTime;
    return status;
}

QJsonObject SimDevice::toJson() const
{
    QJsonObject object{{QStringLiteral("key"), key}, {QStringLiteral("homeMcc"), homeMcc},
        {QStringLiteral("currentMcc"), currentMcc}, {QStringLiteral("identifiers"), identifiers.toJson()}};
    if (!label.isEmpty())
        object.insert(QStringLiteral("label"), label);
    if (fixedErrorStatus != 0)
        object.insert(QStringLiteral("fixedErrorStatus"), fixedErrorStatus);
    if (lastStatusTime.isValid())
        object.insert(QStringLiteral("lastStatusTime"), rfc3339::format(lastStatusTime));
    return object;
}

SimDevice SimDevice::fromJson(const QJsonObject &object)
{
    SimDevice device;
    device.key = object.value(QStringLiteral("key")).toString();
    device.label = object.value(QStringLiteral("label")).toString();
    device.homeMcc = object.value(QStringLiteral("homeMcc")).toInt();
    device.currentMcc = object.value(QStringLiteral("currentMcc")).toInt();
    device.fixedErrorStatus = object.value(QStringLiteral("fixedErrorStatus")).toInt();
    FieldErrors errors;
    if (const auto identifiers = Device::fromJson(object.value(QStringLiteral("identifiers")), &errors))
        device.identifiers = *identifiers;
    if (const auto time = rfc3339::parse(object.value(QStringLiteral("lastStatusTime")).toString()))
        device.lastStatusTime = *time;
    return device;
}

QString fixedErrorCode(int status)
{
    // The seed's 404 and 422 numbers are about the device, not the resource.
    if (status == 404)
        return QStringLiteral("IDENTIFIER_NOT_FOUND");
    if (status == 422)
        return QStringLiteral("SERVICE_NOT_APPLICABLE");
    return ApiError::defaultCode(status);
}

QString fixedErrorMessage(int status)
{
    const QString message = ApiError::defaultMessage(fixedErrorCode(status));
    return message.isEmpty() ? QStringLiteral("The simulated device answers HTTP %1.").arg(status) : message;
}

bool ipv4Matches(const Ipv4Address &requested, const Ipv4Address &known)
{
    if (requested.publicAddress != known.publicAddress)
        return false;
    if (!requested.privateAddress.isEmpty() && requested.privateAddress != known.privateAddress)
        return false;
    if (requested.publicPort && known.publicPort && *requested.publicPort != *known.publicPort)
        return false;
    return true;
}

bool ipv6Equal(const QString &a, const QString &b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress left(a);
    const QHostAddress right(b);
    return !left.isNull() && left == right;
}

} // namespace roamdesk::sim
