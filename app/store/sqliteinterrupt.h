#pragma once

#include <QByteArray>

namespace roamdesk {

/// sqlite3_interrupt of the SQLite library the Qt driver loaded, or null. Looked up at run time rather than
/// linked: a driver built with its own copy of SQLite has a connection this process's libsqlite3 must never
/// touch, so the library is taken only if it is already loaded, and the caller compares its source id with
/// the one the connection reports.
struct SqliteInterruptApi
{
    using Interrupt = void (*)(void *);
    using SourceId = const char *(*)();
    Interrupt interrupt = nullptr;
    QByteArray sourceId;

    static const SqliteInterruptApi &instance();

private:
    SqliteInterruptApi();
};

} // namespace roamdesk
