#include "core/common/SettingsSchema.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace crmlens::settings {

namespace {

QString kindName(AccountInfo::Kind kind)
{
    return kind == AccountInfo::Kind::Demo ? QStringLiteral("demo") : QStringLiteral("crm");
}

std::optional<AccountInfo::Kind> kindFromName(const QVariant& value)
{
    if (!isString(value))
        return std::nullopt;
    if (value.toString() == QLatin1String("demo"))
        return AccountInfo::Kind::Demo;
    if (value.toString() == QLatin1String("crm"))
        return AccountInfo::Kind::Crm;
    return std::nullopt;
}

} // namespace

const QStringList& periodPresetNames()
{
    // The names metrics::Period::presetFromName understands.
    static const QStringList names{
        QStringLiteral("today"),   QStringLiteral("7d"),         QStringLiteral("30d"),
        QStringLiteral("90d"),     QStringLiteral("this_month"), QStringLiteral("last_month"),
        QStringLiteral("quarter"), QStringLiteral("year"),       QStringLiteral("custom")};
    return names;
}

const QList<WeightField>& weightFields()
{
    using W = LeadWeightSettings;
    constexpr double points = AppSettings::kMaxWeightPoints;
    constexpr double days = AppSettings::kMaxWindowDays;
    static const QList<WeightField> fields{
        {"recencyMax", &W::recencyMax, 0, points},
        {"recencyWindowDays", &W::recencyWindowDays, 1, days},
        {"engagementMax", &W::engagementMax, 0, points},
        {"engagementFullAt", &W::engagementFullAt, 1, 100000},
        {"engagementWindowDays", &W::engagementWindowDays, 1, days},
        {"responsivenessMax", &W::responsivenessMax, 0, points},
        {"responsivenessWithoutTemplates", &W::responsivenessWithoutTemplates, 0, points},
        {"responsivenessWindowDays", &W::responsivenessWindowDays, 1, days},
        {"profileQualified", &W::profileQualified, 0, points},
        {"profileProposal", &W::profileProposal, 0, points},
        {"profileWon", &W::profileWon, 0, points},
        {"profileLost", &W::profileLost, 0, points},
        {"profileOther", &W::profileOther, 0, points},
    };
    return fields;
}

QString weightKey(const char* field)
{
    return QStringLiteral("leadScore/") + QLatin1String(field);
}

