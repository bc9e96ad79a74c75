#include "app/cli/texttable.h"

#include <QTextStream>

namespace roamdesk::cli {

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &cell : header)
        widths << int(cell.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    QTextStream out(stdout);
    const auto print = [&](const QStringList &row) {
        QString text;
        for (int i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() && i < widths.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << text << '\n';
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace roamdesk::cli
