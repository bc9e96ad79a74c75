// Sweep: every row answered and kept in input order, the pace found from 429s, Retry-After honoured,
// QUOTA_EXCEEDED final for the run, retries on 502/503/504 and on a dropped connection; against the simulator
// with quotas and against scripted loopback servers.
#include "app/bulk/sweep.h"
#include "app/bulk/sweepexport.h"
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "tst_client_fixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace roamdesk;
using roamdesk::bulk::Sweep;
using roamdesk::bulk::SweepOptions;

namespace {

QList<DeviceListEntry> phones(const QStringList &numbers)
{
    QList<DeviceListEntry> entries;
    for (const QString &number : numbers) {
        DeviceListEntry entry;
        entry.row = int(entries.size()) + 1;
        entry.line = entry.row + 1;
        entry.device.phoneNumber = number;
        entries << entry;
    }
    return entries;
}

QList<DeviceListEntry> seedPhones(int count)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers << (i % 3 == 2 ? u"+99999990404"_s : (i % 2 ? u"+99999991001"_s : u"+99999991000"_s));
    return phones(numbers);
}

bool runToEnd(Sweep &sweep, int timeoutMs = 30000)
{
    QSignalSpy finished(&sweep, &Sweep::finished);
    sweep.start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}

/// A loopback HTTP peer that closes the first `drops` connections as soon as a request arrives, then answers
/// {"roaming": false} and closes.
class DroppingServer : public QObject
{
public:
    explicit DroppingServer(int drops)
        : m_drops(drops)
    {
        m_tcp.listen(QHostAddress::LocalHost, 0);
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &buffer = m_buffers[socket];
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0 || !buffer.endsWith("}"))
                        return;
                    ++requests;
                    if (m_drops > 0) {
                        --m_drops;
                        socket->abort();
                        return;
                    }
                    const QByteArray body = R"({"roaming": false})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl root() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_tcp.serverPort())); }
    int requests = 0;

private:
    QTcpServer m_tcp;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_drops;
};

