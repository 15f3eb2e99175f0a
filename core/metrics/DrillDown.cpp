#include "core/metrics/DrillDown.h"

#include "core/metrics/DrillDownSelection.h"
#include "core/metrics/FactDeriver.h"
#include "core/metrics/FactRanges.h"
#include "core/metrics/MetricsEngine.h"
#include "core/store/DerivedFactsRepository.h"
#include "core/store/DrillDownReader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crmlens::metrics {

using Target = DrillDownRequest::Target;

namespace {

// Raised when the facts and the stored messages disagree: the sync wrote between the engine's
// refresh and the read. The drill-down then refreshes and reads once more.
Error storeMoved()
{
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("The store changed while the list was read. Try again in a moment."));
}

DrillDownMessage messageRow(const QString& chatId, const store::DerivationMessage& m, const QString& contactName)
{
    DrillDownMessage row;
    row.chatId = chatId;
    row.messageId = m.messageId;
    row.contactName = contactName;
    row.timestampMs = m.tsMs;
    const FactDeriver::Kind kind = FactDeriver::kindOf(m);
    if (kind == FactDeriver::Kind::Inbound)
        row.direction = QStringLiteral("inbound");
    else if (kind == FactDeriver::Kind::Other)
        row.direction = m.direction.trimmed().toLower();
    else
        row.direction = QStringLiteral("outbound");
    row.type = m.type.trimmed();
    row.status = m.status.trimmed();
    row.text = m.content;
    row.operatorName = m.operatorName.trimmed();
    row.campaignId = m.campaignId.trimmed();
    row.automated = kind == FactDeriver::Kind::Business;
    return row;
}

// Reads the shown rows of a selection from the store.
class RowReader
{
public:
    RowReader(const MetricsContext& ctx, store::Database& db) : m_ctx(ctx), m_reader(db) {}

    Result<QList<DrillDownContact>> contacts(const std::vector<int>& indexes, bool sortByName);
    // The stored messages behind the hits, in the hits' order.
    Result<QList<store::DerivationMessage>> messages(const std::vector<MessageHit>& hits);
    // Display names (name, else number, else chat id) of these chats.
    Result<QHash<QString, QString>> names(const QSet<QString>& chatIds);

private:
    Result<store::DerivationMessage> response(const ChatFacts& f, const MessageHit& hit,
                                              const QList<store::DerivationMessage>& window);

    const MetricsContext& m_ctx;
    store::DrillDownReader m_reader;
};

Result<QList<DrillDownContact>> RowReader::contacts(const std::vector<int>& indexes, bool sortByName)
{
    QStringList chatIds;
    chatIds.reserve(qsizetype(indexes.size()));
    for (int i : indexes)
        chatIds << m_ctx.cache.contacts()[size_t(i)].chatId;
    auto rows = m_reader.contactRows(chatIds);
    if (!rows)
        return rows.error();
    const StringPool& strings = m_ctx.cache.strings();
    QList<DrillDownContact> out;
    out.reserve(qsizetype(indexes.size()));
    for (int i : indexes) {
        const ContactInfo& c = m_ctx.cache.contacts()[size_t(i)];
        const store::DrillDownContactRow row = rows->value(c.chatId);
        DrillDownContact contact;
        contact.chatId = c.chatId;
        contact.name = row.name;
        contact.whatsappNumber = c.whatsappNumber;
        contact.status = c.status >= 0 ? strings.text(c.status) : QString();
        contact.operatorName = c.operatorName >= 0 ? strings.text(c.operatorName) : QString();
        contact.country = c.known ? (c.country >= 0 ? strings.text(c.country) : QStringLiteral("ZZ")) : QString();
        contact.lastActivityMs = row.newestMessageMs;
        contact.deleted = c.deletedNowSinceMs != kNoTime;
        out << contact;
    }
    if (sortByName) {
        std::sort(out.begin(), out.end(), [](const DrillDownContact& a, const DrillDownContact& b) {
            if (a.name.isEmpty() != b.name.isEmpty())
                return b.name.isEmpty();
            if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
                return byName < 0;
            return a.chatId < b.chatId;
        });
    }
    return out;
}

Result<QHash<QString, QString>> RowReader::names(const QSet<QString>& chatIds)
{
    auto rows = m_reader.contactRows(QStringList(chatIds.begin(), chatIds.end()));
    if (!rows)
        return rows.error();
    QHash<QString, QString> out;
    for (const QString& chatId : chatIds) {
        QString name = rows->value(chatId).name.trimmed();
        if (name.isEmpty()) {
            const int index = m_ctx.cache.indexOf(chatId);
            name = index >= 0 ? m_ctx.cache.contacts()[size_t(index)].whatsappNumber : QString();
        }
        out.insert(chatId, name.isEmpty() ? chatId : name);
    }
    return out;
}

