#include "models/devicelist.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace roamdesk {

namespace {

enum class Column { PhoneNumber, Nai, Ipv4Public, Ipv4Private, Ipv4Port, Ipv6, Label, Group };

const QList<std::pair<QString, Column>> &columnNames()
{
    static const QList<std::pair<QString, Column>> names{{u"phoneNumber"_s, Column::PhoneNumber},
        {u"networkAccessIdentifier"_s, Column::Nai}, {u"ipv4Public"_s, Column::Ipv4Public},
        {u"ipv4Private"_s, Column::Ipv4Private}, {u"ipv4Port"_s, Column::Ipv4Port}, {u"ipv6"_s, Column::Ipv6},
        {u"label"_s, Column::Label}, {u"group"_s, Column::Group}};
    return names;
}

/// The CSV column a device field is typed in (Device::validate() paths -> header names).
QString columnOf(const QString &path)
{
    static const QList<std::pair<QString, QString>> map{{u"ipv4Address.publicAddress"_s, u"ipv4Public"_s},
        {u"ipv4Address.privateAddress"_s, u"ipv4Private"_s}, {u"ipv4Address.publicPort"_s, u"ipv4Port"_s},
        {u"ipv4Address"_s, u"ipv4Public"_s}, {u"ipv6Address"_s, u"ipv6"_s}};
    for (const auto &[field, column] : map) {
        if (path == field)
            return column;
    }
    return path;
}

/// One CSV record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends a record.
QList<CsvRecord> splitCsv(const QString &text, QList<DeviceListError> *errors)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    auto endRecord = [&] {
        record.fields << field;
        records << record;
        record = CsvRecord();
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        errors->append(DeviceListError{record.line, QString(), DeviceListParser::tr("A quoted field is not closed.")});
    else if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
}

void appendDeviceErrors(const FieldErrors &fieldErrors, int line, bool csv, QList<DeviceListError> *errors)
{
    for (const FieldError &error : fieldErrors) {
        const QString field = csv ? columnOf(error.path) : error.path;
        errors->append(DeviceListError{line, field, error.message});
    }
}

} // namespace

QString DeviceListError::toString() const
{
    if (field.isEmpty())
        return DeviceListParser::tr("line %1: %2").arg(line).arg(message);
    return DeviceListParser::tr("line %1, %2: %3").arg(line).arg(field, message);
}

QStringList DeviceListParser::csvColumns()
{
    QStringList names;
    for (const auto &[name, column] : columnNames())
        names << name;
    return names;
}

QString DeviceListParser::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

