// roamdesk-cli status | subscribe | subscriptions | subscription get|delete: the API client on the command line.
// stdout carries only the API's JSON as received (reformatted with --pretty); everything else goes to stderr.
#include "app/cli/clicommands.h"

#include "app/client/roamingclient.h"
#include "app/simulator/simulatorserver.h"
#include "models/datetime.h"
#include "models/eventtype.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace roamdesk::cli {

namespace {

using api::ApiCall;
using api::Environment;
using api::EnvironmentKind;
using api::RoamingClient;

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::cli", text);
}

/// Thrown-free usage failure: the message for stderr.
struct UsageError
{
    QString message;
};

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("env"), tr("Environment: simulator (default), nac, nac-staging, nac-dev or custom."),
            QStringLiteral("name"), QStringLiteral("simulator")},
        {QStringLiteral("api-root"),
            tr("API root, e.g. https://host/device-status (with simulator: use a running one instead of starting "
               "one)."),
            QStringLiteral("url")},
        {QStringLiteral("api-key"), tr("Network as Code application key (default: $ROAMDESK_API_KEY)."),
            QStringLiteral("key")},
        {QStringLiteral("bearer"), tr("Bearer access token (default: $ROAMDESK_BEARER)."), QStringLiteral("token")},
        {QStringLiteral("token-url"),
            tr("OAuth2 token URL for client credentials (custom; secret from $ROAMDESK_CLIENT_SECRET)."),
            QStringLiteral("url")},
        {QStringLiteral("client-id"), tr("OAuth2 client id."), QStringLiteral("id")},
        {QStringLiteral("insecure"),
            tr("Send the OAuth2 client secret even over plain http to another host (refused otherwise).")},
        {QStringLiteral("subscriptions-version"), tr("Subscriptions API version: v0.7 (default) or v0.8."),
            QStringLiteral("version"), QStringLiteral("v0.7")},
        {QStringLiteral("timeout"), tr("Timeout per attempt in seconds (default 30)."), QStringLiteral("seconds"),
            QStringLiteral("30")},
        {QStringLiteral("sim-state"), tr("State file of the in-process simulator (keeps subscriptions between runs)."),
            QStringLiteral("file")},
        {QStringLiteral("pretty"), tr("Indent the JSON output.")},
        {QStringLiteral("verbose"), tr("Log requests and retries to stderr.")},
    });
}

void addDeviceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("phone"), tr("Phone number in E.164 form, e.g. +99999991000."), QStringLiteral("number")},
        {QStringLiteral("nai"), tr("Network access identifier, e.g. 123456789@domain.com."), QStringLiteral("id")},
        {QStringLiteral("ipv4"), tr("Public IPv4 address, optionally with :PORT."), QStringLiteral("public[:port]")},
        {QStringLiteral("private-ip"), tr("Private IPv4 address (with --ipv4)."), QStringLiteral("ip")},
        {QStringLiteral("ipv6"), tr("IPv6 address."), QStringLiteral("address")},
    });
}

/// What every error line starts with.
const QString Program = QStringLiteral("roamdesk-cli: ");

/// Parses `arguments`; returns -1 to go on, or the exit code (help shown, or a usage error printed).
int parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << Program << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << exitCodesHelp();
        return ExitOk;
    }
    return -1;
}

