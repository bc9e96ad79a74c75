#include "ui/worldmapview.h"

#include "models/countrytable.h"
#include "models/worldoutlines.h"
#include "ui/themecolors.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QResizeEvent>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace roamdesk::ui {

namespace {

// The part of the world worth the space: Antarctica and the high Arctic would take a third of the height.
constexpr double WestLon = -180.0, EastLon = 180.0, SouthLat = -58.0, NorthLat = 84.0;
constexpr double MinZoom = 1.0, MaxZoom = 40.0, ZoomStep = 1.25;
constexpr int GlideMs = 700;
constexpr double DotRadius = 3.0; // pixels: a country too small for the outlines
constexpr double MarkerSize = 6.0;
/// A marker sprite's side in device-independent pixels: the marker, its outline and a margin for antialiasing.
constexpr int SpriteExtent = int(2 * MarkerSize) + 4;

/// One marker, outlined in the text colour so that it stays visible on its own country's fill: a triangle
/// for a device roaming, a disc for one at home (told apart by shape as well as colour).
QPixmap markerSprite(bool roaming, const QColor &fill, const QColor &outline, qreal devicePixelRatio)
{
    QPixmap sprite(QSize(SpriteExtent, SpriteExtent) * devicePixelRatio);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(outline, 1.2));
    painter.setBrush(fill);
    const QPointF at(SpriteExtent / 2.0, SpriteExtent / 2.0);
    if (roaming) {
        const QPointF triangle[] = {at + QPointF(0, -MarkerSize - 1), at + QPointF(MarkerSize, MarkerSize - 1),
            at + QPointF(-MarkerSize, MarkerSize - 1)};
        painter.drawPolygon(triangle, 3);
    } else {
        painter.drawEllipse(at, MarkerSize - 1, MarkerSize - 1);
    }
    return sprite;
}

/// The outlines as painter paths in degrees (y = latitude), built once.
const QHash<QString, QPainterPath> &countryPaths()
{
    static const QHash<QString, QPainterPath> paths = [] {
        QHash<QString, QPainterPath> built;
        for (const CountryOutline &country : WorldOutlines::instance().countries()) {
            // Antarctica lies below the part of the world drawn: it would only show as a band along the edge.
            if (country.rings.isEmpty() || country.code == QLatin1String("AQ"))
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QList<QPointF> &ring : country.rings)
                path.addPolygon(QPolygonF(ring));
            built.insert(country.code, path);
        }
        return built;
    }();
    return paths;
}

QPointF centreOf(const QString &code)
{
    const CountryOutline *country = WorldOutlines::instance().country(code);
    return country ? country->centre : QPointF();
}

/// A device's fixed place around its country's centre, from its id: the same every time it is drawn.
QPointF spreadFor(const QString &id)
{
    const size_t hash = qHash(id, 0x5eed);
    const double angle = double(hash % 360) * M_PI / 180.0;
    const double radius = 2.0 + double((hash >> 9) % 10);
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

} // namespace

WorldMapView::WorldMapView(QWidget *parent)
    : QWidget(parent)
    , m_centre((WestLon + EastLon) / 2, (SouthLat + NorthLat) / 2)
    , m_glideAnimation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("worldMap"));
    setAccessibleName(tr("World map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_glideAnimation->setDuration(GlideMs);
    m_glideAnimation->setStartValue(0.0);
    m_glideAnimation->setEndValue(1.0);
    m_glideAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_glideAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_glide = value.toDouble();
        update();
    });
}

WorldMapView::~WorldMapView() = default;

void WorldMapView::setPresence(const QHash<QString, CountryPresence> &byCountry)
{
    m_presence = byCountry;
    update();
}

void WorldMapView::setMarkers(const QList<MapMarker> &markers)
{
    QHash<QString, QPointF> drawnNow;
    for (const MarkerState &state : std::as_const(m_markers))
        drawnNow.insert(state.marker.id, m_glide >= 1.0 ? state.to : state.from + (state.to - state.from) * m_glide);
    QList<MarkerState> next;
    next.reserve(markers.size());
    bool moving = false;
    for (const MapMarker &marker : markers) {
        if (!WorldOutlines::instance().country(marker.country))
            continue;
        MarkerState state{marker, {}, centreOf(marker.country), spreadFor(marker.id)};
        const auto was = drawnNow.constFind(marker.id);
        state.from = was == drawnNow.constEnd() ? state.to : *was;
        moving = moving || state.from != state.to;
        next.append(state);
    }
    m_markers = std::move(next);
    if (moving) {
        m_glide = 0.0;
        m_glideAnimation->stop();
        m_glideAnimation->start();
    } else {
        m_glide = 1.0;
    }
    update();
}

