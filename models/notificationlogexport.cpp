#include "models/notificationlogexport.h"

#include "models/datetime.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace roamdesk {

namespace {

QString isoTime(qint64 ms)
{
    return rfc3339::format(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/// A spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula (CSV injection). A plain
/// number (an E.164 phone number, a negative count) cannot do anything and stays as it is.
bool mayRunAsFormula(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front()) && !number.match(text).hasMatch();
}

QByteArray csvField(const QString &text)
{
    // OWASP: a single quote before a formula makes it text, and the field is quoted.
    const bool formula = mayRunAsFormula(text);
    QByteArray bytes = NotificationLogExporter::escapeControls(text).toUtf8();
    if (formula)
        bytes.prepend('\'');
    if (formula || bytes.contains(',') || bytes.contains('"')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

/// Qt's JSON writer escapes C0 controls but writes DEL and C1 controls as they are: escape those too, so a
/// terminal never gets them. In UTF-8, C1 controls are C2 80..C2 9F; neither can occur outside a string.
QByteArray escapeRemainingControls(const QByteArray &json)
{
    if (!json.contains('\x7f') && !json.contains('\xc2'))
        return json;
    QByteArray out;
    out.reserve(json.size() + 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (byte == 0x7f) {
            out.append("\\u007f");
        } else if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
            out.append("\\u00").append(QByteArray::number(next, 16)); // the second byte is the code point
            ++i;
        } else {
            out.append(char(byte));
        }
    }
    return out;
}

} // namespace

QByteArray NotificationLogExporter::jsonLine(const NotificationLogRecord &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("seq"), record.seq);
    object.insert(QStringLiteral("receivedAt"), isoTime(record.receivedMs));
    object.insert(QStringLiteral("subscriptionId"),
        record.subscriptionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.subscriptionId));
    object.insert(QStringLiteral("validity"), receiptvalidity::toWire(record.validity));
    QJsonParseError parseError{};
    const QJsonDocument event = QJsonDocument::fromJson(record.rawJson, &parseError);
    if (event.isObject())
        object.insert(QStringLiteral("event"), event.object());
    else // cannot happen for what the receiver stored; keep the bytes rather than drop the row
        object.insert(QStringLiteral("eventRaw"), QString::fromUtf8(record.rawJson));
    QByteArray line = escapeRemainingControls(QJsonDocument(object).toJson(QJsonDocument::Compact));
    line.append('\n');
    return line;
}

QString NotificationLogExporter::escapeControls(const QString &text)
{
    const auto found = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); });
    if (found == text.cend())
        return text;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

QByteArray NotificationLogExporter::csvHeader()
{
    return QByteArrayLiteral("seq,receivedAt,eventTime,type,device,subscriptionId,roaming,countryCode,countryName,"
                             "terminationReason,source,id,validity\r\n");
}

QByteArray NotificationLogExporter::csvLine(const NotificationLogRecord &record)
{
    QByteArrayList fields;
    fields << QByteArray::number(record.seq) << csvField(isoTime(record.receivedMs))
           << (record.eventMs ? csvField(isoTime(*record.eventMs)) : QByteArray())
           << csvField(eventtype::shortName(record.type)) << csvField(record.device) << csvField(record.subscriptionId)
           << (record.roaming ? QByteArray(*record.roaming ? "true" : "false") : QByteArray())
           << (record.countryCode ? QByteArray::number(*record.countryCode) : QByteArray())
           << (record.countryNames ? csvField(record.countryNames->join(QLatin1Char(' '))) : QByteArray())
           << csvField(record.terminationReason) << csvField(record.source) << csvField(record.eventId)
           << csvField(receiptvalidity::toWire(record.validity));
    QByteArray line = fields.join(',');
    line.append("\r\n");
    return line;
}

bool NotificationLogExporter::write(NotificationLogSource &source, const NotificationLogFilter &filter, Format format,
    QIODevice *out, QString *error, qint64 *written)
{
    qint64 count = 0;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        if (written)
            *written = count;
        return false;
    };
    if (format == Format::Csv && out->write(csvHeader()) < 0)
        return fail(out->errorString());
    qint64 before = NotificationLogSource::NoSeq;
    for (;;) {
        const QList<NotificationLogRecord> page = source.olderThan(filter, before, PageSize, true);
        if (page.isEmpty() && !source.lastError().isEmpty())
            return fail(source.lastError());
        QByteArray chunk;
        for (const NotificationLogRecord &record : page)
            chunk += format == Format::JsonLines ? jsonLine(record) : csvLine(record);
        if (!chunk.isEmpty() && out->write(chunk) != chunk.size())
            return fail(out->errorString());
        count += page.size();
        if (page.size() < PageSize)
            break;
        before = page.constLast().seq;
    }
    if (written)
        *written = count;
    return true;
}

} // namespace roamdesk
