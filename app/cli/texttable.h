#pragma once

#include <QList>
#include <QStringList>

namespace roamdesk::cli {

/// Prints a header and rows to stdout as columns padded to their widest cell (the readable form of the
/// verbs that also print JSON Lines).
void printTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace roamdesk::cli
