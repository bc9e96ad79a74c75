#pragma once

#include <QDialog>

namespace roamdesk::ui {

/// Version, Qt version and licences.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override = default;

    /// The text shown, for tests and "copy".
    QString aboutText() const;
};

} // namespace roamdesk::ui
