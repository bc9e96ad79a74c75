#include "notificationlogexport.h"

#include "datetime.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace roamdesk {

namespace {

QString isoTime(qint64 ms)
{
    return rfc3339::format(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
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
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
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
