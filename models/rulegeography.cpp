#include "models/rulegeography.h"

#include "models/worldoutlines.h"

#include <QHash>
#include <QMutex>
#include <QPointF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace roamdesk {

namespace {

constexpr double EarthRadiusKm = 6371.0088;
constexpr double DegToRad = 3.14159265358979323846 / 180.0;

/// Unit vectors on the sphere: the closest-point search compares chords, and only the best becomes km.
struct Vec3
{
    double x, y, z;
};

Vec3 toVec(const QPointF &lonLat)
{
    const double lon = lonLat.x() * DegToRad;
    const double lat = lonLat.y() * DegToRad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

double chord2(const Vec3 &a, const Vec3 &b)
{
    const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
    return dx * dx + dy * dy + dz * dz;
}

/// Squared chord from p to the segment a-b (in 3-D, close enough to the arc for 1:110m segments).
double chord2ToSegment(const Vec3 &p, const Vec3 &a, const Vec3 &b)
{
    const Vec3 ab{b.x - a.x, b.y - a.y, b.z - a.z};
    const double len2 = ab.x * ab.x + ab.y * ab.y + ab.z * ab.z;
    double t = len2 > 0 ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y + (p.z - a.z) * ab.z) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const Vec3 q{a.x + t * ab.x, a.y + t * ab.y, a.z + t * ab.z};
    return chord2(p, q);
}

QList<QList<Vec3>> ringsOf(const CountryOutline &country)
{
    QList<QList<Vec3>> rings;
    for (const QList<QPointF> &ring : country.rings) {
        QList<Vec3> points;
        points.reserve(ring.size());
        for (const QPointF &point : ring)
            points << toVec(point);
        rings << points;
    }
    if (rings.isEmpty())
        rings << QList<Vec3>{toVec(country.centre)};
    return rings;
}

/// Smallest squared chord from any vertex of `a` to any segment (or lone point) of `b`.
double closest(const QList<QList<Vec3>> &a, const QList<QList<Vec3>> &b)
{
    double best = std::numeric_limits<double>::max();
    for (const QList<Vec3> &ringA : a) {
        for (const Vec3 &p : ringA) {
            for (const QList<Vec3> &ringB : b) {
                if (ringB.size() == 1) {
                    best = std::min(best, chord2(p, ringB.constFirst()));
                    continue;
                }
                for (qsizetype i = 0; i + 1 < ringB.size(); ++i) {
                    best = std::min(best, chord2ToSegment(p, ringB.at(i), ringB.at(i + 1)));
                    if (best == 0)
                        return 0;
                }
            }
        }
    }
    return best;
}

} // namespace

double RuleGeography::greatCircleKm(double lon1, double lat1, double lon2, double lat2)
{
    const double c = std::sqrt(chord2(toVec({lon1, lat1}), toVec({lon2, lat2})));
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, c / 2));
}

std::optional<double> RuleGeography::distanceKm(const QString &a, const QString &b)
{
    if (a == b)
        return WorldOutlines::instance().country(a) ? std::optional<double>(0) : std::nullopt;
    static QMutex mutex;
    static QHash<QString, double> cache;
    const QString key = a < b ? a + b : b + a;
    {
        QMutexLocker locker(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    const CountryOutline *first = WorldOutlines::instance().country(a);
    const CountryOutline *second = WorldOutlines::instance().country(b);
    if (!first || !second)
        return std::nullopt;
    const QList<QList<Vec3>> ringsA = ringsOf(*first);
    const QList<QList<Vec3>> ringsB = ringsOf(*second);
    const double c2 = std::min(closest(ringsA, ringsB), closest(ringsB, ringsA));
    // Shared border arcs meet to the last bit; a few metres of rounding still count as touching.
    double km = 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(c2) / 2));
    if (km < 0.01)
        km = 0;
    QMutexLocker locker(&mutex);
    cache.insert(key, km);
    return km;
}

std::optional<double> RuleGeography::distanceKm(const QStringList &from, const QStringList &to)
{
    std::optional<double> best;
    for (const QString &a : from) {
        for (const QString &b : to) {
            const std::optional<double> km = distanceKm(a, b);
            if (km && (!best || *km < *best))
                best = km;
        }
    }
    return best;
}

} // namespace roamdesk
