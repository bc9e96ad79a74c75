#pragma once

#include "apierror.h"
#include "client/environment.h"

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
    };

    /// `traffic` (not owned, may be null) records the exchanges.
    explicit ConnectionTest(roamdesk::TrafficLogModel *traffic, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Starts a test of `environment`; a test still running is dropped. False (and nothing sent) when the
    /// profile is not usable: `problem` says why.
    bool run(const Environment &environment, QString *problem = nullptr);
    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void finished(const roamdesk::api::ConnectionTest::Result &result);

private:
    RoamingClient *m_client;
    bool m_running = false;
};

} // namespace roamdesk::api
