// SqliteNotificationStore on real SQLite files: schema and migrations, inserts and dedupe, keyset pages,
// filters, raw JSON, the subscription registry, sink tokens at rest, file modes, damaged and unwritable files.
#include "app/receiver/sinkauthenticator.h"
#include "app/store/groupcommitwriter.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/subscriptionregistry.h"
#include "models/countrynames.h"
#include "storetestutil.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
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

/// The schema an older build wrote (version 2): sink tokens in clear.
const QStringList Version2Schema = {
    QStringLiteral("CREATE TABLE notifications (seq INTEGER PRIMARY KEY, source TEXT NOT NULL, event_id TEXT NOT NULL,"
                   " type TEXT NOT NULL, received_ms INTEGER NOT NULL, event_ms INTEGER, subscription_id TEXT NOT NULL"
                   " DEFAULT '', device TEXT NOT NULL DEFAULT '', roaming INTEGER, country_code INTEGER, country_name"
                   " TEXT, termination_reason TEXT NOT NULL DEFAULT '', validity TEXT NOT NULL, raw BLOB NOT NULL,"
                   " UNIQUE (source, event_id))"),
    QStringLiteral("CREATE TABLE subscriptions (id TEXT PRIMARY KEY, sink_token TEXT NOT NULL DEFAULT '', device TEXT"
                   " NOT NULL DEFAULT '', types TEXT NOT NULL DEFAULT '', sink TEXT NOT NULL DEFAULT '', created_ms"
                   " INTEGER, expires_ms INTEGER, deleted_ms INTEGER)"),
    QStringLiteral("PRAGMA user_version = 2"),
};

/// Rows that show countries, reasons and ids the way the log does, oldest first.
QList<NotificationLogRecord> countryRecords()
{
    QList<NotificationLogRecord> records;
    const auto add = [&](const QString &id, EventType type, const QString &device, std::optional<bool> roaming,
                         std::optional<int> mcc, std::optional<QStringList> isos) {
        NotificationLogRecord record =
            makeRecord(id, type, device, QStringLiteral("sub-1"), 1000 + qint64(records.size()) * 1000);
        record.roaming = roaming;
        record.countryCode = mcc;
        record.countryNames = isos;
        records << record;
    };
    add(QStringLiteral("de-home"), EventType::RoamingOff, QStringLiteral("+4915112345678"), false, std::nullopt,
        std::nullopt);
    add(QStringLiteral("home-on"), EventType::RoamingOn, QStringLiteral("+4915112345678"), true, std::nullopt,
        std::nullopt);
    add(QStringLiteral("se"), EventType::RoamingStatus, QStringLiteral("+46701234567"), true, 240,
        QStringList{QStringLiteral("SE")});
    add(QStringLiteral("se-on"), EventType::RoamingOn, QStringLiteral("+46701234567"), true, std::nullopt,
        std::nullopt);
    add(QStringLiteral("es"), EventType::RoamingStatus, QStringLiteral("+34600000001"), true, 214, std::nullopt);
    add(QStringLiteral("be"), EventType::RoamingChangeCountry, QStringLiteral("+32470000001"), true, 206,
        QStringList{QStringLiteral("BE")});
    add(QStringLiteral("ax"), EventType::RoamingChangeCountry, QStringLiteral("+358457000001"), true, 244,
        QStringList{QStringLiteral("AX")});
    NotificationLogRecord ends = makeRecord(QStringLiteral("ends"), EventType::SubscriptionEnds,
        QStringLiteral("+33612345678"), QStringLiteral("577a1c2e-0b9d-4a51-9d4e-2f1f3c8b7a10"), 9000);
    ends.terminationReason = QStringLiteral("SUBSCRIPTION_DELETED");
    records << ends;
    return records;
}

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther);
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

