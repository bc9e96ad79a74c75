#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace roamdesk::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About RoamDesk"));
    auto *layout = new QVBoxLayout(this);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/roamdesk/icons/roamdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *text = new QLabel(aboutText(), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText() const
{
    return tr("<h2>RoamDesk %1</h2>"
              "<p>A desktop console for the CAMARA Device Roaming Status APIs: look up devices, manage "
              "roaming-status subscriptions and watch CloudEvents arrive, against Network as Code, any CAMARA "
              "endpoint or the embedded simulator.</p>"
              "<p>Built with Qt %2 (running on Qt %3).</p>"
              "<p>RoamDesk is free software under the Apache License 2.0. Qt is used under the GNU LGPL v3. "
              "The CAMARA API definitions are © the CAMARA project, Apache License 2.0.</p>")
               .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
        + tr(
            "<p>The world map draws Natural Earth's 1:110m country outlines (public domain, naturalearthdata.com), "
            "converted from the world-atlas package. Country names in your language come from Debian's iso-codes.</p>");
}

} // namespace roamdesk::ui
