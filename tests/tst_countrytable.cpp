#include "models/countrynames.h"
#include "models/countrytable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

/// CountryTable: the project's E.212 MCC -> ISO 3166-1 table (resources/mcc.json) and its display helpers.
class TestCountryTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoCodes_data()
    {
        QTest::addColumn<int>("mcc");
        QTest::addColumn<QStringList>("isos");
        QTest::newRow("202 GR") << 202 << QStringList{u"GR"_s};
        QTest::newRow("204 NL") << 204 << QStringList{u"NL"_s};
        QTest::newRow("206 BE") << 206 << QStringList{u"BE"_s};
        QTest::newRow("208 FR") << 208 << QStringList{u"FR"_s};
        QTest::newRow("214 ES") << 214 << QStringList{u"ES"_s};
        QTest::newRow("222 IT") << 222 << QStringList{u"IT"_s};
        QTest::newRow("228 CH") << 228 << QStringList{u"CH"_s};
        QTest::newRow("232 AT") << 232 << QStringList{u"AT"_s};
        QTest::newRow("234 GB") << 234 << QStringList{u"GB"_s};
        QTest::newRow("235 GB") << 235 << QStringList{u"GB"_s};
        QTest::newRow("238 DK") << 238 << QStringList{u"DK"_s};
        QTest::newRow("240 SE") << 240 << QStringList{u"SE"_s};
        QTest::newRow("242 NO") << 242 << QStringList{u"NO"_s};
        QTest::newRow("244 FI") << 244 << QStringList{u"FI"_s};
        QTest::newRow("262 DE") << 262 << QStringList{u"DE"_s};
        QTest::newRow("302 CA") << 302 << QStringList{u"CA"_s};
        for (int mcc = 310; mcc <= 316; ++mcc)
            QTest::newRow(qPrintable(QStringLiteral("%1 US").arg(mcc))) << mcc << QStringList{u"US"_s};
        QTest::newRow("334 MX") << 334 << QStringList{u"MX"_s};
        QTest::newRow("340 French Antilles") << 340 << QStringList{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s};
        QTest::newRow("358 LC") << 358 << QStringList{u"LC"_s};
        QTest::newRow("404 IN") << 404 << QStringList{u"IN"_s};
        QTest::newRow("440 JP") << 440 << QStringList{u"JP"_s};
        QTest::newRow("441 JP") << 441 << QStringList{u"JP"_s};
        QTest::newRow("460 CN") << 460 << QStringList{u"CN"_s};
        QTest::newRow("505 AU") << 505 << QStringList{u"AU"_s};
        QTest::newRow("530 NZ") << 530 << QStringList{u"NZ"_s};
        QTest::newRow("655 ZA") << 655 << QStringList{u"ZA"_s};
        QTest::newRow("724 BR") << 724 << QStringList{u"BR"_s};
        QTest::newRow("901 international") << 901 << QStringList{};
    }

    void isoCodes()
    {
        QFETCH(int, mcc);
        QFETCH(QStringList, isos);
        QVERIFY(CountryTable::instance().contains(mcc));
        QCOMPARE(CountryTable::instance().isoCodes(mcc), isos);
    }

    void unknownMcc()
    {
        const CountryTable &table = CountryTable::instance();
        for (int mcc : {0, 1, 100, 201, 999, 1000, -262}) {
            QVERIFY(!table.contains(mcc));
            QVERIFY(table.isoCodes(mcc).isEmpty());
        }
    }

    void coversE212()
    {
        const QList<int> mccs = CountryTable::instance().mccs();
        QVERIFY2(mccs.size() >= 235, qPrintable(QString::number(mccs.size())));
        QVERIFY(std::is_sorted(mccs.begin(), mccs.end()));
        for (int mcc : mccs)
            QVERIFY2(mcc >= 200 && mcc <= 999, qPrintable(QString::number(mcc)));
        // Every ISO code is two capital letters that Qt knows as a territory (display names come from QLocale).
        static const QRegularExpression alpha2(QStringLiteral("\\A[A-Z]{2}\\z"));
        for (int mcc : mccs) {
            for (const QString &iso : CountryTable::instance().isoCodes(mcc)) {
                QVERIFY2(alpha2.match(iso).hasMatch(), qPrintable(iso));
                QVERIFY2(QLocale::codeToTerritory(iso) != QLocale::AnyTerritory, qPrintable(iso));
            }
        }
    }

    void resourceIsStableSorted()
    {
        QFile file(QStringLiteral(":/roamdesk/mcc.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Keys appear in the file in ascending numeric order, one per line, so diffs stay small.
        static const QRegularExpression key(QStringLiteral("^\\s*\"(\\d{3})\":"), QRegularExpression::MultilineOption);
        QList<int> order;
        for (auto it = key.globalMatch(QString::fromUtf8(text)); it.hasNext();)
            order << it.next().captured(1).toInt();
        QCOMPARE(order.size(), object.size());
        QVERIFY(std::is_sorted(order.begin(), order.end()));
        QCOMPARE(std::adjacent_find(order.begin(), order.end()), order.end());
    }

    void mccForIso_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("mcc");
        QTest::newRow("DE") << "DE" << 262;
        QTest::newRow("lower case de") << "de" << 262;
        QTest::newRow("GB primary 234") << "GB" << 234;
        QTest::newRow("US primary 310") << "US" << 310;
        QTest::newRow("JP primary 440") << "JP" << 440;
        QTest::newRow("GF own code 742, not shared 340") << "GF" << 742;
        QTest::newRow("MQ only in 340") << "MQ" << 340;
        QTest::newRow("unknown") << "ZZ" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void mccForIso()
    {
        QFETCH(QString, iso);
        QFETCH(int, mcc);
        QCOMPARE(CountryTable::instance().mccForIso(iso), mcc);
    }

    void countryName_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("name");
        QTest::newRow("DE") << "DE"
                            << "Germany";
        QTest::newRow("FI") << "FI"
                            << "Finland";
        QTest::newRow("lower case") << "fr"
                                    << "France";
        QTest::newRow("unknown falls back to code") << "ZZ"
                                                    << "ZZ";
        QTest::newRow("empty") << ""
                               << "";
    }

    void countryName()
    {
        QFETCH(QString, iso);
        QFETCH(QString, name);
        QCOMPARE(CountryTable::countryName(iso), name);
    }

    void countryNameInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("name");
        QTest::newRow("fi DE") << u"fi"_s << u"DE"_s << u"Saksa"_s;
        QTest::newRow("de DE") << u"de"_s << u"de"_s << u"Deutschland"_s;
        QTest::newRow("fi GB") << u"fi"_s << u"GB"_s << u"Yhdistynyt kuningaskunta"_s;
        QTest::newRow("de unknown code") << u"de"_s << u"ZZ"_s << u"ZZ"_s;
        QTest::newRow("en: QLocale's, as the search index")
            << u"en"_s << u"RU"_s << QLocale::territoryToString(QLocale::Russia);
    }

    void countryNameInTheUiLanguage()
    {
        if (!QFile::exists(u"/usr/share/iso-codes/json/iso_3166-1.json"_s))
            QSKIP("iso-codes is not installed");
        QFETCH(QString, language);
        QFETCH(QString, iso);
        QFETCH(QString, name);
        CountryNames::setCurrentLanguage(language);
        const QString shown = CountryTable::countryName(iso);
        CountryNames::setCurrentLanguage(u"en"_s);
        QCOMPARE(shown, name);
        QCOMPARE(CountryTable::englishName(iso),
            iso == u"ZZ"_s ? iso : QLocale::territoryToString(QLocale::codeToTerritory(iso)));
    }

    void flag_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("flag");
        QTest::newRow("DE") << "DE" << QString::fromUtf8("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA");
        QTest::newRow("fi lower") << "fi" << QString::fromUtf8("\xF0\x9F\x87\xAB\xF0\x9F\x87\xAE");
        QTest::newRow("three letters") << "DEU"
                                       << "";
        QTest::newRow("digits") << "26"
                                << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void flag()
    {
        QFETCH(QString, iso);
        QFETCH(QString, flag);
        QCOMPARE(CountryTable::flag(iso), flag);
    }

    void describe_data()
    {
        QTest::addColumn<QStringList>("isos");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << QStringList{u"DE"_s} << u"DE Germany"_s;
        QTest::newRow("several") << QStringList{u"BL"_s, u"GF"_s, u"GP"_s, u"MF"_s, u"MQ"_s} << u"BL, GF, GP, MF, MQ"_s;
        QTest::newRow("none") << QStringList{} << QString::fromUtf8("—");
    }

    void describe()
    {
        QFETCH(QStringList, isos);
        QFETCH(QString, text);
        QCOMPARE(CountryTable::describe(isos), text);
    }
};

QTEST_GUILESS_MAIN(TestCountryTable)
#include "tst_countrytable.moc"
