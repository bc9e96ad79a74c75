// PlanKeeper on the embedded simulator with simulated time: two plans kept for 48 simulated hours while devices
// move (events count towards maxEvents), subscriptions near their expiry, sink tokens near theirs, and the network
// terminates a device's subscriptions; in the middle the keeper is destroyed right after sending a create and
// started again from its journal. At every step the simulator itself is asked: each (device, type) covered by an
// ACTIVE subscription, never two with the same device, type and sink. Against an API that activates
// asynchronously (a loopback fixture), a renewal deletes the old subscription only once the new one is ACTIVE.
#include "app/bulk/plankeeper.h"
#include "app/client/roamingclient.h"
#include "app/common/httpservercompat.h"
#include "app/simulator/simulatorserver.h"

#include "tst_client_fixture.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using roamdesk::bulk::PlanAction;
using roamdesk::bulk::PlanEvidence;
using roamdesk::bulk::PlanKeeper;
using roamdesk::bulk::PlanLogEntry;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
const QString RoamingDevice = u"+99999991000"_s; // home Finland, in Germany
const QString HomeDevice = u"+99999991001"_s; // home Germany

/// The webhook sink: answers 204 and remembers, per subscription, the events that arrived and why it ended
/// (what the notification store would know).
class Sink : public QObject
{
public:
    Sink()
    {
        httpcompat::setMissingHandler(
            m_http, this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                const QJsonObject event = QJsonDocument::fromJson(request.body()).object();
                const QJsonObject data = event.value(u"data"_s).toObject();
                const QString id = data.value(u"subscriptionId"_s).toString();
                const QString type = event.value(u"type"_s).toString();
                if (type.endsWith(u"subscription-ends"_s) || type.endsWith(u"subscription-ended"_s))
                    m_evidence.endReasons.insert(id, data.value(u"terminationReason"_s).toString());
                else if (!type.contains(u"subscription-"_s))
                    ++m_evidence.eventCounts[id];
                httpcompat::send(responder, QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent));
            });
        // QHttpServer::listen is gone in Qt 6.8: a listening QTcpServer is bound instead, as on 6.4.
        auto *tcp = new QTcpServer(this);
        tcp->listen(QHostAddress::LocalHost, 0);
        m_http.bind(tcp);
        m_port = tcp->serverPort();
    }
    QString url() const { return u"http://127.0.0.1:%1/notify"_s.arg(m_port); }
    PlanEvidence evidence() const { return m_evidence; }

private:
    QHttpServer m_http;
    quint16 m_port = 0;
    PlanEvidence m_evidence;
};

SubscriptionPlan makePlan(const QString &name, const QString &sink, const QStringList &numbers, EventType type,
    qint64 expireAfterHours, int maxEvents, qint64 tokenHours)
{
    SubscriptionPlan plan;
    plan.name = name;
    for (const QString &number : numbers) {
        Device device;
        device.phoneNumber = number;
        plan.devices << device;
    }
    plan.types = {type};
    plan.sink = QUrl(sink);
    plan.sinkToken.source = PlanSinkToken::Source::Generated;
    plan.sinkToken.validForSeconds = tokenHours * 3600;
    plan.expireAfterSeconds = expireAfterHours * 3600;
    plan.maxEvents = maxEvents;
    plan.renew = {3600, 1, 3600};
    return plan;
}

} // namespace

class TestPlanKeeper : public QObject
{
    Q_OBJECT

private:
    /// Slots of `plan` without an ACTIVE subscription of the plan in the simulator, and (device, type, sink)
    /// triples held twice.
    static void inspect(const sim::SimulatorServer &simulator, const SubscriptionPlan &plan, QStringList *uncovered,
        QStringList *duplicates)
    {
        QHash<QString, int> bySinkKey;
        QSet<QString> covered;
        const QList<sim::SimSubscription> subscriptions = simulator.network()->subscriptions();
        for (const sim::SimSubscription &s : subscriptions) {
            if (!plan.generationOf(s.sink))
                continue;
            const QString slot = s.deviceKey + u' ' + eventtype::shortName(s.type);
            if (++bySinkKey[slot + u' ' + s.sink] == 2)
                duplicates->append(slot);
            if (s.status == SubscriptionStatus::Active)
                covered.insert(slot);
        }
        for (const PlanSlot &slot : plan.planSlots()) {
            const QString key = slot.device.phoneNumber + u' ' + eventtype::shortName(slot.type);
            if (!covered.contains(key))
                uncovered->append(key);
        }
    }

