#pragma once

#include "core/metrics/FactCache.h"
#include "core/metrics/MetricsQuery.h"
#include "core/metrics/ZoneCalendar.h"
#include "core/store/MetricsReader.h"

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
    const std::vector<char>& selected() const { return m_selected; }
    bool isSelected(int index) const { return m_selected[size_t(index)] != 0; }

    bool isInactiveStatus(int statusId) const;
    bool isInactiveStatus(const QString& status) const { return m_inactiveStatusTexts.contains(status); }
    // A contact's value for a custom field key as a string; "(none)" when missing.
    QString fieldValue(const ContactInfo& contact, const QString& key) const;
    // Numeric value of a field (METRICS.md "Values"); empty when missing or not numeric.
    std::optional<double> numericField(const ContactInfo& contact, const QString& key) const;
    // The operator a reply or answered turn is credited to: the message's own, else the chat's.
    QString creditedOperator(int contactIndex, qint32 nameRef) const;
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
    QSet<int> m_inactiveStatuses;
    QSet<QString> m_inactiveStatusTexts;
};

} // namespace crmlens::metrics
