#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace roamdesk::ui {

struct Preferences;

/// The settings page of the desktop: the language (from the next start) and whether new alerts show as tray messages.
/// Works on its part of Preferences and leaves the rest alone.
class DesktopPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopPage)

public:
    explicit DesktopPage(QWidget *parent = nullptr);
    ~DesktopPage() override;

    void load(const Preferences &preferences);
    /// Writes the language and the tray choice into `preferences`.
    void store(Preferences *preferences) const;
    /// Empty: every combination of these choices is valid.
    QString validate() const { return {}; }
    /// Where keyboard focus goes when the page opens.
    QWidget *firstField() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_language;
    QCheckBox *m_trayAlerts;
};

} // namespace roamdesk::ui
