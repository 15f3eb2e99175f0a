// crmlens: the desktop app. Only parses options and wires the pieces together.
#include "Version.h"
#include "core/sim/SimulatorProcess.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace crmlens;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crmlens"));
    QApplication::setApplicationDisplayName(QObject::tr("CRM Lens"));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("CRM Lens: analytics for businesses that sell and support over WhatsApp."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QObject::tr("Start the bundled CRM simulator on loopback and use its demo workspace."));
    parser.addOption(demoOption);
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QObject::tr("Render every tab to PNG files in <dir> and exit."),
                                               QObject::tr("dir"));
    parser.addOption(screenshotsOption);
    parser.process(app);

    ui::MainWindow window;
    sim::SimulatorProcess simulator;
    if (parser.isSet(demoOption)) {
        window.showConnectionState(QObject::tr("Starting the demo CRM…"));
        QObject::connect(&simulator, &sim::SimulatorProcess::ready, &window, [&window](const QUrl& url) {
            window.showConnectionState(QObject::tr("Demo CRM running at %1.").arg(url.toString()));
        });
        QObject::connect(&simulator, &sim::SimulatorProcess::failed, &window, [&window](const Error& error) {
            window.showConnectionState(error.message);
        });
        simulator.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--live")},
                        QStringLiteral("demo-key"));
    }
    if (parser.isSet(screenshotsOption)) {
        window.resize(1600, 1000);
        window.show();
        QString error;
        const QStringList files = ui::writeTabScreenshots(window, parser.value(screenshotsOption), QStringLiteral("light"), &error);
        QTextStream out(stdout);
        for (const QString& file : files)
            out << file << Qt::endl;
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
