#pragma once

#include "apierror.h"
#include "device.h"
#include "notification.h"
#include "notificationlogsource.h"
#include "roamingstatus.h"
#include "subscription.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

#include <functional>

class QAbstractItemModel;

namespace roamdesk::api {
class ApiCall;
class EnvironmentStore;
class SecretStore;
} // namespace roamdesk::api

namespace roamdesk {

class Clock;
struct KnownSubscription;
class SimDeviceModel;
class SubscriptionTableModel;

/// Owns and wires the services behind the GUI, without widgets: the embedded simulator, the webhook
/// receiver with its store and log model, and the API client on the current environment. Every request
/// is asynchronous and answers through a signal carrying the id the call returned; nothing here waits on
/// the network or the database on the calling thread.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Options
    {
        QString databasePath; // empty: SqliteNotificationStore::defaultPath()
        bool startSimulator = true; // the embedded simulator (the default environment's backend)
        QHostAddress receiverHost = QHostAddress::LocalHost;
        quint16 receiverPort = 8787; // ReceiverSettings::DefaultPort; 0: let the OS choose
        quint16 simulatorPort = 0;
        Clock *clock = nullptr; // null: the system clock
        bool fastRetries = false; // tests: back off milliseconds, not seconds
        // Settings dialog (issue 7): where secrets go and the receiver's outside view.
        api::SecretStore *secretStore = nullptr; // not owned; null: a FileSecretStore in AppConfigLocation
        QUrl publicSinkUrl; // ReceiverSettings::publicSinkUrl
        QString tlsCertificateFile; // PEM; TLS when both files are set
        QString tlsKeyFile;
    };

    enum class Operation { Lookup, Create, List, Get, Delete };
    Q_ENUM(Operation)

    struct Environment
    {
        QString id;
        QString name;
        bool isSimulator = false;
    };

    /// The few settings of a profile the window edits itself (the full editor is the client's concern).
    struct EnvironmentSettings
    {
        QString id;
        QUrl apiRoot;
        bool apiRootEditable = false; // custom endpoints only; the built-ins have fixed hosts
        QString secretLabel; // "Application key (X-RapidAPI-Key)", "Bearer token", … ; empty: none
        QString secret;
        QString subscriptionsVersion; // "v0.7" or "v0.8"
    };

    explicit Session(QObject *parent = nullptr);
    explicit Session(const Options &options, QObject *parent = nullptr);
    ~Session() override;

    /// Starts the simulator and the receiver and opens the store. False with `error` set when a
    /// listener could not start; the window still opens and shows that state.
    bool start(QString *error = nullptr);
    /// Stops everything (the simulator ends live subscriptions with NETWORK_TERMINATED first).
    void shutdown();

    // Environments
    QList<Environment> environments() const;
    QString currentEnvironmentId() const;
    Environment currentEnvironment() const;
    bool isSimulatorEnvironment() const;
    void setEnvironment(const QString &id);
    EnvironmentSettings environmentSettings(const QString &id) const;
    /// Saves (secrets through the client's secret store, never in the settings file) and applies them when
    /// the profile is the current one. False with `error` set when the profile would not be usable.
    bool saveEnvironmentSettings(const EnvironmentSettings &settings, QString *error = nullptr);
    static QStringList subscriptionsVersions();
    QUrl apiRoot() const;
    /// The profiles behind environments() and the secret store they use (for the settings dialog).
    api::EnvironmentStore *environmentStore() const;
    api::SecretStore *secretStore() const;
    /// Applies the current profile again after it was edited (settings dialog) and announces it.
    void reloadEnvironment();

    // Receiver
    QUrl sinkUrl() const;
    bool receiverListening() const;
    QString receiverError() const;
    /// A fresh random bearer token for a sink credential.
    static QString generateSinkToken();

