#include "ui/dialogs/SyncSettingsPage.h"

#include "core/common/AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crmlens::ui {

SyncSettingsPage::SyncSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setRange(AppSettings::kMinCadenceMinutes, AppSettings::kMaxCadenceMinutes);
    m_cadence->setSuffix(tr(" min"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0, AppSettings::kMaxRequestsPerMinute);
    m_rate->setSingleStep(60);
    m_rate->setSuffix(tr(" per minute"));
    m_rate->setSpecialValueText(tr("Learn it from the CRM"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addRow(form, tr("Sync &every:"), m_cadence, tr("Minutes between sync rounds"));
    addRow(form, tr("&Requests allowed:"), m_rate, tr("Requests per minute your CRM plan allows"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note(tr("While a CRM is open, CRM Lens fetches what changed this often. The CRM limits how "
                              "many requests a key may make per minute (60 on the basic plan, 300 or 1,000 on "
                              "larger ones); leave it at \"Learn it from the CRM\" to follow what the CRM "
                              "announces."),
                           this));
    layout->addStretch(1);
}

QString SyncSettingsPage::pageTitle() const
{
    return tr("Sync");
}

void SyncSettingsPage::load(const AppSettings& settings)
{
    m_cadence->setValue(settings.syncCadenceMinutes());
    m_rate->setValue(settings.requestsPerMinute());
}

QString SyncSettingsPage::validate()
{
    // Both spin boxes only hold values in range; text typed but not yet committed is checked here.
    for (QSpinBox* box : {m_cadence, m_rate}) {
        if (!box->hasAcceptableInput()) {
            box->setFocus();
            return tr("Enter a whole number between %1 and %2.").arg(box->minimum()).arg(box->maximum());
        }
    }
    return {};
}

void SyncSettingsPage::save(AppSettings& settings)
{
    settings.setSyncCadenceMinutes(m_cadence->value());
    settings.setRequestsPerMinute(m_rate->value());
}

} // namespace crmlens::ui
