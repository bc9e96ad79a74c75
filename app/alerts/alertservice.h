#pragma once

#include "models/alert.h"
#include "models/notificationlogsource.h"
#include "models/rule.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace roamdesk {

class AlertForwarder;
class AlertServiceWorker;
struct Device;
struct RoamingStatus;
struct Subscription;

/// Alerts as they happen: every committed notification (refresh()), every lookup (applyLookup()) and a
/// timer (for the rules about silence) go through the rules on a worker thread; their hits open or repeat
/// alerts in the AlertStore beside the notifications, on that thread's own connection. The window learns of
/// them through signals: loaded() once, alertsChanged() for what was opened, repeated or moved on, raised()
/// for alerts opened by live events (the tray and forwarding take those).
/// After a restart the stored history warms the rules up again, and only what was committed since the last
/// run can raise alerts: a hit is never counted twice, also when several desks evaluate one shared store.
class AlertService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertService)

public:
    explicit AlertService(QObject *parent = nullptr);
    ~AlertService() override;

    /// The rules to evaluate (none until set); when the store is open they are warmed up on its history at once.
    void setRules(const RuleSet &rules);
    /// Opens the alerts beside the notification store `databasePath` names (a file or a store URL, as the
    /// receiver opened it) and catches up with what it holds. From then on, changes other desks make to the
    /// alerts of the same store come through alertsChanged() too.
    void open(const QString &databasePath);
    /// Same, reading notifications from `source` (each call opens a connection on the worker thread).
    void open(const QString &databasePath, const NotificationLogSourceFactory &source);
    /// New notifications were committed.
    void refresh();
    /// A lookup answered for `device` (at `when`, or now).
    void applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when = QDateTime());
    /// A subscription RoamDesk created or listed (for the rules about subscriptions ending).
    void addSubscription(const Subscription &subscription);
    /// Evaluates the rules about silence now (the timer does so every tickInterval()).
    void tick();
    void setTickInterval(int ms);
    int tickInterval() const { return m_tick.interval(); }

    /// Moves alerts on in their lifecycle, by `by` (the operator's login name when empty).
    void setState(const QList<qint64> &ids, AlertState state, const QString &by = QString());
    void acknowledge(const QList<qint64> &ids) { setState(ids, AlertState::Acknowledged); }
    void resolve(const QList<qint64> &ids) { setState(ids, AlertState::Resolved); }
    void ignore(const QList<qint64> &ids) { setState(ids, AlertState::Ignored); }

    /// Alerts in state open (the tab's badge).
    int openCount() const { return m_openCount; }
    bool isLoaded() const { return m_loaded; }
    /// New alerts go out through it too when forwarding is on.
    AlertForwarder *forwarder() const { return m_forwarder; }

    /// Who acknowledges: the login name of the user running RoamDesk.
    static QString currentOperator();
    /// How many alerts loaded() hands over at most (the newest).
    static constexpr int LoadLimit = 50000;

Q_SIGNALS:
    /// The stored alerts, newest first, after open().
    void loaded(const QList<roamdesk::Alert> &alerts);
    /// These alerts were opened, repeated or moved on (as stored now).
    void alertsChanged(const QList<roamdesk::Alert> &alerts);
    /// These alerts were just opened by a live event, lookup or tick.
    void raised(const QList<roamdesk::Alert> &alerts);
    /// Another desk of the same store just opened these alerts: shown on this desktop too, forwarded only by
    /// the desk that opened them.
    void raisedElsewhere(const QList<roamdesk::Alert> &alerts);
    void openCountChanged(int count);
    void failed(const QString &error);

private:
    void onApplied(const QList<Alert> &changed, const QList<Alert> &opened, qint64 openCount);

    QThread m_thread;
    AlertServiceWorker *m_worker; // lives on m_thread
    AlertForwarder *m_forwarder;
    QTimer m_tick;
    int m_openCount = 0;
    bool m_loaded = false;
};

} // namespace roamdesk
