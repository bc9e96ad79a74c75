#include "ui/preferences.h"

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
    ReceiverSettings &r = p.receiver;
    settings.beginGroup(QStringLiteral("receiver"));
    const QHostAddress address(settings.value(QStringLiteral("address"), r.address.toString()).toString());
    if (!address.isNull())
        r.address = address;
    const uint port = settings.value(QStringLiteral("port"), r.port).toUInt();
    if (port <= 65535)
        r.port = quint16(port);
    r.publicSinkUrl = QUrl(settings.value(QStringLiteral("publicSinkUrl")).toString());
    r.tlsCertificateFile = settings.value(QStringLiteral("tlsCertificateFile")).toString();
    r.tlsKeyFile = settings.value(QStringLiteral("tlsKeyFile")).toString();
    r.databasePath = settings.value(QStringLiteral("databasePath")).toString();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("alerts"));
    p.trayAlerts = settings.value(QStringLiteral("tray"), p.trayAlerts).toBool();
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
    settings.setValue(QStringLiteral("address"), receiver.address.toString());
    settings.setValue(QStringLiteral("port"), receiver.port);
    settings.setValue(QStringLiteral("publicSinkUrl"), receiver.publicSinkUrl.toString());
    settings.setValue(QStringLiteral("tlsCertificateFile"), receiver.tlsCertificateFile);
    settings.setValue(QStringLiteral("tlsKeyFile"), receiver.tlsKeyFile);
    settings.setValue(QStringLiteral("databasePath"), receiver.databasePath);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("alerts"));
    settings.setValue(QStringLiteral("tray"), trayAlerts);
    // Which events alert is the rules' business now (the default rules cover roaming-on and country changes).
    settings.remove(QStringLiteral("roamingOn"));
    settings.remove(QStringLiteral("countryChange"));
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

QString Preferences::receiverProblem(const ReceiverSettings &receiver)
{
    if (receiver.address.isNull())
        return tr("The receiver address is not an IP address.");
    const QUrl &publicSinkUrl = receiver.publicSinkUrl;
    if (!publicSinkUrl.isEmpty()) {
        const QString scheme = publicSinkUrl.scheme();
        if (!publicSinkUrl.isValid() || publicSinkUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The public sink URL must be an http:// or https:// URL with a host.");
    }
    if (receiver.tlsCertificateFile.isEmpty() != receiver.tlsKeyFile.isEmpty())
        return tr("TLS needs both a certificate file and a key file.");
    for (const QString &file : {receiver.tlsCertificateFile, receiver.tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return tr("%1 cannot be read.").arg(file);
    }
    return {};
}

bool Preferences::sameReceiver(const ReceiverSettings &a, const ReceiverSettings &b)
{
    return a.address == b.address && a.port == b.port && a.publicSinkUrl == b.publicSinkUrl
        && a.tlsCertificateFile == b.tlsCertificateFile && a.tlsKeyFile == b.tlsKeyFile
        && a.databasePath == b.databasePath;
}

bool Preferences::operator==(const Preferences &other) const
{
    return sameReceiver(receiver, other.receiver) && trayAlerts == other.trayAlerts
        && secretBackend == other.secretBackend && language == other.language;
}

} // namespace roamdesk::ui
