#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "roamdesk.app")

namespace roamdesk::ui {

namespace {

/// Loads the app's own translation and Qt's for `locale`; English needs none.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("roamdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    qCDebug(lcApp) << "UI languages" << locale.uiLanguages();
}

} // namespace

int runApplication(int argc, char *argv[])
{
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
                                            QApplication::translate("main", "Use this UI language (en, fi, de)."),
                                            QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.process(app);

    installTranslations(app, parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale());

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace roamdesk::ui
