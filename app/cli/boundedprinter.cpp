#include "app/cli/boundedprinter.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <climits>
#include <poll.h>
#include <unistd.h>
#else
#include <io.h>
#endif

namespace roamdesk::cli {

namespace {

using Clock = std::chrono::steady_clock;

#ifdef Q_OS_UNIX
/// Writes at most PIPE_BUF bytes once the descriptor can take them: a pipe then never blocks the write, so
/// the thread keeps seeing stop requests. Returns the bytes written, 0 when not writable yet, -1 when closed.
qsizetype writeSome(int fd, const char *data, qsizetype size)
{
    pollfd ready{fd, POLLOUT, 0};
    const int polled = ::poll(&ready, 1, 100);
    if (polled == 0 || (polled < 0 && errno == EINTR))
        return 0;
    if (polled < 0 || (ready.revents & (POLLERR | POLLHUP | POLLNVAL)))
        return -1;
    const ssize_t written = ::write(fd, data, size_t(qMin<qsizetype>(size, PIPE_BUF)));
    if (written < 0)
        return errno == EINTR || errno == EAGAIN ? 0 : -1;
    return written;
}
#else
qsizetype writeSome(int fd, const char *data, qsizetype size)
{
    const int written = ::_write(fd, data, unsigned(qMin<qsizetype>(size, 4096)));
    return written < 0 ? -1 : written;
}
#endif

} // namespace

struct BoundedPrinter::State
{
    int fd = -1;
    qsizetype maxBytes = 0;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable finishedCondition;
    std::deque<QByteArray> queue;
    qsizetype queuedBytes = 0;
    qint64 dropped = 0;
    bool closed = false; // the reader went away: nothing more is printed
    bool stopping = false;
    Clock::time_point giveUpAt;
    bool finished = false;
};

BoundedPrinter::BoundedPrinter(int fd, qsizetype maxQueuedBytes)
    : m_state(std::make_shared<State>())
{
    m_state->fd = fd;
    m_state->maxBytes = maxQueuedBytes;
    m_thread = std::thread(&BoundedPrinter::run, m_state);
}

BoundedPrinter::~BoundedPrinter()
{
    stop(0);
}

bool BoundedPrinter::post(const QByteArray &line)
{
    std::lock_guard lock(m_state->mutex);
    if (m_state->closed || m_state->stopping || m_state->queuedBytes + line.size() + 1 > m_state->maxBytes) {
        ++m_state->dropped;
        return false;
    }
    m_state->queue.push_back(line + '\n');
    m_state->queuedBytes += line.size() + 1;
    m_state->wake.notify_one();
    return true;
}

qint64 BoundedPrinter::dropped() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->dropped;
}

bool BoundedPrinter::isClosed() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->closed && !m_state->stopping;
}

void BoundedPrinter::stop(int drainMs)
{
    if (!m_thread.joinable())
        return;
    std::unique_lock lock(m_state->mutex);
    m_state->stopping = true;
    m_state->giveUpAt = Clock::now() + std::chrono::milliseconds(drainMs);
    m_state->wake.notify_one();
    // A write to a stopped terminal may never return: then the thread is left to end with the process.
    const bool finished = m_state->finishedCondition.wait_for(
        lock, std::chrono::milliseconds(drainMs + 500), [this] { return m_state->finished; });
    lock.unlock();
    if (finished)
        m_thread.join();
    else
        m_thread.detach();
}

void BoundedPrinter::run(std::shared_ptr<State> state)
{
    std::unique_lock lock(state->mutex);
    for (;;) {
        state->wake.wait(lock, [&] { return !state->queue.empty() || state->stopping; });
        if (state->queue.empty() || state->closed)
            break;
        QByteArray chunk;
        while (!state->queue.empty() && chunk.size() < 64 * 1024) {
            chunk += state->queue.front();
            state->queue.pop_front();
        }
        state->queuedBytes -= chunk.size();
        lock.unlock();
        qsizetype offset = 0;
        bool closed = false;
        bool gaveUp = false;
        while (offset < chunk.size()) {
            const qsizetype written = writeSome(state->fd, chunk.constData() + offset, chunk.size() - offset);
            if (written < 0) {
                closed = true;
                break;
            }
            offset += written;
            if (written == 0) {
                std::lock_guard check(state->mutex);
                if (state->stopping && Clock::now() >= state->giveUpAt) {
                    gaveUp = true;
                    break;
                }
            }
        }
        lock.lock();
        if (closed || gaveUp) {
            state->dropped += chunk.mid(offset).count('\n');
            state->closed = state->closed || closed;
            if (gaveUp || closed)
                break;
        }
    }
    for (const QByteArray &line : state->queue)
        state->dropped += line.count('\n');
    state->queue.clear();
    state->queuedBytes = 0;
    state->closed = true;
    state->finished = true;
    state->finishedCondition.notify_all();
}

} // namespace roamdesk::cli
