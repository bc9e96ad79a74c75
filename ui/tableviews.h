#pragma once

class QTableView;

namespace roamdesk::ui {

/// The tables' common look: no row numbers, each row one text line high (so rows are never measured).
void useOneLineRows(QTableView *table);

} // namespace roamdesk::ui
