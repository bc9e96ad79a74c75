#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace roamdesk::ui::theme {

/// Colours that carry a meaning (error, abroad, home, …) in a shade that reads on the current palette:
/// darker tones on a light window, lighter ones on a dark window. Qt 6.4 has no colour-scheme hint, so
/// "dark" is read from the palette the platform theme installed (window lighter or darker than its text).
/// Colour only repeats what text and symbols already say.
bool isDark(const QPalette &palette);
bool isDark(); // the application palette

QColor error(); // failures, a stopped receiver
QColor abroad(); // roaming, roaming-on
QColor home(); // at home, roaming-off
QColor change(); // roaming-change-country
QColor muted(); // ended subscriptions: quieter than text, yet readable (not the disabled grey)

/// WCAG 2 contrast ratio of two colours (1 to 21); AA asks 4.5 for normal text.
double contrastRatio(const QColor &a, const QColor &b);

/// "color: #rrggbb;" for a label's style sheet.
QString textStyle(const QColor &colour);
/// A framed message box (error panel) that keeps the palette's own background.
QString errorPanelStyle();

} // namespace roamdesk::ui::theme
