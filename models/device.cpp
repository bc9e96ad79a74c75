#include "models/device.h"

#include "models/jsonread.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace roamdesk {

namespace {

bool isHexGroup(QStringView group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (QChar c : group) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    }
    return true;
}

/// Counts the 16-bit groups of a colon-separated run; an IPv4 tail counts two. -1 when malformed.
int countGroups(const QString &run, bool ipv4AllowedAtEnd)
{
    if (run.isEmpty())
        return 0;
    const QStringList groups = run.split(QLatin1Char(':'));
    int count = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (i == groups.size() - 1 && ipv4AllowedAtEnd && group.contains(QLatin1Char('.'))) {
            if (!Device::isValidIpv4(group))
                return -1;
            count += 2;
        } else if (isHexGroup(group)) {
            ++count;
        } else {
            return -1;
        }
    }
    return count;
}

} // namespace

bool Ipv4Address::operator==(const Ipv4Address &other) const
{
    return publicAddress == other.publicAddress && privateAddress == other.privateAddress
        && publicPort == other.publicPort;
}

bool Device::isEmpty() const
{
    return phoneNumber.isEmpty() && networkAccessIdentifier.isEmpty() && !ipv4Address.has_value()
        && ipv6Address.isEmpty();
}

bool Device::operator==(const Device &other) const
{
    return phoneNumber == other.phoneNumber && networkAccessIdentifier == other.networkAccessIdentifier
        && ipv4Address == other.ipv4Address && ipv6Address == other.ipv6Address;
}

