// RulesEditor: shows the default pack when the user has no rules, checks what is typed with the rules parser
// (nothing invalid can be saved; the rule and field are named), saves the user's file as written and applies
// it to the service, restores the defaults.
#include "app/alerts/alertservice.h"
#include "app/rules/rulesfile.h"
#include "ui/ruleseditor.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

class TestRulesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"rules-%1.json"_s.arg(++m_counter));
    }

    void defaultsShownWhenTheUserHasNone()
    {
        RulesEditor editor(nullptr);
        editor.setPath(m_path);
        auto *list = editor.findChild<QListWidget *>(u"rulesList"_s);
        QCOMPARE(list->count(), int(RulesFile::defaultPack().rules.size()));
        QVERIFY(list->item(0)->text().contains(u"event-match"_s));
        QVERIFY(editor.findChild<QLabel *>(u"rulesSourceLabel"_s)->text().contains(u"default"_s));
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(editor.findChild<QPushButton *>(u"saveRulesButton"_s)->isEnabled());
    }

    void invalidRulesAreNamedAndNotSaved()
    {
        RulesEditor editor(nullptr);
        editor.setPath(m_path);
        auto *json = editor.findChild<QPlainTextEdit *>(u"ruleJsonEdit"_s);
        auto *save = editor.findChild<QPushButton *>(u"saveRulesButton"_s);
        auto *messages = editor.findChild<QLabel *>(u"rulesMessages"_s);

        json->setPlainText(u"{\"id\": \"roaming-on\", \"kind\": \"event-match\""_s); // cut short
        QVERIFY(!save->isEnabled());
        QVERIFY2(messages->text().contains(u"not valid JSON"_s), qPrintable(messages->text()));

        json->setPlainText(u"{\"id\": \"no-xx\", \"kind\": \"country-denied\", \"countries\": [\"XX\"]}"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(messages->text().contains(u"no-xx"_s) && messages->text().contains(u"countries"_s),
            qPrintable(messages->text()));
        QVERIFY(!editor.save());
        QVERIFY(!QFile::exists(m_path));

        json->setPlainText(
            u"{\"id\": \"no-kp\", \"kind\": \"country-denied\", \"countries\": [\"KP\"], \"speed\": 3}"_s);
        QVERIFY2(messages->text().contains(u"speed"_s), qPrintable(messages->text()));
        QVERIFY(!save->isEnabled());
    }

    void savedAsWrittenAndApplied()
    {
        AlertService service;
        RulesEditor editor(&service);
        editor.setPath(m_path);
        auto *list = editor.findChild<QListWidget *>(u"rulesList"_s);
        const int before = list->count();
        auto *kind = editor.findChild<QComboBox *>(u"newRuleKind"_s);
        kind->setCurrentText(u"country-denied"_s);
        editor.findChild<QPushButton *>(u"addRuleButton"_s)->click();
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentRow(), before);
        auto *json = editor.findChild<QPlainTextEdit *>(u"ruleJsonEdit"_s);
        json->setPlainText(
            u"{\"id\": \"no-kp\", \"kind\": \"country-denied\", \"countries\": [\"KP\"], \"severity\": \"critical\", "
            "\"description\": \"North Korea is off limits\"}"_s);
        QCOMPARE(list->currentItem()->text(), u"no-kp (country-denied)"_s);
        // Remove the first rule (roaming-on): the editor keeps the others.
        list->setCurrentRow(0);
        editor.findChild<QPushButton *>(u"removeRuleButton"_s)->click();
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(editor.save());

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rules = QJsonDocument::fromJson(file.readAll()).object().value(u"rules"_s).toArray();
        QCOMPARE(rules.size(), before);
        QCOMPARE(rules.last().toObject().value(u"description"_s).toString(), u"North Korea is off limits"_s);
        QVERIFY(rules.first().toObject().value(u"id"_s).toString() != u"roaming-on"_s);
        QStringList errors;
        QVERIFY(RulesFile::load(m_path, &errors));

        // Reopened: the user's rules, not the defaults.
        RulesEditor again(nullptr);
        again.setPath(m_path);
        QCOMPARE(again.findChild<QListWidget *>(u"rulesList"_s)->count(), before);
        QVERIFY(again.findChild<QLabel *>(u"rulesSourceLabel"_s)->text().contains(u"Your rules"_s));

        again.restoreDefaults();
        QVERIFY(!QFile::exists(m_path));
        QCOMPARE(again.findChild<QListWidget *>(u"rulesList"_s)->count(), int(RulesFile::defaultPack().rules.size()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(TestRulesEditor)
#include "tst_ui_ruleseditor.moc"
