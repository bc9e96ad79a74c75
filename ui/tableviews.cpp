#include "ui/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace roamdesk::ui {

void useOneLineRows(QTableView *table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
}

} // namespace roamdesk::ui
