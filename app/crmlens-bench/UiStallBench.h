#pragma once

#include <QStringList>

namespace crmlens::bench {

// The longest time the desktop app's event loop is kept from running while a first sync of the
// demo workspace fills the dashboards (goal ≤ 50 ms). Needs a QApplication (offscreen is fine).
int runUiStallBench(const QStringList& arguments);

} // namespace crmlens::bench