    // Models the window shows (owned by the session).
    SubscriptionTableModel *subscriptionModel() const;
    SimDeviceModel *simDeviceModel() const;
    QAbstractItemModel *notificationLogModel() const;
    QAbstractItemModel *trafficModel() const;
    /// Narrows the notification log: free text plus optional type, device and subscription.
    void setLogFilter(const QString &text, const QString &type, const QString &device, const QString &subscription);
    /// The raw CloudEvent JSON of a log row if it has been read; otherwise empty, and it is asked for
    /// (logJsonReady follows).
    QByteArray logRowJson(int row) const;
    /// Asks for the raw CloudEvent JSON of the log row with this seq (NotificationLogModel::SeqRole);
    /// logJsonReady answers. The store is read on the log's reader thread.
    void requestLogJson(qint64 seq);
    /// The log is reading its first page after a filter change, or a further page.
    bool logLoading() const;
    /// Number of notifications stored (all, unfiltered).
    qint64 storedNotificationCount() const;
    /// Writes the log as filtered now to `path` (JSON Lines or CSV) on a worker thread with its own store
    /// connection; answers with logExported(). False when an export is already running or nothing is open.
    bool exportLog(const QString &path, bool csv);
    /// "copy as curl" for a traffic row; secrets stay ${PLACEHOLDERS} unless `revealSecrets`.
    QString trafficCurl(int row, bool revealSecrets = false) const;

    // API calls: each returns an id echoed by the answering signal.
    quint64 lookup(const Device &device);
    quint64 createSubscription(const SubscriptionRequest &request);
    quint64 refreshSubscriptions();
    quint64 fetchSubscription(const QString &id);
    quint64 deleteSubscription(const QString &id);

    // Simulator controls (no-ops without an embedded simulator).
    bool hasSimulator() const;
    QUrl simulatorApiRoot() const;
    void moveDevice(const QString &key, int mcc);
    void sendHome(const QString &key);
    QStringList scenarioNames() const;
    bool loadScenario(const QString &nameOrFile, QString *error = nullptr);
    void playScenario();
    void pauseScenario();
    bool scenarioPlaying() const;
    void setScenarioSpeed(double factor);
    double scenarioSpeed() const;

Q_SIGNALS:
    void lookupFinished(quint64 requestId, const roamdesk::Device &device, const roamdesk::RoamingStatus &status);
    void subscriptionCreated(quint64 requestId, const roamdesk::Subscription &subscription);
    void subscriptionFetched(quint64 requestId, const roamdesk::Subscription &subscription);
    void subscriptionsRefreshed(quint64 requestId, int count);
    void subscriptionDeleted(quint64 requestId, const QString &id);
    /// `attempts` counts the HTTP attempts made (retries included; 0 when refused before sending).
    void requestFailed(
        quint64 requestId, roamdesk::Session::Operation operation, const roamdesk::ApiError &error, int attempts);

    /// Notifications just committed by the receiver (batched per commit).
    void notificationsArrived(int count);
    /// roaming-on and change-country notifications just committed (for tray alerts; capped per commit).
    void alertsArrived(const QList<roamdesk::NotificationLogRecord> &records);
    /// A subscription-ends / -ended arrived for `id`.
    void subscriptionEnded(const QString &id, const QString &reason);
    void receiverStateChanged();
    void environmentChanged();
    void logExported(bool ok, qint64 written, const QString &path, const QString &error);
    /// The first page for a new log filter is being read on the log's thread (true), or is shown (false).
    void logFiltering(bool busy);
    /// A further page of the log (scrolling down) is being read (true), or has been appended (false).
    void logFetching(bool busy);
    /// The raw CloudEvent JSON asked for with requestLogJson() (empty when the row is unknown).
    void logJsonReady(qint64 seq, const QByteArray &json);
    void simulatorChanged();
    /// Scenario playback position (scenario time, not wall time).
    void scenarioProgress(qint64 positionMs, qint64 durationMs);

private:
    quint64 track(api::ApiCall *call, std::function<void(quint64, api::ApiCall *)> onSuccess);
    void applyEnvironment();
    bool startReceiver(QStringList *problems);
    void stopReceiver();
    void rememberSubscription(const Subscription &subscription, const QString &sinkToken);
    void markSubscriptionDeleted(const QString &id);
    void refreshEventCounts();
    static Subscription fromKnown(const KnownSubscription &known);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace roamdesk
