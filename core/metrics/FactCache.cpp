#include "core/metrics/FactCache.h"

#include "core/metrics/ChatFactsCodec.h"
#include "core/metrics/CountryResolver.h"
#include "core/metrics/DerivedFacts.h"
#include "core/metrics/KeywordTokenizer.h"
#include "core/metrics/MetricMath.h"
#include "core/metrics/MetricsLogging.h"
#include "core/store/Database.h"
#include "core/store/DerivedFactsRepository.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace crmlens::metrics {

int StringPool::intern(const QString& s)
{
    if (s.isNull())
        return -1;
    const auto it = m_ids.constFind(s);
    if (it != m_ids.constEnd())
        return it.value();
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const int id = int(m_strings.size());
    m_strings << s;
    m_ids.insert(s, id);
    const QString trimmed = s.trimmed();
    m_numeric.push_back(number.match(trimmed).hasMatch() ? std::optional<double>(trimmed.toDouble()) : std::nullopt);
    return id;
}

FactCache::FactCache(store::Database& db) : m_db(db) {}

Error FactCache::refresh(bool findStale)
{
    m_stats = {};
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&](const char* what) {
        if (lcMetrics().isDebugEnabled())
            qCDebug(lcMetrics) << "  refresh" << what << timer.restart() << "ms";
    };
    if (findStale) {
        store::DerivedFactsRepository repo(m_db);
        // Read the watermark first: a chat changed while this refresh runs is seen by the next one.
        auto newest = repo.newestChange();
        if (!newest)
            return newest.error();
        auto derived = DerivedFacts(m_db).refreshStale(m_changeWatermark);
        if (!derived)
            return derived.error();
        m_stats.chatsDerived = derived.value();
        if (newest.value())
            m_changeWatermark = newest.value();
        lap("stale chats");
    }

    if (Error err = refreshTokens(); err.isError())
        return err;
    if (Error err = refreshFacts(); err.isError())
        return err;
    lap("facts");
    if (Error err = refreshContacts(); err.isError())
        return err;
    if (m_chatRank.size() != m_contacts.size())
        rankChats();
    lap("contacts");
    if (Error err = refreshStatusChanges(); err.isError())
        return err;
    updateBusinessSends();
    lap("history and business sends");
    if (Error err = refreshCampaigns(); err.isError())
        return err;
    lap("campaigns");
    return {};
}

Error FactCache::refreshCampaigns()
{
    store::MetricsReader reader(m_db);
    auto fingerprint = reader.campaignsFingerprint();
    if (!fingerprint)
        return fingerprint.error();
    if (m_campaignsFingerprint && *m_campaignsFingerprint == fingerprint.value())
        return {};
    auto rows = reader.campaignsWithLatestReport();
    if (!rows)
        return rows.error();
    m_campaigns = rows.value();
    m_campaignsFingerprint = fingerprint.value();
    return {};
}

Error FactCache::refreshStatusChanges()
{
    auto rows = store::MetricsReader(m_db).statusChangesAfter(m_lastHistoryId);
    if (!rows)
        return rows.error();
    for (const store::MetricsStatusChange& row : rows.value()) {
        m_lastHistoryId = std::max(m_lastHistoryId, row.id);
        m_statusChanges.push_back(StatusChange{ensureChat(row.chatId), row.changedAtMs, row.oldValue, row.newValue});
    }
    if (!rows->isEmpty()) {
        std::stable_sort(m_statusChanges.begin(), m_statusChanges.end(),
                         [](const StatusChange& a, const StatusChange& b) { return a.atMs < b.atMs; });
        if (m_chatRank.size() != m_contacts.size())
            rankChats();
    }
    return {};
}

void FactCache::rankChats()
{
    std::vector<int> order(m_contacts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return math::codePointLess(m_contacts[size_t(a)].chatId, m_contacts[size_t(b)].chatId);
    });
    m_chatRank.assign(m_contacts.size(), 0);
    for (size_t r = 0; r < order.size(); ++r)
        m_chatRank[size_t(order[r])] = int(r);
}

