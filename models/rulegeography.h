#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk {

/// Distances between countries for the travel rules: the great-circle distance between the closest points of
/// two countries' outlines (Natural Earth 1:110m, models/worldoutlines). Neighbours share border arcs, so they
/// are 0 km apart; a country drawn as a dot only counts as its centre. Results are cached per pair.
class RuleGeography
{
public:
    /// Kilometres between the closest points of `a` and `b`; nullopt when either is not in the outlines.
    static std::optional<double> distanceKm(const QString &a, const QString &b);
    /// The smallest distance between any country of `from` and any of `to` (a multi-territory MCC such as 340
    /// names several): nullopt when no pair is known.
    static std::optional<double> distanceKm(const QStringList &from, const QStringList &to);
    /// Great-circle distance in km between two points given as (longitude, latitude) degrees.
    static double greatCircleKm(double lon1, double lat1, double lon2, double lat2);
};

} // namespace roamdesk
