#pragma once

#include <QWidget>

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
    ~TrafficView() override;

    QTableView *table() const { return m_table; }
    QString detailText() const;

public Q_SLOTS:
    void copyCurl();

private:
    void showDetail();

    TrafficLogModel *m_traffic;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_curl;
};

} // namespace roamdesk::ui
