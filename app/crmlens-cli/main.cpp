// crmlens-cli: headless commands. Only picks the command and hands over its arguments.
#include "Version.h"
#include "app/crmlens-cli/CheckCommand.h"
#include "app/crmlens-cli/CliSession.h"
#include "app/crmlens-cli/StoreCommands.h"
#include "app/crmlens-cli/SyncCommand.h"
#include "app/crmlens-cli/MetricsCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace crmlens;

namespace {

struct Command
{
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("check"), {cli::runCheck, QT_TRANSLATE_NOOP("cli", "test the connection and the API key")}},
        {QStringLiteral("sync"), {cli::runSync, QT_TRANSLATE_NOOP("cli", "sync the CRM into the local store")}},
        {QStringLiteral("status"), {cli::runStatus, QT_TRANSLATE_NOOP("cli", "show what the store holds and how fresh it is")}},
        {QStringLiteral("rebuild"), {cli::runRebuild, QT_TRANSLATE_NOOP("cli", "move a damaged store aside and start anew")}},
        {QStringLiteral("metrics"), {cli::runMetrics, QT_TRANSLATE_NOOP("cli", "metrics of a period from a store")}},
    };
    return table;
}

int printUsage(QTextStream& stream, int exitCode)
{
    stream << QCoreApplication::translate("cli", "Usage: crmlens-cli <command> [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto& [name, command] : commands())
        stream << "  " << name.leftJustified(10) << QCoreApplication::translate("cli", command.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Run 'crmlens-cli <command> --help' for a command's options. The "
                                                 "API key is read from the CRMLENS_API_KEY environment variable.")
           << '\n';
    stream.flush();
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmlens-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    // Commands report failures themselves in one line; the modules' own warnings would only repeat
    // them. QT_LOGGING_RULES still turns them on for diagnosis.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("crmlens.*.warning=false\ncrmlens.*.info=false"));

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        cli::standardOutput() << "crmlens-cli " << kVersion << Qt::endl;
        return 0;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return printUsage(first.isEmpty() ? cli::standardError() : cli::standardOutput(), first.isEmpty() ? 2 : 0);

    const auto command = commands().find(first);
    if (command == commands().end()) {
        cli::fail(QCoreApplication::translate("cli", "unknown command '%1'.").arg(first), 2);
        return printUsage(cli::standardError(), 2);
    }
    // The command's own parser sees "crmlens-cli <command> [options]" so its usage line reads right.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("crmlens-cli ") + first;
    return command->second.run(arguments);
}