DeviceList DeviceListParser::parseCsv(const QByteArray &data)
{
    DeviceList list;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QList<CsvRecord> records = splitCsv(text, &list.errors);

    QList<std::optional<Column>> header;
    int row = 0;
    for (const CsvRecord &record : records) {
        if (isBlank(record))
            continue;
        if (header.isEmpty()) {
            bool identifier = false;
            for (const QString &name : record.fields) {
                std::optional<Column> column;
                for (const auto &[known, value] : columnNames()) {
                    if (name.trimmed().compare(known, Qt::CaseInsensitive) == 0)
                        column = value;
                }
                identifier = identifier || (column && *column != Column::Label && *column != Column::Group);
                header << column;
            }
            if (!identifier) {
                list.errors << DeviceListError{record.line, QString(),
                    tr("The header row names no device column (%1).")
                        .arg(csvColumns().mid(0, 6).join(QStringLiteral(", ")))};
                return list;
            }
            continue;
        }
        ++row;
        if (record.fields.size() > header.size()) {
            list.errors << DeviceListError{record.line, QString(),
                tr("%1 fields, but the header names %2.").arg(record.fields.size()).arg(header.size())};
            continue;
        }
        DeviceListEntry entry;
        entry.row = row;
        entry.line = record.line;
        QString ipv4Public, ipv4Private, ipv4Port;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (!header.at(i))
                continue;
            const QString value = record.fields.at(i).trimmed();
            switch (*header.at(i)) {
            case Column::PhoneNumber:
                entry.device.phoneNumber = value;
                break;
            case Column::Nai:
                entry.device.networkAccessIdentifier = value;
                break;
            case Column::Ipv4Public:
                ipv4Public = value;
                break;
            case Column::Ipv4Private:
                ipv4Private = value;
                break;
            case Column::Ipv4Port:
                ipv4Port = value;
                break;
            case Column::Ipv6:
                entry.device.ipv6Address = value;
                break;
            case Column::Label:
                entry.label = value;
                break;
            case Column::Group:
                entry.group = value;
                break;
            }
        }
        bool portOk = true;
        if (!ipv4Public.isEmpty() || !ipv4Private.isEmpty() || !ipv4Port.isEmpty()) {
            Ipv4Address address{ipv4Public, ipv4Private, std::nullopt};
            if (!ipv4Port.isEmpty()) {
                const int port = ipv4Port.toInt(&portOk);
                if (portOk)
                    address.publicPort = port;
            }
            // As the command line's --ipv4: a lone public address stands for the private one too.
            if (address.privateAddress.isEmpty() && !address.publicPort && portOk)
                address.privateAddress = address.publicAddress;
            entry.device.ipv4Address = address;
        }
        if (!portOk) {
            list.errors << DeviceListError{
                record.line, QStringLiteral("ipv4Port"), tr("'%1' is not a port number.").arg(ipv4Port)};
            continue;
        }
        const FieldErrors errors = entry.device.validateInput();
        if (!errors.isEmpty()) {
            appendDeviceErrors(errors, record.line, true, &list.errors);
            continue;
        }
        list.entries << entry;
    }
    if (header.isEmpty() && list.errors.isEmpty())
        list.errors << DeviceListError{1, QString(), tr("The file is empty: a header row is needed.")};
    return list;
}

DeviceList DeviceListParser::parseJsonLines(const QByteArray &data)
{
    DeviceList list;
    const QList<QByteArray> lines = data.split('\n');
    int row = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray text = lines.at(i).trimmed();
        if (i == 0 && text.startsWith("\xef\xbb\xbf"))
            text = text.mid(3);
        if (text.isEmpty())
            continue;
        ++row;
        const int line = int(i + 1);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (!document.isObject()) {
            list.errors << DeviceListError{line, QString(),
                document.isNull() ? tr("Not JSON: %1.").arg(parseError.errorString()) : tr("Not a JSON object.")};
            continue;
        }
        DeviceListEntry entry;
        entry.row = row;
        entry.line = line;
        const QJsonObject object = document.object();
        // A bare device object, or one wrapped with its label and group.
        const bool wrapped = object.contains(u"device"_s);
        const QString path = wrapped ? u"device"_s : QString();
        FieldErrors errors;
        const std::optional<Device> device =
            Device::fromJson(wrapped ? object.value(u"device"_s) : QJsonValue(object), &errors, path);
        if (wrapped) {
            entry.label = object.value(u"label"_s).toString();
            entry.group = object.value(u"group"_s).toString();
        }
        if (!device || !errors.isEmpty()) {
            if (errors.isEmpty())
                errors << FieldError{path, tr("Not a device object.")};
            appendDeviceErrors(errors, line, false, &list.errors);
            continue;
        }
        entry.device = *device;
        const FieldErrors invalid = prefixFieldErrors(entry.device.validateInput(), path);
        if (!invalid.isEmpty()) {
            appendDeviceErrors(invalid, line, false, &list.errors);
            continue;
        }
        list.entries << entry;
    }
    return list;
}

DeviceList DeviceListParser::parse(const QByteArray &data, Format format)
{
    if (format == Format::Auto) {
        const QByteArray start = data.left(64).trimmed();
        format = start.startsWith('{') || start.startsWith("\xef\xbb\xbf{") ? Format::JsonLines : Format::Csv;
    }
    return format == Format::JsonLines ? parseJsonLines(data) : parseCsv(data);
}

DeviceList DeviceListParser::parseFile(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DeviceList list;
        list.errors << DeviceListError{0, QString(), tr("Cannot read %1: %2").arg(path, file.errorString())};
        return list;
    }
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"csv"_s)
            format = Format::Csv;
        else if (suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"json"_s)
            format = Format::JsonLines;
    }
    return parse(file.readAll(), format);
}

} // namespace roamdesk
