#include "core/common/AppSettings.h"

#include "core/common/SettingsSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crmlens {

using namespace settings;

double LeadWeightSettings::maximumScore() const
{
    const double profile = std::max({profileQualified, profileProposal, profileWon, profileLost, profileOther});
    return recencyMax + engagementMax + std::max(responsivenessMax, responsivenessWithoutTemplates) + profile;
}

QString AppSettings::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("crmlens.ini"));
}

QString AppSettings::newAccountId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList AppSettings::defaultInactiveStatuses()
{
    return {QStringLiteral("inactive"), QStringLiteral("blocked"), QStringLiteral("opted_out"),
            QStringLiteral("unsubscribed")};
}

AppSettings::AppSettings(const QString& path) : m_path(path)
{
    open();
}

AppSettings::~AppSettings()
{
    sync();
}

void AppSettings::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    if (m_settings->status() != QSettings::NoError || looksDamaged()) {
        startOver(m_settings->status() == QSettings::AccessError
                      ? tr("The settings file %1 could not be read, so CRM Lens started with default settings")
                            .arg(QDir::toNativeSeparators(m_path))
                      : tr("The settings file %1 was damaged, so CRM Lens started with default settings")
                            .arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    const bool fresh = m_settings->allKeys().isEmpty();
    const QStringList bad = dropBadValues();
    if (!bad.isEmpty()) {
        const QString copy = keepCopy();
        const QString what = bad.join(QStringLiteral(", "));
        setProblem(copy.isEmpty() ? tr("Some settings in %1 were unusable (%2) and went back to their defaults.")
                                        .arg(QDir::toNativeSeparators(m_path), what)
                                  : tr("Some settings in %1 were unusable (%2) and went back to their defaults; the "
                                       "original file was kept as %3.")
                                        .arg(QDir::toNativeSeparators(m_path), what, QDir::toNativeSeparators(copy)));
    }
    const int version = static_cast<int>(integer(kSchemaKey, 0, 0, std::numeric_limits<int>::max()));
    if (fresh) {
        m_settings->setValue(kSchemaKey, kSchemaVersion);
    } else if (version > kSchemaVersion) {
        if (m_problem.isEmpty())
            setProblem(tr("The settings file %1 comes from a newer CRM Lens; settings this version does not know "
                          "are left as they are.")
                           .arg(QDir::toNativeSeparators(m_path)));
    } else if (version < kSchemaVersion) {
        migrate(version);
    }
}

// Text settings hold no NUL bytes and are UTF-8; QSettings reads some binary garbage without
// complaint, so the bytes are checked too.
bool AppSettings::looksDamaged() const
{
    QFile file(m_path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return decoder.hasError();
}

void AppSettings::startOver(const QString& reason)
{
    const QString copy = keepCopy();
    m_settings.reset();
    if (!QFile::remove(m_path) && QFile::exists(m_path)) {
        // Cannot remove it (read-only folder): forget its content in memory at least.
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_settings->clear();
    } else {
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }
    m_settings->setValue(kSchemaKey, kSchemaVersion);
    setProblem(copy.isEmpty() ? tr("%1; no copy of the old file could be kept.").arg(reason)
                              : tr("%1; the old file was kept as %2.").arg(reason, QDir::toNativeSeparators(copy)));
}

// Removes every value of the wrong type (and array entries that cannot be used), so the getters
// fall back to defaults for them. Returns what was dropped, in words.
QStringList AppSettings::dropBadValues()
{
    QStringList dropped;
    const auto note = [&dropped](const QString& label) {
        if (!dropped.contains(label))
            dropped.append(label);
    };
    for (const ValueSpec& spec : valueSpecs()) {
        if (m_settings->contains(spec.key) && !usable(m_settings->value(spec.key), spec)) {
            m_settings->remove(spec.key);
            note(tr(spec.label));
        }
    }
    bool badAccount = false;
    const QList<AccountInfo> accountList = readArray<AccountInfo>(*m_settings, kAccountList, readAccount, &badAccount);
    if (badAccount) {
        writeAccounts(*m_settings, accountList);
        note(tr("accounts"));
    }
    bool badGroup = false;
    const QList<AbGroupSettings> groups = readArray<AbGroupSettings>(*m_settings, kAbGroups, readAbGroup, &badGroup);
    if (badGroup) {
        writeAbGroups(*m_settings, groups);
        note(tr("A/B groups"));
    }
    return dropped;
}

// Each step turns a file of version N into version N + 1, in order. Version 0 is a file
// written before the schema key existed: its keys already mean what version 1 says.
void AppSettings::migrate(int fromVersion)
{
    using Step = void (*)(QSettings&);
    static const QList<Step> steps{
        [](QSettings&) {}, // 0 -> 1
    };
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        steps.at(version)(*m_settings);
        m_settings->setValue(kSchemaKey, version + 1);
    }
}

QString AppSettings::keepCopy()
{
    if (!QFile::exists(m_path))
        return {};
    const QString base =
        m_path + QStringLiteral(".bad-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::copy(m_path, target))
        return {};
    m_backupPath = target;
    return target;
}

void AppSettings::setProblem(const QString& sentence)
{
    m_problem = sentence.endsWith(QLatin1Char('.')) ? sentence : sentence + QLatin1Char('.');
}

bool AppSettings::sync()
{
    if (!m_settings)
        return false;
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError) {
        setProblem(tr("The settings could not be saved to %1; check that the folder is writable")
                       .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    return true;
}

qint64 AppSettings::integer(const QString& key, qint64 fallback, qint64 min, qint64 max) const
{
    bool ok = false;
    const qint64 number = m_settings->value(key).toLongLong(&ok);
    return ok ? std::clamp(number, min, max) : fallback;
}

double AppSettings::real(const QString& key, double fallback, double min, double max) const
{
    bool ok = false;
    const double number = m_settings->value(key).toDouble(&ok);
    return ok && std::isfinite(number) ? std::clamp(number, min, max) : fallback;
}

QString AppSettings::text(const QString& key, const QString& fallback) const
{
    const QVariant value = m_settings->value(key);
    return isString(value) ? value.toString() : fallback;
}

// --- accounts ---

QList<AccountInfo> AppSettings::accounts() const
{
    return readArray<AccountInfo>(*m_settings, kAccountList, readAccount, nullptr);
}

std::optional<AccountInfo> AppSettings::account(const QString& id) const
{
    for (const AccountInfo& account : accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

QString AppSettings::saveAccount(const AccountInfo& account)
{
    AccountInfo stored = account;
    if (stored.id.trimmed().isEmpty())
        stored.id = newAccountId();
    stored.baseUrl = stored.kind == AccountInfo::Kind::Demo ? QString() : withoutCredentials(stored.baseUrl);
    stored.displayName = stored.displayName.trimmed();
    if (stored.displayName.isEmpty())
        stored.displayName =
            stored.kind == AccountInfo::Kind::Demo ? tr("Demo workspace") : QUrl(stored.baseUrl).host();
    QList<AccountInfo> list = accounts();
    const auto same = std::find_if(list.begin(), list.end(), [&](const AccountInfo& a) { return a.id == stored.id; });
    if (same != list.end())
        *same = stored;
    else
        list.append(stored);
    writeAccounts(*m_settings, list);
    return stored.id;
}

void AppSettings::removeAccount(const QString& id)
{
    QList<AccountInfo> list = accounts();
    list.removeIf([&id](const AccountInfo& account) { return account.id == id; });
    writeAccounts(*m_settings, list);
    if (text(kActiveAccount, {}) == id)
        m_settings->remove(kActiveAccount);
}

QString AppSettings::activeAccountId() const
{
    const QString id = text(kActiveAccount, {});
    return account(id) ? id : QString();
}

void AppSettings::setActiveAccountId(const QString& id)
{
    if (id.isEmpty())
        m_settings->remove(kActiveAccount);
    else
        m_settings->setValue(kActiveAccount, id);
}

// --- sync ---

int AppSettings::syncCadenceMinutes() const
{
    return static_cast<int>(integer(kCadence, kDefaultCadenceMinutes, kMinCadenceMinutes, kMaxCadenceMinutes));
}

void AppSettings::setSyncCadenceMinutes(int minutes)
{
    m_settings->setValue(kCadence, std::clamp(minutes, kMinCadenceMinutes, kMaxCadenceMinutes));
}

int AppSettings::requestsPerMinute() const
{
    return static_cast<int>(integer(kRequestsPerMinute, 0, 0, kMaxRequestsPerMinute));
}

void AppSettings::setRequestsPerMinute(int perMinute)
{
    m_settings->setValue(kRequestsPerMinute, std::clamp(perMinute, 0, kMaxRequestsPerMinute));
}

// --- metrics ---

QString AppSettings::timeZoneId() const
{
    const QString stored = text(kTimeZone, {});
    if (!stored.isEmpty() && QTimeZone::isTimeZoneIdAvailable(stored.toUtf8()))
        return stored;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return system.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(system);
}

QTimeZone AppSettings::timeZone() const
{
    return QTimeZone(timeZoneId().toUtf8());
}

bool AppSettings::followsSystemTimeZone() const
{
    const QString stored = text(kTimeZone, {});
    return stored.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(stored.toUtf8());
}

void AppSettings::setTimeZoneId(const QString& ianaId)
{
    const QString id = ianaId.trimmed();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        m_settings->remove(kTimeZone);
    else
        m_settings->setValue(kTimeZone, id);
}

qint64 AppSettings::slaSeconds() const
{
    return integer(kSla, 300, kMinSlaSeconds, kMaxSlaSeconds);
}

void AppSettings::setSlaSeconds(qint64 seconds)
{
    m_settings->setValue(kSla, std::clamp(seconds, kMinSlaSeconds, kMaxSlaSeconds));
}

QStringList AppSettings::inactiveStatuses() const
{
    if (!m_settings->contains(kInactive))
        return defaultInactiveStatuses();
    const QVariant value = m_settings->value(kInactive);
    QStringList statuses;
    const QStringList raw = isString(value) ? QStringList{value.toString()} : value.toStringList();
    for (const QString& status : raw) {
        if (!status.trimmed().isEmpty() && !statuses.contains(status.trimmed()))
            statuses.append(status.trimmed());
    }
    return statuses;
}

void AppSettings::setInactiveStatuses(const QStringList& statuses)
{
    QStringList clean;
    for (const QString& status : statuses) {
        const QString trimmed = status.trimmed();
        if (!trimmed.isEmpty() && !clean.contains(trimmed))
            clean.append(trimmed);
    }
    m_settings->setValue(kInactive, clean);
}

LeadWeightSettings AppSettings::leadWeights() const
{
    LeadWeightSettings weights;
    for (const WeightField& field : weightFields())
        weights.*field.member = real(weightKey(field.key), weights.*field.member, field.min, field.max);
    weights.hotThreshold = static_cast<int>(integer(kHotThreshold, weights.hotThreshold, 0, kMaxHotThreshold));
    return weights;
}

void AppSettings::setLeadWeights(const LeadWeightSettings& weights)
{
    const LeadWeightSettings defaults;
    for (const WeightField& field : weightFields()) {
        const double value = weights.*field.member;
        m_settings->setValue(weightKey(field.key),
                             std::isfinite(value) ? std::clamp(value, field.min, field.max) : defaults.*field.member);
    }
    m_settings->setValue(kHotThreshold, std::clamp(weights.hotThreshold, 0, kMaxHotThreshold));
}

double AppSettings::costPerMessage() const
{
    return real(kCost, 0, 0, kMaxCostPerMessage);
}

void AppSettings::setCostPerMessage(double cost)
{
    m_settings->setValue(kCost, std::isfinite(cost) ? std::clamp(cost, 0.0, kMaxCostPerMessage) : 0.0);
}

QString AppSettings::revenueKey() const
{
    const QString key = text(kRevenueKey, {}).trimmed();
    return key.isEmpty() ? kDefaultRevenueKey : key;
}

void AppSettings::setRevenueKey(const QString& key)
{
    if (key.trimmed().isEmpty())
        m_settings->remove(kRevenueKey);
    else
        m_settings->setValue(kRevenueKey, key.trimmed());
}

QString AppSettings::segmentKey() const
{
    const QString key = text(kSegmentKey, {}).trimmed();
    return key.isEmpty() ? kDefaultSegmentKey : key;
}

void AppSettings::setSegmentKey(const QString& key)
{
    if (key.trimmed().isEmpty())
        m_settings->remove(kSegmentKey);
    else
        m_settings->setValue(kSegmentKey, key.trimmed());
}

QList<AbGroupSettings> AppSettings::abGroups() const
{
    return readArray<AbGroupSettings>(*m_settings, kAbGroups, readAbGroup, nullptr);
}

void AppSettings::setAbGroups(const QList<AbGroupSettings>& groups)
{
    QList<AbGroupSettings> clean;
    for (AbGroupSettings group : groups) {
        group.name = group.name.trimmed();
        group.campaignVariants.removeIf([](const auto& pair) { return pair.first.trimmed().isEmpty(); });
        if (!group.name.isEmpty())
            clean.append(group);
    }
    writeAbGroups(*m_settings, clean);
}

// --- appearance and window ---

QString AppSettings::languageName(LanguageChoice language)
{
    switch (language) {
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::Spanish:
        return QStringLiteral("es");
    case LanguageChoice::System:
        break;
    }
    return QStringLiteral("system");
}

QString AppSettings::themeName(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

LanguageChoice AppSettings::language() const
{
    const QString name = text(kLanguage, {});
    for (LanguageChoice choice : {LanguageChoice::English, LanguageChoice::Spanish}) {
        if (name == languageName(choice))
            return choice;
    }
    return LanguageChoice::System;
}

void AppSettings::setLanguage(LanguageChoice language)
{
    m_settings->setValue(kLanguage, languageName(language));
}

ThemeChoice AppSettings::theme() const
{
    const QString name = text(kTheme, {});
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        if (name == themeName(choice))
            return choice;
    }
    return ThemeChoice::System;
}

void AppSettings::setTheme(ThemeChoice theme)
{
    m_settings->setValue(kTheme, themeName(theme));
}

QString AppSettings::lastPeriodPreset() const
{
    const QString name = text(kPeriodPreset, {});
    return periodPresetNames().contains(name) ? name : kDefaultPeriodPreset;
}

void AppSettings::setLastPeriodPreset(const QString& name)
{
    if (periodPresetNames().contains(name))
        m_settings->setValue(kPeriodPreset, name);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kWindowState, state);
}

} // namespace crmlens
