// crmlens-bench: performance measurements that are built with the project but not run by ctest.
#include "Version.h"
#include "app/crmlens-bench/MetricsBench.h"
#include "app/crmlens-bench/SyncBench.h"
#include "app/crmlens-bench/UiStallBench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    // Only the UI benchmark needs widgets (and a display or the offscreen platform).
    const bool ui = argc > 1 && qstrcmp(argv[1], "ui") == 0;
    std::unique_ptr<QCoreApplication> app =
        ui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmlens-bench"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(crmlens::kVersion));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("crmlens.*.info=false\ncrmlens.*.debug=false"));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("metrics") || command == QLatin1String("build-store")) {
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("crmlens-bench ") + command;
        return command == QLatin1String("metrics") ? crmlens::bench::runMetricsBench(arguments)
                                                   : crmlens::bench::runBuildStore(arguments);
    }
    if (command == QLatin1String("sync")) {
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("crmlens-bench sync");
        return crmlens::bench::runSyncBench(arguments);
    }
    if (command == QLatin1String("ui")) {
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("crmlens-bench ui");
        return crmlens::bench::runUiStallBench(arguments);
    }
    QTextStream(stderr) << "Usage: crmlens-bench sync [--contacts N] [--messages-per-contact M] [--db FILE]\n"
                        << "       crmlens-bench metrics [--contacts N] [--messages M] [--runs R] [--db FILE]\n"
                        << "       crmlens-bench ui [--rate-limit N] [--contacts N]   (QT_QPA_PLATFORM=offscreen)\n";
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
