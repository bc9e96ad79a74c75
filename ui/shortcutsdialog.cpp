#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {

QString plain(QString text)
{
    // "&Export notifications…" -> "Export notifications…" ("&&" stays a literal &).
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu *menu, const QString &area, QList<ShortcutsDialog::Entry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), area + QStringLiteral(" › ") + plain(action->menu()->title()), out);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (action->isSeparator() || keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        out->append({area, plain(action->text()), texts.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menuBar)
{
    QList<Entry> result;
    if (menuBar) {
        for (const QAction *top : menuBar->actions()) {
            if (top->menu())
                collect(top->menu(), plain(top->menu()->title()), &result);
        }
    }
    // Keys the views handle without a menu entry.
    const QString tables = tr("Tables");
    result.append(
        {tables, tr("Copy the selected rows"), QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)});
    result.append({tables, tr("Move between rows"), tr("Up, Down, Page Up, Page Down")});
    result.append({tables, tr("Sort by a column"), tr("Click its header")});
    const QString lookup = tr("Device lookup");
    result.append({lookup, tr("Look up the device"), tr("Enter")});
    const QString everywhere = tr("Everywhere");
    result.append({everywhere, tr("Move between controls"), tr("Tab, Shift+Tab")});
    result.append({everywhere, tr("Jump to a labelled control"), tr("Alt + the underlined letter")});
    return result;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    const QList<Entry> list = entries(menuBar);
    m_table = new QTableWidget(int(list.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < list.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(list.at(row).area));
        m_table->setItem(row, 1, new QTableWidgetItem(list.at(row).action));
        m_table->setItem(row, 2, new QTableWidgetItem(list.at(row).keys));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 600);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace roamdesk::ui
