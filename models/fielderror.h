#pragma once

#include <QList>
#include <QString>

namespace roamdesk {

/// One problem found while decoding or validating a JSON document or a form.
/// `path` names the field the way a user or a CAMARA error message would
/// ("device.phoneNumber", "config.subscriptionMaxEvents", "data.roaming", "" for the whole document),
/// so a UI can put the message next to the field and an API can quote it.
struct FieldError
{
    QString path;
    QString message;

    bool operator==(const FieldError &other) const { return path == other.path && message == other.message; }
};

using FieldErrors = QList<FieldError>;

/// "path: message; path: message" — for logs, CLI output and CAMARA error messages.
QString formatFieldErrors(const FieldErrors &errors);

/// Prefixes every error's path with `prefix` ("device" + "phoneNumber" -> "device.phoneNumber").
FieldErrors prefixFieldErrors(const FieldErrors &errors, const QString &prefix);

} // namespace roamdesk
