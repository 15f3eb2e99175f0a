#pragma once

#include <QList>

#include <optional>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace crmlens::ui {

// Sets a value axis to start at zero (or the smallest negative value) and end at a round number
// above `maxValue`, with integer labels when every value is whole: a count axis never reads "2.5".
void setupValueAxis(QValueAxis* axis, double minValue, double maxValue, bool integral);

// Whether every present value is a whole number.
bool allIntegral(const QList<std::optional<double>>& values);

} // namespace crmlens::ui
