#include "ui/application.h"

#include "app/client/keychainsecretstore.h"
#include "app/common/logmasking.h"
#include "app/session/environmentservice.h"
#include "app/session/session.h"
#include "app/session/simulatorcontrol.h"
#include "models/countrynames.h"
#include "models/simdevicemodel.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/screenshotmode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QStyle>
#include <QTimer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "roamdesk.app")

namespace roamdesk::ui {

namespace {

/// Loads the app's own translation and Qt's for `locale`; English needs none.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    // A language RoamDesk is not translated into shows English, which still needs its plural forms
    // ("1 subscription", not "1 subscription(s)"): roamdesk_en holds only those.
    const bool translated = own->load(locale, QStringLiteral("roamdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("roamdesk_en"), QStringLiteral(":/i18n"));
    if (translated)
        QApplication::installTranslator(own);
    // Country names follow the language the UI is shown in.
    CountryNames::setCurrentLanguage(translated ? own->language() : QStringLiteral("en"));
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    qCDebug(lcApp) << "UI languages" << locale.uiLanguages();
}

/// A dark Fusion palette, as a dark desktop theme would install.
void useDarkPalette(QApplication &app)
{
    Q_UNUSED(app)
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x82, 0xb1, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

} // namespace

int runApplication(int argc, char *argv[])
{
    logmasking::install(); // before anything logs: no secret reaches stderr, whatever the rules say
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoamDesk"));
    QApplication::setOrganizationName(QStringLiteral("RoamDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ROAMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.roamdesk.RoamDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/roamdesk/icons/roamdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for the CAMARA Device Roaming Status APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Use this UI language (en, fi, de)."), QStringLiteral("code"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "Store notifications in this SQLite file."), QStringLiteral("file"));
    const QCommandLineOption portOption(QStringLiteral("receiver-port"),
        QApplication::translate("main", "Receive notifications on this port."), QStringLiteral("port"));
    const QCommandLineOption startupOption(QStringLiteral("measure-startup"),
        QApplication::translate("main", "Print the time to the window shown and quit (benchmark)."));
    parser.addOption(languageOption);
    parser.addOption(dbOption);
    parser.addOption(portOption);
    parser.addOption(startupOption);
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QApplication::translate("main", "Write PNGs of the main views to this folder and quit (documentation)."),
        QStringLiteral("folder"));
    parser.addOption(screenshotsOption);
    const QCommandLineOption darkOption(QStringLiteral("dark"),
        QApplication::translate("main", "Use a dark palette instead of the desktop's (to check dark mode)."));
    parser.addOption(darkOption);
    parser.process(app);

    // --language, else the language chosen in the settings, else the system's.
    const QString savedLanguage = Preferences::load().language;
    installTranslations(app,
        parser.isSet(languageOption) ? QLocale(parser.value(languageOption))
                                     : (savedLanguage.isEmpty() ? QLocale() : QLocale(savedLanguage)));

    // Flags only where a colour emoji font draws them; elsewhere they would be two boxes.
    const QStringList families = QFontDatabase::families();
    SimDeviceModel::setFlagsEnabled(std::any_of(families.cbegin(), families.cend(),
        [](const QString &family) { return family.contains(QLatin1String("Emoji"), Qt::CaseInsensitive); }));

    if (parser.isSet(darkOption))
        useDarkPalette(app);

    // Saved receiver settings; secrets in the keyring or the owner-only file.
    const Preferences preferences = Preferences::load();
    const api::SecretStoreChoice secrets = api::chooseSecretStore(
        qEnvironmentVariableIsSet("ROAMDESK_SECRET_BACKEND") ? QString() : preferences.secretBackend);
    qCInfo(lcApp) << "secrets:" << secrets.backendName() << secrets.fallbackReason
                  << "moved from the file:" << secrets.migrated;

    Session::Options options;
    options.secretStore = secrets.store.get();
    options.receiver = preferences.receiver;
    if (parser.isSet(dbOption))
        options.receiver.databasePath = parser.value(dbOption);
    if (parser.isSet(portOption))
        options.receiver.port = quint16(parser.value(portOption).toUInt());
    Session session(options);
    session.environments()->setSecretsFallbackReason(secrets.fallbackReason);
    // The simulator a presenter set up comes back on the next start (devices, subscriptions, scenario, port).
    session.simulator()->setStateFile(SimulatorControl::defaultStateFile());
    QString error;
    if (!session.start(&error))
        qCWarning(lcApp) << "Started with problems:" << error; // the status bar shows it as well

    MainWindow window(&session);
    window.show();
    if (parser.isSet(screenshotsOption))
        return runScreenshots(&window, &session, parser.value(screenshotsOption));
    if (parser.isSet(startupOption)) {
        // The first event-loop turn after show() is when the window is on screen.
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    }
    const int code = QApplication::exec();
    session.shutdown();
    return code;
}

} // namespace roamdesk::ui
