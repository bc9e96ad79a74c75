#include "app/rules/storereplay.h"

#include "app/rules/rulesengine.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/storefactory.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace roamdesk {

namespace {

/// Pages handed from the reader thread to the evaluating one; two at the most, so memory stays bounded.
class PageQueue
{
public:
    void push(QList<NotificationLogRecord> page)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_pages.size() < 2 || m_stopped; });
        if (m_stopped)
            return;
        m_pages.push_back(std::move(page));
        m_ready.notify_one();
    }
    /// The next page; nullopt once the reader is done and every page was taken.
    std::optional<QList<NotificationLogRecord>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_pages.empty() || m_done; });
        if (m_pages.empty())
            return std::nullopt;
        QList<NotificationLogRecord> page = std::move(m_pages.front());
        m_pages.pop_front();
        m_space.notify_one();
        return page;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QList<NotificationLogRecord>> m_pages;
    bool m_done = false;
    bool m_stopped = false;
};

} // namespace

StoreReplay::Result StoreReplay::run(
    const QString &path, RulesEngine &engine, const std::function<void(const RuleHit &)> &onHit)
{
    return run(StoreLocation::sqlite(path), engine, onHit);
}

StoreReplay::Result StoreReplay::run(
    const StoreLocation &location, RulesEngine &engine, const std::function<void(const RuleHit &)> &onHit)
{
    Result result;
    PageQueue queue;
    std::thread reader([&] {
        // A connection belongs to the thread that opened it.
        const auto isDamaged = [](const NotificationStore *opened) {
            const auto *sqlite = dynamic_cast<const SqliteNotificationStore *>(opened);
            return sqlite && sqlite->isDamaged();
        };
        QString error;
        bool damaged = false;
        const std::unique_ptr<NotificationStore> opened = storefactory::open(
            location, NotificationStore::Durability::Normal, storefactory::Checks::None, &error, &damaged);
        if (!opened) {
            result.ok = false;
            result.error = error;
            result.damaged = damaged;
            queue.finish();
            return;
        }
        NotificationStore &store = *opened;
        const qint64 newest = store.newestSeq();
        // Pages come newest first below a bound: ask below (from + PageSize] and keep what is above `from`.
        for (qint64 from = 0; from < newest && store.lastError().isEmpty(); from += PageSize) {
            QList<NotificationLogRecord> page = store.olderThan({}, from + PageSize + 1, PageSize);
            page.erase(std::remove_if(page.begin(), page.end(),
                           [from](const NotificationLogRecord &record) { return record.seq <= from; }),
                page.end());
            queue.push(std::move(page));
        }
        if (!store.lastError().isEmpty()) {
            result.ok = false;
            result.error = store.lastError();
            result.damaged = isDamaged(opened.get());
        }
        queue.finish();
    });
    while (std::optional<QList<NotificationLogRecord>> page = queue.pop()) {
        result.records += page->size();
        for (const RuleHit &hit : engine.addRecords(std::move(*page)))
            onHit(hit);
    }
    queue.stop();
    reader.join();
    return result;
}

} // namespace roamdesk
