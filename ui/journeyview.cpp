#include "ui/journeyview.h"

#include "models/countrytable.h"
#include "ui/themecolors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace roamdesk::ui {

namespace {

constexpr int BandHeight = 22;
constexpr int AxisHeight = 22;
constexpr int Margin = 6;

QString durationText(qint64 seconds)
{
    if (seconds < 3600)
        return JourneyView::tr("%n min", nullptr, int(std::max<qint64>(1, seconds / 60)));
    if (seconds < 2 * 86400)
        return JourneyView::tr("%n h", nullptr, int(seconds / 3600));
    return JourneyView::tr("%n days", nullptr, int(seconds / 86400));
}

} // namespace

JourneyView::JourneyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("journeyTimeline"));
    setAccessibleName(tr("Journey timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
}

QString JourneyView::bandKey(const JourneySegment &segment)
{
    // No country while not roaming is the home network (CAMARA says a country only while roaming).
    if (!segment.countryCode)
        return segment.roaming ? QString() : QStringLiteral("home");
    return QString::number(*segment.countryCode);
}

void JourneyView::setJourney(const QList<JourneySegment> &segments, const QDateTime &now)
{
    m_segments = segments;
    m_bands.clear();
    m_bandLabels.clear();
    for (const JourneySegment &segment : segments) {
        const QString key = bandKey(segment);
        if (m_bandLabels.contains(key))
            continue;
        m_bands.append(key);
        m_bandLabels.insert(key,
            segment.countryCode
                ? QStringLiteral("%1 (%2)").arg(CountryTable::describe(segment.countryNames)).arg(*segment.countryCode)
                : (segment.roaming ? tr("Unknown country") : tr("At home (not roaming)")));
    }
    m_from = segments.isEmpty() ? QDateTime() : segments.first().start;
    m_to = now;
    for (const JourneySegment &segment : segments) {
        if (segment.end.isValid() && segment.end > m_to)
            m_to = segment.end;
    }
    updateGeometry();
    update();
}

void JourneyView::clear()
{
    setJourney({}, QDateTime());
}

QStringList JourneyView::bandLabels() const
{
    QStringList labels;
    for (const QString &key : m_bands)
        labels << m_bandLabels.value(key);
    return labels;
}

int JourneyView::labelWidth() const
{
    int widest = 0;
    for (const QString &label : m_bandLabels)
        widest = std::max(widest, fontMetrics().horizontalAdvance(label));
    return std::min(widest + 2 * Margin, width() / 3);
}

QRectF JourneyView::plotArea() const
{
    const int left = labelWidth();
    return QRectF(left, Margin, width() - left - Margin, BandHeight * m_bands.size());
}

QRectF JourneyView::barRect(int segment) const
{
    if (segment < 0 || segment >= m_segments.size() || !m_from.isValid() || m_to <= m_from)
        return {};
    const JourneySegment &s = m_segments.at(segment);
    const QRectF area = plotArea();
    const double span = double(m_from.msecsTo(m_to));
    const auto x = [&](const QDateTime &when) { return area.left() + area.width() * m_from.msecsTo(when) / span; };
    const int band = int(m_bands.indexOf(bandKey(s)));
    const double left = x(s.start);
    const double right = x(s.end.isValid() ? s.end : m_to);
    return QRectF(left, area.top() + band * BandHeight + 3, std::max(2.0, right - left), BandHeight - 6);
}

QSize JourneyView::sizeHint() const
{
    return {600, int(Margin + BandHeight * std::max<qsizetype>(3, m_bands.size()) + AxisHeight)};
}

QSize JourneyView::minimumSizeHint() const
{
    return {240, Margin + BandHeight * 2 + AxisHeight};
}

void JourneyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    if (m_segments.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Choose a device to see where it has been: one band per country, roaming stays hatched."));
        return;
    }
    const QRectF area = plotArea();
    painter.setPen(pal.color(QPalette::Text));
    for (int band = 0; band < m_bands.size(); ++band) {
        const QRectF labelRect(Margin, area.top() + band * BandHeight, area.left() - 2 * Margin, BandHeight);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(m_bandLabels.value(m_bands.at(band)), Qt::ElideRight, int(labelRect.width())));
        if (band % 2 == 1)
            painter.fillRect(QRectF(area.left(), area.top() + band * BandHeight, area.width(), BandHeight),
                pal.color(QPalette::AlternateBase));
    }
    QBrush hatch(pal.color(QPalette::Base), Qt::BDiagPattern);
    for (int i = 0; i < m_segments.size(); ++i) {
        const QRectF bar = barRect(i);
        const bool roaming = m_segments.at(i).roaming;
        painter.setPen(QPen(pal.color(QPalette::Text), 0.5));
        painter.setBrush(roaming ? theme::abroad() : theme::home());
        painter.drawRect(bar);
        if (roaming) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawRect(bar);
        }
    }
    // The axis: the first and last moments, in local time, and "now" when the last stay is still open.
    painter.setPen(pal.color(QPalette::Text));
    const QRectF axis(area.left(), area.bottom() + 2, area.width(), AxisHeight - 2);
    const QLocale locale;
    painter.drawLine(QPointF(area.left(), area.bottom() + 1), QPointF(area.right(), area.bottom() + 1));
    painter.drawText(
        axis, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(m_from.toLocalTime(), QLocale::ShortFormat));
    painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter,
        m_segments.last().isOpen() ? tr("now") : locale.toString(m_to.toLocalTime(), QLocale::ShortFormat));
}

bool JourneyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_segments.size(); ++i) {
            if (barRect(i).contains(help->pos())) {
                const JourneySegment &s = m_segments.at(i);
                const QLocale locale;
                const QString state = s.roaming ? tr("Roaming") : tr("At home");
                const QString until =
                    s.isOpen() ? tr("until now") : locale.toString(s.end.toLocalTime(), QLocale::ShortFormat);
                QToolTip::showText(help->globalPos(),
                    tr("%1 in %2\n%3 – %4 (%5)")
                        .arg(state, m_bandLabels.value(bandKey(s)),
                            locale.toString(s.start.toLocalTime(), QLocale::ShortFormat), until,
                            durationText(s.seconds)),
                    this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace roamdesk::ui
