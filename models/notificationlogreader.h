#pragma once

#include "models/notificationlogsource.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace roamdesk {

/// One answer of the log reader: a page of records, or the error that stopped it.
struct NotificationLogPage
{
    enum class Kind : quint8 {
        First, // the newest page of a (new) filter
        Older, // the page below the last row (fetchMore)
        Newer, // rows stored since the last look (refresh)
    };
    Kind kind = Kind::First;
    quint64 generation = 0; // the model's filter generation the page was asked for
    int limit = 0; // rows asked for: fewer means the end was reached
    qint64 newestSeq = 0; // First and Newer: the newest seq stored when the page was read
    QList<NotificationLogRecord> records;
    QString error; // non-empty: the read failed
};

/// NotificationLogModel's worker: lives on the model's reader thread, opens its own source there through the
/// factory on first use (an SQL connection belongs to its thread), and answers every request with a signal
/// the model receives queued. Requests of a generation older than the newest one asked for are skipped:
/// the filter has changed since, and nobody wants their rows. A read already running for such a generation
/// is interrupted (interruptStale()) and its answer never sent.
class NotificationLogReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogReader)

public:
    explicit NotificationLogReader(NotificationLogSourceFactory factory);
    ~NotificationLogReader() override;

    /// Thread-safe: the newest generation the model asked for.
    void setLatestGeneration(quint64 generation) { m_latest.store(generation); }
    /// Thread-safe: interrupts the read in progress if it belongs to an older generation than the latest.
    void interruptStale();

    // These run on the reader's thread (the model queues them there).
    void readFirst(quint64 generation, const roamdesk::NotificationLogFilter &filter, int limit);
    void readOlder(quint64 generation, const roamdesk::NotificationLogFilter &filter, qint64 beforeSeq, int limit);
    void readNewer(quint64 generation, const roamdesk::NotificationLogFilter &filter, qint64 afterSeq, int limit);
    void readRawJson(qint64 seq);
    void readCount(quint64 generation, const roamdesk::NotificationLogFilter &filter);

Q_SIGNALS:
    void pageRead(const roamdesk::NotificationLogPage &page);
    void rawJsonRead(qint64 seq, const QByteArray &json, const QString &error);
    void countRead(quint64 generation, qint64 count, const QString &error);

private:
    NotificationLogSource *source(QString *error);
    bool stale(quint64 generation) const { return generation < m_latest.load(); }
    /// Marks the read of `generation` as running while it lives, so interruptStale() knows what runs.
    class Running;

    NotificationLogSourceFactory m_factory;
    QMutex m_sourceMutex; // m_source and m_running, for interruptStale() on the model's thread
    std::unique_ptr<NotificationLogSource> m_source;
    quint64 m_running = 0; // the generation being read; 0: none
    std::atomic<quint64> m_latest{0};
};

} // namespace roamdesk

Q_DECLARE_METATYPE(roamdesk::NotificationLogPage)
