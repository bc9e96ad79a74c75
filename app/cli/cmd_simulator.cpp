// roamdesk-cli simulator: the embedded roaming network, headless. The first stdout line is the apiRoot;
// SIGINT/SIGTERM stop it cleanly (live subscriptions get NETWORK_TERMINATED first).
#include "clicommands.h"

#include "simulator/scenarioplayer.h"
#include "simulator/simulatednetwork.h"
#include "simulator/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace roamdesk::cli {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// Turns SIGINT/SIGTERM into a Qt signal through a socket pair (the only async-signal-safe way).
bool installSignalHandlers(QObject *context, const std::function<void()> &handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, handler] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        handler();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return true;
}
#endif

QString resolveScenario(const QString &value)
{
    if (QFileInfo::exists(value) || value.startsWith(QLatin1String(":/")))
        return value;
    // A bare name picks a built-in scenario: "europe-tour" -> :/roamdesk/scenarios/europe-tour.json
    for (const QString &path : sim::SimulatorServer::builtInScenarios()) {
        if (QFileInfo(path).completeBaseName() == value)
            return path;
    }
    return value;
}

} // namespace

int runSimulator(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Runs the RoamDesk roaming network simulator (CAMARA Device Roaming Status v1, subscriptions v0.7 "
        "and v0.8) until SIGINT/SIGTERM. Prints the apiRoot on the first line."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
        QCoreApplication::translate("cli", "Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("cli", "Port (default 0: chosen by the system)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QCoreApplication::translate("cli", "Scenario file, or the name of a built-in one (%1).").arg([] {
            QStringList names;
            for (const QString &path : sim::SimulatorServer::builtInScenarios())
                names.append(QFileInfo(path).completeBaseName());
            return names.join(QStringLiteral(", "));
        }()),
        QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QCoreApplication::translate("cli", "Scenario speed factor (default 1)."), QStringLiteral("X"),
        QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("require-token"),
        QCoreApplication::translate("cli", "Require this bearer token (or X-RapidAPI-Key)."), QStringLiteral("T"));
    const QCommandLineOption state(QStringLiteral("state"),
        QCoreApplication::translate("cli", "State file: devices and subscriptions survive a restart."),
        QStringLiteral("FILE"));
    const QCommandLineOption allowSink(QStringLiteral("allow-sink"),
        QCoreApplication::translate("cli",
            "Also send webhooks to HOST (a name, an address or ADDRESS/PREFIX), on PORT only when given; "
            "repeatable. By default webhooks go only to loopback (127.0.0.0/8, ::1, localhost). Names are not "
            "resolved for this check; link-local and cloud metadata addresses (169.254.0.0/16, fe80::/10, "
            "fd00:ec2::254, ...) are always refused."),
        QStringLiteral("HOST[:PORT]"));
    parser.addOptions({host, port, scenario, speed, token, state, allowSink});

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << arguments.value(0) << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << arguments.value(0) << ": unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    const QHostAddress address(
        parser.value(host) == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : parser.value(host));
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    bool speedOk = false;
    const double speedValue = parser.value(speed).toDouble(&speedOk);
    if (address.isNull() || !portOk || portNumber > 65535 || !speedOk || speedValue <= 0) {
        err << arguments.value(0) << ": invalid --host, --port or --speed\n";
        return ExitUsage;
    }

    sim::SimulatorServer server;
    for (const QString &value : parser.values(allowSink)) {
        const std::optional<sim::SinkRule> rule = sim::SinkRule::parse(value);
        if (!rule) {
            err << arguments.value(0) << ": "
                << QCoreApplication::translate("cli", "invalid --allow-sink '%1': expected HOST[:PORT]").arg(value)
                << '\n';
            return ExitUsage;
        }
        server.allowSink(rule->host, rule->port);
    }
    if (parser.isSet(state) && !server.setStateFile(parser.value(state))) {
        err << arguments.value(0) << ": " << server.errorString() << '\n';
        return ExitFailure;
    }
    if (parser.isSet(token))
        server.setRequiredToken(parser.value(token));
    if (parser.isSet(scenario)) {
        if (!server.loadScenario(resolveScenario(parser.value(scenario)))) {
            err << arguments.value(0) << ": scenario " << parser.value(scenario) << ": "
                << server.scenarioError().toString() << '\n';
            return ExitUsage;
        }
    }
    if (!server.listen(address, quint16(portNumber))) {
        err << arguments.value(0) << ": " << server.errorString() << '\n';
        return ExitNetworkError;
    }
    QTextStream out(stdout);
    out << server.apiRoot().toString() << Qt::endl;

    if (parser.isSet(scenario)) {
        server.setSpeed(speedValue);
        server.play();
    }
    auto stop = [&server] {
        server.shutdown();
        QCoreApplication::quit();
    };
#ifdef Q_OS_UNIX
    installSignalHandlers(&server, stop);
#endif
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailure;
}

} // namespace roamdesk::cli
