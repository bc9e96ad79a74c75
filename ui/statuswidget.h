#pragma once

#include <QWidget>

class QLabel;

namespace roamdesk {
class Session;
} // namespace roamdesk

namespace roamdesk::ui {

/// The status bar's permanent part: environment, receiver URL and state, and counts.
class StatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusWidget)

public:
    explicit StatusWidget(Session *session, QWidget *parent = nullptr);
    ~StatusWidget() override;

    QString environmentText() const;
    QString receiverText() const;
    QString countsText() const;

public Q_SLOTS:
    void refresh();
    void setUnread(int unread);

private:
    Session *m_session;
    QLabel *m_environment;
    QLabel *m_receiver;
    QLabel *m_counts;
    int m_unread = 0;
};

} // namespace roamdesk::ui