// The reply that answered turn `hit.index`: the first operator reply after the turn's start. The
// facts keep its time, not its id, so it is found among the messages of that instant by walking
// them as the derivation does: `answered` earlier turns were answered at the same instant, and an
// inbound message before the instant is still waiting when some turn answered then began earlier.
Result<store::DerivationMessage> RowReader::response(const ChatFacts& f, const MessageHit& hit,
                                                     const QList<store::DerivationMessage>& window)
{
    const qint64 at = hit.tsMs;
    int answeredBefore = 0;
    bool waiting = false;
    for (size_t t = 0; t <= hit.index; ++t) {
        const TurnFact& turn = f.turns[t];
        if (turn.responseMs != at)
            continue;
        answeredBefore += t < hit.index ? 1 : 0;
        waiting = waiting || turn.startMs < at;
    }
    int answered = 0;
    for (const store::DerivationMessage& m : window) {
        if (m.tsMs != at)
            continue;
        const FactDeriver::Kind kind = FactDeriver::kindOf(m);
        if (kind == FactDeriver::Kind::Inbound) {
            waiting = true;
        } else if (kind == FactDeriver::Kind::Reply) {
            if (waiting && answered++ == answeredBefore)
                return m;
            waiting = false;
        }
    }
    return storeMoved();
}

Result<QList<store::DerivationMessage>> RowReader::messages(const std::vector<MessageHit>& hits)
{
    // Each chat's hits are read with one range query over the chat's index.
    QHash<int, std::vector<size_t>> byChat;
    for (size_t k = 0; k < hits.size(); ++k)
        byChat[hits[k].contact].push_back(k);
    std::vector<std::optional<store::DerivationMessage>> found(hits.size());
    for (auto it = byChat.cbegin(); it != byChat.cend(); ++it) {
        const int contact = it.key();
        const ChatFacts& f = m_ctx.cache.facts()[size_t(contact)];
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (size_t k : it.value()) {
            first = std::min(first, hits[k].tsMs);
            last = std::max(last, hits[k].tsMs);
        }
        auto window = m_reader.messagesBetween(m_ctx.cache.contacts()[size_t(contact)].chatId, first, last);
        if (!window)
            return window.error();
        // The window's inbound and outbound messages line up with the facts of the same range.
        std::vector<qsizetype> inbound;
        std::vector<qsizetype> outbound;
        for (qsizetype m = 0; m < window->size(); ++m) {
            const FactDeriver::Kind kind = FactDeriver::kindOf(window->at(m));
            if (kind == FactDeriver::Kind::Inbound)
                inbound.push_back(m);
            else if (kind != FactDeriver::Kind::Other)
                outbound.push_back(m);
        }
        const size_t inboundBase = ranges::inbound(f, first, last + 1).first;
        const size_t outboundBase = ranges::outbound(f, first, last + 1).first;
        for (size_t k : it.value()) {
            const MessageHit& hit = hits[k];
            if (hit.kind == MessageHit::Kind::Response) {
                auto reply = response(f, hit, window.value());
                if (!reply)
                    return reply.error();
                found[k] = std::move(reply).value();
                continue;
            }
            const bool in = hit.kind == MessageHit::Kind::Inbound;
            const std::vector<qsizetype>& list = in ? inbound : outbound;
            const size_t base = in ? inboundBase : outboundBase;
            if (hit.index < base || hit.index - base >= list.size())
                return storeMoved();
            const store::DerivationMessage& m = window->at(list[hit.index - base]);
            if (m.tsMs != hit.tsMs)
                return storeMoved();
            found[k] = m;
        }
    }
    QList<store::DerivationMessage> out;
    out.reserve(qsizetype(found.size()));
    for (auto& m : found)
        out << std::move(*m);
    return out;
}

Result<QList<DrillDownMessage>> messageRows(RowReader& reader, const MetricsContext& ctx,
                                            const std::vector<MessageHit>& hits)
{
    auto stored = reader.messages(hits);
    if (!stored)
        return stored.error();
    QSet<QString> chatIds;
    for (const MessageHit& hit : hits)
        chatIds.insert(ctx.cache.contacts()[size_t(hit.contact)].chatId);
    auto names = reader.names(chatIds);
    if (!names)
        return names.error();
    QList<DrillDownMessage> out;
    out.reserve(stored->size());
    for (size_t k = 0; k < hits.size(); ++k) {
        const QString& chatId = ctx.cache.contacts()[size_t(hits[k].contact)].chatId;
        out << messageRow(chatId, stored->at(qsizetype(k)), names->value(chatId));
    }
    return out;
}

