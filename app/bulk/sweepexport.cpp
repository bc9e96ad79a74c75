#include "app/bulk/sweepexport.h"

#include "models/datetime.h"

#include <QJsonDocument>
#include <QStringList>

namespace roamdesk::bulk {

QByteArray SweepExport::toCsv(const QList<SweepRow> &rows)
{
    QStringList header = DeviceListParser::csvColumns();
    header.prepend(QStringLiteral("row"));
    header << QStringLiteral("status") << QStringLiteral("roaming") << QStringLiteral("countryCode")
           << QStringLiteral("countryName") << QStringLiteral("lastStatusTime") << QStringLiteral("errorCode")
           << QStringLiteral("errorMessage");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const SweepRow &row : rows) {
        if (!row.done)
            continue;
        const Device &device = row.entry.device;
        const std::optional<Ipv4Address> &ipv4 = device.ipv4Address;
        QStringList fields{QString::number(row.entry.row), device.phoneNumber, device.networkAccessIdentifier,
            ipv4 ? ipv4->publicAddress : QString(), ipv4 ? ipv4->privateAddress : QString(),
            ipv4 && ipv4->publicPort ? QString::number(*ipv4->publicPort) : QString(), device.ipv6Address,
            row.entry.label, row.entry.group, QString::number(row.httpStatus)};
        if (row.status) {
            fields << (row.status->roaming ? QStringLiteral("true") : QStringLiteral("false"))
                   << (row.status->countryCode ? QString::number(*row.status->countryCode) : QString())
                   << row.status->countryName.value_or(QStringList()).join(QLatin1Char(' '))
                   << (row.status->lastStatusTime ? rfc3339::format(*row.status->lastStatusTime) : QString())
                   << QString() << QString();
        } else {
            fields << QString() << QString() << QString() << QString() << (row.error ? row.error->code : QString())
                   << (row.error ? row.error->message : QString());
        }
        for (QString &field : fields)
            field = DeviceListParser::csvField(field);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray SweepExport::toJsonLines(const QList<SweepRow> &rows)
{
    QByteArray out;
    for (const SweepRow &row : rows) {
        if (!row.done)
            continue;
        QJsonObject line = row.toJson();
        if (!row.entry.label.isEmpty())
            line.insert(QStringLiteral("label"), row.entry.label);
        if (!row.entry.group.isEmpty())
            line.insert(QStringLiteral("group"), row.entry.group);
        out += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace roamdesk::bulk
