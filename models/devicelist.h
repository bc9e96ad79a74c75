#pragma once

#include "models/device.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace roamdesk {

/// One device of an imported list: the CAMARA object to look up plus the free label and group columns.
struct DeviceListEntry
{
    int row = 0; // 1-based among the data records (the CSV header and blank lines not counted)
    int line = 0; // 1-based line of the file where the record starts
    Device device;
    QString label;
    QString group;
};

/// A record that could not be read: where it is and which field was wrong ("" for the record as a whole).
struct DeviceListError
{
    int line = 0;
    QString field; // the CSV column or JSON path, e.g. "phoneNumber", "ipv4Address.publicPort"
    QString message;

    /// "line 3, phoneNumber: message"
    QString toString() const;
};

/// What a parse found: the good records in file order and the bad ones, each named by line and field.
struct DeviceList
{
    QList<DeviceListEntry> entries;
    QList<DeviceListError> errors;
};

/// Reads a device list: CSV whose header row names any of phoneNumber, networkAccessIdentifier, ipv4Public,
/// ipv4Private, ipv4Port, ipv6, label and group (other columns are ignored), or JSON Lines of CAMARA device
/// objects (optionally {"device": {...}, "label": "...", "group": "..."}). A bad record is reported and the
/// rest kept; each device passes Device::validate().
class DeviceListParser
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::DeviceListParser)

public:
    enum class Format { Auto, Csv, JsonLines };

    static DeviceList parseCsv(const QByteArray &data);
    static DeviceList parseJsonLines(const QByteArray &data);
    /// Auto: JSON Lines when the first non-blank character is '{', CSV otherwise.
    static DeviceList parse(const QByteArray &data, Format format = Format::Auto);
    /// Format from the suffix (.csv; .jsonl, .ndjson, .json), else from the content. A file that cannot be read
    /// gives one error at line 0.
    static DeviceList parseFile(const QString &path, Format format = Format::Auto);

    /// The CSV header this parser writes and reads back.
    static QStringList csvColumns();
    /// One CSV field, quoted when it holds a comma, quote or line break.
    static QString csvField(const QString &text);
};

} // namespace roamdesk
