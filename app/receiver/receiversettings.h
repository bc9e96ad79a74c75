#pragma once

#include "app/store/notificationstore.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace roamdesk {

/// Everything a WebhookReceiver can be told. Defaults are the safe ones: loopback, a body cap,
/// a connection cap, an idle timeout, no unauthenticated sinks.
struct ReceiverSettings
{
    static constexpr quint16 DefaultPort = 8787;
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024;
    static constexpr int DefaultMaxConnections = 1024;
    static constexpr int DefaultIdleTimeoutMs = 30'000;
    static constexpr int DefaultHeadTimeoutMs = 10'000;
    static constexpr int DefaultBodyTimeoutMs = 30'000;
    static constexpr int DefaultMaxConnectionsPerPeer = 512;

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0: any free port (see WebhookReceiver::port())
    QString path = QStringLiteral("/notifications");
    /// What subscriptions should use as their sink when the receiver is reached through NAT, a tunnel or
    /// a reverse proxy; empty: the local URL.
    QUrl publicSinkUrl;
    /// Empty: SqliteNotificationStore::defaultPath().
    QString databasePath;
    NotificationStore::Durability durability = NotificationStore::Durability::Normal;
    /// Bearer tokens accepted for events of subscriptions RoamDesk does not know (or knows without a token).
    QStringList tokens;
    /// Accept requests without Authorization (never those with a wrong one).
    bool allowUnauthenticated = false;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    int maxConnections = DefaultMaxConnections;
    /// How long a kept-alive connection may wait for its next request.
    int idleTimeoutMs = DefaultIdleTimeoutMs;
    /// A request's head must arrive whole within this from its first byte, its body within
    /// bodyTimeoutMs after the head, however slowly the bytes trickle in (408 otherwise).
    int headTimeoutMs = DefaultHeadTimeoutMs;
    int bodyTimeoutMs = DefaultBodyTimeoutMs;
    /// One peer address may hold at most this many of the maxConnections (503 beyond).
    int maxConnectionsPerPeer = DefaultMaxConnectionsPerPeer;
    /// PEM files; TLS is on when both are set.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty() || !tlsKeyFile.isEmpty(); }
    /// The GUI's default for allowUnauthenticated: on only while listening on loopback with no token.
    bool unauthenticatedDefault() const { return address.isLoopback() && tokens.isEmpty(); }
};

} // namespace roamdesk
