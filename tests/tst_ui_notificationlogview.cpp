// NotificationLogView over a real store: the layout at 1280 px (time of day, the country right after the
// type, the last visible column stretched, no stale horizontal scroll), a detail pane that never shows a
// notification the filter hides, and the follow button that is never greyed out.
#include "app/common/clock.h"
#include "app/session/activityservice.h"
#include "app/session/notificationlogservice.h"
#include "app/session/receiverservice.h"
#include "app/store/sqlitenotificationstore.h"
#include "models/notificationlogmodel.h"
#include "models/subscriptiontablemodel.h"
#include "ui/activitychart.h"
#include "ui/notificationlogview.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

NotificationLogRecord record(int n, EventType type, const QString &device, std::optional<int> mcc,
    std::optional<QStringList> isos, const QString &reason = {})
{
    NotificationLogRecord r;
    r.source = u"https://notifications.example.com"_s;
    r.eventId = u"ev-%1"_s.arg(n);
    r.type = type;
    r.device = device;
    r.subscriptionId = u"3f2a%1-5c1e-4b7a-9d2e-1f00c0ffee00"_s.arg(n, 4, 10, QLatin1Char('0'));
    r.receivedMs = 1700000000000 + n * 61000;
    r.eventMs = r.receivedMs - 250;
    r.roaming = type == EventType::SubscriptionEnds ? std::nullopt : std::optional<bool>(type != EventType::RoamingOff);
    r.countryCode = mcc;
    r.countryNames = isos;
    r.terminationReason = reason;
    r.validity = ReceiptValidity::SubscriptionToken;
    r.rawJson = u"{\"id\":\"%1\"}"_s.arg(r.eventId).toUtf8();
    return r;
}

} // namespace

class TestNotificationLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(u"log.sqlite"_s);
        SqliteNotificationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store
                    .insert({record(1, EventType::RoamingStatus, u"+4915112345678"_s, 240, QStringList{u"SE"_s}),
                        record(2, EventType::RoamingOn, u"+4915112345678"_s, std::nullopt, std::nullopt),
                        record(3, EventType::RoamingChangeCountry, u"+32470000001"_s, 206, QStringList{u"BE"_s}),
                        record(4, EventType::RoamingOff, u"+32470000001"_s, std::nullopt, std::nullopt),
                        record(5, EventType::SubscriptionEnds, u"+33612345678"_s, std::nullopt, std::nullopt,
                            u"SUBSCRIPTION_DELETED"_s)})
                    .ok);
    }

    void init()
    {
        m_log = std::make_unique<NotificationLogService>();
        m_subscriptions = std::make_unique<SubscriptionTableModel>();
        m_receiver = std::make_unique<ReceiverService>(Clock::system(), m_subscriptions.get());
        m_activity = std::make_unique<ActivityService>(&m_clock);
        m_view = std::make_unique<ui::NotificationLogView>(m_log.get(), m_receiver.get(), m_activity.get());
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_log->open(m_path);
        m_activity->open(m_path);
        m_table = m_view->findChild<QTableView *>(u"logTable"_s);
        QVERIFY(m_table);
        QTRY_COMPARE(m_table->model()->rowCount(), 5);
    }

    void cleanup()
    {
        m_view.reset();
        m_activity.reset();
        m_receiver.reset();
        m_log.reset();
    }

    void activityStripFollowsTheFilterAndHides()
    {
        auto *chart = m_view->findChild<ui::ActivityChart *>(u"activityChart"_s);
        auto *toggle = m_view->findChild<QToolButton *>(u"activityToggle"_s);
        QVERIFY(chart);
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        QVERIFY(chart->isVisible());
        const auto setLabels = [chart] {
            QStringList labels;
            const auto series = chart->chart()->series();
            if (auto *bars = series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first())) {
                for (QBarSet *set : bars->barSets())
                    labels << set->label();
            }
            return labels;
        };
        // One set per type stored in the hour (the fixture's five, a minute apart).
        QTRY_COMPARE(setLabels().size(), 5);
        m_view->setFilterText(u"type:roaming-off"_s);
        QTRY_COMPARE(setLabels(), QStringList{u"roaming-off"_s});

        toggle->click();
        QVERIFY(!chart->isVisible());
        QCOMPARE(QSettings().value(u"log/activityShown"_s).toBool(), false);
        toggle->click();
        QVERIFY(chart->isVisible());
        m_view->setFilterText({});
    }

    void readsAt1280Pixels()
    {
        const QAbstractItemModel *model = m_table->model();
        // Time of day in the table; the full timestamps in the tooltip.
        const QModelIndex received = model->index(0, NotificationLogModel::ReceivedColumn);
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(1700000000000 + 5 * 61000, QTimeZone::utc()).toLocalTime();
        QCOMPARE(received.data().toString(), time.toString(u"HH:mm:ss"));
        QVERIFY(received.data(Qt::ToolTipRole).toString().contains(time.toString(u"yyyy-MM-dd HH:mm:ss.zzz")));
        // The country (or the reason of an end) right after the type, in full.
        QHeaderView *header = m_table->horizontalHeader();
        QCOMPARE(header->visualIndex(NotificationLogModel::RoamingColumn),
            header->visualIndex(NotificationLogModel::TypeColumn) + 1);
        QCOMPARE(
            model->index(0, NotificationLogModel::RoamingColumn).data().toString(), u"Ended: SUBSCRIPTION_DELETED"_s);
        QVERIFY(model->index(2, NotificationLogModel::RoamingColumn).data().toString().contains(u"Belgium"_s));
        // roaming-on names no country: the one the device was last seen roaming in.
        QVERIFY2(model->index(3, NotificationLogModel::RoamingColumn).data().toString().contains(u"Sweden"_s),
            qPrintable(model->index(3, NotificationLogModel::RoamingColumn).data().toString()));
        const QFontMetrics metrics = m_table->fontMetrics();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, NotificationLogModel::RoamingColumn).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < m_table->columnWidth(NotificationLogModel::RoamingColumn),
                qPrintable(text));
        }
        // Everything fits: the last visible column takes the rest, nothing scrolls sideways.
        QVERIFY(header->stretchLastSection());
        int lastVisible = -1;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                lastVisible = column;
        }
        QCOMPARE(lastVisible, int(NotificationLogModel::SubscriptionColumn));
        QTRY_COMPARE(header->length(), m_table->viewport()->width());
        QCOMPARE(m_table->horizontalScrollBar()->maximum(), 0);
        // Narrow, scrolled sideways, then wide again: no offset stays behind.
        m_view->resize(500, 800);
        QTRY_VERIFY(m_table->horizontalScrollBar()->maximum() > 0);
        m_table->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->maximum());
        m_view->resize(1280, 800);
        QTRY_COMPARE(m_table->horizontalScrollBar()->value(), 0);
        QCOMPARE(header->offset(), 0);
    }

    void detailPaneNeverShowsAHiddenRow()
    {
        auto *detail = m_view->findChild<QPlainTextEdit *>(u"logDetail"_s);
        auto *times = m_view->findChild<QLabel *>(u"logDetailTimes"_s);
        auto *filter = m_view->findChild<QLineEdit *>(u"logFilterEdit"_s);
        QVERIFY(detail && times && filter);
        m_table->selectRow(2); // the Belgian change-country, ev-3
        QTRY_VERIFY(detail->toPlainText().contains(u"ev-3"_s));
        QVERIFY(times->text().contains(u"Event time"_s));
        // A filter that keeps it: it stays selected and shown.
        m_view->setFilterText(u"belgium"_s);
        QTRY_COMPARE(m_table->model()->rowCount(), 1);
        QTRY_VERIFY(detail->toPlainText().contains(u"ev-3"_s));
        QCOMPARE(m_table->selectionModel()->currentIndex().row(), 0);
        // A filter that hides it: the pane empties.
        m_view->setFilterText(u"sweden"_s);
        QTRY_COMPARE(m_table->model()->rowCount(), 2);
        QTRY_VERIFY(detail->toPlainText().isEmpty());
        QVERIFY(times->text().isEmpty());
        QVERIFY(!m_table->selectionModel()->currentIndex().isValid());
        m_view->setFilterText(QString());
    }

    void filterBarShowsWhereTheExpressionStops()
    {
        auto *filter = m_view->findChild<QLineEdit *>(u"logFilterEdit"_s);
        auto *error = m_view->findChild<QLabel *>(u"logFilterError"_s);
        auto *help = m_view->findChild<QToolButton *>(u"logFilterHelpButton"_s);
        QVERIFY(filter && error && help);
        QVERIFY(!error->isVisible());
        QVERIFY(help->toolTip().contains(u"in {FI, SE}"_s));
        // The new language: fields, comparisons, sets.
        m_view->setFilterText(u"roaming = true and country in {SE, BE}"_s);
        QTRY_COMPARE(m_table->model()->rowCount(), 3); // the Swedish status, the roaming-on in Sweden, Belgium
        // An expression cut short: where and what, and the table keeps the last filter that parsed.
        filter->clear();
        QTest::keyClicks(filter, u"roaming = true and mcc ="_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Filter: column 25: expected a value after '=' but found end of input"_s);
        QCOMPARE(filter->accessibleDescription(), u"column 25: expected a value after '=' but found end of input"_s);
        QCOMPARE(m_table->model()->rowCount(), 3);
        // An unknown field names itself and the valid ones.
        m_view->setFilterText(u"colour = red"_s);
        QVERIFY(error->text().contains(u"column 1: expected a field (type, device, country"_s));
        QVERIFY(error->text().endsWith(u"but found 'colour'"_s));
        // Fixed: the error goes, the filter applies.
        m_view->setFilterText(u"roaming = false or reason ^= subscription"_s);
        QVERIFY(!error->isVisible());
        QTRY_COMPARE(m_table->model()->rowCount(), 2);
        m_view->setFilterText(QString());
        QTRY_COMPARE(m_table->model()->rowCount(), 5);
    }

    void followButtonIsNeverGreyedOut()
    {
        auto *follow = m_view->findChild<QPushButton *>(u"followButton"_s);
        QVERIFY(follow);
        QVERIFY(follow->isEnabled());
        QVERIFY(!follow->icon().isNull()); // an icon, not a glyph the font may lack
        QVERIFY(!follow->text().contains(QChar(0x23F8)));
        QCOMPARE(m_view->findChild<QPushButton *>(u"exportJsonButton"_s)->text(), u"Save this &notification…"_s);
    }

    void copyJsonSaysSo()
    {
        QTRY_VERIFY(m_table->model()->rowCount() > 0);
        m_table->selectRow(0);
        // The JSON is read on the log's thread; copying waits for it.
        QTRY_VERIFY(m_view->findChild<QPlainTextEdit *>(u"logDetail"_s)->toPlainText().contains(u"ev-"_s));
        QApplication::clipboard()->clear();
        m_view->findChild<QPushButton *>(u"copyJsonButton"_s)->click();
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        QCOMPARE(m_view->findChild<QLabel *>(u"logSaveStatus"_s)->text(), u"Copied the JSON to the clipboard."_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<NotificationLogService> m_log;
    std::unique_ptr<SubscriptionTableModel> m_subscriptions;
    std::unique_ptr<ReceiverService> m_receiver;
    // The hour shown ends ten minutes after the fixture's first record.
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(1700000000000 + 10 * 60000, QTimeZone::utc())};
    std::unique_ptr<ActivityService> m_activity;
    std::unique_ptr<ui::NotificationLogView> m_view;
    QTableView *m_table = nullptr;
};

QTEST_MAIN(TestNotificationLogView)
#include "tst_ui_notificationlogview.moc"
