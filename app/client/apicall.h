#pragma once

#include "app/client/environment.h"
#include "models/apierror.h"
#include "models/roamingstatus.h"
#include "models/subscription.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <variant>

class QNetworkReply;

namespace roamdesk::api {

class RoamingClient;

/// 202 Accepted of an asynchronous create or delete: only the subscription id is known.
struct AsyncAccepted
{
    QString id;
};

/// 204 No Content (delete) — the call succeeded and there is nothing to show.
struct NoContent
{
};

/// What a finished call produced: an error, or the typed answer of its operation.
using ApiResult = std::variant<ApiError, RoamingStatus, Subscription, QList<Subscription>, AsyncAccepted, NoContent>;

/// One asynchronous API call (all of its attempts). Created by RoamingClient, parented to it; emits
/// finished() exactly once (also after cancel()), then the owner may deleteLater() it.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class Operation { RetrieveStatus, CreateSubscription, GetSubscription, ListSubscriptions, DeleteSubscription };
    Q_ENUM(Operation)

    ~ApiCall() override;

    Operation operation() const { return m_operation; }
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    /// The x-correlator sent with every attempt of this call (a UUID without braces).
    QString correlator() const { return m_correlator; }
    /// retrieve, GET and DELETE may be repeated after a 502/503/504 or a connection failure; create not.
    bool isSafeToRepeat() const { return m_operation != Operation::CreateSubscription; }

    bool isFinished() const { return m_state == State::Finished; }
    bool isCancelled() const { return m_cancelled; }
    /// Valid once finished.
    const ApiResult &result() const { return m_result; }
    bool ok() const { return isFinished() && !std::holds_alternative<ApiError>(m_result); }
    /// The error of a failed call; a default ApiError otherwise.
    ApiError error() const;

    // Typed access to the answer; nullptr when the call failed or is of another operation.
    const RoamingStatus *roamingStatus() const { return std::get_if<RoamingStatus>(&m_result); }
    const Subscription *subscription() const { return std::get_if<Subscription>(&m_result); }
    const QList<Subscription> *subscriptions() const { return std::get_if<QList<Subscription>>(&m_result); }
    const AsyncAccepted *accepted() const { return std::get_if<AsyncAccepted>(&m_result); }

    /// Status and body of the last HTTP answer, exactly as received (0 / empty when none arrived).
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseBody() const { return m_responseBody; }
    /// The Retry-After header of the last HTTP answer ("" when it had none).
    QByteArray retryAfter() const { return m_retryAfter; }

    /// HTTP attempts made (0 when the call was refused before sending, e.g. an invalid device, and when the
    /// OAuth2 token endpoint refused the client).
    int attempts() const { return m_attempts; }
    /// Refused here, before anything was sent (an invalid device, an unusable environment): nothing reached
    /// a server, not even the token endpoint.
    bool refusedBeforeSending() const { return m_refusedBeforeSending; }
    /// The waits scheduled before each retry, in ms (for the inspector and tests).
    QList<int> retryDelaysMs() const { return m_retryDelaysMs; }
    /// The most attempts the retry policy allows this call (the first one included).
    int maxAttempts() const;
    /// Wall time from start to finish (or until now).
    qint64 elapsedMs() const;

    /// With auto-delete on, the call deletes itself (deleteLater) right after emitting finished().
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

public Q_SLOTS:
    /// Aborts whatever is in progress; finished() is emitted (synchronously) with Transport::Cancelled.
    /// Does nothing once finished.
    void cancel();

Q_SIGNALS:
    void finished();
    /// A retry of this call is scheduled after `delayMs`; `nextAttempt` counts from 1 up to maxAttempts().
    void retrying(int nextAttempt, int delayMs);

private:
    friend class RoamingClient;
    enum class State { Idle, WaitingForToken, InFlight, BackingOff, Finished };

    ApiCall(RoamingClient *client, Operation operation, const Environment &environment, const QByteArray &method,
        const QUrl &url, const QByteArray &body);

    void start();
    void onToken(const QString &token);
    void onTokenFailed(const ApiError &error);
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finishWith(ApiResult result);
    void finishLater(ApiResult result); // for failures found before anything async happened
    ApiResult parseSuccess(int status, const QByteArray &body) const;

    QPointer<RoamingClient> m_client;
    Operation m_operation;
    Environment m_environment; // a snapshot: switching profiles never changes a running call
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QString m_correlator;
    QString m_accessToken; // OAuth2 token for this call (memory only)
    bool m_tokenFromCache = false;
    bool m_refreshedToken = false;

    State m_state = State::Idle;
    bool m_cancelled = false;
    bool m_autoDelete = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timeoutTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    qint64 m_finishedAfterMs = -1;
    QDateTime m_attemptStartedAt;

    int m_attempts = 0;
    bool m_refusedBeforeSending = false;
    QList<int> m_retryDelaysMs;
    int m_httpStatus = 0;
    QByteArray m_responseBody;
    QByteArray m_retryAfter;
    ApiResult m_result;
};

} // namespace roamdesk::api
