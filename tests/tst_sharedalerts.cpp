// Two desks on one store, each with its own AlertService (own connections, own rules engine), over a real
// PostgreSQL server (tests/pgtestserver) and a SQLite file: what one desk acknowledges reaches the other, and
// the notifications both evaluate count once.
#include "alerttestutil.h"
#include "app/alerts/alertservice.h"
#include "app/alerts/alertstore.h"
#include "app/store/storefactory.h"
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;
using namespace Qt::StringLiterals;

using alerttest::roamingOn;
using alerttest::rules;

Q_DECLARE_METATYPE(QList<roamdesk::Alert>)

class TestSharedAlerts : public QObject
{
    Q_OBJECT

private:
    /// Opens `service` on the test's store and waits for its load.
    bool openDesk(AlertService &service, const RuleSet &ruleSet = rules())
    {
        service.setRules(ruleSet);
        QSignalSpy loaded(&service, &AlertService::loaded);
        service.open(m_url);
        return loaded.wait(20000);
    }

    /// The newest state `spy` (alertsChanged) reported for alert `id`.
    static std::optional<Alert> reported(const QSignalSpy &spy, qint64 id)
    {
        std::optional<Alert> found;
        for (const QList<QVariant> &arguments : spy) {
            for (const Alert &alert : arguments.at(0).value<QList<Alert>>()) {
                if (alert.id == id)
                    found = alert;
            }
        }
        return found;
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
        qRegisterMetaType<QList<Alert>>();
        QVERIFY(m_dir.isValid());
        m_pgUnavailable = pgtest::PgTestServer::whyUnavailable();
        if (m_pgUnavailable.isEmpty() && !m_server.start())
            QFAIL(qPrintable(u"the test PostgreSQL server did not start: "_s + m_server.error()));
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"postgresql"_s) {
            if (!m_pgUnavailable.isEmpty())
                QSKIP(qPrintable(m_pgUnavailable));
            m_url = m_server.createDatabase();
            QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.error()));
        } else {
            m_url = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_counter));
        }
        QString error;
        const std::optional<StoreLocation> location = StoreLocation::parse(m_url, &error);
        QVERIFY2(location, qPrintable(error));
        m_location = *location;
        m_writer = storefactory::open(
            m_location, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &error);
        QVERIFY2(m_writer, qPrintable(error));
    }

    void cleanup() { m_writer.reset(); }

    void acknowledgementReachesTheOtherDesk()
    {
        QVERIFY(!m_writer->insert({roamingOn(u"e1"_s, u"dev-a"_s, 0)}).seqs.isEmpty());
        AlertService desk1;
        AlertService desk2;
        QVERIFY(openDesk(desk1));
        QVERIFY(openDesk(desk2));
        QSignalSpy changed2(&desk2, &AlertService::alertsChanged);
        QSignalSpy changed1(&desk1, &AlertService::alertsChanged);

        // Desk 1 stores a new alert; desk 2 hears of it without evaluating anything itself.
        QVERIFY(!m_writer->insert({roamingOn(u"e2"_s, u"dev-b"_s, 1, u"KP"_s)}).seqs.isEmpty());
        desk1.refresh();
        QVERIFY(changed1.wait(10000));
        qint64 id = 0;
        for (const Alert &alert : changed1.constLast().at(0).value<QList<Alert>>()) {
            if (alert.ruleId == u"no-kp"_s)
                id = alert.id;
        }
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed2, id).has_value(), 10000);
        QCOMPARE(reported(changed2, id)->state, AlertState::Open);

        // Desk 1 acknowledges it: desk 2 sees who did, and its open count drops.
        const int openBefore = desk2.openCount();
        QElapsedTimer clock;
        clock.start();
        desk1.setState({id}, AlertState::Acknowledged, u"ann"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed2, id)->state == AlertState::Acknowledged, 10000);
        qInfo("acknowledgement seen by the other desk after %lld ms", qint64(clock.elapsed()));
        QCOMPARE(reported(changed2, id)->stateBy, u"ann"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk2.openCount(), openBefore - 1, 10000);
        // Desk 1 is not told again of its own change.
        int ownReports = 0;
        for (const QList<QVariant> &arguments : changed1) {
            for (const Alert &alert : arguments.at(0).value<QList<Alert>>())
                ownReports += alert.id == id && alert.state == AlertState::Acknowledged ? 1 : 0;
        }
        QCOMPARE(ownReports, 1);
    }

    void bothDesksEvaluatingCountOnce()
    {
        AlertService desk1;
        AlertService desk2;
        QVERIFY(openDesk(desk1));
        QVERIFY(openDesk(desk2));
        QSignalSpy changed1(&desk1, &AlertService::alertsChanged);
        QSignalSpy changed2(&desk2, &AlertService::alertsChanged);
        QVERIFY(
            !m_writer->insert({roamingOn(u"e1"_s, u"dev-c"_s, 0), roamingOn(u"e2"_s, u"dev-c"_s, 1)}).seqs.isEmpty());
        desk1.refresh();
        desk2.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!changed1.isEmpty() && !changed2.isEmpty(), 10000);
        QVERIFY(!m_writer->insert({roamingOn(u"e3"_s, u"dev-c"_s, 2)}).seqs.isEmpty());
        desk2.refresh();
        desk1.refresh();

        AlertStore reader;
        QVERIFY2(reader.open(m_location), qPrintable(reader.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(reader.activeFor(u"roaming-on"_s, u"dev-c"_s)->count, 3, 10000);
        QTest::qWait(300); // a second count would come from the later of the two refreshes
        QCOMPARE(reader.activeFor(u"roaming-on"_s, u"dev-c"_s)->count, 3);
        QCOMPARE(reader.active().size(), 1);
    }

    void anAlertOpenedAtOneDeskIsAnnouncedAtTheOther()
    {
        AlertService desk1;
        AlertService desk2;
        QVERIFY(openDesk(desk1));
        QVERIFY(openDesk(desk2));
        QSignalSpy raised1(&desk1, &AlertService::raised);
        QSignalSpy elsewhere1(&desk1, &AlertService::raisedElsewhere);
        QSignalSpy raised2(&desk2, &AlertService::raised);
        QSignalSpy elsewhere2(&desk2, &AlertService::raisedElsewhere);
        QSignalSpy changed2(&desk2, &AlertService::alertsChanged);

        QVERIFY(!m_writer->insert({roamingOn(u"e1"_s, u"dev-e"_s, 0, u"KP"_s)}).seqs.isEmpty());
        desk1.refresh();
        QVERIFY(raised1.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!elsewhere2.isEmpty(), 10000);
        QStringList announced;
        for (const Alert &alert : elsewhere2.constFirst().at(0).value<QList<Alert>>())
            announced << alert.ruleId;
        announced.sort();
        QCOMPARE(announced, QStringList({u"no-kp"_s, u"roaming-on"_s}));

        // Desk 2 evaluates the same event: nothing is opened twice. Desk 1 acknowledges: no announcement again.
        desk2.refresh();
        const qint64 id = elsewhere2.constFirst().at(0).value<QList<Alert>>().constFirst().id;
        desk1.setState({id}, AlertState::Acknowledged, u"ann"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            reported(changed2, id) && reported(changed2, id)->state == AlertState::Acknowledged, 10000);
        QTest::qWait(300);
        QCOMPARE(elsewhere2.size(), 1);
        QCOMPARE(raised2.size(), 0); // forwarded only by the desk that opened it
        QCOMPARE(elsewhere1.size(), 0);
    }

    // Each desk's timer finds the same silence; the alert stands once, counted once, also after a restart.
    void bothDesksTimersFindASilenceOnce()
    {
        QStringList errors;
        const std::optional<RuleSet> quiet =
            RuleSet::fromJson(R"({"rules": [{"id": "quiet", "kind": "stale-status", "hours": 1, "severity": "info"}]})",
                u"quiet.json"_s, &errors);
        QVERIFY2(quiet, qPrintable(errors.join(u'\n')));
        QVERIFY(!m_writer->insert({roamingOn(u"e1"_s, u"dev-f"_s, 0)}).seqs.isEmpty());
        AlertService desk1;
        AlertService desk2;
        QVERIFY(openDesk(desk1, *quiet));
        QVERIFY(openDesk(desk2, *quiet));
        QSignalSpy raised1(&desk1, &AlertService::raised);
        desk1.tick();
        QVERIFY(raised1.wait(10000));
        QSignalSpy changed2(&desk2, &AlertService::alertsChanged);
        desk2.tick();
        AlertStore reader;
        QVERIFY2(reader.open(m_location), qPrintable(reader.lastError()));
        const qint64 revision = reader.newestRevision();
        QTest::qWait(500);
        AlertService restarted;
        QVERIFY(openDesk(restarted, *quiet));
        restarted.tick();
        QTest::qWait(500);
        QCOMPARE(reader.active().size(), 1);
        QCOMPARE(reader.activeFor(u"quiet"_s, u"dev-f"_s)->count, 1);
        QCOMPARE(reader.newestRevision(), revision); // nothing written by the second timer or the restart
    }

    void followsAgainAfterTheServerRestarts()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql"_s)
            QSKIP("a file has no server to restart");
        QVERIFY(!m_writer->insert({roamingOn(u"e1"_s, u"dev-d"_s, 0)}).seqs.isEmpty());
        AlertService desk;
        QVERIFY(openDesk(desk));
        QCOMPARE(desk.openCount(), 1);
        m_writer.reset();
        QVERIFY2(m_server.stop(u"immediate"_s), qPrintable(m_server.error()));
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));

        // Another desk, connected after the restart, acknowledges: this desk reconnects and hears of it.
        AlertStore other;
        QVERIFY2(other.open(m_location), qPrintable(other.lastError()));
        const QList<Alert> active = other.active();
        QCOMPARE(active.size(), 1);
        QSignalSpy changed(&desk, &AlertService::alertsChanged);
        QCOMPARE(
            other
                .setState({active.constFirst().id}, AlertState::Acknowledged, u"ann"_s, QDateTime::currentDateTimeUtc())
                .size(),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(reported(changed, active.constFirst().id).has_value(), 20000);
        QCOMPARE(reported(changed, active.constFirst().id)->state, AlertState::Acknowledged);
        QTRY_COMPARE_WITH_TIMEOUT(desk.openCount(), 0, 10000);
    }

private:
    QTemporaryDir m_dir;
    pgtest::PgTestServer m_server;
    QString m_pgUnavailable;
    QString m_url;
    StoreLocation m_location;
    std::unique_ptr<NotificationStore> m_writer;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSharedAlerts)
#include "tst_sharedalerts.moc"
