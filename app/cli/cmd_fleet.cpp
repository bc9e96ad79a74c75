// roamdesk-cli devices | journey: the fleet view over a notification store, on the command line.
// stdout carries only the result (JSON Lines with --json, else an aligned table); errors go to stderr.
#include "app/cli/clicommands.h"
#include "app/cli/texttable.h"

#include "app/cli/storeoption.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "models/countrytable.h"
#include "models/datetime.h"
#include "models/fleetstate.h"
#include "models/journey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>

namespace roamdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

constexpr int GoOn = -1;
constexpr int PageSize = 20000;

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << "roamdesk-cli: " << message << '\n';
    return exitCode;
}

/// Parses the common part; GoOn, or the exit code once help or an error has been printed.
int parseFleetArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodesHelp();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), ExitUsage);
    return GoOn;
}

void addFleetOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), tr("JSON Lines instead of a table.")},
    });
    parser.addOptions(storeOptions(tr("the one the GUI and receive use")));
}

/// Opens the store for reading, with the integrity check `log` makes; the exit code when it cannot.
int openStore(std::unique_ptr<NotificationStore> &store, const QCommandLineParser &parser)
{
    QString error;
    const std::optional<StoreLocation> location =
        storeFromOptions(parser, SqliteNotificationStore::defaultPath(), &error);
    if (!location)
        return fail(error, ExitUsage);
    if (location->kind() == StoreLocation::Kind::Sqlite && !QFileInfo::exists(location->path()))
        return fail(tr("--db: no notification store at %1").arg(location->path()), ExitNoStore);
    bool damaged = false;
    store = storefactory::open(
        *location, NotificationStore::Durability::Normal, storefactory::Checks::Full, &error, &damaged);
    if (!store)
        return fail(error, damaged ? ExitStoreDamaged : ExitFailure);
    return GoOn;
}

/// Every record matching `filter`, page by page (keyset by seq).
bool readAll(NotificationStore &store, const NotificationLogFilter &filter,
    const std::function<void(const NotificationLogRecord &)> &onRecord)
{
    for (qint64 before = NotificationLogSource::NoSeq;;) {
        const QList<NotificationLogRecord> page = store.olderThan(filter, before, PageSize);
        for (const NotificationLogRecord &record : page)
            onRecord(record);
        if (page.size() < PageSize)
            return store.lastError().isEmpty();
        before = page.constLast().seq;
    }
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(rfc3339::format(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue countryCodeJson(const std::optional<int> &code)
{
    return code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null);
}

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString countryText(const std::optional<int> &code, const QStringList &names)
{
    if (!code)
        return QStringLiteral("-");
    return names.isEmpty() ? QString::number(*code) : QStringLiteral("%1 %2").arg(*code).arg(names.join(u' '));
}

} // namespace

int runDevices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints every device in the notification store with its roaming state, "
                                        "country and since when, ordered by device."));
    addFleetOptions(parser);
    if (const int exitCode = parseFleetArguments(parser, arguments); exitCode != GoOn)
        return exitCode;
    std::unique_ptr<NotificationStore> store;
    if (const int exitCode = openStore(store, parser); exitCode != GoOn)
        return exitCode;
    FleetState fleet;
    QList<NotificationLogRecord> page;
    const auto applyPage = [&] {
        fleet.applyAll(page);
        page.clear();
    };
    if (!readAll(*store, {}, [&](const NotificationLogRecord &record) {
            page << record;
            if (page.size() == PageSize)
                applyPage();
        }))
        return fail(store->lastError(), isDamagedStore(*store) ? ExitStoreDamaged : ExitFailure);
    applyPage();

    QList<int> rows(fleet.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return fleet.at(a).key < fleet.at(b).key; });
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        for (const int row : std::as_const(rows)) {
            const DeviceFleetEntry &entry = fleet.at(row);
            QJsonObject object{
                {QStringLiteral("device"), entry.device.toJson()},
                {QStringLiteral("roaming"), entry.roaming ? QJsonValue(*entry.roaming) : QJsonValue()},
                {QStringLiteral("countryCode"), countryCodeJson(entry.countryCode)},
                {QStringLiteral("countryName"), QJsonArray::fromStringList(entry.countryNames)},
                {QStringLiteral("since"), timeJson(entry.since)},
                {QStringLiteral("lastEventType"),
                    entry.lastEventType ? QJsonValue(eventtype::shortName(*entry.lastEventType)) : QJsonValue()},
                {QStringLiteral("lastEventTime"), timeJson(entry.lastEventTime)},
            };
            if (entry.subscriptionEnded)
                object.insert(QStringLiteral("subscriptionEnded"), entry.endReason);
            out << line(object) << '\n';
        }
        return ExitOk;
    }
    QList<QStringList> table;
    for (const int row : std::as_const(rows)) {
        const DeviceFleetEntry &entry = fleet.at(row);
        const QString state = !entry.roaming ? tr("unknown") : (*entry.roaming ? tr("roaming") : tr("at home"));
        table << QStringList{entry.key, state, countryText(entry.countryCode, entry.countryNames),
            entry.since.isValid() ? rfc3339::format(entry.since) : QStringLiteral("-"),
            entry.lastEventType ? eventtype::shortName(*entry.lastEventType) : QStringLiteral("-"),
            entry.lastEventTime.isValid() ? rfc3339::format(entry.lastEventTime) : QStringLiteral("-")};
    }
    printTable(
        {tr("DEVICE"), tr("STATUS"), tr("COUNTRY"), tr("SINCE"), tr("LAST EVENT"), tr("LAST EVENT TIME")}, table);
    return ExitOk;
}

