#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace roamdesk::sim {

/// One allowed webhook destination: a host name, an address or a subnet, on one port or on any.
struct SinkRule
{
    QString host; // "localhost", "receiver.example", "127.0.0.1", "::1" or a subnet "10.0.0.0/8"
    int port = -1; // -1: any port

    /// "HOST", "HOST:PORT", "[IPV6]:PORT", "ADDRESS/PREFIX" (any port); nullopt when malformed.
    static std::optional<SinkRule> parse(const QString &text);
    QString toString() const;
    bool operator==(const SinkRule &other) const { return host == other.host && port == other.port; }
};

/// Where the simulator may POST webhooks. A sink's host must be an address literal, "localhost" or a name
/// the rules spell out: names are never resolved for this check, so an unknown name is refused. Link-local
/// and cloud metadata addresses are refused whatever the rules say, and so is a URL carrying user:password@.
class SinkPolicy
{
public:
    /// The default: 127.0.0.0/8, ::1 and localhost, any port.
    static QList<SinkRule> loopbackRules();

    SinkPolicy();

    QList<SinkRule> rules() const { return m_rules; }
    void setRules(const QList<SinkRule> &rules) { m_rules = rules; }
    void allow(const SinkRule &rule);

    /// Empty when webhooks may go to `url`; otherwise why not, as a sentence for an API error message.
    QString refusal(const QUrl &url) const;

private:
    QList<SinkRule> m_rules;
};

} // namespace roamdesk::sim
