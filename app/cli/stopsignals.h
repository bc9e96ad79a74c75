#pragma once

#include <QObject>

#include <functional>

namespace roamdesk::cli {

/// Calls `onStop` with the signal number on the event loop the first time SIGINT or SIGTERM arrives (through a
/// socket pair: the only async-signal-safe way). A second signal then ends the process as it normally would.
/// Does nothing where POSIX signals do not exist.
void watchStopSignals(QObject *context, std::function<void(int signal)> onStop);

/// The shell's exit code for a command stopped by `signal`: 128 + its number (130 for SIGINT, 143 for SIGTERM).
int exitCodeForSignal(int signal);

} // namespace roamdesk::cli
