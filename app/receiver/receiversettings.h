#pragma once

#include "store/notificationstore.h"

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
    int idleTimeoutMs = DefaultIdleTimeoutMs;
    /// PEM files; TLS is on when both are set.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty() || !tlsKeyFile.isEmpty(); }
    /// The GUI's default for allowUnauthenticated: on only while listening on loopback with no token.
    bool unauthenticatedDefault() const { return address.isLoopback() && tokens.isEmpty(); }
};

} // namespace roamdesk
