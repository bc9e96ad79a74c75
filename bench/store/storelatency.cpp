// Latency from POST to a second desk: events POSTed at a fixed rate to one or more receivers, and a StoreFollower
// (what a desk uses: the doorbell, then "seq > last seen") on its own connection timing each one's arrival.
//   bench_storelatency --store URL --sink URL [--sink URL…] [--rate N] [--seconds S] [--token T]
#include "app/store/storefollower.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace roamdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray event(const QString &id)
{
    return QByteArrayLiteral("{\"id\":\"") + id.toUtf8()
        + QByteArrayLiteral("\",\"source\":\"https://notifications.example.net\",\"specversion\":\"1.0\","
                            "\"type\":\"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-change-"
                            "country\",\"time\":\"2024-03-01T08:15:00.125Z\",\"data\":{\"device\":{\"phoneNumber\":"
                            "\"+33612345678\"},\"countryCode\":262,\"countryName\":[\"DE\"],\"subscriptionId\":"
                            "\"sub-bench\"}}");
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"store"_s, u"store URL"_s, u"URL"_s}, {u"sink"_s, u"receiver sink (repeatable)"_s, u"URL"_s},
        {u"rate"_s, u"events per second"_s, u"N"_s, u"1000"_s}, {u"seconds"_s, u"how long"_s, u"S"_s, u"10"_s},
        {u"token"_s, u"bearer token"_s, u"T"_s, u"bench-token"_s}});
    parser.process(app);
    const std::optional<StoreLocation> location = StoreLocation::parse(parser.value(u"store"_s));
    const QStringList sinks = parser.values(u"sink"_s);
    if (!location || sinks.isEmpty())
        parser.showHelp(2);
    const int rate = parser.value(u"rate"_s).toInt();
    const int total = rate * parser.value(u"seconds"_s).toInt();
    const QByteArray authorization = "Bearer " + parser.value(u"token"_s).toUtf8();
    const QString prefix = u"lat-%1-"_s.arg(QCoreApplication::applicationPid());

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sentNs;
    QHash<QString, qint64> ackedNs; // when the 204 came
    std::vector<double> latenciesMs; // POST -> the desk has it
    std::vector<double> ackMs; // POST -> 204
    std::vector<double> afterAckMs; // 204 -> the desk has it (negative: the doorbell beat the answer)
    StoreFollower desk(*location);
    QObject::connect(&desk, &StoreFollower::arrived, &app, [&](const QList<NotificationLogRecord> &records) {
        const qint64 now = clock.nsecsElapsed();
        for (const NotificationLogRecord &record : records) {
            const auto it = sentNs.constFind(record.eventId);
            if (it != sentNs.constEnd())
                latenciesMs.push_back(double(now - *it) / 1e6);
            const auto acked = ackedNs.constFind(record.eventId);
            if (acked != ackedNs.constEnd())
                afterAckMs.push_back(double(now - *acked) / 1e6);
        }
    });
    QString error;
    if (!desk.start(NotificationLogSource::NoSeq, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }

    // Several connection pools per sink: one QNetworkAccessManager opens at most 6 connections to a host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    for (int i = 0; i < 8 * int(sinks.size()); ++i)
        clients.push_back(std::make_unique<QNetworkAccessManager>());
    int sent = 0, answered = 0, acknowledged = 0;
    QElapsedTimer sending;
    sending.start();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const int due = std::min(total, int(sending.elapsed() * rate / 1000));
        for (; sent < due; ++sent) {
            const QString id = prefix + QString::number(sent);
            QNetworkRequest request(QUrl(sinks.at(sent % sinks.size())));
            request.setRawHeader("Content-Type", "application/cloudevents+json");
            request.setRawHeader("Authorization", authorization);
            sentNs.insert(id, clock.nsecsElapsed());
            QNetworkReply *reply = clients.at(size_t(sent) % clients.size())->post(request, event(id));
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, id] {
                reply->deleteLater();
                ++answered;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204) {
                    ++acknowledged;
                    const qint64 now = clock.nsecsElapsed();
                    ackedNs.insert(id, now);
                    ackMs.push_back(double(now - sentNs.value(id)) / 1e6);
                }
            });
        }
        if (sent == total)
            tick.stop();
    });
    tick.start(2);
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if ((sent == total && answered == total && int(latenciesMs.size()) >= acknowledged)
            || sending.elapsed() > 1000LL * total / std::max(1, rate) + 20000)
            app.quit();
    });
    done.start(50);
    app.exec();
    const double sendSeconds = double(sending.elapsed()) / 1000;
    QTextStream(stdout) << u"sent %1 at %2/s, acknowledged %3, seen by the second desk %4; POST -> desk latency: "
                           "p50 %5 ms, p95 %6 ms, p99 %7 ms, max %8 ms (%9 s in all)\n"_s.arg(sent)
                               .arg(rate)
                               .arg(acknowledged)
                               .arg(latenciesMs.size())
                               .arg(percentile(latenciesMs, 0.50), 0, 'f', 1)
                               .arg(percentile(latenciesMs, 0.95), 0, 'f', 1)
                               .arg(percentile(latenciesMs, 0.99), 0, 'f', 1)
                               .arg(percentile(latenciesMs, 1.0), 0, 'f', 1)
                               .arg(sendSeconds, 0, 'f', 1);
    QTextStream(stdout)
        << u"  of which POST -> 204: p50 %1 ms, p95 %2 ms; 204 -> desk (for those seen after their 204): "
           "p50 %3 ms, p95 %4 ms\n"_s.arg(percentile(ackMs, 0.50), 0, 'f', 1)
               .arg(percentile(ackMs, 0.95), 0, 'f', 1)
               .arg(percentile(afterAckMs, 0.50), 0, 'f', 1)
               .arg(percentile(afterAckMs, 0.95), 0, 'f', 1);
    return 0;
}
