#pragma once

// Test helpers for the simulator tests: a blocking-free HTTP call helper on a real QNetworkAccessManager and a
// real QHttpServer sink that records CloudEvents (and can answer late, or with chosen statuses).

#include "common/httpservercompat.h"
#include <QEventLoop>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace simtest {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class HttpClient
{
public:
    HttpClient() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit); // guard only: a healthy answer takes milliseconds
        if (!reply->isFinished())
            loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.json = QJsonDocument::fromJson(result.body);
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
};

/// A webhook receiver on loopback that records what it gets.
class Sink : public QObject
{
public:
    struct Received
    {
        QByteArray path;
        QByteArray body;
        QJsonObject json;
        QByteArray authorization;
        QByteArray contentType;
        QByteArray correlator;
        QString type() const { return json.value(QStringLiteral("type")).toString(); }
        QString shortType() const { return type().section(QLatin1Char('.'), -1); }
        QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    };

    Sink()
    {
        m_tcp = new QTcpServer(this);
        m_tcp->listen(QHostAddress::LocalHost, 0);
        m_server.bind(m_tcp);
        roamdesk::httpcompat::setMissingHandler(
            m_server, this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                handle(request, std::move(responder));
            });
    }

    QUrl url(const QString &path = QStringLiteral("/notify")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_tcp->serverPort()).arg(path));
    }

    QList<Received> received;
    QList<int> statuses; // answered in order, then 204
    bool defer = false; // keep answers pending until release()
    int inFlight = 0;
    int maxInFlight = 0;
    int requests = 0;

    /// Events of one subscription, by short type ("roaming-on", "subscription-ends").
    QStringList typesFor(const QString &subscriptionId) const
    {
        QStringList types;
        for (const Received &r : received) {
            if (r.data().value(QStringLiteral("subscriptionId")).toString() == subscriptionId)
                types.append(r.shortType());
        }
        return types;
    }
    QList<Received> eventsFor(const QString &subscriptionId) const
    {
        QList<Received> list;
        for (const Received &r : received) {
            if (r.data().value(QStringLiteral("subscriptionId")).toString() == subscriptionId)
                list.append(r);
        }
        return list;
    }

    void releaseOne()
    {
        if (m_pending.empty())
            return;
        auto responder = std::move(m_pending.front());
        m_pending.erase(m_pending.begin());
        --inFlight;
        responder->write(QHttpServerResponder::StatusCode::NoContent);
    }
    int pendingCount() const
    {
        return int(m_pending.size());
    }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        ++requests;
        const int status = statuses.isEmpty() ? 204 : statuses.takeFirst();
        if (status < 300) {
            Received r;
            r.path = request.url().path().toUtf8();
            r.body = request.body();
            r.json = QJsonDocument::fromJson(r.body).object();
            r.authorization = request.value("Authorization");
            r.contentType = request.value("Content-Type");
            r.correlator = request.value("x-correlator");
            received.append(r);
        }
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        if (defer && status < 300) {
            m_pending.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        --inFlight;
        responder.write(static_cast<QHttpServerResponder::StatusCode>(status));
    }

    QTcpServer *m_tcp = nullptr;
    QHttpServer m_server;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_pending;
};

inline const char *typeWire(const char *shortName)
{
    static QHash<QByteArray, QByteArray> cache;
    QByteArray &value = cache[shortName];
    if (value.isEmpty())
        value = QByteArray("org.camaraproject.device-roaming-status-subscriptions.v0.") + shortName;
    return value.constData();
}

} // namespace simtest