private:
    /// Stores `records` in the test's file and checks what `filter` finds there (ids, newest first) and counts.
    void checkFound(const QList<NotificationLogRecord> &records, const NotificationLogFilter &filter,
        const QStringList &expectedIds)
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY2(store.insert(records).ok, qPrintable(store.lastError()));
        QStringList ids;
        for (const NotificationLogRecord &record : store.olderThan(filter, NotificationLogSource::NoSeq, 100))
            ids << record.eventId;
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(ids, expectedIds);
        QCOMPARE(store.count(filter), qint64(expectedIds.size()));
    }

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
        QCOMPARE(store.schemaVersion(), SqliteNotificationStore::SchemaVersion);
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
        text.text = QStringLiteral("+4915"); // the start of the device's word
        QTest::newRow("text") << text << QStringList{QStringLiteral("e4"), QStringLiteral("e3")};
        NotificationLogFilter punctuation;
        punctuation.text = QStringLiteral("% +");
        QTest::newRow("punctuation alone does not narrow")
            << punctuation
            << QStringList{QStringLiteral("e4"), QStringLiteral("e3"), QStringLiteral("e2"), QStringLiteral("e1")};
        NotificationLogFilter words;
        words.text = QStringLiteral("roaming-on 4915");
        QTest::newRow("every word must match") << words << QStringList{QStringLiteral("e3")};
        NotificationLogFilter rawOnly;
        rawOnly.text = QStringLiteral("raw");
        QTest::newRow("the raw JSON is not searched") << rawOnly << QStringList{};
        NotificationLogFilter subscriptionPrefix;
        subscriptionPrefix.subscriptionId = QStringLiteral("sub-");
        QTest::newRow("subscription prefix")
            << subscriptionPrefix
            << QStringList{QStringLiteral("e4"), QStringLiteral("e3"), QStringLiteral("e2"), QStringLiteral("e1")};
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
        QVERIFY(registry.find(QStringLiteral("sub-1"))->sinkToken.isEmpty()); // kept as its digest only
        QCOMPARE(registry.find(QStringLiteral("sub-1"))->sinkTokenDigest, SubscriptionRegistry::digest("t0ken"));
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

    void sinkTokensAreNotOnDisk()
    {
        const QByteArray token = "SINK-TOKEN-kept-as-digest-only-4711";
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(m_path));
            KnownSubscription subscription;
            subscription.id = QStringLiteral("sub-1");
            subscription.sinkToken = QString::fromLatin1(token);
            QVERIFY(store.rememberSubscription(subscription));
            QCOMPARE(store.subscriptions().value(0).sinkTokenDigest, SubscriptionRegistry::digest(token));
            QVERIFY(store.subscriptions().value(0).sinkToken.isEmpty());
            // While open: the write-ahead log holds the newest pages.
            for (const QString &file : {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")})
                QVERIFY2(!storetest::fileContains(file, token), qPrintable(file));
        }
        QVERIFY(!storetest::fileContains(m_path, token));
        QVERIFY(storetest::fileContains(m_path, SubscriptionRegistry::digest(token)));
    }

    void filesAreOwnerOnly()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.insert({makeRecord(QStringLiteral("a"))}).ok);
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &file : {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), ownerOnly);
        }
        store.close();

        // A file an older build left readable by others is narrowed when it is opened.
        QVERIFY(QFile::setPermissions(m_path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(store.open(m_path));
        QVERIFY(store.insert({makeRecord(QStringLiteral("b"))}).ok);
        for (const QString &file : {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")})
            QCOMPARE(modeOf(file), ownerOnly);
    }

    void migratesClearSinkTokensToDigests()
    {
        // An older build's file: a live subscription, one forgotten (its row deleted, its bytes left in the
        // page), and enough forgotten ones that whole pages went back to the free list.
        const QByteArray kept = "CLEAR-TOKEN-of-a-live-subscription";
        const QByteArray forgotten = "CLEAR-TOKEN-of-a-forgotten-subscription";
        QStringList statements = Version2Schema;
        statements.prepend(QStringLiteral("PRAGMA secure_delete = OFF")); // as a build without it deleted
        statements << QStringLiteral("INSERT INTO subscriptions (id, sink_token, device, created_ms) VALUES "
                                     "('sub-live', '%1', '+33612345678', 1000), ('sub-gone', '%2', '', 2000)")
                          .arg(QString::fromLatin1(kept), QString::fromLatin1(forgotten));
        for (int i = 0; i < 300; ++i)
            statements << QStringLiteral("INSERT INTO subscriptions (id, sink_token) VALUES ('bulk-%1', '%2-%1-%3')")
                              .arg(i)
                              .arg(QString::fromLatin1(forgotten), QString(200, QLatin1Char('x')));
        statements << QStringLiteral("DELETE FROM subscriptions WHERE id <> 'sub-live'");
        rawSql(m_path, statements);
        QVariant freePages;
        rawSql(m_path, {QStringLiteral("PRAGMA freelist_count")}, &freePages);
        QVERIFY(freePages.toInt() > 0);
        QVERIFY(storetest::fileContains(m_path, forgotten));

        SqliteNotificationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), SqliteNotificationStore::SchemaVersion);
        for (const QString &file : {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")}) {
            QVERIFY2(!storetest::fileContains(file, kept), qPrintable(file));
            QVERIFY2(!storetest::fileContains(file, forgotten), qPrintable(file));
        }

        // The migrated subscription still authenticates with its token, and only with it.
        SubscriptionRegistry registry(&store);
        const std::optional<KnownSubscription> live = registry.find(QStringLiteral("sub-live"));
        QVERIFY(live);
        QCOMPARE(live->device, QStringLiteral("+33612345678"));
        QCOMPARE(live->createdAt, QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc()));
        const SinkAuthenticator authenticator(&registry, {}, false);
        const SinkAuthenticator::Decision right = authenticator.authorize(
            SinkAuthenticator::parseAuthorization("Bearer " + kept), QStringLiteral("sub-live"));
        QVERIFY2(right.accepted, qPrintable(right.message));
        QCOMPARE(right.validity, ReceiptValidity::SubscriptionToken);
        QVERIFY(
            !authenticator
                 .authorize(SinkAuthenticator::parseAuthorization("Bearer " + forgotten), QStringLiteral("sub-live"))
                 .accepted);
        QCOMPARE(authenticator.precheck(SinkAuthenticator::parseAuthorization("Bearer " + kept)).subscriptionId,
            QStringLiteral("sub-live"));
    }

    void searchesWhatTheLogShows_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("country name") << QStringLiteral("Belgium") << QStringList{QStringLiteral("be")};
        QTest::newRow("country name, any case, a prefix")
            << QStringLiteral("belg") << QStringList{QStringLiteral("be")};
        QTest::newRow("country name by the MCC table") << QStringLiteral("Spain") << QStringList{QStringLiteral("es")};
        QTest::newRow("accents ignored") << QStringLiteral("aland") << QStringList{QStringLiteral("ax")};
        QTest::newRow("ISO code") << QStringLiteral("SE") << QStringList{QStringLiteral("se-on"), QStringLiteral("se")};
        QTest::newRow("MCC") << QStringLiteral("206") << QStringList{QStringLiteral("be")};
        QTest::newRow("type words") << QStringLiteral("change-country")
                                    << QStringList{QStringLiteral("ax"), QStringLiteral("be")};
        QTest::newRow("termination reason")
            << QStringLiteral("subscription_deleted") << QStringList{QStringLiteral("ends")};
        QTest::newRow("reason word") << QStringLiteral("deleted") << QStringList{QStringLiteral("ends")};
        QTest::newRow("subscription id start") << QStringLiteral("577a") << QStringList{QStringLiteral("ends")};
        QTest::newRow("sub: prefix") << QStringLiteral("sub:577a") << QStringList{QStringLiteral("ends")};
        QTest::newRow("sub: prefix is not a substring") << QStringLiteral("sub:7a1c") << QStringList{};
        QTest::newRow("sub: prefix in any case")
            << QStringLiteral("sub:577A1C2E-0b") << QStringList{QStringLiteral("ends")};
        QTest::newRow("sub: wildcards are literal") << QStringLiteral("sub:577a%") << QStringList{};
        QTest::newRow("sub: punctuation only") << QStringLiteral("sub:_") << QStringList{};
        QTest::newRow("type: and words") << QStringLiteral("type:roaming-on sweden")
                                         << QStringList{QStringLiteral("se-on")};
        QTest::newRow("not-roaming rows hold no country") << QStringLiteral("Germany") << QStringList{};
        QTest::newRow("query syntax is text") << QStringLiteral("\"NEAR( AND * OR") << QStringList{};
    }

    void searchesWhatTheLogShows()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, expectedIds);
        checkFound(countryRecords(), NotificationLogFilter::parse(expression), expectedIds);
    }

    void searchesCountriesNamedInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("fi Saksa: Germany, not Denmark's \"de\"")
            << QStringLiteral("fi") << QStringLiteral("Saksa") << QStringList{QStringLiteral("de")};
        QTest::newRow("de Deutschland") << QStringLiteral("de") << QStringLiteral("Deutschland")
                                        << QStringList{QStringLiteral("de")};
        QTest::newRow("de Belgien") << QStringLiteral("de") << QStringLiteral("Belgien")
                                    << QStringList{QStringLiteral("be")};
        QTest::newRow("fi belgia, any case")
            << QStringLiteral("fi") << QStringLiteral("belgia") << QStringList{QStringLiteral("be")};
        QTest::newRow("fi Ruotsi, also the roaming-on that knows it") << QStringLiteral(
            "fi") << QStringLiteral("Ruotsi") << QStringList{QStringLiteral("se-on"), QStringLiteral("se")};
        QTest::newRow("fi Espanja, a country from the MCC")
            << QStringLiteral("fi") << QStringLiteral("Espanja") << QStringList{QStringLiteral("es")};
        QTest::newRow("de Åland-Inseln") << QStringLiteral("de") << QStringLiteral("aland-inseln")
                                         << QStringList{QStringLiteral("ax")};
        QTest::newRow("fi two words") << QStringLiteral("fi") << QStringLiteral("yhdistynyt kuningaskunta")
                                      << QStringList{QStringLiteral("gb")};
        QTest::newRow("de two words, accents ignored, with type:")
            << QStringLiteral("de") << QStringLiteral("Vereinigtes Konigreich type:roaming-change-country")
            << QStringList{QStringLiteral("gb")};
        QTest::newRow("fi name and another word")
            << QStringLiteral("fi") << QStringLiteral("ruotsi roaming-on") << QStringList{QStringLiteral("se-on")};
        QTest::newRow("English still in fi")
            << QStringLiteral("fi") << QStringLiteral("Germany") << QStringList{QStringLiteral("de")};
        QTest::newRow("iso-codes English in en")
            << QStringLiteral("en") << QStringLiteral("russian federation") << QStringList{QStringLiteral("ru")};
        QTest::newRow("another language's name")
            << QStringLiteral("fi") << QStringLiteral("Deutschland") << QStringList{};
        QTest::newRow("fi in the English UI") << QStringLiteral("en") << QStringLiteral("Saksa") << QStringList{};
    }

    void searchesCountriesNamedInTheUiLanguage()
    {
        if (!QFile::exists(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json")))
            QSKIP("iso-codes is not installed");
        QFETCH(QString, language);
        QFETCH(QString, expression);
        QFETCH(QStringList, expectedIds);
        QList<NotificationLogRecord> records = countryRecords();
        const auto add = [&records](const QString &id, EventType type, int mcc, const QString &iso) {
            NotificationLogRecord record = makeRecord(id, type, QStringLiteral("+3580000000") + QString::number(mcc),
                QStringLiteral("sub-1"), 20000 + qint64(records.size()) * 1000);
            record.roaming = true;
            record.countryCode = mcc;
            record.countryNames = QStringList{iso};
            records << record;
        };
        add(QStringLiteral("dk"), EventType::RoamingStatus, 238, QStringLiteral("DK"));
        add(QStringLiteral("de"), EventType::RoamingStatus, 262, QStringLiteral("DE"));
        add(QStringLiteral("gb"), EventType::RoamingChangeCountry, 234, QStringLiteral("GB"));
        add(QStringLiteral("ru"), EventType::RoamingStatus, 250, QStringLiteral("RU"));
        CountryNames::setCurrentLanguage(language);
        const NotificationLogFilter filter = NotificationLogFilter::parse(expression);
        CountryNames::setCurrentLanguage(QStringLiteral("en"));
        checkFound(records, filter, expectedIds);
    }

    void roamingOnShowsTheCountryLastSeen()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY2(store.insert(countryRecords()).ok, qPrintable(store.lastError()));
        QHash<QString, NotificationLogRecord> byId;
        for (const NotificationLogRecord &record : store.olderThan({}, NotificationLogSource::NoSeq, 100))
            byId.insert(record.eventId, record);
        // se-on follows a roaming-status in SE for the same device: the store keeps that country for it.
        QCOMPARE(byId.value(QStringLiteral("se-on")).knownCountryNames, QStringList{QStringLiteral("SE")});
        QCOMPARE(byId.value(QStringLiteral("se-on")).knownCountryCode, std::optional<int>(240));
        QVERIFY(!byId.value(QStringLiteral("se-on")).countryCode); // the event itself stays as it came
        // home-on follows a roaming-off: nothing is known.
        QVERIFY(byId.value(QStringLiteral("home-on")).knownCountryNames.isEmpty());
    }

    void migratesVersion3FilesIntoTheSearchIndex()
    {
        // A file as the previous release wrote it (schema 3), with rows but no search index.
        {
            SqliteNotificationStore writer;
            QVERIFY(writer.open(m_path));
            QVERIFY(writer.insert(countryRecords()).ok);
        }
        rawSql(m_path,
            {QStringLiteral("DROP TABLE notifications_fts"), QStringLiteral("DROP TABLE search_progress"),
                QStringLiteral("ALTER TABLE notifications DROP COLUMN known_country_code"),
                QStringLiteral("ALTER TABLE notifications DROP COLUMN known_country_name"),
                QStringLiteral("PRAGMA user_version = 3")});
        SqliteNotificationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), SqliteNotificationStore::SchemaVersion);
        const NotificationLogFilter belgium = NotificationLogFilter::parse(QStringLiteral("belgium"));
        const QList<NotificationLogRecord> found = store.olderThan(belgium, NotificationLogSource::NoSeq, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).eventId, QStringLiteral("be"));
        // The migration also gave the old roaming-on row the country the device was last seen in…
        const NotificationLogFilter sweden = NotificationLogFilter::parse(QStringLiteral("type:roaming-on sweden"));
        QCOMPARE(store.count(sweden), qint64(1));
        // …and rows stored from now on are found too.
        NotificationLogRecord later = makeRecord(QStringLiteral("later"), EventType::RoamingChangeCountry);
        later.roaming = true;
        later.countryNames = QStringList{QStringLiteral("FI")};
        QVERIFY(store.insert({later}).ok);
        QCOMPARE(store.count(NotificationLogFilter::parse(QStringLiteral("finland"))), qint64(1));
    }

    void indexesAfterTheCommitInChunks()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QList<NotificationLogRecord> records;
        for (int i = 0; i < 10; ++i)
            records << makeRecord(QStringLiteral("chunk-%1").arg(i), EventType::RoamingChangeCountry);
        const InsertResult stored = store.insert(records);
        QVERIFY2(stored.ok, qPrintable(store.lastError()));
        // insert() leaves the index behind; indexPending() catches it up in commit order, chunk by chunk.
        QCOMPARE(indexedSeq(), qint64(0));
        QCOMPARE(store.indexPending(4), 4);
        QCOMPARE(indexedSeq(), stored.seqs.at(3));
        QCOMPARE(store.indexPending(100, 100), 0); // fewer than asked for are waiting
        QCOMPARE(indexedSeq(), stored.seqs.at(3));
        QCOMPARE(store.indexPending(4), 4);
        QCOMPARE(store.indexPending(4), 2);
        QCOMPARE(store.indexPending(4), 0);
        QCOMPARE(indexedSeq(), stored.seqs.last());
        // Each row indexed once: a word every row has matches each of them once.
        QCOMPARE(store.count(NotificationLogFilter::parse(QStringLiteral("change"))), qint64(10));
    }

    void indexesRowsOtherConnectionsStoredInBetween()
    {
        SqliteNotificationStore writer;
        SqliteNotificationStore other;
        QVERIFY(writer.open(m_path));
        QVERIFY(other.open(m_path));
        NotificationLogRecord belgian = makeRecord(QStringLiteral("be"), EventType::RoamingChangeCountry);
        belgian.roaming = true;
        belgian.countryNames = QStringList{QStringLiteral("BE")};
        NotificationLogRecord finnish = makeRecord(QStringLiteral("fi"), EventType::RoamingChangeCountry);
        finnish.roaming = true;
        finnish.countryNames = QStringList{QStringLiteral("FI")};
        QVERIFY(writer.insert({makeRecord(QStringLiteral("one"), EventType::RoamingChangeCountry)}).ok);
        QVERIFY(other.insert({belgian}).ok); // between the writer's rows
        QVERIFY(writer.insert({finnish}).ok);
        // The writer indexes every waiting row, the other connection's too, each once.
        QCOMPARE(writer.indexPending(100), 3);
        QCOMPARE(indexedSeq(), writer.newestSeq());
        QCOMPARE(other.indexPending(100), 0);
        QCOMPARE(writer.count(NotificationLogFilter::parse(QStringLiteral("belgium"))), qint64(1));
        QCOMPARE(writer.count(NotificationLogFilter::parse(QStringLiteral("finland"))), qint64(1));
        QCOMPARE(writer.count(NotificationLogFilter::parse(QStringLiteral("change"))), qint64(3));
    }

    void searchesSeeRowsNotIndexedYet()
    {
        SqliteNotificationStore writer;
        QVERIFY(writer.open(m_path));
        QVERIFY(writer.insert({makeRecord(QStringLiteral("first"), EventType::RoamingChangeCountry)}).ok);
        QCOMPARE(writer.indexPending(100), 1);
        NotificationLogRecord second = makeRecord(QStringLiteral("second"), EventType::RoamingChangeCountry);
        second.roaming = true;
        second.countryNames = QStringList{QStringLiteral("BE")};
        QVERIFY(writer.insert({second}).ok);

        // Another connection (the log of another process) searches before the writer indexed the row.
        std::unique_ptr<NotificationLogSource> reader = SqliteNotificationStore::readerFactory(m_path)(nullptr);
        QVERIFY(reader);
        const QList<NotificationLogRecord> found = reader->olderThan(
            NotificationLogFilter::parse(QStringLiteral("belgium")), NotificationLogSource::NoSeq, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).eventId, QStringLiteral("second"));
        QCOMPARE(reader->count(NotificationLogFilter::parse(QStringLiteral("change"))), qint64(2));

        // The reader indexed it: the writer's upkeep finds nothing left and indexes no row twice.
        QCOMPARE(writer.indexPending(100), 0);
        QCOMPARE(writer.count(NotificationLogFilter::parse(QStringLiteral("change"))), qint64(2));
        QCOMPARE(indexedSeq(), writer.newestSeq());
    }

    void interruptStopsARunningRead()
    {
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        if (!store.isInterruptible())
            QSKIP("the SQL driver's SQLite library cannot be reached here");
        QList<NotificationLogRecord> records;
        for (int i = 0; i < 100000; ++i)
            records << makeRecord(QStringLiteral("row-%1").arg(i), EventType::RoamingOff);
        QVERIFY(store.insert(records).ok);
        // Another thread interrupts without pause while this one counts (a scan of every row: type has no
        // index). Scheduling decides whether one attempt is hit: a few attempts are.
        std::atomic<bool> stop{false};
        std::atomic<bool> running{false};
        std::unique_ptr<QThread> interrupter(QThread::create([&] {
            running = true;
            while (!stop)
                store.interrupt();
        }));
        interrupter->start();
        QTRY_VERIFY(running.load());
        NotificationLogFilter ends;
        ends.type = EventType::SubscriptionEnds;
        bool interrupted = false;
        for (int attempt = 0; attempt < 50 && !interrupted; ++attempt) {
            store.count(ends);
            interrupted = store.lastError().contains(QStringLiteral("interrupt"), Qt::CaseInsensitive);
        }
        stop = true;
        interrupter->wait();
        QVERIFY2(interrupted, qPrintable(store.lastError()));
        // The next read is not affected, nor one after an interrupt that found nothing running.
        QCOMPARE(store.count({}), qint64(100000));
        QVERIFY(store.lastError().isEmpty());
        store.interrupt();
        QCOMPARE(store.olderThan(ends, NotificationLogSource::NoSeq, 10).size(), 0);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), qint64(100000));
        QVERIFY(store.lastError().isEmpty());
        QVERIFY(!store.isDamaged());
    }

    void integrityCheckFindsDamage()
    {
        fillAndDamage(m_path, 30000);
        SqliteNotificationStore checked;
        QVERIFY(!checked.open(
            m_path, NotificationStore::Durability::Normal, SqliteNotificationStore::OpenCheck::Integrity));
        QVERIFY(checked.isDamaged());
        QVERIFY2(checked.lastError().contains(QStringLiteral("damaged")), qPrintable(checked.lastError()));
        QVERIFY(!checked.isOpen());
    }

    void readingADamagedFileNeverEndsQuietly()
    {
        // Without the check at open, paging stops at the first damaged page with an error: a short page
        // must not pass for the end of the log.
        fillAndDamage(m_path, 30000);
        SqliteNotificationStore store;
        QVERIFY2(store.open(m_path, NotificationStore::Durability::Normal, {}), qPrintable(store.lastError()));
        qint64 read = 0;
        qint64 before = NotificationLogSource::NoSeq;
        for (;;) {
            const QList<NotificationLogRecord> page = store.olderThan({}, before, 1000, true);
            read += page.size();
            if (page.size() < 1000)
                break;
            before = page.constLast().seq;
        }
        QVERIFY2(read < 30000, "the damage is in the table's pages");
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.isDamaged());
    }

