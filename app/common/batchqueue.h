#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <iterator>
#include <vector>

namespace roamdesk {

/// A queue between threads that hands over everything queued at once: producers push(), one consumer thread
/// loops on takeAll(), which blocks while the queue is empty. After stop(), takeAll() still drains what is
/// queued and then returns an empty batch, which tells the consumer to end.
template <typename T>
class BatchQueue
{
public:
    /// False once stop() was called: the item is not queued.
    bool push(T item)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return false;
        m_items.push_back(std::move(item));
        if (m_waiting)
            m_condition.wakeOne();
        return true;
    }

    /// Queues all of `items` with one lock and at most one wake-up; false (nothing queued) once stopped.
    bool pushAll(std::vector<T> &&items)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return false;
        if (m_items.empty())
            m_items.swap(items);
        else
            std::move(items.begin(), items.end(), std::back_inserter(m_items));
        if (m_waiting)
            m_condition.wakeOne();
        return true;
    }

    std::vector<T> takeAll()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_stopping) {
            m_waiting = true;
            m_condition.wait(&m_mutex);
            m_waiting = false;
        }
        std::vector<T> batch;
        batch.swap(m_items);
        return batch;
    }

    /// Like takeAll() but waits at most `timeoutMs` (0: not at all): empty when nothing came; `stopping` tells
    /// whether stop() was called.
    std::vector<T> takeAvailable(bool *stopping, int timeoutMs = 0)
    {
        QMutexLocker lock(&m_mutex);
        if (m_items.empty() && !m_stopping && timeoutMs > 0) {
            m_waiting = true;
            m_condition.wait(&m_mutex, QDeadlineTimer(timeoutMs));
            m_waiting = false;
        }
        *stopping = m_stopping;
        std::vector<T> batch;
        batch.swap(m_items);
        return batch;
    }

    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_condition.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_condition;
    std::vector<T> m_items;
    bool m_stopping = false;
    bool m_waiting = false; // wake only a consumer that sleeps: a push into a busy consumer's queue costs no syscall
};

} // namespace roamdesk
