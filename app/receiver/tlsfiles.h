#pragma once

#include <QString>
#include <QtNetwork/qtnetworkglobal.h>

#include <optional>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace roamdesk {

#if QT_CONFIG(ssl)
/// A server TLS configuration from a PEM certificate chain and an unencrypted PEM key (RSA or EC). nullopt with a
/// readable `error` naming the file when either cannot be read or holds no usable PEM.
std::optional<QSslConfiguration> loadServerTlsConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error);
#endif

} // namespace roamdesk
