// Fuzz entry point for the simulator's create-subscription body (checkCreateRequest), shared by the libFuzzer
// binary (fuzz/simcreate.cmake, clang) and the standalone smoke driver every build runs (tests/simulator.cmake).
// Besides "no crash, no sanitizer report" it checks the parser's contract: a refusal carries a CAMARA status,
// code and message; what it accepts is safe to deliver to (no link-local or metadata sink, no user:password@,
// a token that cannot break its header line) and parses again to the same subscription from its own API form.
#include "app/simulator/createrequestcheck.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace roamdesk;
using namespace roamdesk::sim;

namespace {

[[noreturn]] void violated(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "checkCreateRequest contract violated: %s\ninput (%lld bytes): %s\n", what,
        static_cast<long long>(input.size()), input.toPercentEncoding(" {}[]\":,.-+/").constData());
    std::abort();
}

/// Wider than the default so accepted sinks reach past loopback: everything but what must never pass.
SinkPolicy permissivePolicy()
{
    SinkPolicy policy;
    policy.allow(SinkRule{QStringLiteral("0.0.0.0/0")});
    policy.allow(SinkRule{QStringLiteral("::/0")});
    policy.allow(SinkRule{QStringLiteral("hooks.example.net"), 443});
    return policy;
}

bool isHeaderSafe(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return !token.isEmpty();
}

void checkAccepted(const CreateRequest &request, const CreateContext &context, const QByteArray &input)
{
    const SimSubscription &subscription = request.subscription;
    const QUrl sink(subscription.sink);
    if (!sink.isValid() || !sink.userInfo().isEmpty())
        violated("accepted a sink that is not a plain URL", input);
    // Qt's own classification, independent of SinkPolicy's tables.
    QHostAddress host;
    if (host.setAddress(sink.host()) && host.isLinkLocal())
        violated("accepted a link-local sink", input);
    if (!context.sinks.refusal(sink).isEmpty())
        violated("accepted a sink its policy refuses", input);
    if (!eventtype::isSubscribable(subscription.type))
        violated("accepted a type that is not subscribable", input);
    if ((subscription.maxEvents && *subscription.maxEvents < 1)
        || (subscription.expireTime && *subscription.expireTime <= context.now))
        violated("accepted an out-of-range config", input);
    if (subscription.sinkCredential
        && (!isHeaderSafe(subscription.sinkCredential->accessToken)
            || !subscription.sinkCredential->accessTokenExpiresUtc
            || *subscription.sinkCredential->accessTokenExpiresUtc <= context.now))
        violated("accepted a sink credential that is unsafe or expired", input);
    if (request.device && (request.device->isEmpty() || !request.device->validate().isEmpty()))
        violated("accepted an invalid device", input);

    // The API form of what was accepted (plus the credential, which it never echoes) is accepted as the same.
    SimSubscription echoed = subscription;
    echoed.requestDevice = request.device;
    Subscription api = echoed.toSubscription();
    api.sinkCredential = subscription.sinkCredential;
    const QJsonObject body = api.toJson();
    ApiRefusal refusal;
    const std::optional<CreateRequest> again =
        checkCreateRequest(QJsonDocument(body).toJson(QJsonDocument::Compact), context, &refusal);
    if (!again)
        violated("its own API form is refused", input);
    const SimSubscription &second = again->subscription;
    if (second.sink != subscription.sink || second.type != subscription.type
        || second.expireTime != subscription.expireTime || second.maxEvents != subscription.maxEvents
        || second.initialEvent != subscription.initialEvent || !(second.sinkCredential == subscription.sinkCredential)
        || !(again->device == request.device))
        violated("the round trip changed the subscription", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) // the connection guard never lets a larger body through
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    static const SinkPolicy policy = permissivePolicy();
    for (const ApiVersion version : {ApiVersion::V0_7, ApiVersion::V0_8}) {
        const CreateContext context{version, QStringLiteral("/device-status"), now, policy};
        ApiRefusal refusal;
        const std::optional<CreateRequest> request = checkCreateRequest(input, context, &refusal);
        if (request) {
            checkAccepted(*request, context, input);
            continue;
        }
        if ((refusal.status != 400 && refusal.status != 422) || refusal.code.isEmpty() || refusal.message.isEmpty())
            violated("refused without a CAMARA status, code and message", input);
    }
    return 0;
}
