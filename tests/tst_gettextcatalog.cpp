#include "models/gettextcatalog.h"
#include "motestutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

/// GettextCatalog: compiled gettext catalogues (.mo) in both byte orders; damaged ones are empty, not a crash.
class TestGettextCatalog : public QObject
{
    Q_OBJECT

private:
    static QList<QPair<QString, QString>> messages()
    {
        return {{QString(), u"Content-Type: text/plain; charset=UTF-8\n"_s}, {u"Germany"_s, u"Saksa"_s},
            {u"Åland Islands"_s, u"Ahvenanmaa"_s}, {u"United Kingdom"_s, u"Yhdistynyt kuningaskunta"_s},
            {u"Untranslated"_s, QString()}, {u"%n file\0%n files"_s, u"%n tiedosto\0%n tiedostoa"_s}};
    }

private Q_SLOTS:
    void readsBothByteOrders_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little-endian") << false;
        QTest::newRow("big-endian") << true;
    }

    void readsBothByteOrders()
    {
        QFETCH(bool, bigEndian);
        const GettextCatalog catalog = GettextCatalog::fromData(makeMoCatalog(messages(), bigEndian));
        QCOMPARE(catalog.translate(u"Germany"_s), u"Saksa"_s);
        QCOMPARE(catalog.translate(u"Åland Islands"_s), u"Ahvenanmaa"_s); // UTF-8 both ways
        QCOMPARE(catalog.translate(u"United Kingdom"_s), u"Yhdistynyt kuningaskunta"_s);
        QCOMPARE(catalog.translate(u"%n file"_s), u"%n tiedosto"_s); // a plural's first forms
        QCOMPARE(catalog.translate(u"Untranslated"_s), QString());
        QCOMPARE(catalog.translate(u"Sweden"_s), QString());
        QCOMPARE(catalog.translate(QString()), QString()); // the header is not a message
        QCOMPARE(catalog.size(), 4);
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"fi.mo"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeMoCatalog(messages()));
        file.close();
        QCOMPARE(GettextCatalog::fromFile(file.fileName()).translate(u"Germany"_s), u"Saksa"_s);
        QVERIFY(GettextCatalog::fromFile(dir.filePath(u"absent.mo"_s)).isEmpty());
    }

    void damagedFilesAreEmpty_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = makeMoCatalog(messages());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header cut short") << good.left(20);
        QTest::newRow("tables cut short") << good.left(40);
        QTest::newRow("strings cut short") << good.left(good.size() - 10);
        QByteArray badMagic = good;
        badMagic[0] = 'x';
        QTest::newRow("not a catalogue") << badMagic;
        QByteArray hugeCount = good;
        hugeCount[8] = char(0xff);
        hugeCount[9] = char(0xff);
        hugeCount[10] = char(0xff);
        hugeCount[11] = char(0x7f);
        QTest::newRow("count beyond the file") << hugeCount;
        QByteArray farOffset = good;
        farOffset[28 + 8 + 4 + 3] = char(0xff); // the second original's offset far past the end
        QTest::newRow("string offset beyond the file") << farOffset;
        QByteArray revision = good;
        revision[6] = 2; // major revision 2
        QTest::newRow("unknown revision") << revision;
    }

    void damagedFilesAreEmpty()
    {
        QFETCH(QByteArray, data);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged gettext catalogue"_s));
        const GettextCatalog catalog = GettextCatalog::fromData(data, u"test.mo"_s);
        QVERIFY(catalog.isEmpty());
        QCOMPARE(catalog.translate(u"Germany"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestGettextCatalog)
#include "tst_gettextcatalog.moc"
