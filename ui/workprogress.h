#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace roamdesk {
class ApiRequests;
class NotificationLogService;
} // namespace roamdesk

namespace roamdesk::ui {

/// The status bar's progress for long work: "Deleting 7 of 40 subscriptions" with a bar while a bulk delete
/// is answered call by call, and a busy bar while a large log export runs on its worker thread. Hidden when
/// idle. It follows the answers, so it never claims more than has happened.
class WorkProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkProgress)

public:
    WorkProgress(ApiRequests *requests, NotificationLogService *log, QWidget *parent = nullptr);
    ~WorkProgress() override;

    /// A bulk delete of `total` subscriptions has been sent.
    void startDeletes(int total);
    /// An export to `path` has started.
    void startExport(const QString &path);

    bool isBusy() const { return m_deleteTotal > 0 || m_exporting; }
    QProgressBar *bar() const { return m_bar; }
    QString text() const;

private:
    void deleteAnswered();
    void update();

    QLabel *m_label;
    QProgressBar *m_bar;
    int m_deleteTotal = 0;
    int m_deleteDone = 0;
    int m_deleteFailed = 0;
    bool m_exporting = false;
    QString m_exportPath;
};

} // namespace roamdesk::ui