bool Device::isValidPhoneNumber(const QString &phoneNumber)
{
    // E.164: '+', a digit 1-9, then 4 to 14 digits (checked by hand: every notification's device passes here).
    const qsizetype size = phoneNumber.size();
    if (size < 6 || size > 16 || phoneNumber.at(0) != QLatin1Char('+') || phoneNumber.at(1) < QLatin1Char('1')
        || phoneNumber.at(1) > QLatin1Char('9'))
        return false;
    return std::all_of(phoneNumber.cbegin() + 2, phoneNumber.cend(),
        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool Device::isValidNai(const QString &nai)
{
    // The spec describes it as {Local Identifier}@{Domain Identifier}; it gives no pattern, so only the shape
    // is checked: one '@' with something on either side, and no white space.
    const qsizetype at = nai.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == nai.size() - 1 || nai.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    for (QChar c : nai) {
        if (c.isSpace())
            return false;
    }
    return true;
}

bool Device::isValidIpv4(const QString &address)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        // Leading zeros are ambiguous (octal in some parsers): format "ipv4" forbids them.
        if (part.size() > 1 && part.at(0) == QLatin1Char('0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool Device::isValidIpv6(const QString &address)
{
    if (address.isEmpty() || address.contains(QLatin1Char('%')))
        return false;
    const int doubleColon = address.indexOf(QStringLiteral("::"));
    if (doubleColon < 0)
        return countGroups(address, true) == 8;
    if (address.indexOf(QStringLiteral("::"), doubleColon + 1) >= 0)
        return false; // "::" at most once
    const QString head = address.left(doubleColon);
    const QString tail = address.mid(doubleColon + 2);
    const int headGroups = countGroups(head, false);
    const int tailGroups = countGroups(tail, true);
    if (headGroups < 0 || tailGroups < 0)
        return false;
    // "::" stands for at least one group of zeros (RFC 4291 2.2).
    return headGroups + tailGroups <= 7;
}

bool Device::isValidPort(int port)
{
    return port >= 0 && port <= 65535;
}

FieldErrors Device::validateInput() const
{
    FieldErrors errors = validate();
    if (!networkAccessIdentifier.isEmpty() && !isValidNai(networkAccessIdentifier)) {
        errors << FieldError{QStringLiteral("networkAccessIdentifier"),
            QCoreApplication::translate(
                "roamdesk::Device", "The network access identifier must be user@realm, e.g. 123456789@domain.com.")};
    }
    return errors;
}

FieldErrors Device::validate() const
{
    FieldErrors errors;
    if (isEmpty()) {
        errors << FieldError{QString(),
            QCoreApplication::translate("roamdesk::Device",
                "Give at least one device identifier: phone number, network access identifier, "
                "IPv4 address or IPv6 address.")};
        return errors;
    }
    if (!phoneNumber.isEmpty() && !isValidPhoneNumber(phoneNumber)) {
        errors << FieldError{QStringLiteral("phoneNumber"),
            QCoreApplication::translate("roamdesk::Device",
                "The phone number must be in E.164 format with a leading '+', "
                "5 to 15 digits, e.g. +123456789.")};
    }
    if (ipv4Address) {
        const Ipv4Address &ip = *ipv4Address;
        if (ip.publicAddress.isEmpty()) {
            errors << FieldError{QStringLiteral("ipv4Address.publicAddress"),
                QCoreApplication::translate("roamdesk::Device", "The public IPv4 address is required.")};
        } else if (!isValidIpv4(ip.publicAddress)) {
            errors << FieldError{QStringLiteral("ipv4Address.publicAddress"),
                QCoreApplication::translate(
                    "roamdesk::Device", "The public address must be a dotted-quad IPv4 address, e.g. 84.125.93.10.")};
        }
        if (!ip.privateAddress.isEmpty() && !isValidIpv4(ip.privateAddress)) {
            errors << FieldError{QStringLiteral("ipv4Address.privateAddress"),
                QCoreApplication::translate(
                    "roamdesk::Device", "The private address must be a dotted-quad IPv4 address, e.g. 192.168.0.1.")};
        }
        if (ip.publicPort && !isValidPort(*ip.publicPort)) {
            errors << FieldError{QStringLiteral("ipv4Address.publicPort"),
                QCoreApplication::translate("roamdesk::Device", "The public port must be between 0 and 65535.")};
        }
        if (ip.privateAddress.isEmpty() && !ip.publicPort) {
            errors << FieldError{QStringLiteral("ipv4Address"),
                QCoreApplication::translate("roamdesk::Device",
                    "Give the private address or the public port together with the public address.")};
        }
    }
    if (!ipv6Address.isEmpty() && !isValidIpv6(ipv6Address)) {
        errors << FieldError{QStringLiteral("ipv6Address"),
            QCoreApplication::translate(
                "roamdesk::Device", "The IPv6 address is not valid, e.g. 2001:db8:85a3:8d3:1319:8a2e:370:7344.")};
    }
    return errors;
}

QJsonObject Device::toJson() const
{
    QJsonObject object;
    if (!phoneNumber.isEmpty())
        object.insert(QStringLiteral("phoneNumber"), phoneNumber);
    if (!networkAccessIdentifier.isEmpty())
        object.insert(QStringLiteral("networkAccessIdentifier"), networkAccessIdentifier);
    if (ipv4Address) {
        QJsonObject ip;
        if (!ipv4Address->publicAddress.isEmpty())
            ip.insert(QStringLiteral("publicAddress"), ipv4Address->publicAddress);
        if (!ipv4Address->privateAddress.isEmpty())
            ip.insert(QStringLiteral("privateAddress"), ipv4Address->privateAddress);
        if (ipv4Address->publicPort)
            ip.insert(QStringLiteral("publicPort"), *ipv4Address->publicPort);
        object.insert(QStringLiteral("ipv4Address"), ip);
    }
    if (!ipv6Address.isEmpty())
        object.insert(QStringLiteral("ipv6Address"), ipv6Address);
    return object;
}

std::optional<Device> Device::fromJson(const QJsonValue &value, FieldErrors *errors, const QString &path)
{
    const std::optional<QJsonObject> object = optionalObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const JsonReader reader(*object, path, errors);
    Device device;
    device.phoneNumber = reader.string(QStringLiteral("phoneNumber")).value_or(QString());
    device.networkAccessIdentifier = reader.string(QStringLiteral("networkAccessIdentifier")).value_or(QString());
    device.ipv6Address = reader.string(QStringLiteral("ipv6Address")).value_or(QString());
    if (const std::optional<QJsonObject> ipObject = reader.object(QStringLiteral("ipv4Address"))) {
        const JsonReader ipReader(*ipObject, reader.pathOf(QStringLiteral("ipv4Address")), errors);
        Ipv4Address ip;
        ip.publicAddress = ipReader.string(QStringLiteral("publicAddress")).value_or(QString());
        ip.privateAddress = ipReader.string(QStringLiteral("privateAddress")).value_or(QString());
        ip.publicPort = ipReader.integer(QStringLiteral("publicPort"));
        device.ipv4Address = ip;
    }
    return device;
}

QString Device::displayLabel() const
{
    if (!phoneNumber.isEmpty())
        return phoneNumber;
    if (!networkAccessIdentifier.isEmpty())
        return networkAccessIdentifier;
    if (ipv4Address) {
        if (ipv4Address->publicPort)
            return ipv4Address->publicAddress + QLatin1Char(':') + QString::number(*ipv4Address->publicPort);
        if (!ipv4Address->privateAddress.isEmpty())
            return ipv4Address->publicAddress + QStringLiteral(" (") + ipv4Address->privateAddress + QLatin1Char(')');
        return ipv4Address->publicAddress;
    }
    return ipv6Address;
}

} // namespace roamdesk
