#pragma once

// The verbs of roamdesk-cli. Each family lives in its own cli/cmd_<family>.cpp.
// Every function receives the verb's own arguments (argv[0] is "roamdesk-cli <verb>") and returns
// the process exit code: 0 ok, 2 usage, 3 API error, 4 network error.

#include <QStringList>

namespace roamdesk::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitApiError = 3, ExitNetworkError = 4 };

int runSimulator(const QStringList &arguments); // simulator
int runStatus(const QStringList &arguments); // status
int runSubscribe(const QStringList &arguments); // subscribe
int runSubscriptions(const QStringList &arguments); // subscriptions
int runSubscription(const QStringList &arguments); // subscription get|delete ID
int runReceive(const QStringList &arguments); // receive
int runLog(const QStringList &arguments); // log

} // namespace roamdesk::cli
