#pragma once

#include "notificationlogsource.h"

#include <optional>

namespace roamdesk {

/// A NotificationLogSource in front of the GUI thread's store connection that can answer the next
/// first-page query from a page read earlier on a worker thread. A free-text filter scans the whole
/// table (half a second and more at a million rows); reading that page off the GUI thread and handing
/// it over here keeps the log model's synchronous reload instant. Everything else passes through.
class PrefetchedLogSource final : public NotificationLogSource
{
public:
    explicit PrefetchedLogSource(NotificationLogSource *inner);

    /// A first page for `filter`: up to `limit` records with seq <= `newestSeq`, newest first.
    /// Used once, by the first olderThan() that asks for this filter and limit from `newestSeq` or later.
    void offer(const NotificationLogFilter &filter, qint64 newestSeq, int limit, QList<NotificationLogRecord> page);
    bool hasOffer() const { return m_offer.has_value(); }

    QList<NotificationLogRecord> olderThan(
        const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw = false) override;
    QList<NotificationLogRecord> newerThan(const NotificationLogFilter &filter, qint64 afterSeq, int limit) override;
    qint64 newestSeq() override;
    QByteArray rawJson(qint64 seq) override;
    qint64 count(const NotificationLogFilter &filter) override;
    QString lastError() const override;

private:
    struct Offer
    {
        NotificationLogFilter filter;
        qint64 newestSeq = 0;
        int limit = 0;
        QList<NotificationLogRecord> page;
    };
    NotificationLogSource *m_inner;
    std::optional<Offer> m_offer;
};

} // namespace roamdesk
