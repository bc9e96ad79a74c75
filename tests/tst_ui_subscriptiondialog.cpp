// CreateSubscriptionDialog as a user meets it: quiet on opening, readable problems after an edit or Create,
// pre-filled from any kind of device with the cursor in the identifier, several event types at once, the
// initial-event rule per type, and date-time editors that Tab leaves in one press.
#include "ui/createsubscriptiondialog.h"
#include "ui/deviceeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

const QString Sink = u"http://127.0.0.1:8080/notifications"_s;

Device phoneDevice(const QString &number)
{
    Device device;
    device.phoneNumber = number;
    return device;
}

QCheckBox *typeCheck(const QDialog &dialog, EventType type)
{
    return dialog.findChild<QCheckBox *>(u"eventTypeCheck_"_s + eventtype::shortName(type));
}

void tickOnly(const QDialog &dialog, const QList<EventType> &types)
{
    for (EventType type : eventtype::subscribable())
        typeCheck(dialog, type)->setChecked(types.contains(type));
}

QLabel *problemsLabel(const QDialog &dialog)
{
    return dialog.findChild<QLabel *>(u"problemsLabel"_s);
}

} // namespace

class TestSubscriptionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithoutProblems()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.problems().isEmpty()); // no device yet…
        QVERIFY(!problemsLabel(dialog)->isVisible()); // …but nothing is shown before the user does anything
        QVERIFY(dialog.findChild<QPushButton *>(u"createButton"_s)->isEnabled());
    }

    void createShowsReadableProblems()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton *>(u"createButton"_s)->click();
        QCOMPARE(accepted.count(), 0);
        QLabel *problems = problemsLabel(dialog);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"device identifier"_s), qPrintable(problems->text()));
        // Sentences, not the request's field paths.
        for (const QString &path : {u"config."_s, u"subscriptionDetail"_s, u"sinkCredential"_s, u"types["_s})
            QVERIFY2(!problems->text().contains(path), qPrintable(problems->text()));
    }

    void anEditShowsProblems()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.setDevice(phoneDevice(u"+99999991000"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.problems().isEmpty());
        dialog.findChild<QLineEdit *>(u"sinkEdit"_s)->setText(u"ftp://example.com/x"_s);
        QVERIFY(problemsLabel(dialog)->isVisible());
        QVERIFY(problemsLabel(dialog)->text().contains(u"http"_s));
        tickOnly(dialog, {});
        QVERIFY(problemsLabel(dialog)->text().contains(u"event type"_s));
    }

    void prefillsEveryKindOfDevice_data()
    {
        QTest::addColumn<Device>("device");
        QTest::addColumn<QString>("firstField"); // what the focused identifier field shows
        QTest::newRow("phone") << phoneDevice(u"+99999991000"_s) << u"+99999991000"_s;
        Device nai;
        nai.networkAccessIdentifier = u"device1@example.com"_s;
        QTest::newRow("nai") << nai << u"device1@example.com"_s;
        Device ipv4Private;
        ipv4Private.ipv4Address = Ipv4Address{u"84.125.93.10"_s, u"192.168.0.1"_s, std::nullopt};
        QTest::newRow("ipv4 private") << ipv4Private << u"84.125.93.10"_s;
        Device ipv4Port;
        ipv4Port.ipv4Address = Ipv4Address{u"84.125.93.11"_s, QString(), 5060};
        QTest::newRow("ipv4 port") << ipv4Port << u"84.125.93.11"_s;
        Device ipv6;
        ipv6.ipv6Address = u"2001:db8:85a3:8d3:1319:8a2e:370:7344"_s;
        QTest::newRow("ipv6") << ipv6 << u"2001:db8:85a3:8d3:1319:8a2e:370:7344"_s;
    }

    void prefillsEveryKindOfDevice()
    {
        QFETCH(Device, device);
        QFETCH(QString, firstField);
        CreateSubscriptionDialog dialog(Sink);
        dialog.setDevice(device);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<SubscriptionRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().config.device, std::optional<Device>(device));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(!problemsLabel(dialog)->isVisible());
        // Typing goes into the identifier, not onto the identifier-type radio buttons.
        auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), firstField);
    }

    void focusStartsInTheIdentifier()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(focused);
        QVERIFY(dialog.findChild<DeviceEditor *>()->isAncestorOf(focused));
        QTest::keyClicks(focused, u"+99999991000"_s);
        QCOMPARE(dialog.requests().first().config.device->phoneNumber, u"+99999991000"_s);
    }

    void severalTypesMakeOneRequestEach()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.setDevice(phoneDevice(u"+99999991001"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"eventTypesNote"_s)->text().contains(u"one subscription"_s));
        QCOMPARE(dialog.requests().size(), 1); // roaming-status by default
        const QList<EventType> types{EventType::RoamingOn, EventType::RoamingOff, EventType::RoamingChangeCountry};
        tickOnly(dialog, types);
        const QList<SubscriptionRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < types.size(); ++i) {
            QCOMPARE(requests.at(i).types, QStringList{eventtype::toWire(types.at(i))});
            QCOMPARE(requests.at(i).config.device->phoneNumber, u"+99999991001"_s);
            QCOMPARE(requests.at(i).sink, Sink);
        }
        QVERIFY(dialog.problems().isEmpty());
    }

    void initialEventRuleIsExplained_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("says");
        QTest::newRow("roaming-status") << int(EventType::RoamingStatus) << u"always"_s;
        QTest::newRow("roaming-on") << int(EventType::RoamingOn) << u"only if the device is roaming"_s;
        QTest::newRow("roaming-off") << int(EventType::RoamingOff) << u"only if the device is at home"_s;
        QTest::newRow("roaming-change-country") << int(EventType::RoamingChangeCountry) << u"never"_s;
    }

    void initialEventRuleIsExplained()
    {
        QFETCH(int, type);
        QFETCH(QString, says);
        CreateSubscriptionDialog dialog(Sink);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tickOnly(dialog, {EventType(type)});
        auto *hint = dialog.findChild<QLabel *>(u"initialEventHint"_s);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(says), qPrintable(hint->text()));
        QCOMPARE(hint->text().count(u'\n'), 0); // one line for one type
    }

    void dateTimeEditorsAreOneTabStop()
    {
        CreateSubscriptionDialog dialog(Sink);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<QCheckBox *>(u"expireCheck"_s)->setChecked(true);
        for (const QString &name : {u"tokenExpiryEdit"_s, u"expireEdit"_s}) {
            auto *edit = dialog.findChild<QDateTimeEdit *>(name);
            edit->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), edit);
            QTest::keyClick(edit, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != edit, qPrintable(name)); // one Tab leaves it
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            QCOMPARE(QApplication::focusWidget(), edit); // and one Shift+Tab comes back
        }
    }
};

QTEST_MAIN(TestSubscriptionDialog)
#include "tst_ui_subscriptiondialog.moc"
