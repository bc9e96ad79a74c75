// roamdesk-cli receive | log: the webhook receiver headless, and the stored log as JSON Lines or CSV.
#include "app/cli/clicommands.h"

#include "app/cli/boundedprinter.h"
#include "app/cli/stopsignals.h"
#include "app/cli/storeoption.h"
#include "app/receiver/webhookreceiver.h"
#include "app/store/repeatedwarning.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/storefollower.h"
#include "models/datetime.h"
#include "models/notificationlogexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>

namespace roamdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

/// "roamdesk-cli log" from argv[0], which main() made "roamdesk-cli <verb>".
QString programName()
{
    const QStringList arguments = QCoreApplication::arguments();
    return arguments.isEmpty() ? QStringLiteral("roamdesk-cli") : arguments.constFirst();
}

/// One line naming the problem, and where the options are listed: not the whole usage.
int usageError(const QCommandLineParser &, const QString &message)
{
    QTextStream(stderr) << "roamdesk-cli: " << message << '\n'
                        << tr("Run '%1 --help' for the options and exit codes.").arg(programName()) << '\n';
    return ExitUsage;
}

QtMessageHandler g_previousHandler = nullptr;

void dropReceiverWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "roamdesk.receiver") == 0)
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

/// Whether something else listens on the address and port the receiver could not bind.
bool portInUse(const QHostAddress &address, quint16 port)
{
    QTcpServer probe;
    return port != 0 && !probe.listen(address, port) && probe.serverError() == QAbstractSocket::AddressInUseError;
}

constexpr int GoOn = -1;

/// Parses `arguments` (no positional ones allowed); returns GoOn, or the exit code once help or a usage error
/// has been printed.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodesHelp();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    return GoOn;
}

/// One line per stored event. The sender wrote the texts: their control characters are escaped, so that
/// none reaches the terminal.
QString describe(const NotificationLogRecord &record)
{
    const auto sent = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : NotificationLogExporter::escapeControls(text);
    };
    QStringList parts;
    parts << rfc3339::format(QDateTime::fromMSecsSinceEpoch(record.receivedMs, QTimeZone::utc()))
          << eventtype::shortName(record.type) << sent(record.device) << sent(record.subscriptionId);
    if (record.roaming)
        parts << (*record.roaming ? QStringLiteral("roaming") : QStringLiteral("home"));
    if (record.countryCode)
        parts << QStringLiteral("mcc=%1").arg(*record.countryCode);
    if (record.countryNames)
        parts << QStringLiteral("country=%1").arg(sent(record.countryNames->join(QLatin1Char(','))));
    if (!record.terminationReason.isEmpty())
        parts << QStringLiteral("reason=%1").arg(sent(record.terminationReason));
    parts << QStringLiteral("id=%1").arg(sent(record.eventId));
    return parts.join(QLatin1Char(' '));
}

/// Refuses an option given with an empty value ("--db ''" must not mean the default store).
std::optional<QString> emptyOption(const QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names) {
        const QStringList values = parser.values(name);
        if (std::any_of(values.cbegin(), values.cend(), [](const QString &value) { return value.isEmpty(); }))
            return tr("--%1: the value is empty").arg(name);
    }
    return std::nullopt;
}

/// Opens the store as the receiver will, and also reads every page of a SQLite file once: a damaged file is
/// refused at start rather than found by the first commits. Returns the exit code when it cannot be used.
std::optional<int> checkStoreForReceiving(const StoreLocation &location, NotificationStore::Durability durability)
{
    QString error;
    bool damaged = false;
    if (storefactory::open(location, durability, storefactory::Checks::Full, &error, &damaged))
        return std::nullopt;
    QTextStream(stderr) << "roamdesk-cli receive: " << error << '\n';
    return damaged ? ExitStoreDamaged : ExitFailure;
}

