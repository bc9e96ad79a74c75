#include "simdevice.h"

#include "datetime.h"

#include <QHostAddress>

namespace roamdesk::sim {

QString SimDevice::positionText() const
{
    return currentMcc == 0 ? QStringLiteral("home") : QString::number(currentMcc);
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
    switch (status) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("IDENTIFIER_NOT_FOUND");
    case 409:
        return QStringLiteral("CONFLICT");
    case 422:
        return QStringLiteral("SERVICE_NOT_APPLICABLE");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 500:
        return QStringLiteral("INTERNAL");
    case 501:
        return QStringLiteral("NOT_IMPLEMENTED");
    case 502:
        return QStringLiteral("BAD_GATEWAY");
    case 503:
        return QStringLiteral("UNAVAILABLE");
    case 504:
        return QStringLiteral("TIMEOUT");
    default:
        return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("INVALID_ARGUMENT");
    }
}

QString fixedErrorMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Client specified an invalid argument, request body or query param.");
    case 404:
        return QStringLiteral("The phone number provided is not associated with a customer account");
    case 422:
        return QStringLiteral("The service is not available for the provided identifier.");
    case 429:
        return QStringLiteral("Rate limit reached.");
    case 500:
        return QStringLiteral("Server error");
    case 502:
        return QStringLiteral("An upstream server answered with an invalid response.");
    case 503:
        return QStringLiteral("Network issue");
    case 504:
        return QStringLiteral("Request timeout exceeded.");
    default:
        return QStringLiteral("The simulated device answers HTTP %1.").arg(status);
    }
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
