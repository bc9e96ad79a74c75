// TrafficView: newest exchange on top like the notification log, the URL column showing the path that tells
// calls apart (the whole URL in the tooltip), readable status and URL columns at a 1024-pixel window's width,
// and the selection mapped back to the log's rows for "Copy as curl" and re-sending.
#include "models/trafficlogmodel.h"
#include "ui/trafficview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

const QString Root = u"http://127.0.0.1:35071/device-status"_s;

TrafficExchange exchange(const QByteArray &method, const QString &path, int status, const QString &error = {})
{
    TrafficExchange e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = method;
    e.url = QUrl(Root + path);
    e.requestHeaders = {{"Accept", "application/json"}};
    e.httpStatus = status;
    e.error = error;
    e.latencyMs = 3;
    e.correlator = u"b4333c46-49c0-4f62-80d7-f0ef930f1c46"_s;
    return e;
}

} // namespace

class TestTrafficView : public QObject
{
    Q_OBJECT

private:
    TrafficLogModel m_log;
    TrafficView *m_view = nullptr;
    QTableView *m_table = nullptr;
    const QString m_id = u"3f2a6c1e-0b1d-4c55-9d8e-7a0b1c2d3e4f"_s;

private Q_SLOTS:
    void initTestCase()
    {
        m_log.append(exchange("POST", u"/device-roaming-status/v1/retrieve"_s, 200));
        m_log.append(
            exchange("POST", u"/device-roaming-status-subscriptions/v0.8/subscriptions"_s, 0, u"host not found"_s));
        m_log.append(exchange("GET", u"/device-roaming-status-subscriptions/v0.8/subscriptions/"_s + m_id, 200));
        m_view = new TrafficView(&m_log);
        m_view->resize(560, 500); // what the tab gets in a 1024-pixel window beside the lookup column
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_table = m_view->findChild<QTableView *>(u"trafficTable"_s);
        QVERIFY(m_table);
    }

    void cleanupTestCase() { delete m_view; }

    void newestFirst()
    {
        QAbstractItemModel *shown = m_table->model();
        QCOMPARE(shown->rowCount(), 3);
        QCOMPARE(shown->index(0, TrafficLogModel::MethodColumn).data().toString(), u"GET"_s);
        QCOMPARE(shown->index(2, TrafficLogModel::UrlColumn).data().toString(), u"…/v1/retrieve"_s);
        // A new exchange comes in on top.
        m_log.append(exchange("DELETE", u"/device-roaming-status-subscriptions/v0.8/subscriptions/"_s + m_id, 204));
        QCOMPARE(shown->index(0, TrafficLogModel::MethodColumn).data().toString(), u"DELETE"_s);
    }

    void urlColumnShowsThePath()
    {
        QAbstractItemModel *shown = m_table->model();
        const QModelIndex get = shown->index(1, TrafficLogModel::UrlColumn);
        const QString text = get.data().toString();
        QCOMPARE(text, u"…/v0.8/subscriptions/"_s + m_id);
        // The whole URL, host included, is in the tooltip.
        QCOMPARE(get.data(Qt::ToolTipRole).toString(),
            Root + u"/device-roaming-status-subscriptions/v0.8/subscriptions/"_s + m_id);
    }

    void columnsStayReadableWhenNarrow()
    {
        const QFontMetrics metrics = m_table->fontMetrics();
        QVERIFY(m_table->columnWidth(TrafficLogModel::StatusColumn) > metrics.horizontalAdvance(u"host not found"_s));
        // The URL column keeps room for the part that matters: the call and the start of an id.
        QVERIFY(!m_table->wordWrap());
        const int urlWidth = m_table->columnWidth(TrafficLogModel::UrlColumn);
        QVERIFY2(urlWidth >= metrics.horizontalAdvance(u"…/v0.8/subscriptions/3f2a6c1e…"_s),
            qPrintable(QString::number(urlWidth)));
        QVERIFY(m_table->isColumnHidden(TrafficLogModel::CorrelatorColumn)); // gave way to the URL
        m_view->resize(1100, 500);
        QTRY_VERIFY(!m_table->isColumnHidden(TrafficLogModel::CorrelatorColumn)); // back when there is room
        m_view->resize(560, 500);
        QTRY_VERIFY(m_table->isColumnHidden(TrafficLogModel::CorrelatorColumn));
        QCOMPARE(m_table->model()->index(2, TrafficLogModel::StatusColumn).data().toString(), u"host not found"_s);
    }

    void selectionMapsToTheLog()
    {
        m_view->selectExchangeRow(0); // the oldest: the retrieve call, at the bottom
        QCOMPARE(m_table->selectionModel()->currentIndex().row(), m_log.rowCount() - 1);
        QCOMPARE(m_view->currentExchangeRow(), 0);
        QVERIFY(m_view->findChild<QPlainTextEdit *>(u"trafficDetail"_s)->toPlainText().startsWith(u"POST "_s + Root));
        m_table->selectRow(0); // the newest: the delete
        QCOMPARE(m_view->currentExchangeRow(), m_log.rowCount() - 1);
        QApplication::clipboard()->clear();
        m_view->findChild<QPushButton *>(u"copyCurlButton"_s)->click();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"-X DELETE"_s) && curl.contains(m_id), qPrintable(curl));
    }
};

QTEST_MAIN(TestTrafficView)
#include "tst_ui_trafficview.moc"
