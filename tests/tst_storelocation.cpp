// StoreLocation: what --store accepts (a path, sqlite:PATH, a PostgreSQL URL) and what it refuses.
#include "app/store/storelocation.h"

#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFilePaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain path") << u"/var/lib/roamdesk/store.sqlite"_s << u"/var/lib/roamdesk/store.sqlite"_s;
        QTest::newRow("relative path") << u"store.sqlite"_s << u"store.sqlite"_s;
        QTest::newRow("sqlite: prefix") << u"sqlite:/tmp/a.sqlite"_s << u"/tmp/a.sqlite"_s;
    }

    void readsFilePaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const std::optional<StoreLocation> location = StoreLocation::parse(text);
        QVERIFY(location);
        QCOMPARE(location->kind(), StoreLocation::Kind::Sqlite);
        QVERIFY(!location->isShared());
        QCOMPARE(location->path(), path);
    }

    void readsPostgresUrls()
    {
        QString error;
        std::optional<StoreLocation> location = StoreLocation::parse(
            u"postgresql://receiver@db.example.com:6543/roamdesk?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s,
            &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->kind(), StoreLocation::Kind::Postgres);
        QVERIFY(location->isShared());
        QCOMPARE(location->host(), u"db.example.com"_s);
        QCOMPARE(location->port(), 6543);
        QCOMPARE(location->user(), u"receiver"_s);
        QCOMPARE(location->database(), u"roamdesk"_s);
        QCOMPARE(location->connectOptions(), u"sslmode='verify-full';sslrootcert='/etc/ca.pem'"_s);

        location = StoreLocation::parse(u"postgres://desk@/team?host=/run/postgresql&port=5433"_s, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->host(), u"/run/postgresql"_s); // a Unix socket folder
        QCOMPARE(location->port(), 5433);
        QCOMPARE(location->user(), u"desk"_s);
        QCOMPARE(location->database(), u"team"_s);

        location = StoreLocation::parse(u"postgresql:///roamdesk"_s, &error); // libpq's defaults for the rest
        QVERIFY2(location, qPrintable(error));
        QVERIFY(location->host().isEmpty());
        QCOMPARE(location->port(), -1);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("sqlite: without a file") << u"sqlite:"_s << u"no file"_s;
        QTest::newRow("password in the URL") << u"postgresql://desk:s3cret@db/roamdesk"_s << u"PGPASSWORD"_s;
        QTest::newRow("password as an option") << u"postgresql://desk@db/roamdesk?password=s3cret"_s << u"password"_s;
        QTest::newRow("bad port") << u"postgresql://desk@db/roamdesk?port=99999"_s << u"port"_s;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!StoreLocation::parse(text, &error));
        QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error)); // the secret is not repeated
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
