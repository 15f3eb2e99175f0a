#pragma once

#include <QString>
#include <QStringList>

namespace crmlens::ui {

class MainWindow;

// Renders every tab of the main window to PNG files in a folder (`crmlens --screenshots DIR`),
// so each view can be looked at without a display. Returns the files written, or an error
// message through `error`.
QStringList writeTabScreenshots(MainWindow& window, const QString& directory, const QString& suffix,
                                QString* error);

} // namespace crmlens::ui