Device deviceFrom(const QCommandLineParser &parser)
{
    Device device;
    device.phoneNumber = parser.value(QStringLiteral("phone"));
    device.networkAccessIdentifier = parser.value(QStringLiteral("nai"));
    device.ipv6Address = parser.value(QStringLiteral("ipv6"));
    if (parser.isSet(QStringLiteral("ipv4"))) {
        QString value = parser.value(QStringLiteral("ipv4"));
        Ipv4Address address;
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            bool ok = false;
            const int port = value.mid(colon + 1).toInt(&ok);
            if (!ok)
                throw UsageError{tr("--ipv4: '%1' is not a port number.").arg(value.mid(colon + 1))};
            address.publicPort = port;
            value = value.left(colon);
        }
        address.publicAddress = value;
        address.privateAddress = parser.value(QStringLiteral("private-ip"));
        // As the Network as Code SDK: a lone public address stands for the private one too.
        if (address.privateAddress.isEmpty() && !address.publicPort) {
            address.privateAddress = address.publicAddress;
            // ... so a bad public address is the one thing to report, not a private one nobody typed.
            Device publicOnly;
            publicOnly.ipv4Address = Ipv4Address{value, QString(), 0};
            for (const FieldError &error : publicOnly.validate()) {
                if (error.path.endsWith(QLatin1String("publicAddress")))
                    throw UsageError{tr("--ipv4: %1").arg(error.message)};
            }
        }
        device.ipv4Address = address;
    } else if (parser.isSet(QStringLiteral("private-ip"))) {
        throw UsageError{tr("--private-ip needs --ipv4.")};
    }
    if (device.isEmpty())
        throw UsageError{tr("Name the device with --phone, --nai, --ipv4 or --ipv6.")};
    const FieldErrors errors = device.validateInput();
    if (!errors.isEmpty()) {
        // Named by the option that was typed, not by the API field it fills.
        static const QList<QPair<QString, QString>> flags{{QStringLiteral("phoneNumber"), QStringLiteral("--phone")},
            {QStringLiteral("networkAccessIdentifier"), QStringLiteral("--nai")},
            {QStringLiteral("ipv4Address.privateAddress"), QStringLiteral("--private-ip")},
            {QStringLiteral("ipv4Address"), QStringLiteral("--ipv4")},
            {QStringLiteral("ipv6Address"), QStringLiteral("--ipv6")}};
        QStringList messages;
        for (const FieldError &error : errors) {
            QString flag = error.path;
            for (const auto &[field, option] : flags) {
                if (error.path.startsWith(field)) {
                    flag = option;
                    break;
                }
            }
            messages << tr("%1: %2").arg(flag, error.message);
        }
        throw UsageError{messages.join(QStringLiteral("; "))};
    }
    return device;
}

QString fromEnvironment(const QCommandLineParser &parser, const QString &option, const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(variable));
}

/// The client's environment from the options, with the in-process simulator when it is the target.
class Session
{
    // Its own context: lupdate files the tr() calls of this class under it.
    Q_DECLARE_TR_FUNCTIONS(roamdesk::cli::Session)

public:
    explicit Session(const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("verbose")))
            QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*=false"));
        else
            QLoggingCategory::setFilterRules(QStringLiteral("roamdesk.*.debug=true"));

        const std::optional<EnvironmentKind> kind = Environment::kindFromString(parser.value(QStringLiteral("env")));
        if (!kind)
            throw UsageError{tr("Unknown --env '%1' (simulator, nac, nac-staging, nac-dev, custom).")
                                 .arg(parser.value(QStringLiteral("env")))};
        const QString apiRootText = parser.value(QStringLiteral("api-root"));
        const QUrl apiRoot(apiRootText, QUrl::StrictMode);
        if (parser.isSet(QStringLiteral("api-root"))
            && (!apiRoot.isValid() || apiRoot.host().isEmpty()
                || (apiRoot.scheme() != QLatin1String("http") && apiRoot.scheme() != QLatin1String("https"))))
            throw UsageError{tr("--api-root must be an absolute http(s) URL.")};
        const QString apiKey = fromEnvironment(parser, QStringLiteral("api-key"), "ROAMDESK_API_KEY");
        const QString bearer = fromEnvironment(parser, QStringLiteral("bearer"), "ROAMDESK_BEARER");

        switch (*kind) {
        case EnvironmentKind::Simulator:
            if (apiRoot.isEmpty()) {
                m_simulator = std::make_unique<sim::SimulatorServer>();
                if (parser.isSet(QStringLiteral("sim-state")))
                    m_simulator->setStateFile(parser.value(QStringLiteral("sim-state")));
                if (!bearer.isEmpty())
                    m_simulator->setRequiredToken(bearer);
                if (!m_simulator->listen())
                    throw UsageError{tr("The simulator could not start: %1").arg(m_simulator->errorString())};
                m_environment = Environment::simulator(m_simulator->apiRoot(), bearer);
            } else {
                m_environment = Environment::simulator(apiRoot, bearer);
            }
            break;
        case EnvironmentKind::NacProd:
        case EnvironmentKind::NacStaging:
        case EnvironmentKind::NacDev:
            if (apiKey.isEmpty())
                throw UsageError{tr("Network as Code needs an application key: --api-key or $ROAMDESK_API_KEY.")};
            m_environment = Environment::networkAsCode(*kind, apiKey);
            if (!apiRoot.isEmpty())
                m_environment.apiRoot = apiRoot;
            break;
        case EnvironmentKind::Custom:
            if (apiRoot.isEmpty())
                throw UsageError{tr("--env custom needs --api-root.")};
            if (parser.isSet(QStringLiteral("token-url"))) {
                const QString secret =
                    QProcessEnvironment::systemEnvironment().value(QStringLiteral("ROAMDESK_CLIENT_SECRET"));
                m_environment = Environment::customOAuth2(QStringLiteral("custom"), apiRoot,
                    QUrl(parser.value(QStringLiteral("token-url")), QUrl::StrictMode),
                    parser.value(QStringLiteral("client-id")), secret);
                m_environment.allowInsecureTokenUrl = parser.isSet(QStringLiteral("insecure"));
            } else {
                m_environment = Environment::customBearer(QStringLiteral("custom"), apiRoot, bearer);
                if (bearer.isEmpty())
                    m_environment.auth = api::AuthMode::None;
            }
            break;
        }
        m_environment.subscriptionsVersion = parser.value(QStringLiteral("subscriptions-version"));
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            throw UsageError{tr("--timeout must be a number of seconds between 0 and 3600.")};
        m_environment.timeoutMs = int(seconds * 1000);
        const QString problem = m_environment.validationError();
        if (!problem.isEmpty()) {
            if (m_environment.sendsSecretInClear())
                throw UsageError{problem + QLatin1Char(' ') + tr("--insecure sends it all the same.")};
            throw UsageError{problem};
        }
        if (m_environment.sendsSecretInClear())
            QTextStream(stderr) << Program
                                << tr("warning: the client secret goes to %1 unencrypted (--insecure).")
                                       .arg(m_environment.tokenUrl.toDisplayString())
                                << '\n';
        m_client.setEnvironment(m_environment);
        m_pretty = parser.isSet(QStringLiteral("pretty"));
    }

    ~Session()
    {
        if (m_simulator)
            m_simulator->shutdown(0);
    }

    RoamingClient &client() { return m_client; }

    /// Waits for the call, prints its answer (stdout) or error (stderr), returns the exit code. `done` goes to
    /// stderr on success (for answers without a body).
    int finish(ApiCall *call, const QString &done = QString())
    {
        if (!call->isFinished()) {
            QEventLoop loop;
            QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (call->ok()) {
            const QByteArray body = call->responseBody();
            if (!body.trimmed().isEmpty()) {
                QTextStream out(stdout);
                if (m_pretty)
                    out << QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
                else
                    out << body.trimmed() << '\n';
            }
            if (!done.isEmpty())
                QTextStream(stderr) << done << '\n';
            return ExitOk;
        }
        const ApiError error = call->error();
        QTextStream err(stderr);
        err << Program << error.userMessage() << '\n';
        if (!error.correlator.isEmpty())
            err << Program << "x-correlator " << error.correlator << '\n';
        if (call->refusedBeforeSending())
            return ExitUsage;
        if (error.isTransport() && error.transport != ApiError::Transport::InvalidBody)
            return ExitNetworkError;
        return ExitApiError; // from the API or from its token endpoint
    }

private:
    std::unique_ptr<sim::SimulatorServer> m_simulator;
    Environment m_environment;
    RoamingClient m_client;
    bool m_pretty = false;
};

