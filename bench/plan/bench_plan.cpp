// bench_plan [--devices N,N,…] [--apply N]: how long one reconcile takes for a plan of N devices x 2 types whose
// subscriptions all exist (the steady state of `plan keep`), and how long a first apply of --apply devices takes
// through PlanKeeper against the in-process simulator (creates sent 16 at a time, the journal written before and
// after each batch).
#include "app/bulk/plankeeper.h"
#include "app/bulk/planreconciler.h"
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace roamdesk;

namespace {

QString phone(int i)
{
    return QStringLiteral("+3584%1").arg(i, 8, 10, QLatin1Char('0'));
}

SubscriptionPlan planOf(int devices)
{
    SubscriptionPlan plan;
    plan.name = QStringLiteral("bench");
    for (int i = 0; i < devices; ++i) {
        Device device;
        device.phoneNumber = phone(i);
        plan.devices << device;
    }
    plan.types = {EventType::RoamingOn, EventType::RoamingOff};
    plan.sink = QUrl(QStringLiteral("http://127.0.0.1:9/n"));
    plan.expireAfterSeconds = 24 * 3600;
    return plan;
}

void reconcileSteadyState(int devices, QTextStream &out)
{
    const SubscriptionPlan plan = planOf(devices);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Subscription> listed;
    bulk::PlanJournal journal;
    qint64 generation = 1;
    const QList<PlanSlot> planSlots = plan.planSlots();
    for (const PlanSlot &slot : planSlots) {
        Subscription s;
        s.id = QStringLiteral("sub-%1").arg(generation);
        s.sink = plan.sinkFor(generation);
        s.types = {eventtype::toWire(slot.type)};
        s.config.device = slot.device;
        s.expiresAt = now.addSecs(20 * 3600);
        s.status = SubscriptionStatus::Active;
        listed << s;
        bulk::PlanJournalEntry entry;
        entry.slotKey = slot.key();
        entry.generation = generation++;
        entry.subscriptionId = s.id;
        entry.requestedAt = now;
        journal.entries << entry;
    }
    journal.nextGeneration = generation;
    QElapsedTimer timer;
    timer.start();
    const bulk::PlanDecision decision = bulk::PlanReconciler::reconcile(plan, listed, journal, now);
    const qint64 ms = timer.elapsed();
    out << "reconcile, " << devices << " devices x 2 types (" << planSlots.size() << " subscriptions, all kept): " << ms
        << " ms, " << decision.actions.size() << " actions" << Qt::endl;
}

void firstApply(int devices, QTextStream &out)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    sim::SimulatorServer simulator(&clock, nullptr);
    QList<sim::SimDevice> simDevices;
    for (int i = 0; i < devices; ++i) {
        sim::SimDevice device;
        device.key = phone(i);
        device.identifiers.phoneNumber = phone(i);
        device.homeMcc = 244;
        simDevices << device;
    }
    simulator.network()->addDevices(simDevices);
    if (!simulator.listen())
        return;
    api::RoamingClient client;
    client.setEnvironment(api::Environment::simulator(simulator.apiRoot()));
    QTemporaryDir dir;
    bulk::PlanKeeper keeper(&client, &clock);
    keeper.setPlan(planOf(devices));
    keeper.setJournalPath(dir.filePath(QStringLiteral("bench.journal.json")));
    QEventLoop loop;
    QObject::connect(&keeper, &bulk::PlanKeeper::passFinished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    keeper.runOnce();
    loop.exec();
    const qint64 applyMs = timer.elapsed();
    timer.restart();
    keeper.runOnce();
    loop.exec();
    out << "first apply, " << devices << " devices x 2 types: " << applyMs << " ms for "
        << simulator.network()->subscriptionCount() << " creates (" << double(applyMs) / qMax(1, devices * 2)
        << " ms each); the next pass (all kept): " << timer.elapsed() << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Plan sizes to reconcile."), QStringLiteral("list"),
                           QStringLiteral("1000,10000,50000")},
        {QStringLiteral("apply"), QStringLiteral("Devices of the first apply."), QStringLiteral("n"),
            QStringLiteral("500")}});
    parser.process(app);
    QTextStream out(stdout);
    const QStringList sizes = parser.value(QStringLiteral("devices")).split(QLatin1Char(','));
    for (const QString &size : sizes)
        reconcileSteadyState(size.toInt(), out);
    firstApply(parser.value(QStringLiteral("apply")).toInt(), out);
    return 0;
}
