#include "models/alert.h"

using namespace Qt::StringLiterals;

namespace roamdesk {

namespace alertseverity {

QString toWire(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return u"info"_s;
    case AlertSeverity::Warning:
        return u"warning"_s;
    case AlertSeverity::Critical:
        return u"critical"_s;
    }
    return u"warning"_s;
}

std::optional<AlertSeverity> fromWire(const QString &text)
{
    for (const AlertSeverity severity : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical}) {
        if (text == toWire(severity))
            return severity;
    }
    return std::nullopt;
}

} // namespace alertseverity

namespace alertstate {

QString toWire(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return u"open"_s;
    case AlertState::Acknowledged:
        return u"acknowledged"_s;
    case AlertState::Resolved:
        return u"resolved"_s;
    case AlertState::Ignored:
        return u"ignored"_s;
    }
    return u"open"_s;
}

std::optional<AlertState> fromWire(const QString &text)
{
    for (const AlertState state :
        {AlertState::Open, AlertState::Acknowledged, AlertState::Resolved, AlertState::Ignored}) {
        if (text == toWire(state))
            return state;
    }
    return std::nullopt;
}

bool isActive(AlertState state)
{
    return state == AlertState::Open || state == AlertState::Acknowledged;
}

} // namespace alertstate

} // namespace roamdesk
