#include "app/alerts/alertservice.h"

#include "app/alerts/alertforwarder.h"
#include "app/alerts/alertstore.h"
#include "app/rules/rulesengine.h"
#include "app/store/storefactory.h"
#include "app/store/storelocation.h"
#include "models/device.h"
#include "models/roamingstatus.h"
#include "models/subscription.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAlerts, "roamdesk.alerts")

namespace roamdesk {

namespace {
constexpr int PageSize = 20000;
constexpr int DefaultTickMs = 60 * 1000;
// Other desks' changes: on a shared store the doorbell says when, the poll is a safety net for a missed one;
// on a file (another window, the command line) the poll alone.
constexpr int SharedPollMs = 2000;
constexpr int FilePollMs = 500;
} // namespace

/// The store connection, the notification reader and the rules, all on the service's thread.
class AlertServiceWorker final : public QObject
{
public:
    struct Outcome
    {
        QList<Alert> changed;
        QList<Alert> opened;
        qint64 openCount = 0;
    };

    /// Records with seq in (after, top], oldest first, a page at a time.
    bool readRange(qint64 after, qint64 top, const std::function<void(const QList<NotificationLogRecord> &)> &onPage)
    {
        // Keyset windows by seq: olderThan(before) with before = after + PageSize + 1 is one page of the window.
        while (after < top) {
            const qint64 end = qMin(top, after + PageSize);
            // Seqs are unique: (after, end] holds at most end - after records.
            const QList<NotificationLogRecord> page = source->olderThan({}, end + 1, int(end - after));
            if (!source->lastError().isEmpty())
                return false;
            QList<NotificationLogRecord> oldestFirst;
            for (auto it = page.crbegin(); it != page.crend(); ++it) {
                if (it->seq > after)
                    oldestFirst << *it;
            }
            if (!oldestFirst.isEmpty())
                onPage(oldestFirst);
            after = end;
        }
        return true;
    }

    /// Stores the hits in one commit, and with them how far the notifications were evaluated.
    Outcome apply(const QList<RuleHit> &hits, qint64 evaluated)
    {
        Outcome outcome;
        if (!store.isOpen())
            return outcome;
        if (hits.isEmpty() && evaluated <= appliedEvaluated)
            return outcome;
        // One commit per batch; should the write lock not come, each write waits for it on its own instead.
        const bool batched = store.begin();
        // Several desks evaluate one shared store: the notifications another desk stored the hits of already
        // are not counted again (the writers' lock makes this read and the writes below one step).
        const qint64 stored = batched ? store.evaluatedSeq() : appliedEvaluated;
        QHash<qint64, int> changedAt; // alert id -> index in outcome.changed
        QSet<qint64> opened;
        for (const RuleHit &hit : hits) {
            if (hit.seq > 0 && hit.seq <= stored)
                continue;
            const std::optional<AlertStore::Applied> applied = store.applyHit(hit);
            if (!applied || applied->alreadyStored)
                continue;
            // One alert may be hit several times in a batch: the newest state of it is what counts.
            const auto at = changedAt.constFind(applied->alert.id);
            if (at == changedAt.cend()) {
                changedAt.insert(applied->alert.id, int(outcome.changed.size()));
                outcome.changed << applied->alert;
            } else {
                outcome.changed[*at] = applied->alert;
            }
            if (applied->isNew)
                opened.insert(applied->alert.id);
        }
        for (const Alert &alert : std::as_const(outcome.changed)) {
            if (opened.contains(alert.id))
                outcome.opened << alert;
        }
        if (evaluated > appliedEvaluated) {
            if (evaluated > stored)
                store.setEvaluatedSeq(evaluated);
            appliedEvaluated = evaluated;
        }
        if (batched && !store.commit())
            qCWarning(lcAlerts).noquote() << store.lastError();
        outcome.openCount = store.count(AlertState::Open);
        return outcome;
    }

    /// New rules: the stored history warms them up; what was not evaluated yet raises alerts.
    Outcome warmUp()
    {
        rules = ruleSet ? std::make_unique<RulesEngine>(*ruleSet) : nullptr;
        for (const Subscription &subscription : std::as_const(subscriptions)) {
            if (rules)
                rules->addSubscription(subscription);
        }
        appliedSeq = 0;
        Outcome outcome;
        if (!source || !store.isOpen())
            return outcome;
        appliedEvaluated = store.evaluatedSeq();
        const qint64 top = source->newestSeq();
        if (!rules) {
            appliedSeq = top;
            outcome.openCount = store.count(AlertState::Open);
            return outcome;
        }
        const qint64 evaluated = qMin(appliedEvaluated, top);
        readRange(0, evaluated, [&](const QList<NotificationLogRecord> &page) { rules->addRecords(page); });
        readRange(evaluated, top, [&](const QList<NotificationLogRecord> &page) {
            const Outcome part = apply(rules->addRecords(page), page.constLast().seq);
            outcome.changed << part.changed;
            outcome.opened << part.opened;
        });
        appliedSeq = top;
        outcome.openCount = store.count(AlertState::Open);
        return outcome;
    }