Error transcript(RowReader& reader, const MetricsContext& ctx, store::Database& db, DrillDownResult& result)
{
    const QString chatId = result.request.value.trimmed();
    const int index = ctx.cache.indexOf(chatId);
    if (index >= 0) {
        auto contacts = reader.contacts({index}, false);
        if (!contacts)
            return contacts.error();
        result.contacts = contacts.value();
    }
    auto messages = store::DerivedFactsRepository(db).messagesOf(chatId);
    if (!messages)
        return messages.error();
    if (index < 0 && messages->isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("No contact or chat '%1' is stored.").arg(chatId));
    auto names = reader.names({chatId});
    if (!names)
        return names.error();
    for (const store::DerivationMessage& m : messages.value())
        result.messages << messageRow(chatId, m, names->value(chatId));
    result.totalRows = result.messages.size();
    result.figure = result.totalRows;
    return {};
}

Error campaignContacts(RowReader& reader, const DrillDownSelection& selection, DrillDownResult& result)
{
    const std::vector<MessageHit> sends = selection.campaignSends(result.request);
    std::vector<int> contacts;
    QSet<int> seen;
    if (DrillDownSelection::stageOf(result.request) == QLatin1String("read")) {
        // The facts know "delivered or read"; the stored status tells which.
        auto stored = reader.messages(sends);
        if (!stored)
            return stored.error();
        for (size_t k = 0; k < sends.size(); ++k) {
            const bool read =
                stored->at(qsizetype(k)).status.trimmed().compare(QLatin1String("read"), Qt::CaseInsensitive) == 0;
            if (read && !seen.contains(sends[k].contact)) {
                seen.insert(sends[k].contact);
                contacts.push_back(sends[k].contact);
            }
        }
    } else {
        for (const MessageHit& send : sends) {
            if (!seen.contains(send.contact)) {
                seen.insert(send.contact);
                contacts.push_back(send.contact);
            }
        }
    }
    auto rows = reader.contacts(contacts, true);
    if (!rows)
        return rows.error();
    result.contacts = rows.value();
    result.totalRows = result.contacts.size();
    result.figure = result.totalRows;
    return {};
}

Error fill(const MetricsContext& ctx, store::Database& db, int messageCap, DrillDownResult& result)
{
    const DrillDownSelection selection(ctx);
    const DrillDownRequest& request = result.request;
    if (Error e = selection.validate(request); e.isError())
        return e;
    RowReader reader(ctx, db);
    if (request.target == Target::Contact)
        return transcript(reader, ctx, db, result);
    if (DrillDownSelection::isCampaignTarget(request.target))
        return campaignContacts(reader, selection, result);
    if (request.isMessageTarget()) {
        std::vector<MessageHit> hits = selection.messages(request);
        result.totalRows = qint64(hits.size());
        for (const MessageHit& hit : hits)
            result.figure += hit.weight;
        if (messageCap >= 0 && hits.size() > size_t(messageCap)) {
            hits.resize(size_t(messageCap));
            result.truncated = true;
        }
        auto rows = messageRows(reader, ctx, hits);
        if (!rows)
            return rows.error();
        result.messages = rows.value();
        return {};
    }
    auto rows = reader.contacts(selection.contacts(request), !DrillDownSelection::keepsMetricOrder(request.target));
    if (!rows)
        return rows.error();
    result.contacts = rows.value();
    result.totalRows = result.contacts.size();
    result.figure = result.totalRows;
    return {};
}

} // namespace

Result<DrillDownResult> runDrillDown(MetricsEngine& engine, store::Database& db, const DrillDownRequest& request,
                                     const MetricsQuery& query, int messageCap)
{
    if (Error e = engine.validate(query); e.isError())
        return e;
    Error last;
    for (int attempt = 0; attempt < 2; ++attempt) {
        // The rows are read from the store as it is now, so the facts that pick them must be too.
        if (Error e = engine.refresh(); e.isError())
            return e;
        const MetricsContext ctx(query, engine.cache(), engine.cache().campaigns());
        DrillDownResult result;
        result.request = request;
        result.query = query;
        last = fill(ctx, db, messageCap, result);
        if (!last.isError())
            return result;
        if (last.kind != Error::Kind::Storage || last.message != storeMoved().message)
            return last;
    }
    return last;
}

} // namespace crmlens::metrics
