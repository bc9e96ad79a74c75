// roamdesk-cli plan apply|keep FILE: keeps a subscription plan true against the API.
// stdout carries one line per action (JSON Lines with --json); errors go to stderr.
#include "app/cli/clicommands.h"

#include "app/bulk/planevidence.h"
#include "app/bulk/plankeeper.h"
#include "app/client/roamingclient.h"
#include "app/store/sqlitenotificationstore.h"
#include "models/subscriptionplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace roamdesk::cli {

namespace {

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
    static QString describe(const PlanLogEntry &entry);
};

volatile std::sig_atomic_t interrupted = 0;

void onSignal(int)
{
    interrupted = 1;
}

void PlanCommand::addOptions(QCommandLineParser &parser)
{
    addEnvironmentFlags(parser); // --help, --env, --api-root, --bearer, --sim-state, --verbose, …
    parser.addPositionalArgument(QStringLiteral("action"), tr("apply (one pass) or keep (until interrupted)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON plan."));
    parser.addOptions({
        {QStringLiteral("dry-run"), tr("Only list the subscriptions and print what would be done.")},
        {QStringLiteral("json"), tr("Print one JSON object per action.")},
        {QStringLiteral("journal"), tr("The plan's journal (default: plans/NAME.journal.json beside the store)."),
            QStringLiteral("file")},
        {QStringLiteral("db"),
            tr("The notification store events and ends are read from (default: the one roamdesk-cli receive fills)."),
            QStringLiteral("file")},
        {QStringLiteral("interval"), tr("keep: seconds between passes (default 60)."), QStringLiteral("seconds"),
            QStringLiteral("60")},
    });
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
    const QString path = positional.at(1);
    FieldErrors errors;
    const std::optional<SubscriptionPlan> plan = SubscriptionPlan::loadFile(path, &errors);
    if (!plan)
        return fail(tr("%1: %2").arg(path, formatFieldErrors(errors)), ExitUsage);

    QString problem;
    const std::shared_ptr<api::RoamingClient> client = clientFromFlags(parser, &problem);
    if (!client)
        return fail(problem, ExitUsage);

    PlanKeeper keeper(client.get(), nullptr);
    keeper.setPlan(*plan);
    keeper.setDryRun(dryRun);
    keeper.setJournalPath(parser.isSet(QStringLiteral("journal")) ? parser.value(QStringLiteral("journal"))
                                                                  : PlanKeeper::defaultJournalPath(plan->name));
    const QString storePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                 : SqliteNotificationStore::defaultPath();
    keeper.setEvidenceSource([storePath](const QStringList &ids) {
        QString error;
        const bulk::PlanEvidence evidence = bulk::StorePlanEvidence::read(storePath, ids, &error);
        if (!error.isEmpty())
            QTextStream(stderr) << "roamdesk-cli: " << storePath << ": " << error << '\n';
        return evidence;
    });
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
    bool failed = false;
    QObject::connect(&keeper, &PlanKeeper::passFinished, &loop, [&](const QString &error) {
        if (!error.isEmpty()) {
            QTextStream(stderr) << "roamdesk-cli: " << error << '\n';
            failed = true;
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
        if (failed)
            exitCode = keeper.lastPassGotNoAnswer() ? ExitNetworkError : ExitApiError;
    }
    return exitCode;
}

} // namespace

int runPlan(const QStringList &arguments)
{
    return PlanCommand::run(arguments);
}

} // namespace roamdesk::cli
