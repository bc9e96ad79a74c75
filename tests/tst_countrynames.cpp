#include "models/countrynames.h"
#include "motestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

/// CountryNames: ISO 3166-1 names in the UI language from iso-codes (the system's, and a folder written here),
/// the reverse lookup the log filter uses, and the fallbacks where the files are absent.
class TestCountryNames : public QObject
{
    Q_OBJECT

private:
    static bool systemIsoCodes()
    {
        return QFile::exists(CountryNames::defaultDataDir() + u"/iso-codes/json/iso_3166-1.json"_s)
            && QFile::exists(CountryNames::defaultDataDir() + u"/locale/fi/LC_MESSAGES/iso_3166-1.mo"_s)
            && QFile::exists(CountryNames::defaultDataDir() + u"/locale/de/LC_MESSAGES/iso_3166-1.mo"_s);
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    /// A small iso-codes tree: three countries, Finnish translations for two, a German catalogue cut short.
    static bool writeSmallIsoCodes(const QString &root)
    {
        const QByteArray json = R"({"3166-1": [
            {"alpha_2": "DE", "alpha_3": "DEU", "name": "Germany", "official_name": "Federal Republic of Germany"},
            {"alpha_2": "KR", "alpha_3": "KOR", "name": "Korea, Republic of", "common_name": "South Korea"},
            {"alpha_2": "SE", "alpha_3": "SWE", "name": "Sweden"}]})";
        const QByteArray finnish =
            makeMoCatalog({{u"Germany"_s, u"Saksa"_s}, {u"Korea, Republic of"_s, u"Korean tasavalta"_s}});
        const QByteArray german = makeMoCatalog({{u"Germany"_s, u"Deutschland"_s}}, true);
        return writeFile(root + u"/iso-codes/json/iso_3166-1.json"_s, json)
            && writeFile(root + u"/locale/fi/LC_MESSAGES/iso_3166-1.mo"_s, finnish)
            && writeFile(root + u"/locale/de/LC_MESSAGES/iso_3166-1.mo"_s, german.left(german.size() - 5));
    }

