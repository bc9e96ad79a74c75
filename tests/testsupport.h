#pragma once

// Shared helpers for the test suite: where the fixtures are, and reading the optional ../shared copy
// of the official CAMARA files (absent in a user's clone: tests that need it QSKIP cleanly).

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace testsupport {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(ROAMDESK_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QString sharedSpecDir()
{
    return QStringLiteral(ROAMDESK_SHARED_SPEC_DIR);
}
inline QString sharedSeedDir()
{
    return QStringLiteral(ROAMDESK_SHARED_SEED_DIR);
}
inline bool haveSharedSpec()
{
    return QDir(sharedSpecDir()).exists();
}

} // namespace testsupport

/// Skips the current test when ../shared (the official spec copy) is not beside the clone.
#define REQUIRE_SHARED_SPEC()                                                                                          \
    do {                                                                                                               \
        if (!testsupport::haveSharedSpec())                                                                            \
            QSKIP("../shared/spec/camara is not beside this clone; the official-example checks are skipped");          \
    } while (false)
