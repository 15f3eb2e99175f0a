#include "ui/theme/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

#include <cmath>
#include <optional>

namespace crmlens::ui {

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder, brightText;
    QColor light, midlight, mid, dark, shadow;
    QColor disabledText, disabledBase, disabledButton, disabledHighlight, disabledHighlightedText;
    QColor inactiveHighlight, inactiveHighlightedText;
};

// Neutral greys with a slight blue cast; the accent blue keeps 4.5:1 against white text in both
// themes so selected rows stay readable.
Colours lightColours()
{
    Colours c;
    c.window = QColor(0xf3, 0xf4, 0xf6);
    c.windowText = QColor(0x1f, 0x23, 0x28);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf6, 0xf8, 0xfa);
    c.text = c.windowText;
    c.button = QColor(0xe9, 0xec, 0xef);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x0b, 0x5c, 0xad);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0a, 0x58, 0xca);
    c.linkVisited = QColor(0x6f, 0x42, 0xc1);
    c.toolTipBase = QColor(0xff, 0xff, 0xff);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x65, 0x6d, 0x76);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xf0, 0xf2, 0xf4);
    c.mid = QColor(0xb8, 0xbf, 0xc7);
    c.dark = QColor(0x8c, 0x95, 0x9f);
    c.shadow = QColor(0x57, 0x60, 0x6a);
    c.disabledText = QColor(0x8c, 0x95, 0x9f);
    c.disabledBase = c.window;
    c.disabledButton = QColor(0xee, 0xf0, 0xf2);
    c.disabledHighlight = QColor(0xb6, 0xc3, 0xd1);
    c.disabledHighlightedText = QColor(0xff, 0xff, 0xff);
    c.inactiveHighlight = QColor(0x3b, 0x6e, 0xa5);
    c.inactiveHighlightedText = QColor(0xff, 0xff, 0xff);
    return c;
}

Colours darkColours()
{
    Colours c;
    c.window = QColor(0x1e, 0x22, 0x27);
    c.windowText = QColor(0xe6, 0xe8, 0xeb);
    // Fields sit a step above the window: Fusion outlines them with a darker window colour,
    // which would vanish against a field darker than the window.
    c.base = QColor(0x27, 0x2c, 0x33);
    c.alternateBase = QColor(0x2e, 0x34, 0x3c);
    c.text = c.windowText;
    c.button = QColor(0x31, 0x37, 0x3f);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x25, 0x63, 0xeb);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x6c, 0xb6, 0xff);
    c.linkVisited = QColor(0xc3, 0x9b, 0xff);
    c.toolTipBase = QColor(0x31, 0x37, 0x3f);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x95, 0x9e, 0xa8);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0x3d, 0x44, 0x4d);
    c.midlight = QColor(0x33, 0x39, 0x41);
    c.mid = QColor(0x4b, 0x53, 0x5d);
    c.dark = QColor(0x10, 0x13, 0x16);
    c.shadow = QColor(0x00, 0x00, 0x00);
    c.disabledText = QColor(0x6e, 0x76, 0x81);
    c.disabledBase = QColor(0x22, 0x26, 0x2c);
    c.disabledButton = QColor(0x27, 0x2c, 0x32);
    c.disabledHighlight = QColor(0x33, 0x3c, 0x4a);
    c.disabledHighlightedText = QColor(0x9d, 0xa5, 0xae);
    c.inactiveHighlight = QColor(0x1f, 0x4f, 0xb8);
    c.inactiveHighlightedText = QColor(0xff, 0xff, 0xff);
    return c;
}

QPalette paletteFrom(const Colours& c)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    p.setColor(QPalette::Inactive, QPalette::Highlight, c.inactiveHighlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.inactiveHighlightedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Button, c.disabledButton);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    return p;
}

// The platform's lightness, judged once from the palette the app had before it was themed.
std::optional<bool>& platformDark()
{
    static std::optional<bool> dark;
    return dark;
}

ThemeChoice& currentChoice()
{
    static ThemeChoice choice = ThemeChoice::Light;
    return choice;
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QPalette Theme::lightPalette()
{
    return paletteFrom(lightColours());
}

QPalette Theme::darkPalette()
{
    return paletteFrom(darkColours());
}

bool Theme::systemPrefersDark()
{
    if (!platformDark())
        platformDark() = isDark(QApplication::palette());
    return *platformDark();
}

QPalette Theme::palette(ThemeChoice choice)
{
    if (choice == ThemeChoice::System)
        choice = systemPrefersDark() ? ThemeChoice::Dark : ThemeChoice::Light;
    return choice == ThemeChoice::Dark ? darkPalette() : lightPalette();
}

void Theme::apply(QApplication& app, ThemeChoice choice)
{
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark());
    if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }
    const QPalette chosen = dark ? darkPalette() : lightPalette();
    QApplication::setPalette(chosen);
    QToolTip::setPalette(chosen);
    currentChoice() = dark ? ThemeChoice::Dark : ThemeChoice::Light;
}

ThemeChoice Theme::current()
{
    return currentChoice();
}

bool Theme::isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

QColor Theme::positiveColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::negativeColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x23, 0x18);
}

QColor Theme::warningColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x57, 0x00);
}

double Theme::relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace crmlens::ui
