#include "models/device.h"
#include "modeltestutil.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

/// Device: identifier formats, the spec's validation rules with per-field messages, and the JSON codec.
class TestDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spec example") << "+123456789" << true;
        QTest::newRow("shortest: 5 digits") << "+12345" << true;
        QTest::newRow("longest: 15 digits") << "+123456789012345" << true;
        QTest::newRow("sandbox number") << "+99999991000" << true;
        QTest::newRow("too short: 4 digits") << "+1234" << false;
        QTest::newRow("too long: 16 digits") << "+1234567890123456" << false;
        QTest::newRow("no plus") << "123456789" << false;
        QTest::newRow("leading zero") << "+0123456789" << false;
        QTest::newRow("spaces") << "+358 40 1234567" << false;
        QTest::newRow("dashes") << "+1-555-1234567" << false;
        QTest::newRow("letters") << "+35840ABC4567" << false;
        QTest::newRow("double plus") << "++358401234567" << false;
        QTest::newRow("trailing newline") << "+358401234567\n" << false;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("+٣٥٨٤٠١٢٣٤٥") << false;
    }

    void phoneNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Device::isValidPhoneNumber(text), valid);
    }

    void ipv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spec example") << "84.125.93.10" << true;
        QTest::newRow("zeros") << "0.0.0.0" << true;
        QTest::newRow("broadcast") << "255.255.255.255" << true;
        QTest::newRow("octet 256") << "256.1.1.1" << false;
        QTest::newRow("three octets") << "1.2.3" << false;
        QTest::newRow("five octets") << "1.2.3.4.5" << false;
        QTest::newRow("leading zero") << "01.2.3.4" << false;
        QTest::newRow("empty octet") << "1..3.4" << false;
        QTest::newRow("trailing dot") << "1.2.3.4." << false;
        QTest::newRow("cidr") << "10.0.0.0/8" << false;
        QTest::newRow("with port") << "1.2.3.4:80" << false;
        QTest::newRow("letters") << "a.b.c.d" << false;
        QTest::newRow("sign") << "+1.2.3.4" << false;
        QTest::newRow("spaces") << " 1.2.3.4" << false;
        QTest::newRow("empty") << "" << false;
    }

    void ipv4()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Device::isValidIpv4(text), valid);
    }

    void ipv6_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("full form") << "2001:db8:85a3:8d3:1319:8a2e:370:7344" << true;
        QTest::newRow("leading zeros") << "2001:0db8:0000:0000:0000:ff00:0042:8329" << true;
        QTest::newRow("upper case") << "2001:DB8::FF00:42:8329" << true;
        QTest::newRow("compressed middle") << "2001:db8::1" << true;
        QTest::newRow("unspecified ::") << "::" << true;
        QTest::newRow("loopback ::1") << "::1" << true;
        QTest::newRow("trailing ::") << "2001:db8::" << true;
        QTest::newRow(":: for one group") << "1:2:3:4:5:6::8" << true;
        QTest::newRow("embedded IPv4 mapped") << "::ffff:192.0.2.128" << true;
        QTest::newRow("embedded IPv4 compatible") << "::13.1.68.3" << true;
        QTest::newRow("embedded IPv4 full") << "0:0:0:0:0:ffff:192.0.2.128" << true;
        QTest::newRow("embedded IPv4 after groups") << "64:ff9b::192.0.2.33" << true;
        QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9" << false;
        QTest::newRow("seven groups, no ::") << "1:2:3:4:5:6:7" << false;
        QTest::newRow(":: with eight groups") << "1:2:3:4::5:6:7:8" << false;
        QTest::newRow("two ::") << "2001::db8::1" << false;
        QTest::newRow(":::") << "2001:::1" << false;
        QTest::newRow("leading single colon") << ":1:2:3:4:5:6:7" << false;
        QTest::newRow("trailing single colon") << "1:2:3:4:5:6:7:" << false;
        QTest::newRow("group of five digits") << "2001:db8:85a3:8d3:1319:8a2e:370:73441" << false;
        QTest::newRow("non-hex") << "2001:db8::g" << false;
        QTest::newRow("zone id") << "fe80::1%eth0" << false;
        QTest::newRow("brackets") << "[2001:db8::1]" << false;
        QTest::newRow("prefix length") << "2001:db8::/32" << false;
        QTest::newRow("IPv4 not last") << "::192.0.2.1:1" << false;
        QTest::newRow("IPv4 too many groups") << "1:2:3:4:5:6:7:1.2.3.4" << false;
        QTest::newRow("bad embedded IPv4") << "::ffff:192.0.2.256" << false;
        QTest::newRow("plain IPv4") << "192.0.2.1" << false;
        QTest::newRow("empty") << "" << false;
    }

    void ipv6()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Device::isValidIpv6(text), valid);
    }

    void nai_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spec example") << "123456789@domain.com" << true;
        QTest::newRow("short realm") << "x@y" << true;
        QTest::newRow("no at") << "notanai" << false;
        QTest::newRow("no user") << "@domain.com" << false;
        QTest::newRow("no realm") << "user@" << false;
        QTest::newRow("two at") << "a@b@c" << false;
        QTest::newRow("space") << "user name@domain.com" << false;
    }

    void nai()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Device::isValidNai(text), valid);
    }

    void port_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << true;
        QTest::newRow("59765") << 59765 << true;
        QTest::newRow("65535") << 65535 << true;
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("65536") << 65536 << false;
    }

    void port()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        QCOMPARE(Device::isValidPort(port), valid);
    }

    // Each rule with a passing and a failing row; `errorPaths` are the paths validate() must report.
    void validate_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorPaths");

        QTest::newRow("no identifier") << QByteArray("{}") << QStringList{u""_s};
        QTest::newRow("phone ok") << QByteArray(R"({"phoneNumber":"+123456789"})") << QStringList{};
        QTest::newRow("phone bad") << QByteArray(R"({"phoneNumber":"0401234567"})") << QStringList{u"phoneNumber"_s};
        QTest::newRow("nai only ok") << QByteArray(R"({"networkAccessIdentifier":"123456789@domain.com"})")
                                     << QStringList{};
        QTest::newRow("nai without realm is accepted on the wire")
            << QByteArray(R"({"networkAccessIdentifier":"notanai"})") << QStringList{};
        QTest::newRow("ipv4 public+private ok")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10","privateAddress":"10.0.0.1"}})")
            << QStringList{};
        QTest::newRow("ipv4 public+port ok")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10","publicPort":59765}})") << QStringList{};
        QTest::newRow("ipv4 all three ok") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"84.125.93.10","privateAddress":"10.0.0.1","publicPort":0}})")
                                           << QStringList{};
        QTest::newRow("ipv4 public only: anyOf fails")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10"}})") << QStringList{u"ipv4Address"_s};
        QTest::newRow("ipv4 no public address")
            << QByteArray(R"({"ipv4Address":{"privateAddress":"10.0.0.1","publicPort":1}})")
            << QStringList{u"ipv4Address.publicAddress"_s};
        QTest::newRow("ipv4 bad public") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"84.125.93","publicPort":1}})")
                                         << QStringList{u"ipv4Address.publicAddress"_s};
        QTest::newRow("ipv4 bad private")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10","privateAddress":"10.0.0.300"}})")
            << QStringList{u"ipv4Address.privateAddress"_s};
        QTest::newRow("ipv4 port too big")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10","publicPort":65536}})")
            << QStringList{u"ipv4Address.publicPort"_s};
        QTest::newRow("ipv4 negative port")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"84.125.93.10","publicPort":-1}})")
            << QStringList{u"ipv4Address.publicPort"_s};
        QTest::newRow("ipv4 empty object")
            << QByteArray(R"({"ipv4Address":{}})") << QStringList{u"ipv4Address.publicAddress"_s, u"ipv4Address"_s};
        QTest::newRow("ipv6 ok") << QByteArray(R"({"ipv6Address":"2001:db8:85a3:8d3:1319:8a2e:370:7344"})")
                                 << QStringList{};
        QTest::newRow("ipv6 bad") << QByteArray(R"({"ipv6Address":"2001:db8:::1"})") << QStringList{u"ipv6Address"_s};
        QTest::newRow("all four ok (python SDK sample)")
            << QByteArray(R"({"phoneNumber":"+123456789","networkAccessIdentifier":"123456789@domain.com",
                 "ipv4Address":{"publicAddress":"84.125.93.10","publicPort":59765},
                 "ipv6Address":"2001:db8:85a3:8d3:1319:8a2e:370:7344"})")
            << QStringList{};
        QTest::newRow("several bad at once")
            << QByteArray(R"({"phoneNumber":"+1","ipv6Address":"x","ipv4Address":{"publicAddress":"1.2.3.4"}})")
            << QStringList{u"phoneNumber"_s, u"ipv4Address"_s, u"ipv6Address"_s};
    }

    void validate()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errorPaths);
        FieldErrors decodeErrors;
        const std::optional<Device> device = Device::fromJson(QJsonDocument::fromJson(json).object(), &decodeErrors);
        QVERIFY(device.has_value());
        QVERIFY2(decodeErrors.isEmpty(), qPrintable(formatFieldErrors(decodeErrors)));
        const FieldErrors errors = device->validate();
        QCOMPARE(modeltest::paths(errors), errorPaths);
        for (const FieldError &error : errors)
            QVERIFY2(error.message.size() > 10, qPrintable(error.message)); // a sentence, not a code
    }

    void messagesNameTheProblem()
    {
        Device device;
        device.phoneNumber = QStringLiteral("12345");
        FieldErrors errors = device.validate();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("E.164")));

        device = Device();
        device.ipv4Address = Ipv4Address{QStringLiteral("1.2.3.4"), QString(), 70000};
        errors = device.validate();
        QCOMPARE(modeltest::paths(errors), (QStringList{u"ipv4Address.publicPort"_s}));
        QVERIFY(errors.first().message.contains(QLatin1String("65535")));

        device = Device();
        device.networkAccessIdentifier = QStringLiteral("notanai");
        QVERIFY(device.validate().isEmpty());
        errors = device.validateInput();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("user@realm")));
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorPaths");
        QTest::newRow("phone not a string")
            << QByteArray(R"({"phoneNumber":358401234567})") << QStringList{u"device.phoneNumber"_s};
        QTest::newRow("ipv4 not an object")
            << QByteArray(R"({"ipv4Address":"1.2.3.4"})") << QStringList{u"device.ipv4Address"_s};
        QTest::newRow("port not integer")
            << QByteArray(R"({"ipv4Address":{"publicAddress":"1.2.3.4","publicPort":80.5}})")
            << QStringList{u"device.ipv4Address.publicPort"_s};
        QTest::newRow("port a string") << QByteArray(R"({"ipv4Address":{"publicAddress":"1.2.3.4","publicPort":"80"}})")
                                       << QStringList{u"device.ipv4Address.publicPort"_s};
        QTest::newRow("port beyond int") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"1.2.3.4","publicPort":1e12}})")
                                         << QStringList{u"device.ipv4Address.publicPort"_s};
        QTest::newRow("ipv6 array") << QByteArray(R"({"ipv6Address":["::1"]})") << QStringList{u"device.ipv6Address"_s};
        QTest::newRow("nai bool") << QByteArray(R"({"networkAccessIdentifier":true})")
                                  << QStringList{u"device.networkAccessIdentifier"_s};
    }

    void decodeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errorPaths);
        FieldErrors errors;
        Device::fromJson(QJsonDocument::fromJson(json).object(), &errors);
        QCOMPARE(modeltest::paths(errors), errorPaths);
    }

    void decodeNotAnObject()
    {
        FieldErrors errors;
        QVERIFY(!Device::fromJson(QJsonValue(QStringLiteral("+358401234567")), &errors, QStringLiteral("data.device")));
        QCOMPARE(modeltest::paths(errors), QStringList{u"data.device"_s});

        errors.clear();
        QVERIFY(!Device::fromJson(QJsonValue(QJsonValue::Null), &errors));
        QVERIFY(errors.isEmpty()); // null means absent
        QVERIFY(!Device::fromJson(QJsonValue(QJsonValue::Undefined), &errors));
        QVERIFY(errors.isEmpty());
    }

    void nullsAreAbsent()
    {
        FieldErrors errors;
        const std::optional<Device> device = Device::fromJson(
            object(
                R"({"phoneNumber":"+99999991000","networkAccessIdentifier":null,"ipv4Address":null,"ipv6Address":null})"),
            &errors);
        QVERIFY(device);
        QVERIFY(errors.isEmpty());
        QCOMPARE(device->phoneNumber, QStringLiteral("+99999991000"));
        QVERIFY(device->networkAccessIdentifier.isEmpty());
        QVERIFY(!device->ipv4Address);
        QCOMPARE(device->toJson(), object(R"({"phoneNumber":"+99999991000"})"));

        const std::optional<Device> ip = Device::fromJson(
            object(R"({"ipv4Address":{"publicAddress":"1.2.3.4","privateAddress":null,"publicPort":null}})"), &errors);
        QVERIFY(ip && ip->ipv4Address);
        QVERIFY(!ip->ipv4Address->publicPort);
        QCOMPARE(modeltest::paths(ip->validate()), QStringList{u"ipv4Address"_s});
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("phone") << QByteArray(R"({"phoneNumber":"+123456789"})");
        QTest::newRow("nai") << QByteArray(R"({"networkAccessIdentifier":"123456789@domain.com"})");
        QTest::newRow("ipv4 port 0") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"84.125.93.10","publicPort":0}})");
        QTest::newRow("ipv4 private") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"84.125.93.10","privateAddress":"84.125.93.10"}})");
        QTest::newRow("ipv6") << QByteArray(R"({"ipv6Address":"::1"})");
        QTest::newRow("everything") << QByteArray(
            R"({"phoneNumber":"+99999991000","networkAccessIdentifier":"x@y","ipv4Address":{"publicAddress":"233.252.0.2","privateAddress":"192.0.2.25","publicPort":80},"ipv6Address":"2001:db8:1234:5678:9abc:def0:fedc:ba98"})");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject input = QJsonDocument::fromJson(json).object();
        FieldErrors errors;
        const std::optional<Device> device = Device::fromJson(input, &errors);
        QVERIFY(device);
        QVERIFY(errors.isEmpty());
        QCOMPARE(device->toJson(), input);
        QCOMPARE(Device::fromJson(device->toJson(), &errors), device);
    }

    void toJsonOmitsAbsent()
    {
        Device device;
        QCOMPARE(device.toJson(), QJsonObject());
        QVERIFY(device.isEmpty());
        device.ipv4Address = Ipv4Address{QStringLiteral("1.2.3.4"), QString(), std::nullopt};
        QCOMPARE(device.toJson(), object(R"({"ipv4Address":{"publicAddress":"1.2.3.4"}})"));
        QVERIFY(!device.isEmpty());
    }

    void equality()
    {
        Device a;
        a.phoneNumber = QStringLiteral("+123456789");
        Device b = a;
        QVERIFY(a == b);
        b.ipv4Address = Ipv4Address{QStringLiteral("1.2.3.4"), QString(), 1};
        QVERIFY(a != b);
        a.ipv4Address = Ipv4Address{QStringLiteral("1.2.3.4"), QString(), 2};
        QVERIFY(a != b);
        a.ipv4Address->publicPort = 1;
        QVERIFY(a == b);
    }

    void displayLabel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("label");
        QTest::newRow("phone first") << QByteArray(R"({"phoneNumber":"+123456789","ipv6Address":"::1"})")
                                     << "+123456789";
        QTest::newRow("nai") << QByteArray(R"({"networkAccessIdentifier":"a@b","ipv6Address":"::1"})") << "a@b";
        QTest::newRow("ipv4 port") << QByteArray(R"({"ipv4Address":{"publicAddress":"1.2.3.4","publicPort":80}})")
                                   << "1.2.3.4:80";
        QTest::newRow("ipv4 private") << QByteArray(
            R"({"ipv4Address":{"publicAddress":"1.2.3.4","privateAddress":"10.0.0.1"}})")
                                      << "1.2.3.4 (10.0.0.1)";
        QTest::newRow("ipv6") << QByteArray(R"({"ipv6Address":"2001:db8::1"})") << "2001:db8::1";
        QTest::newRow("empty") << QByteArray("{}") << "";
    }

    void displayLabel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, label);
        FieldErrors errors;
        QCOMPARE(Device::fromJson(QJsonDocument::fromJson(json).object(), &errors)->displayLabel(), label);
    }
};

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_device.moc"
