#pragma once

#include <QByteArray>

#include <memory>
#include <thread>

namespace roamdesk::cli {

/// Writes lines to a file descriptor (stdout) from its own thread, through a queue of bounded size, so that
/// output nobody reads (a pipe to a stalled reader, a paused terminal) never holds up the caller: post()
/// never blocks, and a line that finds the queue full is dropped and counted.
class BoundedPrinter
{
public:
    BoundedPrinter(int fd, qsizetype maxQueuedBytes);
    ~BoundedPrinter(); // stop(0)
    BoundedPrinter(const BoundedPrinter &) = delete;
    BoundedPrinter &operator=(const BoundedPrinter &) = delete;

    /// Queues `line` and a newline. False when it was dropped: the queue is full, or the output is closed.
    bool post(const QByteArray &line);
    /// Lines dropped so far (including those still queued when stop() gave up).
    qint64 dropped() const;
    /// The reader went away (a closed pipe): nothing more is printed.
    bool isClosed() const;
    /// Lets the queue drain for up to `drainMs`, then stops; what is still queued then is dropped.
    void stop(int drainMs);

private:
    struct State;
    static void run(std::shared_ptr<State> state);

    std::shared_ptr<State> m_state; // shared with the thread, which may outlive us (a write that never returns)
    std::thread m_thread;
};

} // namespace roamdesk::cli
