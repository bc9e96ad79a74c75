#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace roamdesk::strictjson {

/// What RFC 8259 forbids or leaves to chance and QJsonDocument lets through: ill-formed UTF-8, raw control
/// characters inside strings, \u escapes that leave a surrogate unpaired, an object naming a member twice
/// (QJsonDocument keeps the last, a sender or a proxy may have meant the first), and nesting beyond
/// `maxDepth`. Run it on text QJsonDocument accepted. nullopt: none of these; otherwise
/// "line L, column C: what", the shape of describeJsonSyntaxError().
std::optional<QString> findViolation(const QByteArray &text, int maxDepth = 64);

} // namespace roamdesk::strictjson
