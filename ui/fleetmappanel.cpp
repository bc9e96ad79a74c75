#include "ui/fleetmappanel.h"

#include "app/fleet/fleetservice.h"
#include "models/countrytable.h"
#include "ui/worldmapview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {
constexpr int RedrawMs = 250;
} // namespace

FleetMapPanel::FleetMapPanel(FleetService *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_map(new WorldMapView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("fleetMapPanel"));
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_summary->setWordWrap(true);
    auto tool = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    QToolButton *zoomIn = tool(QStringLiteral("+"), tr("Zoom in (+)"), "mapZoomInButton");
    QToolButton *zoomOut = tool(QStringLiteral("−"), tr("Zoom out (−)"), "mapZoomOutButton");
    QToolButton *reset = tool(tr("Whole world"), tr("Show the whole world (0)"), "mapResetButton");
    connect(zoomIn, &QToolButton::clicked, m_map, &WorldMapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_map, &WorldMapView::zoomOut);
    connect(reset, &QToolButton::clicked, m_map, &WorldMapView::resetView);
    QToolButton *fit = tool(tr("Fit devices"), tr("Zoom to the countries with devices"), "mapFitButton");
    connect(fit, &QToolButton::clicked, m_map, &WorldMapView::fitToPresence);
    for (QToolButton *button : {zoomIn, zoomOut, reset, fit})
        connect(button, &QToolButton::clicked, this, [this] { m_userMovedMap = true; });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(fit);
    bar->addWidget(reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);

    connect(m_map, &WorldMapView::countryActivated, this, &FleetMapPanel::countryActivated);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(RedrawMs);
    connect(&m_redraw, &QTimer::timeout, this, &FleetMapPanel::redraw);
    auto later = [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
    };
    connect(fleet, &FleetService::loaded, this, &FleetMapPanel::redraw);
    connect(fleet, &FleetService::fleetChanged, this, later);
    connect(fleet, &FleetService::countsChanged, this, later);
    redraw();
}

void FleetMapPanel::redraw()
{
    QHash<QString, CountryPresence> presence;
    const QHash<QString, CountryCounts> &byCountry = m_fleet->countryCounts();
    for (auto it = byCountry.constBegin(); it != byCountry.constEnd(); ++it)
        presence.insert(it.key(), {it->roaming, it->home});
    const bool first = m_map->presence().isEmpty() && !presence.isEmpty() && !m_userMovedMap;
    m_map->setPresence(presence);
    if (first)
        m_map->fitToPresence(); // the first devices: show where they are

    const FleetState &state = m_fleet->state();
    QList<MapMarker> markers;
    if (state.size() <= WorldMapView::MaxDrawnMarkers) {
        for (int row = 0; row < state.size(); ++row) {
            const DeviceFleetEntry &entry = state.at(row);
            if (entry.roaming && !entry.countryNames.isEmpty())
                markers.append({entry.key, entry.countryNames.first(), *entry.roaming});
        }
    }
    m_map->setMarkers(markers);

    const FleetCounts counts = m_fleet->counts();
    QString text = tr("%n device(s) roaming, %1 at home, %2 not known.", nullptr, counts.roaming)
                       .arg(counts.home)
                       .arg(counts.unknown);
    if (state.size() > WorldMapView::MaxDrawnMarkers)
        text += QLatin1Char(' ') + tr("Too many devices for markers: countries show the counts.");
    text += QLatin1Char(' ') + tr("Click a country to show its devices on the Devices board.");
    m_summary->setText(text);
}

} // namespace roamdesk::ui