const QList<ValueSpec>& valueSpecs()
{
    static const QList<ValueSpec> specs = [] {
        QList<ValueSpec> list{
            {kSchemaKey, ValueKind::Integer, {}, QT_TRANSLATE_NOOP("AppSettings", "schema version")},
            {kActiveAccount, ValueKind::Text, {}, QT_TRANSLATE_NOOP("AppSettings", "active account")},
            {kCadence, ValueKind::Integer, {}, QT_TRANSLATE_NOOP("AppSettings", "sync cadence")},
            {kRequestsPerMinute, ValueKind::Integer, {}, QT_TRANSLATE_NOOP("AppSettings", "rate plan")},
            {kTimeZone, ValueKind::Zone, {}, QT_TRANSLATE_NOOP("AppSettings", "time zone")},
            {kSla, ValueKind::Integer, {}, QT_TRANSLATE_NOOP("AppSettings", "SLA")},
            {kInactive, ValueKind::List, {}, QT_TRANSLATE_NOOP("AppSettings", "inactive statuses")},
            {kCost, ValueKind::Real, {}, QT_TRANSLATE_NOOP("AppSettings", "cost per message")},
            {kRevenueKey, ValueKind::Text, {}, QT_TRANSLATE_NOOP("AppSettings", "revenue field")},
            {kSegmentKey, ValueKind::Text, {}, QT_TRANSLATE_NOOP("AppSettings", "segment field")},
            {kLanguage,
             ValueKind::Choice,
             {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("es")},
             QT_TRANSLATE_NOOP("AppSettings", "language")},
            {kTheme,
             ValueKind::Choice,
             {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")},
             QT_TRANSLATE_NOOP("AppSettings", "theme")},
            {kPeriodPreset, ValueKind::Choice, periodPresetNames(), QT_TRANSLATE_NOOP("AppSettings", "period")},
            {kGeometry, ValueKind::Bytes, {}, QT_TRANSLATE_NOOP("AppSettings", "window size")},
            {kWindowState, ValueKind::Bytes, {}, QT_TRANSLATE_NOOP("AppSettings", "window layout")},
            {kHotThreshold, ValueKind::Integer, {}, QT_TRANSLATE_NOOP("AppSettings", "hot lead threshold")},
        };
        for (const WeightField& field : weightFields())
            list.append(
                {weightKey(field.key), ValueKind::Real, {}, QT_TRANSLATE_NOOP("AppSettings", "lead-score weights")});
        return list;
    }();
    return specs;
}

bool isString(const QVariant& value)
{
    return value.typeId() == QMetaType::QString;
}

bool usable(const QVariant& value, const ValueSpec& spec)
{
    bool ok = false;
    switch (spec.kind) {
    case ValueKind::Integer:
        value.toLongLong(&ok);
        return ok;
    case ValueKind::Real: {
        const double number = value.toDouble(&ok);
        return ok && std::isfinite(number);
    }
    case ValueKind::Text:
        return isString(value);
    case ValueKind::Choice:
        return isString(value) && spec.choices.contains(value.toString());
    case ValueKind::List:
        return !value.isValid() || isString(value) || value.typeId() == QMetaType::QStringList;
    case ValueKind::Bytes:
        return value.typeId() == QMetaType::QByteArray;
    case ValueKind::Zone:
        return isString(value) && QTimeZone::isTimeZoneIdAvailable(value.toString().toUtf8());
    }
    return false;
}

QString withoutCredentials(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

// An account entry is usable when every field has its type, the id is set and a CRM has a URL.
std::optional<AccountInfo> readAccount(const QSettings& settings)
{
    const QVariant id = settings.value(QStringLiteral("id"));
    const QVariant name = settings.value(QStringLiteral("name"));
    const QVariant url = settings.value(QStringLiteral("baseUrl"));
    const std::optional<AccountInfo::Kind> kind = kindFromName(settings.value(QStringLiteral("kind")));
    if (!isString(id) || id.toString().isEmpty() || !kind)
        return std::nullopt;
    if ((name.isValid() && !isString(name)) || (url.isValid() && !isString(url)))
        return std::nullopt;
    AccountInfo account{id.toString(), name.toString(), withoutCredentials(url.toString()), *kind};
    if (account.kind == AccountInfo::Kind::Crm && account.baseUrl.isEmpty())
        return std::nullopt;
    if (account.kind == AccountInfo::Kind::Demo)
        account.baseUrl.clear();
    return account;
}

std::optional<AbGroupSettings> readAbGroup(QSettings& settings)
{
    const QVariant name = settings.value(QStringLiteral("name"));
    if (!isString(name) || name.toString().trimmed().isEmpty())
        return std::nullopt;
    AbGroupSettings group{name.toString().trimmed(), {}};
    const int count = settings.beginReadArray(QStringLiteral("campaigns"));
    bool ok = true;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QVariant campaign = settings.value(QStringLiteral("campaign"));
        const QVariant variant = settings.value(QStringLiteral("variant"));
        if (!isString(campaign) || !isString(variant) || campaign.toString().isEmpty()) {
            ok = false;
            break;
        }
        group.campaignVariants.append({campaign.toString(), variant.toString()});
    }
    settings.endArray();
    if (!ok)
        return std::nullopt;
    return group;
}

void writeAccounts(QSettings& settings, const QList<AccountInfo>& accounts)
{
    settings.remove(kAccountList);
    settings.beginWriteArray(kAccountList, static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        const AccountInfo& account = accounts.at(i);
        settings.setValue(QStringLiteral("id"), account.id);
        settings.setValue(QStringLiteral("name"), account.displayName);
        settings.setValue(QStringLiteral("baseUrl"), account.baseUrl);
        settings.setValue(QStringLiteral("kind"), kindName(account.kind));
    }
    settings.endArray();
}

void writeAbGroups(QSettings& settings, const QList<AbGroupSettings>& groups)
{
    settings.remove(kAbGroups);
    settings.beginWriteArray(kAbGroups, static_cast<int>(groups.size()));
    for (int i = 0; i < groups.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), groups.at(i).name);
        const auto& pairs = groups.at(i).campaignVariants;
        settings.beginWriteArray(QStringLiteral("campaigns"), static_cast<int>(pairs.size()));
        for (int j = 0; j < pairs.size(); ++j) {
            settings.setArrayIndex(j);
            settings.setValue(QStringLiteral("campaign"), pairs.at(j).first);
            settings.setValue(QStringLiteral("variant"), pairs.at(j).second);
        }
        settings.endArray();
    }
    settings.endArray();
}

} // namespace crmlens::settings
