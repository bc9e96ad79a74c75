// roamdesk-cli: the command-line companion on the same core as the GUI.
// stdout carries only the verb's result (JSON); logs and errors go to stderr.
#include "app/cli/clicommands.h"

#include "app/common/logmasking.h"
#include <QCoreApplication>

#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <vector>

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
        {QStringLiteral("subscription"),
            {runSubscription, "Get or delete one subscription: subscription get|delete ID"}},
        {QStringLiteral("simulator"), {runSimulator, "Run the roaming network simulator headless"}},
        {QStringLiteral("receive"), {runReceive, "Receive roaming CloudEvents into a notification store"}},
        {QStringLiteral("log"), {runLog, "Print stored notifications as JSON Lines or CSV"}},
        {QStringLiteral("devices"), {runDevices, "Print every stored device's roaming state"}},
        {QStringLiteral("journey"), {runJourney, "Print one device's journey: countries and roaming over time"}},
        {QStringLiteral("alerts"), {runAlerts, "Evaluate the alert rules over a notification store"}},
        {QStringLiteral("sweep"), {runSweep, "Look up every device of a CSV or JSON Lines file within the quota"}},
        {QStringLiteral("plan"), {runPlan, "Keep a subscription plan true: plan apply|keep FILE"}},
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
        << "Run 'roamdesk-cli <verb> --help' for a verb's options.\n\n"
        << roamdesk::cli::exitCodesHelp();
}

} // namespace

QString roamdesk::cli::exitCodesHelp()
{
    return QCoreApplication::translate("roamdesk::cli",
        "Exit codes:\n"
        "  0  ok\n"
        "  1  failure: the notification store cannot be opened, written or read; the receiver (other than on a\n"
        "     busy port) or the simulator cannot listen; the simulator's state file cannot be read or written\n"
        "  2  usage: a bad option or value, or a file that does not validate (nothing was sent)\n"
        "  3  API error: the API or its OAuth2 token endpoint answered with an error\n"
        "  4  network error: no answer (connection refused, host not found, timeout, TLS)\n"
        "  5  the notification store is damaged (SQLite finds it corrupt): restore it from a copy\n"
        "  6  log, devices, journey, alerts: there is no notification store at the --db path\n"
        "  7  receive: the port is in use by another program (choose another with --port)\n");
}

int main(int argc, char *argv[])
{
    // A verb runs as if it were its own program: argv[0] becomes "roamdesk-cli <verb>", so that
    // QCommandLineParser's usage line and messages name the verb.
    QByteArray verbProgram;
    std::vector<char *> verbArgv(argv, argv + argc);
    if (argc >= 2 && verbs().count(QString::fromLocal8Bit(argv[1])) > 0) {
        verbProgram = QByteArray("roamdesk-cli ") + argv[1];
        verbArgv.erase(verbArgv.begin() + 1);
        verbArgv[0] = verbProgram.data();
    }
    int verbArgc = int(verbArgv.size());
    verbArgv.push_back(nullptr);

    roamdesk::logmasking::install(); // before anything logs: no secret reaches stderr, whatever the rules say
    QCoreApplication app(verbArgc, verbArgv.data());
    QCoreApplication::setApplicationName(QStringLiteral("roamdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoamDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROAMDESK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (!verbProgram.isEmpty()) {
        const QString verb = QString::fromLocal8Bit(verbProgram).section(QLatin1Char(' '), 1);
        return verbs().at(verb).run(arguments);
    }
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
    QTextStream(stderr) << "roamdesk-cli: unknown verb '" << first << "'\n\n";
    printUsage(stderr);
    return roamdesk::cli::ExitUsage;
}
