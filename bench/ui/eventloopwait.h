#pragma once

// Shared by the GUI benchmark and the screenshot tool: waiting on the real event loop without QtTest.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace roamdesk::benchui {

/// Runs the event loop (sleeping in it, not spinning) until `done` or the timeout.
inline void waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    if (done())
        return;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

} // namespace roamdesk::benchui
