#pragma once

#include <QString>

namespace roamdesk::logmasking {

/// Puts a Qt message handler in front of the current one that masks secrets in every message, whatever
/// QT_LOGGING_RULES turns on (Qt's own network categories print request headers at debug level): the
/// credential of Authorization values (Bearer, Basic, …), values named like keys, tokens, secrets and
/// passwords, and every value passed to registerSecret(). Idempotent.
void install();

/// A value that must never reach a log: a configured token, an API key, a client secret. Values shorter
/// than four characters are ignored (they would mask ordinary words).
void registerSecret(const QString &secret);

/// `message` as the handler passes it on.
QString mask(const QString &message);

} // namespace roamdesk::logmasking