Error FactCache::refreshTokens()
{
    auto tokens = store::DerivedFactsRepository(m_db).tokensAfter(m_maxTokenId);
    if (!tokens)
        return tokens.error();
    if (tokens->isEmpty())
        return {};
    const QSet<QString>& stop = StopWords::all();
    for (const auto& [id, token] : tokens.value()) {
        while (m_tokens.size() <= id)
            m_tokens << QString();
        m_tokens[id] = token;
        m_maxTokenId = std::max(m_maxTokenId, id);
    }
    m_stopToken.assign(size_t(m_tokens.size()), false);
    for (qsizetype id = 0; id < m_tokens.size(); ++id)
        m_stopToken[size_t(id)] = m_tokens[id].isNull() || stop.contains(m_tokens[id]);
    return {};
}

int FactCache::ensureChat(const QString& chatId)
{
    const auto it = m_index.constFind(chatId);
    if (it != m_index.constEnd())
        return it.value();
    const int index = int(m_contacts.size());
    ContactInfo info;
    info.chatId = chatId;
    m_contacts.push_back(std::move(info));
    m_facts.emplace_back();
    m_spans.emplace_back();
    m_index.insert(chatId, index);
    return index;
}

Error FactCache::refreshFacts()
{
    store::DerivedFactsRepository repo(m_db);
    auto records = repo.factsAfter(m_loadedSeq);
    if (!records)
        return records.error();
    QStringList undecodable;
    for (const store::ChatFactsRecord& r : records.value()) {
        m_loadedSeq = std::max(m_loadedSeq, r.derivedSeq);
        std::optional<ChatFacts> facts;
        if (r.format == ChatFactsCodec::kFormat)
            facts = ChatFactsCodec::decode(r.facts);
        if (!facts) {
            undecodable << r.chatId;
            continue;
        }
        setFacts(ensureChat(r.chatId), std::move(*facts));
        ++m_stats.factsLoaded;
    }
    if (undecodable.isEmpty())
        return {};
    // A damaged row is derived again from the messages and read back once.
    qCWarning(lcMetrics) << undecodable.size() << "chats had unreadable derived facts; deriving them again";
    auto again = DerivedFacts(m_db).refreshChats(undecodable);
    if (!again)
        return again.error();
    auto retry = repo.factsAfter(m_loadedSeq);
    if (!retry)
        return retry.error();
    for (const store::ChatFactsRecord& r : retry.value()) {
        m_loadedSeq = std::max(m_loadedSeq, r.derivedSeq);
        if (auto facts = ChatFactsCodec::decode(r.facts)) {
            setFacts(ensureChat(r.chatId), std::move(*facts));
            ++m_stats.factsLoaded;
        }
    }
    return {};
}

void FactCache::setFacts(int index, ChatFacts&& facts)
{
    Span span;
    // Inbound and outbound messages hold every instant a turn or conversation can start at.
    if (!facts.inbound.empty()) {
        span.first = std::min(span.first, facts.inbound.front().tsMs);
        span.last = std::max(span.last, facts.inbound.back().tsMs);
    }
    if (!facts.outbound.empty()) {
        span.first = std::min(span.first, facts.outbound.front().tsMs);
        span.last = std::max(span.last, facts.outbound.back().tsMs);
    }
    m_spans[size_t(index)] = span;
    m_facts[size_t(index)] = std::move(facts);
    m_changedChats.push_back(index);
}

void FactCache::updateBusinessSends()
{
    if (m_changedChats.empty())
        return;
    const auto byTime = [](const BusinessSend& a, const BusinessSend& b) { return a.tsMs < b.tsMs; };
    std::vector<char> changed(m_facts.size(), 0);
    for (int index : m_changedChats)
        changed[size_t(index)] = 1;
    std::vector<BusinessSend> added;
    for (size_t i = 0; i < changed.size(); ++i) {
        if (!changed[i])
            continue;
        for (const OutboundFact& o : m_facts[i].outbound) {
            if (o.isBusiness())
                added.push_back(BusinessSend{o.tsMs, o.nextInboundMs, int(i), o.campaignRef, o.isFailed()});
        }
    }
    // Drop the changed chats' old sends, then merge their new ones in: linear, not a full sort.
    std::erase_if(m_businessSends, [&](const BusinessSend& b) { return changed[size_t(b.contact)] != 0; });
    std::stable_sort(added.begin(), added.end(), byTime);
    const auto middle = std::ptrdiff_t(m_businessSends.size());
    m_businessSends.insert(m_businessSends.end(), added.begin(), added.end());
    std::inplace_merge(m_businessSends.begin(), m_businessSends.begin() + middle, m_businessSends.end(), byTime);
    m_changedChats.clear();
}

