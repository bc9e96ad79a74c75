// roamdesk-cli: the command-line companion on the same core as the GUI.
// stdout carries only the verb's result (JSON); logs and errors go to stderr.
#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace {

struct Verb
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Verb> &verbs()
{
    using namespace roamdesk::cli;
    static const std::map<QString, Verb> table{
        {QStringLiteral("status"), {runStatus, "Retrieve a device's roaming status"}},
        {QStringLiteral("subscribe"), {runSubscribe, "Create a roaming-status subscription"}},
        {QStringLiteral("subscriptions"), {runSubscriptions, "List subscriptions"}},
        {QStringLiteral("subscription"), {runSubscription, "Get or delete one subscription: subscription get|delete ID"}},
        {QStringLiteral("simulator"), {runSimulator, "Run the roaming network simulator headless"}},
        {QStringLiteral("receive"), {runReceive, "Receive roaming CloudEvents into a notification store"}},
        {QStringLiteral("log"), {runLog, "Print stored notifications as JSON Lines or CSV"}},
    };
    return table;
}

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << "Usage: roamdesk-cli <verb> [options]\n\n"
        << "RoamDesk command-line companion for the CAMARA Device Roaming Status APIs.\n\nVerbs:\n";
    for (const auto &[name, verb] : verbs())
        out << "  " << name.leftJustified(15) << verb.summary << '\n';
    out << "\nOptions:\n  -h, --help     Show this help\n  -v, --version  Show the version\n\n"
        << "Run 'roamdesk-cli <verb> --help' for a verb's options.\n"
        << "Exit codes: 0 ok, 2 usage, 3 API error, 4 network error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roamdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoamDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROAMDESK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return roamdesk::cli::ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printUsage(stdout);
        return roamdesk::cli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        QTextStream(stdout) << "roamdesk-cli " << ROAMDESK_VERSION << " (Qt " << qVersion() << ")\n";
        return roamdesk::cli::ExitOk;
    }
    const auto verb = verbs().find(first);
    if (verb == verbs().end()) {
        QTextStream(stderr) << "roamdesk-cli: unknown verb '" << first << "'\n\n";
        printUsage(stderr);
        return roamdesk::cli::ExitUsage;
    }
    QStringList verbArguments = arguments.mid(2);
    verbArguments.prepend(QStringLiteral("roamdesk-cli ") + first);
    return verb->second.run(verbArguments);
}
