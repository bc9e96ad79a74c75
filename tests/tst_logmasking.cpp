// Secrets never reach a log: the masking message handler on what Qt and RoamDesk print, and a real
// `roamdesk-cli receive` run with every debug category on, checked for the tokens it was given and shown.
#include "app/common/logmasking.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace roamdesk;

namespace {
const QString Cli = QStringLiteral(ROAMDESK_CLI_PATH);
}

class TestLogMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("header line") << QStringLiteral("Authorization: Bearer abc123xyz")
                                     << QStringLiteral("abc123xyz");
        QTest::newRow("basic") << QStringLiteral("authorization: Basic dXNlcjpwYXNz") << QStringLiteral("dXNlcjpwYXNz");
        QTest::newRow("Qt header pair") << QStringLiteral("QPair(\"authorization\",\"Bearer tok-7781\")")
                                        << QStringLiteral("tok-7781");
        QTest::newRow("api key pair") << QStringLiteral("(\"x-api-key\", \"k-5566778899\")")
                                      << QStringLiteral("k-5566778899");
        QTest::newRow("json member") << QStringLiteral("{\"accessToken\":\"sink-0042\"}")
                                     << QStringLiteral("sink-0042");
        QTest::newRow("form body") << QStringLiteral("grant_type=client_credentials&client_secret=s3cr3t-v4l")
                                   << QStringLiteral("s3cr3t-v4l");
        QTest::newRow("nac key") << QStringLiteral("x-rapidapi-key: 0123456789abcdef")
                                 << QStringLiteral("0123456789abcdef");
        QTest::newRow("password") << QStringLiteral("password=hunter2hunter2") << QStringLiteral("hunter2hunter2");
    }

    void masks()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString masked = logmasking::mask(message);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(QLatin1String("***")), qPrintable(masked));
    }

    void masksRegisteredSecretsAnywhere()
    {
        logmasking::registerSecret(QStringLiteral("plain-words-secret"));
        logmasking::registerSecret(QStringLiteral("abc")); // too short to mask without masking words
        const QString masked = logmasking::mask(QStringLiteral("got plain-words-secret from abc"));
        QCOMPARE(masked, QStringLiteral("got *** from abc"));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("event") << QStringLiteral("stored roaming-on for +99999991000 (sub-7)");
        QTest::newRow("counts") << QStringLiteral("tokens: 3 configured, 2 subscriptions");
        QTest::newRow("refusal") << QStringLiteral("answered 401 UNAUTHENTICATED - The bearer token is not valid.");
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, message);
        QCOMPARE(logmasking::mask(message), message);
    }

    void receiveWithEveryDebugCategoryPrintsNoToken()
    {
        const QByteArray configured = "configured-secret-4711";
        const QByteArray guess = "wrong-guess-0815";
        QTemporaryDir dir;
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        child.setProcessEnvironment(environment);
        child.start(Cli,
            {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                dir.filePath(QStringLiteral("n.sqlite")), QStringLiteral("--token"), QString::fromLatin1(configured)});
        QVERIFY(child.waitForStarted(20000));
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() != QProcess::Running; }, 20000));
        const QUrl sink(QString::fromUtf8(child.readLine().trimmed()));
        QVERIFY2(sink.isValid() && sink.port() > 0, child.readAllStandardError().constData());

        QNetworkAccessManager nam;
        int answered = 0;
        for (const QByteArray &token : {configured, guess}) {
            QNetworkRequest request(sink);
            request.setRawHeader("Content-Type", "application/cloudevents+json");
            request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.post(request, QByteArray("{\"not\":\"an event\"}"));
            QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
            answered += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
            delete reply;
        }
        QCOMPARE(answered, 2);
        child.terminate();
        QVERIFY(child.waitForFinished(20000));
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(!errors.isEmpty(), "debug logging printed nothing: the check would prove nothing");
        QVERIFY2(!errors.contains(configured), errors.constData());
        QVERIFY2(!errors.contains(guess), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestLogMasking)
#include "tst_logmasking.moc"
