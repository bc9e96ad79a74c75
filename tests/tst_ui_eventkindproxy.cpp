// EventKindProxy: a symbol before each type, and colours that read as text (WCAG AA, 4.5:1) against the
// table's base colour in a light and in a dark palette — subscription ends included, which must not look
// disabled.
#include "ui/eventkindproxy.h"
#include "ui/themecolors.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace roamdesk::ui;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, Qt::white);
    return palette;
}

} // namespace

class TestEventKindProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursMeetAaContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTest::newRow("light (Fusion)") << fusion->standardPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }

    void coloursMeetAaContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        QCOMPARE(theme::isDark(), dark);
        QStandardItemModel source(0, 2);
        source.setHorizontalHeaderLabels({u"Received"_s, u"Type"_s});
        const QStringList types{u"roaming-on"_s, u"roaming-off"_s, u"roaming-change-country"_s, u"roaming-status"_s,
            u"subscription-ends"_s};
        for (const QString &type : types)
            source.appendRow({new QStandardItem(u"12:00:00"_s), new QStandardItem(type)});
        EventKindProxy proxy;
        proxy.setSourceModel(&source);
        const QColor base = palette.color(QPalette::Base);
        const QColor alternate = palette.color(QPalette::AlternateBase);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant brush = proxy.index(row, 0).data(Qt::ForegroundRole);
            const QColor colour = brush.isValid() ? brush.value<QBrush>().color() : palette.color(QPalette::Text);
            for (const QColor &background : {base, alternate}) {
                const double ratio = theme::contrastRatio(colour, background);
                QVERIFY2(ratio >= 4.5,
                    qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(types.at(row), colour.name(), background.name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        }
        // Ended subscriptions are quieter than text but are not drawn in the disabled colour.
        const QColor ends = proxy.index(4, 0).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY(ends != palette.color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(proxy.index(4, 1).data().toString(), u"■ subscription-ends"_s);
        QApplication::setPalette(before);
    }

    void contrastRatioFollowsWcag()
    {
        QCOMPARE(theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }
};

QTEST_MAIN(TestEventKindProxy)
#include "tst_ui_eventkindproxy.moc"
