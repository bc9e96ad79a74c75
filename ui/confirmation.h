#pragma once

#include <QString>

class QWidget;

namespace roamdesk::ui {

/// Asks before something that cannot be undone: a question box whose action button names what happens
/// ("Quit", "Reset") in the destructive role, with Cancel as the default so that Enter changes nothing.
/// True when the user chose the action.
bool confirmDestructive(QWidget *parent, const QString &title, const QString &question, const QString &action);

} // namespace roamdesk::ui
