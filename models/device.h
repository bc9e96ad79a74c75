#pragma once

#include "models/fielderror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace roamdesk {

/// CAMARA DeviceIpv4Address: anyOf {publicAddress + privateAddress} or {publicAddress + publicPort}.
struct Ipv4Address
{
    QString publicAddress;
    QString privateAddress;
    std::optional<int> publicPort;

    bool operator==(const Ipv4Address &other) const;
    bool operator!=(const Ipv4Address &other) const { return !(*this == other); }
};

/// The CAMARA Device object: at least one identifier; several must name the same device.
/// Empty strings / nullopt mean "absent"; absent fields are omitted from JSON.
struct Device
{
    QString phoneNumber;
    QString networkAccessIdentifier;
    std::optional<Ipv4Address> ipv4Address;
    QString ipv6Address;

    bool isEmpty() const;
    bool operator==(const Device &other) const;
    bool operator!=(const Device &other) const { return !(*this == other); }

    /// Spec validation. Paths are relative to the device object: "phoneNumber",
    /// "ipv4Address.publicAddress", "ipv4Address.publicPort", "ipv4Address", "ipv6Address", "" (no identifier).
    FieldErrors validate() const;
    /// validate() plus what a person typing an identifier should be told: a network access identifier has
    /// the user@realm shape. Not for what arrives on the wire: the spec gives that shape in words only, and
    /// a sender's identifier is stored as sent.
    FieldErrors validateInput() const;

    QJsonObject toJson() const;

    /// Structural decoding (types, nulls tolerated as absent). Wrong types are reported in `errors`
    /// with paths prefixed by `path`; returns nullopt when `value` is not an object.
    /// Does not run validate(): a decoded device may still be invalid.
    static std::optional<Device> fromJson(
        const QJsonValue &value, FieldErrors *errors, const QString &path = QStringLiteral("device"));

    /// A short human label: the phone number, else NAI, else "public[:port]" or "public (private)", else IPv6.
    QString displayLabel() const;

    static bool isValidPhoneNumber(const QString &phoneNumber); // ^\+[1-9][0-9]{4,14}$
    static bool isValidNai(const QString &nai); // user@realm (GPSI External Identifier), no spaces
    static bool isValidIpv4(const QString &address); // dotted quad, no leading zeros
    static bool isValidIpv6(const QString &address); // RFC 4291 text forms, no zone id
    static bool isValidPort(int port); // 0..65535
};

} // namespace roamdesk
