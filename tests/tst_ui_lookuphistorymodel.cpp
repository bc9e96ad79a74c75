// LookupHistoryModel: newest first, bounded, survives a round trip through QSettings values.
#include "models/lookuphistorymodel.h"

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
    void rowsReadTheSameAfterRestore_data();
    void rowsReadTheSameAfterRestore();
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

void TestLookupHistoryModel::rowsReadTheSameAfterRestore_data()
{
    QTest::addColumn<QVariant>("error"); // an ApiError, or nothing for a status
    const ApiError hostNotFound = ApiError::transportFailure(ApiError::Transport::HostNotFound, QStringLiteral("x"));
    ApiError invalidBody = ApiError::transportFailure(ApiError::Transport::InvalidBody, QStringLiteral("y"));
    invalidBody.httpStatus = 200;
    QTest::newRow("host not found") << QVariant::fromValue(hostNotFound);
    QTest::newRow("invalid body") << QVariant::fromValue(invalidBody);
    QTest::newRow("503") << QVariant::fromValue(ApiError::make(503, QStringLiteral("UNAVAILABLE")));
    QTest::newRow("roaming") << QVariant();
}

void TestLookupHistoryModel::rowsReadTheSameAfterRestore()
{
    QFETCH(QVariant, error);
    LookupHistoryModel model;
    LookupHistoryModel::Entry e = entry(QStringLiteral("+99999991000"), true, 3);
    if (error.isValid()) {
        e.status.reset();
        e.error = error.value<ApiError>();
    }
    model.add(e);
    LookupHistoryModel restored;
    restored.fromVariant(model.toVariant());
    QCOMPARE(restored.rowCount(), 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(restored.index(0, column).data().toString(), model.index(0, column).data().toString());
    if (error.isValid())
        QCOMPARE(restored.entryAt(0)->error->transport, e.error->transport);
    // A transport failure saved by an older version (no transport kept) still reads "—", not "0".
    QVariantList old = model.toVariant();
    QVariantMap first = old.first().toMap();
    first.remove(QStringLiteral("errorTransport"));
    old[0] = first;
    restored.fromVariant(old);
    if (error.isValid() && e.error->httpStatus == 0)
        QVERIFY(restored.index(0, LookupHistoryModel::ResultColumn).data().toString().startsWith(u'—'));
}

QTEST_GUILESS_MAIN(TestLookupHistoryModel)
#include "tst_ui_lookuphistorymodel.moc"
