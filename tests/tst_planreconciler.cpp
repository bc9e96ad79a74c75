// PlanReconciler: the plan, the API's list, the journal and the time in; the actions out.
#include "app/bulk/planreconciler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using roamdesk::bulk::PlanAction;
using roamdesk::bulk::PlanEvidence;
using roamdesk::bulk::PlanJournal;
using roamdesk::bulk::PlanJournalEntry;
using roamdesk::bulk::PlanReconciler;
using EventCounts = QHash<QString, int>;
using EndReasons = QHash<QString, QString>;

namespace {

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
constexpr qint64 Hour = 3600;

Device phone(const QString &number)
{
    Device device;
    device.phoneNumber = number;
    return device;
}

SubscriptionPlan plan()
{
    SubscriptionPlan p;
    p.name = u"test-plan"_s;
    p.devices = {phone(u"+99999991000"_s)};
    p.types = {EventType::RoamingStatus};
    p.sink = QUrl(u"http://127.0.0.1:9000/notify"_s);
    p.sinkToken.source = PlanSinkToken::Source::Generated;
    p.sinkToken.validForSeconds = 12 * Hour;
    p.expireAfterSeconds = 24 * Hour;
    p.maxEvents = 10;
    p.renew = {Hour, 1, Hour};
    return p;
}

/// A listed subscription: "<id>" of the plan's generation `generation` (-1: no plan tag), for `number`.
struct Listed
{
    QString id;
    qint64 generation = 1;
    QString number = u"+99999991000"_s;
    qint64 expiresInSeconds = 20 * Hour;
    SubscriptionStatus status = SubscriptionStatus::Active;
};

Subscription subscriptionOf(const Listed &listed)
{
    Subscription s;
    s.id = listed.id;
    s.sink = listed.generation < 0 ? u"http://127.0.0.1:9000/notify"_s : plan().sinkFor(listed.generation);
    s.types = {eventtype::toWire(EventType::RoamingStatus)};
    s.config.device = phone(listed.number);
    s.config.subscriptionMaxEvents = 10;
    s.expiresAt = Now.addSecs(listed.expiresInSeconds);
    s.status = listed.status;
    return s;
}

PlanJournalEntry entryOf(const QString &id, qint64 generation, qint64 tokenExpiresInSeconds = 10 * Hour)
{
    PlanJournalEntry entry;
    entry.slotKey = PlanSlot::keyOf(phone(u"+99999991000"_s), EventType::RoamingStatus);
    entry.generation = generation;
    entry.subscriptionId = id;
    entry.requestedAt = Now.addSecs(-Hour);
    entry.tokenExpiresAt = Now.addSecs(tokenExpiresInSeconds);
    entry.maxEvents = 10;
    return entry;
}

QStringList describe(const QList<PlanAction> &actions)
{
    QStringList lines;
    for (const PlanAction &action : actions) {
        QString line = PlanAction::kindName(action.kind) + u' ' + action.reason;
        if (!action.subscriptionId.isEmpty())
            line += u' ' + action.subscriptionId;
        if (!action.detail.isEmpty() && (action.reason == u"ended"_s || action.reason == u"max-events"_s))
            line += u" ("_s + action.detail + u')';
        lines << line;
    }
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(QList<Listed>)
Q_DECLARE_METATYPE(QList<PlanJournalEntry>)

class TestPlanReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<QList<Listed>>("listed");
        QTest::addColumn<QList<PlanJournalEntry>>("journal");
        QTest::addColumn<EventCounts>("eventCounts");
        QTest::addColumn<EndReasons>("endReasons");
        QTest::addColumn<QStringList>("expected");

        const QHash<QString, int> noCounts;
        const QHash<QString, QString> noEnds;
        QTest::newRow("missing") << QList<Listed>{} << QList<PlanJournalEntry>{} << noCounts << noEnds
                                 << QStringList{u"create missing"_s};
        QTest::newRow("kept") << QList<Listed>{{u"a"_s}} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)} << noCounts
                              << noEnds << QStringList{u"keep active a"_s};
        QTest::newRow("extra device") << QList<Listed>{{u"a"_s}, {u"x"_s, 2, u"+99999991001"_s}}
                                      << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)} << noCounts << noEnds
                                      << QStringList{u"delete extra x"_s, u"keep active a"_s};
        QTest::newRow("someone else's subscription is left alone")
            << QList<Listed>{{u"other"_s, -1}} << QList<PlanJournalEntry>{} << noCounts << noEnds
            << QStringList{u"create missing"_s};
        QTest::newRow("network terminated") << QList<Listed>{} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)}
                                            << noCounts << QHash<QString, QString>{{u"a"_s, u"NETWORK_TERMINATED"_s}}
                                            << QStringList{u"create ended (NETWORK_TERMINATED)"_s};
        QTest::newRow("listed as expired")
            << QList<Listed>{{u"a"_s, 1, u"+99999991000"_s, -60, SubscriptionStatus::Expired}}
            << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)} << noCounts << noEnds << QStringList{u"create ended"_s};
        QTest::newRow("renew before expiry")
            << QList<Listed>{{u"a"_s, 1, u"+99999991000"_s, Hour / 2}} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)}
            << noCounts << noEnds << QStringList{u"renew expiry a"_s};
        QTest::newRow("renew before max events")
            << QList<Listed>{{u"a"_s}} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)}
            << QHash<QString, int>{{u"a"_s, 9}} << noEnds << QStringList{u"renew max-events a (9 of 10)"_s};
        QTest::newRow("not yet near max events")
            << QList<Listed>{{u"a"_s}} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1)}
            << QHash<QString, int>{{u"a"_s, 8}} << noEnds << QStringList{u"keep active a"_s};
        QTest::newRow("renew before the sink token expires")
            << QList<Listed>{{u"a"_s}} << QList<PlanJournalEntry>{entryOf(u"a"_s, 1, Hour / 2)} << noCounts << noEnds
            << QStringList{u"renew token-expiry a"_s};
        QTest::newRow("renewal done, the old one goes")
            << QList<Listed>{{u"a"_s, 1}, {u"b"_s, 2}}
            << QList<PlanJournalEntry>{entryOf(u"a"_s, 1), entryOf(u"b"_s, 2)} << noCounts << noEnds
            << QStringList{u"delete replaced a"_s, u"keep active b"_s};
        QTest::newRow("renewal activating, the old one stays")
            << QList<Listed>{{u"a"_s, 1},
                   {u"b"_s, 2, u"+99999991000"_s, 20 * Hour, SubscriptionStatus::ActivationRequested}}
            << QList<PlanJournalEntry>{entryOf(u"a"_s, 1), entryOf(u"b"_s, 2)} << noCounts << noEnds
            << QStringList{u"wait activating b"_s, u"keep active a"_s};
        PlanJournalEntry intent = entryOf(QString(), 3);
        QTest::newRow("created but not journaled: adopted, not created again")
            << QList<Listed>{{u"c"_s, 3}} << QList<PlanJournalEntry>{intent} << noCounts << noEnds
            << QStringList{u"keep active c"_s};
        QTest::newRow("intent that never landed") << QList<Listed>{} << QList<PlanJournalEntry>{intent} << noCounts
                                                  << noEnds << QStringList{u"create missing"_s};
        QTest::newRow("journal lost: listed subscription adopted")
            << QList<Listed>{{u"a"_s, 7}} << QList<PlanJournalEntry>{} << noCounts << noEnds
            << QStringList{u"keep active a"_s};
    }

    void decides()
    {
        QFETCH(QList<Listed>, listed);
        QFETCH(QList<PlanJournalEntry>, journal);
        QFETCH(EventCounts, eventCounts);
        QFETCH(EndReasons, endReasons);
        QFETCH(QStringList, expected);

        QList<Subscription> subscriptions;
        for (const Listed &item : std::as_const(listed))
            subscriptions << subscriptionOf(item);
        PlanJournal before;
        before.entries = journal;
        for (const PlanJournalEntry &entry : std::as_const(journal))
            before.nextGeneration = qMax(before.nextGeneration, entry.generation + 1);
        const auto decision =
            PlanReconciler::reconcile(plan(), subscriptions, before, Now, PlanEvidence{eventCounts, endReasons});
        QCOMPARE(describe(decision.actions), expected);

        // Whatever is created gets a generation no listed or journaled subscription has.
        for (const PlanAction &action : decision.actions) {
            if (action.kind == PlanAction::Kind::Create || action.kind == PlanAction::Kind::Renew) {
                QVERIFY(action.generation >= before.nextGeneration);
                for (const Listed &item : std::as_const(listed))
                    QVERIFY(action.generation > item.generation);
                QVERIFY(decision.journal.nextGeneration > action.generation);
            }
        }
        // The journal ends up naming exactly the plan's live subscriptions.
        QStringList journaled;
        for (const PlanJournalEntry &entry : decision.journal.entries)
            journaled << entry.subscriptionId;
        QStringList live;
        for (const Listed &item : std::as_const(listed)) {
            if (item.generation >= 0 && item.status != SubscriptionStatus::Expired)
                live << item.id;
        }
        journaled.sort();
        live.sort();
        QCOMPARE(journaled, live);
    }

    void journalSurvivesAFile()
    {
        PlanJournal journal;
        journal.planName = u"p"_s;
        journal.entries = {entryOf(u"a"_s, 4), entryOf(QString(), 5)};
        journal.nextGeneration = 6;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plans/p.journal.json"_s);
        QString error;
        QVERIFY2(journal.save(path, &error), qPrintable(error));
        QCOMPARE(
            QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
        const auto loaded = PlanJournal::load(path, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->entries, journal.entries);
        QCOMPARE(loaded->nextGeneration, 6);

        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"nextGeneration\": 0");
        damaged.close();
        QVERIFY(!PlanJournal::load(path, &error));
        QVERIFY(error.contains(path));
        QVERIFY(PlanJournal::load(dir.filePath(u"absent.json"_s), &error)); // absent: an empty journal
    }
};

QTEST_GUILESS_MAIN(TestPlanReconciler)
#include "tst_planreconciler.moc"
