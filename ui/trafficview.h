#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roamdesk {
class TrafficLogModel;
} // namespace roamdesk

namespace roamdesk::ui {

/// The traffic inspector (Postman-like): every HTTP exchange the client made, with the masked request and
/// response below it and "Copy as curl" to reproduce it in a shell. Newest first, like the notification log.
class TrafficView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficView)

public:
    explicit TrafficView(TrafficLogModel *traffic, QWidget *parent = nullptr);
    /// An action of the detail pane: a button beside "Copy as curl" and an entry of the table's context menu.
    void addDetailAction(QAction *action, const QString &objectName);
    ~TrafficView() override;

    /// The log row (TrafficLogModel) of the selected exchange, or -1. The table shows the newest first.
    int currentExchangeRow() const;
    /// Selects the exchange at a log row (TrafficLogModel) and scrolls to it.
    void selectExchangeRow(int row);

public Q_SLOTS:
    void copyCurl();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetail();
    void fitColumnsToWidth();

    TrafficLogModel *m_traffic;
    QSortFilterProxyModel *m_newestFirst;
    QHBoxLayout *m_detailButtons = nullptr;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_curl;
    int m_urlRoom = 0; // what the URL column needs to show the call and the start of an id
    int m_fixedColumnsWidth = 0; // every column but the URL, as first laid out
};

} // namespace roamdesk::ui