template <typename Body>
int runVerb(const QStringList &arguments, QCommandLineParser &parser, Body body)
{
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    try {
        return body();
    } catch (const UsageError &error) {
        QTextStream(stderr) << Program << error.message << '\n';
        return ExitUsage;
    }
}

std::optional<QDateTime> parseTime(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const std::optional<QDateTime> time = rfc3339::parse(parser.value(option));
    if (!time)
        throw UsageError{tr("--%1: '%2' is not an RFC 3339 date-time such as 2025-12-03T12:27:08.312Z.")
                             .arg(option, parser.value(option))};
    return time;
}

} // namespace

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Retrieve a device's roaming status; prints the API's answer as received."));
    addCommonOptions(parser);
    addDeviceOptions(parser);
    return runVerb(arguments, parser, [&] {
        const Device device = deviceFrom(parser);
        Session session(parser);
        return session.finish(session.client().retrieveStatus(device));
    });
}

int runSubscribe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a roaming subscription; prints the subscription as received."));
    addCommonOptions(parser);
    addDeviceOptions(parser);
    parser.addOptions({
        {QStringLiteral("event"),
            tr("roaming-status, roaming-on, roaming-off or roaming-change-country (or the full type)."),
            QStringLiteral("type")},
        {QStringLiteral("sink"), tr("Notification URL (default: $ROAMDESK_SINK or https://example.com/notify)."),
            QStringLiteral("url")},
        {QStringLiteral("token"), tr("Sink access token (sent as an ACCESSTOKEN bearer credential)."),
            QStringLiteral("token")},
        {QStringLiteral("token-expires"), tr("Expiry of the sink access token (RFC 3339)."), QStringLiteral("time")},
        {QStringLiteral("initial-event"), tr("Ask for a notification of the current state at once.")},
        {QStringLiteral("max-events"), tr("Maximum number of notifications."), QStringLiteral("n")},
        {QStringLiteral("expire"), tr("Subscription expiry (RFC 3339)."), QStringLiteral("time")},
    });
    return runVerb(arguments, parser, [&] {
        SubscriptionRequest request;
        request.config.device = deviceFrom(parser);
        if (!parser.isSet(QStringLiteral("event")))
            throw UsageError{tr("--event is required (e.g. --event roaming-status).")};
        const std::optional<EventType> type = eventtype::fromString(parser.value(QStringLiteral("event")));
        if (!type || !eventtype::isSubscribable(*type))
            throw UsageError{
                tr("--event: '%1' is not one of roaming-status, roaming-on, roaming-off, roaming-change-country.")
                    .arg(parser.value(QStringLiteral("event")))};
        request.types = {eventtype::toWire(*type)};
        request.sink = parser.value(QStringLiteral("sink"));
        if (request.sink.isEmpty())
            request.sink = QProcessEnvironment::systemEnvironment().value(
                QStringLiteral("ROAMDESK_SINK"), QStringLiteral("https://example.com/notify"));
        if (parser.isSet(QStringLiteral("token")) != parser.isSet(QStringLiteral("token-expires")))
            throw UsageError{tr("--token and --token-expires go together.")};
        if (parser.isSet(QStringLiteral("token"))) {
            if (parser.value(QStringLiteral("token")).isEmpty())
                throw UsageError{tr("--token: the sink access token is empty.")};
            SinkCredential credential;
            credential.accessToken = parser.value(QStringLiteral("token"));
            credential.accessTokenExpiresUtc = parseTime(parser, QStringLiteral("token-expires"));
            request.sinkCredential = credential;
        }
        if (parser.isSet(QStringLiteral("initial-event")))
            request.config.initialEvent = true;
        if (parser.isSet(QStringLiteral("max-events"))) {
            bool ok = false;
            const int maxEvents = parser.value(QStringLiteral("max-events")).toInt(&ok);
            if (!ok || maxEvents < 1)
                throw UsageError{tr("--max-events must be a whole number of at least 1.")};
            request.config.subscriptionMaxEvents = maxEvents;
        }
        request.config.subscriptionExpireTime = parseTime(parser, QStringLiteral("expire"));
        const FieldErrors errors = request.validate(QDateTime::currentDateTimeUtc());
        if (!errors.isEmpty())
            throw UsageError{tr("Invalid subscription: %1").arg(formatFieldErrors(errors))};
        Session session(parser);
        return session.finish(session.client().createSubscription(request));
    });
}

int runSubscriptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the roaming subscriptions; prints the list as received."));
    addCommonOptions(parser);
    return runVerb(arguments, parser, [&] {
        if (!parser.positionalArguments().isEmpty())
            throw UsageError{tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first())};
        Session session(parser);
        return session.finish(session.client().listSubscriptions());
    });
}

int runSubscription(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Get or delete one roaming subscription."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("get or delete"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The subscription id."));
    return runVerb(arguments, parser, [&] {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2
            || (positional.first() != QLatin1String("get") && positional.first() != QLatin1String("delete")))
            throw UsageError{tr("Usage: subscription get|delete ID")};
        const QString id = positional.at(1);
        if (!RoamingClient::isValidSubscriptionId(id))
            throw UsageError{tr("'%1' is not a valid subscription id.").arg(id)};
        Session session(parser);
        if (positional.first() == QLatin1String("get"))
            return session.finish(session.client().getSubscription(id));
        return session.finish(session.client().deleteSubscription(id), tr("Deleted subscription %1.").arg(id));
    });
}

} // namespace roamdesk::cli

namespace roamdesk::cli {

void addDeviceFlags(QCommandLineParser &parser)
{
    addDeviceOptions(parser);
}

std::optional<Device> deviceFromFlags(const QCommandLineParser &parser, QString *error)
{
    try {
        return deviceFrom(parser);
    } catch (const UsageError &usage) {
        *error = usage.message;
        return std::nullopt;
    }
}

} // namespace roamdesk::cli

namespace roamdesk::cli {

void addEnvironmentFlags(QCommandLineParser &parser)
{
    addCommonOptions(parser);
}

std::shared_ptr<RoamingClient> clientFromFlags(const QCommandLineParser &parser, QString *error)
{
    try {
        auto session = std::make_shared<Session>(parser);
        return std::shared_ptr<RoamingClient>(session, &session->client());
    } catch (const UsageError &usage) {
        *error = usage.message;
        return nullptr;
    }
}

} // namespace roamdesk::cli
