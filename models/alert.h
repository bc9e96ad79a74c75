#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace roamdesk {

/// How urgent an alert is. Shown by icon and text as well as colour.
enum class AlertSeverity : quint8 {
    Info,
    Warning,
    Critical,
};

/// Where an alert is in its lifecycle: open -> acknowledged -> resolved, or ignored.
enum class AlertState : quint8 {
    Open,
    Acknowledged,
    Resolved,
    Ignored,
};

namespace alertseverity {
QString toWire(AlertSeverity severity); // "info", "warning", "critical"
std::optional<AlertSeverity> fromWire(const QString &text);
} // namespace alertseverity

namespace alertstate {
QString toWire(AlertState state); // "open", "acknowledged", "resolved", "ignored"
std::optional<AlertState> fromWire(const QString &text);
/// Open and acknowledged alerts still stand: a new hit of the same (rule, device) repeats them.
bool isActive(AlertState state);
} // namespace alertstate

/// One firing of a rule for one device: what the rules engine hands to the alert lifecycle.
struct RuleHit
{
    QString ruleId; // the rule's id in the rules file
    QString kind; // the rule's kind: "country-denied", "impossible-travel", …
    AlertSeverity severity = AlertSeverity::Warning;
    QString device; // Device::displayLabel(): the NotificationLogRecord::device it is about
    QJsonObject deviceObject; // the CAMARA device object
    QDateTime time; // event time that raised it (for a silence rule: the evaluation time)
    qint64 seq = 0; // the stored notification that raised it; 0 when none (a timer, a lookup)
    QString message; // one sentence for the operator
    bool fromTimer = false; // found by time passing (a silence, an approaching end), not by an event
};

/// An alert: the standing hits of one (rule, device), with who moved it through its lifecycle and when.
struct Alert
{
    qint64 id = 0; // 0 until stored
    QString ruleId;
    QString kind;
    AlertSeverity severity = AlertSeverity::Warning;
    QString device;
    QJsonObject deviceObject;
    QDateTime firstTime; // event time of the first hit
    QDateTime lastTime; // event time of the newest hit
    qint64 firstSeq = 0;
    qint64 lastSeq = 0; // the newest triggering notification
    int count = 1; // hits while it stood
    QString message; // of the newest hit
    AlertState state = AlertState::Open;
    QString stateBy; // who acknowledged, resolved or ignored it
    QDateTime stateAt; // when
};

} // namespace roamdesk
