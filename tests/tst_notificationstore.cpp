// SqliteNotificationStore on real SQLite files, what only SQLite does: WAL, migrations of older files, sink tokens
// at rest, file modes, interrupts, damaged and unwritable files. The behaviour both stores share (dedupe, pages,
// filters, search, subscriptions) is tests/tst_storecontract.cpp.
#include "app/receiver/sinkauthenticator.h"
#include "app/store/groupcommitwriter.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/subscriptionregistry.h"
#include "storetestutil.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace roamdesk;
using namespace Qt::StringLiterals;

using storetest::countryRecords;
using storetest::makeRecord;

namespace {

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

    // The fast insert (SQLite's own statement, UTF-8 bound in place) and the driver's (QVariant, UTF-16) write
    // the same values, types and NULLs in every column.
    void bothWaysOfInsertingWriteTheSameRows()
    {
        QList<NotificationLogRecord> records = countryRecords();
        NotificationLogRecord unusual = makeRecord(QStringLiteral("unusual-\u00e9\u4e2d"), EventType::SubscriptionEnds);
        unusual.device = QStringLiteral("+3581234\u00e4");
        unusual.terminationReason = QStringLiteral("NETWORK_TERMINATED");
        unusual.countryNames = QStringList(); // known to be none: '' rather than NULL
        unusual.rawJson = QByteArray("{\"a\":\"\xc3\xa9\\u0000\"}", 16);
        unusual.eventMs.reset();
        records << unusual;
        NotificationLogRecord empty = makeRecord(QStringLiteral("empty"), EventType::RoamingStatus);
        empty.rawJson = QByteArray();
        empty.subscriptionId.clear();
        records << empty;

        const QString nativePath = m_dir.filePath(QStringLiteral("native.sqlite"));
        const QString driverPath = m_dir.filePath(QStringLiteral("driver.sqlite"));
        bool native = false;
        QHash<QString, QList<qint64>> searchCounts;
        for (const QString &path : {nativePath, driverPath}) {
            SqliteNotificationStore store;
            QVERIFY(store.open(path));
            if (path == driverPath)
                store.insertThroughDriverOnly();
            const InsertResult inserted = store.insert(records);
            QVERIFY2(inserted.ok, qPrintable(inserted.error));
            QCOMPARE(inserted.seqs.size(), records.size());
            QCOMPARE(store.insert(records.mid(0, 2)).seqs, QList<qint64>({0, 0})); // duplicates
            QCOMPARE(store.indexPending(100), records.size());
            // The search index says the same both ways: words (accents folded), countries by name, subscriptions.
            for (const QString &search : {u"sweden"_s, u"aland"_s, u"terminated"_s, u"+3581234\u00e4"_s, u"sub:577a"_s})
                searchCounts[path] << store.count(NotificationLogFilter::parse(search));
            if (path == nativePath)
                native = store.insertsNatively();
            else
                QVERIFY(!store.insertsNatively());
        }
        if (!native)
            QSKIP("the SQL driver's SQLite library cannot be reached here: only one way of inserting exists");
        const QString columns =
            QStringLiteral("SELECT seq, quote(source), quote(event_id), quote(type), quote(received_ms), "
                           "quote(event_ms), quote(subscription_id), quote(device), quote(roaming), "
                           "quote(country_code), quote(country_name), quote(termination_reason), "
                           "quote(validity), quote(raw), quote(known_country_code), "
                           "quote(known_country_name) FROM notifications ORDER BY seq");
        const auto rowsOf = [&columns](const QString &path) {
            QStringList rows;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("compare"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(columns);
                while (query.next()) {
                    QStringList values;
                    for (int column = 0; column < 16; ++column)
                        values << query.value(column).toString();
                    rows << values.join(QLatin1Char('|'));
                }
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("compare"));
            return rows;
        };
        const QStringList nativeRows = rowsOf(nativePath);
        QCOMPARE(nativeRows.size(), records.size());
        QCOMPARE(nativeRows, rowsOf(driverPath));
        QVERIFY(nativeRows.last().contains(QStringLiteral("|X''|"))); // an absent body is an empty blob
        QCOMPARE(searchCounts.value(nativePath), searchCounts.value(driverPath));
        QCOMPARE(searchCounts.value(nativePath), QList<qint64>({2, 1, 1, 1, 1}));
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
