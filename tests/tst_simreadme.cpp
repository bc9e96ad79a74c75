// The README's simulator examples, run as written against the real roamdesk-cli and its simulator: every
// `roamdesk-cli status` line and every row of the seed device table answers as the README says, and the
// simulator example shows scenario events to a subscription made after it started.
#include "testsupport.h"
#include "tst_simsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15000;

QString readme()
{
    QFile file(QStringLiteral(ROAMDESK_SOURCE_DIR) + u"/README.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The words of a command line from the README (no quoting in these examples), without a trailing comment.
QStringList words(const QString &line)
{
    return line.section(u" #"_s, 0, 0).split(u' ', Qt::SkipEmptyParts);
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ROAMDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(Timeout))
        return run;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

class TestSimReadme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusExamplesAnswer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString text = readme();
        QVERIFY(!text.isEmpty());
        const QRegularExpression status(u"^roamdesk-cli (status .*)$"_s, QRegularExpression::MultilineOption);
        int count = 0;
        for (const auto &match : status.globalMatch(text)) {
            QTest::newRow(qPrintable(match.captured(1))) << words(match.captured(1));
            ++count;
        }
        QVERIFY(count >= 2); // phone and IPv4
    }
    void statusExamplesAnswer()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).object().contains(u"roaming"_s));
    }

    void seedTableAnswers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("where");
        const QRegularExpression row(
            u"^\\| (Phone|NAI|IPv4|IPv6) \\| `(--[^`]+)` \\| ([^|]+) \\|$"_s, QRegularExpression::MultilineOption);
        QSet<QString> kinds;
        for (const auto &match : row.globalMatch(readme())) {
            QTest::newRow(qPrintable(match.captured(2)))
                << (QStringList{u"status"_s} + words(match.captured(2))) << match.captured(3).trimmed();
            kinds.insert(match.captured(1));
        }
        QCOMPARE(kinds.size(), 4); // a device of every kind is documented
    }
    void seedTableAnswers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, where);
        const Run run = cli(arguments);
        const QRegularExpression answers(u"^answers (\\d{3})"_s);
        if (const auto match = answers.match(where); match.hasMatch()) {
            QCOMPARE(run.code, 3);
            QVERIFY2(run.err.contains(match.captured(1).toLatin1()), run.err.constData());
            return;
        }
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        const QRegularExpression roaming(u"^roaming in ([A-Z]{2})"_s);
        if (const auto match = roaming.match(where); match.hasMatch()) {
            QVERIFY2(status.value(u"roaming"_s).toBool(), run.out.constData());
            QCOMPARE(status.value(u"countryName"_s).toArray().first().toString(), match.captured(1));
        } else {
            QVERIFY2(where.startsWith(u"at home"_s), qPrintable(where));
            QVERIFY2(!status.value(u"roaming"_s).toBool(true), run.out.constData());
        }
    }

    void simulatorExampleShowsEvents()
    {
        const QRegularExpression line(u"^roamdesk-cli (simulator .*)$"_s, QRegularExpression::MultilineOption);
        const auto match = line.match(readme());
        QVERIFY(match.hasMatch());
        QStringList arguments = words(match.captured(1));
        // Any free port instead of the README's 9091.
        const qsizetype port = arguments.indexOf(u"--port"_s);
        QVERIFY(port >= 0);
        arguments[port + 1] = u"0"_s;

        simtest::Sink sink;
        simtest::HttpClient http;
        QProcess process;
        process.start(QStringLiteral(ROAMDESK_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted(Timeout));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), Timeout);
        const QUrl apiRoot(QString::fromUtf8(process.readLine()).trimmed());
        QVERIFY(apiRoot.isValid());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("first subscription"), Timeout);

        const QJsonObject body{{u"protocol"_s, u"HTTP"_s}, {u"sink"_s, sink.url().toString()},
            {u"types"_s, QJsonArray{QString::fromLatin1(simtest::typeWire("roaming-status"))}},
            {u"config"_s,
                QJsonObject{{u"subscriptionDetail"_s,
                    QJsonObject{{u"device"_s, QJsonObject{{u"phoneNumber"_s, u"+99999991001"_s}}}}}}}};
        const auto created =
            http.send("POST", QUrl(apiRoot.toString() + u"/device-roaming-status-subscriptions/v0.7/subscriptions"_s),
                QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        // The tour's roaming changes reach the subscription (off to FR, BE to home), and stderr says each step.
        QTRY_COMPARE_WITH_TIMEOUT(sink.typesFor(id).size(), 2, 2 * Timeout);
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("scenario finished"), Timeout);
        QVERIFY2(err.contains("-> FR France (208)") && err.contains("-> BE Belgium (206)") && err.contains("-> home"),
            err.constData());
        QCOMPARE(sink.eventsFor(id).first().data().value(u"countryCode"_s).toInt(), 208);
        process.terminate();
        QVERIFY(process.waitForFinished(Timeout));
    }
};

QTEST_GUILESS_MAIN(TestSimReadme)
#include "tst_simreadme.moc"
