// The fleet snapshot: FleetService started from it and the records stored after it derives exactly what a full
// read of the store derives (out-of-order and repeated events included), and any snapshot that does not fit the
// store (cut short, damaged, another format, another store, a store replaced or cut short) is a full read.
// Real SQLite files, the snapshot in a real cache folder.
#include "app/fleet/fleetservice.h"
#include "app/fleet/fleetsnapshot.h"
#include "app/store/sqlitenotificationstore.h"
#include "fleettestutil.h"
#include "models/fleetstate.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

class TestFleetSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_nextDb = 0;

    QString newDb() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_nextDb)); }

    static QString snapshotOf(const QString &db) { return FleetSnapshot::pathFor(QFileInfo(db).canonicalFilePath()); }

    static bool insert(const QString &db, const QList<NotificationLogRecord> &records)
    {
        SqliteNotificationStore store;
        return store.open(db) && store.insert(records).ok;
    }

    /// Trips of `devices` phones over minutes [from, from + span), shuffled: statuses, country changes,
    /// roaming on and off, subscription ends, in arrival order unrelated to event time.
    static QList<NotificationLogRecord> trips(int devices, qint64 from, int span, quint32 seed, int firstDevice = 0)
    {
        static const int Countries[] = {262, 208, 222, 340, 901, 234};
        QRandomGenerator random(seed);
        QList<NotificationLogRecord> records;
        for (int d = firstDevice; d < firstDevice + devices; ++d) {
            const QString phone = u"+3361000%1"_s.arg(d, 4, 10, QLatin1Char('0'));
            for (int i = 0; i < 8; ++i) {
                const qint64 minute = from + random.bounded(span);
                const int country = Countries[random.bounded(6)];
                switch (random.bounded(6)) {
                case 0:
                    records << status(phone, minute, false, country);
                    break;
                case 1:
                    records << status(phone, minute, true, country);
                    break;
                case 2:
                    records << record(phone, EventType::RoamingOn, minute);
                    break;
                case 3:
                    records << record(phone, EventType::RoamingOff, minute);
                    break;
                case 4:
                    records << record(phone, EventType::RoamingChangeCountry, minute, country);
                    break;
                default: {
                    NotificationLogRecord end = record(phone, EventType::SubscriptionEnds, minute);
                    end.terminationReason = u"SUBSCRIPTION_EXPIRED"_s;
                    records << end;
                }
                }
            }
        }
        std::shuffle(records.begin(), records.end(), std::mt19937(seed));
        return records;
    }

    /// What arrives after the first snapshot: older events of known devices, the same events again (same id:
    /// the store keeps one; another sender's copy: stored twice), new events and new devices.
    static QList<NotificationLogRecord> later(const QList<NotificationLogRecord> &first)
    {
        QList<NotificationLogRecord> records = trips(30, -50, 40, 11); // older than most of `first`
        records << trips(60, 0, 200, 12, 60); // 40 of them new
        for (int i = 0; i < first.size(); i += 7) {
            records << first.at(i); // the same event again
            NotificationLogRecord copy = first.at(i);
            copy.source = u"https://relay.example.org"_s;
            records << copy;
        }
        return records;
    }

    /// The state a full read of `db` gives, without the service: every record through FleetState.
    static FleetState fullRead(const QString &db)
    {
        SqliteNotificationStore store;
        FleetState state;
        if (store.open(db))
            state.applyAll(store.olderThan({}, NotificationLogSource::NoSeq, 1000000));
        return state;
    }

    static void compareStates(const FleetState &actual, const FleetState &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            const DeviceFleetEntry &e = expected.at(row);
            const DeviceFleetEntry *a = actual.find(e.key);
            QVERIFY2(a, qPrintable(e.key));
            QCOMPARE(a->device.displayLabel(), e.device.displayLabel());
            QCOMPARE(a->roaming, e.roaming);
            QCOMPARE(a->countryCode, e.countryCode);
            QCOMPARE(a->countryNames, e.countryNames);
            QCOMPARE(a->since, e.since);
            QCOMPARE(a->lastEventType, e.lastEventType);
            QCOMPARE(a->lastEventTime, e.lastEventTime);
            QCOMPARE(a->lastStatusTime, e.lastStatusTime);
            QCOMPARE(a->subscriptionEnded, e.subscriptionEnded);
            QCOMPARE(a->endReason, e.endReason);
        }
        QCOMPARE(actual.counts(), expected.counts());
        QCOMPARE(actual.countryCounts(), expected.countryCounts());
    }

    /// A service opened on `db`, once loaded; `fromSnapshot` tells how.
    static std::unique_ptr<FleetService> openService(const QString &db, bool *fromSnapshot, bool waitForSnapshot)
    {
        auto service = std::make_unique<FleetService>();
        QSignalSpy loaded(service.get(), &FleetService::loaded);
        QSignalSpy written(service.get(), &FleetService::snapshotWritten);
        service->open(db);
        if (!loaded.wait(20000))
            return nullptr;
        if (waitForSnapshot && written.isEmpty() && !written.wait(20000))
            return nullptr;
        *fromSnapshot = service->isFromSnapshot();
        return service;
    }

    /// A store with a first batch and the snapshot of it; the records of that batch.
    QList<NotificationLogRecord> storeWithSnapshot(const QString &db)
    {
        const QList<NotificationLogRecord> first = trips(80, 0, 200, 7);
        [&] { QVERIFY(insert(db, first)); }();
        bool fromSnapshot = true;
        const std::unique_ptr<FleetService> service = openService(db, &fromSnapshot, true);
        [&] {
            QVERIFY(service);
            QVERIFY(!fromSnapshot); // none yet: a full read, then the snapshot of it
            QVERIFY(QFile::exists(snapshotOf(db)));
        }();
        return first;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The cache location of this run, not the user's.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s)));
    }

    void stateRoundTrip()
    {
        FleetState state;
        state.applyAll(trips(50, 0, 300, 3));
        const QByteArray bytes = state.toSnapshot();
        const std::optional<FleetState> loaded = FleetState::fromSnapshot(bytes);
        QVERIFY(loaded);
        compareStates(*loaded, state);
        QCOMPARE(loaded->highestSeq(), state.highestSeq());
        // Cut anywhere: refused, never a partial fleet.
        for (qsizetype size = 0; size < bytes.size(); size += 13)
            QVERIFY(!FleetState::fromSnapshot(bytes.left(size)));
        QVERIFY(!FleetState::fromSnapshot(bytes + QByteArray(1, '\0')));
    }

    void snapshotAndCatchUpEqualAFullRead()
    {
        const QString db = newDb();
        const QList<NotificationLogRecord> first = storeWithSnapshot(db);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(insert(db, later(first)));

        bool fromSnapshot = false;
        const std::unique_ptr<FleetService> service = openService(db, &fromSnapshot, false);
        QVERIFY(service);
        QVERIFY(fromSnapshot);
        const FleetState expected = fullRead(db);
        QCOMPARE(service->state().size(), 120);
        compareStates(service->state(), expected);
        QCOMPARE(service->model()->rowCount(), expected.size());

        // Going on from there as usual: refreshed records land on the same state as a full read.
        QVERIFY(insert(db, trips(40, -100, 400, 13)));
        QSignalSpy changed(service.get(), &FleetService::fleetChanged);
        service->refresh();
        QVERIFY(changed.wait(20000));
        compareStates(service->state(), fullRead(db));
    }

    void sessionWritesANewSnapshotAfterManyRecords()
    {
        const QString db = newDb();
        storeWithSnapshot(db);
        QVERIFY(!QTest::currentTestFailed());
        bool fromSnapshot = false;
        const std::unique_ptr<FleetService> service = openService(db, &fromSnapshot, false);
        QVERIFY(service);
        QVERIFY(fromSnapshot);

        // As many records as FleetService::SnapshotAfterRecords, in one commit: the refresh that reads them
        // writes the snapshot again, up to them.
        QList<NotificationLogRecord> many;
        for (int i = 0; i < FleetService::SnapshotAfterRecords; ++i) {
            const QString phone = u"+3362%1"_s.arg(i % 500, 6, 10, QLatin1Char('0'));
            many << status(phone, i % 300, i % 3 != 0, i % 2 ? 208 : 262);
            many.last().eventId = u"many-%1"_s.arg(i);
        }
        QVERIFY(insert(db, many));
        QSignalSpy written(service.get(), &FleetService::snapshotWritten);
        service->refresh();
        QVERIFY(written.wait(30000));
        SqliteNotificationStore store;
        QVERIFY(store.open(db));
        QCOMPARE(written.at(0).at(0).toLongLong(), store.newestSeq());

        // A later open starts from it with nothing to catch up, and equals a full read.
        const std::unique_ptr<FleetService> again = openService(db, &fromSnapshot, false);
        QVERIFY(again);
        QVERIFY(fromSnapshot);
        compareStates(again->state(), fullRead(db));
        compareStates(service->state(), fullRead(db));
    }

    void snapshotIsOwnerOnly()
    {
        const QString db = newDb();
        storeWithSnapshot(db);
        QVERIFY(!QTest::currentTestFailed());
        const QString path = snapshotOf(db);
        // Owner read and write; nothing for the group or others (the user bits mirror the owner's).
        const QFileDevice::Permissions everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & everyone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(path).absolutePath(), m_dir.filePath(u"cache/tst_fleetsnapshot/fleet"_s));
        // Named by the store, not by its (personal) path.
        QVERIFY(!QFileInfo(path).fileName().contains(u"store"_s));
    }

    void unusableSnapshotMeansAFullRead_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut short") << u"truncate"_s;
        QTest::newRow("a byte changed") << u"flip"_s;
        QTest::newRow("another format version") << u"version"_s;
        QTest::newRow("not a snapshot") << u"garbage"_s;
        QTest::newRow("empty file") << u"empty"_s;
        QTest::newRow("another store's snapshot") << u"other-store"_s;
        QTest::newRow("store replaced") << u"replaced"_s;
        QTest::newRow("store cut short") << u"shorter"_s;
    }

    void unusableSnapshotMeansAFullRead()
    {
        QFETCH(QString, damage);
        const QString db = newDb();
        const QList<NotificationLogRecord> first = storeWithSnapshot(db);
        QVERIFY(!QTest::currentTestFailed());
        const QString path = snapshotOf(db);
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 1000);
        if (damage == u"truncate"_s) {
            bytes.chop(bytes.size() / 3);
        } else if (damage == u"flip"_s) {
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
        } else if (damage == u"version"_s) {
            QDataStream version(&bytes, QIODevice::ReadWrite);
            version.device()->seek(4);
            version << quint32(FleetSnapshot::FormatVersion + 1);
        } else if (damage == u"garbage"_s) {
            bytes = QByteArray(4096, 'x');
        } else if (damage == u"empty"_s) {
            bytes.clear();
        } else if (damage == u"other-store"_s) {
            // The same records in another file: the snapshot names the store it came from.
            const QString other = newDb();
            QVERIFY(insert(other, first));
            QVERIFY(QFile::copy(path, snapshotOf(other)));
            bool fromSnapshot = true;
            const std::unique_ptr<FleetService> service = openService(other, &fromSnapshot, false);
            QVERIFY(service);
            QVERIFY(!fromSnapshot);
            compareStates(service->state(), fullRead(other));
            return;
        } else if (damage == u"replaced"_s || damage == u"shorter"_s) {
            // Another file at the same path: as many records or more, or fewer (an older copy restored).
            QVERIFY(QFile::remove(db));
            QFile::remove(db + u"-wal"_s);
            QFile::remove(db + u"-shm"_s);
            QVERIFY(insert(db, damage == u"replaced"_s ? trips(90, 0, 200, 99) : first.mid(0, first.size() / 2)));
        }
        if (damage != u"replaced"_s && damage != u"shorter"_s)
            QVERIFY(writeFile(path, bytes));
        QVERIFY(insert(db, later(first)));

        bool fromSnapshot = true;
        const std::unique_ptr<FleetService> service = openService(db, &fromSnapshot, true);
        QVERIFY(service);
        QVERIFY(!fromSnapshot);
        compareStates(service->state(), fullRead(db));
        // The full read left a good snapshot behind: the next open starts from it.
        const std::unique_ptr<FleetService> again = openService(db, &fromSnapshot, false);
        QVERIFY(again);
        QVERIFY(fromSnapshot);
        compareStates(again->state(), fullRead(db));
    }

    void noIdentityNoSnapshot()
    {
        const QString db = newDb();
        QVERIFY(insert(db, trips(5, 0, 50, 5)));
        FleetService service;
        QSignalSpy loaded(&service, &FleetService::loaded);
        service.open(SqliteNotificationStore::readerFactory(db));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!service.isFromSnapshot());
        QCOMPARE(service.state().size(), 5);
        // The worker answers in order: once a journey comes back, the load's work is all done.
        QSignalSpy journey(&service, &FleetService::journeyReady);
        service.journeyFor(service.state().at(0).key);
        QVERIFY(journey.wait(20000));
        QVERIFY(!QFile::exists(snapshotOf(db)));
    }
};

QTEST_GUILESS_MAIN(TestFleetSnapshot)
#include "tst_fleetsnapshot.moc"
