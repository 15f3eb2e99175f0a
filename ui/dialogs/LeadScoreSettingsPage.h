#pragma once

#include "core/common/AppSettings.h"
#include "ui/dialogs/SettingsPage.h"

#include <QList>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace crmlens::ui {

// The lead-score weights (METRICS.md "Lead score"): points per factor, the windows they look
// at, and the score from which a lead is hot.
class LeadScoreSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LeadScoreSettingsPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    void load(const AppSettings& settings) override;
    QString validate() override;
    void save(AppSettings& settings) override;

    LeadWeightSettings weights() const;
    void setWeights(const LeadWeightSettings& weights);

private:
    struct Field
    {
        double LeadWeightSettings::*member;
        QDoubleSpinBox* box;
    };

    QDoubleSpinBox* addField(QFormLayout* form, double LeadWeightSettings::*member, const QString& name,
                             const QString& label, const QString& accessibleName, double min, double max,
                             const QString& suffix);
    void updateMaximum();

    QList<Field> m_fields;
    QSpinBox* m_hotThreshold;
    QLabel* m_maximum;
};

} // namespace crmlens::ui
