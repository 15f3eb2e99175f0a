#include "ui/charts/ChartAxes.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crmlens::ui {

namespace {

// The smallest "nice" step (1, 2, 2.5, 5 × 10^n) giving at most `ticks` intervals over `range`.
double niceStep(double range, int ticks)
{
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

void setupValueAxis(QValueAxis* axis, double minValue, double maxValue, bool integral)
{
    double low = std::min(0.0, minValue);
    double high = std::max(maxValue, low + (integral ? 1.0 : 0.1));
    constexpr int kTicks = 5;
    double step = niceStep(high - low, kTicks);
    if (integral)
        step = std::max(1.0, std::ceil(step));
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    axis->setRange(low, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const bool wholeSteps = std::abs(step - std::round(step)) < 1e-9;
    axis->setLabelFormat(wholeSteps ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setMinorTickCount(0);
}

bool allIntegral(const QList<std::optional<double>>& values)
{
    return std::all_of(values.begin(), values.end(),
                       [](const std::optional<double>& v) { return !v || std::abs(*v - std::round(*v)) < 1e-9; });
}

} // namespace crmlens::ui
