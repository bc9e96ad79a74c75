#include "models/fielderror.h"

#include <QStringList>

namespace roamdesk {

QString formatFieldErrors(const FieldErrors &errors)
{
    QStringList parts;
    parts.reserve(errors.size());
    for (const FieldError &error : errors)
        parts << (error.path.isEmpty() ? error.message : error.path + QStringLiteral(": ") + error.message);
    return parts.join(QStringLiteral("; "));
}

FieldErrors prefixFieldErrors(const FieldErrors &errors, const QString &prefix)
{
    if (prefix.isEmpty())
        return errors;
    FieldErrors prefixed;
    prefixed.reserve(errors.size());
    for (const FieldError &error : errors)
        prefixed << FieldError{error.path.isEmpty() ? prefix : prefix + QLatin1Char('.') + error.path, error.message};
    return prefixed;
}

} // namespace roamdesk
