// SimDeviceModel: devices and where they are, updated in place.
#include "models/simdevicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace roamdesk;

namespace {
SimDeviceModel::Entry device(const QString &phone, int home, int now)
{
    SimDeviceModel::Entry e;
    e.key = phone;
    e.device.phoneNumber = phone;
    e.homeMcc = home;
    e.currentMcc = now;
    return e;
}
} // namespace

class TestSimDeviceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhereDevicesAre();
    void showsTheIdentifierKind();
    void updatesInPlace();
};

void TestSimDeviceModel::showsWhereDevicesAre()
{
    SimDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(
        {device(QStringLiteral("+99999991000"), 244, 262), device(QStringLiteral("+99999991001"), 244, 244)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, SimDeviceModel::LocationColumn).data().toString().contains(QStringLiteral("DE")));
    QVERIFY(model.index(0, SimDeviceModel::RoamingColumn).data().toString().contains(QStringLiteral("roaming")));
    QVERIFY(model.index(1, SimDeviceModel::RoamingColumn).data().toString().contains(QStringLiteral("home")));
    QVERIFY(model.index(0, 0).data(SimDeviceModel::RoamingRole).toBool());
    QVERIFY(!model.index(1, 0).data(SimDeviceModel::RoamingRole).toBool());
}

void TestSimDeviceModel::showsTheIdentifierKind()
{
    SimDeviceModel model;
    SimDeviceModel::Entry nai = device(QStringLiteral("n"), 208, 214);
    nai.device = Device();
    nai.device.networkAccessIdentifier = QStringLiteral("user@domain.example");
    nai.label = QStringLiteral("NAI, roaming in Spain");
    SimDeviceModel::Entry ipv4 = device(QStringLiteral("4"), 262, 262);
    ipv4.device = Device();
    ipv4.device.ipv4Address = Ipv4Address{QStringLiteral("233.252.0.2"), QStringLiteral("192.0.2.25"), 80};
    SimDeviceModel::Entry ipv6 = device(QStringLiteral("6"), 310, 234);
    ipv6.device = Device();
    ipv6.device.ipv6Address = QStringLiteral("2001:db8::7");
    model.setEntries({device(QStringLiteral("+99999991000"), 244, 262), nai, ipv4, ipv6});
    QCOMPARE(model.headerData(SimDeviceModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    const QStringList expected{
        QStringLiteral("Phone"), QStringLiteral("NAI"), QStringLiteral("IPv4"), QStringLiteral("IPv6")};
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, SimDeviceModel::KindColumn).data().toString(), expected.at(row));
    QCOMPARE(model.index(2, SimDeviceModel::DeviceColumn).data().toString(), QStringLiteral("233.252.0.2:80"));
    // The simulator's label says what the device is for.
    QVERIFY(model.index(1, SimDeviceModel::DeviceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("roaming in Spain")));
}

void TestSimDeviceModel::updatesInPlace()
{
    SimDeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({device(QStringLiteral("a"), 244, 244), device(QStringLiteral("b"), 244, 244)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setEntries({device(QStringLiteral("a"), 244, 262), device(QStringLiteral("b"), 244, 244)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.updatePosition(QStringLiteral("b"), 208));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!model.updatePosition(QStringLiteral("zz"), 208));
    model.setEntries({device(QStringLiteral("c"), 244, 244)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestSimDeviceModel)
#include "tst_ui_simdevicemodel.moc"
