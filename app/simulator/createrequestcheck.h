#pragma once

// The check of POST …/subscriptions bodies, apart from the HTTP plumbing so it can be fuzzed alone
// (fuzz/simcreate_fuzzer.cpp).

#include "app/simulator/requestbody.h"
#include "app/simulator/simsubscription.h"
#include "app/simulator/sinkpolicy.h"
#include "models/device.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace roamdesk::sim {

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

/// Decodes the body with SubscriptionRequest::decodePartial, validates it with SubscriptionRequest::validate and the
/// simulator's own rules (full wire type names, v0.8 https, the sink policy, at most 10^9 events), and answers the
/// first failing member with its CAMARA code: 400 INVALID_ARGUMENT, INVALID_PROTOCOL, INVALID_SINK (v0.8; v0.7 has
/// no such code and answers INVALID_ARGUMENT), INVALID_CREDENTIAL, INVALID_TOKEN, OUT_OF_RANGE; 422
/// MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED.
std::optional<CreateRequest> checkCreateRequest(
    const QByteArray &body, const CreateContext &context, ApiRefusal *refusal);

} // namespace roamdesk::sim
