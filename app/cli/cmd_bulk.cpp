// roamdesk-cli sweep: every device of a CSV or JSON Lines file looked up within the provider's quota. stdout gets
// one JSON line per input row, in input order, as soon as the rows before it are done; progress goes to stderr.
// SIGINT/SIGTERM stop the sweep: the answered rows before the first unanswered one are printed, the rest counted.
#include "app/cli/clicommands.h"
#include "app/cli/stopsignals.h"

#include "app/bulk/sweep.h"
#include "app/client/roamingclient.h"
#include "models/devicelist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace roamdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

const QString Program = QStringLiteral("roamdesk-cli: ");

/// Writes the rows to stdout in input order: a row waits until every row before it is done.
class OrderedPrinter
{
public:
    explicit OrderedPrinter(const bulk::Sweep &sweep)
        : m_sweep(sweep)
        , m_out(stdout)
    {
    }
    /// How many rows were written.
    int printed() const { return m_next; }
    void flush()
    {
        const QList<bulk::SweepRow> &rows = m_sweep.rows();
        while (m_next < rows.size() && rows.at(m_next).done) {
            m_out << line(rows.at(m_next)) << '\n';
            ++m_next;
        }
        m_out.flush();
    }

private:
    /// The row's JSON with its keys in reading order: row, device, status, then result or error.
    static QByteArray line(const bulk::SweepRow &row)
    {
        const QJsonObject object = row.toJson();
        QByteArray text = "{\"row\":" + QByteArray::number(row.entry.row) + ",\"device\":"
            + QJsonDocument(object.value(QStringLiteral("device")).toObject()).toJson(QJsonDocument::Compact)
            + ",\"status\":" + QByteArray::number(row.httpStatus);
        const QString key = row.error ? QStringLiteral("error") : QStringLiteral("result");
        text += ",\"" + key.toLatin1()
            + "\":" + QJsonDocument(object.value(key).toObject()).toJson(QJsonDocument::Compact) + '}';
        return text;
    }

    const bulk::Sweep &m_sweep;
    QTextStream m_out;
    int m_next = 0;
};

/// One progress line on stderr: words for people, or a JSON object with --json.
void printProgress(const bulk::Sweep &sweep, bool json, bool last)
{
    QTextStream err(stderr);
    if (json) {
        const QJsonObject progress{{QStringLiteral("answered"), sweep.answered()},
            {QStringLiteral("total"), sweep.total()}, {QStringLiteral("requests"), sweep.requestsSent()},
            {QStringLiteral("tooManyRequests"), sweep.tooManyRequests()},
            {QStringLiteral("ratePerSecond"), qRound(sweep.answersPerSecond() * 10) / 10.0},
            {QStringLiteral("etaSeconds"), last ? 0.0 : qRound64(sweep.etaMs() / 100.0) / 10.0},
            {QStringLiteral("elapsedSeconds"), qRound64(sweep.elapsedMs() / 100.0) / 10.0},
            {QStringLiteral("done"), last}};
        err << QJsonDocument(progress).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    if (last) {
        err << tr("%1 of %2 rows answered in %3 s: %4 requests, %5 answered 429 TOO_MANY_REQUESTS.")
                   .arg(sweep.answered())
                   .arg(sweep.total())
                   .arg(sweep.elapsedMs() / 1000.0, 0, 'f', 1)
                   .arg(sweep.requestsSent())
                   .arg(sweep.tooManyRequests())
            << '\n';
        return;
    }
    const qint64 eta = sweep.etaMs();
    err << tr("%1/%2 rows, %3/s, %4 left")
               .arg(sweep.answered())
               .arg(sweep.total())
               .arg(sweep.answersPerSecond(), 0, 'f', 1)
               .arg(eta < 0 ? tr("time unknown") : tr("%1 s").arg((eta + 999) / 1000))
        << '\n';
}

} // namespace

int runSweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Look up the roaming status of every device in a file, within the provider's quota. Prints one JSON line "
           "per input row, in input order: row, device, status and result (or error). Progress goes to stderr."));
    addEnvironmentFlags(parser);
    parser.addOptions({
        {QStringLiteral("csv"),
            tr("The device list: CSV with a header row (phoneNumber, networkAccessIdentifier, ipv4Public, "
               "ipv4Private, ipv4Port, ipv6, label, group), or JSON Lines of CAMARA device objects."),
            QStringLiteral("file")},
        {QStringLiteral("rate"),
            tr("At most N requests per second (default: none of our own; the provider's pace is found from its "
               "429 answers)."),
            QStringLiteral("N")},
        {QStringLiteral("json"), tr("Progress and the summary on stderr as JSON Lines.")},
    });
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << Program << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n'
                            << exitCodesHelp()
                            << tr("  130  stopped by SIGINT (143: SIGTERM): the rows answered before the first "
                                  "unanswered one are printed\n");
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Program << tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()) << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("csv"))) {
        err << Program << tr("--csv FILE is required.") << '\n';
        return ExitUsage;
    }
    double rate = 0;
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || !(rate > 0) || rate > 100000) {
            err << Program
                << tr("--rate: '%1' is not a number of requests per second above 0.")
                       .arg(parser.value(QStringLiteral("rate")))
                << '\n';
            return ExitUsage;
        }
    }
    // The whole file is checked before anything is sent.
    const DeviceList list = DeviceListParser::parseFile(parser.value(QStringLiteral("csv")));
    if (!list.errors.isEmpty()) {
        for (const DeviceListError &error : list.errors)
            err << Program << parser.value(QStringLiteral("csv")) << ": " << error.toString() << '\n';
        return ExitUsage;
    }
    QString problem;
    const std::shared_ptr<api::RoamingClient> client = clientFromFlags(parser, &problem);
    if (!client) {
        err << Program << problem << '\n';
        return ExitUsage;
    }
    err.flush();

    bulk::SweepOptions options;
    options.rate = rate;
    bulk::Sweep sweep(client.get(), list.entries, options);
    OrderedPrinter printer(sweep);
    const bool json = parser.isSet(QStringLiteral("json"));
    QObject::connect(&sweep, &bulk::Sweep::rowFinished, &sweep, [&printer] { printer.flush(); });
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(&sweep, &bulk::Sweep::progressChanged, &sweep, [&] {
        if (sweep.isRunning() && sinceProgress.elapsed() >= 1000) {
            sinceProgress.restart();
            printProgress(sweep, json, false);
        }
    });
    QEventLoop loop;
    QObject::connect(&sweep, &bulk::Sweep::finished, &loop, &QEventLoop::quit);
    int stoppedBy = 0;
    watchStopSignals(&sweep, [&sweep, &stoppedBy](int signal) {
        stoppedBy = signal;
        sweep.cancel();
    });
    sweep.start();
    if (sweep.isRunning())
        loop.exec();
    printer.flush();
    printProgress(sweep, json, true);
    if (stoppedBy != 0) {
        // Stdout stays a prefix of the full answer: row N's line is the Nth line, so a re-run can start after it.
        int notSent = 0;
        for (const bulk::SweepRow &row : sweep.rows())
            notSent += row.attempts == 0 ? 1 : 0;
        err << Program
            << QCoreApplication::translate("roamdesk::cli",
                   "stopped: %n row(s) not sent; %1 of %2 rows printed, the next is row %3.", nullptr, notSent)
                   .arg(printer.printed())
                   .arg(sweep.total())
                   .arg(printer.printed() + 1)
            << '\n';
        return exitCodeForSignal(stoppedBy);
    }
    if (const std::optional<ApiError> quota = sweep.quotaExceeded())
        err << Program << quota->userMessage() << '\n';
    for (const bulk::SweepRow &row : sweep.rows()) {
        if (row.networkFailed())
            return ExitNetworkError;
    }
    return ExitOk;
}

} // namespace roamdesk::cli