    /// Reads what other writers changed since the last look and hands it to `onChanged`.
    void lookForChanges()
    {
        if (!store.isOpen() && !store.isShared())
            return;
        const QList<Alert> changed = store.isOpen() ? store.changedSince(seenRevision, &seenRevision) : QList<Alert>();
        if (store.isShared() && (!store.isOpen() || (!store.lastError().isEmpty() && !store.isAlive()))) {
            // The server went away (a restart, a network cut): a new connection, and the next look catches up
            // from the revision last seen, so nothing changed meanwhile is missed.
            listening = nullptr;
            if (store.open(store.location()))
                qCInfo(lcAlerts).noquote() << "reconnected the alerts to" << store.location().toString();
            listen();
            return;
        }
        // Alerts another desk opened: open, not hit again yet, newer than any this desk knew of.
        QList<Alert> openedElsewhere;
        for (const Alert &alert : changed) {
            if (alert.id > newestKnownId && alert.state == AlertState::Open && alert.count == 1)
                openedElsewhere << alert;
            newestKnownId = qMax(newestKnownId, alert.id);
        }
        if (!changed.isEmpty() && onChanged)
            onChanged(changed, openedElsewhere, store.count(AlertState::Open));
        listen(); // once more, should the connection have been opened anew
    }

    /// Starts following other writers' changes from the newest revision stored now.
    void follow()
    {
        seenRevision = store.newestRevision();
        const QList<Alert> newest = store.olderThan(AlertStore::NoId, 1);
        newestKnownId = newest.isEmpty() ? 0 : newest.constFirst().id;
        if (!poll) {
            poll = new QTimer(this);
            QObject::connect(poll, &QTimer::timeout, this, [this] { lookForChanges(); });
        }
        poll->start(store.isShared() ? SharedPollMs : FilePollMs);
        listen();
    }

    void listen()
    {
        QSqlDriver *driver = store.isShared() ? store.database().driver() : nullptr;
        if (!driver || driver == listening)
            return;
        const QString channel = QString::fromLatin1(AlertStore::DoorbellChannel);
        if (!driver->subscribeToNotification(channel)) {
            qCDebug(lcAlerts) << "cannot listen for alert changes; polling only";
            return;
        }
        listening = driver;
        QObject::connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == QLatin1String(AlertStore::DoorbellChannel))
                lookForChanges();
        });
    }

    AlertStore store;
    QTimer *poll = nullptr;
    QPointer<QSqlDriver> listening;
    qint64 seenRevision = 0;
    qint64 newestKnownId = 0; // the highest alert id this desk has seen
    std::function<void(const QList<Alert> &changed, const QList<Alert> &openedElsewhere, qint64 openCount)> onChanged;
    std::unique_ptr<NotificationLogSource> source;
    std::optional<RuleSet> ruleSet;
    std::unique_ptr<RulesEngine> rules;
    QList<Subscription> subscriptions; // handed to the engine again when the rules change
    qint64 appliedSeq = 0; // the highest seq handed to the rules
    qint64 appliedEvaluated = 0; // the highest seq whose hits are stored
};

AlertService::AlertService(QObject *parent)
    : QObject(parent)
    , m_worker(new AlertServiceWorker)
    , m_forwarder(new AlertForwarder(this))
{
    m_thread.setObjectName(QStringLiteral("alerts"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_tick.setInterval(DefaultTickMs);
    connect(&m_tick, &QTimer::timeout, this, &AlertService::tick);
    connect(this, &AlertService::raised, m_forwarder, [this](const QList<Alert> &alerts) {
        for (const Alert &alert : alerts)
            m_forwarder->forward(alert);
    });
}

AlertService::~AlertService()
{
    m_thread.quit();
    m_thread.wait();
}

QString AlertService::currentOperator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

void AlertService::setRules(const RuleSet &rules)
{
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, rules, self] {
        worker->ruleSet = rules;
        if (!worker->source)
            return;
        const AlertServiceWorker::Outcome outcome = worker->warmUp();
        QMetaObject::invokeMethod(self, [self, outcome] {
            if (self)
                self->onApplied(outcome.changed, {}, outcome.openCount);
        });
    });
}

void AlertService::open(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    QString error;
    const std::optional<StoreLocation> location = StoreLocation::parse(databasePath, &error);
    if (!location) {
        Q_EMIT failed(error);
        return;
    }
    open(databasePath, storefactory::reader(*location));
}

