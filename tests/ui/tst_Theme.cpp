#include "ui/theme/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>
#include <QToolTip>

using namespace crmlens;
using namespace crmlens::ui;

Q_DECLARE_METATYPE(crmlens::ThemeChoice)
Q_DECLARE_METATYPE(QPalette::ColorRole)
Q_DECLARE_METATYPE(QPalette::ColorGroup)

namespace {

QApplication& app()
{
    return *qobject_cast<QApplication*>(QCoreApplication::instance());
}

QString describe(const QColor& a, const QColor& b, double ratio)
{
    return QStringLiteral("%1 on %2: %3:1").arg(a.name(), b.name()).arg(ratio, 0, 'f', 2);
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Judged before the first apply, from the platform's own palette (offscreen: light).
        QCOMPARE(Theme::systemPrefersDark(), Theme::isDark(QApplication::palette()));
    }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known 4.54:1 grey.
        QVERIFY(qAbs(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QCOMPARE(Theme::contrastRatio(Qt::red, Qt::blue), Theme::contrastRatio(Qt::blue, Qt::red));
    }

    void applyChangesTheApplicationPalette_data()
    {
        QTest::addColumn<ThemeChoice>("choice");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << ThemeChoice::Light << false;
        QTest::newRow("dark") << ThemeChoice::Dark << true;
        QTest::newRow("light again") << ThemeChoice::Light << false;
        QTest::newRow("system") << ThemeChoice::System << Theme::systemPrefersDark();
    }

    void applyChangesTheApplicationPalette()
    {
        QFETCH(ThemeChoice, choice);
        QFETCH(bool, dark);
        Theme::apply(app(), choice);
        const QPalette expected = dark ? Theme::darkPalette() : Theme::lightPalette();
        QCOMPARE(QApplication::palette().color(QPalette::Window), expected.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), expected.color(QPalette::Base));
        QCOMPARE(QApplication::palette().color(QPalette::Disabled, QPalette::Text),
                 expected.color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(Theme::isDark(QApplication::palette()), dark);
        QCOMPARE(Theme::current(), dark ? ThemeChoice::Dark : ThemeChoice::Light);
        QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase), expected.color(QPalette::ToolTipBase));
        QCOMPARE(app().style()->name().toLower(), QStringLiteral("fusion"));

        // Widgets made afterwards, and ones already shown, paint with it.
        QLabel label(QStringLiteral("Contacts"));
        QCOMPARE(label.palette().color(QPalette::WindowText), expected.color(QPalette::WindowText));
    }

    void existingWidgetsFollowALiveChange()
    {
        Theme::apply(app(), ThemeChoice::Light);
        QLabel label(QStringLiteral("Contacts"));
        label.show();
        QVERIFY(!Theme::isDark(label.palette()));
        Theme::apply(app(), ThemeChoice::Dark);
        // Qt hands the new palette to existing widgets through the event loop.
        QTRY_VERIFY(Theme::isDark(label.palette()));
        QCOMPARE(label.palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    }

    void palettesAreDistinctAndJudgedCorrectly()
    {
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(Theme::lightPalette().color(QPalette::Window) != Theme::darkPalette().color(QPalette::Window));
        QCOMPARE(Theme::palette(ThemeChoice::Dark).color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
    }

    void textHasEnoughContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QPalette::ColorGroup>("group");
        QTest::addColumn<QPalette::ColorRole>("foreground");
        QTest::addColumn<QPalette::ColorRole>("background");
        const QList<QPair<const char*, QPalette>> palettes{{"light", Theme::lightPalette()},
                                                           {"dark", Theme::darkPalette()}};
        const QList<QPair<const char*, QPalette::ColorGroup>> groups{{"active", QPalette::Active},
                                                                     {"inactive", QPalette::Inactive}};
        const QList<std::tuple<const char*, QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {"WindowText on Window", QPalette::WindowText, QPalette::Window},
            {"Text on Base", QPalette::Text, QPalette::Base},
            {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
            {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
            {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
            {"Link on Base", QPalette::Link, QPalette::Base},
            {"Link on Window", QPalette::Link, QPalette::Window},
            {"PlaceholderText on Base", QPalette::PlaceholderText, QPalette::Base},
            {"PlaceholderText on Window", QPalette::PlaceholderText, QPalette::Window},
        };
        for (const auto& [paletteName, palette] : palettes) {
            for (const auto& [groupName, group] : groups) {
                for (const auto& [pairName, foreground, background] : pairs) {
                    QTest::addRow("%s %s %s", paletteName, groupName, pairName)
                        << palette << group << foreground << background;
                }
            }
        }
    }

    void textHasEnoughContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(QPalette::ColorGroup, group);
        QFETCH(QPalette::ColorRole, foreground);
        QFETCH(QPalette::ColorRole, background);
        const QColor fg = palette.color(group, foreground);
        const QColor bg = palette.color(group, background);
        const double ratio = Theme::contrastRatio(fg, bg);
        QVERIFY2(ratio >= 4.5, qPrintable(describe(fg, bg, ratio)));
    }

    void disabledTextIsVisiblyDimmedButNotInvisible_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
    }

    void disabledTextIsVisiblyDimmedButNotInvisible()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Disabled, QPalette::Base);
        const double disabled = Theme::contrastRatio(palette.color(QPalette::Disabled, QPalette::Text), base);
        const double enabled = Theme::contrastRatio(palette.color(QPalette::Active, QPalette::Text),
                                                    palette.color(QPalette::Active, QPalette::Base));
        QVERIFY2(disabled < enabled, qPrintable(QString::number(disabled)));
        QVERIFY2(disabled >= 2.5, qPrintable(QString::number(disabled)));
    }

    void outcomeColoursAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QColor>("colour");
        for (const auto& [name, palette] :
             QList<QPair<const char*, QPalette>>{{"light", Theme::lightPalette()}, {"dark", Theme::darkPalette()}}) {
            QTest::addRow("%s positive", name) << palette << Theme::positiveColor(palette);
            QTest::addRow("%s negative", name) << palette << Theme::negativeColor(palette);
            QTest::addRow("%s warning", name) << palette << Theme::warningColor(palette);
        }
    }

    void outcomeColoursAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(QColor, colour);
        for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
            const double ratio = Theme::contrastRatio(colour, palette.color(background));
            QVERIFY2(ratio >= 4.5, qPrintable(describe(colour, palette.color(background), ratio)));
        }
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_Theme.moc"
