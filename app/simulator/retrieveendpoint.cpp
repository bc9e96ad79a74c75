#include "app/simulator/retrieveendpoint.h"

#include "app/simulator/requestbody.h"
#include "app/simulator/simulatednetwork.h"

#include <QJsonDocument>

namespace roamdesk::sim {

namespace {

/// The single identifier a v1.1 response echoes when the request named several.
Device echoedIdentifier(const Device &device)
{
    Device one;
    if (!device.phoneNumber.isEmpty())
        one.phoneNumber = device.phoneNumber;
    else if (!device.networkAccessIdentifier.isEmpty())
        one.networkAccessIdentifier = device.networkAccessIdentifier;
    else if (device.ipv4Address)
        one.ipv4Address = device.ipv4Address;
    else
        one.ipv6Address = device.ipv6Address;
    return one;
}

int identifierCount(const Device &device)
{
    return int(!device.phoneNumber.isEmpty()) + int(!device.networkAccessIdentifier.isEmpty())
        + int(device.ipv4Address.has_value()) + int(!device.ipv6Address.isEmpty());
}

QByteArray encode(const RoamingStatus &status)
{
    return QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray RetrieveEndpoint::statusBody(const QString &deviceKey)
{
    const auto cached = m_statusBodies.constFind(deviceKey);
    if (cached != m_statusBodies.cend())
        return *cached;
    const QByteArray body = encode(m_network->device(deviceKey)->roamingStatus());
    m_statusBodies.insert(deviceKey, body);
    return body;
}

void RetrieveEndpoint::retrieve(const ApiRequest &request)
{
    if (!request.caller.allows(QStringLiteral("device-roaming-status:read"))) {
        request.sendError(403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("The access token lacks the scope device-roaming-status:read."));
        return;
    }
    QJsonObject object;
    if (!request.http.body().trimmed().isEmpty()) {
        ApiRefusal refusal;
        const std::optional<QJsonObject> parsed = readBodyObject(request.http.body(), &refusal);
        if (!parsed) {
            request.sendError(refusal.status, refusal.code, refusal.message);
            return;
        }
        object = *parsed;
    }
    std::optional<Device> device;
    QString message;
    if (!readDevice(object.value(QStringLiteral("device")), QStringLiteral("device"), &device, &message)) {
        request.sendError(400, QStringLiteral("INVALID_ARGUMENT"), message);
        return;
    }
    const DeviceLookup target = resolveTarget(*m_network, request.caller, device, QStringLiteral("device"));
    if (!target.ok()) {
        request.sendError(target.status, target.code, target.message);
        return;
    }
    if (device && identifierCount(*device) > 1) {
        RoamingStatus answer = m_network->device(target.key)->roamingStatus();
        answer.device = echoedIdentifier(*device);
        request.sendJson(200, encode(answer));
        return;
    }
    request.sendJson(200, statusBody(target.key));
}

} // namespace roamdesk::sim