void FactCache::setCreation(ContactInfo& info, const store::MetricsContactRow& row) const
{
    info.createdMs = kNoTime;
    info.creationApproximate = false;
    if (row.createdAtMs) {
        info.createdMs = *row.createdAtMs;
        return;
    }
    // Without created_at: unknown when the first complete contact pass listed the contact (or when
    // there has been no complete pass yet, or the contact was first seen by a pass that started no
    // later than it); new at first sight when a later pass first listed it.
    if (!m_firstCompletePassStart || row.inFirstCompletePass)
        return;
    const qint64 seenByPassStart = m_passStarts.value(row.firstSeenPassId, row.firstSeenAtMs);
    if (row.firstSeenPassId == m_firstCompletePassId || seenByPassStart <= *m_firstCompletePassStart)
        return;
    info.createdMs = row.firstSeenAtMs;
    info.creationApproximate = true;
}

Error FactCache::applyContactRows(const QList<store::MetricsContactRow>& rows,
                                  const QList<store::MetricsFieldRow>& fields)
{
    std::vector<int> touched;
    touched.reserve(size_t(rows.size()));
    for (const store::MetricsContactRow& row : rows) {
        const int index = ensureChat(row.chatId);
        ContactInfo& info = m_contacts[size_t(index)];
        info.known = true;
        setCreation(info, row);
        info.status = m_strings.intern(row.status);
        info.operatorName = m_strings.intern(row.operatorName);
        info.fields.clear();
        info.deletions.clear();
        info.deletedNowSinceMs = row.deletedAtMs.value_or(kNoTime);
        if (row.deletedAtMs)
            info.deletions.emplace_back(*row.deletedAtMs, ContactInfo::kForever);
        if (info.whatsappNumber != row.whatsappNumber || info.country < 0) {
            info.whatsappNumber = row.whatsappNumber;
            info.country = -1;
        }
        touched.push_back(index);
    }
    for (const store::MetricsFieldRow& f : fields) {
        const int index = m_index.value(f.chatId, -1);
        if (index < 0 || f.value.isEmpty())
            continue;
        const int key = m_strings.intern(f.key);
        m_fieldKeyIds.insert(key);
        m_contacts[size_t(index)].fields.emplace_back(key, m_strings.intern(f.value));
    }
    m_stats.contactsLoaded += int(rows.size());
    return resolveCountries(touched);
}

Error FactCache::resolveCountries(const std::vector<int>& indexes)
{
    QHash<QString, QString> added;
    for (int index : indexes) {
        ContactInfo& info = m_contacts[size_t(index)];
        if (info.country >= 0)
            continue;
        auto it = m_regions.constFind(info.whatsappNumber);
        if (it == m_regions.constEnd()) {
            const QString region = CountryResolver::regionOf(info.whatsappNumber);
            it = m_regions.insert(info.whatsappNumber, region);
            added.insert(info.whatsappNumber, region);
        }
        info.country = m_strings.intern(it.value());
    }
    return store::DerivedFactsRepository(m_db).savePhoneRegions(added);
}

