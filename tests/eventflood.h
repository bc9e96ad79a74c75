#pragma once

// Roaming CloudEvents as a sender posts them, and a flood of them over loopback for the load tests.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace eventflood {

inline QByteArray cloudEvent(const QString &id, const QString &type = QStringLiteral("roaming-on"),
    const QString &phone = QStringLiteral("+33612345678"))
{
    const QJsonObject object{{QStringLiteral("id"), id},
        {QStringLiteral("source"), QStringLiteral("https://notifications.example.net")},
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("type"), QStringLiteral("org.camaraproject.device-roaming-status-subscriptions.v0.") + type},
        {QStringLiteral("time"), QStringLiteral("2024-03-01T08:15:00.125Z")},
        {QStringLiteral("data"),
            QJsonObject{{QStringLiteral("device"), QJsonObject{{QStringLiteral("phoneNumber"), phone}}},
                {QStringLiteral("subscriptionId"), QStringLiteral("sub-1")}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Keeps requests of fresh events in flight over loopback while `more()` says so: Clients connection pools
/// with InFlightEach requests each, so requests queue on every connection; each answer sends the next one.
/// `answered` hears every event id with its status (0: no answer).
class EventFlood
{
public:
    static constexpr int Clients = 4; // each QNetworkAccessManager opens up to 6 connections
    static constexpr int InFlightEach = 12;

    /// Events with the ids `nextId` gives, until it gives none.
    EventFlood(const QUrl &sink, const QByteArray &token, std::function<std::optional<QString>()> nextId,
        std::function<void(const QString &id, int status)> answered)
        : m_sink(sink)
        , m_token(token)
        , m_nextId(std::move(nextId))
        , m_answered(std::move(answered))
    {
        for (int c = 0; c < Clients; ++c) {
            m_clients.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < InFlightEach; ++i)
                sendOne(m_clients.back().get());
        }
    }
    /// Fresh events (ids prefix-0, prefix-1, …) while `more()` says so.
    EventFlood(const QUrl &sink, const QString &prefix, const QByteArray &token, std::function<bool()> more,
        std::function<void(const QString &id, int status)> answered)
        : EventFlood(
            sink, token,
            [prefix, more = std::move(more), n = 0]() mutable -> std::optional<QString> {
                if (!more())
                    return std::nullopt;
                return QStringLiteral("%1-%2").arg(prefix).arg(n++);
            },
            std::move(answered))
    {
    }
    int sent() const { return m_sent; }

private:
    void sendOne(QNetworkAccessManager *nam)
    {
        const std::optional<QString> next = m_nextId();
        if (!next)
            return;
        ++m_sent;
        const QString id = *next;
        QNetworkRequest request(m_sink);
        request.setRawHeader("Content-Type", "application/cloudevents+json");
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = nam->post(request, cloudEvent(id));
        QObject::connect(reply, &QNetworkReply::finished, nam, [this, reply, id, nam] {
            reply->deleteLater();
            m_answered(id, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            sendOne(nam);
        });
    }

    QUrl m_sink;
    QByteArray m_token;
    std::function<std::optional<QString>()> m_nextId;
    std::function<void(const QString &, int)> m_answered;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_clients;
    int m_sent = 0;
};

} // namespace eventflood
