#include "app/receiver/webhookreceiver.h"

#include "app/common/clock.h"
#include "app/common/logmasking.h"
#include "app/receiver/httpserver.h"
#include "app/receiver/requestworker.h"
#include "app/receiver/tlsfiles.h"
#include "app/store/groupcommitwriter.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"
#include "app/store/subscriptionregistry.h"
#include "models/notification.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QUrl>

Q_LOGGING_CATEGORY(lcReceiver, "roamdesk.receiver", QtInfoMsg)

namespace roamdesk {

namespace {

bool isAcceptedContentType(const QByteArray &header)
{
    const qsizetype semicolon = header.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? header : header.left(semicolon)).trimmed().toLower();
    if (mediaType != "application/cloudevents+json" && mediaType != "application/json")
        return false;
    if (semicolon < 0)
        return true;
    // JSON is UTF-8; a declared charset must say so.
    const QByteArray parameters = header.mid(semicolon + 1).trimmed().toLower();
    if (!parameters.startsWith("charset="))
        return true;
    QByteArray charset = parameters.mid(8).trimmed();
    if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
        charset = charset.mid(1, charset.size() - 2);
    return charset == "utf-8" || charset == "utf8";
}

} // namespace

WebhookReceiver::WebhookReceiver(SubscriptionRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_clock(Clock::system())
{
    // Subscriptions created at another desk of a shared store are accepted within a second.
    m_subscriptionPoll.setInterval(SharedSubscriptionPollMs);
    connect(&m_subscriptionPoll, &QTimer::timeout, this, [this] {
        if (m_registry)
            m_registry->reload();
    });
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

void WebhookReceiver::setSettings(const ReceiverSettings &settings)
{
    m_settings = settings;
}

void WebhookReceiver::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

QUrl WebhookReceiver::localUrl() const
{
    if (!m_http || m_http->serverPort() == 0)
        return {};
    QUrl url;
    url.setScheme(m_settings.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = m_http->serverAddress();
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_http->serverPort());
    url.setPath(m_settings.path);
    return url;
}

QUrl WebhookReceiver::sinkUrl() const
{
    return m_settings.publicSinkUrl.isValid() && !m_settings.publicSinkUrl.isEmpty() ? m_settings.publicSinkUrl
                                                                                     : localUrl();
}

quint16 WebhookReceiver::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

QString WebhookReceiver::databasePath() const
{
    return m_databasePath;
}

int WebhookReceiver::openConnections() const
{
    return m_http ? m_http->openConnections() : 0;
}

void WebhookReceiver::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool WebhookReceiver::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcReceiver).noquote() << message;
    stopWorker();
    m_http.reset();
    if (m_writer)
        m_writer->finish();
    m_writer.reset();
    setState(State::Failed);
    Q_EMIT errorOccurred(message);
    return false;
}