    static bool runPass(PlanKeeper *keeper, QString *error)
    {
        QSignalSpy spy(keeper, &PlanKeeper::passFinished);
        if (!keeper->runOnce())
            return false;
        if (!spy.wait(20000))
            return false;
        *error = spy.constFirst().constFirst().toString();
        return true;
    }

private Q_SLOTS:
    void keepsPlansTrueForTwoDaysThroughACrash()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1767225600000, QTimeZone::utc())); // 2026-01-01
        sim::SimulatorServer simulator(&clock, nullptr);
        QVERIFY(simulator.listen());
        Sink sink;
        api::RoamingClient client;
        client.setClock(&clock);
        client.setEnvironment(api::Environment::simulator(simulator.apiRoot()));
        QTemporaryDir dir;

        // Plan "moves": both devices' roaming status; short lifetimes and few events, so both renew often.
        // Plan "country": the roaming device's country changes; its sink token runs out first.
        const QList<SubscriptionPlan> plans = {
            makePlan(u"moves"_s, sink.url(), {RoamingDevice, HomeDevice}, EventType::RoamingStatus, 6, 3, 24),
            makePlan(u"country"_s, sink.url(), {RoamingDevice}, EventType::RoamingChangeCountry, 24, 100, 5)};
        std::vector<std::unique_ptr<PlanKeeper>> keepers;
        auto startKeeper = [&](int index) {
            auto keeper = std::make_unique<PlanKeeper>(&client, &clock);
            keeper->setPlan(plans.at(index));
            keeper->setJournalPath(dir.filePath(plans.at(index).name + u".journal.json"_s));
            keeper->setEvidenceSource([&sink](const QStringList &) { return sink.evidence(); });
            return keeper;
        };
        keepers.push_back(startKeeper(0));
        keepers.push_back(startKeeper(1));
        QList<PlanLogEntry> log;
        auto collect = [&log](PlanKeeper *keeper) {
            connect(keeper, &PlanKeeper::actionLogged, keeper, [&log](const PlanLogEntry &entry) { log << entry; });
        };
        collect(keepers[0].get());
        collect(keepers[1].get());

        const sim::SimDevice homeDevice = *simulator.network()->device(HomeDevice);
        bool killed = false;
        bool terminated = false;
        QStringList allowedGaps;
        const int steps = int(48 * Hour / (10 * Minute));
        for (int step = 0; step <= steps; ++step) {
            const qint64 elapsed = step * 10 * Minute;
            if (step > 0) {
                clock.advance(10 * Minute);
                simulator.network()->checkTimers();
            }
            // The roaming device comes home from Germany and goes back every two hours, the other one leaves home
            // and comes back every seven: each hop is an event for the roaming-status subscriptions.
            if (step > 0 && elapsed % (2 * Hour) == 0)
                QVERIFY(simulator.network()->moveDevice(RoamingDevice, (elapsed / (2 * Hour)) % 2 ? 0 : 262));
            if (step > 0 && elapsed % (7 * Hour) == 0)
                QVERIFY(simulator.network()->moveDevice(HomeDevice, (elapsed / (7 * Hour)) % 2 ? 244 : 0));
            // Hour 20: the network drops the home device and takes it back; its subscriptions are gone.
            if (elapsed == 20 * Hour) {
                QVERIFY(simulator.network()->removeDevice(HomeDevice));
                QVERIFY(simulator.network()->addDevice(homeDevice));
                allowedGaps << HomeDevice + u" roaming-status"_s;
                terminated = true;
            }
            QTRY_VERIFY_WITH_TIMEOUT(simulator.network()->dispatcher()->isIdle(), 10000);

            // Nothing ended between two passes (apart from what the network terminated).
            for (const SubscriptionPlan &plan : plans) {
                QStringList uncovered, duplicates;
                inspect(simulator, plan, &uncovered, &duplicates);
                for (const QString &gap : std::as_const(allowedGaps))
                    uncovered.removeAll(gap);
                if (step > 0)
                    QVERIFY2(uncovered.isEmpty(),
                        qPrintable(
                            u"hour %1: not covered: %2"_s.arg(elapsed / double(Hour)).arg(uncovered.join(u", "))));
                QVERIFY2(duplicates.isEmpty(), qPrintable(u"duplicates: "_s + duplicates.join(u", ")));
            }
            allowedGaps.clear();

            // Hour 24 on: the first keeper to send a create is destroyed before the answer comes back.
            if (!killed && elapsed >= 24 * Hour) {
                for (std::size_t i = 0; i < keepers.size(); ++i) {
                    connect(keepers[i].get(), &PlanKeeper::createSent, this, [&, i](qint64) {
                        if (!killed) {
                            killed = true;
                            keepers[i].release()->deleteLater();
                            keepers[i].reset();
                        }
                    });
                }
            }
            for (std::size_t i = 0; i < keepers.size(); ++i) {
                if (!keepers[i]) {
                    // Started again from the journal, which holds the intent but not the id.
                    QTRY_VERIFY(client.pendingCalls().isEmpty());
                    const QString journalPath = dir.filePath(plans.at(int(i)).name + u".journal.json"_s);
                    QString error;
                    const auto journal = bulk::PlanJournal::load(journalPath, &error);
                    QVERIFY(journal);
                    QVERIFY(std::any_of(journal->entries.cbegin(), journal->entries.cend(),
                        [](const bulk::PlanJournalEntry &e) { return e.subscriptionId.isEmpty(); }));
                    keepers[i] = startKeeper(int(i));
                    collect(keepers[i].get());
                }
                QString error;
                PlanKeeper *keeper = keepers[i].get();
                if (!runPass(keeper, &error)) {
                    QVERIFY2(killed && !keepers[i], "a pass did not finish");
                    continue;
                }
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            QTRY_VERIFY_WITH_TIMEOUT(simulator.network()->dispatcher()->isIdle(), 10000);

            for (const SubscriptionPlan &plan : plans) {
                QStringList uncovered, duplicates;
                inspect(simulator, plan, &uncovered, &duplicates);
                if (!killed || (keepers[0] && keepers[1]))
                    QVERIFY2(uncovered.isEmpty(), qPrintable(u"after the pass: "_s + uncovered.join(u", ")));
                QVERIFY2(duplicates.isEmpty(), qPrintable(u"duplicates: "_s + duplicates.join(u", ")));
            }
        }
        QVERIFY(killed);
        QVERIFY(terminated);

        // Every kind of renewal happened, and the terminated subscription was created again, said why.
        QSet<QString> reasons;
        int creates = 0, renewals = 0, deletes = 0;
        for (const PlanLogEntry &entry : std::as_const(log)) {
            QVERIFY2(entry.ok, qPrintable(entry.error));
            reasons.insert(PlanAction::kindName(entry.action.kind) + u' ' + entry.action.reason + u' '
                + (entry.action.reason == u"ended"_s ? entry.action.detail : QString()));
            creates += entry.action.kind == PlanAction::Kind::Create;
            renewals += entry.action.kind == PlanAction::Kind::Renew;
            deletes += entry.action.kind == PlanAction::Kind::Delete;
        }
        int events = 0;
        for (const int count : sink.evidence().eventCounts)
            events += count;
        qInfo("events at the sink: %d, ends: %d", events, int(sink.evidence().endReasons.size()));
        QVERIFY2(reasons.contains(u"renew expiry "_s), qPrintable(reasons.values().join(u"; ")));
        QVERIFY2(reasons.contains(u"renew max-events "_s), qPrintable(reasons.values().join(u"; ")));
        QVERIFY2(reasons.contains(u"renew token-expiry "_s), qPrintable(reasons.values().join(u"; ")));
        QVERIFY2(reasons.contains(u"create ended NETWORK_TERMINATED"_s), qPrintable(reasons.values().join(u"; ")));
        QVERIFY2(reasons.contains(u"delete replaced "_s), qPrintable(reasons.values().join(u"; ")));
        qInfo("48 simulated hours: %d creates, %d renewals, %d deletes, %d subscriptions live at the end", creates,
            renewals, deletes, int(simulator.network()->subscriptionCount()));
        QCOMPARE(simulator.network()->subscriptionCount(), 3);
    }

    void deletesTheOldOneOnlyOnceTheNewOneIsActive_data()
    {
        QTest::addColumn<QList<QByteArray>>("pollStatuses"); // what GET of the new subscription answers, in turn
        QTest::addColumn<bool>("oldDeleted");
        QTest::newRow("active at the second look") << QList<QByteArray>{"ACTIVATION_REQUESTED", "ACTIVE"} << true;
        QTest::newRow("never active") << QList<QByteArray>{"ACTIVATION_REQUESTED", "ACTIVATION_REQUESTED"} << false;
    }

    void deletesTheOldOneOnlyOnceTheNewOneIsActive()
    {
        // An API that activates asynchronously (a loopback fixture): the renewal's create answers
        // ACTIVATION_REQUESTED; the old subscription is deleted only after a GET shows the new one ACTIVE.
        QFETCH(QList<QByteArray>, pollStatuses);
        QFETCH(bool, oldDeleted);
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1767225600000, QTimeZone::utc()));
        const SubscriptionPlan plan =
            makePlan(u"async"_s, u"http://127.0.0.1:9/n"_s, {RoamingDevice}, EventType::RoamingOn, 6, 100, 24);
        auto subscription = [&](const QString &id, qint64 generation, const QByteArray &status, qint64 expiresInMs) {
            Subscription s;
            s.id = id;
            s.sink = plan.sinkFor(generation);
            s.types = {eventtype::toWire(EventType::RoamingOn)};
            s.config.device = plan.devices.constFirst();
            s.expiresAt = clock.now().addMSecs(expiresInMs);
            s.status = subscriptionstatus::fromWire(QString::fromLatin1(status));
            return QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
        };
        fixture::HttpFixture api;
        // The old one expires in 30 minutes: inside the one-hour margin.
        api.enqueue(fixture::Response::json(200, '[' + subscription(u"old"_s, 1, "ACTIVE", 30 * Minute) + ']'));
        api.enqueue(fixture::Response::json(201, subscription(u"new"_s, 2, "ACTIVATION_REQUESTED", 6 * Hour)));
        for (const QByteArray &status : pollStatuses)
            api.enqueue(fixture::Response::json(200, subscription(u"new"_s, 2, status, 6 * Hour)));
        api.enqueue(fixture::Response{204, {}, {}, 0, false});

        api::RoamingClient client;
        client.setClock(&clock);
        client.setEnvironment(api::Environment::simulator(api.root(u"/device-status"_s)));
        PlanKeeper keeper(&client, &clock);
        keeper.setPlan(plan);
        keeper.setActivationPolling(int(pollStatuses.size()), 10);
        QString error;
        QVERIFY(runPass(&keeper, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList calls;
        for (const fixture::Request &request : std::as_const(api.requests))
            calls << QString::fromLatin1(request.method) + u' ' + request.path().section(u'/', -1);
        QStringList expected = {u"GET subscriptions"_s, u"POST subscriptions"_s};
        for (qsizetype i = 0; i < pollStatuses.size(); ++i)
            expected << u"GET new"_s;
        if (oldDeleted)
            expected << u"DELETE old"_s;
        QCOMPARE(calls, expected);
        // The journal holds both until the old one is gone.
        QCOMPARE(keeper.journal().entries.size(), oldDeleted ? 1 : 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanKeeper)
#include "tst_plankeeper.moc"
