#pragma once

#include "ui/dialogs/SettingsPage.h"

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace crmlens::ui {

// The choices METRICS.md leaves to the business: its time zone, the reply SLA, which statuses
// mean a contact left, what a message costs and where revenue and segments are kept.
class MetricsSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit MetricsSettingsPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    void load(const AppSettings& settings) override;
    QString validate() override;
    void save(AppSettings& settings) override;

private:
    // The IANA id the combo names, "" for the system's zone, or nullopt when it names none.
    std::optional<QString> chosenZone() const;

    QComboBox* m_zone;
    QSpinBox* m_sla;
    QLineEdit* m_inactive;
    QDoubleSpinBox* m_cost;
    QLineEdit* m_revenueKey;
    QLineEdit* m_segmentKey;
};

} // namespace crmlens::ui
