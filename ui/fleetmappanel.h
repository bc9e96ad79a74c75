#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace roamdesk {
class FleetService;
} // namespace roamdesk

namespace roamdesk::ui {

class WorldMapView;

/// The fleet on the world map: countries shaded by the devices in them now, a marker per device (up to
/// WorldMapView::MaxDrawnMarkers), zoom buttons, and a click on a country that filters the Devices board.
/// Fleet changes are gathered and drawn at most a few times a second, so a burst of events costs one frame.
class FleetMapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetMapPanel)

public:
    explicit FleetMapPanel(FleetService *fleet, QWidget *parent = nullptr);

    WorldMapView *map() const { return m_map; }

Q_SIGNALS:
    /// A country was clicked (empty: the sea, all countries again).
    void countryActivated(const QString &isoCode);

private:
    void redraw();

    FleetService *m_fleet;
    WorldMapView *m_map;
    QLabel *m_summary;
    QTimer m_redraw;
    bool m_userMovedMap = false; // once the user zoomed, new devices do not move the view
};

} // namespace roamdesk::ui
