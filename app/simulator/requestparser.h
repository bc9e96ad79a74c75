#pragma once

// Decoding of request bodies the simulator accepts, apart from the HTTP plumbing so it can be fuzzed alone.

#include "device.h"
#include "simsubscription.h"
#include "sinkpolicy.h"

#include <QByteArray>
#include <QDateTime>
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

/// What POST …/subscriptions asks for, everything the body alone decides checked.
struct CreateRequest
{
    SimSubscription subscription; // version, pathPrefix, sink, type, config and sinkCredential filled
    std::optional<Device> device; // config.subscriptionDetail.device
};

struct CreateContext
{
    ApiVersion version = ApiVersion::V0_7;
    QString pathPrefix;
    QDateTime now;
    SinkPolicy sinks;
};

/// Decodes the body of POST …/subscriptions with the spec's error codes (400 INVALID_ARGUMENT, INVALID_PROTOCOL,
/// INVALID_SINK, INVALID_CREDENTIAL, INVALID_TOKEN, OUT_OF_RANGE; 422 MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED).
/// A sink the policy refuses answers 400 INVALID_SINK on v0.8 and 400 INVALID_ARGUMENT on v0.7, as any bad sink.
std::optional<CreateRequest> parseCreateRequest(
    const QByteArray &body, const CreateContext &context, ApiRefusal *refusal);

} // namespace roamdesk::sim
