// NotificationLogModel over a real SQLite store, under QAbstractItemModelTester; the JSON Lines and CSV export.
#include "countrytable.h"
#include "notificationlog.h"
#include "notificationlogexport.h"
#include "store/sqlitenotificationstore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestNotificationLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<SqliteNotificationStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("log%1.sqlite").arg(++m_counter))));
    }

    void cleanup() { m_store.reset(); }

    void pagesLazilyNewestFirst()
    {
        insertRange(1, 1000);
        NotificationLogModel model(m_store.get());
        QCOMPARE(model.rowCount(), NotificationLogModel::DefaultPageSize);
        QCOMPARE(model.columnCount(), int(NotificationLogModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * NotificationLogModel::DefaultPageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), NotificationLogModel::DefaultPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.seqAt(row), qint64(1000 - row));
        QCOMPARE(model.totalCount(), qint64(1000));
    }

    void showsEveryColumn()
    {
        insertRange(1, 4); // seq 4 = n 4 (change-country) on top
        NotificationLogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        auto display = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(display(0, NotificationLogModel::TypeColumn), QStringLiteral("roaming-change-country"));
        QCOMPARE(display(0, NotificationLogModel::DeviceColumn), QStringLiteral("+4915112345678"));
        QCOMPARE(display(0, NotificationLogModel::SubscriptionColumn), QStringLiteral("sub-1"));
        QVERIFY2(display(0, NotificationLogModel::RoamingColumn).contains(QStringLiteral("DE")),
            qPrintable(display(0, NotificationLogModel::RoamingColumn)));
        QVERIFY(display(0, NotificationLogModel::RoamingColumn).contains(QStringLiteral("262")));
        QCOMPARE(display(1, NotificationLogModel::TerminationColumn), QStringLiteral("MAX_EVENTS_REACHED"));
        QCOMPARE(display(1, NotificationLogModel::RoamingColumn), QString());
        QCOMPARE(CountryTable::instance().isoCodes(214), QStringList{QStringLiteral("ES")});
        QVERIFY2(display(2, NotificationLogModel::RoamingColumn).contains(QStringLiteral("ES")), // 214 via the table
            qPrintable(display(2, NotificationLogModel::RoamingColumn)));
        QCOMPARE(display(3, NotificationLogModel::RoamingColumn), QStringLiteral("Not roaming"));
        QCOMPARE(
            model.index(0, NotificationLogModel::ReceivedColumn).data(NotificationLogModel::RawValueRole).toLongLong(),
            1700000004000);
        QCOMPARE(
            model.index(0, NotificationLogModel::EventTimeColumn).data(NotificationLogModel::RawValueRole).toLongLong(),
            1700000003750);
        QVERIFY(!display(0, NotificationLogModel::ReceivedColumn).isEmpty());
        QCOMPARE(model.index(3, NotificationLogModel::RoamingColumn).data(NotificationLogModel::RawValueRole),
            QVariant(false));
        QCOMPARE(model.index(0, 0).data(NotificationLogModel::RawJsonRole).toByteArray(), makeRecord(4).rawJson);
        QCOMPARE(model.index(0, 0).data(NotificationLogModel::CountryCodeRole).toInt(), 262);
        QCOMPARE(model.headerData(NotificationLogModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
        const NotificationLogRecord record = model.record(0);
        QCOMPARE(record.rawJson, makeRecord(4).rawJson); // one query away, not kept in the row
        QCOMPARE(record.eventId, QStringLiteral("ev-4"));
        QCOMPARE(record.source, Source);
        QCOMPARE(record.seq, qint64(4));
        QCOMPARE(record.type, EventType::RoamingChangeCountry);
        QCOMPARE(model.record(99).seq, qint64(0)); // out of range: an empty record
        QCOMPARE(record.countryNames, std::optional<QStringList>(QStringList{QStringLiteral("DE")}));
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
        text.text = QStringLiteral("EV-2"); // ev-2, ev-20..29
        QTest::newRow("text") << text << 11 << qint64(29);
        NotificationLogFilter range;
        range.receivedFrom = QDateTime::fromMSecsSinceEpoch(1700000010000, Qt::UTC);
        range.receivedTo = QDateTime::fromMSecsSinceEpoch(1700000020000, Qt::UTC);
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
        NotificationLogModel model(m_store.get());
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &NotificationLogModel::filterChanged);
        model.setFilter(filter);
        QCOMPARE(reset.size(), filter.isEmpty() ? 0 : 1);
        QCOMPARE(changed.size(), filter.isEmpty() ? 0 : 1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.seqAt(0), topSeq);
        QCOMPARE(model.totalCount(), qint64(rows));
    }

    void refreshPrependsNewNotifications()
    {
        insertRange(1, 10);
        NotificationLogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        insertRange(11, 13);
        model.refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.seqAt(0), qint64(13));
        QCOMPARE(model.seqAt(3), qint64(10));
        model.refresh(); // nothing new: nothing happens
        QCOMPARE(inserted.size(), 1);

        // Under a filter only matching ones come in.
        NotificationLogFilter off;
        off.type = EventType::RoamingOff;
        model.setFilter(off);
        const int before = model.rowCount();
        insertRange(14, 21); // 17 and 21 are roaming-off
        model.refresh();
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(model.seqAt(0), qint64(21));

        // More than a page at once: start over rather than leave a gap.
        reset.clear();
        model.setPageSize(5);
        insertRange(22, 80);
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.seqAt(0), qint64(77));
    }

    void scheduledRefreshCoalesces()
    {
        NotificationLogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        insertRange(1, 3);
        model.scheduleRefresh();
        insertRange(4, 5);
        model.scheduleRefresh();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 1);
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

private:
    void insertRange(int from, int to)
    {
        QList<NotificationLogRecord> records;
        for (int n = from; n <= to; ++n)
            records << makeRecord(n);
        const InsertResult result = m_store->insert(records);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteNotificationStore> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestNotificationLog)
#include "tst_notificationlog.moc"
