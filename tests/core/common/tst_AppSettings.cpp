#include "core/common/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace crmlens;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList backups(const QString& iniPath)
{
    const QFileInfo info(iniPath);
    return info.dir().entryList({info.fileName() + QStringLiteral(".bad-*")}, QDir::Files);
}

QByteArray randomBytes(quint32 seed, int size)
{
    QRandomGenerator random(seed);
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(static_cast<char>(random.bounded(256)));
    return bytes;
}

void verifyAllDefaults(const AppSettings& settings)
{
    QVERIFY(settings.accounts().isEmpty());
    QVERIFY(settings.activeAccountId().isEmpty());
    QCOMPARE(settings.syncCadenceMinutes(), AppSettings::kDefaultCadenceMinutes);
    QCOMPARE(settings.requestsPerMinute(), 0);
    QVERIFY(settings.followsSystemTimeZone());
    QVERIFY(settings.timeZone().isValid());
    QCOMPARE(settings.slaSeconds(), 300);
    QCOMPARE(settings.inactiveStatuses(), (QStringList{QStringLiteral("inactive"), QStringLiteral("blocked"),
                                                       QStringLiteral("opted_out"), QStringLiteral("unsubscribed")}));
    QCOMPARE(settings.leadWeights(), LeadWeightSettings{});
    QCOMPARE(settings.costPerMessage(), 0.0);
    QCOMPARE(settings.revenueKey(), QStringLiteral("revenue"));
    QCOMPARE(settings.segmentKey(), QStringLiteral("source"));
    QVERIFY(settings.abGroups().isEmpty());
    QCOMPARE(settings.language(), LanguageChoice::System);
    QCOMPARE(settings.theme(), ThemeChoice::System);
    QCOMPARE(settings.lastPeriodPreset(), QStringLiteral("30d"));
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
}

using Check = std::function<bool(const AppSettings&)>;
using Read = std::function<double(const AppSettings&)>;

} // namespace

Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Read)

