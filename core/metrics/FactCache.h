#pragma once

#include "core/common/Result.h"
#include "core/metrics/ChatFacts.h"
#include "core/store/MetricsReader.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace crmlens::store {
class Database;
}

namespace crmlens::metrics {

// Strings interned to small ids: statuses, operators, field keys and values, countries.
class StringPool
{
public:
    int intern(const QString& s);
    int find(const QString& s) const { return m_ids.value(s, -1); }
    const QString& text(int id) const { return m_strings[id]; }
    int size() const { return int(m_strings.size()); }
    // The string read as a number (METRICS.md "Values": ^-?[0-9]+(\.[0-9]+)?$), parsed once.
    const std::optional<double>& numeric(int id) const { return m_numeric[size_t(id)]; }

private:
    QHash<QString, int> m_ids;
    QStringList m_strings;
    std::vector<std::optional<double>> m_numeric;
};

// A contact as the metrics see it (METRICS.md "Creation time", "Deleted contacts").
//
// Choices the definitions leave open:
// - A contact without created_at has an unknown creation time (before any period, never new)
//   when the first complete contact pass listed it, when no contact pass has completed yet, or
//   when the pass that first listed it started no later than the first complete one; otherwise
//   it was created when first seen.
// - Deletions come from the store's deletion log: a contact listed again by a later pass is alive
//   again from that pass on; it is alive at t when created before t and no deletion before t was
//   still in force at t.
struct ContactInfo
{
    QString chatId;
    bool known = false;               // false: a chat with messages but no stored contact
    qint64 createdMs = kNoTime;       // kNoTime: unknown, counts as created before any period
    bool creationApproximate = false; // created at first sight by a pass after the first complete one
    // [deleted, restored) intervals; restored is kForever while the contact is still gone.
    std::vector<std::pair<qint64, qint64>> deletions;
    qint64 deletedNowSinceMs = kNoTime; // the row's deleted_at: kNoTime while alive
    QString whatsappNumber;
    int status = -1; // StringPool ids; -1: absent
    int operatorName = -1;
    int country = -1;
    std::vector<std::pair<int, int>> fields; // (key, value) ids

    static constexpr qint64 kForever = std::numeric_limits<qint64>::max();

    bool creationUnknown() const { return createdMs == kNoTime; }
    bool createdBefore(qint64 t) const { return createdMs == kNoTime || createdMs < t; }
    // Deleted by instant t: a deletion before t that was not undone before t.
    bool deletedAt(qint64 t) const
    {
        for (const auto& [deleted, restored] : deletions) {
            if (deleted < t && restored >= t)
                return true;
        }
        return false;
    }
    bool aliveAt(qint64 t) const { return known && createdBefore(t) && !deletedAt(t); }
    int field(int key) const
    {
        for (const auto& [k, v] : fields) {
            if (k == key)
                return v;
        }
        return -1;
    }
};

// Everything the metrics read per contact and per chat, held in memory and brought up to date
// from the store by refresh(): chats whose messages changed are derived again (DerivedFacts),
// facts written since the last refresh are decoded, contacts that changed are read again. A view
// then reads memory only, so a filter change or a new period costs no query over messages.
class FactCache
{
public:
    explicit FactCache(store::Database& db);

    // `findStale`: also look for chats whose messages changed without their facts being derived
    // (off when the caller has just derived the chats it knows changed).
    Error refresh(bool findStale = true);

    const std::vector<ContactInfo>& contacts() const { return m_contacts; }
    const std::vector<ChatFacts>& facts() const { return m_facts; } // same index as contacts()
    int indexOf(const QString& chatId) const { return m_index.value(chatId, -1); }
    // Each contact's place in the code-point order of chat ids: lists sort by it without
    // comparing strings.
    int chatRank(int index) const { return m_chatRank[size_t(index)]; }
    // Whether chat `index` has any message in [fromMs, toMs): a compact check that spares a view
    // the chat's own fact lists when it was quiet then.
    bool activeIn(int index, qint64 fromMs, qint64 toMs) const
    {
        const Span& s = m_spans[size_t(index)];
        return s.first < toMs && s.last >= fromMs;
    }

