#include "tests/core/metrics/IndependentFigures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace crmlens::test::independent {

namespace {

qint64 ms(const QJsonValue& v)
{
    if (!v.isString())
        return -1;
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Contact contactFrom(const QJsonObject& o)
{
    Contact c;
    c.chatId = o.value(QLatin1String("chat_id")).toString();
    c.number = o.value(QLatin1String("whatsapp_number")).toString();
    c.createdAt = ms(o.value(QLatin1String("created_at")));
    c.sendsCreatedAt = o.value(QLatin1String("sends_created_at")).toBool(true);
    c.status = o.value(QLatin1String("status")).toString().trimmed();
    c.operatorName = o.value(QLatin1String("operator")).toString().trimmed();
    const QJsonObject fields = o.value(QLatin1String("custom_fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString v = it.value().toVariant().toString().trimmed();
        if (!v.isEmpty())
            c.fields.insert(it.key(), v);
    }
    for (const QJsonValue& mv : o.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = mv.toObject();
        Message msg;
        msg.id = m.value(QLatin1String("message_id")).toString();
        msg.ts = ms(m.value(QLatin1String("timestamp")));
        msg.direction = m.value(QLatin1String("direction")).toString();
        msg.type = m.value(QLatin1String("type")).toString();
        msg.status = m.value(QLatin1String("status")).toString();
        msg.content = m.value(QLatin1String("content")).toString();
        msg.campaignId = m.value(QLatin1String("campaign_id")).toString();
        c.messages << msg;
    }
    std::sort(c.messages.begin(), c.messages.end(), [](const Message& a, const Message& b) {
        return a.ts != b.ts ? a.ts < b.ts : a.id.toUtf8() < b.id.toUtf8();
    });
    c.deletedAt = ms(o.value(QLatin1String("deleted_at")));
    return c;
}

} // namespace

Dump parse(const QJsonObject& dump)
{
    Dump d;
    d.now = ms(dump.value(QLatin1String("now")));
    for (const QJsonValue& v : dump.value(QLatin1String("contacts")).toArray())
        d.contacts << contactFrom(v.toObject());
    for (const QJsonValue& v : dump.value(QLatin1String("deleted_contacts")).toArray())
        d.deleted << contactFrom(v.toObject());
    for (const QJsonValue& v : dump.value(QLatin1String("campaigns")).toArray()) {
        const QJsonObject o = v.toObject();
        Campaign c;
        c.id = o.value(QLatin1String("campaign_id")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.status = o.value(QLatin1String("status")).toString();
        c.createdAt = ms(o.value(QLatin1String("created_at")));
        c.scheduledAt = ms(o.value(QLatin1String("scheduled_at")));
        c.templateName = o.value(QLatin1String("template_name")).toString();
        const QJsonObject r = o.value(QLatin1String("report")).toObject();
        c.total = r.value(QLatin1String("total_recipients")).toInteger();
        c.delivered = r.value(QLatin1String("delivered")).toInteger();
        c.read = r.value(QLatin1String("read")).toInteger();
        c.replied = r.value(QLatin1String("replied")).toInteger();
        c.failed = r.value(QLatin1String("failed")).toInteger();
        d.campaigns << c;
    }
    return d;
}

QList<Turn> turnsOf(const Contact& c)
{
    QList<Turn> turns;
    QString previous; // "in" or "reply" of the last considered message
    for (const Message& m : c.messages) {
        if (m.inbound()) {
            if (previous != QLatin1String("in"))
                turns << Turn{m.ts, -1};
            previous = QStringLiteral("in");
        } else if (m.operatorReply()) {
            if (previous == QLatin1String("in"))
                turns.last().response = m.ts;
            previous = QStringLiteral("reply");
        }
    }
    return turns;
}

QList<Conversation> conversationsOf(const Contact& c)
{
    // Index of each turn's first message in the full list.
    QList<int> starts;
    QList<qint64> responses;
    QString previous;
    for (int i = 0; i < c.messages.size(); ++i) {
        const Message& m = c.messages[i];
        if (m.inbound()) {
            if (previous != QLatin1String("in")) {
                starts << i;
                responses << -1;
            }
            previous = QStringLiteral("in");
        } else if (m.operatorReply()) {
            if (previous == QLatin1String("in"))
                responses.last() = m.ts - c.messages[starts.last()].ts;
            previous = QStringLiteral("reply");
        }
    }
    QList<int> conversationStart;
    QList<qint64> firstResponse;
    for (int k = 0; k < starts.size(); ++k) {
        const int i = starts[k];
        if (k == 0 || c.messages[i].ts - c.messages[i - 1].ts > 24LL * 3600 * 1000) {
            conversationStart << i;
            firstResponse << responses[k];
        }
    }
    QList<Conversation> out;
    for (int k = 0; k < conversationStart.size(); ++k) {
        const int end = k + 1 < conversationStart.size() ? conversationStart[k + 1] : int(c.messages.size());
        out << Conversation{c.messages[conversationStart[k]].ts, end - conversationStart[k], firstResponse[k]};
    }
    return out;
}

double nearestRank(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    // ⌈p·n⌉ with p a whole percentage, in integers.
    const qint64 n = values.size();
    const qint64 percent = qint64(std::lround(p * 100));
    const qint64 rank = std::max<qint64>(1, (percent * n + 99) / 100);
    return values[rank - 1];
}

QString localDay(qint64 msSinceEpoch, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone).date().toString(Qt::ISODate);
}

qint64 midnight(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QHash<QString, qint64> keywordCounts(const QList<Contact>& contacts, qint64 from, qint64 to)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+"));
    QHash<QString, qint64> counts;
    for (const Contact& c : contacts) {
        for (const Message& m : c.messages) {
            if (!m.inbound() || m.ts < from || m.ts >= to || m.content.isEmpty())
                continue;
            const QString text = m.content.toLower().normalized(QString::NormalizationForm_C);
            auto it = word.globalMatch(text);
            while (it.hasNext()) {
                const QString token = it.next().captured(0);
                if (token.toUcs4().size() >= 3)
                    ++counts[token];
            }
        }
    }
    return counts;
}

Lead leadOf(const Contact& c, qint64 asOf)
{
    const qint64 day = 86400000;
    Lead lead;
    qint64 last = -1;
    int recent = 0;
    int received = 0;
    int replied = 0;
    for (int i = 0; i < c.messages.size(); ++i) {
        const Message& m = c.messages[i];
        if (m.ts >= asOf)
            continue;
        if (m.inbound()) {
            last = m.ts;
            if (m.ts >= asOf - 30 * day)
                ++recent;
        }
        if (m.business() && m.status != QLatin1String("failed") && m.ts >= asOf - 90 * day) {
            ++received;
            for (int j = i + 1; j < c.messages.size(); ++j) {
                const Message& r = c.messages[j];
                if (r.inbound() && r.ts > m.ts) {
                    if (r.ts - m.ts <= 72 * 3600 * 1000LL && r.ts < asOf)
                        ++replied;
                    break;
                }
            }
        }
    }
    if (last >= 0)
        lead.recency = 30 * std::max(0.0, 1 - (double(asOf - last) / day) / 30);
    lead.engagement = 30 * std::min(1.0, recent / 10.0);
    lead.responsiveness = received == 0 ? 10 : double(replied) / received * 20;
    const QString stage = c.fields.value(QStringLiteral("lead_stage"));
    lead.profile = stage == QLatin1String("qualified")                                     ? 10
                   : (stage == QLatin1String("proposal") || stage == QLatin1String("won")) ? 20
                   : stage == QLatin1String("lost")                                        ? 0
                                                                                           : 5;
    const double sum = lead.recency + lead.engagement + lead.responsiveness + lead.profile;
    lead.score = int(std::floor(sum + 0.5 + 1e-9));
    return lead;
}

namespace {

bool repliedBefore(const Contact& c, int index, qint64 asOf)
{
    const Message& m = c.messages[index];
    for (int j = index + 1; j < c.messages.size(); ++j) {
        if (c.messages[j].inbound() && c.messages[j].ts > m.ts)
            return c.messages[j].ts - m.ts <= 72 * 3600 * 1000LL && c.messages[j].ts < asOf;
    }
    return false;
}

} // namespace

std::optional<Risk> riskOf(const Contact& c, qint64 asOf)
{
    const qint64 day = 86400000;
    static const QStringList inactive{QStringLiteral("inactive"), QStringLiteral("blocked"),
                                      QStringLiteral("opted_out"), QStringLiteral("unsubscribed")};
    if (inactive.contains(c.status))
        return std::nullopt;
    qint64 last = -1;
    int recent = 0, before = 0;
    QList<int> received;
    int newestOutbound = -1;
    for (int i = 0; i < c.messages.size(); ++i) {
        const Message& m = c.messages[i];
        if (m.ts >= asOf)
            continue;
        if (m.inbound()) {
            last = m.ts;
            recent += m.ts >= asOf - 30 * day ? 1 : 0;
            before += (m.ts >= asOf - 60 * day && m.ts < asOf - 30 * day) ? 1 : 0;
        }
        if (m.direction == QLatin1String("outbound"))
            newestOutbound = i;
        if (m.business() && m.status != QLatin1String("failed"))
            received << i;
    }
    if (last < 0 || asOf - last <= 30 * day)
        return std::nullopt;
    Risk r;
    r.days = double(asOf - last) / day;
    if (received.size() >= 3) {
        bool any = false;
        for (int k = int(received.size()) - 3; k < received.size(); ++k)
            any = any || repliedBefore(c, received[k], asOf);
        if (!any)
            r.indicators << QStringLiteral("no_reply_last_3_campaigns");
    }
    if (newestOutbound >= 0 && c.messages[newestOutbound].status == QLatin1String("failed"))
        r.indicators << QStringLiteral("last_delivery_failed");
    if (before >= 4 && recent * 2 < before)
        r.indicators << QStringLiteral("activity_dropped");
    if (c.status == QLatin1String("open") || c.status == QLatin1String("pending")) {
        QList<Turn> turns;
        for (const Turn& t : turnsOf(c)) {
            if (t.start < asOf)
                turns << t;
        }
        if (!turns.isEmpty()) {
            const Turn& t = turns.last();
            if ((t.response < 0 || t.response >= asOf) && asOf - t.start > day)
                r.indicators << QStringLiteral("unanswered_open_chat");
        }
    }
    r.health = int(std::max<qint64>(0, 100 - std::min<qint64>(100, (asOf - last) / day) - 10 * r.indicators.size()));
    if (r.indicators.contains(QStringLiteral("no_reply_last_3_campaigns")))
        r.action = QStringLiteral("re-engage campaign");
    else if (r.indicators.contains(QStringLiteral("last_delivery_failed")))
        r.action = QStringLiteral("verify number");
    else if (r.indicators.contains(QStringLiteral("unanswered_open_chat")))
        r.action = QStringLiteral("operator follow-up");
    else
        r.action = QStringLiteral("check-in message");
    return r;
}

QHash<QString, double> attributedRevenue(const QList<Contact>& contacts, const QList<Campaign>& campaigns, qint64 asOf,
                                         bool useCampaignIds)
{
    static const QRegularExpression numeric(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QHash<QString, QSet<QString>> repliers;
    for (const Contact& c : contacts) {
        for (int i = 0; i < c.messages.size(); ++i) {
            const Message& m = c.messages[i];
            if (!m.business() || m.status == QLatin1String("failed"))
                continue;
            bool answered = false;
            for (int j = i + 1; j < c.messages.size(); ++j) {
                if (c.messages[j].inbound() && c.messages[j].ts > m.ts) {
                    answered = c.messages[j].ts - m.ts <= 72 * 3600 * 1000LL && c.messages[j].ts < asOf;
                    break;
                }
            }
            if (!answered)
                continue;
            QString owner = useCampaignIds ? m.campaignId : QString();
            if (owner.isEmpty()) {
                const Campaign* best = nullptr;
                for (const Campaign& k : campaigns) {
                    if (k.status == QLatin1String("draft") || k.status == QLatin1String("scheduled"))
                        continue;
                    if (k.start() > m.ts || m.ts - k.start() > 24 * 3600 * 1000LL)
                        continue;
                    if (!best || k.start() > best->start() || (k.start() == best->start() && k.id < best->id))
                        best = &k;
                }
                if (best)
                    owner = best->id;
            }
            if (!owner.isEmpty())
                repliers[owner].insert(c.chatId);
        }
    }
    QHash<QString, const Contact*> byId;
    for (const Contact& c : contacts)
        byId.insert(c.chatId, &c);
    QHash<QString, double> revenue;
    for (auto it = repliers.begin(); it != repliers.end(); ++it) {
        QStringList ids = it.value().values();
        ids.sort();
        double sum = 0;
        for (const QString& id : ids) {
            const Contact* contact = byId.value(id);
            if (!contact)
                continue;
            const QString v = contact->fields.value(QStringLiteral("revenue"));
            if (numeric.match(v).hasMatch())
                sum += v.toDouble();
        }
        revenue.insert(it.key(), sum);
    }
    return revenue;
}

} // namespace crmlens::test::independent
