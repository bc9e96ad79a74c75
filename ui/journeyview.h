#pragma once

#include "models/journey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

namespace roamdesk::ui {

/// A device's journey as a timeline: one band per country it was in, a bar for each stay, roaming bars hatched
/// as well as coloured (home bars plain), time running left to right from the first stay to now.
class JourneyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyView)

public:
    explicit JourneyView(QWidget *parent = nullptr);

    void setJourney(const QList<JourneySegment> &segments, const QDateTime &now);
    void clear();
    const QList<JourneySegment> &segments() const { return m_segments; }
    /// The bands from top to bottom, as their labels read ("DE Germany", "Unknown").
    QStringList bandLabels() const;
    /// Where a segment's bar is drawn (empty when the view shows nothing).
    QRectF barRect(int segment) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    static QString bandKey(const JourneySegment &segment);
    QRectF plotArea() const;
    int labelWidth() const;

    QList<JourneySegment> m_segments;
    QStringList m_bands; // keys, in order of first visit
    QHash<QString, QString> m_bandLabels;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace roamdesk::ui
