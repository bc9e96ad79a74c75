// roamdesk-cli alerts: the rules evaluated over a notification store from its first event.
// stdout carries only the result (JSON Lines with --json, else an aligned table); errors go to stderr.
#include "app/cli/clicommands.h"
#include "app/cli/texttable.h"

#include "app/alerts/alertstore.h"
#include "app/cli/storeoption.h"
#include "app/rules/rulesengine.h"
#include "app/rules/rulesfile.h"
#include "app/rules/storereplay.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "models/alertbook.h"
#include "models/datetime.h"
#include "models/fleetstate.h"
#include "models/subscription.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace roamdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << "roamdesk-cli: " << message << '\n';
    return exitCode;
}

/// The store's subscriptions as the engine knows subscriptions: what subscription-ending looks at.
Subscription subscriptionOf(const KnownSubscription &known)
{
    Subscription subscription;
    subscription.id = known.id;
    subscription.sink = known.sink;
    subscription.types = known.types;
    if (!known.device.isEmpty())
        subscription.config.device = FleetState::deviceFromLabel(known.device);
    if (known.expiresAt.isValid())
        subscription.expiresAt = known.expiresAt;
    if (known.isDeleted())
        subscription.status = SubscriptionStatus::Deleted;
    return subscription;
}

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runAlerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluates the alert rules over every notification in the store, from the "
                                        "first, and prints the alerts they raise."));
    parser.addHelpOption();
    parser.addOptions(storeOptions(tr("the one the GUI and receive use")));
    parser.addOptions({
        {u"rules"_s, tr("Rules file (default: the rules saved in the window, else the default rules)."), u"FILE"_s},
        {u"now"_s, tr("The time the rules about silence and endings are evaluated at (RFC 3339; default: now)."),
            u"TIME"_s},
        {u"json"_s, tr("JSON Lines instead of a table.")},
    });
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodesHelp();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), ExitUsage);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(u"now"_s)) {
        const std::optional<QDateTime> parsed = rfc3339::parse(parser.value(u"now"_s));
        if (!parsed)
            return fail(tr("--now: '%1' is not an RFC 3339 date-time").arg(parser.value(u"now"_s)), ExitUsage);
        now = *parsed;
    }
    QStringList errors;
    const std::optional<RuleSet> rules = parser.isSet(u"rules"_s) ? RulesFile::load(parser.value(u"rules"_s), &errors)
                                                                  : RulesFile::loadUserOrDefault(&errors);
    if (!rules) {
        for (const QString &error : std::as_const(errors))
            QTextStream(stderr) << "roamdesk-cli: " << error << '\n';
        return ExitUsage;
    }

    QString storeError;
    const std::optional<StoreLocation> location =
        storeFromOptions(parser, SqliteNotificationStore::defaultPath(), &storeError);
    if (!location)
        return fail(storeError.isEmpty() ? tr("--db: empty file name") : storeError, ExitUsage);
    if (location->kind() == StoreLocation::Kind::Sqlite && !QFileInfo::exists(location->path()))
        return fail(tr("--db: no notification store at %1").arg(location->path()), ExitNoStore);
    bool damaged = false;
    const std::unique_ptr<NotificationStore> store = storefactory::open(
        *location, NotificationStore::Durability::Normal, storefactory::Checks::Full, &storeError, &damaged);
    if (!store)
        return fail(storeError, damaged ? ExitStoreDamaged : ExitFailure);
    if (location->isShared()) {
        // As every verb migrates the notification schema, this one creates the desks' alert tables when the
        // role may (the owner, once); a desk's role only finds them there.
        AlertStore alerts;
        if (!alerts.open(*location))
            QTextStream(stderr) << "roamdesk-cli: " << alerts.lastError() << '\n';
    }

    RulesEngine engine(*rules);
    for (const KnownSubscription &known : store->subscriptions())
        engine.addSubscription(subscriptionOf(known));
    AlertBook book;
    const StoreReplay::Result replayed =
        StoreReplay::run(*location, engine, [&](const RuleHit &hit) { book.add(hit); });
    if (!replayed.ok)
        return fail(replayed.error, replayed.damaged ? ExitStoreDamaged : ExitFailure);
    for (const RuleHit &hit : engine.tick(now))
        book.add(hit);

    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        for (const Alert &alert : book.alerts()) {
            out << line({
                {u"rule"_s, alert.ruleId},
                {u"kind"_s, alert.kind},
                {u"severity"_s, alertseverity::toWire(alert.severity)},
                {u"device"_s, alert.deviceObject},
                {u"time"_s, rfc3339::format(alert.firstTime)},
                {u"lastTime"_s, rfc3339::format(alert.lastTime)},
                {u"count"_s, alert.count},
                {u"state"_s, alertstate::toWire(alert.state)},
                {u"message"_s, alert.message},
            }) << '\n';
        }
        return ExitOk;
    }
    QList<QStringList> table;
    for (const Alert &alert : book.alerts()) {
        table << QStringList{alertseverity::toWire(alert.severity), alert.ruleId,
            alert.device.isEmpty() ? u"-"_s : alert.device, rfc3339::format(alert.firstTime),
            QString::number(alert.count), alertstate::toWire(alert.state), alert.message};
    }
    printTable({tr("SEVERITY"), tr("RULE"), tr("DEVICE"), tr("TIME"), tr("COUNT"), tr("STATE"), tr("MESSAGE")}, table);
    return ExitOk;
}

} // namespace roamdesk::cli