    // Every business send (template or campaign message) of every chat, in time order: campaign
    // attribution reads them all whatever the filters.
    struct BusinessSend
    {
        qint64 tsMs = 0;
        qint64 nextInboundMs = kNoTime;
        int contact = -1;
        qint32 campaignRef = -1; // ChatFacts::names index of the chat's
        bool failed = false;
    };
    const std::vector<BusinessSend>& businessSends() const { return m_businessSends; }
    const StringPool& strings() const { return m_strings; }
    const QStringList& tokens() const { return m_tokens; }
    bool isStopToken(quint32 id) const { return id < m_stopToken.size() && m_stopToken[id]; }
    std::optional<qint64> firstCompletePassStartMs() const { return m_firstCompletePassStart; }
    // Custom field keys held by any contact or named by a definition.
    const QStringList& fieldKeys() const { return m_fieldKeys; }

    // Every campaign with its newest report (re-read when a campaign or a report is written).
    const QList<store::MetricsCampaignRow>& campaigns() const { return m_campaigns; }
    // Every recorded status change, oldest first.
    struct StatusChange
    {
        int contact = -1; // index
        qint64 atMs = 0;
        QString oldValue; // null when absent
        QString newValue;
    };
    const std::vector<StatusChange>& statusChanges() const { return m_statusChanges; }

    // What the last refresh did, for diagnostics and benchmarks.
    struct RefreshStats
    {
        int chatsDerived = 0;
        int factsLoaded = 0;
        int contactsLoaded = 0;
    };
    const RefreshStats& lastRefresh() const { return m_stats; }

private:
    Error refreshTokens();
    Error refreshFacts();
    Error refreshContacts();
    Error refreshCampaigns();
    Error refreshStatusChanges();
    Error reloadAllContacts();
    Error applyContactRows(const QList<store::MetricsContactRow>& rows, const QList<store::MetricsFieldRow>& fields);
    Error applyDeletions();
    Error resolveCountries(const std::vector<int>& indexes);
    int ensureChat(const QString& chatId);
    void setCreation(ContactInfo& info, const store::MetricsContactRow& row) const;
    void rankChats();

    store::Database& m_db;
    std::vector<ContactInfo> m_contacts;
    std::vector<ChatFacts> m_facts;
    QHash<QString, int> m_index;
    std::vector<int> m_chatRank;
    struct Span
    {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
    };
    std::vector<Span> m_spans;
    void setFacts(int index, ChatFacts&& facts);
    // Brings the time-ordered list of business sends up to date for the chats whose facts changed.
    void updateBusinessSends();
    std::vector<BusinessSend> m_businessSends;
    std::vector<int> m_changedChats; // facts replaced since the list was last updated
    StringPool m_strings;
    QStringList m_tokens; // by id; ids without a token hold a null string
    std::vector<bool> m_stopToken;
    qint64 m_maxTokenId = 0;
    qint64 m_loadedSeq = 0;
    std::optional<qint64> m_changeWatermark;
    bool m_contactsLoaded = false;
    store::ContactsFingerprint m_fingerprint;
    std::optional<qint64> m_firstCompletePassStart;
    qint64 m_firstCompletePassId = 0;
    QHash<qint64, qint64> m_passStarts;
    QHash<QString, QString> m_regions; // number -> region
    QStringList m_fieldKeys;
    QStringList m_definitionNames;
    QList<store::MetricsCampaignRow> m_campaigns;
    std::optional<QPair<qint64, qint64>> m_campaignsFingerprint;
    std::vector<StatusChange> m_statusChanges;
    qint64 m_lastHistoryId = 0;
    QSet<int> m_fieldKeyIds; // keys any loaded contact holds
    RefreshStats m_stats;
};

} // namespace crmlens::metrics
