#include "app/store/sqliteinterrupt.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace roamdesk {

const SqliteInterruptApi &SqliteInterruptApi::instance()
{
    static const SqliteInterruptApi api;
    return api;
}

SqliteInterruptApi::SqliteInterruptApi()
{
#ifdef Q_OS_UNIX
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return;
    const auto sourceIdFunction = reinterpret_cast<SourceId>(dlsym(library, "sqlite3_sourceid"));
    interrupt = reinterpret_cast<Interrupt>(dlsym(library, "sqlite3_interrupt"));
    if (sourceIdFunction && interrupt)
        sourceId = QByteArray(sourceIdFunction());
    else
        interrupt = nullptr;
#endif
}

} // namespace roamdesk
