// The store contract, once for each backend: SQLite files and a real PostgreSQL server (tests/pgtestserver). The
// one place for the behaviour both share: dedupe by (source, id) across every connection writing the store,
// filters and search (also of country names in the UI language), keyset pages, export, the subscription registry,
// the known country of roaming-on, the schema version check, and the alert lifecycle.
#include "app/alerts/alertstore.h"
#include "app/fleet/fleetservice.h"
#include "app/store/postgresnotificationstore.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/subscriptionregistry.h"
#include "fleettestutil.h"
#include "models/countrynames.h"
#include "models/notificationlogexport.h"
#include "pgtestserver.h"
#include "storetestutil.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
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

Q_DECLARE_METATYPE(roamdesk::NotificationLogFilter)

class TestStoreContract : public QObject
{
    Q_OBJECT

private:
    /// A new connection to the test's store.
    std::unique_ptr<NotificationStore> openStore()
    {
        QString error;
        std::unique_ptr<NotificationStore> store = storefactory::open(
            *m_location, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        if (!store)
            qWarning().noquote() << "cannot open" << m_location->toString() << error;
        return store;
    }

    QStringList idsFound(NotificationStore &store, const NotificationLogFilter &filter)
    {
        QStringList ids;
        for (const NotificationLogRecord &record : store.olderThan(filter, NotificationLogSource::NoSeq, 100))
            ids << record.eventId;
        return ids;
    }

    static RuleHit hit(const QString &ruleId, const QString &device, qint64 seq, int minute)
    {
        RuleHit hit;
        hit.ruleId = ruleId;
        hit.kind = u"event-match"_s;
        hit.severity = AlertSeverity::Warning;
        hit.device = device;
        hit.deviceObject = QJsonObject{{u"phoneNumber"_s, device}};
        hit.time = QDateTime::fromMSecsSinceEpoch(1772366400000 + minute * 60000, QTimeZone::utc());
        hit.seq = seq;
        hit.message = u"hit %1"_s.arg(seq);
        return hit;
    }

    /// FleetService's entries over the store `location`, loaded and then refreshed after `more` is inserted
    /// by `writer`: one line per device, sorted by its label.
    static QStringList fleetOf(const StoreLocation &location, NotificationStore &writer,
        const QList<NotificationLogRecord> &more, QStringList *loaded)
    {
        FleetService fleet;
        QSignalSpy done(&fleet, &FleetService::loaded);
        fleet.open(storefactory::reader(location));
        if (!done.wait(20000))
            return {u"not loaded"_s};
        const auto lines = [&fleet] {
            QStringList out;
            const FleetState &state = fleet.state();
            for (int row = 0; row < state.size(); ++row) {
                const DeviceFleetEntry &entry = state.at(row);
                out << u"%1 roaming=%2 country=%3 names=%4 since=%5 last=%6@%7 status=%8 ended=%9 %10"_s.arg(entry.key,
                    entry.roaming ? QString::number(*entry.roaming) : u"?"_s,
                    entry.countryCode ? QString::number(*entry.countryCode) : u"?"_s, entry.countryNames.join(u'/'),
                    entry.since.toString(Qt::ISODateWithMs),
                    entry.lastEventType ? QString::number(int(*entry.lastEventType)) : u"?"_s,
                    entry.lastEventTime.toString(Qt::ISODateWithMs), entry.lastStatusTime.toString(Qt::ISODateWithMs),
                    QString::number(entry.subscriptionEnded), entry.endReason);
            }
            out.sort();
            return out;
        };
        *loaded = lines();
        QSignalSpy changed(&fleet, &FleetService::fleetChanged);
        if (!writer.insert(more).ok)
            return {u"not inserted"_s};
        fleet.refresh();
        if (!changed.wait(20000))
            return {u"not refreshed"_s};
        return lines();
    }

    /// Sets the schema version behind the store's back, as a newer build would have left it.
    bool setSchemaVersion(int version)
    {
        if (m_location->kind() == StoreLocation::Kind::Postgres)
            return m_server.sql(m_location->database(), {u"UPDATE roamdesk_schema SET version = %1"_s.arg(version)});
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_location->path());
            ok = db.open() && QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(version));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pgUnavailable = pgtest::PgTestServer::whyUnavailable();
        if (m_pgUnavailable.isEmpty() && !m_server.start())
            QFAIL(qPrintable(u"the test PostgreSQL server did not start: "_s + m_server.error()));
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString text;
        if (backend == u"postgresql"_s) {
            if (!m_pgUnavailable.isEmpty())
                QSKIP(qPrintable(m_pgUnavailable));
            text = m_server.createDatabase();
            QVERIFY2(!text.isEmpty(), qPrintable(m_server.error()));
        } else {
            text = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_counter));
        }
        QString error;
        m_location = StoreLocation::parse(text, &error);
        QVERIFY2(m_location, qPrintable(error));
    }

    void createsTheSchemaOnce()
    {
        auto first = openStore();
        QVERIFY(first);
        const int version = first->schemaVersion();
        QVERIFY(version > 0);
        auto second = openStore(); // an existing store is not migrated again
        QVERIFY(second);
        QCOMPARE(second->schemaVersion(), version);
    }

    void refusesNewerSchema()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        QVERIFY(setSchemaVersion(99));
        QString error;
        QVERIFY(!storefactory::open(
            *m_location, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void insertsOnceBySourceAndId()
    {
        auto store = openStore();
        QVERIFY(store);
        InsertResult first = store->insert({makeRecord(u"a"_s), makeRecord(u"b"_s)});
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.seqs.size(), 2);
        QVERIFY(first.seqs.at(0) > 0 && first.seqs.at(1) > first.seqs.at(0));
        NotificationLogRecord otherSource = makeRecord(u"a"_s);
        otherSource.source = u"https://other.example.com"_s;
        // Already stored, stored under another source, and a duplicate inside the same batch.
        const InsertResult second =
            store->insert({makeRecord(u"a"_s), otherSource, makeRecord(u"c"_s), makeRecord(u"c"_s)});
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.seqs.at(0), qint64(0));
        QVERIFY(second.seqs.at(1) > first.seqs.at(1));
        QVERIFY(second.seqs.at(2) > second.seqs.at(1));
        QCOMPARE(second.seqs.at(3), qint64(0));
        QCOMPARE(store->count({}), qint64(4));
        QCOMPARE(store->newestSeq(), second.seqs.at(2));
    }

    void dedupesAcrossConnections()
    {
        // Two writers (two receivers) get the same notifications: each is stored once.
        auto one = openStore();
        auto two = openStore();
        QVERIFY(one && two);
        QList<NotificationLogRecord> batch;
        for (int i = 0; i < 50; ++i)
            batch << makeRecord(u"n%1"_s.arg(i));
        const InsertResult first = one->insert(batch);
        const InsertResult second = two->insert(batch);
        QVERIFY(first.ok && second.ok);
        QCOMPARE(std::count(first.seqs.cbegin(), first.seqs.cend(), 0), 0);
        QCOMPARE(std::count(second.seqs.cbegin(), second.seqs.cend(), 0), 50);
        QCOMPARE(two->count({}), qint64(50));
    }

    void roundTripsEveryColumn()
    {
        auto store = openStore();
        QVERIFY(store);
        NotificationLogRecord full = makeRecord(u"full"_s, EventType::RoamingChangeCountry);
        full.roaming = true;
        full.countryCode = 214;
        full.countryNames = QStringList{u"ES"_s};
        full.validity = ReceiptValidity::ConfiguredToken;
        full.rawJson = QByteArray("{\"id\":\"full\",\"quote\":\"it's \\\\ 100%\"}");
        NotificationLogRecord bare = makeRecord(u"bare"_s, EventType::SubscriptionEnds, QString(), QString());
        bare.eventMs.reset();
        bare.terminationReason = u"SUBSCRIPTION_EXPIRED"_s;
        bare.validity = ReceiptValidity::Unauthenticated;
        NotificationLogRecord noCountry = makeRecord(u"901 %1 '"_s, EventType::RoamingStatus);
        noCountry.roaming = false;
        noCountry.countryCode = 901;
        noCountry.countryNames = QStringList();
        const QList<NotificationLogRecord> records{full, bare, noCountry};
        const InsertResult result = store->insert(records);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<NotificationLogRecord> rows = store->olderThan({}, NotificationLogSource::NoSeq, 10, true);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const NotificationLogRecord &record = records.at(i);
            const NotificationLogRecord &got = rows.at(2 - i);
            QCOMPARE(got.seq, result.seqs.at(i));
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
            QCOMPARE(store->rawJson(got.seq), record.rawJson);
        }
        QVERIFY(store->olderThan({}, NotificationLogSource::NoSeq, 10).at(0).rawJson.isEmpty()); // not unless asked
    }

    void pagesByKeyset()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<NotificationLogRecord> records;
        for (int i = 1; i <= 25; ++i)
            records << makeRecord(QString::number(i));
        QVERIFY(store->insert(records).ok);
        QStringList seen;
        qint64 before = NotificationLogSource::NoSeq;
        for (;;) {
            const QList<NotificationLogRecord> page = store->olderThan({}, before, 10);
            for (const NotificationLogRecord &record : page)
                seen << record.eventId;
            if (page.size() < 10)
                break;
            before = page.constLast().seq;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), u"25"_s);
        QCOMPARE(seen.last(), u"1"_s);
        const qint64 newest = store->newestSeq();
        const QList<NotificationLogRecord> newer = store->newerThan({}, newest - 5, 3);
        QCOMPARE(newer.size(), 3);
        QCOMPARE(newer.at(0).eventId, u"25"_s); // newest first, the newest three of the five
        QCOMPARE(newer.at(2).eventId, u"23"_s);
    }

    void filters_data()
    {
        QTest::addColumn<NotificationLogFilter>("filter");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("none") << NotificationLogFilter() << QStringList{u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s};
        NotificationLogFilter type;
        type.type = EventType::RoamingOff;
        QTest::newRow("type") << type << QStringList{u"e2"_s};
        NotificationLogFilter device;
        device.device = u"+4915112345678"_s;
        QTest::newRow("device") << device << QStringList{u"e4"_s, u"e3"_s};
        NotificationLogFilter subscription;
        subscription.subscriptionId = u"sub-2"_s;
        QTest::newRow("subscription") << subscription << QStringList{u"e4"_s};
        QTest::newRow("text") << NotificationLogFilter::parse(u"+4915"_s) << QStringList{u"e4"_s, u"e3"_s};
        QTest::newRow("punctuation alone does not narrow")
            << NotificationLogFilter::parse(u"% +"_s) << QStringList{u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s};
        QTest::newRow("every word must match")
            << NotificationLogFilter::parse(u"roaming-on 4915"_s) << QStringList{u"e3"_s};
        QTest::newRow("the raw JSON is not searched") << NotificationLogFilter::parse(u"raw"_s) << QStringList{};
        NotificationLogFilter prefix;
        prefix.subscriptionId = u"SUB-"_s;
        QTest::newRow("subscription prefix, any case") << prefix << QStringList{u"e4"_s, u"e3"_s, u"e2"_s, u"e1"_s};
        NotificationLogFilter range;
        range.receivedFrom = QDateTime::fromMSecsSinceEpoch(2000, QTimeZone::utc());
        range.receivedTo = QDateTime::fromMSecsSinceEpoch(4000, QTimeZone::utc());
        QTest::newRow("time range [from, to)") << range << QStringList{u"e3"_s, u"e2"_s};
        NotificationLogFilter combined = device;
        combined.type = EventType::RoamingOn;
        QTest::newRow("device and type") << combined << QStringList{u"e3"_s};
    }

    void filters()
    {
        QFETCH(NotificationLogFilter, filter);
        QFETCH(QStringList, expectedIds);
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store
                    ->insert({makeRecord(u"e1"_s, EventType::RoamingOn, u"+33612345678"_s, u"sub-1"_s, 1000),
                        makeRecord(u"e2"_s, EventType::RoamingOff, u"+33612345678"_s, u"sub-1"_s, 2000),
                        makeRecord(u"e3"_s, EventType::RoamingOn, u"+4915112345678"_s, u"sub-1"_s, 3000),
                        makeRecord(u"e4"_s, EventType::RoamingStatus, u"+4915112345678"_s, u"sub-2"_s, 4000)})
                    .ok);
        QCOMPARE(idsFound(*store, filter), expectedIds);
        QCOMPARE(store->count(filter), qint64(expectedIds.size()));
    }

    void searchesWhatTheLogShows_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("country name") << u"Belgium"_s << QStringList{u"be"_s};
        QTest::newRow("country name, any case, a prefix") << u"belg"_s << QStringList{u"be"_s};
        QTest::newRow("country name by the MCC table") << u"Spain"_s << QStringList{u"es"_s};
        QTest::newRow("accents ignored") << u"aland"_s << QStringList{u"ax"_s};
        QTest::newRow("ISO code") << u"SE"_s << QStringList{u"se-on"_s, u"se"_s};
        QTest::newRow("MCC") << u"206"_s << QStringList{u"be"_s};
        QTest::newRow("type words") << u"change-country"_s << QStringList{u"ax"_s, u"be"_s};
        QTest::newRow("termination reason") << u"subscription_deleted"_s << QStringList{u"ends"_s};
        QTest::newRow("reason word") << u"deleted"_s << QStringList{u"ends"_s};
        QTest::newRow("subscription id start") << u"577a"_s << QStringList{u"ends"_s};
        QTest::newRow("sub: prefix") << u"sub:577a"_s << QStringList{u"ends"_s};
        QTest::newRow("sub: prefix is not a substring") << u"sub:7a1c"_s << QStringList{};
        QTest::newRow("sub: prefix in any case") << u"sub:577A1C2E-0b"_s << QStringList{u"ends"_s};
        QTest::newRow("sub: wildcards are literal") << u"sub:577a%"_s << QStringList{};
        QTest::newRow("sub: punctuation only") << u"sub:_"_s << QStringList{};
        QTest::newRow("type: and words") << u"type:roaming-on sweden"_s << QStringList{u"se-on"_s};
        QTest::newRow("not-roaming rows hold no country") << u"Germany"_s << QStringList{};
        QTest::newRow("query syntax is text") << u"\"NEAR( AND * OR ' & ! :*"_s << QStringList{};
    }

    void searchesWhatTheLogShows()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, expectedIds);
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->insert(countryRecords()).ok);
        const NotificationLogFilter filter = NotificationLogFilter::parse(expression);
        QCOMPARE(idsFound(*store, filter), expectedIds);
        QVERIFY2(store->lastError().isEmpty(), qPrintable(store->lastError()));
        QCOMPARE(store->count(filter), qint64(expectedIds.size()));
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
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->insert(records).ok);
        QCOMPARE(idsFound(*store, filter), expectedIds);
        QCOMPARE(store->count(filter), qint64(expectedIds.size()));
    }

    void roamingOnShowsTheCountryLastSeen()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<NotificationLogRecord> records = countryRecords();
        // The first half in one commit, the rest in another: the country is found in the batch and in the store.
        QVERIFY(store->insert(records.mid(0, 3)).ok);
        QVERIFY(store->insert(records.mid(3)).ok);
        QHash<QString, NotificationLogRecord> byId;
        for (const NotificationLogRecord &record : store->olderThan({}, NotificationLogSource::NoSeq, 100))
            byId.insert(record.eventId, record);
        QCOMPARE(byId.value(u"se-on"_s).knownCountryNames, QStringList{u"SE"_s});
        QCOMPARE(byId.value(u"se-on"_s).knownCountryCode, std::optional<int>(240));
        QVERIFY(!byId.value(u"se-on"_s).countryCode);
        QVERIFY(byId.value(u"home-on"_s).knownCountryNames.isEmpty());
    }

    void exportsEveryMatch()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->insert(countryRecords()).ok);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        qint64 written = 0;
        QVERIFY2(NotificationLogExporter::write(*store, NotificationLogFilter::parse(u"roaming-change-country"_s),
                     NotificationLogExporter::Format::JsonLines, &out, &error, &written),
            qPrintable(error));
        QCOMPARE(written, qint64(2));
        const QList<QByteArray> lines = out.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("\"ax\""));
        QVERIFY(lines.at(1).contains("\"be\""));
    }

    void remembersSubscriptions()
    {
        auto store = openStore();
        QVERIFY(store);
        KnownSubscription subscription;
        subscription.id = u"sub-1"_s;
        subscription.sinkToken = u"t0ken"_s;
        subscription.device = u"+33612345678"_s;
        subscription.types = QStringList{u"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on"_s};
        subscription.sink = u"https://sink.example.com/notifications"_s;
        subscription.createdAt = QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc());
        subscription.expiresAt = QDateTime::fromMSecsSinceEpoch(9000, QTimeZone::utc());
        QVERIFY(store->rememberSubscription(subscription));
        QCOMPARE(store->subscriptions(), QList<KnownSubscription>{subscription});

        // Another desk's connection sees it, and marks it deleted.
        auto other = openStore();
        QVERIFY(other);
        const QDateTime deleted = QDateTime::fromMSecsSinceEpoch(5000, QTimeZone::utc());
        QVERIFY(other->markSubscriptionDeleted(u"sub-1"_s, deleted));
        QVERIFY(other->markSubscriptionDeleted(u"made-elsewhere"_s, deleted));
        SubscriptionRegistry registry(store.get());
        QVERIFY(registry.find(u"sub-1"_s)->isDeleted());
        QVERIFY(registry.find(u"sub-1"_s)->sinkToken.isEmpty()); // kept as its digest only
        QCOMPARE(registry.find(u"sub-1"_s)->sinkTokenDigest, SubscriptionRegistry::digest("t0ken"));
        QVERIFY(registry.find(u"made-elsewhere"_s)->isDeleted());
        QCOMPARE(registry.subscriptionForDigest(SubscriptionRegistry::digest("t0ken")), u"sub-1"_s);
        QCOMPARE(registry.tokenDigest(u"sub-1"_s), SubscriptionRegistry::digest("t0ken"));
        QVERIFY(registry.forget(u"sub-1"_s));
        QVERIFY(!registry.find(u"sub-1"_s));
        QCOMPARE(other->subscriptions().size(), 1);
    }

    void alertsOneActivePerRuleAndDeviceWithTwoWriters()
    {
        auto notifications = openStore(); // the receiver made the store; the alerts join it
        QVERIFY(notifications);
        constexpr int HitsPerWriter = 40;
        // Two desks at once, each on its own connection, hitting the same (rule, device) and one of their own.
        const auto writer = [this](const QString &own, int offset, QString *error) {
            return QThread::create([this, own, offset, error] {
                AlertStore store;
                if (!store.open(*m_location)) {
                    *error = store.lastError();
                    return;
                }
                for (int i = 0; i < HitsPerWriter; ++i) {
                    if (!store.applyHit(hit(u"roaming-on"_s, u"+99911"_s, offset + i, i))
                        || !store.applyHit(hit(u"roaming-on"_s, own, offset + i, i))) {
                        *error = store.lastError();
                        return;
                    }
                }
            });
        };
        QString errorA;
        QString errorB;
        std::unique_ptr<QThread> a(writer(u"+99921"_s, 1, &errorA));
        std::unique_ptr<QThread> b(writer(u"+99922"_s, 1001, &errorB));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
        QVERIFY2(errorB.isEmpty(), qPrintable(errorB));

        AlertStore reader;
        QVERIFY2(reader.open(*m_location), qPrintable(reader.lastError()));
        const QList<Alert> active = reader.active();
        QCOMPARE(active.size(), 3);
        const std::optional<Alert> shared = reader.activeFor(u"roaming-on"_s, u"+99911"_s);
        QVERIFY(shared);
        QCOMPARE(shared->count, 2 * HitsPerWriter); // every repeat counted, by either writer
        QCOMPARE(reader.activeFor(u"roaming-on"_s, u"+99921"_s)->count, HitsPerWriter);
        QCOMPARE(reader.count(AlertState::Open), qint64(3));
        // Ids are unique across both writers.
        QSet<qint64> ids;
        for (const Alert &alert : active)
            ids.insert(alert.id);
        QCOMPARE(ids.size(), 3);
    }

    void alertsLifecycleWithWhoAndWhen()
    {
        const QDateTime acknowledgedAt = QDateTime::fromMSecsSinceEpoch(1772370000000, QTimeZone::utc());
        const QDateTime resolvedAt = acknowledgedAt.addSecs(60);
        qint64 id = 0;
        {
            AlertStore desk1;
            QVERIFY2(desk1.open(*m_location), qPrintable(desk1.lastError()));
            const std::optional<AlertStore::Applied> first = desk1.applyHit(hit(u"no-kp"_s, u"+99931"_s, 1, 0));
            QVERIFY(first);
            QVERIFY(first->isNew);
            id = first->alert.id;
            const std::optional<AlertStore::Applied> repeat = desk1.applyHit(hit(u"no-kp"_s, u"+99931"_s, 2, 1));
            QVERIFY(repeat);
            QVERIFY(!repeat->isNew);
            QCOMPARE(repeat->alert.id, id);
            QCOMPARE(repeat->alert.count, 2);

            // Another desk acknowledges it; a second acknowledgement does not move it again.
            AlertStore desk2;
            QVERIFY2(desk2.open(*m_location), qPrintable(desk2.lastError()));
            const QList<Alert> acknowledged = desk2.setState({id}, AlertState::Acknowledged, u"ann"_s, acknowledgedAt);
            QCOMPARE(acknowledged.size(), 1);
            QCOMPARE(acknowledged.constFirst().stateBy, u"ann"_s);
            QVERIFY(desk2.setState({id}, AlertState::Acknowledged, u"bob"_s, resolvedAt).isEmpty());

            // Still the active one: a new hit repeats it rather than opening another.
            const std::optional<AlertStore::Applied> afterAck = desk1.applyHit(hit(u"no-kp"_s, u"+99931"_s, 3, 2));
            QVERIFY(afterAck);
            QCOMPARE(afterAck->alert.id, id);
            QCOMPARE(afterAck->alert.state, AlertState::Acknowledged);
            QCOMPARE(afterAck->alert.count, 3);

            QCOMPARE(desk1.setState({id}, AlertState::Resolved, u"bob"_s, resolvedAt).size(), 1);
            // Resolved: the next hit opens a new alert.
            const std::optional<AlertStore::Applied> reopened = desk2.applyHit(hit(u"no-kp"_s, u"+99931"_s, 4, 3));
            QVERIFY(reopened);
            QVERIFY(reopened->isNew);
            QVERIFY(reopened->alert.id != id);
        }
        // Survives reopening.
        AlertStore again;
        QVERIFY2(again.open(*m_location), qPrintable(again.lastError()));
        const std::optional<Alert> resolved = again.byId(id);
        QVERIFY(resolved);
        QCOMPARE(resolved->state, AlertState::Resolved);
        QCOMPARE(resolved->stateBy, u"bob"_s);
        QCOMPARE(resolved->stateAt, resolvedAt);
        QCOMPARE(resolved->count, 3);
        QCOMPARE(resolved->firstSeq, qint64(1));
        QCOMPARE(resolved->lastSeq, qint64(3));
        QCOMPARE(again.count(AlertState::Resolved), qint64(1));
        QCOMPARE(again.count(AlertState::Open), qint64(1));
        QCOMPARE(again.olderThan(AlertStore::NoId, 10).size(), 2);
    }

    void alertChangesAreReadByOtherWriters()
    {
        AlertStore desk1;
        AlertStore desk2;
        QVERIFY2(desk1.open(*m_location), qPrintable(desk1.lastError()));
        QVERIFY2(desk2.open(*m_location), qPrintable(desk2.lastError()));
        qint64 seen1 = desk1.newestRevision();
        qint64 seen2 = desk2.newestRevision();
        const std::optional<AlertStore::Applied> opened = desk1.applyHit(hit(u"no-kp"_s, u"+99941"_s, 1, 0));
        QVERIFY(opened);
        QVERIFY(desk1.changedSince(seen1, &seen1).isEmpty()); // its own change is not news to it
        const QList<Alert> seen = desk2.changedSince(seen2, &seen2);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst().id, opened->alert.id);
        QVERIFY(desk2.changedSince(seen2, &seen2).isEmpty()); // read once

        QCOMPARE(desk2.setState({opened->alert.id}, AlertState::Acknowledged, u"ann"_s, QDateTime::currentDateTimeUtc())
                     .size(),
            1);
        const QList<Alert> acknowledged = desk1.changedSince(seen1, &seen1);
        QCOMPARE(acknowledged.size(), 1);
        QCOMPARE(acknowledged.constFirst().state, AlertState::Acknowledged);
        QCOMPARE(acknowledged.constFirst().stateBy, u"ann"_s);
    }

    void fleetIsTheSameOverEachBackend()
    {
        using fleettest::record;
        using fleettest::status;
        const QList<NotificationLogRecord> first{
            status(u"+35840001"_s, 0, false, 244),
            record(u"+35840001"_s, EventType::RoamingOn, 10), // the country comes from the status after it
            status(u"+35840001"_s, 12, true, 467),
            record(u"+35840002"_s, EventType::RoamingOff, 5),
            status(u"+35840003"_s, 3, true, 214),
            record(u"+35840003"_s, EventType::RoamingChangeCountry, 30, 208),
        };
        const QList<NotificationLogRecord> more{
            record(u"+35840002"_s, EventType::RoamingOn, 40, 262),
            record(u"+35840003"_s, EventType::SubscriptionEnds, 50),
            status(u"+35840004"_s, 41, false, 310),
        };
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->insert(first).ok);
        QStringList loaded;
        const QStringList refreshed = fleetOf(*m_location, *store, more, &loaded);

        // The same records in a SQLite file of their own: the reference every backend must match.
        QTemporaryDir dir;
        const StoreLocation reference = StoreLocation::sqlite(dir.filePath(u"reference.sqlite"_s));
        QString error;
        auto referenceStore = storefactory::open(
            reference, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        QVERIFY2(referenceStore, qPrintable(error));
        QVERIFY(referenceStore->insert(first).ok);
        QStringList referenceLoaded;
        const QStringList referenceRefreshed = fleetOf(reference, *referenceStore, more, &referenceLoaded);

        QCOMPARE(loaded.size(), 3);
        QCOMPARE(refreshed.size(), 4);
        QCOMPARE(loaded, referenceLoaded);
        QCOMPARE(refreshed, referenceRefreshed);
        QVERIFY2(
            refreshed.constFirst().contains(u"roaming=1 country=467 names=KP"_s), qPrintable(refreshed.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    pgtest::PgTestServer m_server;
    QString m_pgUnavailable;
    std::optional<StoreLocation> m_location;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
