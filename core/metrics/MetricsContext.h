#pragma once

#include "core/metrics/FactCache.h"
#include "core/metrics/MetricsQuery.h"
#include "core/metrics/ZoneCalendar.h"
#include "core/store/MetricsReader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace crmlens::metrics {

inline const QString kNoneValue = QStringLiteral("(none)");
inline const QString kUnassigned = QStringLiteral("(unassigned)");
inline const QString kUnknownTemplate = QStringLiteral("(unknown)");

// A calendar month of the workspace zone as instants: [startMs, endMs).
struct MonthSpan
{
    QString label; // "2026-11"
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A stored campaign with the instant that places it in a period.
struct CampaignInfo
{
    store::MetricsCampaignRow row;
    qint64 startMs = kNoTime; // scheduled_at, else created_at; kNoTime: neither
};

// What every section of one computation shares: the query, the cache, the zone's calendar over
// every day a section looks at, the period as instants, and which contacts the filters keep.
class MetricsContext
{
public:
    MetricsContext(const MetricsQuery& query, const FactCache& cache, QList<store::MetricsCampaignRow> campaigns);

    const MetricsQuery& query;
    const FactCache& cache;

    ZoneCalendar calendar; // from min(from − 28 days, previous from) to `to`
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 previousFromMs = 0;
    qint64 asOfMs = 0;
    int periodFirstDay = 0; // calendar index of `from`
    int periodDays = 0;
    QList<MonthSpan> growthMonths; // the months overlapping the period and the 11 before them
    QList<CampaignInfo> campaigns;

    // Contacts (by cache index) the filters keep. Chats without a stored contact are kept only
    // when no filter is set.
    const std::vector<int>& selected() const { return m_selectedList; }
    bool isSelected(int index) const { return m_selected[size_t(index)] != 0; }
    // Whether a selected contact is alive at `to` / at `from` (computed once per query).
    bool aliveAtTo(int index) const { return m_aliveAtTo[size_t(index)] != 0; }
    bool aliveAtFrom(int index) const { return m_aliveAtFrom[size_t(index)] != 0; }

    bool isInactiveStatus(int statusId) const;
    bool isInactiveStatus(const QString& status) const { return m_inactiveStatusTexts.contains(status); }

    // Custom field keys of the query, as StringPool ids (-1: no contact holds the key).
    int segmentKey = -1;
    int sourceKey = -1;
    int revenueKey = -1;
    int csatKey = -1;
    int leadStageKey = -1;
    // A contact's value id for a key (-1: missing), and its text ("(none)" when missing).
    int valueOf(const ContactInfo& contact, int key) const { return key >= 0 ? contact.field(key) : -1; }
    QString valueText(int valueId) const { return valueId >= 0 ? cache.strings().text(valueId) : kNoneValue; }
    std::optional<double> numericValue(const ContactInfo& contact, int key) const;

    // The operator a reply or answered turn is credited to: the message's own, else the chat's,
    // else "(unassigned)". As an id: StringPool ids for names the pool knows, kUnassignedOperator,
    // or ids below it for names only messages carry (operatorName() turns any of them into text).
    static constexpr int kUnassignedOperator = -2;
    int creditedOperator(int contactIndex, qint32 nameRef) const;
    QString operatorName(int id) const;

    // Contacts alive at t among the selected ones.
    qint64 aliveCount(qint64 t) const;
    // Whether a contact counts as new in [a, b): creation known (or taken from first sight) in it.
    static bool createdIn(const ContactInfo& contact, qint64 a, qint64 b)
    {
        return contact.known && contact.createdMs != kNoTime && contact.createdMs >= a && contact.createdMs < b;
    }
    bool periodHas(qint64 t) const { return t >= fromMs && t < toMs; }

private:
    std::vector<char> m_selected;
    std::vector<int> m_selectedList;
    std::vector<char> m_aliveAtTo;
    std::vector<char> m_aliveAtFrom;
    QSet<int> m_inactiveStatuses;
    QSet<QString> m_inactiveStatusTexts;
    // Operator names that only messages carry, numbered below kUnassignedOperator.
    mutable QHash<QString, int> m_messageOperators;
    mutable QStringList m_messageOperatorNames;
};

} // namespace crmlens::metrics
