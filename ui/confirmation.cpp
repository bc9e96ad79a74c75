#include "ui/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace roamdesk::ui {

bool confirmDestructive(QWidget *parent, const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *confirm = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace roamdesk::ui
