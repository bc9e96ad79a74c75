#include "app/receiver/tlsfiles.h"

#include <QCoreApplication>
#include <QFile>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace roamdesk {

#if QT_CONFIG(ssl)
namespace {

// The receiver's messages, translated where they were written first.
struct TlsText
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::WebhookReceiver)
};

} // namespace

std::optional<QSslConfiguration> loadServerTlsConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly)) {
        *error = TlsText::tr("Cannot read the TLS certificate %1: %2").arg(certificateFile, certificate.errorString());
        return std::nullopt;
    }
    if (!key.open(QIODevice::ReadOnly)) {
        *error = TlsText::tr("Cannot read the TLS key %1: %2").arg(keyFile, key.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificate.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = TlsText::tr("%1 holds no PEM certificate.").arg(certificateFile);
        return std::nullopt;
    }
    if (privateKey.isNull()) {
        *error = TlsText::tr("%1 holds no PEM private key (RSA or EC, unencrypted).").arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
#endif

} // namespace roamdesk