/// log --follow: prints what is committed from now on, until SIGINT or SIGTERM, or until stdout is closed.
int followLog(const StoreLocation &location, const NotificationLogFilter &filter,
    NotificationLogExporter::Format format, QFile *out)
{
    StoreFollower follower(location);
    follower.setFilter(filter);
    follower.setWithRaw(true);
    QString error;
    if (!follower.start(NotificationLogSource::NoSeq, &error)) {
        QTextStream(stderr) << "roamdesk-cli log: " << error << '\n';
        return ExitFailure;
    }
#ifdef Q_OS_UNIX
    std::signal(SIGPIPE, SIG_IGN); // a reader that goes away ends the loop through the failed write
#endif
    const bool csv = format == NotificationLogExporter::Format::Csv;
    if (csv)
        out->write(NotificationLogExporter::csvHeader());
    out->flush();
    RepeatedWarning readFailures(
        [](const QString &message) { QTextStream(stderr) << "roamdesk-cli log: " << message << '\n'; });
    QObject::connect(&follower, &StoreFollower::readFailed, &follower,
        [&readFailures](const QString &message) { readFailures.raise(message); });
    QObject::connect(
        &follower, &StoreFollower::arrived, &follower, [out, csv](const QList<NotificationLogRecord> &records) {
            for (const NotificationLogRecord &record : records) {
                if (out->write(
                        csv ? NotificationLogExporter::csvLine(record) : NotificationLogExporter::jsonLine(record))
                    < 0)
                    QCoreApplication::quit();
            }
            if (!out->flush())
                QCoreApplication::quit();
        });
    watchStopSignals(&follower, [](int) { QCoreApplication::quit(); });
    QCoreApplication::exec();
    readFailures.flush();
    return ExitOk;
}

/// Size of what waits for a slow stdout reader: some 3,000 event lines.
constexpr qsizetype PrintQueueBytes = 256 * 1024;
/// How long the last lines may take to reach stdout when the receiver stops.
constexpr int PrintDrainMs = 1000;

} // namespace