void WorldMapView::setSelectedCountry(const QString &code)
{
    if (m_selected == code)
        return;
    m_selected = code;
    update();
}

QSize WorldMapView::sizeHint() const
{
    return {720, 300};
}

QSize WorldMapView::minimumSizeHint() const
{
    return {240, 120};
}

QTransform WorldMapView::worldToWidget() const
{
    const double fit = std::min(width() / (EastLon - WestLon), height() / (NorthLat - SouthLat));
    const double scale = fit * m_zoom;
    QTransform transform;
    transform.translate(width() / 2.0, height() / 2.0);
    transform.scale(scale, -scale);
    transform.translate(-m_centre.x(), -m_centre.y());
    return transform;
}

QPointF WorldMapView::toWidget(const QPointF &lonLat) const
{
    return worldToWidget().map(lonLat);
}

QPointF WorldMapView::toWorld(const QPointF &position) const
{
    return worldToWidget().inverted().map(position);
}

QString WorldMapView::countryAt(const QPoint &position) const
{
    const QString inside = WorldOutlines::instance().countryAt(toWorld(position));
    if (!inside.isEmpty())
        return inside;
    // A country drawn as a dot: near enough to its dot.
    for (const CountryOutline &country : WorldOutlines::instance().countries()) {
        if (country.rings.isEmpty() && QLineF(toWidget(country.centre), position).length() <= DotRadius + 3)
            return country.code;
    }
    return {};
}

QPointF WorldMapView::markerPosition(const MarkerState &state, const QTransform &toView) const
{
    const QPointF lonLat = m_glide >= 1.0 ? state.to : state.from + (state.to - state.from) * m_glide;
    return toView.map(lonLat) + state.offset;
}

void WorldMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = theme::isDark(pal);
    const QColor land = dark ? pal.color(QPalette::Base).lighter(180) : pal.color(QPalette::Base).darker(112);
    const QColor border = pal.color(QPalette::Mid);
    const QColor abroad = theme::abroad();
    const QColor home = theme::home();
    const QTransform transform = worldToWidget();

    QPen outline(border, 0.8);
    outline.setCosmetic(true);
    // Hatching in widget pixels, whatever the zoom.
    QBrush hatch(pal.color(QPalette::Base), Qt::BDiagPattern);
    hatch.setTransform(transform.inverted());

    painter.setTransform(transform);
    const QHash<QString, QPainterPath> &paths = countryPaths();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const CountryPresence presence = m_presence.value(it.key());
        QColor fill = land;
        if (presence.total() > 0)
            fill = presence.roaming >= presence.home ? abroad : home;
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPath(*it);
        if (presence.roaming > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawPath(*it);
        }
    }
    const auto selectedPath = paths.constFind(m_selected);
    if (selectedPath != paths.constEnd()) {
        QPen highlight(pal.color(QPalette::Highlight), 2.5);
        highlight.setCosmetic(true);
        painter.setPen(highlight);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(*selectedPath);
    }
    painter.resetTransform();

    // Countries too small for the outlines: a dot, filled like a country.
    for (const CountryOutline &country : WorldOutlines::instance().countries()) {
        if (!country.rings.isEmpty())
            continue;
        const CountryPresence presence = m_presence.value(country.code);
        painter.setPen(country.code == m_selected ? QPen(pal.color(QPalette::Highlight), 2) : QPen(border));
        painter.setBrush(presence.total() == 0 ? land : (presence.roaming >= presence.home ? abroad : home));
        painter.drawEllipse(toWidget(country.centre), DotRadius, DotRadius);
    }

    if (m_markers.size() <= MaxDrawnMarkers) {
        // Each kind is drawn once into a sprite and stamped: two thousand antialiased outlines a frame would
        // cost more than the rest of the map.
        const QColor outlineColour = pal.color(QPalette::Text);
        const QPixmap homeSprite = markerSprite(false, home, outlineColour, devicePixelRatioF());
        const QPixmap roamingSprite = markerSprite(true, abroad, outlineColour, devicePixelRatioF());
        const QPointF centre(SpriteExtent / 2.0, SpriteExtent / 2.0);
        for (const MarkerState &state : std::as_const(m_markers)) {
            const QPointF at = markerPosition(state, transform) - centre;
            painter.drawPixmap(at, state.marker.roaming ? roamingSprite : homeSprite);
        }
    }

    // Legend: the same shapes and fills as on the map, in words.
    const QFontMetrics metrics = fontMetrics();
    const QString roamingText = tr("Roaming here");
    const QString homeText = tr("At home");
    const int row = metrics.height() + 4;
    const int legendWidth = 28 + std::max(metrics.horizontalAdvance(roamingText), metrics.horizontalAdvance(homeText));
    const QRect legend(8, height() - 2 * row - 12, legendWidth + 8, 2 * row + 4);
    painter.setPen(border);
    painter.setBrush(pal.color(QPalette::Window));
    painter.drawRoundedRect(legend, 4, 4);
    const QRect roamingSwatch(legend.left() + 6, legend.top() + 4 + (row - 12) / 2, 14, 12);
    const QRect homeSwatch = roamingSwatch.translated(0, row);
    painter.setBrush(abroad);
    painter.drawRect(roamingSwatch);
    QBrush swatchHatch(pal.color(QPalette::Base), Qt::BDiagPattern);
    painter.setBrush(swatchHatch);
    painter.drawRect(roamingSwatch);
    painter.setBrush(home);
    painter.drawRect(homeSwatch);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        QRect(roamingSwatch.right() + 6, legend.top() + 2, legendWidth, row), Qt::AlignVCenter, roamingText);
    painter.drawText(
        QRect(homeSwatch.right() + 6, legend.top() + 2 + row, legendWidth, row), Qt::AlignVCenter, homeText);
}

