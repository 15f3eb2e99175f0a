#pragma once

#include "ui/dialogs/SettingsPage.h"

class QSpinBox;

namespace crmlens::ui {

// How often the app syncs while it watches a CRM, and the pace the CRM plan allows.
class SyncSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit SyncSettingsPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    void load(const AppSettings& settings) override;
    QString validate() override;
    void save(AppSettings& settings) override;

private:
    QSpinBox* m_cadence;
    QSpinBox* m_rate;
};

} // namespace crmlens::ui
