#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTableWidget;

namespace roamdesk::ui {

/// Help → Keyboard shortcuts: every menu action that has a shortcut (read from the menu bar, so the list
/// cannot drift from what the keys really do) plus the keys the views handle themselves.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString area; // the menu, or the view
        QString action; // without the & mnemonic markers
        QString keys; // native text, e.g. "Ctrl+E"
    };

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// The menu actions with shortcuts, in menu order, then the views' own keys.
    static QList<Entry> entries(const QMenuBar *menuBar);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace roamdesk::ui
