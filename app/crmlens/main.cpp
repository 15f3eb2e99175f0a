// crmlens: the desktop app. Only parses options and wires the pieces together.
#include "Version.h"
#include "app/crmlens/DemoWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>
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
    crmlens::app::DemoWorkspace demo;
    QObject::connect(&demo, &crmlens::app::DemoWorkspace::stateChanged, &window, &ui::MainWindow::showConnectionState);
    if (parser.isSet(demoOption))
        demo.start();
    if (parser.isSet(screenshotsOption)) {
        window.resize(1600, 1000);
        window.show();
        if (parser.isSet(demoOption)) {
            // Shoot the demo as a user would first see it: after it has connected (or failed).
            QEventLoop settle;
            QObject::connect(&demo, &crmlens::app::DemoWorkspace::settled, &settle, &QEventLoop::quit);
            QTimer::singleShot(60000, &settle, &QEventLoop::quit);
            settle.exec();
        }
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