bool WebhookReceiver::start()
{
    if (m_state == State::Listening)
        return true;
    m_error.clear();
    if (!m_settings.path.startsWith(QLatin1Char('/')))
        return fail(tr("The receiver path must start with '/': %1").arg(m_settings.path));
    if (m_settings.maxBodyBytes <= 0 || m_settings.maxConnections <= 0 || m_settings.idleTimeoutMs <= 0
        || m_settings.headTimeoutMs <= 0 || m_settings.bodyTimeoutMs <= 0 || m_settings.maxConnectionsPerPeer <= 0)
        return fail(tr("The receiver limits must be positive."));
    m_databasePath =
        m_settings.databasePath.isEmpty() ? SqliteNotificationStore::defaultPath() : m_settings.databasePath;

    // The settings name a SQLite file or a store URL (postgresql://… for a store shared by several receivers).
    QString locationError;
    const std::optional<StoreLocation> location = StoreLocation::parse(m_databasePath, &locationError);
    if (!location)
        return fail(tr("Cannot open the notification store: %1").arg(locationError));

    // A receiver given no registry keeps its own, on its own connection to the same database.
    if (!m_registry) {
        QString openError;
        std::unique_ptr<NotificationStore> store =
            storefactory::open(*location, m_settings.durability, storefactory::Checks::Writable, &openError);
        if (!store)
            return fail(tr("Cannot open the notification store: %1").arg(openError));
        m_ownRegistry = std::make_unique<SubscriptionRegistry>(store.get());
        m_ownStore = std::move(store);
        m_registry = m_ownRegistry.get();
    }

    m_writer = std::make_unique<GroupCommitWriter>(storefactory::writer(*location, m_settings.durability));
    if (location->isShared())
        m_subscriptionPoll.start();
    QString storeError;
    if (!m_writer->start(&storeError))
        return fail(tr("Cannot open the notification store: %1").arg(storeError));
    connect(
        m_writer.get(), &GroupCommitWriter::batchCommitted, this, [this](int stored, int duplicates, qint64 newest) {
            ++m_stats.batches;
            m_stats.stored += stored;
            m_stats.duplicates += duplicates;
            if (stored > 0)
                Q_EMIT batchCommitted(stored, newest);
        });
    connect(m_writer.get(), &GroupCommitWriter::writeFailed, this, &WebhookReceiver::errorOccurred);
    m_writer->setTicketCompletion(
        [this](quint64 ticket, const GroupCommitWriter::Outcome &outcome) { finishStored(ticket, outcome); });

    for (const QString &token : std::as_const(m_settings.tokens))
        logmasking::registerSecret(token);
    m_authenticator = SinkAuthenticator(m_registry, m_settings.tokens, m_settings.allowUnauthenticated);
    m_path = m_settings.path.toUtf8();
    RequestWorker::Steps steps;
    steps.check = [this](const ReceivedRequest &request) { return check(request); };
    steps.store = [this](QList<RequestVerdict> &&accepted) {
        std::vector<std::pair<quint64, NotificationLogRecord>> records;
        records.reserve(size_t(accepted.size()));
        for (RequestVerdict &verdict : accepted)
            records.emplace_back(verdict.ticket, std::move(verdict.record));
        m_writer->submitFrom(std::move(records));
    };
    steps.refuse = [this](QList<RequestVerdict> &&refused) {
        QMetaObject::invokeMethod(
            this, [this, refused = std::move(refused)] { finishRefused(refused); }, Qt::QueuedConnection);
    };
    m_worker = std::make_unique<RequestWorker>(std::move(steps));
    m_worker->start();

    http::ServerLimits limits;
    limits.parser.maxBodyBytes = m_settings.maxBodyBytes;
    limits.maxConnections = m_settings.maxConnections;
    limits.maxConnectionsPerPeer = m_settings.maxConnectionsPerPeer;
    limits.idleTimeoutMs = m_settings.idleTimeoutMs;
    limits.headTimeoutMs = m_settings.headTimeoutMs;
    limits.bodyTimeoutMs = m_settings.bodyTimeoutMs;
    m_http = std::make_unique<http::HttpServer>(limits);
    connect(m_http.get(), &http::HttpServer::requestRefused, this, &WebhookReceiver::countRefusal);

    if (m_settings.tlsEnabled()) {
#if QT_CONFIG(ssl)
        QString error;
        const std::optional<QSslConfiguration> tls =
            loadServerTlsConfiguration(m_settings.tlsCertificateFile, m_settings.tlsKeyFile, &error);
        if (!tls)
            return fail(error);
        m_http->setTlsConfiguration(*tls);
#else
        return fail(tr("This build of Qt has no TLS support."));
#endif
    }
    if (!m_http->listen(m_settings.address, m_settings.port))
        return fail(tr("Cannot listen on %1 port %2: %3")
                        .arg(m_settings.address.toString())
                        .arg(m_settings.port)
                        .arg(m_http->errorString()));
    m_http->setHandler([this](http::HttpConnection *connection, quint64 slot, http::Request &&request) {
        handle(connection, slot, std::move(request));
    });
    qCInfo(lcReceiver).noquote() << "listening on" << localUrl().toString() << "store" << m_databasePath;
    setState(State::Listening);
    return true;
}