QString WorldMapView::tooltipFor(const QString &code) const
{
    const CountryPresence presence = m_presence.value(code);
    const QString name = QStringLiteral("%1 %2").arg(code, CountryTable::countryName(code));
    if (presence.total() == 0)
        return tr("%1: no watched device here").arg(name);
    return tr("%1: %2 roaming here, %3 at home").arg(name).arg(presence.roaming).arg(presence.home);
}

bool WorldMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = countryAt(help->pos());
        if (code.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(code), this);
        return true;
    }
    return QWidget::event(event);
}

void WorldMapView::zoomAt(double factor, const QPointF &anchor)
{
    const double zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point under the anchor where it is.
    const QPointF before = toWorld(anchor);
    m_fitted = false;
    m_zoom = zoom;
    const QPointF after = toWorld(anchor);
    m_centre += before - after;
    update();
}

void WorldMapView::panBy(const QPointF &pixels)
{
    const QTransform inverse = worldToWidget().inverted();
    m_fitted = false;
    m_centre -= inverse.map(pixels) - inverse.map(QPointF(0, 0));
    m_centre.setX(std::clamp(m_centre.x(), WestLon, EastLon));
    m_centre.setY(std::clamp(m_centre.y(), SouthLat, NorthLat));
    update();
}

void WorldMapView::zoomIn()
{
    zoomAt(ZoomStep, rect().center());
}

void WorldMapView::zoomOut()
{
    zoomAt(1 / ZoomStep, rect().center());
}

void WorldMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fitToPresence();
}

void WorldMapView::resetView()
{
    m_fitted = false;
    m_zoom = 1.0;
    m_centre = QPointF((WestLon + EastLon) / 2, (SouthLat + NorthLat) / 2);
    update();
}

void WorldMapView::fitToPresence()
{
    QRectF area;
    for (auto it = m_presence.constBegin(); it != m_presence.constEnd(); ++it) {
        const CountryOutline *country = WorldOutlines::instance().country(it.key());
        if (!country || it->total() == 0)
            continue;
        // A country's bounds, but the main part only for one with far-away islands (France and its Guiana).
        const QRectF bounds = country->bounds.width() > 60 || country->bounds.height() > 40
            ? QRectF(country->centre - QPointF(8, 6), QSizeF(16, 12))
            : (country->rings.isEmpty() ? QRectF(country->centre - QPointF(1, 1), QSizeF(2, 2)) : country->bounds);
        area = area.united(bounds);
    }
    if (area.isEmpty() || width() <= 0 || height() <= 0) {
        resetView();
        return;
    }
    area.adjust(-4, -3, 4, 3);
    const double fit = std::min(width() / (EastLon - WestLon), height() / (NorthLat - SouthLat));
    m_zoom = std::clamp(std::min(width() / (fit * area.width()), height() / (fit * area.height())), MinZoom, MaxZoom);
    m_centre = area.center();
    m_fitted = true;
    update();
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void WorldMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragged = false;
        m_dragFrom = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void WorldMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragging && (m_dragged || (at - m_dragFrom).manhattanLength() > 3)) {
        m_dragged = true;
        panBy(at - m_dragFrom);
        m_dragFrom = at;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    const QString hovered = countryAt(at);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    }
}

void WorldMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        if (!m_dragged) {
            const QString code = countryAt(event->position().toPoint());
            setSelectedCountry(code);
            Q_EMIT countryActivated(code);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void WorldMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAt(2.0, event->position());
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    const double step = 40;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace roamdesk::ui
