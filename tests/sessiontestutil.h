#pragma once

// A subscription request as the create dialog would send it: one event type for a phone number, a fresh
// bearer sink credential valid for a day. Shared by the session and window tests and the screenshot tool.

#include "app/session/apirequests.h"
#include "models/eventtype.h"
#include "models/subscription.h"

#include <QDateTime>

#include <optional>

namespace testsupport {

inline roamdesk::SubscriptionRequest subscriptionRequest(const QString &phone, roamdesk::EventType type,
    const QString &sink, std::optional<bool> initialEvent = std::nullopt, int maxEvents = 0)
{
    using namespace roamdesk;
    SubscriptionRequest r;
    r.sink = sink;
    r.types = {eventtype::toWire(type)};
    SinkCredential credential;
    credential.accessToken = ApiRequests::generateSinkToken();
    credential.accessTokenExpiresUtc = QDateTime::currentDateTimeUtc().addDays(1);
    r.sinkCredential = credential;
    Device device;
    device.phoneNumber = phone;
    r.config.device = device;
    r.config.initialEvent = initialEvent;
    if (maxEvents > 0)
        r.config.subscriptionMaxEvents = maxEvents;
    return r;
}

} // namespace testsupport
