#include "ui/themecolors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace roamdesk::ui::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

namespace {

QColor pick(QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark() ? dark : light);
}

} // namespace

// Light shades have at least 4.5:1 contrast on #efefef and white, dark ones on #2b2b2b and #1e1e1e (WCAG AA).
QColor error()
{
    return pick(0xb00020, 0xff8a80);
}

QColor abroad()
{
    return pick(0x9e4f00, 0xffb74d);
}

QColor home()
{
    return pick(0x176b32, 0x81c784);
}

QColor change()
{
    return pick(0x1f5fbf, 0x82b1ff);
}

QColor muted()
{
    return pick(0x5f6368, 0xa8acb0);
}

namespace {
double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QString textStyle(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

QString errorPanelStyle()
{
    return QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 3px; padding: 4px; }")
        .arg(error().name());
}

} // namespace roamdesk::ui::theme
