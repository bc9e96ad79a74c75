// LookupHistoryModel: newest first, bounded, survives a round trip through QSettings values.
#include "lookuphistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

namespace {
LookupHistoryModel::Entry entry(const QString &phone, bool roaming, int minute)
{
    LookupHistoryModel::Entry e;
    e.when = QDateTime(QDate(2026, 3, 1), QTime(10, minute), QTimeZone::utc());
    e.device.phoneNumber = phone;
    RoamingStatus status;
    status.roaming = roaming;
    if (roaming) {
        status.countryCode = 262;
        status.countryName = QStringList{QStringLiteral("DE")};
    }
    e.status = status;
    return e;
}
} // namespace

class TestLookupHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndBounded();
    void summaries_data();
    void summaries();
    void roundTrip();
};

void TestLookupHistoryModel::newestFirstAndBounded()
{
    LookupHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(3);
    for (int i = 0; i < 5; ++i)
        model.add(entry(QStringLiteral("+9999999100%1").arg(i), false, i));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LookupHistoryModel::DeviceColumn).data().toString(), QStringLiteral("+99999991004"));
    QCOMPARE(model.index(2, LookupHistoryModel::DeviceColumn).data().toString(), QStringLiteral("+99999991002"));
}

void TestLookupHistoryModel::summaries_data()
{
    QTest::addColumn<bool>("roaming");
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("roaming") << true << 0 << "roaming · DE Germany (262)";
    QTest::newRow("home") << false << 0 << "not roaming";
    QTest::newRow("404") << false << 404 << "404 IDENTIFIER_NOT_FOUND";
}

void TestLookupHistoryModel::summaries()
{
    QFETCH(bool, roaming);
    QFETCH(int, errorStatus);
    QFETCH(QString, expected);
    LookupHistoryModel::Entry e = entry(QStringLiteral("+99999991000"), roaming, 1);
    if (errorStatus) {
        e.status.reset();
        e.error = ApiError::make(errorStatus, QStringLiteral("IDENTIFIER_NOT_FOUND"));
    }
    QCOMPARE(LookupHistoryModel::summary(e), expected);
}

void TestLookupHistoryModel::roundTrip()
{
    LookupHistoryModel model;
    model.add(entry(QStringLiteral("+99999991000"), true, 1));
    LookupHistoryModel::Entry failed = entry(QStringLiteral("+99999990503"), false, 2);
    failed.status.reset();
    failed.error = ApiError::make(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("Network issue"));
    model.add(failed);
    LookupHistoryModel restored;
    QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
    restored.fromVariant(model.toVariant());
    QCOMPARE(restored.rowCount(), 2);
    QCOMPARE(restored.entryAt(0)->device.phoneNumber, QStringLiteral("+99999990503"));
    QCOMPARE(restored.entryAt(0)->error->code, QStringLiteral("UNAVAILABLE"));
    QCOMPARE(restored.entryAt(1)->status->countryCode, 262);
    QCOMPARE(restored.entryAt(1)->when, model.entryAt(1)->when);
    restored.fromVariant({QVariant(QStringLiteral("garbage"))}); // ignored, not a crash
    QCOMPARE(restored.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLookupHistoryModel)
#include "tst_ui_lookuphistorymodel.moc"