class tst_AppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config/crmlens.ini"));
    }

    void freshFileGivesDefaultsAndAVersionedFile()
    {
        {
            AppSettings settings(m_path);
            verifyAllDefaults(settings);
            QVERIFY(settings.lastProblem().isEmpty());
            QVERIFY(settings.sync());
        }
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("schemaVersion")).toInt(), AppSettings::kSchemaVersion);
    }

    void everyValueRoundTrips()
    {
        LeadWeightSettings weights;
        weights.recencyMax = 25.5;
        weights.recencyWindowDays = 14;
        weights.engagementMax = 35;
        weights.engagementFullAt = 12;
        weights.engagementWindowDays = 21;
        weights.responsivenessMax = 15;
        weights.responsivenessWithoutTemplates = 8;
        weights.responsivenessWindowDays = 60;
        weights.profileQualified = 11;
        weights.profileProposal = 22;
        weights.profileWon = 24;
        weights.profileLost = 1;
        weights.profileOther = 4;
        weights.hotThreshold = 64;
        const QList<AbGroupSettings> groups{
            {QStringLiteral("Promo Ramadan"),
             {{QStringLiteral("camp_032"), QStringLiteral("A")}, {QStringLiteral("camp_033"), QStringLiteral("B")}}},
            {QStringLiteral("Relance ñandú ✨"), {{QStringLiteral("camp_040"), QStringLiteral("control")}}},
        };
        const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
        const QByteArray state("\x00state\x7f", 7);
        {
            AppSettings settings(m_path);
            settings.setSyncCadenceMinutes(30);
            settings.setRequestsPerMinute(300);
            settings.setTimeZoneId(QStringLiteral("Africa/Nairobi"));
            settings.setSlaSeconds(600);
            settings.setInactiveStatuses({QStringLiteral("blocked"), QStringLiteral("Closed for good")});
            settings.setLeadWeights(weights);
            settings.setCostPerMessage(0.0125);
            settings.setRevenueKey(QStringLiteral("order_value"));
            settings.setSegmentKey(QStringLiteral("lead_source"));
            settings.setAbGroups(groups);
            settings.setLanguage(LanguageChoice::Spanish);
            settings.setTheme(ThemeChoice::Dark);
            settings.setLastPeriodPreset(QStringLiteral("this_month"));
            settings.setWindowGeometry(geometry);
            settings.setWindowState(state);
            QVERIFY(settings.sync());
        }
        AppSettings settings(m_path);
        QVERIFY2(settings.lastProblem().isEmpty(), qPrintable(settings.lastProblem()));
        QCOMPARE(settings.syncCadenceMinutes(), 30);
        QCOMPARE(settings.requestsPerMinute(), 300);
        QCOMPARE(settings.timeZoneId(), QStringLiteral("Africa/Nairobi"));
        QVERIFY(!settings.followsSystemTimeZone());
        QCOMPARE(settings.timeZone(), QTimeZone("Africa/Nairobi"));
        QCOMPARE(settings.slaSeconds(), 600);
        QCOMPARE(settings.inactiveStatuses(),
                 (QStringList{QStringLiteral("blocked"), QStringLiteral("Closed for good")}));
        QCOMPARE(settings.leadWeights(), weights);
        QCOMPARE(settings.costPerMessage(), 0.0125);
        QCOMPARE(settings.revenueKey(), QStringLiteral("order_value"));
        QCOMPARE(settings.segmentKey(), QStringLiteral("lead_source"));
        QCOMPARE(settings.abGroups(), groups);
        QCOMPARE(settings.language(), LanguageChoice::Spanish);
        QCOMPARE(settings.theme(), ThemeChoice::Dark);
        QCOMPARE(settings.lastPeriodPreset(), QStringLiteral("this_month"));
        QCOMPARE(settings.windowGeometry(), geometry);
        QCOMPARE(settings.windowState(), state);
    }

    void accountsAreAddedReplacedAndRemoved()
    {
        QString crmId;
        {
            AppSettings settings(m_path);
            crmId = settings.saveAccount(
                {{}, QStringLiteral("Acme Kenya"), QStringLiteral("https://crm.acme.co.ke/"), AccountInfo::Kind::Crm});
            QVERIFY(!crmId.isEmpty());
            const QString demoId = settings.saveAccount(
                {QStringLiteral("demo"), {}, QStringLiteral("http://127.0.0.1:4321"), AccountInfo::Kind::Demo});
            QCOMPARE(demoId, QStringLiteral("demo"));
            settings.setActiveAccountId(crmId);
            QVERIFY(settings.sync());
        }
        AppSettings settings(m_path);
        const QList<AccountInfo> accounts = settings.accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0), (AccountInfo{crmId, QStringLiteral("Acme Kenya"),
                                              QStringLiteral("https://crm.acme.co.ke"), AccountInfo::Kind::Crm}));
        // The demo's simulator picks a new port every start: no URL is kept, and it gets a name.
        QCOMPARE(accounts.at(1).baseUrl, QString());
        QVERIFY(!accounts.at(1).displayName.isEmpty());
        QCOMPARE(settings.activeAccountId(), crmId);

        settings.saveAccount(
            {crmId, QStringLiteral("Acme"), QStringLiteral("https://crm2.acme.co.ke/api"), AccountInfo::Kind::Crm});
        QCOMPARE(settings.accounts().size(), 2);
        QCOMPARE(settings.account(crmId)->baseUrl, QStringLiteral("https://crm2.acme.co.ke/api"));
        QCOMPARE(settings.account(crmId)->displayName, QStringLiteral("Acme"));

        settings.removeAccount(crmId);
        QCOMPARE(settings.accounts().size(), 1);
        QVERIFY(!settings.account(crmId));
        QVERIFY(settings.activeAccountId().isEmpty());
    }

    void activeAccountMustExist()
    {
        AppSettings settings(m_path);
        settings.setActiveAccountId(QStringLiteral("gone"));
        QVERIFY(settings.activeAccountId().isEmpty());
    }

    void emptyInactiveListStaysEmpty()
    {
        {
            AppSettings settings(m_path);
            settings.setInactiveStatuses({QStringLiteral("  "), QString()});
            QVERIFY(settings.sync());
        }
        AppSettings settings(m_path);
        QVERIFY(settings.inactiveStatuses().isEmpty());
    }

    void unknownTimeZoneFollowsTheSystem()
    {
        AppSettings settings(m_path);
        settings.setTimeZoneId(QStringLiteral("Asia/Kolkata"));
        QCOMPARE(settings.timeZoneId(), QStringLiteral("Asia/Kolkata"));
        settings.setTimeZoneId(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(settings.followsSystemTimeZone());
        QVERIFY(settings.timeZone().isValid());
    }

    void damagedFileFallsBackToDefaultsAndIsKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("random bytes, seed %u", seed) << randomBytes(seed, 4096);
        QTest::newRow("NUL inside a good-looking file") << QByteArray("[metrics]\nslaSeconds=600\0\n", 25);
        QTest::newRow("not UTF-8") << QByteArray("[appearance]\ntheme=\xff\xfe\xfd\n");
        QTest::newRow("unterminated section") << QByteArray("[metrics\nslaSeconds=600\n");
    }

    void damagedFileFallsBackToDefaultsAndIsKept()
    {
        QFETCH(QByteArray, bytes);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, bytes);
        {
            AppSettings settings(m_path);
            verifyAllDefaults(settings);
            QVERIFY(!settings.lastProblem().isEmpty());
            QVERIFY2(settings.lastProblem().contains(QDir::toNativeSeparators(settings.backupPath())),
                     qPrintable(settings.lastProblem()));
            QCOMPARE(readFile(settings.backupPath()), bytes);
            QCOMPARE(backups(m_path).size(), 1);
            settings.setTheme(ThemeChoice::Light);
            QVERIFY(settings.sync());
        }
        // The file written afterwards is a clean one.
        AppSettings again(m_path);
        QVERIFY2(again.lastProblem().isEmpty(), qPrintable(again.lastProblem()));
        QCOMPARE(again.theme(), ThemeChoice::Light);
        QCOMPARE(backups(m_path).size(), 1);
    }

    void valuesOfTheWrongTypeFallBack_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("label");
        QTest::addColumn<Check>("isDefault");
        QTest::newRow("sla text") << QByteArray("[metrics]\nslaSeconds=soon") << QStringLiteral("SLA")
                                  << Check([](const AppSettings& s) { return s.slaSeconds() == 300; });
        QTest::newRow("cost nan") << QByteArray("[metrics]\ncostPerMessage=nan") << QStringLiteral("cost per message")
                                  << Check([](const AppSettings& s) { return s.costPerMessage() == 0; });
        QTest::newRow("revenue list") << QByteArray("[metrics]\nrevenueKey=a, b") << QStringLiteral("revenue field")
                                      << Check([](const AppSettings& s) {
                                             return s.revenueKey() == QLatin1String("revenue");
                                         });
        QTest::newRow("unknown zone") << QByteArray("[metrics]\ntimeZone=Mars/Olympus_Mons")
                                      << QStringLiteral("time zone")
                                      << Check([](const AppSettings& s) { return s.followsSystemTimeZone(); });
        QTest::newRow("statuses bytes") << QByteArray("[metrics]\ninactiveStatuses=@ByteArray(x)")
                                        << QStringLiteral("inactive statuses") << Check([](const AppSettings& s) {
                                               return s.inactiveStatuses() == AppSettings::defaultInactiveStatuses();
                                           });
        QTest::newRow("theme") << QByteArray("[appearance]\ntheme=purple") << QStringLiteral("theme")
                               << Check([](const AppSettings& s) { return s.theme() == ThemeChoice::System; });
        QTest::newRow("language") << QByteArray("[appearance]\nlanguage=klingon") << QStringLiteral("language")
                                  << Check([](const AppSettings& s) { return s.language() == LanguageChoice::System; });
        QTest::newRow("geometry text") << QByteArray("[window]\ngeometry=big") << QStringLiteral("window size")
                                       << Check([](const AppSettings& s) { return s.windowGeometry().isEmpty(); });
        QTest::newRow("weight text") << QByteArray("[leadScore]\nrecencyMax=lots")
                                     << QStringLiteral("lead-score weights")
                                     << Check([](const AppSettings& s) { return s.leadWeights().recencyMax == 30; });
        QTest::newRow("cadence float text") << QByteArray("[sync]\ncadenceMinutes=1.5.2")
                                            << QStringLiteral("sync cadence") << Check([](const AppSettings& s) {
                                                   return s.syncCadenceMinutes() == AppSettings::kDefaultCadenceMinutes;
                                               });
        QTest::newRow("period") << QByteArray("[view]\nlastPeriodPreset=forever") << QStringLiteral("period")
                                << Check([](const AppSettings& s) {
                                       return s.lastPeriodPreset() == QLatin1String("30d");
                                   });
    }

    void valuesOfTheWrongTypeFallBack()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, label);
        QFETCH(Check, isDefault);
        // A good value in the same file survives.
        const QByteArray bytes = "[General]\nschemaVersion=1\n[sync]\nrequestsPerMinute=120\n" + line + '\n';
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, bytes);
        {
            AppSettings settings(m_path);
            QVERIFY(isDefault(settings));
            QCOMPARE(settings.requestsPerMinute(), 120);
            QVERIFY2(settings.lastProblem().contains(label), qPrintable(settings.lastProblem()));
            QCOMPARE(readFile(settings.backupPath()), bytes);
        }
        AppSettings again(m_path);
        QVERIFY2(again.lastProblem().isEmpty(), qPrintable(again.lastProblem()));
        QVERIFY(isDefault(again));
        QCOMPARE(again.requestsPerMinute(), 120);
    }

    void unusableAccountEntriesAreDropped()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, "[General]\nschemaVersion=1\n"
                          "[accounts]\nactive=good\n"
                          "list\\1\\id=good\nlist\\1\\name=Good\nlist\\1\\baseUrl=https://crm.example.com\n"
                          "list\\1\\kind=crm\n"
                          "list\\2\\name=No id\nlist\\2\\baseUrl=https://x.example.com\nlist\\2\\kind=crm\n"
                          "list\\3\\id=odd\nlist\\3\\baseUrl=https://y.example.com\nlist\\3\\kind=banana\n"
                          "list\\4\\id=nourl\nlist\\4\\kind=crm\n"
                          "list\\size=4\n");
        AppSettings settings(m_path);
        const QList<AccountInfo> accounts = settings.accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().id, QStringLiteral("good"));
        QCOMPARE(settings.activeAccountId(), QStringLiteral("good"));
        QVERIFY2(settings.lastProblem().contains(QStringLiteral("accounts")), qPrintable(settings.lastProblem()));
        QVERIFY(!settings.backupPath().isEmpty());
    }

    void outOfRangeValuesAreClamped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Read>("read");
        QTest::addColumn<double>("expected");
        QTest::newRow("sla negative") << QByteArray("[metrics]\nslaSeconds=-5")
                                      << Read([](const AppSettings& s) { return double(s.slaSeconds()); }) << 1.0;
        QTest::newRow("sla huge") << QByteArray("[metrics]\nslaSeconds=99999999999")
                                  << Read([](const AppSettings& s) { return double(s.slaSeconds()); })
                                  << double(AppSettings::kMaxSlaSeconds);
        QTest::newRow("cadence zero") << QByteArray("[sync]\ncadenceMinutes=0")
                                      << Read([](const AppSettings& s) { return double(s.syncCadenceMinutes()); })
                                      << double(AppSettings::kMinCadenceMinutes);
        QTest::newRow("rate negative") << QByteArray("[sync]\nrequestsPerMinute=-60")
                                       << Read([](const AppSettings& s) { return double(s.requestsPerMinute()); })
                                       << 0.0;
        QTest::newRow("cost negative") << QByteArray("[metrics]\ncostPerMessage=-0.5")
                                       << Read([](const AppSettings& s) { return s.costPerMessage(); }) << 0.0;
        QTest::newRow("window days zero")
            << QByteArray("[leadScore]\nrecencyWindowDays=0")
            << Read([](const AppSettings& s) { return s.leadWeights().recencyWindowDays; }) << 1.0;
        QTest::newRow("weight huge") << QByteArray("[leadScore]\nprofileWon=1e9")
                                     << Read([](const AppSettings& s) { return s.leadWeights().profileWon; })
                                     << AppSettings::kMaxWeightPoints;
        QTest::newRow("threshold negative")
            << QByteArray("[leadScore]\nhotThreshold=-3")
            << Read([](const AppSettings& s) { return double(s.leadWeights().hotThreshold); }) << 0.0;
    }

    void outOfRangeValuesAreClamped()
    {
        QFETCH(QByteArray, line);
        QFETCH(Read, read);
        QFETCH(double, expected);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, "[General]\nschemaVersion=1\n" + line + '\n');
        AppSettings settings(m_path);
        QCOMPARE(read(settings), expected);
        // A number out of range is still a number: nothing to report, nothing to back up.
        QVERIFY(settings.lastProblem().isEmpty());
        QVERIFY(backups(m_path).isEmpty());
    }

    void settersClamp()
    {
        AppSettings settings(m_path);
        settings.setSlaSeconds(0);
        QCOMPARE(settings.slaSeconds(), AppSettings::kMinSlaSeconds);
        settings.setSyncCadenceMinutes(100000);
        QCOMPARE(settings.syncCadenceMinutes(), AppSettings::kMaxCadenceMinutes);
        settings.setRequestsPerMinute(-1);
        QCOMPARE(settings.requestsPerMinute(), 0);
        settings.setCostPerMessage(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(settings.costPerMessage(), 0.0);
        settings.setCostPerMessage(-2);
        QCOMPARE(settings.costPerMessage(), 0.0);
        LeadWeightSettings weights;
        weights.engagementFullAt = 0;
        weights.recencyMax = std::numeric_limits<double>::infinity();
        weights.hotThreshold = -10;
        settings.setLeadWeights(weights);
        QCOMPARE(settings.leadWeights().engagementFullAt, 1.0);
        QCOMPARE(settings.leadWeights().recencyMax, 30.0);
        QCOMPARE(settings.leadWeights().hotThreshold, 0);
        settings.setLastPeriodPreset(QStringLiteral("forever"));
        QCOMPARE(settings.lastPeriodPreset(), QStringLiteral("30d"));
        settings.setRevenueKey(QStringLiteral("   "));
        QCOMPARE(settings.revenueKey(), QStringLiteral("revenue"));
    }

    void noKeyLikeValueIsEverWritten()
    {
        const QString secret = QStringLiteral("sk_live_5f1e2d3c4b5a69788796a5b4c3d2e1f0");
        {
            AppSettings settings(m_path);
            const QString id = settings.saveAccount(
                {{},
                 QStringLiteral("Acme"),
                 QStringLiteral("https://admin:%1@crm.acme.co.ke/crm/?api_key=%1&x=1#%1").arg(secret),
                 AccountInfo::Kind::Crm});
            settings.saveAccount({QStringLiteral("demo"), QStringLiteral("Demo"),
                                  QStringLiteral("http://127.0.0.1:9/?key=%1").arg(secret), AccountInfo::Kind::Demo});
            settings.setActiveAccountId(id);
            QCOMPARE(settings.account(id)->baseUrl, QStringLiteral("https://crm.acme.co.ke/crm"));
            settings.setSyncCadenceMinutes(5);
            settings.setRequestsPerMinute(60);
            settings.setSlaSeconds(120);
            settings.setTimeZoneId(QStringLiteral("Africa/Nairobi"));
            settings.setInactiveStatuses({QStringLiteral("blocked")});
            settings.setLeadWeights({});
            settings.setCostPerMessage(0.5);
            settings.setAbGroups({{QStringLiteral("Group"), {{QStringLiteral("camp_1"), QStringLiteral("A")}}}});
            settings.setTheme(ThemeChoice::Dark);
            settings.setLanguage(LanguageChoice::English);
            settings.setWindowGeometry(QByteArrayLiteral("geometry"));
            QVERIFY(settings.sync());
        }
        const QByteArray bytes = readFile(m_path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.toLatin1()));
        QVERIFY(!bytes.contains("admin"));
        QVERIFY(!bytes.contains("api_key"));
        QSettings raw(m_path, QSettings::IniFormat);
        static const QRegularExpression secretish(QStringLiteral("api.?key|secret|token|password|credential"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const QStringList keys = raw.allKeys();
        QVERIFY(keys.size() > 20);
        for (const QString& key : keys)
            QVERIFY2(!secretish.match(key).hasMatch(), qPrintable(key));
    }

    void fileWithoutSchemaVersionIsMigrated()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, "[metrics]\nslaSeconds=900\n");
        {
            AppSettings settings(m_path);
            QVERIFY(settings.lastProblem().isEmpty());
            QCOMPARE(settings.slaSeconds(), 900);
        }
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("schemaVersion")).toInt(), AppSettings::kSchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("metrics/slaSeconds")).toInt(), 900);
    }

    void fileFromANewerVersionIsReadAndLeftAtItsVersion()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeFile(m_path, "[General]\nschemaVersion=99\nfutureThing=yes\n[metrics]\nslaSeconds=900\n");
        {
            AppSettings settings(m_path);
            QCOMPARE(settings.slaSeconds(), 900);
            QVERIFY(settings.lastProblem().contains(QStringLiteral("newer")));
        }
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("schemaVersion")).toInt(), 99);
        QCOMPARE(raw.value(QStringLiteral("futureThing")).toString(), QStringLiteral("yes"));
    }

    void leadWeightMaximumScore()
    {
        LeadWeightSettings weights;
        QCOMPARE(weights.maximumScore(), 30.0 + 30.0 + 20.0 + 20.0);
        weights.profileOther = 40;
        weights.responsivenessWithoutTemplates = 25;
        QCOMPARE(weights.maximumScore(), 30.0 + 30.0 + 25.0 + 40.0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
