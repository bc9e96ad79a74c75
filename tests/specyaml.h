#pragma once

// The official CAMARA OpenAPI files as JSON, for the tests that check RoamDesk against their `examples`.
// yaml-cpp (Debian: libyaml-cpp-dev) parses; this only turns its nodes into QJsonValue. The product itself
// never reads YAML.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace testsupport::yaml {

/// The document as JSON values. Plain scalars are typed as YAML 1.2's core schema does (true/false,
/// null/~/empty, integers, decimals); quoted and block scalars stay strings. On failure returns an undefined
/// value and sets `error` to "line N: reason".
QJsonValue parse(const QByteArray &text, QString *error);

/// One example of an OpenAPI file: `where` is the JSON-pointer-like path of its `examples` map plus its name.
struct Example
{
    QString name;
    QString where;
    QJsonValue value;
};

/// Every `examples: {NAME: {value: …}}` anywhere in the document (components/examples, response and request
/// bodies, components/responses); siblings in key order.
QList<Example> collectExamples(const QJsonValue &document);

} // namespace testsupport::yaml
