#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace roamdesk {
class TrafficLogModel;
} // namespace roamdesk

namespace roamdesk::ui {

/// The traffic inspector (Postman-like): every HTTP exchange the client made, with the masked request and
/// response below it and "Copy as curl" to reproduce it in a shell.
class TrafficView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficView)

public:
    explicit TrafficView(TrafficLogModel *traffic, QWidget *parent = nullptr);
    /// An action of the detail pane: a button beside "Copy as curl" and an entry of the table's context menu.
    void addDetailAction(QAction *action, const QString &objectName);
    ~TrafficView() override;

    QTableView *table() const { return m_table; }
    QString detailText() const;

public Q_SLOTS:
    void copyCurl();

private:
    void showDetail();

    TrafficLogModel *m_traffic;
    QHBoxLayout *m_detailButtons = nullptr;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_curl;
};

} // namespace roamdesk::ui
