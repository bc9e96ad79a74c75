#pragma once

#include "models/device.h"
#include "models/eventtype.h"
#include "models/fielderror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// sinkCredential. The strings are kept as received so a server can answer the spec's precise codes
/// (INVALID_CREDENTIAL when credentialType != ACCESSTOKEN, INVALID_TOKEN when accessTokenType != bearer).
struct SinkCredential
{
    QString credentialType = QStringLiteral("ACCESSTOKEN");
    QString accessToken;
    std::optional<QDateTime> accessTokenExpiresUtc;
    QString accessTokenType = QStringLiteral("bearer");

    /// Longest token accepted: larger ones do not fit the header limits of common servers.
    static constexpr int MaxAccessTokenLength = 4096;

    bool operator==(const SinkCredential &other) const;
    /// The token travels as "Authorization: Bearer <token>", so it must be an RFC 6750 b64token: letters,
    /// digits and - . _ ~ + / followed by optional '=' padding, at most MaxAccessTokenLength characters.
    /// Anything else (a CR or LF above all) could end the header and smuggle others after it.
    static bool isValidAccessToken(QStringView token);
    QJsonObject toJson() const;
    static std::optional<SinkCredential> fromJson(
        const QJsonValue &value, FieldErrors *errors, const QString &path = QStringLiteral("sinkCredential"));
    /// As fromJson, but what decodes is kept whatever else fails: nullopt only when absent, null or not an object.
    static std::optional<SinkCredential> decodePartial(
        const QJsonValue &value, FieldErrors *errors, const QString &path = QStringLiteral("sinkCredential"));
};

/// config of a subscription request / response. Optional members may arrive as JSON null.
struct SubscriptionConfig
{
    std::optional<Device> device; // config.subscriptionDetail.device
    std::optional<QDateTime> subscriptionExpireTime;
    std::optional<int> subscriptionMaxEvents;
    std::optional<bool> initialEvent;

    bool operator==(const SubscriptionConfig &other) const;
    QJsonObject toJson() const;
    static std::optional<SubscriptionConfig> fromJson(
        const QJsonValue &value, FieldErrors *errors, const QString &path = QStringLiteral("config"));
    /// As fromJson, but what decodes is kept whatever else fails (a default config when `value` is no object).
    static SubscriptionConfig decodePartial(
        const QJsonValue &value, FieldErrors *errors, const QString &path = QStringLiteral("config"));
};

/// The body of POST …/subscriptions.
struct SubscriptionRequest
{
    QString protocol = QStringLiteral("HTTP");
    QString sink;
    QStringList types; // wire names as given (full names when built by RoamDesk)
    std::optional<SinkCredential> sinkCredential;
    SubscriptionConfig config;

    bool operator==(const SubscriptionRequest &other) const;

    /// As the Network as Code SDK sends it: sinkCredential, subscriptionExpireTime and
    /// subscriptionMaxEvents only when set; initialEvent whenever set.
    QJsonObject toJson() const;
    /// Structural decoding: required members (protocol, sink, types, config) and their JSON types.
    static std::optional<SubscriptionRequest> fromJson(const QJsonObject &object, FieldErrors *errors);
    /// As fromJson, with the same errors, but every member that decodes is kept whatever else fails: for a server
    /// that validates it too and answers the first failing member by its own precedence.
    static SubscriptionRequest decodePartial(const QJsonObject &object, FieldErrors *errors);

    /// Client-side checks before sending: sink is an absolute http(s) URL, exactly one known
    /// subscribable type, protocol HTTP, the device valid, max events >= 1, expire time after `now`,
    /// a credential with a well-formed token (SinkCredential::isValidAccessToken), bearer type and an expiry.
    FieldErrors validate(const QDateTime &now) const;
};

enum class SubscriptionStatus { ActivationRequested, Active, Expired, Inactive, Deleted };

namespace subscriptionstatus {
QString toWire(SubscriptionStatus status); // "ACTIVATION_REQUESTED", …
std::optional<SubscriptionStatus> fromWire(const QString &text);
} // namespace subscriptionstatus

/// A subscription as the API returns it (201 of create, GET one, elements of GET list).
struct Subscription
{
    QString id;
    QString protocol = QStringLiteral("HTTP");
    QString sink;
    QStringList types;
    SubscriptionConfig config;
    std::optional<SinkCredential> sinkCredential; // v0.8 may echo it; never shown unmasked
    std::optional<QDateTime> startsAt;
    std::optional<QDateTime> expiresAt;
    std::optional<SubscriptionStatus> status;

    bool operator==(const Subscription &other) const;

    QJsonObject toJson() const;
    /// Requires id, sink, protocol, types, config; tolerates nulls in optional members.
    static std::optional<Subscription> fromJson(const QJsonObject &object, FieldErrors *errors);
    /// A bare JSON array of subscriptions (GET …/subscriptions).
    static std::optional<QList<Subscription>> listFromJson(const QJsonArray &array, FieldErrors *errors);
};

} // namespace roamdesk
