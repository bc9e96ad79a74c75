#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace roamdesk {

/// One country's outline: rings in degrees (x = longitude, y = latitude; holes and islands alike, to be filled
/// even-odd), the bounding box of the rings, and a centre for markers. Countries too small for the 1:110m scale
/// have no rings, only a centre.
struct CountryOutline
{
    QString code; // ISO 3166-1 alpha-2
    QList<QList<QPointF>> rings;
    QRectF bounds; // empty without rings
    QPointF centre;
};

/// The world's country outlines (Natural Earth 1:110m, public domain), loaded once from the resource
/// :/roamdesk/world/countries-110m.json, which scripts/make-world-outlines writes. Offline by design.
class WorldOutlines
{
public:
    static const WorldOutlines &instance();
    /// Reads the resource's format; on failure an empty set with `error` set.
    static WorldOutlines fromJson(const QByteArray &json, QString *error);

    const QList<CountryOutline> &countries() const { return m_countries; }
    /// nullptr for a code the set does not hold.
    const CountryOutline *country(const QString &code) const;
    /// The country whose outline holds the point (longitude, latitude), or an empty string (the sea, or a
    /// country drawn as a dot only).
    QString countryAt(const QPointF &lonLat) const;

private:
    QList<CountryOutline> m_countries;
    QHash<QString, int> m_indexByCode;
};

/// Even-odd point-in-polygon over all rings: true inside an island, false inside a lake.
bool ringsContain(const QList<QList<QPointF>> &rings, const QPointF &point);

} // namespace roamdesk
