// The receiver's parsing fast path (NotificationParser::parse's strict-subset scanner) against the full
// QJsonDocument path, differentially: for fixtures and many mutations of them, parse() must give exactly what
// NotificationParser::fromJson gives for the same document, and refuse whatever the full path refuses.
#include "models/notification.h"
#include "models/strictjson.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTest>

using namespace roamdesk;
using testsupport::dataPath;

namespace {

/// The full path alone: what parse() returned before it had a fast path.
NotificationParseResult fullPath(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || strictjson::findViolation(body))
        return NotificationParser::parse(body); // refused either way; parse() names the error
    return NotificationParser::fromJson(document.object());
}

/// The full path's result as the receiver asks for it (parseWithoutData): without `data`.
NotificationParseResult withoutData(NotificationParseResult result)
{
    if (result.notification)
        result.notification->data = QJsonObject();
    return result;
}

QString describe(const NotificationParseResult &result)
{
    if (!result.ok())
        return QStringLiteral("refused: ") + formatFieldErrors(result.errors);
    const Notification &n = *result.notification;
    QStringList parts{n.id, n.source, n.specversion, n.datacontenttype, eventtype::toWire(n.type),
        n.time.isValid() ? QString::number(n.time.toMSecsSinceEpoch()) : QStringLiteral("-"), n.subscriptionId,
        n.device ? QString::fromUtf8(QJsonDocument(n.device->toJson()).toJson(QJsonDocument::Compact))
                 : QStringLiteral("no device"),
        n.roaming ? QString::number(*n.roaming) : QStringLiteral("-"),
        n.countryCode ? QString::number(*n.countryCode) : QStringLiteral("-"),
        n.countryName ? n.countryName->join(QLatin1Char('|')) : QStringLiteral("-"), n.terminationReason,
        n.terminationDescription, n.initiationReason, n.updateReason,
        QString::fromUtf8(QJsonDocument(n.data).toJson(QJsonDocument::Compact))};
    return parts.join(QStringLiteral(" / "));
}

QList<QByteArray> seeds()
{
    QList<QByteArray> bodies;
    for (const QString &folder : {dataPath(QStringLiteral("models/notifications")),
             QStringLiteral(ROAMDESK_SOURCE_DIR "/fuzz/corpus/notificationparser")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                bodies << file.readAll();
        }
    }
    return bodies;
}

} // namespace

class TestReceiverParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsHaveFastPathCases()
    {
        const QList<QByteArray> bodies = seeds();
        QVERIFY(bodies.size() >= 10);
        int accepted = 0;
        for (const QByteArray &body : bodies) {
            QCOMPARE(describe(NotificationParser::parse(body)), describe(fullPath(body)));
            QCOMPARE(describe(NotificationParser::parseWithoutData(body)), describe(withoutData(fullPath(body))));
            accepted += NotificationParser::parse(body).ok() ? 1 : 0;
        }
        QVERIFY(accepted >= 8); // the valid fixtures, of every type
    }

    void sameAsFullPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray base =
            R"({"id":"e1","source":"https://n.example.net","specversion":"1.0",)"
            R"("datacontenttype":"application/json",)"
            R"("type":"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-change-country",)"
            R"("time":"2024-03-01T08:15:00.125Z","data":{"device":{"phoneNumber":"+33612345678"},)"
            R"("countryCode":262,"countryName":["DE"],"subscriptionId":"sub-1"}})";
        QTest::newRow("base") << base;
        const QList<std::pair<QByteArray, QByteArray>> replacements{{"262", "262.0"}, {"262", "2.62e2"}, {"262", "-0"},
            {"262", "0262"}, {"262", "2147483648"}, {"262", "-2147483648"}, {"262", "2147483647"},
            {"262", "99999999999"}, {"262", "\"262\""}, {"262", "null"}, {"262", "true"}, {"262", "-"},
            {"[\"DE\"]", "[]"}, {"[\"DE\"]", "[\"DE\",\"AT\"]"}, {"[\"DE\"]", "[\"DE\",]"}, {"[\"DE\"]", "[1]"},
            {"[\"DE\"]", "\"DE\""}, {"[\"DE\"]", "null"}, {"\"e1\"", "\"\""}, {"\"e1\"", "\"e\\u0031\""},
            {"\"e1\"", "\"\xc3\xa9\""}, {"\"e1\"", "1"}, {"\"e1\"", "null"}, {"\"1.0\"", "\"1.1\""},
            {"application/json\",", "text/plain\","}, {"\"datacontenttype\":\"application/json\",", ""},
            {"\"datacontenttype\":\"application/json\",", "\"datacontenttype\":null,"}, {".125Z", ".125+02:00"},
            {".125Z", ""}, {"2024-03-01", "2024-02-30"}, {"\"sub-1\"", "\"\""}, {",\"subscriptionId\":\"sub-1\"", ""},
            {"\"sub-1\"", "7"}, {"+33612345678", "12345"}, {"{\"phoneNumber\":\"+33612345678\"}", "{}"},
            {"{\"phoneNumber\":\"+33612345678\"}", "null"},
            {"{\"phoneNumber\":\"+33612345678\"}", "{\"networkAccessIdentifier\":\"a@b.example\"}"},
            {"{\"phoneNumber\":\"+33612345678\"}", "{\"ipv6Address\":\"2001:db8::1\"}"},
            {"{\"phoneNumber\":\"+33612345678\"}", "{\"ipv6Address\":\"nope\"}"},
            {"{\"phoneNumber\":\"+33612345678\"}",
                "{\"ipv4Address\":{\"publicAddress\":\"203.0.113.1\",\"publicPort\":80}}"},
            {"{\"phoneNumber\":\"+33612345678\"}", "{\"phoneNumber\":\"+33612345678\",\"phoneNumber\":\"+3361\"}"},
            {"\"id\":\"e1\",", "\"id\":\"e1\",\"id\":\"e2\","}, {"\"id\":\"e1\",", "\"extra\":1,\"id\":\"e1\","},
            {"\"countryCode\":262,", "\"countryCode\":262,\"roaming\":false,"},
            {"\"countryCode\":262,", "\"countryCode\":262,\"roaming\":fals,"},
            {"\"countryCode\":262,", "\"countryCode\":262,\"terminationReason\":\"NETWORK_TERMINATED\","},
            {"\"countryCode\":262,", "\"countryCode\":262,\"other\":{},"}, {"roaming-change-country", "roaming-on"},
            {"roaming-change-country", "roaming-status"}, {"roaming-change-country", "roaming-unknown"},
            {"roaming-change-country", "subscription-ends"}, {"roaming-change-country", "subscription-started"},
            {"roaming-change-country", "subscription-updated"}, {"org.camaraproject", "org.other"},
            {"{\"id\"", " \n\t{ \"id\" "}, {":", " : "}, {",", " ,\r\n"}, {"}}", "} } \n"}, {"}}", "}}x"}, {"}}", "}"},
            {"}}", "}},"}, {"\"data\":{", "\"data\":[{"}};
        for (int i = 0; i < replacements.size(); ++i) {
            QByteArray body = base;
            body.replace(replacements.at(i).first, replacements.at(i).second);
            QTest::addRow("replace %d: %s", i, replacements.at(i).second.constData()) << body;
        }
        for (const char *extra : {R"("terminationReason":"NETWORK_TERMINATED")",
                 R"("terminationReason":"NETWORK_TERMINATED","terminationDescription":"bye")",
                 R"("terminationReason":"NOPE")", R"("initiationReason":"SUBSCRIPTION_CREATED")",
                 R"("updateReason":"SUBSCRIPTION_ACTIVE")", R"("updateReason":"SUBSCRIPTION_CREATED")", ""}) {
            for (const char *type : {"subscription-ends", "subscription-ended", "subscription-started",
                     "subscription-updated", "roaming-off", "roaming-status"}) {
                QByteArray body = base;
                body.replace("roaming-change-country", type);
                if (*extra)
                    body.replace("\"subscriptionId\"", QByteArray(extra) + ",\"subscriptionId\"");
                QTest::addRow("%s with %s", type, extra) << body;
            }
        }
    }

    void sameAsFullPath()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(describe(NotificationParser::parse(body)), describe(fullPath(body)));
        QCOMPARE(describe(NotificationParser::parseWithoutData(body)), describe(withoutData(fullPath(body))));
    }

    void sameAsFullPathForMutants()
    {
        // Deterministic byte-level mutants of every seed: flips, deletions, insertions of JSON punctuation.
        QRandomGenerator random(20261126);
        const QByteArray alphabet = "{}[]\",:0123456789.eE+-tfnul \\\x7f\x80\xc3";
        int fastAccepted = 0;
        for (const QByteArray &seed : seeds()) {
            for (int i = 0; i < 1500; ++i) {
                QByteArray body = seed;
                const int edits = 1 + int(random.bounded(3));
                for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                    const int at = int(random.bounded(int(body.size())));
                    switch (random.bounded(3)) {
                    case 0:
                        body[at] = alphabet.at(int(random.bounded(int(alphabet.size()))));
                        break;
                    case 1:
                        body.remove(at, 1);
                        break;
                    default:
                        body.insert(at, alphabet.at(int(random.bounded(int(alphabet.size())))));
                    }
                }
                const QString actual = describe(NotificationParser::parse(body));
                const QString expected = describe(fullPath(body));
                if (actual != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("%1\n  fast: %2\n  full: %3")
                            .arg(QString::fromLatin1(body.toPercentEncoding(" {}[]\":,.-+")), actual, expected)));
                const QString skipped = describe(NotificationParser::parseWithoutData(body));
                if (skipped != describe(withoutData(fullPath(body))))
                    QFAIL(qPrintable(QStringLiteral("without data: %1\n  fast: %2")
                                         .arg(QString::fromLatin1(body.toPercentEncoding(" {}[]\":,.-+")), skipped)));
                fastAccepted += actual.startsWith(QLatin1String("refused")) ? 0 : 1;
            }
        }
        QVERIFY(fastAccepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiverParser)
#include "tst_receiver_parser.moc"
