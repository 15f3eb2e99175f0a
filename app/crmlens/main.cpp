// crmlens: the desktop app. Only parses options and wires the pieces together.
#include "Version.h"
#include "app/crmlens/AppController.h"
#include "core/common/AppSettings.h"
#include "core/session/MetricsService.h"
#include "core/sync/SyncTypes.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotWriter.h"
#include "ui/dashboards/StandardViews.h"
#include "ui/theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace crmlens;

namespace {

// Renders every tab in the light and the dark theme, as a user would first see the demo once it
// has synced; returns the process's exit code.
int writeScreenshots(QApplication& app, ui::MainWindow& window, app::AppController& controller, const QString& dir)
{
    window.resize(1600, 1000);
    window.show();
    QEventLoop settle;
    QObject::connect(&controller, &app::AppController::settled, &settle, &QEventLoop::quit);
    QTimer::singleShot(180000, &settle, &QEventLoop::quit); // a demo that never settles still gets shot
    settle.exec();

    QTextStream out(stdout);
    for (const auto& [choice, suffix] : {std::pair{ThemeChoice::Light, QStringLiteral("light")},
                                         std::pair{ThemeChoice::Dark, QStringLiteral("dark")}}) {
        ui::Theme::apply(app, choice);
        QString error;
        const QStringList files = ui::writeTabScreenshots(window, dir, suffix, &error);
        for (const QString& file : files)
            out << file << Qt::endl;
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    return 0;
}

// The catalogue the settings ask for ("system" follows the locale); English is the source text, but
// its catalogue still supplies the plural forms ("1 contact", "2 contacts").
bool loadTranslation(QTranslator& translator, LanguageChoice choice)
{
    QString language = AppSettings::languageName(choice);
    if (choice == LanguageChoice::System)
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return translator.load(QStringLiteral(":/i18n/crmlens_%1.qm").arg(language)) ||
           translator.load(QStringLiteral(":/i18n/crmlens_en.qm"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crmlens"));
    QApplication::setApplicationDisplayName(QObject::tr("CRM Lens"));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("CRM Lens: analytics for businesses that sell and support over WhatsApp."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QObject::tr("Start the bundled CRM simulator on loopback and use its demo workspace."));
    parser.addOption(demoOption);
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"), QObject::tr("Render every tab (light and dark) to PNG files in <dir> and exit."),
        QObject::tr("dir"));
    parser.addOption(screenshotsOption);
    parser.process(app);

    session::registerSessionMetaTypes();
    sync::registerSyncMetaTypes();
    AppSettings settings;
    ui::Theme::apply(app, settings.theme());
    QTranslator translator;
    if (loadTranslation(translator, settings.language()))
        QApplication::installTranslator(&translator);

    ui::MainWindow window;
    ui::addStandardViews(window);
    if (!settings.lastProblem().isEmpty())
        window.showConnectionState(settings.lastProblem());
    app::AppController controller(window, settings);
    if (parser.isSet(demoOption))
        controller.openDemo(parser.isSet(screenshotsOption));
    else if (!parser.isSet(screenshotsOption))
        controller.openStartupWorkspace();
    if (parser.isSet(screenshotsOption))
        return writeScreenshots(app, window, controller, parser.value(screenshotsOption));
    window.restoreGeometry(settings.windowGeometry());
    window.restoreState(settings.windowState());
    window.show();
    const int code = app.exec();
    settings.setWindowGeometry(window.saveGeometry());
    settings.setWindowState(window.saveState());
    settings.sync();
    return code;
}
