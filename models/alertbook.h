#pragma once

#include "models/alert.h"

#include <QHash>
#include <QList>

#include <utility>

namespace roamdesk {

/// The alert lifecycle in memory: one active (open or acknowledged) alert per (rule, device) at a time. A hit
/// of a standing alert repeats it (count, newest time, seq and message); a hit after it was resolved or ignored
/// opens a new one. Acknowledge, resolve and ignore record who and when. Deterministic: the same hits in the
/// same order give the same alerts.
class AlertBook
{
public:
    /// Records one hit; returns the index of the alert it opened or repeated.
    int add(const RuleHit &hit);

    /// Open -> acknowledged. False when the alert is not open.
    bool acknowledge(int index, const QString &who, const QDateTime &when);
    /// Open or acknowledged -> resolved. False when it no longer stands.
    bool resolve(int index, const QString &who, const QDateTime &when);
    /// Open or acknowledged -> ignored. False when it no longer stands.
    bool ignore(int index, const QString &who, const QDateTime &when);

    /// Every alert, in the order they were opened.
    const QList<Alert> &alerts() const { return m_alerts; }
    int size() const { return int(m_alerts.size()); }
    const Alert &at(int index) const { return m_alerts.at(index); }
    /// The standing alert of (rule, device), or -1.
    int activeIndex(const QString &ruleId, const QString &device) const;
    /// The alert with this id (Alert::id, set by whoever stores them), or -1.
    int indexOfId(qint64 id) const;
    /// Sets the stored id of an alert.
    void setId(int index, qint64 id);

    /// Starts again from stored alerts (as alerts() gave them).
    void restore(const QList<Alert> &alerts);
    void clear();

private:
    using Key = std::pair<QString, QString>; // (rule, device): no string built per hit
    static Key key(const QString &ruleId, const QString &device) { return {ruleId, device}; }
    bool move(int index, AlertState to, const QString &who, const QDateTime &when);

    QList<Alert> m_alerts;
    QHash<Key, int> m_active; // (rule, device) -> index of its standing alert
};

} // namespace roamdesk
