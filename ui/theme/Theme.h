#pragma once

#include "core/common/AppSettings.h"

#include <QColor>
#include <QPalette>

class QApplication;

namespace crmlens::ui {

// The app's look: the Fusion style with a hand-tuned light or dark palette, applied app-wide.
// Widgets never hard-code colours: they read palette() and, where they need more than the
// palette's roles, ask the helpers here, which answer for the palette they are given.
class Theme
{
public:
    // Fusion plus the chosen palette for every widget and tooltip. System follows the platform's
    // palette as it was before the first call (Qt 6.4 has no colour-scheme API, so its window
    // colour's lightness decides).
    static void apply(QApplication& app, ThemeChoice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette palette(ThemeChoice choice);

    // Whether the platform's own palette was a dark one, judged the first time it is asked
    // (apply() asks before it replaces the palette).
    static bool systemPrefersDark();
    // Dark when the window background is darker than its text.
    static bool isDark(const QPalette& palette);
    // The choice the app runs with now (System resolved).
    static ThemeChoice current();

    // Text colours for outcomes, readable (4.5:1 or better) on the palette's Window and Base.
    static QColor positiveColor(const QPalette& palette); // worked, connected
    static QColor negativeColor(const QPalette& palette); // failed, refused
    static QColor warningColor(const QPalette& palette);  // partial, stale

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double relativeLuminance(const QColor& color);
    static double contrastRatio(const QColor& a, const QColor& b);
};

} // namespace crmlens::ui
