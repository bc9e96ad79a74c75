// Placeholder until the receiver verbs land: they answer 'not available' with the usage exit code.
#include "clicommands.h"

#include <QTextStream>

namespace roamdesk::cli {

int runReceive(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

int runLog(const QStringList &arguments)
{
    QTextStream(stderr) << arguments.value(0) << ": not available in this build yet\n";
    return ExitUsage;
}

} // namespace roamdesk::cli
