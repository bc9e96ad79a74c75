// The install story, for real: `cmake --install` into a scratch prefix, and the CPack .deb built from this
// build tree (cpack -B a temporary folder, so the build tree is not touched), unpacked with dpkg-deb into a
// scratch root. The programs run from there against the system Qt, the desktop entry and icon are where a
// Linux desktop looks, and every declared dependency is a Debian package installed on this machine.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

constexpr int StepTimeoutMs = 45000;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(StepTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.err = "timed out: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cmakeInstallPutsEverythingWhereTheDesktopLooks();
    void debPackageDeclaresItsDependencies();
    void debInstallsIntoAScratchRootAndRuns();

private:
    /// Checks an installed tree under `prefix` (…/bin, …/share) and runs the programs from it.
    void verifyTree(const QString &prefix);

    QTemporaryDir m_dir;
    QString m_deb;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QFileInfo::exists(QStringLiteral(ROAMDESK_BINARY_DIR "/CPackConfig.cmake")))
        QSKIP("no CPackConfig.cmake in the build tree");
}

void TestInstall::verifyTree(const QString &prefix)
{
    const QString cli = prefix + QStringLiteral("/bin/roamdesk-cli");
    const QString gui = prefix + QStringLiteral("/bin/roamdesk");
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
    QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui));

    // The desktop entry: named after the app id the GUI announces, starting `roamdesk`, with its icon.
    const QString desktop = prefix + QStringLiteral("/share/applications/io.roamdesk.RoamDesk.desktop");
    QVERIFY2(QFileInfo::exists(desktop), qPrintable(desktop));
    QSettings entry(desktop, QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(
        entry.value(QStringLiteral("Exec")).toString().section(QLatin1Char(' '), 0, 0), QStringLiteral("roamdesk"));
    const QString iconName = entry.value(QStringLiteral("Icon")).toString();
    QCOMPARE(iconName, QStringLiteral("roamdesk"));
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (!validator.isEmpty()) {
        const Result valid = runProgram(validator, {desktop});
        QVERIFY2(valid.exitCode == 0, valid.out.constData());
    }

    // The icon, where the icon theme spec looks, and a real SVG.
    const QString icon = prefix + QStringLiteral("/share/icons/hicolor/scalable/apps/%1.svg").arg(iconName);
    QFile svg(icon);
    QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(icon));
    QXmlStreamReader xml(&svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));

    // Run from there, with the system Qt (LD_LIBRARY_PATH as it is).
    const Result version = runProgram(cli, {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY2(version.out.contains(ROAMDESK_VERSION), version.out.constData());
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result guiVersion = runProgram(gui, {QStringLiteral("--version")}, offscreen);
    QVERIFY2(guiVersion.exitCode == 0, guiVersion.err.constData());
    QVERIFY2(guiVersion.out.contains(ROAMDESK_VERSION), guiVersion.out.constData());

    // Nothing that does not belong to a user's system (tests, benchmarks, headers, static libraries).
    QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(prefix).relativeFilePath(it.next());
        QVERIFY2(!file.contains(QLatin1String("tst_")) && !file.endsWith(QLatin1String(".a"))
                && !file.endsWith(QLatin1String(".h")),
            qPrintable(file));
    }
}

void TestInstall::cmakeInstallPutsEverythingWhereTheDesktopLooks()
{
    const QString cmake = QStringLiteral(ROAMDESK_CMAKE_COMMAND);
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const Result install = runProgram(
        cmake, {QStringLiteral("--install"), QStringLiteral(ROAMDESK_BINARY_DIR), QStringLiteral("--prefix"), prefix});
    QVERIFY2(install.exitCode == 0, install.err.constData());
    verifyTree(prefix);
}

void TestInstall::debPackageDeclaresItsDependencies()
{
    const QString cpack = QStringLiteral(ROAMDESK_CPACK_COMMAND);
    const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (!QFileInfo(cpack).isExecutable() || dpkgDeb.isEmpty())
        QSKIP("cpack or dpkg-deb missing");
    const QString out = m_dir.filePath(QStringLiteral("package"));
    const Result pack = runProgram(cpack,
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            QStringLiteral(ROAMDESK_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out});
    QVERIFY2(pack.exitCode == 0, (pack.out + pack.err).constData());
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("roamdesk_" ROAMDESK_VERSION "_")), qPrintable(debs.first()));

    const Result depends = runProgram(dpkgDeb, {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    const QString list = QString::fromUtf8(depends.out).trimmed();
    // What the loader needs (found by dpkg-shlibdeps) and what Qt loads at run time (declared by hand).
    for (const QString &package : {QStringLiteral("libqt6core6"), QStringLiteral("libqt6widgets6"),
             QStringLiteral("libqt6network6"), QStringLiteral("libqt6httpserver6"), QStringLiteral("libqt6sql6-sqlite"),
             QStringLiteral("qt6-qpa-plugins"), QStringLiteral("libqt6svg6")}) {
        // Debian 13 renamed some libraries for the 64-bit time_t transition (libqt6core6t64).
        QVERIFY2(
            list.contains(QRegularExpression(QStringLiteral("(^|, )%1(t64)?( |,|$)").arg(package))), qPrintable(list));
    }
    // Each dependency (or one of its alternatives) is a package this Debian has installed: the .deb installs.
    const QString dpkgQuery = QStandardPaths::findExecutable(QStringLiteral("dpkg-query"));
    if (dpkgQuery.isEmpty())
        return;
    // Installed packages and the virtual ones they provide (dpkg-shlibdeps may ask for e.g. qt6-websockets-abi).
    const Result installed = runProgram(
        dpkgQuery, {QStringLiteral("-W"), QStringLiteral("-f=${db:Status-Abbrev}|${Package}|${Provides}\\n")});
    QCOMPARE(installed.exitCode, 0);
    QSet<QString> available;
    for (const QString &line : QString::fromUtf8(installed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() < 3 || !fields.at(0).startsWith(QLatin1String("ii")))
            continue;
        available.insert(fields.at(1));
        for (const QString &provided : fields.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            available.insert(provided.trimmed().section(QLatin1Char(' '), 0, 0));
    }
    for (const QString &dependency : list.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        bool satisfied = false;
        for (const QString &alternative : dependency.split(QLatin1Char('|')))
            satisfied = satisfied || available.contains(alternative.trimmed().section(QLatin1Char(' '), 0, 0));
        QVERIFY2(satisfied, qPrintable(dependency));
    }
}

void TestInstall::debInstallsIntoAScratchRootAndRuns()
{
    if (m_deb.isEmpty())
        QSKIP("no package (see the previous case)");
    const QString root = m_dir.filePath(QStringLiteral("root"));
    const Result unpack =
        runProgram(QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")), {QStringLiteral("-x"), m_deb, root});
    QVERIFY2(unpack.exitCode == 0, unpack.err.constData());
    verifyTree(root + QStringLiteral("/usr"));
    // The copyright file Debian policy asks for.
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/doc/roamdesk/copyright")));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
