#pragma once

// What every endpoint reads from a request body: the JSON object itself and a `device`.

#include "models/device.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace roamdesk::sim {

/// A CAMARA error answer.
struct ApiRefusal
{
    int status = 400;
    QString code;
    QString message;
};

/// The body as a JSON object; nullopt with a 400 INVALID_ARGUMENT naming the JSON error otherwise.
std::optional<QJsonObject> readBodyObject(const QByteArray &body, ApiRefusal *refusal);

/// Decodes and validates the `device` at `path` (absent or null: no device). False and `message` on a 400.
bool readDevice(const QJsonValue &value, const QString &path, std::optional<Device> *device, QString *message);

} // namespace roamdesk::sim
