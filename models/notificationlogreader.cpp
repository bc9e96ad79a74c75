#include "models/notificationlogreader.h"

namespace roamdesk {

class NotificationLogReader::Running
{
public:
    Running(NotificationLogReader *reader, quint64 generation)
        : m_reader(reader)
    {
        const QMutexLocker lock(&m_reader->m_sourceMutex);
        m_reader->m_running = generation;
    }
    ~Running()
    {
        const QMutexLocker lock(&m_reader->m_sourceMutex);
        m_reader->m_running = 0;
    }
    Running(const Running &) = delete;
    Running &operator=(const Running &) = delete;

private:
    NotificationLogReader *m_reader;
};

NotificationLogReader::NotificationLogReader(NotificationLogSourceFactory factory)
    : m_factory(std::move(factory))
{
}

// Runs on the reader's thread (deleted there after it finished), so the connection closes where it was opened.
NotificationLogReader::~NotificationLogReader()
{
    const QMutexLocker lock(&m_sourceMutex);
    m_source.reset();
}

void NotificationLogReader::interruptStale()
{
    const QMutexLocker lock(&m_sourceMutex);
    if (m_source && m_running != 0 && stale(m_running))
        m_source->interrupt();
}

NotificationLogSource *NotificationLogReader::source(QString *error)
{
    if (!m_source && m_factory) {
        QString why;
        std::unique_ptr<NotificationLogSource> opened = m_factory(&why);
        if (!opened)
            *error = why.isEmpty() ? QStringLiteral("the notification store could not be opened") : why;
        const QMutexLocker lock(&m_sourceMutex);
        m_source = std::move(opened);
    }
    return m_source.get();
}

void NotificationLogReader::readFirst(quint64 generation, const NotificationLogFilter &filter, int limit)
{
    if (stale(generation))
        return;
    NotificationLogPage page;
    page.kind = NotificationLogPage::Kind::First;
    page.generation = generation;
    page.limit = limit;
    if (NotificationLogSource *log = source(&page.error)) {
        const Running running(this, generation);
        // The newest seq first: anything stored while the page is read is picked up by the next refresh.
        page.newestSeq = log->newestSeq();
        page.records = log->olderThan(filter, page.newestSeq + 1, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
    if (stale(generation))
        return; // superseded while it ran (perhaps interrupted): nobody wants it
    Q_EMIT pageRead(page);
}

void NotificationLogReader::readOlder(
    quint64 generation, const NotificationLogFilter &filter, qint64 beforeSeq, int limit)
{
    if (stale(generation))
        return;
    NotificationLogPage page;
    page.kind = NotificationLogPage::Kind::Older;
    page.generation = generation;
    page.limit = limit;
    if (NotificationLogSource *log = source(&page.error)) {
        const Running running(this, generation);
        page.records = log->olderThan(filter, beforeSeq, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
    if (stale(generation))
        return;
    Q_EMIT pageRead(page);
}

void NotificationLogReader::readNewer(
    quint64 generation, const NotificationLogFilter &filter, qint64 afterSeq, int limit)
{
    if (stale(generation))
        return;
    NotificationLogPage page;
    page.kind = NotificationLogPage::Kind::Newer;
    page.generation = generation;
    page.limit = limit;
    if (NotificationLogSource *log = source(&page.error)) {
        const Running running(this, generation);
        page.newestSeq = log->newestSeq();
        if (page.newestSeq > afterSeq) // nothing stored since: no need to ask (an unindexed filter would scan)
            page.records = log->newerThan(filter, afterSeq, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
    if (stale(generation))
        return;
    Q_EMIT pageRead(page);
}

void NotificationLogReader::readRawJson(qint64 seq)
{
    QString error;
    QByteArray json;
    if (NotificationLogSource *log = source(&error)) {
        json = log->rawJson(seq);
        if (json.isEmpty())
            error = log->lastError();
    }
    Q_EMIT rawJsonRead(seq, json, error);
}

void NotificationLogReader::readCount(quint64 generation, const NotificationLogFilter &filter)
{
    if (stale(generation))
        return;
    QString error;
    qint64 count = 0;
    if (NotificationLogSource *log = source(&error)) {
        const Running running(this, generation);
        count = log->count(filter);
        error = log->lastError();
    }
    if (stale(generation))
        return;
    Q_EMIT countRead(generation, count, error);
}

} // namespace roamdesk
