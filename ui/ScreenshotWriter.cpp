#include "ui/ScreenshotWriter.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QTabWidget>

namespace crmlens::ui {

QStringList writeTabScreenshots(MainWindow& window, const QString& directory, const QString& suffix, QString* error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        *error = QApplication::translate("ScreenshotWriter", "Cannot create the folder %1.").arg(directory);
        return written;
    }
    QTabWidget* tabs = window.tabs();
    static const QRegularExpression notFileSafe(QStringLiteral("[^a-z0-9]+"));
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QApplication::processEvents(); // let layouts settle before grabbing
        const QString name = tabs->tabText(index).remove(QLatin1Char('&')).toLower().replace(notFileSafe, QStringLiteral("-"));
        const QString path = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name, suffix));
        if (!window.grab().save(path, "PNG")) {
            *error = QApplication::translate("ScreenshotWriter", "Cannot write %1.").arg(path);
            return written;
        }
        written << path;
    }
    return written;
}

} // namespace crmlens::ui
