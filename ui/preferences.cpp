#include "preferences.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace roamdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roamdesk::ui::Preferences", text);
}

} // namespace

Preferences Preferences::load(QSettings &settings)
{
    Preferences p;
    settings.beginGroup(QStringLiteral("receiver"));
    const QHostAddress address(settings.value(QStringLiteral("address"), p.receiverAddress.toString()).toString());
    if (!address.isNull())
        p.receiverAddress = address;
    const uint port = settings.value(QStringLiteral("port"), p.receiverPort).toUInt();
    if (port <= 65535)
        p.receiverPort = quint16(port);
    p.publicSinkUrl = QUrl(settings.value(QStringLiteral("publicSinkUrl")).toString());
    p.tlsCertificateFile = settings.value(QStringLiteral("tlsCertificateFile")).toString();
    p.tlsKeyFile = settings.value(QStringLiteral("tlsKeyFile")).toString();
    p.databasePath = settings.value(QStringLiteral("databasePath")).toString();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("alerts"));
    p.trayAlerts = settings.value(QStringLiteral("tray"), p.trayAlerts).toBool();
    p.alertRoamingOn = settings.value(QStringLiteral("roamingOn"), p.alertRoamingOn).toBool();
    p.alertCountryChange = settings.value(QStringLiteral("countryChange"), p.alertCountryChange).toBool();
    settings.endGroup();

    p.secretBackend = settings.value(QStringLiteral("secrets/backend"), p.secretBackend).toString();
    p.language = settings.value(QStringLiteral("ui/language")).toString();
    return p;
}

Preferences Preferences::load()
{
    QSettings settings;
    return load(settings);
}

void Preferences::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("receiver"));
    settings.setValue(QStringLiteral("address"), receiverAddress.toString());
    settings.setValue(QStringLiteral("port"), receiverPort);
    settings.setValue(QStringLiteral("publicSinkUrl"), publicSinkUrl.toString());
    settings.setValue(QStringLiteral("tlsCertificateFile"), tlsCertificateFile);
    settings.setValue(QStringLiteral("tlsKeyFile"), tlsKeyFile);
    settings.setValue(QStringLiteral("databasePath"), databasePath);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("alerts"));
    settings.setValue(QStringLiteral("tray"), trayAlerts);
    settings.setValue(QStringLiteral("roamingOn"), alertRoamingOn);
    settings.setValue(QStringLiteral("countryChange"), alertCountryChange);
    settings.endGroup();

    settings.setValue(QStringLiteral("secrets/backend"), secretBackend);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

QString Preferences::validationError() const
{
    if (receiverAddress.isNull())
        return tr("The receiver address is not an IP address.");
    if (!publicSinkUrl.isEmpty()) {
        const QString scheme = publicSinkUrl.scheme();
        if (!publicSinkUrl.isValid() || publicSinkUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The public sink URL must be an http:// or https:// URL with a host.");
    }
    if (tlsCertificateFile.isEmpty() != tlsKeyFile.isEmpty())
        return tr("TLS needs both a certificate file and a key file.");
    for (const QString &file : {tlsCertificateFile, tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return tr("%1 cannot be read.").arg(file);
    }
    return {};
}

bool Preferences::operator==(const Preferences &other) const
{
    return receiverAddress == other.receiverAddress && receiverPort == other.receiverPort
        && publicSinkUrl == other.publicSinkUrl && tlsCertificateFile == other.tlsCertificateFile
        && tlsKeyFile == other.tlsKeyFile && databasePath == other.databasePath && trayAlerts == other.trayAlerts
        && alertRoamingOn == other.alertRoamingOn && alertCountryChange == other.alertCountryChange
        && secretBackend == other.secretBackend && language == other.language;
}

} // namespace roamdesk::ui
