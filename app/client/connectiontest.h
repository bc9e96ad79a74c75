#pragma once

#include "app/client/environment.h"
#include "models/apierror.h"

#include <QObject>

namespace roamdesk {
class TrafficLogModel;
}

namespace roamdesk::api {

class RoamingClient;

/// "Test connection" for a profile as edited, before it is saved: lists its subscriptions through a client
/// of its own (so the window's calls and tokens are untouched), quickly (one retry at most), and reports
/// what happened. Its exchanges appear in the traffic log beside the window's.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    struct Result
    {
        bool ok = false;
        int httpStatus = 0;
        qint64 elapsedMs = 0;
        int subscriptions = 0; // listed, when ok
        ApiError error; // when not ok
        int attempts = 0;
        /// When not ok and the generic sentence for `error` would mislead in a connection test, what to say
        /// instead (a 404 here means no subscriptions API at that address, not a missing device); empty:
        /// the error's own sentence fits.
        QString advice;
    };

    /// `traffic` (not owned, may be null) records the exchanges.
    explicit ConnectionTest(roamdesk::TrafficLogModel *traffic, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Starts a test of `environment`; a test still running is dropped (it never answers). False (and
    /// nothing sent) when the profile is not usable: `problem` says why.
    bool run(const Environment &environment, QString *problem = nullptr);
    bool isRunning() const { return m_running; }
    /// Drops a test still running: finished() does not come for it.
    void cancel();
    /// The sentence for a 404 at `url` in a connection test: the API root is probably wrong.
    static QString notFoundAdvice(const QUrl &url);

Q_SIGNALS:
    void finished(const roamdesk::api::ConnectionTest::Result &result);

private:
    RoamingClient *m_client;
    bool m_running = false;
    quint64 m_generation = 0; // a call of an earlier run or one cancelled does not answer
};

} // namespace roamdesk::api
