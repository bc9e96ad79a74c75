#include "notificationlogreader.h"

namespace roamdesk {

NotificationLogReader::NotificationLogReader(NotificationLogSourceFactory factory)
    : m_factory(std::move(factory))
{
}

// Runs on the reader's thread (deleted there after it finished), so the connection closes where it was opened.
NotificationLogReader::~NotificationLogReader() = default;

NotificationLogSource *NotificationLogReader::source(QString *error)
{
    if (!m_source && m_factory) {
        QString why;
        m_source = m_factory(&why);
        if (!m_source)
            *error = why.isEmpty() ? QStringLiteral("the notification store could not be opened") : why;
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
        // The newest seq first: anything stored while the page is read is picked up by the next refresh.
        page.newestSeq = log->newestSeq();
        page.records = log->olderThan(filter, page.newestSeq + 1, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
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
        page.records = log->olderThan(filter, beforeSeq, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
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
        page.newestSeq = log->newestSeq();
        if (page.newestSeq > afterSeq) // nothing stored since: no need to ask (an unindexed filter would scan)
            page.records = log->newerThan(filter, afterSeq, limit);
        if (page.records.isEmpty())
            page.error = log->lastError();
    }
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
        count = log->count(filter);
        error = log->lastError();
    }
    Q_EMIT countRead(generation, count, error);
}

} // namespace roamdesk
