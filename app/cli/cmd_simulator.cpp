// roamdesk-cli simulator: the embedded roaming network, headless. The first stdout line is the apiRoot;
// stderr gets one line per scenario step; SIGINT/SIGTERM stop it cleanly (live subscriptions get
// NETWORK_TERMINATED first, unless a state file keeps them).
#include "app/cli/clicommands.h"

#include "app/simulator/fleetgenerator.h"
#include "app/simulator/scenarioplayer.h"
#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatorserver.h"

#include "models/countrytable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <memory>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const QString Program = QStringLiteral("roamdesk-cli: ");

QString exitCodes()
{
    return tr("Exit codes:\n"
              "  0  stopped by SIGINT/SIGTERM\n"
              "  1  failure: the address or port cannot be listened on, the state file cannot be read or written\n"
              "  2  usage: a bad option or value (--fleet outside 0..100000), a scenario file that is refused\n");
}

/// "+99999991001 -> FR France (208)" for a step; "home" when it goes home.
QString describeMove(const QString &key, int mcc)
{
    if (mcc == 0)
        return tr("%1 -> home").arg(key);
    const QStringList iso = CountryTable::instance().isoCodes(mcc);
    return tr("%1 -> %2 (%3)").arg(key, iso.isEmpty() ? tr("no country") : CountryTable::describe(iso)).arg(mcc);
}

} // namespace

