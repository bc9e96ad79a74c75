#include "app/simulator/requestbody.h"

#include "models/strictjson.h"

#include <QJsonDocument>

namespace roamdesk::sim {

namespace {

const QString InvalidArgument = QStringLiteral("INVALID_ARGUMENT");

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

} // namespace

std::optional<QJsonObject> readBodyObject(const QByteArray &body, ApiRefusal *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        // A member named twice, a raw control character or an unpaired surrogate: QJsonDocument would pick
        // one reading; the client may have meant another.
        if (const std::optional<QString> violation = strictjson::findViolation(body)) {
            *refusal = ApiRefusal{
                400, InvalidArgument, QStringLiteral("The request body is not valid JSON: %1.").arg(*violation)};
            return std::nullopt;
        }
        return document.object();
    }
    *refusal = ApiRefusal{400, InvalidArgument,
        parseError.error != QJsonParseError::NoError
            ? QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("The request body must be a JSON object.")};
    return std::nullopt;
}

bool readDevice(const QJsonValue &value, const QString &path, std::optional<Device> *device, QString *message)
{
    if (!present(value))
        return true;
    if (!value.isObject()) {
        *message = QStringLiteral("%1 must be an object.").arg(path);
        return false;
    }
    FieldErrors errors;
    const auto decoded = Device::fromJson(value, &errors, path);
    if (!decoded || !errors.isEmpty()) {
        *message = errors.isEmpty() ? QStringLiteral("%1 is not a valid device.").arg(path) : formatFieldErrors(errors);
        return false;
    }
    if (decoded->isEmpty()) {
        *message = QStringLiteral("%1 must contain at least one identifier (phoneNumber, networkAccessIdentifier, "
                                  "ipv4Address or ipv6Address).")
                       .arg(path);
        return false;
    }
    const FieldErrors invalid = decoded->validate();
    if (!invalid.isEmpty()) {
        *message = formatFieldErrors(prefixFieldErrors(invalid, path));
        return false;
    }
    *device = decoded;
    return true;
}

} // namespace roamdesk::sim
