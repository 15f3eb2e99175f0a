#include "app/crmlens-cli/StoreCommands.h"

#include "app/crmlens-cli/CliSession.h"
#include "core/store/Database.h"
#include "core/store/SkippedRecordRepository.h"
#include "core/store/StoreErrors.h"
#include "core/store/StoreStats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace crmlens::cli {

namespace {

QString whenText(const QDateTime& time)
{
    if (!time.isValid())
        return QCoreApplication::translate("cli", "never");
    const qint64 ago = time.secsTo(QDateTime::currentDateTimeUtc());
    const QString stamp = time.toUTC().toString(Qt::ISODate);
    if (ago < 0)
        return stamp;
    if (ago < 120)
        return QCoreApplication::translate("cli", "%1 (%2 s ago)").arg(stamp).arg(ago);
    if (ago < 7200)
        return QCoreApplication::translate("cli", "%1 (%2 min ago)").arg(stamp).arg(ago / 60);
    if (ago < 172800)
        return QCoreApplication::translate("cli", "%1 (%2 h ago)").arg(stamp).arg(ago / 3600);
    return QCoreApplication::translate("cli", "%1 (%2 days ago)").arg(stamp).arg(ago / 86400);
}

int storeFailure(const Error& error, const QString& path)
{
    QString message = error.message;
    if (store::isCorruptionError(error))
        message += QCoreApplication::translate("cli", " Run 'crmlens-cli rebuild --db %1' to move it aside and start a "
                                                      "new store.")
                       .arg(path);
    return fail(message, exitCodeFor(error));
}

} // namespace

int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Show what the local store holds, how fresh each part is and what was skipped."));
    parser.addHelpOption();
    addDatabaseOption(parser);
    parser.process(arguments);
    const std::optional<QString> path = readDatabasePath(parser);
    if (!path)
        return 2;
    if (!QFileInfo::exists(*path))
        return fail(QCoreApplication::translate("cli", "No store at %1 yet: run 'crmlens-cli sync' first.").arg(*path));

    Result<std::unique_ptr<store::Database>> opened = store::Database::open(*path);
    if (!opened)
        return storeFailure(opened.error(), *path);
    store::Database& db = *opened.value();
    store::StoreStats stats(db);
    const Result<store::TableCounts> counts = stats.counts();
    const Result<QList<store::Freshness>> freshness = stats.freshness();
    const Result<QDateTime> messagesReadAt = stats.messagesReadAt();
    const Result<QList<store::SkippedSummaryRow>> skipped = store::SkippedRecordRepository(db).summary();
    for (const Error* error : {counts ? nullptr : &counts.error(), freshness ? nullptr : &freshness.error(),
                               messagesReadAt ? nullptr : &messagesReadAt.error(), skipped ? nullptr : &skipped.error()}) {
        if (error)
            return storeFailure(*error, *path);
    }

    const QLocale locale = QLocale::c();
    QTextStream& out = standardOutput();
    const auto row = [&out](const QString& label, const QString& value) {
        out << "  " << label.leftJustified(22) << value << '\n';
    };
    out << QCoreApplication::translate("cli", "Store %1").arg(*path) << '\n';
    row(QCoreApplication::translate("cli", "contacts"),
        QCoreApplication::translate("cli", "%1 alive, %2 deleted, %3 recorded changes")
            .arg(counts->aliveContacts)
            .arg(counts->deletedContacts)
            .arg(counts->contactChanges));
    row(QCoreApplication::translate("cli", "messages"),
        QCoreApplication::translate("cli", "%1 in %2 chats read").arg(counts->messages).arg(counts->chatsRead));
    row(QCoreApplication::translate("cli", "campaigns"),
        QCoreApplication::translate("cli", "%1, with %2 report polls").arg(counts->campaigns).arg(counts->campaignReports));
    row(QCoreApplication::translate("cli", "custom fields"),
        QCoreApplication::translate("cli", "%1 definitions, %2 values")
            .arg(counts->customFieldDefinitions)
            .arg(counts->customFieldValues));
    row(QCoreApplication::translate("cli", "operators"), QString::number(counts->operators));

    out << QCoreApplication::translate("cli", "Freshness") << '\n';
    if (freshness->isEmpty())
        row(QCoreApplication::translate("cli", "(nothing synced yet)"), QString());
    for (const store::Freshness& kind : freshness.value()) {
        QString text = QCoreApplication::translate("cli", "last complete pass %1").arg(whenText(kind.lastCompleteFinishedAt));
        if (kind.openPassStartedAt.isValid())
            text += QCoreApplication::translate("cli", "; a pass started %1 is unfinished").arg(whenText(kind.openPassStartedAt));
        row(kind.kind, text);
    }
    row(QCoreApplication::translate("cli", "messages read"), whenText(messagesReadAt.value()));

    out << QCoreApplication::translate("cli", "Skipped records: %1").arg(counts->skippedRecords) << '\n';
    for (const store::SkippedSummaryRow& skip : skipped.value())
        row(skip.kind, QCoreApplication::translate("cli", "%1 × %2 (last %3)")
                           .arg(locale.toString(skip.count), skip.reason, whenText(skip.lastAt)));
    out.flush();
    return 0;
}

int runRebuild(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Move a damaged store aside (it is kept, renamed) and start a new, empty one; the next sync fills it."));
    parser.addHelpOption();
    addDatabaseOption(parser);
    parser.process(arguments);
    const std::optional<QString> path = readDatabasePath(parser);
    if (!path)
        return 2;
    Result<store::Database::Rebuilt> rebuilt = store::Database::rebuild(*path);
    if (!rebuilt)
        return storeFailure(rebuilt.error(), *path);
    if (!rebuilt->damagedFileMovedTo.isEmpty())
        standardOutput() << QCoreApplication::translate("cli", "The damaged store was moved to %1.")
                                .arg(rebuilt->damagedFileMovedTo)
                         << Qt::endl;
    standardOutput() << QCoreApplication::translate("cli", "A new store is ready at %1.").arg(*path) << Qt::endl;
    return 0;
}

} // namespace crmlens::cli
