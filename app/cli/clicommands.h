#pragma once

// The verbs of roamdesk-cli. Each family lives in its own cli/cmd_<family>.cpp.
// Every function receives the verb's own arguments (argv[0] is "roamdesk-cli <verb>") and returns
// the process exit code (ExitCode; exitCodesHelp() says what each means).

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace roamdesk {
struct Device;
}
namespace roamdesk::api {
class RoamingClient;
}

namespace roamdesk::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the work could not be done: a store that cannot be opened, written or read, a port taken
    ExitUsage = 2, // a bad option or value: nothing was sent
    ExitApiError = 3, // the API, or its OAuth2 token endpoint, answered with an error
    ExitNetworkError = 4, // no answer: connection refused, host not found, timeout, TLS
    ExitStoreDamaged = 5, // the notification store is corrupt: restore it from a copy
    ExitNoStore = 6, // log: there is no notification store at the path given
    ExitPortBusy = 7, // receive: another program listens on the address and port
};

/// The exit codes as --help lists them.
QString exitCodesHelp();

int runSimulator(const QStringList &arguments); // simulator
int runStatus(const QStringList &arguments); // status
int runSubscribe(const QStringList &arguments); // subscribe
int runSubscriptions(const QStringList &arguments); // subscriptions
int runSubscription(const QStringList &arguments); // subscription get|delete ID
int runReceive(const QStringList &arguments); // receive
int runLog(const QStringList &arguments); // log
int runDevices(const QStringList &arguments); // devices
int runJourney(const QStringList &arguments); // journey
int runAlerts(const QStringList &arguments); // alerts
int runSweep(const QStringList &arguments); // sweep (cmd_bulk.cpp)
int runPlan(const QStringList &arguments); // plan apply|keep FILE

/// --phone, --nai, --ipv4, --private-ip, --ipv6 as `status` takes them (cmd_client.cpp).
void addDeviceFlags(QCommandLineParser &parser);
/// The device those flags name; nullopt with `error` set (naming the flag) when they do not name a valid one.
std::optional<Device> deviceFromFlags(const QCommandLineParser &parser, QString *error);

/// The flags every API verb takes (--env, --api-root, --api-key, --bearer, --timeout, --verbose, …; cmd_client.cpp).
void addEnvironmentFlags(QCommandLineParser &parser);
/// A client on the environment those flags name (the in-process simulator started when it is the target), kept
/// alive with what it needs by the pointer; null with `error` set when the flags name no usable environment.
std::shared_ptr<api::RoamingClient> clientFromFlags(const QCommandLineParser &parser, QString *error);

} // namespace roamdesk::cli
