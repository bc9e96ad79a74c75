// roamdesk-cli plan apply|keep FILE: keeps a subscription plan true against the API.
// stdout carries one line per action (JSON Lines with --json); errors go to stderr.
#include "app/cli/clicommands.h"

#include "app/bulk/plankeeper.h"
#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "models/subscriptionplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace roamdesk::cli {

namespace {

using api::Environment;
using api::EnvironmentKind;
using bulk::PlanAction;
using bulk::PlanKeeper;
using bulk::PlanLogEntry;

/// Its own context, so lupdate files the plan verb's strings together.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::cli::PlanCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int fail(const QString &message, int exitCode)
    {
        QTextStream(stderr) << "roamdesk-cli: " << message << '\n';
        return exitCode;
    }
    static void addOptions(QCommandLineParser &parser);
    /// The environment from the options (the in-process simulator when it is the target); an error message
    /// when they do not make one.
    static QString environmentFrom(
        const QCommandLineParser &parser, std::unique_ptr<sim::SimulatorServer> *simulator, Environment *environment);
    static QString describe(const PlanLogEntry &entry);
};

volatile std::sig_atomic_t interrupted = 0;

void onSignal(int)
{
    interrupted = 1;
}

void PlanCommand::addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("apply (one pass) or keep (until interrupted)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON plan."));
    parser.addOptions({
        {QStringLiteral("dry-run"), tr("Only list the subscriptions and print what would be done.")},
        {QStringLiteral("json"), tr("Print one JSON object per action.")},
        {QStringLiteral("journal"), tr("The plan's journal (default: plans/NAME.journal.json beside the store)."),
            QStringLiteral("file")},
        {QStringLiteral("interval"), tr("keep: seconds between passes (default 60)."), QStringLiteral("seconds"),
            QStringLiteral("60")},
        {QStringLiteral("env"), tr("Environment: simulator (default), nac, nac-staging, nac-dev or custom."),
            QStringLiteral("name"), QStringLiteral("simulator")},
        {QStringLiteral("api-root"), tr("API root, e.g. https://host/device-status."), QStringLiteral("url")},
        {QStringLiteral("api-key"), tr("Network as Code application key (default: $ROAMDESK_API_KEY)."),
            QStringLiteral("key")},
        {QStringLiteral("bearer"), tr("Bearer access token (default: $ROAMDESK_BEARER)."), QStringLiteral("token")},
        {QStringLiteral("subscriptions-version"), tr("Subscriptions API version: v0.7 (default) or v0.8."),
            QStringLiteral("version"), QStringLiteral("v0.7")},
        {QStringLiteral("sim-state"), tr("State file of the in-process simulator (keeps subscriptions between runs)."),
            QStringLiteral("file")},
        {QStringLiteral("verbose"), tr("Log requests and actions to stderr.")},
    });
}

QString PlanCommand::environmentFrom(
    const QCommandLineParser &parser, std::unique_ptr<sim::SimulatorServer> *simulator, Environment *environment)
{
    const QString name = parser.value(QStringLiteral("env"));
    const std::optional<EnvironmentKind> kind = Environment::kindFromString(name);
    if (!kind)
        return tr("Unknown --env '%1' (simulator, nac, nac-staging, nac-dev, custom).").arg(name);
    const QUrl apiRoot(parser.value(QStringLiteral("api-root")), QUrl::StrictMode);
    if (parser.isSet(QStringLiteral("api-root"))
        && (!apiRoot.isValid() || apiRoot.host().isEmpty()
            || (apiRoot.scheme() != QLatin1String("http") && apiRoot.scheme() != QLatin1String("https"))))
        return tr("--api-root must be an absolute http(s) URL.");
    const QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    const QString bearer = parser.isSet(QStringLiteral("bearer")) ? parser.value(QStringLiteral("bearer"))
                                                                  : variables.value(QStringLiteral("ROAMDESK_BEARER"));
    const QString apiKey = parser.isSet(QStringLiteral("api-key"))
        ? parser.value(QStringLiteral("api-key"))
        : variables.value(QStringLiteral("ROAMDESK_API_KEY"));
    switch (*kind) {
    case EnvironmentKind::Simulator:
        if (apiRoot.isEmpty()) {
            *simulator = std::make_unique<sim::SimulatorServer>();
            if (parser.isSet(QStringLiteral("sim-state")))
                (*simulator)->setStateFile(parser.value(QStringLiteral("sim-state")));
            if (!(*simulator)->listen())
                return tr("The simulator could not start: %1").arg((*simulator)->errorString());
            *environment = Environment::simulator((*simulator)->apiRoot(), bearer);
        } else {
            *environment = Environment::simulator(apiRoot, bearer);
        }
        break;
    case EnvironmentKind::NacProd:
    case EnvironmentKind::NacStaging:
    case EnvironmentKind::NacDev:
        if (apiKey.isEmpty())
            return tr("Network as Code needs an application key: --api-key or $ROAMDESK_API_KEY.");
        *environment = Environment::networkAsCode(*kind, apiKey);
        if (!apiRoot.isEmpty())
            environment->apiRoot = apiRoot;
        break;
    case EnvironmentKind::Custom:
        if (apiRoot.isEmpty())
            return tr("--env custom needs --api-root.");
        *environment = Environment::customBearer(QStringLiteral("custom"), apiRoot, bearer);
        if (bearer.isEmpty())
            environment->auth = api::AuthMode::None;
        break;
    }
    environment->subscriptionsVersion = parser.value(QStringLiteral("subscriptions-version"));
    return environment->validationError();
}

