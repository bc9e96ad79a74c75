#pragma once

#include "app/receiver/receiversettings.h"
#include "app/receiver/sinkauthenticator.h"
#include "app/store/groupcommitwriter.h"
#include "models/notificationlogsource.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <unordered_map>
#include <vector>

namespace roamdesk {

namespace http {
class HttpConnection;
class HttpServer;
struct Request;
struct Response;
} // namespace http

class Clock;
class RequestWorker;
struct ReceivedRequest;
struct RequestVerdict;
class SubscriptionRegistry;

/// The webhook sink: an embedded HTTP/1.1 server (http::HttpServer) that receives roaming CloudEvents, checks them
/// (content type, size, bearer token, CloudEvent validity, deleted subscriptions) and answers 204 only once the event
/// is committed to the notification store. The HTTP thread (this object's) only frames requests and writes answers: a
/// request worker thread checks the token, parses and validates the CloudEvent and builds its log record; commits are
/// grouped on a writer thread. Each request's answer slot is held on this thread until its answer is known; the
/// connection writes answers in request order.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    /// How often a shared store's subscriptions are read again.
    static constexpr int SharedSubscriptionPollMs = 500;

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
    /// A request held on this thread while the worker and the writer have it.
    struct Held
    {
        QPointer<http::HttpConnection> connection; // null once the client went away
        quint64 slot = 0;
    };

    bool isSinkPath(const QByteArray &target) const;
    void handle(http::HttpConnection *connection, quint64 slot, http::Request &&request);
    /// Runs on the worker thread: reads only what stays fixed while listening (and the locked registry).
    RequestVerdict check(const ReceivedRequest &request) const;
    void finishRefused(const QList<RequestVerdict> &refused);
    void finishStored(quint64 ticket, const GroupCommitWriter::Outcome &outcome);
    void stopWorker();
    void handOver(); // what handle() collected, to the worker
    /// Counts and signals the refusal, and answers it when the client is still there.
    void answerError(const Held &held, int status, const QByteArray &code, const QString &message);
    void countRefusal(int status, const QByteArray &code, const QString &message);
    void setState(State state);
    bool fail(const QString &message);
    void finishStop();

    ReceiverSettings m_settings;
    SubscriptionRegistry *m_registry;
    std::unique_ptr<NotificationStore> m_ownStore; // when no registry was given
    std::unique_ptr<SubscriptionRegistry> m_ownRegistry; // over m_ownStore
    Clock *m_clock;
    SinkAuthenticator m_authenticator;
    std::unique_ptr<http::HttpServer> m_http;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<RequestWorker> m_worker;
    std::unordered_map<quint64, Held> m_held; // by the writer's ticket
    std::vector<ReceivedRequest> m_handoff; // read in this pass of the event loop, not handed over yet
    State m_state = State::Stopped;
    QString m_error;
    QString m_databasePath;
    QByteArray m_path;
    Stats m_stats;
    QTimer m_subscriptionPoll; // reads a shared store's subscriptions again (other desks add them)
};

} // namespace roamdesk
