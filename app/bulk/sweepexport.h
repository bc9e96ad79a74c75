#pragma once

#include "app/bulk/sweep.h"

#include <QByteArray>
#include <QList>

namespace roamdesk::bulk {

/// A sweep's answers as files: CSV (the device list's columns, then status, roaming, country, time and error)
/// or JSON Lines (the command line's lines, with label and group when the list had them). Rows without an
/// answer (a cancelled sweep) are left out.
class SweepExport
{
public:
    static QByteArray toCsv(const QList<SweepRow> &rows);
    static QByteArray toJsonLines(const QList<SweepRow> &rows);
};

} // namespace roamdesk::bulk
