#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace crmlens::ui {

// One named row of values over a chart's categories; a missing value (std::nullopt) is drawn as
// a gap, never as zero.
struct ChartSeries
{
    QString name;
    QList<std::optional<double>> values;
};

// A named value of a pie or a word of a cloud.
struct NamedValue
{
    QString name;
    double value = 0;
};

// Text for one value of a chart (tooltips, labels): series/set, category index, value.
using ChartValueFormatter = std::function<QString(int series, int index, double value)>;

} // namespace crmlens::ui
