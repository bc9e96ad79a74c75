#include "models/alertbook.h"

using namespace Qt::StringLiterals;

namespace roamdesk {

int AlertBook::add(const RuleHit &hit)
{
    const Key k = key(hit.ruleId, hit.device);
    if (const auto it = m_active.constFind(k); it != m_active.constEnd()) {
        Alert &alert = m_alerts[*it];
        ++alert.count;
        // The newest hit by event time speaks for the alert, so a late, older event does not take its place.
        if (!alert.lastTime.isValid() || hit.time >= alert.lastTime) {
            alert.lastTime = hit.time;
            alert.lastSeq = hit.seq;
            alert.message = hit.message;
        }
        if (hit.time.isValid() && hit.time < alert.firstTime) {
            alert.firstTime = hit.time;
            alert.firstSeq = hit.seq;
        }
        return *it;
    }
    Alert alert;
    alert.ruleId = hit.ruleId;
    alert.kind = hit.kind;
    alert.severity = hit.severity;
    alert.device = hit.device;
    alert.deviceObject = hit.deviceObject;
    alert.firstTime = alert.lastTime = hit.time;
    alert.firstSeq = alert.lastSeq = hit.seq;
    alert.message = hit.message;
    m_alerts.append(alert);
    const int index = int(m_alerts.size()) - 1;
    m_active.insert(k, index);
    return index;
}

bool AlertBook::move(int index, AlertState to, const QString &who, const QDateTime &when)
{
    if (index < 0 || index >= m_alerts.size())
        return false;
    Alert &alert = m_alerts[index];
    const bool allowed =
        to == AlertState::Acknowledged ? alert.state == AlertState::Open : alertstate::isActive(alert.state);
    if (!allowed)
        return false;
    alert.state = to;
    alert.stateBy = who;
    alert.stateAt = when;
    if (!alertstate::isActive(to))
        m_active.remove(key(alert.ruleId, alert.device));
    return true;
}

bool AlertBook::acknowledge(int index, const QString &who, const QDateTime &when)
{
    return move(index, AlertState::Acknowledged, who, when);
}

bool AlertBook::resolve(int index, const QString &who, const QDateTime &when)
{
    return move(index, AlertState::Resolved, who, when);
}

bool AlertBook::ignore(int index, const QString &who, const QDateTime &when)
{
    return move(index, AlertState::Ignored, who, when);
}

int AlertBook::activeIndex(const QString &ruleId, const QString &device) const
{
    return m_active.value(key(ruleId, device), -1);
}

int AlertBook::indexOfId(qint64 id) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == id)
            return i;
    }
    return -1;
}

void AlertBook::setId(int index, qint64 id)
{
    if (index >= 0 && index < m_alerts.size())
        m_alerts[index].id = id;
}

void AlertBook::restore(const QList<Alert> &alerts)
{
    clear();
    m_alerts = alerts;
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (alertstate::isActive(m_alerts.at(i).state))
            m_active.insert(key(m_alerts.at(i).ruleId, m_alerts.at(i).device), i);
    }
}

void AlertBook::clear()
{
    m_alerts.clear();
    m_active.clear();
}

} // namespace roamdesk