int runJourney(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints one device's journey from the notification store: where it was, roaming or not, oldest first."));
    addFleetOptions(parser);
    addDeviceFlags(parser);
    if (const int exitCode = parseFleetArguments(parser, arguments); exitCode != GoOn)
        return exitCode;
    QString error;
    std::optional<Device> device = deviceFromFlags(parser, &error);
    if (!device)
        return fail(error, ExitUsage);
    // `status` lets a lone public address stand for the private one; stored events name it as sent.
    if (device->ipv4Address && !parser.isSet(QStringLiteral("private-ip")) && !device->ipv4Address->publicPort)
        device->ipv4Address->privateAddress.clear();
    std::unique_ptr<NotificationStore> store;
    if (const int exitCode = openStore(store, parser); exitCode != GoOn)
        return exitCode;
    NotificationLogFilter filter;
    filter.device = device->displayLabel();
    QList<NotificationLogRecord> records;
    if (!readAll(*store, filter, [&](const NotificationLogRecord &record) { records << record; }))
        return fail(store->lastError(), isDamagedStore(*store) ? ExitStoreDamaged : ExitFailure);
    const QList<JourneySegment> segments = journey::build(records, QDateTime::currentDateTimeUtc());

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        for (const JourneySegment &segment : segments) {
            out << line(QJsonObject{
                {QStringLiteral("countryCode"), countryCodeJson(segment.countryCode)},
                {QStringLiteral("countryName"), QJsonArray::fromStringList(segment.countryNames)},
                {QStringLiteral("roaming"), segment.roaming},
                {QStringLiteral("start"), timeJson(segment.start)},
                {QStringLiteral("end"), timeJson(segment.end)},
                {QStringLiteral("seconds"), segment.seconds},
            }) << '\n';
        }
        return ExitOk;
    }
    QList<QStringList> table;
    for (const JourneySegment &segment : segments) {
        table << QStringList{countryText(segment.countryCode, segment.countryNames),
            segment.roaming ? tr("roaming") : tr("at home"), rfc3339::format(segment.start),
            segment.isOpen() ? tr("(now)") : rfc3339::format(segment.end), QString::number(segment.seconds)};
    }
    printTable({tr("COUNTRY"), tr("STATUS"), tr("START"), tr("END"), tr("SECONDS")}, table);
    return ExitOk;
}

} // namespace roamdesk::cli
