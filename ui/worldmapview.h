#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QVariantAnimation;

namespace roamdesk::ui {

/// How many watched devices are in a country now, told apart by whether they roam there.
struct CountryPresence
{
    int roaming = 0;
    int home = 0;
    int total() const { return roaming + home; }
};

/// A device drawn on the map: at its country's centre, spread a little so that devices in one country stay apart.
struct MapMarker
{
    QString id; // stable across updates: a marker whose country changes glides to the new one
    QString country; // ISO 3166-1 alpha-2
    bool roaming = false;
};

/// An offline world map (Natural Earth 1:110m outlines, WorldOutlines): countries shaded by the devices in them
/// now — roaming hatched as well as coloured, so the difference does not rest on colour — device markers
/// (triangles roam, circles are at home) that glide when a device changes country, zoom (wheel, +/−) and pan
/// (drag, arrows), hover for a country's figures, click to pick a country. Colours follow the palette.
class WorldMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapView)

public:
    /// Markers beyond this many are not drawn (shading and counts still are): a map of dots says nothing more.
    static constexpr int MaxDrawnMarkers = 2000;

    explicit WorldMapView(QWidget *parent = nullptr);
    ~WorldMapView() override;

    void setPresence(const QHash<QString, CountryPresence> &byCountry);
    const QHash<QString, CountryPresence> &presence() const { return m_presence; }
    void setMarkers(const QList<MapMarker> &markers);
    void setSelectedCountry(const QString &code);
    QString selectedCountry() const { return m_selected; }

    /// The country drawn under a widget position (a small country's dot counts), or an empty string.
    QString countryAt(const QPoint &position) const;
    /// Where a longitude/latitude is drawn now.
    QPointF toWidget(const QPointF &lonLat) const;
    double zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetView();
    /// Zooms to the countries with devices in them (the whole world when there are none).
    void fitToPresence();

Q_SIGNALS:
    /// A click on a country (empty: on the sea, which clears the choice).
    void countryActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct MarkerState
    {
        MapMarker marker;
        QPointF from; // lon/lat where the glide started
        QPointF to; // lon/lat of the country's centre
        QPointF offset; // pixels: the device's fixed place around that centre
    };

    QTransform worldToWidget() const;
    QPointF toWorld(const QPointF &position) const;
    void zoomAt(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);
    QPointF markerPosition(const MarkerState &state, const QTransform &toView) const;
    QString tooltipFor(const QString &code) const;

    QHash<QString, CountryPresence> m_presence;
    QList<MarkerState> m_markers;
    QString m_selected;
    QString m_hovered;
    double m_zoom = 1.0;
    bool m_fitted = false; // showing fitToPresence()'s view: kept as the widget resizes, until zoomed or moved
    QPointF m_centre; // lon/lat at the widget's centre
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_dragged = false;
    double m_glide = 1.0; // 0 → 1 while markers move
    QVariantAnimation *m_glideAnimation;
};

} // namespace roamdesk::ui
