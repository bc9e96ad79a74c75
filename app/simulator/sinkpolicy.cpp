#include "app/simulator/sinkpolicy.h"

#include <QHostAddress>
#include <QtEndian>

namespace roamdesk::sim {

namespace {

using Subnet = QPair<QHostAddress, int>;

/// IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 host inside them, so
/// they are judged as that host.
QHostAddress effectiveAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(ipv4);
    static const Subnet nat64 = QHostAddress::parseSubnet(QStringLiteral("64:ff9b::/96"));
    if (address.isInSubnet(nat64)) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        return QHostAddress(qFromBigEndian<quint32>(bytes.c + 12));
    }
    return address;
}

/// Destinations no rule can open: link-local (where AWS, GCP, Azure, OpenStack and Oracle serve instance
/// metadata and credentials at 169.254.169.254) and the other clouds' metadata addresses.
bool isNeverASink(const QHostAddress &address)
{
    static const QList<Subnet> never{
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
        QHostAddress::parseSubnet(QStringLiteral("fd00:ec2::254/128")), // AWS, IPv6
        QHostAddress::parseSubnet(QStringLiteral("100.100.100.200/32")), // Alibaba Cloud
        QHostAddress::parseSubnet(QStringLiteral("192.0.0.192/32")), // Oracle Cloud Classic
    };
    for (const Subnet &subnet : never) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

int parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? int(port) : -1;
}

bool matches(const SinkRule &rule, const QString &host, const std::optional<QHostAddress> &address, int port)
{
    if (rule.port >= 0 && rule.port != port)
        return false;
    if (rule.host.contains(QLatin1Char('/')))
        return address && address->isInSubnet(QHostAddress::parseSubnet(rule.host));
    QHostAddress ruleAddress;
    if (ruleAddress.setAddress(rule.host))
        return address && effectiveAddress(ruleAddress).isEqual(*address);
    return !address && host.compare(rule.host, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<SinkRule> SinkRule::parse(const QString &text)
{
    QString host = text.trimmed();
    int port = -1;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')) || (port = parsePort(rest.mid(1))) < 0)
                return std::nullopt;
        }
    } else if (host.count(QLatin1Char(':')) == 1) { // more colons: a bare IPv6 address, no port
        const qsizetype colon = host.indexOf(QLatin1Char(':'));
        if ((port = parsePort(host.mid(colon + 1))) < 0)
            return std::nullopt;
        host.truncate(colon);
    }
    if (host.contains(QLatin1Char('/'))) {
        if (QHostAddress::parseSubnet(host).second < 0)
            return std::nullopt;
        return SinkRule{host.toLower(), port};
    }
    // The same normalisation a sink URL's host gets (lower case, IPv4 shorthands spelled out).
    QUrl url;
    url.setHost(host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return SinkRule{url.host(), port};
}

QString SinkRule::toString() const
{
    if (port < 0)
        return host;
    const bool bracket = host.contains(QLatin1Char(':'));
    return (bracket ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

QList<SinkRule> SinkPolicy::loopbackRules()
{
    return {SinkRule{QStringLiteral("127.0.0.0/8"), -1}, SinkRule{QStringLiteral("::1"), -1},
        SinkRule{QStringLiteral("localhost"), -1}};
}

SinkPolicy::SinkPolicy()
    : m_rules(loopbackRules())
{
}

void SinkPolicy::allow(const SinkRule &rule)
{
    if (!m_rules.contains(rule))
        m_rules.append(rule);
}

QString SinkPolicy::refusal(const QUrl &url) const
{
    // Qt would turn user:password@ into a Basic Authorization header, and the API would echo it back.
    if (!url.userInfo().isEmpty())
        return QStringLiteral("sink must not contain user:password@; send credentials in sinkCredential.");
    const QString host = url.host();
    if (host.isEmpty())
        return QStringLiteral("sink has no host.");
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    std::optional<QHostAddress> address;
    QHostAddress parsed;
    if (parsed.setAddress(host))
        address = effectiveAddress(parsed);
    if (address && isNeverASink(*address))
        return QStringLiteral("sink %1 is a link-local or cloud metadata address: the simulator never sends there.")
            .arg(host);
    for (const SinkRule &rule : m_rules) {
        if (matches(rule, host, address, port))
            return {};
    }
    return QStringLiteral("sink %1 is not an allowed webhook destination: the simulator posts only to loopback "
                          "unless started with --allow-sink HOST[:PORT].")
        .arg(SinkRule{host, port}.toString());
}

} // namespace roamdesk::sim
