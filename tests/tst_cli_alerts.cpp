// roamdesk-cli alerts as a user runs it: a child process over a real SQLite store filled here, and over a real
// PostgreSQL server (tests/pgtestserver) holding the same notifications.
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storelocation.h"
#include "fleettestutil.h"
#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace fleettest;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
const QString Phone = u"+358401234567"_s;
} // namespace

class TestCliAlerts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_rules;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess child;
        // A settings folder of its own: no saved rules unless a test writes them.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        child.setProcessEnvironment(environment);
        child.start(Cli, QStringList{u"alerts"_s} + arguments);
        [&] { QVERIFY(child.waitForFinished(30000)); }();
        return {child.exitCode(), child.readAllStandardOutput(), child.readAllStandardError()};
    }

    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }

    QString writeRules(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {};
        return path;
    }

    static QList<NotificationLogRecord> records()
    {
        return {
            status(Phone, 0, false, 244),
            record(Phone, EventType::RoamingOn, 10),
            status(Phone, 12, true, 467), // North Korea
            status(Phone, 20, true, 467),
            record(Phone, EventType::RoamingChangeCountry, 40, 214), // Spain, 20 min later
            record(u"user@example.net"_s, EventType::RoamingOff, 5),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"notifications.sqlite"_s);
        SqliteNotificationStore store;
        QVERIFY(store.open(m_db));
        QVERIFY(store.insert(records()).ok);
        m_rules = writeRules(u"rules.json"_s, R"({"rules": [
            {"id": "no-kp", "kind": "country-denied", "countries": ["KP"], "severity": "critical"},
            {"id": "fast", "kind": "impossible-travel"},
            {"id": "quiet", "kind": "stale-status", "hours": 1}]})");
        QVERIFY(!m_rules.isEmpty());
    }

    void jsonLines()
    {
        // --now a minute before the phone (last at minute 40) has been quiet for an hour; user@example.net (last at
        // minute 5) has.
        const QString now = QDateTime::fromMSecsSinceEpoch(T0 + 99 * 60000, QTimeZone::utc()).toString(Qt::ISODate);
        const Run result = run({u"--db"_s, m_db, u"--rules"_s, m_rules, u"--now"_s, now, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QList<QJsonObject> alerts = lines(result.out);
        QCOMPARE(alerts.size(), 3);
        const QJsonObject kp = alerts[0];
        QCOMPARE(kp.value(u"rule"_s).toString(), u"no-kp"_s);
        QCOMPARE(kp.value(u"kind"_s).toString(), u"country-denied"_s);
        QCOMPARE(kp.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(kp.value(u"device"_s).toObject(), (QJsonObject{{u"phoneNumber"_s, Phone}}));
        QCOMPARE(kp.value(u"time"_s).toString(), u"2023-11-14T22:25:20.000Z"_s); // the first event in KP
        QCOMPARE(kp.value(u"count"_s).toInt(), 2);
        QCOMPARE(kp.value(u"state"_s).toString(), u"open"_s);
        QVERIFY(!kp.value(u"message"_s).toString().isEmpty());
        QCOMPARE(alerts[1].value(u"rule"_s).toString(), u"fast"_s);
        QCOMPARE(alerts[1].value(u"severity"_s).toString(), u"critical"_s);
        // Finland to North Korea in 12 minutes, then North Korea to Spain in 20.
        QCOMPARE(alerts[1].value(u"time"_s).toString(), u"2023-11-14T22:25:20.000Z"_s);
        QCOMPARE(alerts[1].value(u"lastTime"_s).toString(), u"2023-11-14T22:53:20.000Z"_s);
        QCOMPARE(alerts[1].value(u"count"_s).toInt(), 2);
        QCOMPARE(alerts[2].value(u"rule"_s).toString(), u"quiet"_s);
        QCOMPARE(alerts[2].value(u"device"_s).toObject(),
            (QJsonObject{{u"networkAccessIdentifier"_s, u"user@example.net"_s}}));
        QCOMPARE(alerts[2].value(u"time"_s).toString(), u"2023-11-14T23:18:20.000Z"_s); // minute 5 + 1 h
    }

    void nowDecidesTheSilences()
    {
        const QString early = QDateTime::fromMSecsSinceEpoch(T0 + 50 * 60000, QTimeZone::utc()).toString(Qt::ISODate);
        const Run result = run({u"--db"_s, m_db, u"--rules"_s, m_rules, u"--now"_s, early, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lines(result.out).size(), 2); // nobody quiet for an hour yet
        const Run late =
            run({u"--db"_s, m_db, u"--rules"_s, m_rules, u"--now"_s, u"2030-01-01T00:00:00Z"_s, u"--json"_s});
        QCOMPARE(lines(late.out).size(), 4); // both devices quiet
    }

    void table()
    {
        const Run result = run({u"--db"_s, m_db, u"--rules"_s, m_rules, u"--now"_s, u"2023-11-14T23:00:00Z"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> rows = result.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith("SEVERITY"));
        QVERIFY(rows[1].startsWith("critical"));
        QVERIFY(rows[1].contains("no-kp"));
    }

    void defaultPackWithoutSavedRules()
    {
        const Run result = run({u"--db"_s, m_db, u"--now"_s, u"2023-11-14T23:00:00Z"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QStringList rules;
        for (const QJsonObject &alert : lines(result.out))
            rules << alert.value(u"rule"_s).toString();
        QVERIFY2(rules.contains(u"roaming-on"_s), qPrintable(rules.join(u' ')));
        QVERIFY(rules.contains(u"roaming-change-country"_s));
    }

    void savedRulesApplyWithoutOption()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"config/RoamDesk/RoamDesk"_s)));
        QVERIFY(!writeRules(u"config/RoamDesk/RoamDesk/rules.json"_s,
            R"({"rules": [{"id": "mine", "kind": "event-match", "where": "type:roaming-off"}]})")
                     .isEmpty());
        const Run result = run({u"--db"_s, m_db, u"--now"_s, u"2023-11-14T23:00:00Z"_s, u"--json"_s});
        QFile::remove(m_dir.filePath(u"config/RoamDesk/RoamDesk/rules.json"_s));
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> alerts = lines(result.out);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].value(u"rule"_s).toString(), u"mine"_s);
    }

    void noAlertsIsStillSuccess()
    {
        const QString path = writeRules(u"none.json"_s, R"({"rules": [{"id": "x", "kind": "country-denied",
            "countries": ["AQ"]}]})");
        const Run result = run({u"--db"_s, m_db, u"--rules"_s, path, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
    }

    void invalidRulesFile()
    {
        const QString path = writeRules(u"bad.json"_s, R"({"rules": [{"id": "x", "kind": "roaming-hours",
            "from": "08:00", "to": "18:00", "timezone": "Mars/Olympus"}]})");
        const Run result = run({u"--db"_s, m_db, u"--rules"_s, path, u"--json"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("bad.json: rule 'x': timezone:"), result.err.constData());
    }

    void noStore()
    {
        const Run result = run({u"--db"_s, m_dir.filePath(u"missing.sqlite"_s), u"--rules"_s, m_rules});
        QCOMPARE(result.exitCode, 6);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    }

    void sameAlertsFromASharedStore()
    {
        const QString unavailable = pgtest::PgTestServer::whyUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        pgtest::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString url = server.createDatabaseWith(records());
        QVERIFY2(!url.isEmpty(), qPrintable(server.error()));
        const QString now = QDateTime::fromMSecsSinceEpoch(T0 + 99 * 60000, QTimeZone::utc()).toString(Qt::ISODate);
        const Run file = run({u"--db"_s, m_db, u"--rules"_s, m_rules, u"--now"_s, now, u"--json"_s});
        const Run shared = run({u"--store"_s, url, u"--rules"_s, m_rules, u"--now"_s, now, u"--json"_s});
        QCOMPARE(shared.exitCode, 0);
        QVERIFY2(!shared.out.isEmpty(), shared.err.constData());
        QCOMPARE(shared.out, file.out);
        // Run as the owner, it made the desks' alert tables.
        QVERIFY2(server.sql(StoreLocation::parse(url)->database(), {u"SELECT COUNT(*) FROM alerts, alerts_progress"_s}),
            qPrintable(server.error()));

        // Both spellings at once is a usage error; so is a URL that holds a password.
        QCOMPARE(run({u"--store"_s, url, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(run({u"--store"_s, u"postgresql://u:secret@localhost/db"_s}).exitCode, 2);
    }

    void badNow()
    {
        const Run result = run({u"--db"_s, m_db, u"--now"_s, u"yesterday"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--now"));
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "tst_cli_alerts.moc"
