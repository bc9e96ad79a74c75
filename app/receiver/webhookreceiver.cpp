#include "receiver/webhookreceiver.h"

#include "common/clock.h"
#include "notification.h"
#include "receiver/connectionguard.h"
#include "store/groupcommitwriter.h"
#include "store/sqlitenotificationstore.h"
#include "store/subscriptionregistry.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

Q_LOGGING_CATEGORY(lcReceiver, "roamdesk.receiver", QtInfoMsg)

namespace roamdesk {

namespace {

constexpr int ListenBacklog = 1024;

using Status = QHttpServerResponder::StatusCode;

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
    if (!m_listener)
        return {};
    QUrl url;
    url.setScheme(m_settings.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = m_listener->serverAddress();
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_listener->serverPort());
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
    return m_listener ? m_listener->serverPort() : 0;
}

QString WebhookReceiver::databasePath() const
{
    return m_databasePath;
}

int WebhookReceiver::openConnections() const
{
    return m_tracker ? m_tracker->openConnections() : 0;
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
    m_http.reset();
    m_tracker = nullptr;
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
    if (m_settings.maxBodyBytes <= 0 || m_settings.maxConnections <= 0 || m_settings.idleTimeoutMs <= 0)
        return fail(tr("The receiver limits must be positive."));
    m_databasePath =
        m_settings.databasePath.isEmpty() ? SqliteNotificationStore::defaultPath() : m_settings.databasePath;

    // A receiver given no registry keeps its own, on its own connection to the same database.
    if (!m_registry) {
        auto store = std::make_unique<SqliteNotificationStore>();
        if (!store->open(m_databasePath, m_settings.durability))
            return fail(tr("Cannot open the notification store: %1").arg(store->lastError()));
        m_ownRegistry = std::make_unique<SubscriptionRegistry>(store.get());
        m_ownStore = std::move(store);
        m_registry = m_ownRegistry.get();
    }

    m_writer =
        std::make_unique<GroupCommitWriter>(SqliteNotificationStore::factory(m_databasePath, m_settings.durability));
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

    m_authenticator = SinkAuthenticator(m_registry, m_settings.tokens, m_settings.allowUnauthenticated);
    m_path = m_settings.path.toUtf8();

    ConnectionLimits limits;
    limits.maxConnections = m_settings.maxConnections;
    limits.idleTimeoutMs = m_settings.idleTimeoutMs;
    limits.maxBodyBytes = m_settings.maxBodyBytes;
    m_http = std::make_unique<QHttpServer>();
    m_tracker = new ConnectionTracker(limits, m_http.get());

    QTcpServer *listener = nullptr;
    if (m_settings.tlsEnabled()) {
#if QT_CONFIG(ssl)
        QFile certificateFile(m_settings.tlsCertificateFile);
        QFile keyFile(m_settings.tlsKeyFile);
        if (!certificateFile.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the TLS certificate %1: %2")
                            .arg(m_settings.tlsCertificateFile, certificateFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the TLS key %1: %2").arg(m_settings.tlsKeyFile, keyFile.errorString()));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty())
            return fail(tr("%1 holds no PEM certificate.").arg(m_settings.tlsCertificateFile));
        if (key.isNull())
            return fail(tr("%1 holds no PEM private key (RSA or EC, unencrypted).").arg(m_settings.tlsKeyFile));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *sslListener = new GuardedSslServer(m_tracker, m_http.get());
        sslListener->setSslConfiguration(configuration);
        listener = sslListener;
#else
        return fail(tr("This build of Qt has no TLS support."));
#endif
    } else {
        listener = new GuardedTcpServer(m_tracker, m_http.get());
    }
    listener->setListenBacklogSize(ListenBacklog);
    listener->setMaxPendingConnections(ListenBacklog);
    if (!listener->listen(m_settings.address, m_settings.port))
        return fail(tr("Cannot listen on %1 port %2: %3")
                        .arg(m_settings.address.toString())
                        .arg(m_settings.port)
                        .arg(listener->errorString()));
    m_listener = listener;
    // One handler sees every request, so the configured path is compared literally (no router patterns)
    // and other methods on it can get 405 rather than 6.4's 404.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    m_http->bind(listener); // void on 6.4, bool on 6.8: the return value is not used
    qCInfo(lcReceiver).noquote() << "listening on" << localUrl().toString() << "store" << m_databasePath;
    setState(State::Listening);
    return true;
}

void WebhookReceiver::stop()
{
    if (m_state != State::Listening)
        return;
    setState(State::Stopping);
    if (m_listener)
        m_listener->close();
    finishStop();
}

void WebhookReceiver::finishStop()
{
    // Commits everything pending and runs its completions: every held request gets its answer.
    if (m_writer)
        m_writer->finish();
    m_writer.reset();
    if (m_tracker)
        m_tracker->closeAll();
    m_tracker = nullptr;
    m_http.reset();
    m_listener = nullptr;
    qCInfo(lcReceiver) << "stopped;" << m_stats.stored << "stored," << m_stats.duplicates << "duplicates,"
                       << m_stats.rejected << "refused";
    setState(State::Stopped);
    Q_EMIT stopped();
}

void WebhookReceiver::answerError(
    QHttpServerResponder &responder, int status, const QByteArray &code, const QString &message)
{
    ++m_stats.rejected;
    qCDebug(lcReceiver).noquote() << "answered" << status << code << "-" << message;
    Q_EMIT requestRejected(status, QString::fromLatin1(code), message);
    const QByteArray body = camaraErrorBody(status, code, message);
    responder.writeStatusLine(Status(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (status == 401)
        responder.writeHeader("WWW-Authenticate", "Bearer");
    else if (status == 405)
        responder.writeHeader("Allow", "POST");
    responder.writeBody(body);
}

void WebhookReceiver::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QPointer<ConnectionGuard> guard = m_tracker ? m_tracker->guardFor(responder.socket()) : nullptr;
    if (guard)
        guard->requestDispatched();

    if (request.url().path().toUtf8() != m_path)
        return answerError(responder, 404, "NOT_FOUND", tr("No notification sink at %1.").arg(request.url().path()));
    if (request.method() != QHttpServerRequest::Method::Post)
        return answerError(responder, 405, "METHOD_NOT_ALLOWED", tr("Notifications are POSTed."));
    if (m_state != State::Listening || !m_writer)
        return answerError(responder, 503, "UNAVAILABLE", tr("The receiver is stopping."));
    const QByteArray body = request.body();
    if (body.size() > m_settings.maxBodyBytes)
        return answerError(responder, 413, "PAYLOAD_TOO_LARGE",
            tr("The body (%1 bytes) is larger than %2 bytes.").arg(body.size()).arg(m_settings.maxBodyBytes));

    const SinkAuthenticator::Presented presented =
        SinkAuthenticator::parseAuthorization(request.value(QByteArrayLiteral("Authorization")));
    const SinkAuthenticator::Decision precheck = m_authenticator.precheck(presented);
    if (!precheck.accepted)
        return answerError(responder, 401, "UNAUTHENTICATED", precheck.message);

    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
    if (!isAcceptedContentType(contentType))
        return answerError(responder, 415, "UNSUPPORTED_MEDIA_TYPE",
            tr("Expected application/cloudevents+json or application/json, got '%1'.")
                .arg(QString::fromLatin1(contentType)));

    NotificationParseResult parsed = NotificationParser::parse(body);
    if (!parsed.ok()) {
        const QString problem =
            parsed.errors.isEmpty() ? tr("The CloudEvent is not valid.") : formatFieldErrors(parsed.errors);
        return answerError(responder, 400, "INVALID_ARGUMENT", problem);
    }
    const Notification &notification = *parsed.notification;
    const SinkAuthenticator::Decision decision = m_authenticator.authorize(presented, notification.subscriptionId);
    if (!decision.accepted)
        return answerError(responder, 401, "UNAUTHENTICATED", decision.message);
    if (m_registry && !decision.subscriptionId.isEmpty()) {
        const std::optional<KnownSubscription> known = m_registry->find(decision.subscriptionId);
        if (known && known->isDeleted())
            return answerError(responder, 410, "GONE",
                tr("Subscription %1 was deleted; its events are no longer accepted.").arg(decision.subscriptionId));
    }

    NotificationLogRecord record = NotificationLogRecord::fromNotification(
        notification, body, m_clock->now().toMSecsSinceEpoch(), decision.subscriptionId, decision.validity);
    static const QMetaMethod storedSignal = QMetaMethod::fromSignal(&WebhookReceiver::notificationStored);
    const bool announce = isSignalConnected(storedSignal);

    // Held until the commit: answered 204 only once the event is durable. Qt 6.4 deletes a socket whose
    // client went away even while its responder is held, so the socket is tracked: a gone client gets no
    // answer (its event is stored all the same; a retry is deduplicated).
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    if (guard)
        guard->responseDeferred();
    NotificationLogRecord announced = announce ? record : NotificationLogRecord();
    m_writer->submit(std::move(record),
        [this, held, socket, guard, announce, announced = std::move(announced)](
            const GroupCommitWriter::Outcome &outcome) mutable {
            const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
            if (outcome.ok) {
                if (connected) {
                    held->write(Status::NoContent);
                    socket->flush(); // now, not on the next event-loop pass: the client is waiting for it
                }
                if (announce && outcome.seq > 0) {
                    announced.seq = outcome.seq;
                    Q_EMIT notificationStored(announced);
                }
            } else if (connected) {
                answerError(
                    *held, 503, "UNAVAILABLE", tr("The notification could not be stored: %1").arg(outcome.error));
            }
            if (guard)
                guard->responseFinished();
        });
}

} // namespace roamdesk
