// Placeholder until the client verbs land: they answer 'not available' with the usage exit code.
#include "clicommands.h"

#include <QTextStream>

namespace roamdesk::cli {

int runStatus(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

int runSubscribe(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

int runSubscriptions(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

int runSubscription(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

} // namespace roamdesk::cli
