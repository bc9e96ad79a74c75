#include "models/devicelist.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;

/// DeviceListParser: CSV with a header row and JSON Lines of CAMARA devices; bad records named by line and
/// field while the rest are kept.
class TestDeviceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithEveryColumn()
    {
        const DeviceList list = DeviceListParser::parseCsv(
            "phoneNumber,networkAccessIdentifier,ipv4Public,ipv4Private,ipv4Port,ipv6,label,group\r\n"
            "+99999991000,,,,,,Truck 1,North\r\n"
            ",123@example.com,,,,,,\r\n"
            ",,84.125.93.10,,5060,,\"Van, blue\",South\r\n"
            ",,84.125.93.11,10.0.0.1,,,,\r\n"
            ",,,,,2001:db8::1,,\r\n");
        QVERIFY2(list.errors.isEmpty(), qPrintable(list.errors.value(0).toString()));
        QCOMPARE(list.entries.size(), 5);
        QCOMPARE(list.entries.at(0).device.phoneNumber, u"+99999991000"_s);
        QCOMPARE(list.entries.at(0).label, u"Truck 1"_s);
        QCOMPARE(list.entries.at(0).group, u"North"_s);
        QCOMPARE(list.entries.at(0).row, 1);
        QCOMPARE(list.entries.at(0).line, 2);
        QCOMPARE(list.entries.at(1).device.networkAccessIdentifier, u"123@example.com"_s);
        QCOMPARE(list.entries.at(2).device.ipv4Address->publicPort, std::optional<int>(5060));
        QCOMPARE(list.entries.at(2).label, u"Van, blue"_s);
        QCOMPARE(list.entries.at(3).device.ipv4Address->privateAddress, u"10.0.0.1"_s);
        QCOMPARE(list.entries.at(4).device.ipv6Address, u"2001:db8::1"_s);
        QCOMPARE(list.entries.at(4).row, 5);
    }

    void csvHeaderInAnyOrderWithOtherColumns()
    {
        const DeviceList list = DeviceListParser::parseCsv("note,Group,PHONENUMBER\nhello,A,+99999991001\n");
        QVERIFY(list.errors.isEmpty());
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().device.phoneNumber, u"+99999991001"_s);
        QCOMPARE(list.entries.first().group, u"A"_s);
    }

    void csvLonePublicAddressStandsForPrivate()
    {
        const DeviceList list = DeviceListParser::parseCsv("ipv4Public\n84.125.93.10\n");
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().device.ipv4Address->privateAddress, u"84.125.93.10"_s);
    }

    void csvBadLinesNamedByLineAndField()
    {
        const DeviceList list = DeviceListParser::parseCsv("phoneNumber,ipv4Public,ipv4Port,label\n"
                                                           "+99999991000,,,ok\n"
                                                           "12345,,,bad phone\n"
                                                           "\n"
                                                           ",84.125.93.10,http,bad port\n"
                                                           ",999.1.1.1,80,bad address\n"
                                                           ",,,no identifier\n"
                                                           "+99999991001,,,too,many\n"
                                                           "+99999991002,,,ok too\n");
        QCOMPARE(list.entries.size(), 2);
        QCOMPARE(list.entries.at(0).label, u"ok"_s);
        QCOMPARE(list.entries.at(1).label, u"ok too"_s);
        QCOMPARE(list.entries.at(1).row, 7); // data rows count bad ones too, blank lines not
        QCOMPARE(list.entries.at(1).line, 9);
        QCOMPARE(list.errors.size(), 5);
        QCOMPARE(list.errors.at(0).line, 3);
        QCOMPARE(list.errors.at(0).field, u"phoneNumber"_s);
        QCOMPARE(list.errors.at(1).line, 5);
        QCOMPARE(list.errors.at(1).field, u"ipv4Port"_s);
        QVERIFY(list.errors.at(1).message.contains(u"http"_s));
        QCOMPARE(list.errors.at(2).line, 6);
        QCOMPARE(list.errors.at(2).field, u"ipv4Public"_s);
        QCOMPARE(list.errors.at(3).line, 7);
        QCOMPARE(list.errors.at(3).field, QString());
        QCOMPARE(list.errors.at(4).line, 8);
        QVERIFY(list.errors.at(0).toString().startsWith(u"line 3, phoneNumber: "_s));
    }

    void csvQuotedLineBreakKeepsLineNumbers()
    {
        const DeviceList list = DeviceListParser::parseCsv("label,phoneNumber\n\"two\nlines\",+99999991000\nx,bad\n");
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().label, u"two\nlines"_s);
        QCOMPARE(list.errors.size(), 1);
        QCOMPARE(list.errors.first().line, 4);
    }

    void csvWithoutDeviceColumn()
    {
        const DeviceList list = DeviceListParser::parseCsv("name,label\na,b\n");
        QVERIFY(list.entries.isEmpty());
        QCOMPARE(list.errors.size(), 1);
        QCOMPARE(list.errors.first().line, 1);
        QVERIFY(DeviceListParser::parseCsv("").errors.size() == 1);
        QCOMPARE(DeviceListParser::parseCsv("phoneNumber,\"open\n").errors.size(), 1);
    }

    void jsonLines()
    {
        const DeviceList list = DeviceListParser::parseJsonLines(
            "{\"phoneNumber\": \"+99999991000\"}\n"
            "\n"
            "{\"device\": {\"ipv4Address\": {\"publicAddress\": \"84.125.93.10\", \"publicPort\": 59765}}, "
            "\"label\": \"Gate\", \"group\": \"Site A\"}\n"
            "not json\n"
            "[1]\n"
            "{\"phoneNumber\": 42}\n"
            "{\"device\": {\"ipv4Address\": {\"publicAddress\": \"84.125.93.10\"}}}\n"
            "{\"networkAccessIdentifier\": \"a@b.c\"}\n");
        QCOMPARE(list.entries.size(), 3);
        QCOMPARE(list.entries.at(0).row, 1);
        QCOMPARE(list.entries.at(1).label, u"Gate"_s);
        QCOMPARE(list.entries.at(1).group, u"Site A"_s);
        QCOMPARE(list.entries.at(1).line, 3);
        QCOMPARE(list.entries.at(2).row, 7);
        QCOMPARE(list.errors.size(), 4);
        QCOMPARE(list.errors.at(0).line, 4);
        QCOMPARE(list.errors.at(1).line, 5);
        QCOMPARE(list.errors.at(2).line, 6);
        QCOMPARE(list.errors.at(2).field, u"phoneNumber"_s);
        QCOMPARE(list.errors.at(3).line, 7);
        QVERIFY(list.errors.at(3).field.startsWith(u"device.ipv4Address"_s));
    }

    void formatFromContentAndSuffix()
    {
        QCOMPARE(DeviceListParser::parse("{\"phoneNumber\": \"+99999991000\"}\n").entries.size(), 1);
        QCOMPARE(DeviceListParser::parse("phoneNumber\n+99999991000\n").entries.size(), 1);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"list.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xef\xbb\xbf{\"phoneNumber\": \"+99999991000\"}\n");
        file.close();
        QCOMPARE(DeviceListParser::parseFile(file.fileName()).entries.size(), 1);
        const DeviceList missing = DeviceListParser::parseFile(dir.filePath(u"none.csv"_s));
        QCOMPARE(missing.errors.size(), 1);
        QCOMPARE(missing.errors.first().line, 0);
    }

    void csvFieldQuotesWhatNeedsIt()
    {
        QCOMPARE(DeviceListParser::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(DeviceListParser::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(DeviceListParser::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        const QByteArray written = (DeviceListParser::csvColumns().join(u',') + u"\n+99999991000,,,,,,"_s
            + DeviceListParser::csvField(u"x,\"y\""_s) + u",g\n"_s)
                                       .toUtf8();
        const DeviceList list = DeviceListParser::parseCsv(written);
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().label, u"x,\"y\""_s);
    }
};

QTEST_GUILESS_MAIN(TestDeviceList)
#include "tst_devicelist.moc"
