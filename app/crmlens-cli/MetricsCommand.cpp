#include "app/crmlens-cli/MetricsCommand.h"

#include "app/crmlens-cli/CliSession.h"
#include "core/metrics/MetricsEngine.h"
#include "core/metrics/MetricsJson.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

namespace crmlens::cli {

namespace {

constexpr int kUsageError = 2;

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<QDate> parseDay(const QString& text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

// ISO 8601; a time without an offset is read in the workspace zone.
std::optional<QDateTime> parseInstant(const QString& text, const QTimeZone& zone)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

QString ratioText(const metrics::Ratio& r, const char* suffix = "")
{
    return r ? QString::number(*r, 'f', 1) + QString::fromLatin1(suffix) : QStringLiteral("–");
}

void printSummary(const metrics::MetricsSnapshot& s)
{
    QTextStream& out = standardOutput();
    const auto& e = s.executive;
    const auto& f = s.engagement.figures;
    out << tr("Period %1 to %2 (%3), as of %4")
               .arg(s.period.from.toString(Qt::ISODate), s.period.to.toString(Qt::ISODate), s.timezone,
                    metrics::MetricsJson::isoUtc(s.asOf))
        << '\n';
    out << tr("Contacts:        %1 (new %2, previous period %3, growth %4)")
               .arg(e.totalContacts)
               .arg(e.newContacts)
               .arg(e.newContactsPrev)
               .arg(ratioText(e.growthRatePct, "%"))
        << '\n';
    out << tr("Churned:         %1 (%2)").arg(e.churnedContacts).arg(ratioText(e.churnRatePct, "%")) << '\n';
    out << tr("Response rate:   %1, SLA met %2, median response %3 s")
               .arg(ratioText(f.responseRatePct, "%"), ratioText(f.slaMetPct, "%"), ratioText(f.medianResponseTimeS))
        << '\n';
    out << tr("Messages:        %1 inbound, %2 outbound, %3 conversations")
               .arg(f.inbound)
               .arg(f.outbound)
               .arg(f.conversations)
        << '\n';
    out << tr("Campaigns:       %1 in the period, reply rate %2")
               .arg(s.campaigns.campaigns.size())
               .arg(ratioText(s.campaigns.overall.replyRatePct, "%"))
        << '\n';
    out << tr("Leads:           %1 scored, at risk %2, anomalies %3")
               .arg(s.leads.size())
               .arg(s.atRisk.size())
               .arg(s.anomalies.size())
        << '\n';
    out.flush();
}

} // namespace

int runMetrics(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compute every metric of a period from a local store (see METRICS.md). Days are whole days in the "
           "time zone; the period is [from, to)."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("The store file."), tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Day after the period (YYYY-MM-DD, exclusive)."), tr("DATE"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("Instead of --from/--to: today, 7d, 30d, 90d, this_month, last_month, "
                                       "quarter or year, relative to today in the time zone."),
                                    tr("NAME"));
    const QCommandLineOption tz(QStringLiteral("tz"), tr("IANA time zone of the workspace (default: the system's)."),
                                tr("ZONE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Instant the leads and at-risk lists are computed at (ISO 8601; default: "
                                     "the end of the period)."),
                                  tr("ISO"));
    const QCommandLineOption segmentKey(QStringLiteral("segment-key"),
                                        tr("Custom field the segmentation groups by (default: source)."), tr("KEY"));
    const QCommandLineOption cost(QStringLiteral("cost-per-message"),
                                  tr("Cost of one campaign message, for ROI (default: 0, no ROI)."), tr("X"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("Only contacts whose custom field K is V."),
                                     tr("K=V"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), tr("Only contacts assigned to this operator."),
                                          tr("NAME"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("Only contacts whose number belongs to this country (ISO 3166 alpha-2)."),
                                     tr("CC"));
    const QCommandLineOption sla(QStringLiteral("sla"), tr("Response-time target in seconds (default: 300)."),
                                 tr("SECONDS"));
    const QCommandLineOption revenueKey(QStringLiteral("revenue-key"),
                                        tr("Custom field holding a contact's revenue, for ROI (default: revenue)."),
                                        tr("KEY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the JSON document of METRICS.md."));
    parser.addOptions(
        {db, from, to, preset, tz, asOf, segmentKey, cost, segment, operatorName, country, sla, revenueKey, json});
    parser.process(arguments);

    if (!parser.isSet(db))
        return fail(tr("--db FILE is required."), kUsageError);
    const QString path = parser.value(db);
    if (!QFileInfo(path).isFile())
        return fail(tr("There is no store at %1.").arg(path), kUsageError);

    metrics::MetricsQuery query;
    query.zone = parser.isSet(tz) ? QTimeZone(parser.value(tz).toUtf8()) : QTimeZone::systemTimeZone();
    if (!query.zone.isValid())
        return fail(tr("Unknown time zone '%1'.").arg(parser.value(tz)), kUsageError);

    if (parser.isSet(preset)) {
        const auto which = metrics::Period::presetFromName(parser.value(preset));
        if (!which || *which == metrics::Period::Preset::Custom)
            return fail(tr("Unknown period preset '%1'.").arg(parser.value(preset)), kUsageError);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(query.zone).date();
        query.period = metrics::Period::preset(*which, today);
    } else {
        const auto first = parseDay(parser.value(from));
        const auto end = parseDay(parser.value(to));
        if (!first || !end)
            return fail(tr("--from and --to need dates as YYYY-MM-DD (or use --preset)."), kUsageError);
        query.period = metrics::Period{*first, *end};
    }
    if (!query.period.isValid())
        return fail(tr("The period is empty: --to must be after --from."), kUsageError);

    if (parser.isSet(asOf)) {
        query.asOf = parseInstant(parser.value(asOf), query.zone);
        if (!query.asOf)
            return fail(tr("--as-of needs an ISO 8601 time, e.g. 2026-11-25T21:00:00Z."), kUsageError);
    }
    if (parser.isSet(segmentKey))
        query.segmentKey = parser.value(segmentKey).trimmed();
    if (parser.isSet(revenueKey))
        query.revenueKey = parser.value(revenueKey).trimmed();
    if (parser.isSet(cost)) {
        bool ok = false;
        query.costPerMessage = parser.value(cost).toDouble(&ok);
        if (!ok || query.costPerMessage < 0)
            return fail(tr("--cost-per-message needs a number of at least 0."), kUsageError);
    }
    if (parser.isSet(sla)) {
        bool ok = false;
        query.slaSeconds = parser.value(sla).toLongLong(&ok);
        if (!ok || query.slaSeconds < 0)
            return fail(tr("--sla needs a whole number of seconds."), kUsageError);
    }
    if (parser.isSet(segment)) {
        const QString spec = parser.value(segment);
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("--segment needs KEY=VALUE."), kUsageError);
        query.filter.segmentKey = spec.left(eq).trimmed();
        query.filter.segmentValue = spec.mid(eq + 1).trimmed();
    }
    if (parser.isSet(operatorName))
        query.filter.operatorName = parser.value(operatorName).trimmed();
    if (parser.isSet(country))
        query.filter.country = parser.value(country).trimmed().toUpper();

    auto opened = store::Database::open(path);
    if (!opened)
        return fail(opened.error().message, 1);
    metrics::MetricsEngine engine(*opened.value());
    if (Error err = engine.refresh(); err.isError())
        return fail(err.message, 1);
    if (Error err = engine.validate(query); err.isError())
        return fail(err.message, kUsageError);
    auto snapshot = engine.computeCached(query);
    if (!snapshot)
        return fail(snapshot.error().message, snapshot.error().kind == Error::Kind::Validation ? kUsageError : 1);

    if (parser.isSet(json)) {
        const QByteArray document = metrics::MetricsJson::write(snapshot.value());
        std::fwrite(document.constData(), 1, size_t(document.size()), stdout);
        std::fflush(stdout);
    } else {
        printSummary(snapshot.value());
    }
    return 0;
}

} // namespace crmlens::cli
