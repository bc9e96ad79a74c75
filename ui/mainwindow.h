#pragma once

#include <QMainWindow>

namespace roamdesk::ui {

/// The window an operator keeps open all day: device lookup, subscriptions, live notifications.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();
};

} // namespace roamdesk::ui
