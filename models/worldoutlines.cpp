#include "models/worldoutlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorld, "roamdesk.world", QtInfoMsg)

namespace roamdesk {

namespace {

constexpr double Hundredths = 100.0;

QPointF pointAt(const QJsonArray &flat, qsizetype i)
{
    return {flat.at(i).toDouble() / Hundredths, flat.at(i + 1).toDouble() / Hundredths};
}

QRectF boundsOf(const QList<QPointF> &ring)
{
    double left = ring.first().x(), right = left, top = ring.first().y(), bottom = top;
    for (const QPointF &point : ring) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

const WorldOutlines &WorldOutlines::instance()
{
    static const WorldOutlines outlines = [] {
        QFile file(QStringLiteral(":/roamdesk/world/countries-110m.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWorld) << "country outlines missing:" << file.errorString();
            return WorldOutlines();
        }
        WorldOutlines loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcWorld).noquote() << "country outlines unreadable:" << error;
        return loaded;
    }();
    return outlines;
}

WorldOutlines WorldOutlines::fromJson(const QByteArray &json, QString *error)
{
    WorldOutlines outlines;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray countries = document.object().value(QLatin1String("countries")).toArray();
    if (parseError.error != QJsonParseError::NoError || countries.isEmpty()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("no \"countries\" array");
        return {};
    }
    for (const QJsonValue &value : countries) {
        const QJsonObject object = value.toObject();
        CountryOutline country;
        country.code = object.value(QLatin1String("code")).toString();
        const QJsonArray centre = object.value(QLatin1String("centre")).toArray();
        if (country.code.size() != 2 || centre.size() != 2) {
            *error = QStringLiteral("a country without a two-letter code or a centre");
            return {};
        }
        country.centre = pointAt(centre, 0);
        for (const QJsonValue &ringValue : object.value(QLatin1String("rings")).toArray()) {
            const QJsonArray flat = ringValue.toArray();
            if (flat.size() < 6 || flat.size() % 2 != 0) {
                *error = QStringLiteral("%1: a ring needs at least three points").arg(country.code);
                return {};
            }
            QList<QPointF> ring;
            ring.reserve(flat.size() / 2);
            for (qsizetype i = 0; i < flat.size(); i += 2)
                ring.append(pointAt(flat, i));
            country.bounds = country.bounds.united(boundsOf(ring));
            country.rings.append(std::move(ring));
        }
        outlines.m_indexByCode.insert(country.code, int(outlines.m_countries.size()));
        outlines.m_countries.append(std::move(country));
    }
    return outlines;
}

const CountryOutline *WorldOutlines::country(const QString &code) const
{
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.constEnd() ? nullptr : &m_countries.at(*it);
}

QString WorldOutlines::countryAt(const QPointF &lonLat) const
{
    for (const CountryOutline &country : m_countries) {
        if (country.bounds.contains(lonLat) && ringsContain(country.rings, lonLat))
            return country.code;
    }
    return {};
}

bool ringsContain(const QList<QList<QPointF>> &rings, const QPointF &point)
{
    bool inside = false;
    for (const QList<QPointF> &ring : rings) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring.at(i);
            const QPointF &b = ring.at(j);
            if ((a.y() > point.y()) != (b.y() > point.y())
                && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

} // namespace roamdesk
