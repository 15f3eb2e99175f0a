#include "core/metrics/DerivedFacts.h"

#include "core/metrics/ChatFactsCodec.h"
#include "core/metrics/FactDeriver.h"
#include "core/metrics/MetricsLogging.h"
#include "core/store/Database.h"
#include "core/store/DerivedFactsRepository.h"

#include <QElapsedTimer>
#include <QSet>

namespace crmlens::metrics {

namespace {

// Chats derived per transaction in a full rebuild: large enough to amortise the commit, small
// enough to keep memory flat on millions of messages.
constexpr qsizetype kBatchChats = 2000;

struct PendingChat
{
    store::ChatSource source;
    DerivedChat derived;
};

// SQLite runs its automatic WAL checkpoint inside the commit that crosses the threshold, and a
// batch of facts dirties a page or two per chat: left on, the checkpoint of the sync's own writes
// would land in the derivation and double the time until the dashboards see the new facts. The
// derivation's commits leave checkpointing to the sync's next write (or to closing the store).
class DeferredCheckpoint
{
public:
    explicit DeferredCheckpoint(store::Database& db) : m_repo(db)
    {
        auto pages = m_repo.autoCheckpointPages();
        m_pages = pages ? pages.value() : 0;
        if (m_pages > 0)
            m_repo.setAutoCheckpointPages(0);
    }
    ~DeferredCheckpoint()
    {
        if (m_pages > 0)
            m_repo.setAutoCheckpointPages(m_pages);
    }
    DeferredCheckpoint(const DeferredCheckpoint&) = delete;
    DeferredCheckpoint& operator=(const DeferredCheckpoint&) = delete;

private:
    store::DerivedFactsRepository m_repo;
    int m_pages = 0;
};

// Writes a batch in one transaction: token ids first (new tokens are added), then the facts.
Error writeBatch(store::Database& db, QList<PendingChat>& batch)
{
    if (batch.isEmpty())
        return {};
    store::DerivedFactsRepository repo(db);
    const DeferredCheckpoint deferred(db);
    return db.inTransaction(QStringLiteral("writing derived facts"), [&]() -> Error {
        QSet<QString> tokens;
        for (const PendingChat& p : batch) {
            for (const QString& token : p.derived.tokenTexts)
                tokens.insert(token);
        }
        auto ids = repo.tokenIds(tokens);
        if (!ids)
            return ids.error();
        QList<store::ChatFactsRecord> records;
        records.reserve(batch.size());
        for (PendingChat& p : batch) {
            ChatFacts& facts = p.derived.facts;
            facts.tokens.clear();
            facts.tokens.reserve(size_t(p.derived.tokenTexts.size()));
            for (const QString& token : p.derived.tokenTexts)
                facts.tokens.push_back(quint32(ids->value(token)));
            store::ChatFactsRecord r;
            r.chatId = p.source.chatId;
            r.format = ChatFactsCodec::kFormat;
            r.sourceChangedAtMs = p.source.changedAtMs;
            r.messageCount = p.source.messageCount;
            r.facts = ChatFactsCodec::encode(facts);
            records << std::move(r);
        }
        return repo.writeFacts(records, db.now().toMSecsSinceEpoch());
    });
}

} // namespace

Result<int> DerivedFacts::refreshChats(const QStringList& chatIds)
{
    store::DerivedFactsRepository repo(m_db);
    int written = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 reading = 0;
    qint64 deriving = 0;
    qint64 writing = 0;
    for (qsizetype offset = 0; offset < chatIds.size(); offset += kBatchChats) {
        // The sync state is read before the messages: facts never claim a newer state than the
        // messages they were derived from (at worst they are derived once more).
        auto sources = repo.chatSources(chatIds.mid(offset, kBatchChats));
        if (!sources)
            return sources.error();
        QStringList ids;
        for (const store::ChatSource& source : sources.value())
            ids << source.chatId;
        auto chats = repo.messagesOfChats(ids);
        if (!chats)
            return chats.error();
        reading += timer.restart();
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < chats->size(); ++i)
            position.insert(chats->at(i).first, i);
        QList<PendingChat> batch;
        batch.reserve(sources->size());
        for (const store::ChatSource& source : sources.value()) {
            const auto it = position.constFind(source.chatId);
            const QList<store::DerivationMessage> none;
            batch << PendingChat{source,
                                 FactDeriver::derive(it == position.constEnd() ? none : chats->at(it.value()).second)};
        }
        deriving += timer.restart();
        if (Error err = writeBatch(m_db, batch); err.isError())
            return err;
        writing += timer.restart();
        written += int(batch.size());
    }
    if (written > 0)
        qCDebug(lcMetrics) << "derived" << written << "chats: reading" << reading << "ms, deriving" << deriving
                           << "ms, writing" << writing << "ms";
    return written;
}

Result<int> DerivedFacts::refreshStale(std::optional<qint64> changedSinceMs)
{
    store::DerivedFactsRepository repo(m_db);
    auto stale = repo.staleChats(ChatFactsCodec::kFormat, changedSinceMs);
    if (!stale)
        return stale.error();
    QStringList chatIds;
    chatIds.reserve(stale->size());
    for (const store::ChatSource& s : stale.value())
        chatIds << s.chatId;
    return refreshChats(chatIds);
}

Result<int> DerivedFacts::rebuildAll()
{
    store::DerivedFactsRepository repo(m_db);
    if (Error err = repo.deleteAllFacts(); err.isError())
        return err;
    auto sources = repo.allChatSources();
    if (!sources)
        return sources.error();
    int written = 0;
    const QList<store::ChatSource>& all = sources.value();
    for (qsizetype offset = 0; offset < all.size(); offset += kBatchChats) {
        const qsizetype end = std::min(all.size(), offset + kBatchChats);
        auto chats = repo.messagesOfChatRange(all[offset].chatId, all[end - 1].chatId);
        if (!chats)
            return chats.error();
        QHash<QString, qsizetype> position;
        for (qsizetype i = 0; i < chats->size(); ++i)
            position.insert(chats->at(i).first, i);
        QList<PendingChat> batch;
        batch.reserve(end - offset);
        for (qsizetype i = offset; i < end; ++i) {
            const auto it = position.constFind(all[i].chatId);
            if (it == position.constEnd())
                continue;
            batch << PendingChat{all[i], FactDeriver::derive(chats->at(it.value()).second)};
        }
        if (Error err = writeBatch(m_db, batch); err.isError())
            return err;
        written += int(batch.size());
    }
    return written;
}

} // namespace crmlens::metrics