#ifdef Q_OS_LINUX
    void refusesAStoreThatCannotBeWritten_data()
    {
        storetest::ActAsNobody::addUnwritableStoreRows();
    }

    void refusesAStoreThatCannotBeWritten()
    {
        QFETCH(QString, what);
        const QString path = m_dir.filePath(QStringLiteral("locked-%1/n.sqlite").arg(m_counter));
        QVERIFY(storetest::ActAsNobody::makeUnwritable(m_dir.path(), path, what));
        {
            const storetest::ActAsNobody nobody;
            SqliteNotificationStore store;
            QVERIFY(!store.open(path));
            const QString error = store.lastError();
            QVERIFY2(error.contains(QStringLiteral("cannot be written"))
                    || error.contains(QStringLiteral("Cannot create the notification store")),
                qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));

            // The receiver's writer refuses to start the same way.
            GroupCommitWriter writer(SqliteNotificationStore::factory(path));
            QString writerError;
            QVERIFY(!writer.start(&writerError));
            QCOMPARE(writerError, error);

            if (what == QLatin1String("file")) { // reading it stays possible
                SqliteNotificationStore reader;
                QVERIFY2(reader.open(path, NotificationStore::Durability::Normal, {}), qPrintable(reader.lastError()));
                QCOMPARE(reader.count({}), qint64(0));
            }
        }
        QVERIFY(storetest::ActAsNobody::restoreFolder(path));
    }
#endif

private:
    /// How far the search index got, as the file says.
    qint64 indexedSeq() const
    {
        QVariant value;
        rawSql(m_path, {QStringLiteral("SELECT indexed_seq FROM search_progress")}, &value);
        return value.toLongLong();
    }

    /// A real store of `rows` notifications, closed, with random bytes over pages in the middle of the file.
    void fillAndDamage(const QString &path, int rows)
    {
        {
            SqliteNotificationStore store;
            QVERIFY(store.open(path));
            QList<NotificationLogRecord> records;
            for (int i = 0; i < rows; ++i)
                records << makeRecord(QStringLiteral("row-%1").arg(i));
            QVERIFY(store.insert(records).ok);
        } // the last connection checkpoints the log into the file
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(storetest::overwritePages(path, 0.45, 0.55));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestNotificationStore)
#include "tst_notificationstore.moc"
