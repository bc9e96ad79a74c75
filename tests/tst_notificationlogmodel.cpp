// NotificationLogModel over a real SQLite file, under QAbstractItemModelTester: every read runs on the model's
// reader thread (a probe source records the thread of each call and can hold a read to make answers stale);
// the JSON Lines and CSV export.
#include "app/store/sqlitenotificationstore.h"
#include "models/countrytable.h"
#include "models/notificationlogexport.h"
#include "models/notificationlogmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::NotificationLogFilter)

namespace {

const QString Source = QStringLiteral("https://notifications.example.com");

NotificationLogRecord makeRecord(int n)
{
    NotificationLogRecord record;
    record.source = Source;
    record.eventId = QStringLiteral("ev-%1").arg(n);
    record.receivedMs = 1700000000000 + n * 1000;
    record.eventMs = record.receivedMs - 250;
    record.device = n % 2 ? QStringLiteral("+33612345678") : QStringLiteral("+4915112345678");
    record.subscriptionId = QStringLiteral("sub-%1").arg(n % 3);
    record.validity = ReceiptValidity::SubscriptionToken;
    switch (n % 4) {
    case 0:
        record.type = EventType::RoamingChangeCountry;
        record.roaming = true;
        record.countryCode = 262;
        record.countryNames = QStringList{QStringLiteral("DE")};
        break;
    case 1:
        record.type = EventType::RoamingOff;
        record.roaming = false;
        break;
    case 2:
        record.type = EventType::RoamingOn;
        record.roaming = true;
        record.countryCode = 214; // no countryName: the table names it
        break;
    default:
        record.type = EventType::SubscriptionEnds;
        record.terminationReason = QStringLiteral("MAX_EVENTS_REACHED");
        break;
    }
    record.rawJson = QStringLiteral("{\"id\":\"%1\",\"source\":\"%2\",\"type\":\"x\",\"note\":\"a,b \\\"quoted\\\"\"}")
                         .arg(record.eventId, Source)
                         .toUtf8();
    return record;
}

/// A store connection that notes the thread of every call, and can hold page reads until let go, so a test
/// can change the filter while an answer is on its way.
struct Probe
{
    QMutex mutex;
    QList<QThread *> threads;
    QStringList calls;
    QList<NotificationLogFilter> pageFilters; // olderThan, in call order
    QSemaphore gate;
    std::atomic<bool> holding{false};
    std::atomic<int> held{0}; // page reads waiting at the gate
    std::atomic<bool> interruptLetsGo{false}; // interrupt() ends a held read, as SQLite stops a statement

