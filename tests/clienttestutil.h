#pragma once

// Helpers shared by the RoamingClient tests (loopback fixtures and the embedded simulator).

#include "app/client/apicall.h"
#include "models/device.h"

#include <QSignalSpy>
#include <QTest>

namespace clienttest {

constexpr int Wait = 15000; // generous QTRY timeout

inline roamdesk::Device phone(const QString &number)
{
    roamdesk::Device device;
    device.phoneNumber = number;
    return device;
}

/// Waits (QTRY, up to Wait) until `call` has finished; returns it for chaining. A timeout fails the current test.
inline roamdesk::api::ApiCall *waitFor(roamdesk::api::ApiCall *call)
{
    if (!call->isFinished()) {
        QSignalSpy spy(call, &roamdesk::api::ApiCall::finished);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, Wait); }();
    }
    return call;
}

} // namespace clienttest