SweepOptions fastRetries()
{
    SweepOptions options;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 20;
    return options;
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimulatorServer> m_sim;
    std::unique_ptr<api::RoamingClient> m_client;

    void startSimulator(const sim::QuotaSettings &quota)
    {
        m_sim = std::make_unique<sim::SimulatorServer>();
        m_sim->setQuota(quota);
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<api::RoamingClient>();
        m_client->setEnvironment(api::Environment::simulator(m_sim->apiRoot()));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        if (m_sim)
            m_sim->shutdown(0);
        m_sim.reset();
    }

    void everyRowAnsweredInInputOrder()
    {
        startSimulator({});
        Sweep sweep(m_client.get(), seedPhones(30));
        QSignalSpy rows(&sweep, &Sweep::rowFinished);
        QVERIFY(runToEnd(sweep));
        QCOMPARE(rows.count(), 30);
        QCOMPARE(sweep.answered(), 30);
        QVERIFY(!sweep.isRunning());
        for (int i = 0; i < 30; ++i) {
            const bulk::SweepRow &row = sweep.rows().at(i);
            QVERIFY(row.done);
            QCOMPARE(row.entry.row, i + 1);
            const QJsonObject line = row.toJson();
            QCOMPARE(line.value(u"row"_s).toInt(), i + 1);
            QCOMPARE(line.value(u"device"_s).toObject(), row.entry.device.toJson());
            if (i % 3 == 2) {
                // An API error is an answer: kept with its CAMARA body.
                QCOMPARE(row.httpStatus, 404);
                QCOMPARE(line.value(u"status"_s).toInt(), 404);
                QVERIFY(line.contains(u"error"_s));
                QVERIFY(!line.value(u"error"_s).toObject().value(u"code"_s).toString().isEmpty());
            } else {
                QCOMPARE(row.httpStatus, 200);
                QVERIFY(row.status.has_value());
                QCOMPARE(row.status->roaming, i % 2 == 0);
                QCOMPARE(line.value(u"result"_s).toObject().value(u"roaming"_s).toBool(), i % 2 == 0);
            }
        }
    }

    void paceFoundWithoutRetryAfter()
    {
        startSimulator(sim::QuotaSettings{5, 0, false});
        Sweep sweep(m_client.get(), seedPhones(14));
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.answered(), 14);
        for (const bulk::SweepRow &row : sweep.rows())
            QVERIFY2(row.httpStatus == 200 || row.httpStatus == 404, qPrintable(QString::number(row.httpStatus)));
        QVERIFY(sweep.tooManyRequests() > 0);
        // The provider's pace was found: at most its quota, not the unlimited start.
        QVERIFY(sweep.pace() > 0);
        QVERIFY2(sweep.pace() <= 5.0, qPrintable(QString::number(sweep.pace())));
        QCOMPARE(sweep.requestsSent(), 14 + sweep.tooManyRequests());
    }

    void retryAfterHonoured()
    {
        startSimulator(sim::QuotaSettings{4, 0, true});
        // When each answer came (the monotonic ms an attempt started plus its latency) and what it was.
        struct Seen
        {
            qint64 startedMs;
            qint64 answeredMs;
            int status;
            QByteArray retryAfter;
        };
        QList<Seen> seen;
        connect(m_client.get(), &api::RoamingClient::exchangeRecorded, this, [&seen](const TrafficExchange &exchange) {
            QByteArray retryAfter;
            for (const auto &[name, value] : exchange.responseHeaders) {
                if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                    retryAfter = value;
            }
            const qint64 started = exchange.startedAt.toMSecsSinceEpoch();
            seen << Seen{started, started + exchange.latencyMs, exchange.httpStatus, retryAfter};
        });
        Sweep sweep(m_client.get(), seedPhones(10));
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.answered(), 10);
        for (const bulk::SweepRow &row : sweep.rows())
            QVERIFY(row.httpStatus == 200 || row.httpStatus == 404);
        int refusals = 0;
        for (const Seen &refused : std::as_const(seen)) {
            if (refused.status != 429)
                continue;
            ++refusals;
            QCOMPARE(refused.retryAfter, QByteArray("1"));
            // Nothing went out while the Retry-After of an answer already received was running.
            for (const Seen &other : std::as_const(seen)) {
                const bool duringHold =
                    other.startedMs > refused.answeredMs + 5 && other.startedMs < refused.answeredMs + 1000 - 5;
                QVERIFY2(!duringHold,
                    qPrintable(u"sent %1 ms after a Retry-After: 1"_s.arg(other.startedMs - refused.answeredMs)));
            }
        }
        QVERIFY(refusals > 0);
    }

    void quotaExceededIsFinal()
    {
        startSimulator(sim::QuotaSettings{0, 5, false});
        SweepOptions options;
        options.maxInFlight = 1;
        Sweep sweep(m_client.get(), phones(QStringList(12, u"+99999991000"_s)), options);
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.answered(), 12);
        QCOMPARE(sweep.requestsSent(), 6); // five answered, one refused, then nothing more
        QVERIFY(sweep.quotaExceeded().has_value());
        QCOMPARE(sweep.quotaExceeded()->code, u"QUOTA_EXCEEDED"_s);
        for (int i = 0; i < 12; ++i) {
            const bulk::SweepRow &row = sweep.rows().at(i);
            QVERIFY(row.done);
            if (i < 5) {
                QCOMPARE(row.httpStatus, 200);
            } else {
                QCOMPARE(row.httpStatus, 429);
                QCOMPARE(row.error->code, u"QUOTA_EXCEEDED"_s);
                QCOMPARE(row.toJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"QUOTA_EXCEEDED"_s);
                QVERIFY(row.attempts <= 1);
            }
        }
    }

    void quotaExceededWithManyInFlight()
    {
        startSimulator(sim::QuotaSettings{0, 3, true});
        Sweep sweep(m_client.get(), phones(QStringList(40, u"+99999991001"_s)));
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.answered(), 40);
        int ok = 0;
        for (const bulk::SweepRow &row : sweep.rows()) {
            QVERIFY(row.httpStatus == 200 || (row.httpStatus == 429 && row.error->code == u"QUOTA_EXCEEDED"_s));
            ok += row.httpStatus == 200;
            QVERIFY(row.attempts <= 1); // not retried
        }
        QCOMPARE(ok, 3);
        QVERIFY(sweep.requestsSent() <= 40);
    }

    void longRetryAfterEndsTheRunLikeQuotaExceeded()
    {
        fixture::HttpFixture server;
        fixture::Response refused = fixture::Response::camaraError(429, "TOO_MANY_REQUESTS", "Rate limit reached.");
        refused.headers = {{"Retry-After", "7200"}};
        server.enqueue(fixture::Response::json(200, R"({"roaming": true, "countryCode": 262})"));
        server.enqueue(refused);
        api::RoamingClient client;
        api::Environment environment = api::Environment::customBearer(u"fixture"_s, server.root(), QString());
        environment.auth = api::AuthMode::None;
        client.setEnvironment(environment);
        SweepOptions options;
        options.maxInFlight = 1;
        Sweep sweep(&client, phones(QStringList(5, u"+99999991000"_s)), options);
        QVERIFY(runToEnd(sweep, 10000));
        QCOMPARE(sweep.requestsSent(), 2); // not two hours of waiting, not more requests
        QCOMPARE(sweep.rows().at(0).httpStatus, 200);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(sweep.rows().at(i).httpStatus, 429);
            QCOMPARE(sweep.rows().at(i).error->code, u"TOO_MANY_REQUESTS"_s);
        }
        QVERIFY(sweep.quotaExceeded().has_value());
    }

    void exportAsCsvAndJsonLines()
    {
        startSimulator({});
        QList<DeviceListEntry> entries = phones({u"+99999991000"_s, u"+99999990404"_s});
        entries[0].label = u"Truck, red"_s;
        entries[0].group = u"North"_s;
        Sweep sweep(m_client.get(), entries);
        QVERIFY(runToEnd(sweep));
        const QByteArray csv = bulk::SweepExport::toCsv(sweep.rows());
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("row,phoneNumber,networkAccessIdentifier,ipv4Public,ipv4Private,ipv4Port,ipv6,"
                                       "label,group,status,roaming,countryCode,countryName,lastStatusTime,errorCode"));
        QVERIFY2(lines.at(1).startsWith("1,+99999991000,,,,,,\"Truck, red\",North,200,true,262,DE,"), lines.at(1));
        QVERIFY2(lines.at(2).startsWith("2,+99999990404,,,,,,,,404,,,,,"), lines.at(2));
        // The export reads back as a device list.
        const DeviceList again = DeviceListParser::parseCsv(csv);
        QCOMPARE(again.entries.size(), 2);
        QCOMPARE(again.entries.first().label, u"Truck, red"_s);

        const QList<QByteArray> jsonLines = bulk::SweepExport::toJsonLines(sweep.rows()).trimmed().split('\n');
        QCOMPARE(jsonLines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(jsonLines.at(0)).object();
        QCOMPARE(first.value(u"row"_s).toInt(), 1);
        QCOMPARE(first.value(u"label"_s).toString(), u"Truck, red"_s);
        QCOMPARE(first.value(u"result"_s).toObject().value(u"countryCode"_s).toInt(), 262);
        const QJsonObject second = QJsonDocument::fromJson(jsonLines.at(1)).object();
        QCOMPARE(second.value(u"status"_s).toInt(), 404);
        QVERIFY(second.contains(u"error"_s));
        QVERIFY(!second.contains(u"label"_s));
    }

    void retriesOn5xx()
    {
        fixture::HttpFixture server;
        server.enqueue(fixture::Response::camaraError(503, "UNAVAILABLE", "busy"));
        server.enqueue(fixture::Response::camaraError(502, "BAD_GATEWAY", "upstream"));
        server.enqueue(fixture::Response::camaraError(504, "TIMEOUT", "slow"));
        api::RoamingClient client;
        client.setEnvironment(api::Environment::customBearer(u"fixture"_s, server.root(), QString()));
        api::Environment environment = client.environment();
        environment.auth = api::AuthMode::None;
        client.setEnvironment(environment);
        SweepOptions options = fastRetries();
        options.maxInFlight = 1;
        Sweep sweep(&client, phones({u"+99999991000"_s, u"+99999991001"_s}), options);
        QVERIFY(runToEnd(sweep));
        // The three failures went to whichever row was next (the other goes on while one backs off).
        QCOMPARE(sweep.rows().at(0).httpStatus, 200);
        QCOMPARE(sweep.rows().at(1).httpStatus, 200);
        QCOMPARE(sweep.rows().at(0).attempts + sweep.rows().at(1).attempts, 5);
        QCOMPARE(int(server.requests.size()), 5);
    }

    void fiveHundredsGiveUpAfterTheRetries()
    {
        startSimulator({});
        Sweep sweep(m_client.get(), phones({u"+99999990503"_s, u"+99999990500"_s}), fastRetries());
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.rows().at(0).httpStatus, 503);
        QCOMPARE(sweep.rows().at(0).attempts, 4);
        QVERIFY(!sweep.rows().at(0).networkFailed()); // an answer, if an unhappy one
        QCOMPARE(sweep.rows().at(1).httpStatus, 500); // not a status worth repeating
        QCOMPARE(sweep.rows().at(1).attempts, 1);
    }

    void retriesOnADroppedConnection()
    {
        // Qt may resend once by itself when a connection closes before any answer; the rest is the sweep's.
        DroppingServer server(3);
        api::RoamingClient client;
        api::Environment environment = api::Environment::customBearer(u"dropping"_s, server.root(), QString());
        environment.auth = api::AuthMode::None;
        client.setEnvironment(environment);
        SweepOptions options = fastRetries();
        options.maxInFlight = 1;
        Sweep sweep(&client, phones({u"+99999991000"_s}), options);
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.rows().at(0).httpStatus, 200);
        QVERIFY(!sweep.rows().at(0).error);
        QVERIFY(sweep.rows().at(0).attempts >= 2);
        QCOMPARE(server.requests, 4);
    }

    void networkFailureAfterRetries()
    {
        api::RoamingClient client;
        api::Environment environment = api::Environment::customBearer(
            u"nobody"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(fixture::closedPort())), QString());
        environment.auth = api::AuthMode::None;
        client.setEnvironment(environment);
        Sweep sweep(&client, phones({u"+99999991000"_s, u"+99999991001"_s}), fastRetries());
        QVERIFY(runToEnd(sweep));
        QCOMPARE(sweep.answered(), 2);
        for (const bulk::SweepRow &row : sweep.rows()) {
            QVERIFY(row.networkFailed());
            QCOMPARE(row.attempts, 4);
            QCOMPARE(row.toJson().value(u"status"_s).toInt(), 0);
        }
    }

    void cancelStopsSending()
    {
        startSimulator(sim::QuotaSettings{2, 0, false});
        SweepOptions options;
        options.rate = 2;
        Sweep sweep(m_client.get(), seedPhones(50), options);
        QSignalSpy finished(&sweep, &Sweep::finished);
        sweep.start();
        QTRY_VERIFY(sweep.answered() >= 1);
        sweep.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(sweep.isCancelled());
        const int sent = sweep.requestsSent();
        QVERIFY(sweep.answered() < 50);
        QTest::qWait(600);
        QCOMPARE(sweep.requestsSent(), sent);
    }

    void progressHasRateAndEta()
    {
        startSimulator({});
        SweepOptions options;
        options.rate = 20;
        Sweep sweep(m_client.get(), seedPhones(8), options);
        QList<double> rates;
        QList<qint64> etas;
        connect(&sweep, &Sweep::progressChanged, this, [&] {
            rates << sweep.answersPerSecond();
            etas << sweep.etaMs();
        });
        QVERIFY(runToEnd(sweep));
        QVERIFY(!rates.isEmpty());
        QVERIFY(rates.last() > 0);
        QCOMPARE(etas.last(), 0);
        QCOMPARE(sweep.pace(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
