#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QTimer;

namespace roamdesk {
class ActivityService;
class NotificationLogService;
class ReceiverService;
} // namespace roamdesk

namespace roamdesk::ui {

class EventKindProxy;

/// The live notification log (Wireshark-style): a filter bar over the receiver's log, newest first; the view
/// follows new events while the user is at the top and holds still while they read further down; a detail
/// pane with the pretty-printed CloudEvent, copy and export; an unread counter for the tab title.
class NotificationLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogView)

public:
    /// `activity` null: no activity chart.
    NotificationLogView(
        NotificationLogService *log, ReceiverService *receiver, ActivityService *activity, QWidget *parent = nullptr);
    ~NotificationLogView() override;

    /// What the filter bar holds, for the window to keep across restarts.
    struct FilterState
    {
        QString text; // the filter expression
        QString type; // the type chosen in the type list; empty: all types
    };
    FilterState filterState() const;
    void setFilterState(const FilterState &state);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSplitter *splitter() const { return m_splitter; }
    QString detailText() const;
    /// Where a save dialog for `fileName` starts: the folder last saved to, else the home folder.
    static QString saveStartPath(const QString &fileName);
    /// Remembers the folder of a path the user saved to, for the next save dialog.
    static void rememberSaveFolder(const QString &path);
    int unreadCount() const { return m_unread; }
    bool isFollowing() const { return m_following; }
    int visibleRowCount() const;

public Q_SLOTS:
    void setFilterText(const QString &expression);
    void markAllRead();
    void jumpToNewest();
    void copyJson();
    void exportSelected();
    /// Tells the view whether it is on screen (the tab is current) so unread counting can stop.
    void setOnScreen(bool onScreen);

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    void applyFilter();
    /// The filter language in short, for the bar's tooltip and help button.
    static QString filterHelp();
    void addActivityStrip(QHBoxLayout *bar, QVBoxLayout *layout);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onScrolled(int value);
    void showDetail();
    void onJsonReady(qint64 seq, const QByteArray &raw);
    void updateFollowLabel();
    void sizeColumns();
    void keepSelectionOrClear();
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QByteArray selectedJson() const;

    NotificationLogService *m_log;
    ReceiverService *m_receiver;
    ActivityService *m_activity;
    EventKindProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QComboBox *m_typeCombo;
    QTableView *m_table;
    QSplitter *m_splitter;
    QPlainTextEdit *m_detail;
    QLabel *m_detailTimes;
    QLabel *m_saveStatus;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_follow;
    QLabel *m_countLabel;
    QTimer *m_filterDelay;
    int m_unread = 0;
    int m_newWhileReading = 0;
    bool m_following = true;
    bool m_onScreen = false;
    bool m_columnsSized = false;
    bool m_filtering = false;
    bool m_fetching = false;
    qint64 m_detailSeq = 0; // the row the detail pane shows (its store seq)
    QByteArray m_detailJson; // its CloudEvent, pretty-printed, once read
};

} // namespace roamdesk::ui
