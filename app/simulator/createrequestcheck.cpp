#include "app/simulator/createrequestcheck.h"

#include "models/eventtype.h"
#include "models/subscription.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <cmath>

namespace roamdesk::sim {

namespace {

constexpr double MaxEvents = 1e9;

/// Where a field error was found: the models' structural decoding, their validation (the client's own checks
/// before sending), or the simulator's rules on top of both.
enum class Source { Decode, Validate, Simulator, Any };

/// Which error paths a rule covers: the member itself, also its array elements ("types[1]"), or everything below.
enum class Reach { Member, Elements, Subtree };

struct FieldRule
{
    const char *path;
    Reach reach;
    Source source;
    int status;
    const char *code;
};

constexpr char InvalidArgument[] = "INVALID_ARGUMENT";
constexpr char InvalidSink[] = "INVALID_SINK";

/// The first rule with an error decides the answer, so the order is the precedence the simulator has always
/// applied: protocol, sink, types, config, sinkCredential, and the device last. Within a member a structural
/// error comes before a semantic one.
constexpr FieldRule Rules[] = {
    {"protocol", Reach::Member, Source::Decode, 400, InvalidArgument},
    {"protocol", Reach::Member, Source::Validate, 400, "INVALID_PROTOCOL"},
    {"sink", Reach::Member, Source::Any, 400, InvalidSink},
    {"types", Reach::Elements, Source::Decode, 400, InvalidArgument},
    {"types", Reach::Elements, Source::Simulator, 400, InvalidArgument}, // empty, or not a subscribable wire name
    {"types", Reach::Member, Source::Validate, 422, "MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED"}, // what is left: several
    {"config", Reach::Member, Source::Decode, 400, InvalidArgument},
    {"config.subscriptionDetail", Reach::Member, Source::Decode, 400, InvalidArgument},
    {"config.subscriptionExpireTime", Reach::Member, Source::Any, 400, InvalidArgument},
    {"config.subscriptionMaxEvents", Reach::Member, Source::Simulator, 400, "OUT_OF_RANGE"}, // any integer outside
    {"config.subscriptionMaxEvents", Reach::Member, Source::Any, 400, InvalidArgument}, // not an integer
    {"config.initialEvent", Reach::Member, Source::Any, 400, InvalidArgument},
    {"sinkCredential", Reach::Member, Source::Decode, 400, InvalidArgument},
    {"sinkCredential.credentialType", Reach::Member, Source::Any, 400, "INVALID_CREDENTIAL"},
    {"sinkCredential.accessTokenType", Reach::Member, Source::Any, 400, "INVALID_TOKEN"},
    {"sinkCredential.accessToken", Reach::Member, Source::Any, 400, InvalidArgument},
    {"sinkCredential.accessTokenExpiresUtc", Reach::Member, Source::Any, 400, InvalidArgument},
    {"config.subscriptionDetail.device", Reach::Subtree, Source::Any, 400, InvalidArgument},
};

bool covers(const FieldRule &rule, const QString &path)
{
    const QLatin1String member(rule.path);
    if (path == member)
        return true;
    if (rule.reach == Reach::Member || !path.startsWith(member) || path.size() == member.size())
        return false;
    const QChar next = path.at(member.size());
    return next == QLatin1Char('[') || (rule.reach == Reach::Subtree && next == QLatin1Char('.'));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// What the simulator checks beyond SubscriptionRequest::validate, as whole sentences.
FieldErrors simulatorRules(const SubscriptionRequest &request, const QJsonObject &body, const CreateContext &context)
{
    FieldErrors errors;
    const QString sinkPath = QStringLiteral("sink");
    const QUrl sink(request.sink, QUrl::StrictMode);
    if (context.version == ApiVersion::V0_8 && sink.scheme() != QLatin1String("https")
        && !isLoopbackHost(sink.host())) {
        errors << FieldError{sinkPath,
            QStringLiteral("sink not valid for the specified protocol: v0.8 requires https (http only to loopback).")};
    } else if (const QString refused = context.sinks.refusal(sink); !refused.isEmpty()) {
        errors << FieldError{sinkPath, refused};
    }

    // On the wire only the full names are valid; the short names are a convenience for people.
    if (request.types.isEmpty())
        errors << FieldError{
            QStringLiteral("types"), QStringLiteral("types is required: an array with one event type.")};
    for (qsizetype i = 0; i < request.types.size(); ++i) {
        const QString &name = request.types.at(i);
        const std::optional<EventType> type = eventtype::fromString(name);
        if (!type || !eventtype::isSubscribable(*type) || eventtype::toWire(*type) != name) {
            errors << FieldError{QStringLiteral("types[%1]").arg(i),
                QStringLiteral("types: \"%1\" is not a roaming event type (e.g. %2).")
                    .arg(name.left(120), eventtype::toWire(EventType::RoamingStatus))};
        }
    }

    // A whole number outside 1..10^9, also one beyond an int (the models call that "not an integer"); past what a
    // 64-bit integer holds it stays "not an integer".
    const QJsonValue maxEvents =
        body.value(QStringLiteral("config")).toObject().value(QStringLiteral("subscriptionMaxEvents"));
    const double number = maxEvents.toDouble();
    const bool whole = maxEvents.isDouble() && std::floor(number) == number && std::fabs(number) < 0x1p63;
    if (whole && (number < 1 || number > MaxEvents)) {
        errors << FieldError{QStringLiteral("config.subscriptionMaxEvents"),
            QStringLiteral("config.subscriptionMaxEvents must be from 1 to %1.").arg(qint64(MaxEvents))};
    }
    return errors;
}

/// The simulator has always taken a config without subscriptionDetail (the spec requires one) as a config without
/// a device: a 3-legged token needs none, and a 2-legged caller is then told MISSING_IDENTIFIER.
QJsonObject withSubscriptionDetail(QJsonObject body)
{
    QJsonObject config = body.value(QStringLiteral("config")).toObject();
    const QJsonValue detail = config.value(QStringLiteral("subscriptionDetail"));
    if (body.value(QStringLiteral("config")).isObject() && (detail.isUndefined() || detail.isNull())) {
        config.insert(QStringLiteral("subscriptionDetail"), QJsonObject());
        body.insert(QStringLiteral("config"), config);
    }
    return body;
}

/// The answer for the first rule any error falls under; nullopt when there is no error.
std::optional<ApiRefusal> firstRefusal(
    const FieldErrors &decoded, const FieldErrors &validated, const FieldErrors &simulated, ApiVersion version)
{
    const std::pair<Source, const FieldErrors *> sources[] = {
        {Source::Decode, &decoded}, {Source::Validate, &validated}, {Source::Simulator, &simulated}};
    for (const FieldRule &rule : Rules) {
        for (const auto &[source, errors] : sources) {
            if (rule.source != Source::Any && rule.source != source)
                continue;
            FieldErrors matched;
            for (const FieldError &error : *errors) {
                if (covers(rule, error.path))
                    matched << error;
            }
            if (matched.isEmpty())
                continue;
            QString code = QLatin1String(rule.code);
            if (code == QLatin1String(InvalidSink) && version == ApiVersion::V0_7)
                code = QLatin1String(InvalidArgument);
            QStringList sentences;
            for (const FieldError &error : matched)
                sentences << error.message;
            // The simulator's rules speak in whole sentences; the models' messages need their path in front.
            return ApiRefusal{rule.status, code,
                source == Source::Simulator ? sentences.join(QLatin1Char(' ')) : formatFieldErrors(matched)};
        }
    }
    // Every path the models report has its rule above; anything new still gets an answer.
    FieldErrors all = decoded;
    all << validated << simulated;
    if (all.isEmpty())
        return std::nullopt;
    return ApiRefusal{400, QLatin1String(InvalidArgument), formatFieldErrors(all)};
}

} // namespace

std::optional<CreateRequest> checkCreateRequest(
    const QByteArray &body, const CreateContext &context, ApiRefusal *refusal)
{
    const std::optional<QJsonObject> object = readBodyObject(body, refusal);
    if (!object)
        return std::nullopt;
    const QJsonObject normalized = withSubscriptionDetail(*object);
    FieldErrors decoded;
    const SubscriptionRequest request = SubscriptionRequest::decodePartial(normalized, &decoded);
    const FieldErrors validated = request.validate(context.now);
    const FieldErrors simulated = simulatorRules(request, normalized, context);
    if (std::optional<ApiRefusal> refused = firstRefusal(decoded, validated, simulated, context.version)) {
        *refusal = *refused;
        return std::nullopt;
    }

    CreateRequest created;
    SimSubscription &subscription = created.subscription;
    subscription.version = context.version;
    subscription.pathPrefix = context.pathPrefix;
    subscription.sink = QUrl(request.sink, QUrl::StrictMode).toString();
    subscription.type = *eventtype::fromString(request.types.first());
    subscription.expireTime = request.config.subscriptionExpireTime;
    subscription.maxEvents = request.config.subscriptionMaxEvents;
    subscription.initialEvent = request.config.initialEvent;
    subscription.sinkCredential = request.sinkCredential;
    created.device = request.config.device;
    return created;
}

} // namespace roamdesk::sim
