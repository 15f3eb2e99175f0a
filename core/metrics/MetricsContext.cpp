#include "core/metrics/MetricsContext.h"

#include <algorithm>

namespace crmlens::metrics {

namespace {

bool matches(const ContactInfo& c, const ContactFilter& filter, const StringPool& strings)
{
    if (!c.known)
        return false;
    if (filter.hasSegment()) {
        const int key = strings.find(filter.segmentKey);
        const int value = key >= 0 ? c.field(key) : -1;
        if (value < 0 ? filter.segmentValue != kNoneValue : strings.text(value) != filter.segmentValue)
            return false;
    }
    if (!filter.operatorName.isEmpty()) {
        if (c.operatorName < 0 ? filter.operatorName != kUnassigned
                               : strings.text(c.operatorName) != filter.operatorName)
            return false;
    }
    if (!filter.country.isEmpty()) {
        if (c.country < 0 || strings.text(c.country).compare(filter.country, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

MetricsContext::MetricsContext(const MetricsQuery& q, const FactCache& c, QList<store::MetricsCampaignRow> rows)
    : query(q), cache(c)
{
    const Period& period = query.period;
    const QDate firstDay = std::min(period.from.addDays(-28), period.previous().from);
    calendar = ZoneCalendar(query.zone, firstDay, period.to.addDays(-1));
    fromMs = calendar.startOf(period.from);
    toMs = calendar.startOf(period.to);
    previousFromMs = calendar.startOf(period.previous().from);
    asOfMs = query.asOfMs();
    periodFirstDay = calendar.indexOf(period.from);
    periodDays = int(period.days());

    const QDate lastDay = period.to.addDays(-1);
    QDate month(period.from.year(), period.from.month(), 1);
    month = month.addMonths(-11);
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    for (; month <= lastMonth; month = month.addMonths(1)) {
        MonthSpan span;
        span.label = month.toString(QStringLiteral("yyyy-MM"));
        span.startMs = ZoneCalendar::startOfDay(query.zone, month);
        span.endMs = ZoneCalendar::startOfDay(query.zone, month.addMonths(1));
        growthMonths << span;
    }

    for (store::MetricsCampaignRow& row : rows) {
        CampaignInfo info;
        info.startMs = row.scheduledAtMs ? *row.scheduledAtMs : row.createdAtMs.value_or(kNoTime);
        info.row = std::move(row);
        campaigns << std::move(info);
    }

    const auto& contacts = cache.contacts();
    m_selected.assign(contacts.size(), 0);
    m_aliveAtTo.assign(contacts.size(), 0);
    m_aliveAtFrom.assign(contacts.size(), 0);
    m_selectedList.reserve(contacts.size());
    const bool everything = query.filter.isEmpty();
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (!everything && !matches(contacts[i], query.filter, cache.strings()))
            continue;
        m_selected[i] = 1;
        m_selectedList.push_back(int(i));
        m_aliveAtTo[i] = contacts[i].aliveAt(toMs) ? 1 : 0;
        m_aliveAtFrom[i] = contacts[i].aliveAt(fromMs) ? 1 : 0;
    }
    const StringPool& strings = cache.strings();
    segmentKey = strings.find(query.segmentKey);
    sourceKey = strings.find(QStringLiteral("source"));
    revenueKey = strings.find(query.revenueKey);
    csatKey = strings.find(QStringLiteral("csat"));
    leadStageKey = strings.find(QStringLiteral("lead_stage"));
    for (const QString& status : query.inactiveStatuses) {
        m_inactiveStatusTexts.insert(status.trimmed());
        const int id = cache.strings().find(status.trimmed());
        if (id >= 0)
            m_inactiveStatuses.insert(id);
    }
}

bool MetricsContext::isInactiveStatus(int statusId) const
{
    return statusId >= 0 && m_inactiveStatuses.contains(statusId);
}

std::optional<double> MetricsContext::numericValue(const ContactInfo& contact, int key) const
{
    const int value = valueOf(contact, key);
    if (value < 0)
        return std::nullopt;
    return cache.strings().numeric(value);
}

int MetricsContext::creditedOperator(int contactIndex, qint32 nameRef) const
{
    if (nameRef >= 0) {
        const QString& name = cache.facts()[size_t(contactIndex)].names[nameRef];
        const int known = cache.strings().find(name);
        if (known >= 0)
            return known;
        auto it = m_messageOperators.constFind(name);
        if (it == m_messageOperators.constEnd()) {
            it = m_messageOperators.insert(name, kUnassignedOperator - 1 - int(m_messageOperatorNames.size()));
            m_messageOperatorNames << name;
        }
        return it.value();
    }
    const int op = cache.contacts()[size_t(contactIndex)].operatorName;
    return op >= 0 ? op : kUnassignedOperator;
}

QString MetricsContext::operatorName(int id) const
{
    if (id >= 0)
        return cache.strings().text(id);
    if (id == kUnassignedOperator)
        return kUnassigned;
    return m_messageOperatorNames[kUnassignedOperator - 1 - id];
}

qint64 MetricsContext::aliveCount(qint64 t) const
{
    qint64 n = 0;
    const auto& contacts = cache.contacts();
    for (int i : m_selectedList)
        n += contacts[size_t(i)].aliveAt(t) ? 1 : 0;
    return n;
}

} // namespace crmlens::metrics
