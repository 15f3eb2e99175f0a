#include "core/session/QueryDefaults.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crmlens;

// The query the dashboards start from must carry what the user set, and with nothing set it must
// be exactly the METRICS.md defaults the engine has.
class tst_QueryDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedSettingsGiveTheEngineDefaults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(QStringLiteral("crmlens.ini")));
        const metrics::MetricsQuery query = session::queryDefaults(settings);
        const metrics::MetricsQuery engine;
        QCOMPARE(query.slaSeconds, engine.slaSeconds);
        QCOMPARE(query.inactiveStatuses, engine.inactiveStatuses);
        QVERIFY(query.leadWeights == engine.leadWeights);
        QCOMPARE(query.costPerMessage, engine.costPerMessage);
        QCOMPARE(query.revenueKey, engine.revenueKey);
        QCOMPARE(query.segmentKey, engine.segmentKey);
        QVERIFY(query.abGroups.isEmpty());
        QCOMPARE(query.zone, settings.timeZone());
        QVERIFY(query.zone.isValid());
        QVERIFY(query.filter.isEmpty());
    }

    void settingsShapeTheQuery()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(QStringLiteral("crmlens.ini")));
        settings.setTimeZoneId(QStringLiteral("Africa/Nairobi"));
        settings.setSlaSeconds(120);
        settings.setInactiveStatuses({QStringLiteral("blocked")});
        LeadWeightSettings weights;
        weights.profileWon = 35;
        weights.engagementFullAt = 4;
        weights.hotThreshold = 55;
        settings.setLeadWeights(weights);
        settings.setCostPerMessage(0.02);
        settings.setRevenueKey(QStringLiteral("order_value"));
        settings.setSegmentKey(QStringLiteral("channel"));
        settings.setAbGroups(
            {{QStringLiteral("Spring"),
              {{QStringLiteral("camp_1"), QStringLiteral("A")}, {QStringLiteral("camp_2"), QStringLiteral("B")}}}});

        const metrics::MetricsQuery query = session::queryDefaults(settings);
        QCOMPARE(query.zone, QTimeZone("Africa/Nairobi"));
        QCOMPARE(query.slaSeconds, 120);
        QCOMPARE(query.inactiveStatuses, QStringList{QStringLiteral("blocked")});
        QCOMPARE(query.leadWeights.profileWon, 35.0);
        QCOMPARE(query.leadWeights.engagementFullAt, 4.0);
        QCOMPARE(query.leadWeights.hotThreshold, 55);
        QCOMPARE(query.leadWeights.recencyMax, 30.0);
        QCOMPARE(query.costPerMessage, 0.02);
        QCOMPARE(query.revenueKey, QStringLiteral("order_value"));
        QCOMPARE(query.segmentKey, QStringLiteral("channel"));
        QCOMPARE(query.abGroups.size(), 1);
        QCOMPARE(query.abGroups.first().name, QStringLiteral("Spring"));
        QCOMPARE(query.abGroups.first().campaignVariants.size(), 2);
        QCOMPARE(query.abGroups.first().campaignVariants.at(1),
                 (QPair<QString, QString>{QStringLiteral("camp_2"), QStringLiteral("B")}));
    }

    void weightsConvertBothWays()
    {
        metrics::LeadScoreWeights engine;
        engine.recencyMax = 1;
        engine.recencyWindowDays = 2;
        engine.engagementMax = 3;
        engine.engagementFullAt = 4;
        engine.engagementWindowDays = 5;
        engine.responsivenessMax = 6;
        engine.responsivenessWithoutTemplates = 7;
        engine.responsivenessWindowDays = 8;
        engine.profileQualified = 9;
        engine.profileProposal = 10;
        engine.profileWon = 11;
        engine.profileLost = 12;
        engine.profileOther = 13;
        engine.hotThreshold = 14;
        const LeadWeightSettings stored = session::toLeadWeightSettings(engine);
        QCOMPARE(stored.profileLost, 12.0);
        QCOMPARE(stored.hotThreshold, 14);
        QVERIFY(session::toLeadScoreWeights(stored) == engine);
        QVERIFY(session::toLeadWeightSettings(metrics::LeadScoreWeights{}) == LeadWeightSettings{});
    }
};

QTEST_GUILESS_MAIN(tst_QueryDefaults)
#include "tst_QueryDefaults.moc"