void AlertService::open(const QString &databasePath, const NotificationLogSourceFactory &source)
{
    m_loaded = false;
    QString locationError;
    const std::optional<StoreLocation> location = StoreLocation::parse(databasePath, &locationError);
    if (!location) {
        Q_EMIT failed(locationError);
        return;
    }
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, location = *location, source, self] {
        const auto fail = [self](const QString &error) {
            QMetaObject::invokeMethod(self, [self, error] {
                if (self)
                    Q_EMIT self->failed(error);
            });
        };
        worker->source.reset();
        if (worker->poll)
            worker->poll->stop();
        worker->listening = nullptr;
        if (!worker->store.open(location))
            return fail(worker->store.lastError());
        QString error;
        worker->source = source(&error);
        if (!worker->source)
            return fail(error);
        // Alerts opened while catching up are history: shown, not announced on the desktop or forwarded.
        const AlertServiceWorker::Outcome outcome = worker->warmUp();
        worker->follow(); // before the load: a change made meanwhile is read again rather than missed
        worker->onChanged = [self](const QList<Alert> &changed, const QList<Alert> &openedElsewhere, qint64 openCount) {
            QMetaObject::invokeMethod(self, [self, changed, openedElsewhere, openCount] {
                if (!self)
                    return;
                self->onApplied(changed, {}, openCount);
                if (!openedElsewhere.isEmpty())
                    Q_EMIT self->raisedElsewhere(openedElsewhere);
            });
        };
        const QList<Alert> alerts = worker->store.olderThan(AlertStore::NoId, LoadLimit);
        QMetaObject::invokeMethod(self, [self, alerts, outcome] {
            if (!self)
                return;
            self->m_loaded = true;
            Q_EMIT self->loaded(alerts);
            self->onApplied({}, {}, outcome.openCount);
            self->m_tick.start();
        });
    });
}

void AlertService::refresh()
{
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self] {
        if (!worker->source || !worker->rules)
            return;
        const qint64 top = worker->source->newestSeq();
        if (top <= worker->appliedSeq)
            return;
        AlertServiceWorker::Outcome outcome;
        worker->readRange(worker->appliedSeq, top, [&](const QList<NotificationLogRecord> &page) {
            const AlertServiceWorker::Outcome part =
                worker->apply(worker->rules->addRecords(page), page.constLast().seq);
            outcome.changed << part.changed;
            outcome.opened << part.opened;
            outcome.openCount = part.openCount;
        });
        worker->appliedSeq = top;
        if (outcome.changed.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, outcome] {
            if (self)
                self->onApplied(outcome.changed, outcome.opened, outcome.openCount);
        });
    });
}

void AlertService::applyLookup(const Device &device, const RoamingStatus &status, const QDateTime &when)
{
    const QDateTime time = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, device, status, time] {
        if (!worker->rules)
            return;
        const AlertServiceWorker::Outcome outcome = worker->apply(worker->rules->addLookup(device, status, time), 0);
        if (outcome.changed.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, outcome] {
            if (self)
                self->onApplied(outcome.changed, outcome.opened, outcome.openCount);
        });
    });
}

void AlertService::addSubscription(const Subscription &subscription)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, subscription] {
        worker->subscriptions.erase(std::remove_if(worker->subscriptions.begin(), worker->subscriptions.end(),
                                        [&](const Subscription &s) { return s.id == subscription.id; }),
            worker->subscriptions.end());
        worker->subscriptions << subscription;
        if (worker->rules)
            worker->rules->addSubscription(subscription);
    });
}

void AlertService::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, now] {
        if (!worker->rules)
            return;
        const AlertServiceWorker::Outcome outcome = worker->apply(worker->rules->tick(now), 0);
        if (outcome.changed.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, outcome] {
            if (self)
                self->onApplied(outcome.changed, outcome.opened, outcome.openCount);
        });
    });
}

void AlertService::setTickInterval(int ms)
{
    m_tick.setInterval(ms);
}

void AlertService::setState(const QList<qint64> &ids, AlertState state, const QString &by)
{
    if (ids.isEmpty())
        return;
    const QString who = by.isEmpty() ? currentOperator() : by;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QPointer<AlertService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, ids, state, who, at] {
        const QList<Alert> moved = worker->store.setState(ids, state, who, at);
        const qint64 open = worker->store.count(AlertState::Open);
        QMetaObject::invokeMethod(self, [self, moved, open] {
            if (self)
                self->onApplied(moved, {}, open);
        });
    });
}

void AlertService::onApplied(const QList<Alert> &changed, const QList<Alert> &opened, qint64 openCount)
{
    if (!changed.isEmpty())
        Q_EMIT alertsChanged(changed);
    if (!opened.isEmpty())
        Q_EMIT raised(opened);
    if (int(openCount) != m_openCount) {
        m_openCount = int(openCount);
        Q_EMIT openCountChanged(m_openCount);
    }
}

} // namespace roamdesk
