#pragma once

#include "notificationlogsource.h"
#include "receiver/receiversettings.h"
#include "receiver/sinkauthenticator.h"

#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace roamdesk {

class Clock;
class ConnectionTracker;
class GroupCommitWriter;
class SubscriptionRegistry;

/// The webhook sink: an embedded QHttpServer that receives roaming CloudEvents, checks them (content
/// type, size, bearer token, CloudEvent validity, deleted subscriptions) and answers 204 only once the
/// event is committed to the notification store. Commits are grouped on a writer thread; each request's
/// responder is held on this (the HTTP) thread until its commit is done. Limits Qt 6.4 lacks (idle
/// timeout, connection cap, body cap at the socket) come from ConnectionGuard.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    enum class State { Stopped, Listening, Stopping, Failed };
    Q_ENUM(State)

    struct Stats
    {
        qint64 stored = 0; // new notifications committed
        qint64 duplicates = 0; // answered 204 without storing again
        qint64 rejected = 0; // answered 4xx/5xx
        qint64 batches = 0; // commits
    };

    /// `registry` (may be null: only configured tokens count) must outlive the receiver.
    explicit WebhookReceiver(SubscriptionRegistry *registry = nullptr, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    void setSettings(const ReceiverSettings &settings); // takes effect at the next start()
    ReceiverSettings settings() const { return m_settings; }
    void setClock(Clock *clock); // for received times; default Clock::system()

    /// Opens the store (and its writer thread), loads TLS files, binds. False with errorString() set.
    bool start();
    /// Stops accepting, commits and answers what is pending, closes connections, emits stopped().
    /// Synchronous: blocks for at most the commit in progress (milliseconds).
    void stop();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    /// The URL subscriptions should use as sink: the public sink URL when set, else localUrl().
    QUrl sinkUrl() const;
    /// http(s)://address:port/path as bound (valid while listening).
    QUrl localUrl() const;
    quint16 port() const;
    QString databasePath() const;
    Stats stats() const { return m_stats; }
    int openConnections() const;

Q_SIGNALS:
    void stateChanged(roamdesk::WebhookReceiver::State state);
    void errorOccurred(const QString &message);
    /// One per newly stored notification (not for duplicates), after its commit.
    void notificationStored(const roamdesk::NotificationLogRecord &record);
    /// One per commit: refresh a log view from here (NotificationLogModel::scheduleRefresh).
    void batchCommitted(int stored, qint64 newestSeq);
    void requestRejected(int httpStatus, const QString &code, const QString &message);
    void stopped();

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void answerError(QHttpServerResponder &responder, int status, const QByteArray &code, const QString &message);
    void setState(State state);
    bool fail(const QString &message);
    void finishStop();

    ReceiverSettings m_settings;
    SubscriptionRegistry *m_registry;
    std::unique_ptr<NotificationStore> m_ownStore; // when no registry was given
    std::unique_ptr<SubscriptionRegistry> m_ownRegistry; // over m_ownStore
    Clock *m_clock;
    SinkAuthenticator m_authenticator;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<QTcpServer> m_listener;
    ConnectionTracker *m_tracker = nullptr; // owned by m_http
    std::unique_ptr<GroupCommitWriter> m_writer;
    State m_state = State::Stopped;
    QString m_error;
    QString m_databasePath;
    QByteArray m_path;
    Stats m_stats;
};

} // namespace roamdesk