QString PlanCommand::describe(const PlanLogEntry &entry)
{
    const PlanAction &action = entry.action;
    const QString id = entry.resultId.isEmpty() ? action.subscriptionId : entry.resultId;
    QString line = PlanAction::kindName(action.kind).leftJustified(7)
        + (action.device ? action.device->displayLabel() : QStringLiteral("-")).leftJustified(16) + QLatin1Char(' ')
        + (action.type ? eventtype::shortName(*action.type) : QStringLiteral("-")).leftJustified(23)
        + (id.isEmpty() ? QStringLiteral("-") : id).leftJustified(37) + action.reason;
    if (!action.detail.isEmpty())
        line += QStringLiteral(" (") + action.detail + QLatin1Char(')');
    if (!entry.ok)
        line += QStringLiteral(": ") + entry.error;
    return line;
}

int PlanCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keep a subscription plan true: create what is missing, renew what is about to end, delete what is extra."));
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodesHelp();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2
        || (positional.constFirst() != QLatin1String("apply") && positional.constFirst() != QLatin1String("keep")))
        return fail(tr("usage: plan apply|keep FILE"), ExitUsage);
    const bool keep = positional.constFirst() == QLatin1String("keep");
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (keep && dryRun)
        return fail(tr("--dry-run goes with apply only"), ExitUsage);
    bool intervalOk = false;
    const double interval = parser.value(QStringLiteral("interval")).toDouble(&intervalOk);
    if (!intervalOk || interval < 1 || interval > 86400)
        return fail(tr("--interval must be a number of seconds from 1 to 86400."), ExitUsage);
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*=false"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*.debug=true"));

    const QString path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: %2").arg(path, file.errorString()), ExitUsage);
    FieldErrors errors;
    const std::optional<SubscriptionPlan> plan = SubscriptionPlan::fromJsonBytes(file.readAll(), &errors);
    if (!plan)
        return fail(tr("%1: %2").arg(path, formatFieldErrors(errors)), ExitUsage);
    if (!plan->devicesCsv.isEmpty())
        return fail(
            tr("%1: devicesCsv: device lists from CSV files are not read yet; list the devices inline").arg(path),
            ExitUsage);

    std::unique_ptr<sim::SimulatorServer> simulator;
    Environment environment;
    const QString problem = environmentFrom(parser, &simulator, &environment);
    if (!problem.isEmpty())
        return fail(problem, ExitUsage);
    api::RoamingClient client;
    client.setEnvironment(environment);

    PlanKeeper keeper(&client, nullptr);
    keeper.setPlan(*plan);
    keeper.setDryRun(dryRun);
    keeper.setJournalPath(parser.isSet(QStringLiteral("journal")) ? parser.value(QStringLiteral("journal"))
                                                                  : PlanKeeper::defaultJournalPath(plan->name));
    const bool json = parser.isSet(QStringLiteral("json"));
    QObject::connect(&keeper, &PlanKeeper::actionLogged, &keeper, [json](const PlanLogEntry &entry) {
        QTextStream out(stdout);
        if (json)
            out << QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            out << describe(entry) << '\n';
        out.flush();
    });

    QEventLoop loop;
    QString lastError;
    bool apiFailed = false;
    QObject::connect(&keeper, &PlanKeeper::passFinished, &loop, [&](const QString &error) {
        lastError = error;
        if (!error.isEmpty()) {
            QTextStream(stderr) << "roamdesk-cli: " << error << '\n';
            apiFailed = true;
        }
        if (!keep)
            loop.quit();
    });
    int exitCode = ExitOk;
    if (keep) {
        // Until SIGINT / SIGTERM: checked between events, the keeper never stops mid-action on its own.
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (interrupted && !keeper.isBusy())
                loop.quit();
        });
        watch.start(100);
        keeper.start(int(interval * 1000));
        loop.exec();
        keeper.stop();
    } else {
        keeper.runOnce();
        loop.exec();
        if (apiFailed)
            exitCode = lastError.isEmpty() ? ExitOk : ExitApiError;
    }
    if (simulator)
        simulator->shutdown(0);
    return exitCode;
}

} // namespace

int runPlan(const QStringList &arguments)
{
    return PlanCommand::run(arguments);
}

} // namespace roamdesk::cli
