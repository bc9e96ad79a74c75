#include "session/prefetchedlogsource.h"

namespace roamdesk {

PrefetchedLogSource::PrefetchedLogSource(NotificationLogSource *inner)
    : m_inner(inner)
{
}

void PrefetchedLogSource::offer(
    const NotificationLogFilter &filter, qint64 newestSeq, int limit, QList<NotificationLogRecord> page)
{
    m_offer = Offer{filter, newestSeq, limit, std::move(page)};
}

QList<NotificationLogRecord> PrefetchedLogSource::olderThan(
    const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw)
{
    if (!m_offer || withRaw || m_offer->filter != filter || m_offer->limit != limit
        || beforeSeq <= m_offer->newestSeq) {
        return m_inner->olderThan(filter, beforeSeq, limit, withRaw);
    }
    Offer offer = std::move(*m_offer);
    m_offer.reset();
    // Stored since the worker looked: a range read on the seq key, cheap whatever the filter.
    QList<NotificationLogRecord> newer = m_inner->newerThan(filter, offer.newestSeq, limit + 1);
    if (newer.size() > limit)
        return m_inner->olderThan(filter, beforeSeq, limit, withRaw); // too much arrived: read it all again
    QList<NotificationLogRecord> page;
    page.reserve(limit);
    for (NotificationLogRecord &record : newer) {
        if (record.seq < beforeSeq)
            page.append(std::move(record));
    }
    for (NotificationLogRecord &record : offer.page) {
        if (page.size() >= limit)
            break;
        page.append(std::move(record));
    }
    return page;
}

QList<NotificationLogRecord> PrefetchedLogSource::newerThan(
    const NotificationLogFilter &filter, qint64 afterSeq, int limit)
{
    return m_inner->newerThan(filter, afterSeq, limit);
}

qint64 PrefetchedLogSource::newestSeq()
{
    return m_inner->newestSeq();
}

QByteArray PrefetchedLogSource::rawJson(qint64 seq)
{
    return m_inner->rawJson(seq);
}

qint64 PrefetchedLogSource::count(const NotificationLogFilter &filter)
{
    return m_inner->count(filter);
}

QString PrefetchedLogSource::lastError() const
{
    return m_inner->lastError();
}

} // namespace roamdesk