int runSimulator(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Runs the RoamDesk roaming network simulator (CAMARA Device Roaming Status v1, subscriptions v0.7 "
        "and v0.8) until SIGINT/SIGTERM. Prints the apiRoot on the first line, then one stderr line per "
        "scenario step."));
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
        QCoreApplication::translate("cli",
            "State file: devices, subscriptions, the scenario and the speed survive a restart (subscriptions are "
            "kept, not ended, on SIGINT/SIGTERM)."),
        QStringLiteral("FILE"));
    const QCommandLineOption allowSink(QStringLiteral("allow-sink"),
        QCoreApplication::translate("cli",
            "Also send webhooks to HOST (a name, an address or ADDRESS/PREFIX), on PORT only when given; "
            "repeatable. By default webhooks go only to loopback (127.0.0.0/8, ::1, localhost). Names are not "
            "resolved for this check; link-local and cloud metadata addresses (169.254.0.0/16, fe80::/10, "
            "fd00:ec2::254, ...) are always refused."),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption scenarioStart(QStringLiteral("scenario-start"),
        tr("When the scenario starts: now (default) or on-first-subscription, so that a subscription made after "
           "starting sees every step."),
        QStringLiteral("when"), QStringLiteral("now"));
    const QCommandLineOption loop(
        QStringLiteral("loop"), tr("Play the scenario again and again (whatever its own \"loop\" says)."));
    const QCommandLineOption fleet(QStringLiteral("fleet"),
        tr("Adds a synthetic fleet of N phone devices (+99999992000000 upwards, 0 to %1) with homes all over "
           "Europe that travel on their own at --speed; kept in the --state file.")
            .arg(sim::FleetGenerator::MaxDevices),
        QStringLiteral("N"));
    parser.addOptions({host, port, scenario, speed, scenarioStart, loop, token, state, allowSink, fleet});
    const QCommandLineOption quota(QStringLiteral("quota"),
        tr("Answer 429 TOO_MANY_REQUESTS beyond N requests per second per API key or token (default: no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption dailyQuota(QStringLiteral("daily-quota"),
        tr("Answer 429 QUOTA_EXCEEDED beyond M requests per UTC day per API key or token, until the next day."),
        QStringLiteral("M"));
    const QCommandLineOption retryAfter(
        QStringLiteral("retry-after"), tr("Send Retry-After (seconds until the quota lifts) with every 429."));
    parser.addOptions({quota, dailyQuota, retryAfter});

    QTextStream err(stderr);
    auto usage = [&err](const QString &message) {
        err << Program << message << '\n';
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodes();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QHostAddress address(
        parser.value(host) == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : parser.value(host));
    if (address.isNull())
        return usage(tr("--host: '%1' is not an IP address (or localhost).").arg(parser.value(host)));
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return usage(tr("--port: '%1' is not a port number from 0 to 65535.").arg(parser.value(port)));
    bool speedOk = false;
    const double speedValue = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || !(speedValue > 0))
        return usage(tr("--speed: '%1' is not a factor above 0 (e.g. 1, 10, 0.5).").arg(parser.value(speed)));
    const QString startWhen = parser.value(scenarioStart);
    const bool startOnSubscription = startWhen == QLatin1String("on-first-subscription");
    if (!startOnSubscription && startWhen != QLatin1String("now"))
        return usage(tr("--scenario-start: '%1' is not now or on-first-subscription.").arg(startWhen));
    bool fleetOk = false;
    const int fleetSize = parser.isSet(fleet) ? parser.value(fleet).toInt(&fleetOk) : 0;
    if (parser.isSet(fleet) && (!fleetOk || fleetSize < 0 || fleetSize > sim::FleetGenerator::MaxDevices))
        return usage(tr("--fleet: '%1' is not a number of devices from 0 to %2.")
                         .arg(parser.value(fleet))
                         .arg(sim::FleetGenerator::MaxDevices));
    if ((parser.isSet(scenarioStart) || parser.isSet(loop)) && !parser.isSet(scenario))
        return usage(tr("--%1 needs --scenario.")
                         .arg(parser.isSet(scenarioStart) ? QStringLiteral("scenario-start") : QStringLiteral("loop")));

    sim::QuotaSettings quotaSettings;
    for (const auto &[option, limit] :
        {std::pair{&quota, &quotaSettings.perSecond}, std::pair{&dailyQuota, &quotaSettings.perDay}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *limit = parser.value(*option).toInt(&ok);
        if (!ok || *limit < 1)
            return usage(tr("--%1: '%2' is not a whole number of requests above 0.")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    quotaSettings.sendRetryAfter = parser.isSet(retryAfter);
    if (quotaSettings.sendRetryAfter && quotaSettings.isOff())
        return usage(tr("--retry-after needs --quota or --daily-quota."));

    sim::SimulatorServer server;
    server.setQuota(quotaSettings);
    for (const QString &value : parser.values(allowSink)) {
        const std::optional<sim::SinkRule> rule = sim::SinkRule::parse(value);
        if (!rule)
            return usage(tr("--allow-sink: '%1' is not HOST[:PORT].").arg(value));
        server.allowSink(rule->host, rule->port);
    }
    if (parser.isSet(state) && !server.setStateFile(parser.value(state))) {
        err << Program << tr("--state: %1").arg(server.errorString()) << '\n';
        return ExitFailure;
    }
    if (parser.isSet(token))
        server.setRequiredToken(parser.value(token));
    // Travels at --speed with or without a scenario; a state file's fleet of the same size stays where it was.
    if (parser.isSet(speed))
        server.setSpeed(speedValue);
    if (parser.isSet(fleet)) {
        QString error;
        if (!server.fleet()->setFleet(fleetSize, server.fleet()->seed(), &error)) {
            err << Program << tr("--fleet: %1").arg(error) << '\n';
            return ExitFailure;
        }
    }
    if (server.fleet()->size() > 0)
        err << tr("fleet of %1 devices: %2 to %3, at %4x")
                   .arg(server.fleet()->size())
                   .arg(sim::FleetGenerator::phoneNumber(0),
                       sim::FleetGenerator::phoneNumber(server.fleet()->size() - 1))
                   .arg(server.fleet()->speed())
            << Qt::endl;
    if (parser.isSet(scenario)) {
        if (!server.loadScenario(resolveScenario(parser.value(scenario))))
            return usage(tr("--scenario %1: %2").arg(parser.value(scenario), server.scenarioError().toString()));
        if (parser.isSet(loop))
            server.player()->setLoop(true);
    }
    if (!server.listen(address, quint16(portNumber))) {
        err << Program << server.errorString() << '\n';
        return ExitFailure;
    }
    QTextStream out(stdout);
    out << server.apiRoot().toString() << Qt::endl;

    if (parser.isSet(scenario)) {
        // One stderr line per step: what a presenter watches while the sink receives the events.
        const sim::ScenarioPlayer *player = server.player();
        QObject::connect(
            player, &sim::ScenarioPlayer::stepApplied, &server, [&err, player](int index, const QString &key, int mcc) {
                const qint64 atMs = player->scenario().steps.value(index).atMs;
                err << tr("scenario %1 s: %2").arg(double(atMs) / 1000.0).arg(describeMove(key, mcc)) << Qt::endl;
            });
        QObject::connect(
            player, &sim::ScenarioPlayer::finished, &server, [&err] { err << tr("scenario finished") << Qt::endl; });
        server.setSpeed(speedValue);
        const QString name = player->scenario().name;
        const QString looping = player->scenario().loop ? tr(", looping") : QString();
        if (startOnSubscription) {
            err << tr("scenario \"%1\" (%2 s at %3x%4) starts with the first subscription")
                       .arg(name)
                       .arg(double(player->durationMs()) / 1000.0)
                       .arg(speedValue)
                       .arg(looping)
                << Qt::endl;
            auto started = std::make_shared<bool>(false);
            QObject::connect(
                server.network(), &sim::SimulatedNetwork::subscriptionsChanged, &server, [&server, &err, started] {
                    if (*started || server.network()->subscriptionCount() == 0)
                        return;
                    *started = true;
                    err << tr("scenario started: a subscription was created") << Qt::endl;
                    server.play();
                });
        } else {
            err << tr("scenario \"%1\" (%2 s at %3x%4) started")
                       .arg(name)
                       .arg(double(player->durationMs()) / 1000.0)
                       .arg(speedValue)
                       .arg(looping)
                << Qt::endl;
            server.play();
        }
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