Error FactCache::applyDeletions()
{
    auto deletions = store::MetricsReader(m_db).deletions();
    if (!deletions)
        return deletions.error();
    // The deletion log is the history; a contact marked deleted without a log entry keeps the
    // interval its row gives (set in applyContactRows).
    QHash<int, std::vector<std::pair<qint64, qint64>>> logged;
    for (const store::MetricsDeletionRow& d : deletions.value()) {
        const int index = m_index.value(d.chatId, -1);
        if (index < 0)
            continue;
        logged[index].emplace_back(d.deletedAtMs, d.restoredAtMs.value_or(ContactInfo::kForever));
    }
    for (auto it = logged.begin(); it != logged.end(); ++it) {
        ContactInfo& info = m_contacts[size_t(it.key())];
        std::vector<std::pair<qint64, qint64>> intervals;
        bool open = false;
        for (const auto& interval : it.value()) {
            // The contact row says whether it is gone now; an open log entry of a contact listed
            // again since is dropped rather than kept open forever.
            if (interval.second == ContactInfo::kForever) {
                if (info.deletedNowSinceMs == kNoTime || open)
                    continue;
                open = true;
            }
            intervals.push_back(interval);
        }
        if (info.deletedNowSinceMs != kNoTime && !open)
            intervals.emplace_back(info.deletedNowSinceMs, ContactInfo::kForever);
        info.deletions = std::move(intervals);
    }
    return {};
}

Error FactCache::reloadAllContacts()
{
    store::MetricsReader reader(m_db);
    auto first = reader.firstCompleteContactPass();
    if (!first)
        return first.error();
    m_firstCompletePassStart.reset();
    m_firstCompletePassId = 0;
    if (first.value()) {
        m_firstCompletePassStart = first.value()->startedAtMs;
        m_firstCompletePassId = first.value()->id;
    }
    auto starts = reader.contactPassStarts();
    if (!starts)
        return starts.error();
    m_passStarts = starts.value();
    if (m_regions.isEmpty()) {
        auto regions = store::DerivedFactsRepository(m_db).phoneRegions();
        if (!regions)
            return regions.error();
        m_regions = regions.value();
    }
    auto rows = reader.contacts();
    if (!rows)
        return rows.error();
    auto fields = reader.customFields();
    if (!fields)
        return fields.error();
    for (ContactInfo& info : m_contacts) {
        info.known = false;
        info.fields.clear();
        info.deletions.clear();
    }
    if (Error err = applyContactRows(rows.value(), fields.value()); err.isError())
        return err;
    return applyDeletions();
}

Error FactCache::refreshContacts()
{
    store::MetricsReader reader(m_db);
    auto fingerprint = reader.contactsFingerprint();
    if (!fingerprint)
        return fingerprint.error();
    const store::ContactsFingerprint& now = fingerprint.value();
    if (m_contactsLoaded && now == m_fingerprint)
        return {};

    auto definitions = reader.definitionNames();
    if (!definitions)
        return definitions.error();
    m_definitionNames = definitions.value();

    const bool full = !m_contactsLoaded || now.completeContactPasses != m_fingerprint.completeContactPasses ||
                      now.fieldDefinitions != m_fingerprint.fieldDefinitions ||
                      now.maxDefinitionSeenAtMs != m_fingerprint.maxDefinitionSeenAtMs;
    Error err;
    if (full) {
        err = reloadAllContacts();
    } else {
        auto starts = reader.contactPassStarts();
        if (!starts)
            return starts.error();
        m_passStarts = starts.value();
        // Rows written at the previous watermark's millisecond are read again: a write in the same
        // millisecond after the last refresh must not be missed.
        auto rows = reader.contactsUpdatedSince(m_fingerprint.maxUpdatedAtMs);
        if (!rows)
            return rows.error();
        QStringList chatIds;
        for (const store::MetricsContactRow& row : rows.value())
            chatIds << row.chatId;
        auto fields = reader.customFieldsOf(chatIds);
        if (!fields)
            return fields.error();
        err = applyContactRows(rows.value(), fields.value());
        if (!err.isError())
            err = applyDeletions();
    }
    if (err.isError())
        return err;
    m_fingerprint = now;
    m_contactsLoaded = true;
    QSet<QString> keys(m_definitionNames.begin(), m_definitionNames.end());
    for (int id : std::as_const(m_fieldKeyIds))
        keys.insert(m_strings.text(id));
    m_fieldKeys = keys.values();
    std::sort(m_fieldKeys.begin(), m_fieldKeys.end(), math::codePointLess);
    return {};
}

} // namespace crmlens::metrics
