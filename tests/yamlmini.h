#pragma once

// A minimal, purpose-written YAML reader for the official CAMARA OpenAPI files, used only by the tests to
// pull out their `examples`. It handles what those files use — block mappings and sequences by indentation,
// plain / single- / double-quoted scalars, multi-line flow collections ({…}, […], trailing commas allowed),
// `|` / `>` block scalars, comments — and reports anything else as an error with its line number.
// There is no YAML library on the build machine, and the product itself never reads YAML.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace testsupport::yaml {

/// The document as JSON values (plain scalars typed: true/false, null/~, integers, decimals; the rest strings).
/// On failure returns an undefined value and sets `error` to "line N: reason".
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
