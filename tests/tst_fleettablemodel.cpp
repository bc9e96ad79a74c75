#include "fleettestutil.h"
#include "models/fleettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

class TestFleetTableModel : public QObject
{
    Q_OBJECT

private:
    static void apply(FleetState &state, FleetTableModel &model, const QList<NotificationLogRecord> &records)
    {
        QList<FleetChange> changes;
        for (const NotificationLogRecord &r : records)
            changes << state.apply(r);
        model.noteChanges(changes);
    }

private Q_SLOTS:
    void updatesInPlace()
    {
        FleetState state;
        FleetTableModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        apply(state, model, {status(u"+1"_s, 0, true, 262), status(u"+2"_s, 0, false, 208)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, FleetTableModel::CountryColumn).data().toString(), u"262 DE Germany"_s);

        apply(state, model, {status(u"+2"_s, 5, true, 222)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, FleetTableModel::StatusColumn).data(FleetTableModel::RawValueRole).toInt(), 2);
        QCOMPARE(model.index(1, FleetTableModel::LastEventColumn).data().toString(), u"roaming-status"_s);

        apply(state, model, {status(u"+2"_s, 5, true, 222)}); // duplicate: no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void sortRolesSortByRawValues()
    {
        FleetState state;
        FleetTableModel model(&state);
        apply(state, model,
            {status(u"+1"_s, 30, true, 262), status(u"+2"_s, 5, false, 208),
                record(u"+3"_s, EventType::SubscriptionEnds, 10)});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(FleetTableModel::RawValueRole);
        proxy.sort(FleetTableModel::SinceColumn, Qt::AscendingOrder);
        // The device without a status has no since (an invalid date sorts first).
        QCOMPARE(proxy.index(1, 0).data().toString(), u"+2"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"+1"_s);
        proxy.sort(FleetTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"+1"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"+3"_s);
        // Live updates re-sort through the proxy.
        apply(state, model, {status(u"+3"_s, 40, true, 340)});
        QCOMPARE(proxy.index(2, 0).data().toString(), u"+2"_s);
        QCOMPARE(model.index(2, 0).data(FleetTableModel::CountryCodesRole).toStringList().size(), 5);
    }

    void labelAndGroupOfWatchedDevices()
    {
        FleetState state;
        FleetTableModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Device a;
        a.phoneNumber = u"+1"_s;
        Device b;
        b.phoneNumber = u"+2"_s;
        Device c;
        c.phoneNumber = u"+3"_s;
        model.noteChanges(
            {state.addWatched(a, u"van"_s, u"North"_s), state.addWatched(b, u"Bus"_s, QString()), state.addWatched(c)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(state.labelledCount(), 2);
        QCOMPARE(state.groupedCount(), 1);
        QCOMPARE(model.headerData(FleetTableModel::LabelColumn, Qt::Horizontal).toString(), u"Label"_s);
        QCOMPARE(model.headerData(FleetTableModel::GroupColumn, Qt::Horizontal).toString(), u"Group"_s);
        QCOMPARE(model.index(0, FleetTableModel::LabelColumn).data().toString(), u"van"_s);
        QCOMPARE(model.index(0, FleetTableModel::GroupColumn).data().toString(), u"North"_s);
        QCOMPARE(model.index(1, FleetTableModel::GroupColumn).data().toString(), QString());

        // Sorted by label, case ignored: no label first.
        QVERIFY(model.lessThan(2, 1, FleetTableModel::LabelColumn));
        QVERIFY(model.lessThan(1, 0, FleetTableModel::LabelColumn));
        QVERIFY(!model.lessThan(0, 1, FleetTableModel::LabelColumn));
        QVERIFY(model.lessThan(1, 0, FleetTableModel::GroupColumn));

        // Imported again with a new label: the row changes in place; the same label again changes nothing.
        const FleetChange renamed = state.addWatched(b, u"Coach"_s, u"South"_s);
        QCOMPARE(renamed.row, 1);
        QVERIFY(!renamed.inserted);
        model.noteChanges({renamed});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, FleetTableModel::LabelColumn).data().toString(), u"Coach"_s);
        QCOMPARE(state.groupedCount(), 2);
        QVERIFY(state.addWatched(b, u"Coach"_s, u"South"_s).isNull());
        QVERIFY(state.addWatched(a, QString(), QString()).row == 0);
        QCOMPARE(state.labelledCount(), 1);
        QCOMPARE(state.groupedCount(), 1);
    }

    void freshness()
    {
        FleetState state;
        FleetTableModel model(&state);
        apply(state, model, {status(u"+1"_s, 0, true, 262)});
        model.setNow(QDateTime::fromMSecsSinceEpoch(T0 + 3 * 3600 * 1000, QTimeZone::utc()));
        QCOMPARE(model.index(0, FleetTableModel::FreshColumn).data(FleetTableModel::RawValueRole).toLongLong(),
            qint64(3 * 3600 * 1000));
        QCOMPARE(model.index(0, FleetTableModel::FreshColumn).data().toString(),
            FleetTableModel::formatAge(3 * 3600 * 1000));
    }
};

QTEST_GUILESS_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"