    void note(const QString &call, const NotificationLogFilter *filter = nullptr)
    {
        QMutexLocker lock(&mutex);
        threads << QThread::currentThread();
        calls << call;
        if (filter)
            pageFilters << *filter;
    }
    void hold()
    {
        gate.tryAcquire(gate.available());
        holding = true;
    }
    void letGo()
    {
        holding = false;
        gate.release(held.load() + 1);
    }
    void pass()
    {
        if (!holding)
            return;
        ++held;
        gate.tryAcquire(1, 20000); // bounded: a broken test fails instead of hanging
        --held;
    }
};

class ProbeSource final : public NotificationLogSource
{
public:
    ProbeSource(std::unique_ptr<SqliteNotificationStore> inner, std::shared_ptr<Probe> probe)
        : m_inner(std::move(inner))
        , m_probe(std::move(probe))
    {
    }
    QList<NotificationLogRecord> olderThan(
        const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw) override
    {
        m_probe->note(QStringLiteral("olderThan"), &filter);
        m_probe->pass();
        return m_inner->olderThan(filter, beforeSeq, limit, withRaw);
    }
    QList<NotificationLogRecord> newerThan(const NotificationLogFilter &filter, qint64 afterSeq, int limit) override
    {
        m_probe->note(QStringLiteral("newerThan"));
        return m_inner->newerThan(filter, afterSeq, limit);
    }
    qint64 newestSeq() override
    {
        m_probe->note(QStringLiteral("newestSeq"));
        return m_inner->newestSeq();
    }
    QByteArray rawJson(qint64 seq) override
    {
        m_probe->note(QStringLiteral("rawJson"));
        return m_inner->rawJson(seq);
    }
    qint64 count(const NotificationLogFilter &filter) override
    {
        m_probe->note(QStringLiteral("count"));
        return m_inner->count(filter);
    }
    QString lastError() const override { return m_inner->lastError(); }
    void interrupt() override
    {
        // As SQLite stops a running statement: a read held at the gate goes on (and its answer is stale).
        m_probe->note(QStringLiteral("interrupt"));
        if (m_probe->interruptLetsGo && m_probe->held.load() > 0)
            m_probe->letGo();
        m_inner->interrupt();
    }

private:
    std::unique_ptr<SqliteNotificationStore> m_inner;
    std::shared_ptr<Probe> m_probe;
};

NotificationLogSourceFactory probeFactory(const QString &path, std::shared_ptr<Probe> probe)
{
    return [path, probe](QString *error) -> std::unique_ptr<NotificationLogSource> {
        probe->note(QStringLiteral("open"));
        auto store = std::make_unique<SqliteNotificationStore>();
        if (!store->open(path)) {
            *error = store->lastError();
            return nullptr;
        }
        return std::make_unique<ProbeSource>(std::move(store), probe);
    };
}

/// Waits until nothing is on its way, asking for the next page while there is one.
bool fetchAll(NotificationLogModel &model)
{
    for (;;) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
}

/// Everything asked of the reader before this call has been answered (it answers in order).
bool drain(NotificationLogModel &model)
{
    QSignalSpy counted(&model, &NotificationLogModel::totalCountReady);
    model.requestTotalCount();
    return counted.wait(10000) || counted.size() > 0;
}

} // namespace

class TestNotificationLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("log%1.sqlite").arg(++m_counter));
        m_store = std::make_unique<SqliteNotificationStore>();
        QVERIFY(m_store->open(m_path));
        m_probe = std::make_shared<Probe>();
    }

    void cleanup()
    {
        m_probe->letGo();
        m_store.reset();
    }

    void firstPageArrivesThenFetchMoreAppends()
    {
        insertRange(1, 1000);
        NotificationLogModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), 0); // nothing is read on the caller's thread
        QVERIFY(model.isReloading());
        QVERIFY(!model.canFetchMore({}));
        QTRY_COMPARE(model.rowCount(), NotificationLogModel::DefaultPageSize);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), int(NotificationLogModel::ColumnCount));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QVERIFY(model.canFetchMore({}));
        inserted.clear();
        QSignalSpy loading(&model, &NotificationLogModel::loadingChanged);
        model.fetchMore({});
        // Only asked: the rows come later, and no second request while one is out.
        QCOMPARE(model.rowCount(), NotificationLogModel::DefaultPageSize);
        QVERIFY(model.isFetching());
        QCOMPARE(loading.size(), 1);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * NotificationLogModel::DefaultPageSize);
        QVERIFY(!model.isFetching());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), NotificationLogModel::DefaultPageSize);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.seqAt(row), qint64(1000 - row));
        QCOMPARE(model.rowOfSeq(1000), 0);
        QCOMPARE(model.rowOfSeq(1), 999);
        QCOMPARE(model.rowOfSeq(5000), -1);
        QCOMPARE(model.totalCount(), qint64(-1)); // counted only when asked
        QSignalSpy counted(&model, &NotificationLogModel::totalCountReady);
        model.requestTotalCount();
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(1000));
        QCOMPARE(model.totalCount(), qint64(1000));
    }

    void fetchMoreNeverWaitsForTheStore()
    {
        insertRange(1, 30);
        NotificationLogModel model(factory());
        model.setPageSize(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 10);
        m_probe->hold(); // the next page read waits at the gate on the reader thread
        model.fetchMore({});
        QTRY_COMPARE(m_probe->held.load(), 1);
        // The store is busy, the model is not: it answers at once and says it is loading.
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.isFetching());
        QCOMPARE(model.index(9, NotificationLogModel::TypeColumn).data().toString(), makeType(21));
        m_probe->letGo();
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.seqAt(19), qint64(11));
    }

    void showsEveryColumnAndReadsRawJsonOnRequest()
    {
        insertRange(1, 4); // seq 4 = n 4 (change-country) on top
        NotificationLogModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 4);
        auto display = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(display(0, NotificationLogModel::TypeColumn), QStringLiteral("roaming-change-country"));
        QCOMPARE(display(0, NotificationLogModel::DeviceColumn), QStringLiteral("+4915112345678"));
        QCOMPARE(display(0, NotificationLogModel::SubscriptionColumn), QStringLiteral("sub-1"));
        QVERIFY2(display(0, NotificationLogModel::RoamingColumn).contains(QStringLiteral("DE")),
            qPrintable(display(0, NotificationLogModel::RoamingColumn)));
        QVERIFY(display(0, NotificationLogModel::RoamingColumn).contains(QStringLiteral("262")));
        QCOMPARE(display(1, NotificationLogModel::TerminationColumn), QStringLiteral("MAX_EVENTS_REACHED"));
        QCOMPARE(display(1, NotificationLogModel::RoamingColumn), QStringLiteral("Ended: MAX_EVENTS_REACHED"));
        QCOMPARE(CountryTable::instance().isoCodes(214), QStringList{QStringLiteral("ES")});
        QVERIFY2(display(2, NotificationLogModel::RoamingColumn).contains(QStringLiteral("ES")), // 214 via the table
            qPrintable(display(2, NotificationLogModel::RoamingColumn)));
        QCOMPARE(display(3, NotificationLogModel::RoamingColumn), QStringLiteral("Not roaming"));
        QCOMPARE(
            model.index(0, NotificationLogModel::ReceivedColumn).data(NotificationLogModel::RawValueRole).toLongLong(),
            1700000004000);
        // The table shows the time of day; the tooltip has both full timestamps (received and the event's own).
        const QDateTime received = QDateTime::fromMSecsSinceEpoch(1700000004000, QTimeZone::utc()).toLocalTime();
        QCOMPARE(display(0, NotificationLogModel::ReceivedColumn), received.toString(u"HH:mm:ss"));
        const QString times = model.index(0, NotificationLogModel::ReceivedColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(times.contains(received.toString(u"yyyy-MM-dd HH:mm:ss.zzz")), qPrintable(times));
        const QDateTime eventTime = QDateTime::fromMSecsSinceEpoch(1700000003750, QTimeZone::utc()).toLocalTime();
        QVERIFY2(times.contains(eventTime.toString(u"yyyy-MM-dd HH:mm:ss.zzz")), qPrintable(times));
        QCOMPARE(NotificationLogModel::RoamingColumn, NotificationLogModel::TypeColumn + 1);
        QCOMPARE(NotificationLogModel::TerminationColumn, NotificationLogModel::ColumnCount - 1);
        QCOMPARE(model.index(3, NotificationLogModel::RoamingColumn).data(NotificationLogModel::RawValueRole),
            QVariant(false));
        QCOMPARE(model.index(0, 0).data(NotificationLogModel::CountryCodeRole).toInt(), 262);
        QCOMPARE(model.index(0, 0).data(NotificationLogModel::SeqRole).toLongLong(), qint64(4));
        QCOMPARE(model.headerData(NotificationLogModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));

        // The raw CloudEvent: empty until read, then announced by rawJsonReady and dataChanged.
        QSignalSpy ready(&model, &NotificationLogModel::rawJsonReady);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.record(0).rawJson.isEmpty());
        QVERIFY(model.index(0, 0).data(NotificationLogModel::RawJsonRole).toByteArray().isEmpty());
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toLongLong(), qint64(4));
        QCOMPARE(ready.at(0).at(1).toByteArray(), makeRecord(4).rawJson);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 0).data(NotificationLogModel::RawJsonRole).toByteArray(), makeRecord(4).rawJson);
        const NotificationLogRecord record = model.record(0);
        QCOMPARE(record.rawJson, makeRecord(4).rawJson);
        QCOMPARE(record.eventId, QStringLiteral("ev-4"));
        QCOMPARE(record.source, Source);
        QCOMPARE(record.seq, qint64(4));
        QCOMPARE(record.type, EventType::RoamingChangeCountry);
        QCOMPARE(record.countryNames, std::optional<QStringList>(QStringList{QStringLiteral("DE")}));
        QCOMPARE(model.record(99).seq, qint64(0)); // out of range: an empty record

        // The explicit request: answered later even when cached, for rows shown or not.
        ready.clear();
        model.requestRawJson(4);
        model.requestRawJson(2);
        QCOMPARE(ready.size(), 0);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.at(0).at(0).toLongLong(), qint64(4));
        QCOMPARE(ready.at(1).at(0).toLongLong(), qint64(2));
        QCOMPARE(ready.at(1).at(1).toByteArray(), makeRecord(2).rawJson);
        QCOMPARE(model.cachedRawJson(2), makeRecord(2).rawJson);
        model.requestRawJson(999); // unknown: an empty answer, not silence
        QTRY_COMPARE(ready.size(), 3);
        QVERIFY(ready.at(2).at(1).toByteArray().isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<NotificationLogFilter>("filter");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("topSeq");
        QTest::newRow("none") << NotificationLogFilter{} << 40 << qint64(40);
        NotificationLogFilter type;
        type.type = EventType::RoamingOff;
        QTest::newRow("type") << type << 10 << qint64(37);
        NotificationLogFilter device;
        device.device = QStringLiteral("+33612345678");
        QTest::newRow("device") << device << 20 << qint64(39);
        NotificationLogFilter subscription;
        subscription.subscriptionId = QStringLiteral("sub-0");
        QTest::newRow("subscription") << subscription << 13 << qint64(39);
        NotificationLogFilter text;
        text.text = QStringLiteral("GERM"); // what the row shows: "Roaming in DE Germany" (every fourth)
        QTest::newRow("text") << text << 10 << qint64(40);
        NotificationLogFilter prefix = NotificationLogFilter::parse(QStringLiteral("sub:sub-"));
        QTest::newRow("subscription prefix") << prefix << 40 << qint64(40);
        NotificationLogFilter range;
        range.receivedFrom = QDateTime::fromMSecsSinceEpoch(1700000010000, QTimeZone::utc());
        range.receivedTo = QDateTime::fromMSecsSinceEpoch(1700000020000, QTimeZone::utc());
        QTest::newRow("time range") << range << 10 << qint64(19);
        NotificationLogFilter nothing;
        nothing.device = QStringLiteral("+10000000000");
        QTest::newRow("no match") << nothing << 0 << qint64(0);
    }

    void filters()
    {
        QFETCH(NotificationLogFilter, filter);
        QFETCH(int, rows);
        QFETCH(qint64, topSeq);
        insertRange(1, 40);
        NotificationLogModel model(factory());
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 7);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &NotificationLogModel::filterChanged);
        model.setFilter(filter);
        QCOMPARE(changed.size(), filter.isEmpty() ? 0 : 1);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(model.isReloading(), !filter.isEmpty());
        QVERIFY(fetchAll(model));
        // The old rows stay until the new first page replaces them in one reset.
        QCOMPARE(reset.size(), filter.isEmpty() ? 0 : 1);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.seqAt(0), topSeq);
        model.requestTotalCount();
        QTRY_COMPARE(model.totalCount(), qint64(rows));
    }

    void filterChangeDropsStaleAnswers()
    {
        insertRange(1, 40);
        NotificationLogModel model(factory());
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 4);
        NotificationLogFilter on, off, ends;
        on.type = EventType::RoamingOn;
        off.type = EventType::RoamingOff;
        ends.type = EventType::SubscriptionEnds;
        // Every row ever shown after the switch must belong to the filter in force when it arrived.
        QString problem;
        auto checkRows = [&] {
            const QString want = eventtype::shortName(*model.filter().type);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString type = model.index(row, NotificationLogModel::TypeColumn).data().toString();
                if (type != want && problem.isEmpty())
                    problem = QStringLiteral("row %1 is %2 under a %3 filter").arg(row).arg(type, want);
            }
        };
        connect(&model, &QAbstractItemModel::modelReset, this, checkRows);
        connect(&model, &QAbstractItemModel::rowsInserted, this, checkRows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // The first page for roaming-on is being read when the user switches to roaming-off, then to
        // subscription-ends: the roaming-on page is dropped, the roaming-off request is never read.
        m_probe->hold();
        model.setFilter(on);
        QTRY_COMPARE(m_probe->held.load(), 1);
        model.setFilter(off);
        QCoreApplication::processEvents(); // roaming-off's request goes out…
        model.setFilter(ends); // …and is already stale
        m_probe->letGo();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(fetchAll(model));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 10); // 3, 7, …, 39
        QCOMPARE(model.seqAt(0), qint64(39));
        {
            QMutexLocker lock(&m_probe->mutex);
            QList<std::optional<EventType>> types;
            for (const NotificationLogFilter &filter : std::as_const(m_probe->pageFilters))
                types << filter.type;
            QVERIFY(types.contains(std::optional<EventType>(EventType::RoamingOn)));
            QVERIFY2(!types.contains(std::optional<EventType>(EventType::RoamingOff)), "a stale request was read");
        }

        // A further page under way when the filter changes is dropped too.
        model.setFilter(on);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canFetchMore({}));
        m_probe->hold();
        model.fetchMore({});
        QTRY_COMPARE(m_probe->held.load(), 1);
        model.setFilter(off);
        m_probe->letGo();
        QVERIFY(fetchAll(model));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.seqAt(0), qint64(37));
    }

    void supersededReadIsInterruptedAndNeverShown()
    {
        insertRange(1, 40);
        NotificationLogModel model(factory());
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 4);
        QSignalSpy failed(&model, &NotificationLogModel::loadFailed);
        QStringList shownDevices;
        const auto noteRows = [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                shownDevices << model.index(row, NotificationLogModel::DeviceColumn).data().toString();
        };
        connect(&model, &QAbstractItemModel::modelReset, this, noteRows);
        connect(&model, &QAbstractItemModel::rowsInserted, this, noteRows);
        shownDevices.clear();

        // A slow text query (held at the gate) is running when the next keystroke changes the filter: it is
        // interrupted at once, and its rows never reach the view.
        m_probe->interruptLetsGo = true;
        m_probe->hold();
        model.setFilter(NotificationLogFilter::parse(QStringLiteral("+3361")));
        QTRY_COMPARE(m_probe->held.load(), 1);
        model.setFilter(NotificationLogFilter::parse(QStringLiteral("+4915")));
        {
            QMutexLocker lock(&m_probe->mutex);
            QVERIFY2(m_probe->calls.contains(QStringLiteral("interrupt")), "the running read was not interrupted");
        }
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!shownDevices.isEmpty());
        QVERIFY2(!shownDevices.contains(QStringLiteral("+33612345678")), "a superseded page was shown");
        QCOMPARE(failed.size(), 0); // being interrupted is no failure to report
    }

    void refreshPrependsNewNotifications()
    {
        insertRange(1, 10);
        NotificationLogModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 10);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        insertRange(11, 13);
        model.refresh();
        QCOMPARE(model.rowCount(), 10); // asked, not read here
        QTRY_COMPARE(model.rowCount(), 13);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(model.seqAt(0), qint64(13));
        QCOMPARE(model.seqAt(3), qint64(10));
        model.refresh(); // nothing new: nothing happens
        QVERIFY(drain(model));
        QCOMPARE(inserted.size(), 1);

        // Under a filter only matching ones come in.
        NotificationLogFilter off;
        off.type = EventType::RoamingOff;
        model.setFilter(off);
        QTRY_VERIFY(!model.isLoading());
        const int before = model.rowCount();
        insertRange(14, 21); // 17 and 21 are roaming-off
        model.refresh();
        QTRY_COMPARE(model.rowCount(), before + 2);
        QCOMPARE(model.seqAt(0), qint64(21));

        // More than a page at once: start over rather than leave a gap.
        reset.clear();
        model.setPageSize(5);
        insertRange(22, 80);
        model.refresh();
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(model.seqAt(0), qint64(77));
        QCOMPARE(model.rowCount(), 5);
    }

    void refreshDuringFirstPageIsNotLost()
    {
        insertRange(1, 5);
        NotificationLogModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_probe->hold();
        QTRY_COMPARE(m_probe->held.load(), 1); // the first page is being read
        insertRange(6, 8); // committed after the first page looked at the newest seq
        model.refresh();
        m_probe->letGo();
        QTRY_COMPARE(model.rowCount(), 8);
        QCOMPARE(model.seqAt(0), qint64(8));
    }

    void scheduledRefreshCoalesces()
    {
        NotificationLogModel model(factory());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        insertRange(1, 3);
        model.scheduleRefresh();
        insertRange(4, 5);
        model.scheduleRefresh();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 1);
    }

    void guiThreadNeverCallsTheSource()
    {
        insertRange(1, 50);
        {
            NotificationLogModel model(factory());
            model.setPageSize(8);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_COMPARE(model.rowCount(), 8);
            QVERIFY(fetchAll(model)); // fetchMore pages
            QCOMPARE(model.rowCount(), 50);
            NotificationLogFilter text;
            text.text = QStringLiteral("germany");
            model.setFilter(text);
            QVERIFY(fetchAll(model));
            insertRange(51, 60);
            model.refresh();
            QSignalSpy ready(&model, &NotificationLogModel::rawJsonReady);
            (void)model.index(0, 0).data(NotificationLogModel::RawJsonRole);
            QTRY_COMPARE(ready.size(), 1);
            QVERIFY(drain(model)); // count
        }
        QMutexLocker lock(&m_probe->mutex);
        for (const QString &call : {QStringLiteral("open"), QStringLiteral("newestSeq"), QStringLiteral("olderThan"),
                 QStringLiteral("newerThan"), QStringLiteral("rawJson"), QStringLiteral("count")})
            QVERIFY2(m_probe->calls.contains(call), qPrintable(call));
        QThread *gui = QThread::currentThread();
        for (int i = 0; i < m_probe->threads.size(); ++i)
            QVERIFY2(
                m_probe->threads.at(i) != gui, qPrintable(m_probe->calls.at(i) + QStringLiteral(" on the GUI thread")));
    }

    void unreadableStoreFailsCleanly()
    {
        NotificationLogModel model([](QString *error) -> std::unique_ptr<NotificationLogSource> {
            *error = QStringLiteral("open /nowhere: unable to open database file");
            return nullptr;
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &NotificationLogModel::loadFailed);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("unable to open")));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.lastError(), failed.at(0).at(0).toString());
    }

    void exportsJsonLines()
    {
        insertRange(1, 1500); // more than one export page
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 written = 0;
        QString error;
        QVERIFY2(NotificationLogExporter::write(
                     *m_store, {}, NotificationLogExporter::Format::JsonLines, &buffer, &error, &written),
            qPrintable(error));
        QCOMPARE(written, qint64(1500));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 1501); // the last one is empty
        QVERIFY(lines.last().isEmpty());
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), 1500);
        QCOMPARE(first.value(QStringLiteral("receivedAt")).toString(), QStringLiteral("2023-11-14T22:38:20.000Z"));
        QCOMPARE(first.value(QStringLiteral("subscriptionId")).toString(), QStringLiteral("sub-0"));
        QCOMPARE(first.value(QStringLiteral("validity")).toString(), QStringLiteral("subscription-token"));
        QCOMPARE(first.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("ev-1500"));
    }

    void exportsCsv()
    {
        insertRange(1, 4);
        NotificationLogFilter filter;
        filter.type = EventType::RoamingChangeCountry;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(NotificationLogExporter::write(*m_store, filter, NotificationLogExporter::Format::Csv, &buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
            QByteArray("seq,receivedAt,eventTime,type,device,subscriptionId,roaming,countryCode,"
                       "countryName,terminationReason,source,id,validity\r"));
        QCOMPARE(lines.at(1),
            QByteArray("4,2023-11-14T22:13:24.000Z,2023-11-14T22:13:23.750Z,roaming-change-country,"
                       "+4915112345678,sub-1,true,262,DE,,https://notifications.example.com,ev-4,"
                       "subscription-token\r"));
        NotificationLogRecord tricky = makeRecord(1);
        tricky.device = QStringLiteral("a,\"b\"");
        QVERIFY(NotificationLogExporter::csvLine(tricky).contains("\"a,\"\"b\"\"\""));
    }

    void csvFieldsNeverRunAsFormulas_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                           << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("+") << QStringLiteral("+1+cmd|' /C calc'!A0") << QByteArray("\"'+1+cmd|' /C calc'!A0\"");
        QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("TAB") << QStringLiteral("\t=1") << QByteArray("\"'\\u0009=1\"");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QByteArray("\"'\\u000d=1\"");
        // A plain number can do nothing: an E.164 phone number stays as it is.
        QTest::newRow("phone number") << QStringLiteral("+4915112345678") << QByteArray("+4915112345678");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << QByteArray("-12.5");
        QTest::newRow("plain") << QStringLiteral("tel:+4915112345678") << QByteArray("tel:+4915112345678");
    }

    void csvFieldsNeverRunAsFormulas()
    {
        QFETCH(QString, device);
        QFETCH(QByteArray, field);
        NotificationLogRecord record = makeRecord(1);
        record.device = device;
        const QByteArray line = NotificationLogExporter::csvLine(record);
        QVERIFY2(line.contains(',' + field + ','), line.constData()); // the device column
    }

    void exportsEscapeControlCharacters()
    {
        // What a sender wrote as "\u001b" in its JSON arrives as a real ESC: neither format lets it out raw.
        const QString hostile = QStringLiteral("id-\x1b]0;owned\x07-\x1b[2J-\u009b31m-\x7f-\r-end");
        NotificationLogRecord record = makeRecord(1);
        record.eventId = hostile;
        record.subscriptionId = hostile;
        record.terminationReason = hostile;
        record.rawJson = QJsonDocument(QJsonObject{{QStringLiteral("id"), hostile}}).toJson(QJsonDocument::Compact);
        for (QByteArray line : {NotificationLogExporter::csvLine(record), NotificationLogExporter::jsonLine(record)}) {
            line.chop(line.endsWith("\r\n") ? 2 : 1); // the record terminator
            for (const char control : {'\x1b', '\x07', '\x7f', '\r', '\n', '\0'})
                QVERIFY2(!line.contains(control), line.toHex(' ').constData());
            QVERIFY2(!line.contains("\xc2\x9b"), line.constData()); // U+009B, the one-byte CSI
            QVERIFY2(line.contains("\\u001b"), line.constData());
        }
        QVERIFY(
            NotificationLogExporter::csvLine(record).contains("id-\\u001b]0;owned\\u0007-\\u001b[2J-\\u009b31m-\\u007f-"
                                                              "\\u000d-end"));
        // JSON stays lossless: the escapes read back as the text the sender sent.
        const QJsonObject line = QJsonDocument::fromJson(NotificationLogExporter::jsonLine(record)).object();
        QCOMPARE(line.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString(), hostile);
        QCOMPARE(line.value(QStringLiteral("subscriptionId")).toString(), hostile);
        QCOMPARE(NotificationLogExporter::escapeControls(QStringLiteral("plain +33 text")),
            QStringLiteral("plain +33 text"));
    }

private:
    NotificationLogSourceFactory factory() const { return probeFactory(m_path, m_probe); }

    static QString makeType(int n) { return eventtype::shortName(makeRecord(n).type); }

    void insertRange(int from, int to)
    {
        QList<NotificationLogRecord> records;
        for (int n = from; n <= to; ++n)
            records << makeRecord(n);
        const InsertResult result = m_store->insert(records);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteNotificationStore> m_store; // the test's own connection, for inserting
    std::shared_ptr<Probe> m_probe;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestNotificationLog)
#include "tst_notificationlogmodel.moc"
