#include "models/apierror.h"
#include "modeltestutil.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace roamdesk;

Q_DECLARE_METATYPE(roamdesk::ApiError::Transport)

/// ApiError: CAMARA ErrorInfo bodies, the bodies that are not, and the sentence shown to a person.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageStart");

        QTest::newRow("CAMARA 404") << 404 << testsupport::readData(u"models/errors/camara-404.json"_s)
                                    << u"IDENTIFIER_NOT_FOUND"_s << u"Device identifier not found."_s;
        QTest::newRow("CAMARA 422") << 422 << testsupport::readData(u"models/errors/camara-422.json"_s)
                                    << u"MULTIEVENT_SUBSCRIPTION_NOT_SUPPORTED"_s
                                    << u"Multi event types subscription not managed"_s;
        QTest::newRow("partial: status only") << 429 << testsupport::readData(u"models/errors/partial.json"_s)
                                              << u"TOO_MANY_REQUESTS"_s << u"Rate limit reached."_s;
        QTest::newRow("partial: code only") << 409 << QByteArray(R"({"code":"ALREADY_EXISTS"})") << "ALREADY_EXISTS"
                                            << "The resource that a client tried to create already exists.";
        QTest::newRow("code of the wrong type")
            << 400 << QByteArray(R"({"code":400,"message":"bad"})") << "INVALID_ARGUMENT"
            << "bad";
        QTest::newRow("HTML gateway page")
            << 502 << testsupport::readData(u"models/errors/gateway.html"_s) << u"BAD_GATEWAY"_s
            << u"The server sent a body that is not a CAMARA error: "_s;
        QTest::newRow("empty body") << 503 << testsupport::readData(u"models/errors/empty.txt"_s) << u"UNAVAILABLE"_s
                                    << u"The server sent no error details"_s;
        QTest::newRow("whitespace body") << 504 << QByteArray("\r\n") << "TIMEOUT"
                                         << "The server sent no error details";
        QTest::newRow("plain text") << 500 << QByteArray("Internal Server Error") << "INTERNAL"
                                    << "The server sent a body that is not a CAMARA error: Internal Server Error";
        QTest::newRow("JSON array") << 400 << QByteArray("[1,2]") << "INVALID_ARGUMENT"
                                    << "The server sent a body that is not a CAMARA error: [1,2]";
        QTest::newRow("truncated JSON") << 401 << QByteArray("{\"status\":401,\"code\":\"UNAUTH") << "UNAUTHENTICATED"
                                        << "The server sent a body that is not a CAMARA error: ";
        QTest::newRow("unlisted 4xx") << 418 << QByteArray() << "INVALID_ARGUMENT"
                                      << "The server sent no error details";
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, messageStart);
        const ApiError error = ApiError::fromHttp(status, body, QStringLiteral("corr-1"));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(messageStart), qPrintable(error.message));
        QCOMPARE(error.correlator, QStringLiteral("corr-1"));
        QVERIFY(!error.isTransport());
    }

    void htmlIsQuotedOnOneLine()
    {
        const ApiError error = ApiError::fromHttp(502, testsupport::readData(u"models/errors/gateway.html"_s));
        QVERIFY(error.message.contains(QLatin1String("<title>502 Bad Gateway</title>")));
        QVERIFY(!error.message.contains(QLatin1Char('\n')));
    }

    void longBodyIsCut()
    {
        const ApiError error = ApiError::fromHttp(500, QByteArray(5000, 'x'));
        QVERIFY(error.message.size() < 400);
        QVERIFY(error.message.endsWith(QStringLiteral("…")));
    }

    void defaultCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << "INVALID_ARGUMENT";
        QTest::newRow("401") << 401 << "UNAUTHENTICATED";
        QTest::newRow("403") << 403 << "PERMISSION_DENIED";
        QTest::newRow("404") << 404 << "NOT_FOUND";
        QTest::newRow("405") << 405 << "METHOD_NOT_ALLOWED";
        QTest::newRow("406") << 406 << "NOT_ACCEPTABLE";
        QTest::newRow("409") << 409 << "CONFLICT";
        QTest::newRow("410") << 410 << "GONE";
        QTest::newRow("412") << 412 << "FAILED_PRECONDITION";
        QTest::newRow("415") << 415 << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("422") << 422 << "UNPROCESSABLE_ENTITY";
        QTest::newRow("429") << 429 << "TOO_MANY_REQUESTS";
        QTest::newRow("500") << 500 << "INTERNAL";
        QTest::newRow("501") << 501 << "NOT_IMPLEMENTED";
        QTest::newRow("502") << 502 << "BAD_GATEWAY";
        QTest::newRow("503") << 503 << "UNAVAILABLE";
        QTest::newRow("504") << 504 << "TIMEOUT";
        QTest::newRow("other 4xx") << 451 << "INVALID_ARGUMENT";
        QTest::newRow("other 5xx") << 599 << "INTERNAL";
        QTest::newRow("not an error") << 200 << "UNKNOWN";
    }

    void defaultCode()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QCOMPARE(ApiError::defaultCode(status), code);
    }

    void defaultMessage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("TOO_MANY_REQUESTS") << "TOO_MANY_REQUESTS"
                                           << "Rate limit reached.";
        QTest::newRow("QUOTA_EXCEEDED") << "QUOTA_EXCEEDED"
                                        << "Out of resource quota.";
        QTest::newRow("UNAVAILABLE") << "UNAVAILABLE"
                                     << "Network issue";
        QTest::newRow("INVALID_PROTOCOL") << "INVALID_PROTOCOL"
                                          << "Only HTTP is supported";
        QTest::newRow("INVALID_CREDENTIAL") << "INVALID_CREDENTIAL"
                                            << "Only Access token is supported";
        QTest::newRow("INVALID_TOKEN") << "INVALID_TOKEN"
                                       << "Only bearer token is supported";
        QTest::newRow("INVALID_SINK") << "INVALID_SINK"
                                      << "sink not valid for the specified protocol";
        QTest::newRow("MISSING_IDENTIFIER") << "MISSING_IDENTIFIER"
                                            << "The device cannot be identified.";
        QTest::newRow("GONE") << "GONE"
                              << "Access to the target resource is no longer available.";
        QTest::newRow("unknown code") << "NO_SUCH_CODE"
                                      << "";
    }

    void defaultMessage()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QCOMPARE(ApiError::defaultMessage(code), message);
    }

    void make()
    {
        ApiError error = ApiError::make(429, QString());
        QCOMPARE(error.code, QStringLiteral("TOO_MANY_REQUESTS"));
        QCOMPARE(error.message, QStringLiteral("Rate limit reached."));
        error = ApiError::make(422, QStringLiteral("UNNECESSARY_IDENTIFIER"));
        QCOMPARE(error.message, QStringLiteral("The device is already identified by the access token."));
        error = ApiError::make(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("device.phoneNumber: bad"));
        QCOMPARE(error.message, QStringLiteral("device.phoneNumber: bad"));
    }

    void toJsonIsErrorInfo()
    {
        ApiError error = ApiError::make(404, QStringLiteral("NOT_FOUND"));
        error.correlator = QStringLiteral("never-in-the-body");
        const QJsonObject json = error.toJson();
        QCOMPARE(json,
            QJsonObject({{u"status"_s, 404}, {u"code"_s, u"NOT_FOUND"_s},
                {u"message"_s, u"The specified resource is not found."_s}}));
        const ApiError back = ApiError::fromHttp(404, error.toJsonBytes());
        QCOMPARE(back.toJson(), json);
    }

    void userMessage_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503, 504})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }

    /// Each status has its own sentence naming status and code, with the server's message after it.
    void userMessage()
    {
        QFETCH(int, status);
        const ApiError error = ApiError::make(status, QString(), QStringLiteral("server says hi"));
        const QString text = error.userMessage();
        QVERIFY2(text.startsWith(QStringLiteral("The network answered %1 %2: ").arg(status).arg(error.code)),
            qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String(". (server says hi)")), qPrintable(text));
    }

    void userMessagesAreDistinct()
    {
        QSet<QString> sentences;
        const QList<int> statuses{400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503, 504};
        for (int status : statuses) {
            ApiError error = ApiError::make(status, QStringLiteral("X"));
            error.message.clear();
            sentences.insert(error.userMessage());
        }
        QCOMPARE(sentences.size(), statuses.size());
    }

    void userMessageExample()
    {
        QCOMPARE(ApiError::make(503, QStringLiteral("UNAVAILABLE")).userMessage(),
            QStringLiteral("The network answered 503 UNAVAILABLE: the service is temporarily unavailable. "
                           "(Network issue)"));
        ApiError bare = ApiError::make(404, QStringLiteral("NOT_FOUND"));
        bare.message.clear();
        QCOMPARE(bare.userMessage(),
            QStringLiteral("The network answered 404 NOT_FOUND: the device or the resource was not found."));
    }

    void transport_data()
    {
        QTest::addColumn<ApiError::Transport>("transport");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("refused") << ApiError::Transport::ConnectionRefused << "CONNECTION_REFUSED"
                                 << "refused";
        QTest::newRow("host not found") << ApiError::Transport::HostNotFound << "HOST_NOT_FOUND"
                                        << "host name";
        QTest::newRow("tls") << ApiError::Transport::Tls << "TLS_ERROR"
                             << "TLS";
        QTest::newRow("timeout") << ApiError::Transport::Timeout << "TIMEOUT"
                                 << "in time";
        QTest::newRow("truncated") << ApiError::Transport::Truncated << "TRUNCATED"
                                   << "cut off";
        QTest::newRow("invalid body") << ApiError::Transport::InvalidBody << "INVALID_BODY"
                                      << "JSON";
        QTest::newRow("cancelled") << ApiError::Transport::Cancelled << "CANCELLED"
                                   << "cancelled";
        QTest::newRow("other") << ApiError::Transport::Other << "NETWORK_ERROR"
                               << "failed";
    }

    void transport()
    {
        QFETCH(ApiError::Transport, transport);
        QFETCH(QString, code);
        QFETCH(QString, keyword);
        const ApiError error =
            ApiError::transportFailure(transport, QStringLiteral("detail 42"), QStringLiteral("c-9"));
        QVERIFY(error.isTransport());
        QCOMPARE(error.httpStatus, 0);
        QCOMPARE(error.code, code);
        QCOMPARE(error.correlator, QStringLiteral("c-9"));
        const QString text = error.userMessage();
        QVERIFY2(text.contains(keyword), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("(detail 42)")), qPrintable(text));
        QVERIFY(!text.startsWith(QLatin1String("The network answered")));
    }

    /// Every ErrorInfo example of the official files: read as an HTTP answer, written back identically,
    /// and every code they use has a default message.
    void officialExamples()
    {
        REQUIRE_SHARED_SPEC();
        int seen = 0;
        QString error;
        const QList<testsupport::yaml::Example> examples = modeltest::allSpecExamples(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const testsupport::yaml::Example &example : examples) {
            const QJsonObject input = example.value.toObject();
            if (!input.value(QStringLiteral("status")).isDouble() || !input.contains(QStringLiteral("code")))
                continue;
            ++seen;
            const int status = input.value(QStringLiteral("status")).toInt();
            const ApiError apiError = ApiError::fromHttp(status, QJsonDocument(input).toJson());
            QCOMPARE(apiError.toJson(), input);
            QVERIFY2(!ApiError::defaultMessage(apiError.code).isEmpty(), qPrintable(apiError.code));
            QVERIFY(apiError.userMessage().contains(apiError.code));
        }
        QVERIFY2(seen >= 60, qPrintable(QString::number(seen)));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
