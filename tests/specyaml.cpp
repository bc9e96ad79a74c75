#include "specyaml.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>

namespace testsupport::yaml {

namespace {

QString qstr(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A plain (unquoted) scalar typed as the YAML 1.2 core schema does.
QJsonValue typedPlain(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
        return QJsonValue::Null;
    if (integer.match(text).hasMatch() || decimal.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar:
        // yaml-cpp tags a plain scalar "?" and a quoted or block one "!".
        return node.Tag() == "?" ? typedPlain(qstr(node.Scalar())) : QJsonValue(qstr(node.Scalar()));
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &member : node) {
            if (!member.first.IsScalar())
                throw YAML::ParserException(member.first.Mark(), "only scalar keys are supported");
            object.insert(qstr(member.first.Scalar()), toJson(member.second));
        }
        return object;
    }
    }
    return QJsonValue::Null;
}

void collect(const QJsonValue &value, const QString &where, QList<Example> *out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), where + QStringLiteral("/%1").arg(i), out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = where + QLatin1Char('/') + it.key();
        if (it.key() == QLatin1String("examples") && it.value().isObject()) {
            const QJsonObject examples = it.value().toObject();
            for (auto ex = examples.begin(); ex != examples.end(); ++ex) {
                if (ex.value().isObject() && ex.value().toObject().contains(QStringLiteral("value")))
                    out->append(Example{ex.key(), here + QLatin1Char('/') + ex.key(),
                        ex.value().toObject().value(QStringLiteral("value"))});
            }
            continue;
        }
        collect(it.value(), here, out);
    }
}

} // namespace

QJsonValue parse(const QByteArray &text, QString *error)
{
    try {
        return toJson(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &failure) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(failure.mark.line + 1).arg(qstr(failure.msg));
        return QJsonValue(QJsonValue::Undefined);
    }
}

QList<Example> collectExamples(const QJsonValue &document)
{
    QList<Example> examples;
    collect(document, QString(), &examples);
    return examples;
}

} // namespace testsupport::yaml
