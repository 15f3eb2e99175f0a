#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmlens-sim"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(crmlens::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The CRM simulator."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
