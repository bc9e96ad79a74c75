#pragma once

#include "models/notification.h"

#include <QByteArray>

#include <optional>

namespace roamdesk::cloudevent {

/// NotificationParser's fast path for the bodies senders actually post: a strict subset of JSON
/// (printable-ASCII strings without escapes, plain integers, booleans, each known member once) read without
/// building a QJsonDocument. Gives the same Notification as the full path, or nullopt when unsure (outside the
/// subset, or anything the full path would refuse); the caller then takes the full path, which names every
/// error. Checked against the full path by a differential test.
std::optional<Notification> quickParse(const QByteArray &body, bool keepData);

} // namespace roamdesk::cloudevent
