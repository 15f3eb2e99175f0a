#include "tests/core/metrics/DumpLoader.h"

#include "core/api/ApiTypes.h"
#include "core/store/CampaignRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/MessageRepository.h"
#include "core/store/SyncPassRepository.h"

#include <QJsonArray>

namespace crmlens::test {

namespace {

QDateTime time(const QJsonValue& v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

api::Contact contactOf(const QJsonObject& o)
{
    api::Contact c;
    c.chatId = o.value(QLatin1String("chat_id")).toString();
    c.whatsappNumber = o.value(QLatin1String("whatsapp_number")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.email = o.value(QLatin1String("email")).toString();
    if (o.value(QLatin1String("sends_created_at")).toBool(true))
        c.createdAt = time(o.value(QLatin1String("created_at")));
    c.status = o.value(QLatin1String("status")).toString();
    c.operatorName = o.value(QLatin1String("operator")).toString();
    c.customFieldsPresent = true;
    const QJsonObject fields = o.value(QLatin1String("custom_fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.customFields << api::CustomFieldValue{QString(), it.key(), it.value().toVariant().toString()};
    return c;
}

QList<api::Message> messagesOf(const QJsonObject& o)
{
    QList<api::Message> list;
    for (const QJsonValue& v : o.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        api::Message msg;
        msg.messageId = m.value(QLatin1String("message_id")).toString();
        msg.type = m.value(QLatin1String("type")).toString();
        msg.content =
            m.value(QLatin1String("content")).isString() ? m.value(QLatin1String("content")).toString() : QString();
        msg.direction = m.value(QLatin1String("direction")).toString();
        msg.status = m.value(QLatin1String("status")).toString();
        msg.timestamp = time(m.value(QLatin1String("timestamp")));
        list << msg;
    }
    return list;
}

} // namespace

Error loadDump(store::Database& db, const QJsonObject& dump)
{
    store::SyncPassRepository passes(db);
    auto pass = passes.beginPass(store::kContactsPass);
    if (!pass)
        return pass.error();
    store::ContactRepository contacts(db);
    store::MessageRepository messages(db);
    const QJsonArray alive = dump.value(QLatin1String("contacts")).toArray();
    QList<api::Contact> page;
    for (const QJsonValue& v : alive) {
        page << contactOf(v.toObject());
        if (page.size() == 100) {
            if (auto r = contacts.writeContactsPage(pass->id, page); !r)
                return r.error();
            page.clear();
        }
    }
    if (!page.isEmpty()) {
        if (auto r = contacts.writeContactsPage(pass->id, page); !r)
            return r.error();
    }
    if (auto r = contacts.completeContactPass(pass->id, 1.0); !r)
        return r.error();
    for (const QJsonValue& v : alive) {
        const QList<api::Message> list = messagesOf(v.toObject());
        for (qsizetype offset = 0; offset < list.size(); offset += 100) {
            if (auto r = messages.writeMessagesPage(v.toObject().value(QLatin1String("chat_id")).toString(),
                                                    list.mid(offset, 100));
                !r)
                return r.error();
        }
    }

    auto campaignPass = passes.beginPass(store::kCampaignsPass);
    if (!campaignPass)
        return campaignPass.error();
    store::CampaignRepository campaigns(db);
    QList<api::Campaign> listed;
    QList<api::CampaignReport> reports;
    for (const QJsonValue& v : dump.value(QLatin1String("campaigns")).toArray()) {
        const QJsonObject o = v.toObject();
        api::Campaign c;
        c.campaignId = o.value(QLatin1String("campaign_id")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.status = o.value(QLatin1String("status")).toString();
        c.createdAt = time(o.value(QLatin1String("created_at")));
        c.scheduledAt = time(o.value(QLatin1String("scheduled_at")));
        c.totalRecipients = o.value(QLatin1String("total_recipients")).toInteger();
        c.templateName = o.value(QLatin1String("template_name")).toString();
        listed << c;
        const QJsonObject r = o.value(QLatin1String("report")).toObject();
        reports << api::CampaignReport{c.campaignId,
                                       c.name,
                                       r.value(QLatin1String("total_recipients")).toInteger(),
                                       r.value(QLatin1String("delivered")).toInteger(),
                                       r.value(QLatin1String("read")).toInteger(),
                                       r.value(QLatin1String("replied")).toInteger(),
                                       r.value(QLatin1String("failed")).toInteger()};
    }
    if (auto r = campaigns.writeCampaignsPage(campaignPass->id, listed); !r)
        return r.error();
    if (Error err = passes.finishPass(campaignPass->id); err.isError())
        return err;
    for (const api::CampaignReport& r : reports) {
        if (Error err = campaigns.recordReport(r); err.isError())
            return err;
    }
    return {};
}

} // namespace crmlens::test
