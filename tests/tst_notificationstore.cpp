// SqliteNotificationStore on real SQLite files: schema and migrations, inserts and dedupe, keyset pages,
// filters, raw JSON, the subscription registry.
#include "store/sqlitenotificationstore.h"
#include "store/subscriptionregistry.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::NotificationLogRecord)
Q_DECLARE_METATYPE(roamdesk::NotificationLogFilter)

namespace {

NotificationLogRecord makeRecord(const QString &id, EventType type = EventType::RoamingOn,
    const QString &device = QStringLiteral("+33612345678"), const QString &subscription = QStringLiteral("sub-1"),
    qint64 receivedMs = 1700000000000)
{
    NotificationLogRecord record;
    record.source = QStringLiteral("https://notifications.example.com");
    record.eventId = id;
    record.type = type;
    record.device = device;
    record.subscriptionId = subscription;
    record.receivedMs = receivedMs;
    record.eventMs = receivedMs - 500;
    record.validity = ReceiptValidity::SubscriptionToken;
    record.rawJson = QStringLiteral(R"({"id":"%1","note":"raw %2"})").arg(id, device).toUtf8();
    return record;
}

/// Runs SQL on its own connection (to inspect or prepare a file behind the store's back).
void rawSql(const QString &path, const QStringList &statements, QVariant *firstValue = nullptr)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
            if (firstValue && query.next())
                *firstValue = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestNotificationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter));
    }

    void createsSchemaInWalMode()
    {
        SqliteNotificationStore store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("sub/dir/n.sqlite"))), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), SqliteNotificationStore::SchemaVersion);
        QVariant mode;
        rawSql(m_dir.filePath(QStringLiteral("sub/dir/n.sqlite")), {QStringLiteral("PRAGMA journal_mode")}, &mode);
        QCOMPARE(mode.toString(), QStringLiteral("wal"));
        QCOMPARE(store.newestSeq(), qint64(0));
    }

    void migratesVersion1Files()
    {
        // A file as the first release wrote it: schema 1, one notification, no subscriptions table.
        rawSql(m_path,
            {QStringLiteral(
                 "CREATE TABLE notifications (seq INTEGER PRIMARY KEY, source TEXT NOT NULL, event_id TEXT NOT NULL,"
                 " type TEXT NOT NULL, received_ms INTEGER NOT NULL, event_ms INTEGER, subscription_id TEXT NOT NULL "
                 "DEFAULT '',"
                 " device TEXT NOT NULL DEFAULT '', roaming INTEGER, country_code INTEGER, country_name TEXT,"
                 " termination_reason TEXT NOT NULL DEFAULT '', validity TEXT NOT NULL, raw BLOB NOT NULL,"
                 " UNIQUE (source, event_id))"),
                QStringLiteral("INSERT INTO notifications (source, event_id, type, received_ms, validity, raw) VALUES"
                               " ('src', 'old-1', 'roaming-off', 1600000000000, 'unauthenticated', '{}')"),
                QStringLiteral("PRAGMA user_version = 1")});
        SqliteNotificationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), 2);
        const QList<NotificationLogRecord> rows = store.olderThan({}, NotificationLogSource::NoSeq, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).eventId, QStringLiteral("old-1"));
        QCOMPARE(rows.at(0).type, EventType::RoamingOff);
        KnownSubscription subscription;
        subscription.id = QStringLiteral("s");
        QVERIFY2(store.rememberSubscription(subscription), qPrintable(store.lastError()));
    }

    void refusesNewerSchema()
    {
        rawSql(m_path, {QStringLiteral("PRAGMA user_version = 99")});
        SqliteNotificationStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(QStringLiteral("newer")), qPrintable(store.lastError()));
        QVERIFY(!store.isOpen());
    }

    void insertsOnceBySourceAndId()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        InsertResult first = store.insert({makeRecord(QStringLiteral("a")), makeRecord(QStringLiteral("b"))});
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.seqs, (QList<qint64>{1, 2}));
        NotificationLogRecord otherSource = makeRecord(QStringLiteral("a"));
        otherSource.source = QStringLiteral("https://other.example.com");
        // Already stored, stored under another source, and a duplicate inside the same batch.
        const InsertResult second = store.insert({makeRecord(QStringLiteral("a")), otherSource,
            makeRecord(QStringLiteral("c")), makeRecord(QStringLiteral("c"))});
        QVERIFY(second.ok);
        QCOMPARE(second.seqs, (QList<qint64>{0, 3, 4, 0}));
        QCOMPARE(store.count({}), qint64(4));
        QCOMPARE(store.newestSeq(), qint64(4));
    }

    void roundTripsEveryColumn_data()
    {
        QTest::addColumn<NotificationLogRecord>("record");
        NotificationLogRecord full = makeRecord(QStringLiteral("full"), EventType::RoamingChangeCountry);
        full.roaming = true;
        full.countryCode = 214;
        full.countryNames = QStringList{QStringLiteral("ES")};
        full.validity = ReceiptValidity::ConfiguredToken;
        QTest::newRow("change-country") << full;
        NotificationLogRecord bare =
            makeRecord(QStringLiteral("bare"), EventType::SubscriptionEnds, QString(), QString());
        bare.eventMs.reset();
        bare.terminationReason = QStringLiteral("SUBSCRIPTION_EXPIRED");
        bare.validity = ReceiptValidity::Unauthenticated;
        QTest::newRow("subscription-ends, nothing optional") << bare;
        NotificationLogRecord noCountry = makeRecord(QStringLiteral("901"), EventType::RoamingStatus);
        noCountry.roaming = false;
        noCountry.countryCode = 901;
        noCountry.countryNames = QStringList();
        QTest::newRow("empty countryName list") << noCountry;
    }

    void roundTripsEveryColumn()
    {
        QFETCH(NotificationLogRecord, record);
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.insert({record}).ok);
        const QList<NotificationLogRecord> rows = store.olderThan({}, NotificationLogSource::NoSeq, 10, true);
        QCOMPARE(rows.size(), 1);
        const NotificationLogRecord &got = rows.at(0);
        QCOMPARE(got.seq, qint64(1));
        QCOMPARE(got.eventId, record.eventId);
        QCOMPARE(got.source, record.source);
        QCOMPARE(got.type, record.type);
        QCOMPARE(got.device, record.device);
        QCOMPARE(got.subscriptionId, record.subscriptionId);
        QCOMPARE(got.receivedMs, record.receivedMs);
        QCOMPARE(got.eventMs, record.eventMs);
        QCOMPARE(got.roaming, record.roaming);
        QCOMPARE(got.countryCode, record.countryCode);
        QCOMPARE(got.countryNames, record.countryNames);
        QCOMPARE(got.terminationReason, record.terminationReason);
        QCOMPARE(got.validity, record.validity);
        QCOMPARE(got.rawJson, record.rawJson);
        QCOMPARE(store.rawJson(1), record.rawJson);
        QVERIFY(store.olderThan({}, NotificationLogSource::NoSeq, 10).at(0).rawJson.isEmpty()); // not unless asked
    }

    void pagesByKeyset()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QList<NotificationLogRecord> records;
        for (int i = 1; i <= 25; ++i)
            records << makeRecord(QString::number(i));
        QVERIFY(store.insert(records).ok);
        QList<qint64> seen;
        qint64 before = NotificationLogSource::NoSeq;
        for (;;) {
            const QList<NotificationLogRecord> page = store.olderThan({}, before, 10);
            for (const NotificationLogRecord &record : page)
                seen << record.seq;
            if (page.size() < 10)
                break;
            before = page.constLast().seq;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), qint64(25));
        QCOMPARE(seen.last(), qint64(1));
        QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
        const QList<NotificationLogRecord> newer = store.newerThan({}, 20, 3);
        QCOMPARE(newer.size(), 3);
        QCOMPARE(newer.at(0).seq, qint64(25)); // newest first, the newest three of the five
        QCOMPARE(newer.at(2).seq, qint64(23));
    }

    void filters_data()
    {
        QTest::addColumn<NotificationLogFilter>("filter");
        QTest::addColumn<QStringList>("expectedIds");
        NotificationLogFilter none;
        QTest::newRow("none") << none
                              << QStringList{QStringLiteral("e4"), QStringLiteral("e3"), QStringLiteral("e2"),
                                     QStringLiteral("e1")};
        NotificationLogFilter type;
        type.type = EventType::RoamingOff;
        QTest::newRow("type") << type << QStringList{QStringLiteral("e2")};
        NotificationLogFilter device;
        device.device = QStringLiteral("+4915112345678");
        QTest::newRow("device") << device << QStringList{QStringLiteral("e4"), QStringLiteral("e3")};
        NotificationLogFilter subscription;
        subscription.subscriptionId = QStringLiteral("sub-2");
        QTest::newRow("subscription") << subscription << QStringList{QStringLiteral("e4")};
        NotificationLogFilter text;
        text.text = QStringLiteral("RAW +4915"); // case-insensitive, inside the raw JSON
        QTest::newRow("text") << text << QStringList{QStringLiteral("e4"), QStringLiteral("e3")};
        NotificationLogFilter wildcard;
        wildcard.text = QStringLiteral("%");
        QTest::newRow("text with LIKE wildcard is literal") << wildcard << QStringList{};
        NotificationLogFilter range;
        range.receivedFrom = QDateTime::fromMSecsSinceEpoch(2000, QTimeZone::utc());
        range.receivedTo = QDateTime::fromMSecsSinceEpoch(4000, QTimeZone::utc());
        QTest::newRow("time range [from, to)") << range << QStringList{QStringLiteral("e3"), QStringLiteral("e2")};
        NotificationLogFilter combined = device;
        combined.type = EventType::RoamingOn;
        QTest::newRow("device and type") << combined << QStringList{QStringLiteral("e3")};
    }

    void filters()
    {
        QFETCH(NotificationLogFilter, filter);
        QFETCH(QStringList, expectedIds);
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store
                    .insert({makeRecord(QStringLiteral("e1"), EventType::RoamingOn, QStringLiteral("+33612345678"),
                                 QStringLiteral("sub-1"), 1000),
                        makeRecord(QStringLiteral("e2"), EventType::RoamingOff, QStringLiteral("+33612345678"),
                            QStringLiteral("sub-1"), 2000),
                        makeRecord(QStringLiteral("e3"), EventType::RoamingOn, QStringLiteral("+4915112345678"),
                            QStringLiteral("sub-1"), 3000),
                        makeRecord(QStringLiteral("e4"), EventType::RoamingStatus, QStringLiteral("+4915112345678"),
                            QStringLiteral("sub-2"), 4000)})
                    .ok);
        QStringList ids;
        for (const NotificationLogRecord &record : store.olderThan(filter, NotificationLogSource::NoSeq, 100))
            ids << record.eventId;
        QCOMPARE(ids, expectedIds);
        QCOMPARE(store.count(filter), qint64(expectedIds.size()));
    }

    void remembersSubscriptions()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        KnownSubscription subscription;
        subscription.id = QStringLiteral("sub-1");
        subscription.sinkToken = QStringLiteral("t0ken");
        subscription.device = QStringLiteral("+33612345678");
        subscription.types =
            QStringList{QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on")};
        subscription.sink = QStringLiteral("https://sink.example.com/notifications");
        subscription.createdAt = QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc());
        subscription.expiresAt = QDateTime::fromMSecsSinceEpoch(9000, QTimeZone::utc());
        QVERIFY(store.rememberSubscription(subscription));
        QCOMPARE(store.subscriptions(), QList<KnownSubscription>{subscription});

        const QDateTime deleted = QDateTime::fromMSecsSinceEpoch(5000, QTimeZone::utc());
        QVERIFY(store.markSubscriptionDeleted(QStringLiteral("sub-1"), deleted));
        QVERIFY(store.markSubscriptionDeleted(QStringLiteral("made-elsewhere"), deleted));
        SqliteNotificationStore reopened;
        QVERIFY(reopened.open(m_path));
        SubscriptionRegistry registry(&reopened);
        QVERIFY(registry.find(QStringLiteral("sub-1"))->isDeleted());
        QCOMPARE(registry.find(QStringLiteral("sub-1"))->sinkToken, QStringLiteral("t0ken"));
        QVERIFY(registry.find(QStringLiteral("made-elsewhere"))->isDeleted());
        QCOMPARE(registry.subscriptionForDigest(SubscriptionRegistry::digest("t0ken")), QStringLiteral("sub-1"));
        QCOMPARE(registry.tokenDigest(QStringLiteral("sub-1")), SubscriptionRegistry::digest("t0ken"));

        QVERIFY(registry.forget(QStringLiteral("sub-1")));
        QVERIFY(!registry.find(QStringLiteral("sub-1")));
        QVERIFY(registry.subscriptionForDigest(SubscriptionRegistry::digest("t0ken")).isEmpty());
        QCOMPARE(reopened.subscriptions().size(), 1);
    }

    void failsCleanlyWhenClosed()
    {
        SqliteNotificationStore store;
        const InsertResult result = store.insert({makeRecord(QStringLiteral("x"))});
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(store.olderThan({}, NotificationLogSource::NoSeq, 5).isEmpty());
        QVERIFY(!store.lastError().isEmpty());
    }

    void refusesAnUnwritablePath()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SqliteNotificationStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("file/inside.sqlite"))));
        QVERIFY(!store.lastError().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestNotificationStore)
#include "tst_notificationstore.moc"
