#include "app/cli/stopsignals.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace roamdesk::cli {

#ifdef Q_OS_UNIX
namespace {

int g_stopPipe[2] = {-1, -1};

void onStopSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_stopPipe[0], &byte, 1);
}

} // namespace

void watchStopSignals(QObject *context, std::function<void(int signal)> onStop)
{
    if (g_stopPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_stopPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_stopPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, onStop = std::move(onStop)] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_stopPipe[1], &byte, 1);
        notifier->setEnabled(false);
        // A second Ctrl-C is the user insisting: let it end the process.
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        onStop(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void watchStopSignals(QObject *, std::function<void(int)>) { }
#endif

int exitCodeForSignal(int signal)
{
    return 128 + signal;
}

} // namespace roamdesk::cli