int runReceive(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives roaming CloudEvents and stores them; prints the sink URL on the first "
           "line, then one line per stored event."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("H"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        tr("Port (default %1; 0 picks a free one).").arg(ReceiverSettings::DefaultPort), QStringLiteral("N"),
        QString::number(ReceiverSettings::DefaultPort));
    const QCommandLineOption path(QStringLiteral("path"), tr("Sink path (default /notifications)."),
        QStringLiteral("P"), QStringLiteral("/notifications"));
    const QCommandLineOption token(
        QStringLiteral("token"), tr("Accept this bearer token (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption allowUnauthenticated(
        QStringLiteral("allow-unauthenticated"), tr("Accept requests without Authorization."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only the sink URL."));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
        tr("Sink URL to announce (behind NAT, a tunnel or a reverse proxy)."), QStringLiteral("URL"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"), tr("Body cap in bytes (default 65536)."),
        QStringLiteral("BYTES"), QString::number(ReceiverSettings::DefaultMaxBodyBytes));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        tr("Connection cap (default %1).").arg(ReceiverSettings::DefaultMaxConnections), QStringLiteral("N"),
        QString::number(ReceiverSettings::DefaultMaxConnections));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"), tr("Idle timeout per connection in ms."),
        QStringLiteral("MS"), QString::number(ReceiverSettings::DefaultIdleTimeoutMs));
    const QCommandLineOption fullSync(
        QStringLiteral("full-sync"), tr("Sync every commit to disk (survives power cuts; slower)."));
    parser.addOptions({host, port, path, token, allowUnauthenticated, quiet, publicUrl, tlsCert, tlsKey, maxBody,
        maxConnections, idleTimeout, fullSync});
    parser.addOptions(storeOptions(tr("the app data folder")));
    if (const int exitCode = parseArguments(parser, arguments); exitCode != GoOn)
        return exitCode;
    if (const std::optional<QString> problem = emptyOption(parser, {QStringLiteral("token"), QStringLiteral("path")}))
        return usageError(parser, *problem);
    QString storeError;
    const std::optional<StoreLocation> location =
        storeFromOptions(parser, SqliteNotificationStore::defaultPath(), &storeError);
    if (!location)
        return usageError(parser, storeError);

    ReceiverSettings settings;
    if (!settings.address.setAddress(parser.value(host)))
        return usageError(parser, tr("--host: not an IP address: %1").arg(parser.value(host)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(parser, tr("--port: not a port: %1").arg(parser.value(port)));
    settings.port = quint16(portNumber);
    settings.path = parser.value(path);
    settings.databasePath = location->toString();
    settings.tokens = parser.values(token);
    settings.allowUnauthenticated = parser.isSet(allowUnauthenticated);
    if (parser.isSet(publicUrl)) {
        settings.publicSinkUrl = QUrl(parser.value(publicUrl), QUrl::StrictMode);
        if (!settings.publicSinkUrl.isValid() || settings.publicSinkUrl.isRelative())
            return usageError(parser, tr("--public-url: not an absolute URL: %1").arg(parser.value(publicUrl)));
    }
    settings.tlsCertificateFile = parser.value(tlsCert);
    settings.tlsKeyFile = parser.value(tlsKey);
    if (settings.tlsCertificateFile.isEmpty() != settings.tlsKeyFile.isEmpty())
        return usageError(parser, tr("--tls-cert and --tls-key go together"));
    settings.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || settings.maxBodyBytes <= 0)
        return usageError(parser, tr("--max-body: not a positive number"));
    settings.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || settings.maxConnections <= 0)
        return usageError(parser, tr("--max-connections: not a positive number"));
    settings.idleTimeoutMs = parser.value(idleTimeout).toInt(&ok);
    if (!ok || settings.idleTimeoutMs <= 0)
        return usageError(parser, tr("--idle-timeout: not a positive number"));
    if (parser.isSet(fullSync))
        settings.durability = NotificationStore::Durability::Full;

    if (const std::optional<int> exitCode = checkStoreForReceiving(*location, settings.durability))
        return *exitCode;

    WebhookReceiver receiver;
    receiver.setSettings(settings);
    // The receiver logs why it could not start; here that is said once, below, with the program's name.
    g_previousHandler = qInstallMessageHandler(dropReceiverWarnings);
    const bool started = receiver.start();
    qInstallMessageHandler(g_previousHandler);
    if (!started) {
        QTextStream(stderr) << "roamdesk-cli receive: " << receiver.errorString() << '\n';
        return portInUse(settings.address, settings.port) ? ExitPortBusy : ExitFailure;
    }
#ifdef Q_OS_UNIX
    // A reader that goes away (`| head`) stops the printing, not the receiver: the store keeps every event.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    // Printing runs on its own thread with a bounded queue: a stdout nobody reads costs lines, never the
    // acceptance of events.
    BoundedPrinter out(fileno(stdout), PrintQueueBytes);
    RepeatedWarning droppedLines(
        [](const QString &message) { QTextStream(stderr) << "roamdesk-cli receive: " << message << '\n'; });
    out.post(receiver.sinkUrl().toString().toUtf8());
    if (!settings.allowUnauthenticated && settings.tokens.isEmpty())
        QTextStream(stderr) << "roamdesk-cli receive: no --token and no --allow-unauthenticated: only sink tokens "
                               "of subscriptions remembered in the store are accepted\n";
    if (!parser.isSet(quiet)) {
        QObject::connect(&receiver, &WebhookReceiver::notificationStored, &receiver,
            [&out, &droppedLines](const NotificationLogRecord &record) {
                if (out.post(describe(record).toUtf8()))
                    return;
                droppedLines.raise(out.isClosed()
                        ? tr("stdout was closed: events are no longer printed; every event is still stored")
                        : tr("stdout is not keeping up: event lines are dropped; every event is still stored"));
            });
    }
    QObject::connect(&receiver, &WebhookReceiver::stopped, QCoreApplication::instance(), &QCoreApplication::quit,
        Qt::QueuedConnection);
    watchStopSignals(&receiver, [&receiver](int) { receiver.stop(); });
    QCoreApplication::exec();
    droppedLines.flush();
    out.stop(PrintDrainMs);
    if (const qint64 dropped = out.dropped(); dropped > 0)
        QTextStream(stderr)
            << "roamdesk-cli receive: "
            << tr("%1 event lines were not printed (stdout did not keep up, or was closed)").arg(dropped) << '\n';
    return ExitOk;
}

int runLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints stored notifications, newest first: JSON Lines (default) or CSV."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON Lines: the CloudEvent under \"event\" (default)."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV with a header row."));
    const QCommandLineOption since(QStringLiteral("since"),
        tr("Only notifications received at or after this RFC 3339 time."), QStringLiteral("ISO"));
    const QCommandLineOption type(
        QStringLiteral("type"), tr("Only this event type (short or full name)."), QStringLiteral("T"));
    const QCommandLineOption device(
        QStringLiteral("device"), tr("Only this device (phone number, NAI or address)."), QStringLiteral("D"));
    const QCommandLineOption filterText(QStringLiteral("filter"),
        tr("A filter expression, as the window's filter bar takes it: fields (type, device, country, mcc, "
           "roaming, subscription, reason, time, received, source, id) compared with = != < <= > >= ^= or "
           "in {…}, and/or/not, parentheses, type:NAME, device:LABEL, sub:ID-PREFIX, and words the log shows. "
           "E.g. --filter 'country in {BE, NL} and time > -2h', --filter 'belgium sub:3f2'. "
           "See docs/filter-language.md."),
        QStringLiteral("TEXT"));
    const QCommandLineOption follow(QStringLiteral("follow"),
        tr("Instead of what is stored, print new notifications as they are committed (by any receiver writing the "
           "store), oldest first, until interrupted."));
    parser.addOptions({json, csv, since, type, device, filterText, follow});
    parser.addOptions(storeOptions(tr("none: required")));
    if (const int exitCode = parseArguments(parser, arguments); exitCode != GoOn)
        return exitCode;
    QString storeError;
    const std::optional<StoreLocation> location = storeFromOptions(parser, QString(), &storeError);
    if (!storeError.isEmpty())
        return usageError(parser, storeError);
    if (!location)
        return usageError(parser, tr("--store URL (or --db FILE) is required"));
    if (parser.isSet(json) && parser.isSet(csv))
        return usageError(parser, tr("choose one of --json and --csv"));

    // The window's filter bar and this option share one parser; --type and --device narrow it further.
    FilterParseError filterError;
    NotificationLogFilter filter = NotificationLogFilter::parse(parser.value(filterText), &filterError);
    if (filterError.column > 0)
        return usageError(parser, tr("--filter: %1").arg(filterError.message()));
    if (parser.isSet(since)) {
        const std::optional<QDateTime> from = rfc3339::parse(parser.value(since));
        if (!from)
            return usageError(parser, tr("--since: not an RFC 3339 date-time: %1").arg(parser.value(since)));
        filter.receivedFrom = *from;
    }
    if (parser.isSet(type)) {
        filter.type = eventtype::fromString(parser.value(type));
        if (!filter.type)
            return usageError(parser, tr("--type: unknown event type: %1").arg(parser.value(type)));
    }
    if (parser.isSet(device))
        filter.device = parser.value(device);

    if (location->kind() == StoreLocation::Kind::Sqlite && !QFileInfo::exists(location->path())) {
        QTextStream(stderr) << "roamdesk-cli log: " << tr("no notification store at %1").arg(location->path()) << '\n';
        return ExitNoStore;
    }
    // Every page of a SQLite file is read once before printing: a damaged store fails here, loudly, rather than
    // part-way.
    QString openError;
    bool damaged = false;
    const std::unique_ptr<NotificationStore> store = storefactory::open(
        *location, NotificationStore::Durability::Normal, storefactory::Checks::Full, &openError, &damaged);
    if (!store) {
        QTextStream(stderr) << "roamdesk-cli log: " << openError << '\n';
        return damaged ? ExitStoreDamaged : ExitFailure;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        QTextStream(stderr) << "roamdesk-cli log: cannot write to stdout\n";
        return ExitFailure;
    }
    QString error;
    qint64 written = 0;
    const auto format =
        parser.isSet(csv) ? NotificationLogExporter::Format::Csv : NotificationLogExporter::Format::JsonLines;
    if (parser.isSet(follow))
        return followLog(*location, filter, format, &out);
    if (!NotificationLogExporter::write(*store, filter, format, &out, &error, &written)) {
        out.flush();
        QTextStream(stderr) << "roamdesk-cli log: " << tr("stopped after %1 notifications: %2").arg(written).arg(error)
                            << '\n';
        return isDamagedStore(*store) ? ExitStoreDamaged : ExitFailure;
    }
    out.flush();
    return ExitOk;
}

} // namespace roamdesk::cli
