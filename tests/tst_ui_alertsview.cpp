// AlertsView over a real AlertService, store and rules engine: newest first, severity by icon and word,
// filters (state, severity, words), bulk acknowledge and resolve of a multi-selection, the open count for the
// tab's badge, and the jumps to the device and to the notification.
#include "alerttestutil.h"
#include "app/alerts/alertservice.h"
#include "app/store/sqlitenotificationstore.h"
#include "ui/alertsmodel.h"
#include "ui/alertsview.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;
using alerttest::roamingOn;

class TestAlertsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"n%1.sqlite"_s.arg(++m_counter));
        SqliteNotificationStore writer;
        QVERIFY(writer.open(path));
        // Five alerts: roaming-on for a, b, c (warning); b in KP (critical); c in FI (info).
        QVERIFY(
            writer
                .insert({roamingOn(u"e1"_s, u"+99999991001"_s, 0), roamingOn(u"e2"_s, u"+99999991002"_s, 1, u"KP"_s),
                    roamingOn(u"e3"_s, u"+99999991003"_s, 2, u"FI"_s)})
                .ok);
        m_service = new AlertService(this);
        m_service->setRules(alerttest::rules());
        m_view = new AlertsView(m_service);
        m_badge = std::make_unique<QSignalSpy>(m_view, &AlertsView::openCountChanged);
        QSignalSpy loaded(m_service, &AlertService::loaded);
        m_service->open(path);
        QVERIFY(loaded.wait(10000));
        m_table = m_view->findChild<QTableView *>(u"alertsTable"_s);
        QVERIFY(m_table);
        m_view->resize(1000, 500);
        m_view->show();
    }

    void cleanup()
    {
        m_badge.reset();
        delete m_view;
        delete m_service;
    }

    void newestFirstWithSeverityInWordsAndIcons()
    {
        QAbstractItemModel *model = m_table->model();
        QCOMPARE(model->rowCount(), 5);
        qint64 previous = std::numeric_limits<qint64>::max();
        QStringList severities;
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(AlertsModel::IdRole).toLongLong();
            QVERIFY(id < previous);
            previous = id;
            const QModelIndex severity = model->index(row, AlertsModel::SeverityColumn);
            severities << severity.data().toString();
            QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        severities.sort();
        QCOMPARE(severities, (QStringList{u"Critical"_s, u"Info"_s, u"Warning"_s, u"Warning"_s, u"Warning"_s}));
        QCOMPARE(m_view->openCount(), 5);
        QCOMPARE(m_badge->constLast().at(0).toInt(), 5);
    }

    void theCurrentAlertsMessageShowsWhole()
    {
        QLabel *message = m_view->findChild<QLabel *>(u"alertMessage"_s);
        QVERIFY(message);
        QVERIFY(message->isHidden()); // no current alert yet
        m_table->setCurrentIndex(m_table->model()->index(1, AlertsModel::RuleColumn));
        const QString expected = m_table->model()->index(1, AlertsModel::MessageColumn).data().toString();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(message->text(), expected);
        QVERIFY(message->isVisible());
        m_table->setCurrentIndex(m_table->model()->index(2, AlertsModel::SeverityColumn));
        QCOMPARE(message->text(), m_table->model()->index(2, AlertsModel::MessageColumn).data().toString());
    }

    void filtersByStateSeverityAndWords()
    {
        QAbstractItemModel *model = m_table->model();
        auto *severity = m_view->findChild<QComboBox *>(u"alertsSeverityFilter"_s);
        severity->setCurrentIndex(severity->findData(int(AlertSeverity::Warning)));
        QCOMPARE(model->rowCount(), 4); // the info one is hidden
        severity->setCurrentIndex(severity->findData(int(AlertSeverity::Critical)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AlertsModel::RuleColumn).data().toString(), u"no-kp"_s);
        severity->setCurrentIndex(0);

        auto *text = m_view->findChild<QLineEdit *>(u"alertsFilterEdit"_s);
        text->setText(u"+99999991002"_s);
        QCOMPARE(model->rowCount(), 2);
        text->setText(u"roaming 1002"_s); // word starts: not the middle of a number
        QCOMPARE(model->rowCount(), 0);
        text->setText(u"kp"_s); // the no-kp alert, and the roaming-on one whose message names KP
        QCOMPARE(model->rowCount(), 2);
        text->setText(u"kp critical"_s); // every word must match: the severity's word too
        QCOMPARE(model->rowCount(), 1);
        text->clear();

        // Resolve one: standing ones (the default) hide it, "Resolved" shows it alone.
        selectRows({0});
        QSignalSpy changed(m_service, &AlertService::alertsChanged);
        m_view->findChild<QPushButton *>(u"resolveButton"_s)->click();
        QVERIFY(changed.wait(10000));
        QCOMPARE(model->rowCount(), 4);
        auto *state = m_view->findChild<QComboBox *>(u"alertsStateFilter"_s);
        state->setCurrentIndex(state->findText(u"Resolved"_s));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, AlertsModel::StateColumn).data().toString().startsWith(u"Resolved by "_s));
    }

    void bulkAcknowledgeMovesTheBadge()
    {
        auto *acknowledge = m_view->findChild<QPushButton *>(u"acknowledgeButton"_s);
        QVERIFY(!acknowledge->isEnabled()); // nothing selected
        selectRows({0, 2, 3});
        QVERIFY(acknowledge->isEnabled());
        QSignalSpy changed(m_service, &AlertService::alertsChanged);
        acknowledge->click();
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.constFirst().at(0).value<QList<Alert>>().size(), 3);
        QTRY_COMPARE(m_view->openCount(), 2);
        QCOMPARE(m_badge->constLast().at(0).toInt(), 2);
        QAbstractItemModel *model = m_table->model();
        int acknowledged = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            acknowledged += model->index(row, 0).data(AlertsModel::StateRole).toInt() == int(AlertState::Acknowledged);
        QCOMPARE(acknowledged, 3);
        // Acknowledged alerts cannot be acknowledged again; they can be resolved.
        selectRows({0});
        if (model->index(0, 0).data(AlertsModel::StateRole).toInt() == int(AlertState::Acknowledged)) {
            QVERIFY(!acknowledge->isEnabled());
            QVERIFY(m_view->findChild<QPushButton *>(u"resolveButton"_s)->isEnabled());
        }
        // A new alert for a live event counts at once.
        SqliteNotificationStore writer;
        QVERIFY(writer.open(m_dir.filePath(u"n%1.sqlite"_s.arg(m_counter))));
        writer.insert({roamingOn(u"e9"_s, u"+99999991009"_s, 9)});
        m_service->refresh();
        QTRY_COMPARE(m_view->openCount(), 3);
        QCOMPARE(model->index(0, AlertsModel::DeviceColumn).data().toString(), u"+99999991009"_s);
    }

    void jumpsToTheDeviceAndTheNotification()
    {
        QSignalSpy device(m_view, &AlertsView::deviceRequested);
        QSignalSpy notification(m_view, &AlertsView::notificationRequested);
        auto *text = m_view->findChild<QLineEdit *>(u"alertsFilterEdit"_s);
        text->setText(u"kp critical"_s);
        selectRows({0});
        m_view->findChild<QPushButton *>(u"showDeviceButton"_s)->click();
        QCOMPARE(device.size(), 1);
        QCOMPARE(device.constFirst().at(0).toString(), u"+99999991002"_s);
        m_view->findChild<QPushButton *>(u"showNotificationButton"_s)->click();
        QCOMPARE(notification.size(), 1);
        QCOMPARE(notification.constFirst().at(0).toLongLong(), 2); // the stored seq of e2
        // A double click goes to the notification too.
        const QModelIndex cell = m_table->model()->index(0, AlertsModel::MessageColumn);
        const QPoint at = m_table->visualRect(cell).center();
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, at); // a double click follows a press
        QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(notification.size(), 2);
    }

private:
    void selectRows(const QList<int> &rows)
    {
        m_table->clearSelection();
        QItemSelectionModel *selection = m_table->selectionModel();
        for (const int row : rows) {
            const QModelIndex index = m_table->model()->index(row, 0);
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    AlertService *m_service = nullptr;
    AlertsView *m_view = nullptr;
    QTableView *m_table = nullptr;
    std::unique_ptr<QSignalSpy> m_badge;
};

QTEST_MAIN(TestAlertsView)
#include "tst_ui_alertsview.moc"