void WebhookReceiver::stop()
{
    if (m_state != State::Listening)
        return;
    setState(State::Stopping);
    if (m_http)
        m_http->stopListening();
    finishStop();
}

void WebhookReceiver::stopWorker()
{
    if (!m_worker)
        return;
    handOver();
    m_worker->requestStop();
    m_worker->wait();
    m_worker.reset();
    // Its last verdicts were posted to us before it ended: act on them now (to the writer, or answered).
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void WebhookReceiver::finishStop()
{
    // Checks what the worker has, commits everything pending and runs its completions: every held request
    // gets its answer.
    m_subscriptionPoll.stop();
    stopWorker();
    qint64 upkeepCpuMs = 0;
    if (m_writer) {
        m_writer->finish();
        upkeepCpuMs = m_writer->upkeepCpuUs() / 1000;
    }
    m_writer.reset();
    for (auto &[ticket, held] : std::exchange(m_held, {})) // cannot happen: each was answered or stored
        answerError(held, 503, "UNAVAILABLE", tr("The receiver is stopping."));
    if (m_http)
        m_http->closeAll();
    m_http.reset();
    qCInfo(lcReceiver) << "stopped;" << m_stats.stored << "stored," << m_stats.duplicates << "duplicates,"
                       << m_stats.rejected << "refused;" << m_stats.batches << "commits;" << upkeepCpuMs
                       << "ms CPU keeping the search index";
    setState(State::Stopped);
    Q_EMIT stopped();
}

void WebhookReceiver::countRefusal(int status, const QByteArray &code, const QString &message)
{
    ++m_stats.rejected;
    qCDebug(lcReceiver).noquote() << "answered" << status << code << "-" << message;
    Q_EMIT requestRejected(status, QString::fromLatin1(code), message);
}

void WebhookReceiver::answerError(const Held &held, int status, const QByteArray &code, const QString &message)
{
    countRefusal(status, code, message);
    if (!held.connection)
        return;
    http::Response response = http::errorResponse(status, code, message);
    if (status == 401)
        response.fields.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    else if (status == 405)
        response.fields.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
    held.connection->respond(held.slot, response);
}

bool WebhookReceiver::isSinkPath(const QByteArray &target) const
{
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    if (path == m_path)
        return true;
    // Percent-encoded or absolute-form targets: compare what they name.
    const QUrl url = QUrl::fromEncoded(path);
    return url.isValid() && url.path().toUtf8() == m_path;
}

void WebhookReceiver::handle(http::HttpConnection *connection, quint64 slot, http::Request &&request)
{
    Held held{connection, slot};
    if (!isSinkPath(request.target)) {
        return answerError(
            held, 404, "NOT_FOUND", tr("No notification sink at %1.").arg(QString::fromUtf8(request.target.left(200))));
    }
    if (request.method != "POST")
        return answerError(held, 405, "METHOD_NOT_ALLOWED", tr("Notifications are POSTed."));
    if (m_state != State::Listening || !m_writer || !m_worker)
        return answerError(held, 503, "UNAVAILABLE", tr("The receiver is stopping."));

    // Everything else (token, content type, CloudEvent, subscription) is checked on the worker thread; the
    // answer slot waits here. A client that goes away takes its connection with it: it gets no answer.
    ReceivedRequest handoff;
    handoff.ticket = m_writer->newTicket();
    handoff.body = std::move(request.body);
    handoff.authorization = request.field("authorization");
    handoff.contentType = request.field("content-type");
    handoff.receivedMs = m_clock->now().toMSecsSinceEpoch();
    m_held.emplace(handoff.ticket, held);
    // Handed over once per pass of the event loop, with every request read in it: one wake-up of the worker,
    // and the writer gets them as one batch instead of starting a commit on the first alone.
    if (m_handoff.empty())
        QMetaObject::invokeMethod(this, &WebhookReceiver::handOver, Qt::QueuedConnection);
    m_handoff.push_back(std::move(handoff));
}

void WebhookReceiver::handOver()
{
    std::vector<ReceivedRequest> requests = std::exchange(m_handoff, {});
    if (!requests.empty() && m_worker)
        m_worker->enqueue(std::move(requests)); // else stopped: the held requests get their answer from finishStop()
}

RequestVerdict WebhookReceiver::check(const ReceivedRequest &request) const
{
    RequestVerdict checked;
    checked.ticket = request.ticket;
    const auto refuse = [&checked](int status, const QByteArray &code, const QString &message) {
        checked.status = status;
        checked.code = code;
        checked.message = message;
        return checked;
    };
    const SinkAuthenticator::Presented presented = SinkAuthenticator::parseAuthorization(request.authorization);
    const SinkAuthenticator::Decision precheck = m_authenticator.precheck(presented);
    if (!precheck.accepted)
        return refuse(401, "UNAUTHENTICATED", precheck.message);

    if (!isAcceptedContentType(request.contentType))
        return refuse(415, "UNSUPPORTED_MEDIA_TYPE",
            tr("Expected application/cloudevents+json or application/json, got '%1'.")
                .arg(QString::fromLatin1(request.contentType)));

    // The body is stored as received: the parser need not build the JSON object of `data`.
    const NotificationParseResult parsed = NotificationParser::parseWithoutData(request.body);
    if (!parsed.ok()) {
        const QString problem =
            parsed.errors.isEmpty() ? tr("The CloudEvent is not valid.") : formatFieldErrors(parsed.errors);
        return refuse(400, "INVALID_ARGUMENT", problem);
    }
    const Notification &notification = *parsed.notification;
    const SinkAuthenticator::Decision decision = m_authenticator.authorize(presented, notification.subscriptionId);
    if (!decision.accepted)
        return refuse(401, "UNAUTHENTICATED", decision.message);
    if (m_registry && !decision.subscriptionId.isEmpty()) {
        const std::optional<KnownSubscription> known = m_registry->find(decision.subscriptionId);
        if (known && known->isDeleted())
            return refuse(410, "GONE",
                tr("Subscription %1 was deleted; its events are no longer accepted.").arg(decision.subscriptionId));
    }
    checked.record = NotificationLogRecord::fromNotification(
        notification, request.body, request.receivedMs, decision.subscriptionId, decision.validity);
    return checked;
}

void WebhookReceiver::finishRefused(const QList<RequestVerdict> &refused)
{
    for (const RequestVerdict &checked : refused) {
        const auto it = m_held.find(checked.ticket);
        if (it == m_held.end())
            continue;
        const Held held = it->second;
        m_held.erase(it);
        answerError(held, checked.status, checked.code, checked.message);
    }
}

void WebhookReceiver::finishStored(quint64 ticket, const GroupCommitWriter::Outcome &outcome)
{
    const auto it = m_held.find(ticket);
    if (it == m_held.end())
        return;
    const Held held = it->second;
    m_held.erase(it);
    // Answered 204 only once the event is durable; a gone client gets no answer (its event is stored all
    // the same; a retry is deduplicated).
    if (outcome.ok) {
        if (held.connection)
            held.connection->respond(held.slot, http::Response{});
        static const QMetaMethod storedSignal = QMetaMethod::fromSignal(&WebhookReceiver::notificationStored);
        if (outcome.seq > 0 && outcome.record && isSignalConnected(storedSignal)) {
            NotificationLogRecord announced = *outcome.record;
            announced.seq = outcome.seq;
            Q_EMIT notificationStored(announced);
        }
    } else {
        // The store's own words stay in the log (the writer reports them): a sender learns only to retry.
        answerError(held, 503, "UNAVAILABLE", tr("The notification could not be stored; try again later."));
    }
}

} // namespace roamdesk
