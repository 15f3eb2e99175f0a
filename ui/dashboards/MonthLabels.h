#pragma once

#include <QString>

namespace crmlens::ui {

// "2026-11" as the locale writes a month ("Nov 2026"); the text itself when it is not a month.
QString monthLabel(const QString& isoMonth);

} // namespace crmlens::ui
