#include "core/api/ApiParsers.h"

#include "core/api/EnvelopeParser.h"
#include "core/api/JsonFields.h"

namespace crmlens::api {

using namespace detail;

namespace {

const QString kCampaign = QStringLiteral("campaign");

const Keys kRecipientKeys = {QLatin1String("total_recipients"), QLatin1String("total_receivers")};

std::optional<Campaign> readCampaign(const QJsonObject& record, const QString& id, ParseNotes& notes)
{
    RecordReader fields(record, kCampaign, id, &notes.fieldIssues);
    Campaign campaign;
    campaign.campaignId = id;
    campaign.name = fields.text({QLatin1String("name"), QLatin1String("title")}, RecordReader::Trim::No);
    campaign.status = fields.text({QLatin1String("status")});
    campaign.createdAt = fields.timestamp({QLatin1String("created_at")});
    campaign.scheduledAt = fields.timestamp({QLatin1String("scheduled_at")});
    campaign.totalRecipients = fields.count(kRecipientKeys);
    campaign.templateName = fields.text({QLatin1String("template_name")});
    campaign.templateLanguage = fields.text({QLatin1String("template_language")});
    return campaign;
}

// Campaigns page with `count` (total), `page` and `rows` (page size) beside `data`; a tenant
// that sends a `pagination` object like the contact list is read too.
PageInfo readCampaignPaging(const QJsonObject& root)
{
    const QJsonValue pagination = root.value(QLatin1String("pagination"));
    if (pagination.isObject())
        return readPagination(pagination);
    QJsonObject flat;
    flat.insert(QLatin1String("page"), root.value(QLatin1String("page")));
    flat.insert(QLatin1String("limit"), root.value(QLatin1String("rows")));
    flat.insert(QLatin1String("total"), root.value(QLatin1String("count")));
    return readPagination(flat);
}

} // namespace

Result<CampaignsPage> parseCampaignsPage(const QByteArray& body)
{
    const QString what = QStringLiteral("campaigns");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();
    const Result<QJsonArray> list = listAt(root.value(), QLatin1String("data"), what);
    if (!list)
        return list.error();

    CampaignsPage page;
    ParseNotes notes;
    page.items = readRecords<Campaign>(list.value(), kCampaign, {QLatin1String("campaign_id")}, notes, readCampaign);
    page.info = readCampaignPaging(root.value());
    moveNotes(notes, page);
    return page;
}

Result<CampaignReport> parseCampaignReport(const QByteArray& body, ParseNotes* notes)
{
    const QString what = QStringLiteral("campaign report");
    const Result<QJsonObject> root = openObject(body, what);
    if (!root)
        return root.error();
    // [live] sends the report flat; the vendor's OpenAPI wraps it in `data`.
    const QJsonValue data = root->value(QLatin1String("data"));
    const QJsonObject report = data.isObject() ? data.toObject() : root.value();
    // Counts sit in `metrics`; a report without that object is read from its top level.
    const QJsonValue metricsValue = report.value(QLatin1String("metrics"));
    const QJsonObject metrics = metricsValue.isObject() ? metricsValue.toObject() : report;

    ParseNotes found;
    CampaignReport out;
    const IdRead id = readId(report, {QLatin1String("campaign_id")});
    out.campaignId = id.id;
    RecordReader fields(report, QStringLiteral("campaign report"), id.id, &found.fieldIssues);
    out.name = fields.text({QLatin1String("name"), QLatin1String("title")}, RecordReader::Trim::No);

    RecordReader counts(metrics, QStringLiteral("campaign report"), id.id, &found.fieldIssues);
    int countsRead = 0;
    const auto readCount = [&](Keys keys, qint64& into) {
        if (const auto n = counts.count(keys)) {
            into = *n;
            ++countsRead;
        } else if (!firstPresent(metrics, keys)) {
            counts.note(QStringLiteral("metrics.") + QString(*keys.begin()), QStringLiteral("is missing; read as 0"));
        }
    };
    readCount(kRecipientKeys, out.totalRecipients);
    readCount({QLatin1String("delivered")}, out.delivered);
    readCount({QLatin1String("read")}, out.read);
    readCount({QLatin1String("replied")}, out.replied);
    readCount({QLatin1String("failed")}, out.failed);
    if (countsRead == 0)
        return malformed(what, QStringLiteral("no readable counts"));
    moveNotes(found, notes);
    return out;
}

} // namespace crmlens::api