private Q_SLOTS:
    void namesFromTheSystem_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("DE fi") << u"DE"_s << u"fi"_s << u"Saksa"_s;
        QTest::newRow("DE de") << u"DE"_s << u"de"_s << u"Deutschland"_s;
        QTest::newRow("DE en") << u"DE"_s << u"en"_s << u"Germany"_s;
        QTest::newRow("BE fi") << u"BE"_s << u"fi"_s << u"Belgia"_s;
        QTest::newRow("BE de") << u"BE"_s << u"de"_s << u"Belgien"_s;
        QTest::newRow("BE en") << u"BE"_s << u"en"_s << u"Belgium"_s;
        QTest::newRow("SE fi") << u"SE"_s << u"fi"_s << u"Ruotsi"_s;
        QTest::newRow("SE de") << u"SE"_s << u"de"_s << u"Schweden"_s;
        QTest::newRow("SE en") << u"SE"_s << u"en"_s << u"Sweden"_s;
        QTest::newRow("FI fi") << u"FI"_s << u"fi"_s << u"Suomi"_s;
        QTest::newRow("FI de") << u"FI"_s << u"de"_s << u"Finnland"_s;
        QTest::newRow("FI en, lower-case code") << u"fi"_s << u"en"_s << u"Finland"_s;
        QTest::newRow("GB fi, two words") << u"GB"_s << u"fi"_s << u"Yhdistynyt kuningaskunta"_s;
        QTest::newRow("GB de, two words") << u"GB"_s << u"de"_s << u"Vereinigtes Königreich"_s;
        QTest::newRow("GB en, two words") << u"GB"_s << u"en"_s << u"United Kingdom"_s;
        QTest::newRow("KR en, the common name") << u"KR"_s << u"en"_s << u"South Korea"_s;
        QTest::newRow("KR de, the common name") << u"KR"_s << u"de"_s << u"Südkorea"_s;
        QTest::newRow("DE de_AT is German") << u"DE"_s << u"de_AT"_s << u"Deutschland"_s;
        QTest::newRow("DE in a language iso-codes lacks: English") << u"DE"_s << u"xx"_s << u"Germany"_s;
        QTest::newRow("unknown code: the code") << u"ZZ"_s << u"fi"_s << u"ZZ"_s;
    }

    void namesFromTheSystem()
    {
        if (!systemIsoCodes())
            QSKIP("iso-codes is not installed");
        QFETCH(QString, iso);
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(CountryNames::instance().name(iso, language), name);
    }

    void codesFromTheSystem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("iso");
        QTest::newRow("Saksa fi") << u"Saksa"_s << u"fi"_s << u"DE"_s;
        QTest::newRow("Deutschland de, any case") << u"DEUTSCHLAND"_s << u"de"_s << u"DE"_s;
        QTest::newRow("Belgien de") << u"Belgien"_s << u"de"_s << u"BE"_s;
        QTest::newRow("Ruotsi fi") << u"ruotsi"_s << u"fi"_s << u"SE"_s;
        QTest::newRow("Finnland de") << u"Finnland"_s << u"de"_s << u"FI"_s;
        QTest::newRow("two words, accents ignored") << u"vereinigtes konigreich"_s << u"de"_s << u"GB"_s;
        QTest::newRow("two words fi") << u"Yhdistynyt Kuningaskunta"_s << u"fi"_s << u"GB"_s;
        QTest::newRow("hyphen as a space") << u"Åland Inseln"_s << u"de"_s << u"AX"_s;
        QTest::newRow("Ahvenanmaa fi") << u"Ahvenanmaa"_s << u"fi"_s << u"AX"_s;
        QTest::newRow("English in any language") << u"Germany"_s << u"fi"_s << u"DE"_s;
        QTest::newRow("English ISO name, punctuation ignored") << u"korea republic of"_s << u"en"_s << u"KR"_s;
        QTest::newRow("English common name") << u"south korea"_s << u"de"_s << u"KR"_s;
        QTest::newRow("another language's name is not looked for") << u"Saksa"_s << u"de"_s << QString();
        QTest::newRow("a prefix is not a name") << u"Saks"_s << u"fi"_s << QString();
        QTest::newRow("not a country") << u"roaming"_s << u"fi"_s << QString();
        QTest::newRow("empty") << QString() << u"fi"_s << QString();
    }

    void codesFromTheSystem()
    {
        if (!systemIsoCodes())
            QSKIP("iso-codes is not installed");
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(QString, iso);
        QCOMPARE(CountryNames::instance().isoCode(name, language), iso);
    }

    void namesFromAnInjectedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSmallIsoCodes(dir.path()));
        const CountryNames names(dir.path());
        QVERIFY(names.isAvailable());
        QCOMPARE(names.name(u"DE"_s, u"fi"_s), u"Saksa"_s);
        QCOMPARE(names.name(u"KR"_s, u"fi"_s), u"Korean tasavalta"_s); // no Finnish common name: the ISO name's
        QCOMPARE(names.name(u"SE"_s, u"fi"_s), u"Sweden"_s); // untranslated: English
        QCOMPARE(names.name(u"KR"_s, u"en"_s), u"South Korea"_s);
        QCOMPARE(names.name(u"BE"_s, u"fi"_s), u"BE"_s); // not in the list: the code
        QCOMPARE(names.isoCode(u"korean tasavalta"_s, u"fi"_s), u"KR"_s);
        QCOMPARE(names.isoCode(u"Federal Republic of Germany"_s, u"fi"_s), u"DE"_s);
        // The German catalogue is cut short: it is ignored, with a warning, and English stands in.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged gettext catalogue"_s));
        QCOMPARE(names.name(u"DE"_s, u"de"_s), u"Germany"_s);
        QCOMPARE(names.isoCode(u"Deutschland"_s, u"de"_s), QString());
        QCOMPARE(names.isoCode(u"Germany"_s, u"de"_s), u"DE"_s);
    }

    void withoutIsoCodesNamesAreCodes()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const CountryNames names(empty.path());
        QVERIFY(!names.isAvailable());
        QCOMPARE(names.name(u"DE"_s, u"fi"_s), u"DE"_s);
        QCOMPARE(names.name(u"de"_s, u"en"_s), u"DE"_s);
        QCOMPARE(names.isoCode(u"Saksa"_s, u"fi"_s), QString());
        QCOMPARE(names.isoCode(u"Germany"_s, u"en"_s), QString());
    }

    void currentLanguage_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("current");
        QTest::newRow("fi") << u"fi"_s << u"fi"_s;
        QTest::newRow("a translator's fi_FI") << u"fi_FI"_s << u"fi"_s;
        QTest::newRow("BCP 47 de-AT") << u"de-AT"_s << u"de"_s;
        QTest::newRow("C locale") << u"C"_s << u"en"_s;
        QTest::newRow("empty") << QString() << u"en"_s;
    }

    void currentLanguage()
    {
        QFETCH(QString, set);
        QFETCH(QString, current);
        CountryNames::setCurrentLanguage(set);
        QCOMPARE(CountryNames::currentLanguage(), current);
        CountryNames::setCurrentLanguage(u"en"_s);
    }

    void searchKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << u"SAKSA"_s << u"saksa"_s;
        QTest::newRow("accents") << u"Åland-Inseln"_s << u"aland inseln"_s;
        QTest::newRow("umlaut") << u"Vereinigtes Königreich"_s << u"vereinigtes konigreich"_s;
        QTest::newRow("punctuation and spaces") << u"  Korea,  Republic of "_s << u"korea republic of"_s;
        QTest::newRow("sharp s folds") << u"Großbritannien"_s << u"grossbritannien"_s;
    }

    void searchKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(CountryNames::searchKey(name), key);
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
