// SubscriptionTableModel: the API list merged with local knowledge, under QAbstractItemModelTester.
#include "models/subscriptiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

namespace {
Subscription make(const QString &id, const QString &phone = QStringLiteral("+99999991000"))
{
    Subscription sub;
    sub.id = id;
    sub.sink = QStringLiteral("http://127.0.0.1:9/notifications");
    sub.types = {QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on")};
    Device device;
    device.phoneNumber = phone;
    sub.config.device = device;
    sub.config.subscriptionMaxEvents = 5;
    sub.startsAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    sub.status = SubscriptionStatus::Active;
    return sub;
}
} // namespace

class TestSubscriptionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displaysColumns();
    void mergeKeepsLocalAndDropsForeign();
    void upsertAndEnd_data();
    void upsertAndEnd();
    void eventCounts();
};

void TestSubscriptionTableModel::displaysColumns()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(make(QStringLiteral("a1")), true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(SubscriptionTableModel::ColumnCount));
    QCOMPARE(model.index(0, SubscriptionTableModel::IdColumn).data().toString(), QStringLiteral("a1"));
    QCOMPARE(model.index(0, SubscriptionTableModel::DeviceColumn).data().toString(), QStringLiteral("+99999991000"));
    QCOMPARE(model.index(0, SubscriptionTableModel::EventTypeColumn).data().toString(), QStringLiteral("roaming-on"));
    QCOMPARE(model.index(0, SubscriptionTableModel::StatusColumn).data().toString(), QStringLiteral("● ACTIVE"));
    QCOMPARE(model.index(0, SubscriptionTableModel::MaxEventsColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(0, SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 0);
    QCOMPARE(
        model.index(0, SubscriptionTableModel::StartsAtColumn).data(SubscriptionTableModel::RawValueRole).toDateTime(),
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    QCOMPARE(model.headerData(SubscriptionTableModel::SinkColumn, Qt::Horizontal).toString(), QStringLiteral("Sink"));
}

void TestSubscriptionTableModel::mergeKeepsLocalAndDropsForeign()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(make(QStringLiteral("mine")), true);
    model.mergeApiList({make(QStringLiteral("mine")), make(QStringLiteral("theirs"))});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Both vanish from the API: ours stays (marked), the foreign one goes.
    model.mergeApiList({});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), QStringLiteral("mine"));
    QVERIFY(model.index(0, 0).data(SubscriptionTableModel::IsEndedRole).toBool());
    QCOMPARE(model.index(0, SubscriptionTableModel::StatusColumn).data().toString(),
        QStringLiteral("□ Not listed by the API"));
    // Listed again: active again.
    model.mergeApiList({make(QStringLiteral("mine"))});
    QCOMPARE(model.index(0, SubscriptionTableModel::StatusColumn).data().toString(), QStringLiteral("● ACTIVE"));
    QVERIFY(!model.index(0, 0).data(SubscriptionTableModel::IsEndedRole).toBool());
}

void TestSubscriptionTableModel::upsertAndEnd_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");
    QTest::newRow("max events") << "MAX_EVENTS_REACHED"
                                << "■ Ended (max events)";
    QTest::newRow("expired") << "SUBSCRIPTION_EXPIRED"
                             << "■ Ended (expired)";
    QTest::newRow("deleted") << "SUBSCRIPTION_DELETED"
                             << "■ Ended (deleted)";
    QTest::newRow("network") << "NETWORK_TERMINATED"
                             << "■ Ended (network)";
}

void TestSubscriptionTableModel::upsertAndEnd()
{
    QFETCH(QString, reason);
    QFETCH(QString, status);
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(make(QStringLiteral("x")), true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A delete done here, then the sink's subscription-ends: the precise reason wins.
    model.markEnded(QStringLiteral("x"), QStringLiteral("DELETED"));
    model.markEnded(QStringLiteral("x"), reason);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, SubscriptionTableModel::StatusColumn).data().toString(), status);
    model.markEnded(QStringLiteral("unknown"), reason); // ignored
    QCOMPARE(model.rowCount(), 1);
}

void TestSubscriptionTableModel::eventCounts()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(make(QStringLiteral("a")));
    model.upsert(make(QStringLiteral("b")));
    model.addEventsReceived(QStringLiteral("b"), 2);
    model.addEventsReceived(QStringLiteral("b"), 3);
    model.setEventsReceived(QStringLiteral("a"), 7);
    QCOMPARE(
        model.index(model.rowOf(QStringLiteral("b")), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 5);
    QCOMPARE(
        model.index(model.rowOf(QStringLiteral("a")), SubscriptionTableModel::EventsReceivedColumn).data().toInt(), 7);
    model.remove(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
}

QTEST_GUILESS_MAIN(TestSubscriptionTableModel)
#include "tst_ui_subscriptiontablemodel.moc"
