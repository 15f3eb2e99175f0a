#include "ui/dialogs/MetricsSettingsPage.h"

#include "core/common/AppSettings.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace crmlens::ui {

namespace {

QStringList splitStatuses(const QString& text)
{
    QStringList statuses;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            statuses.append(part.trimmed());
    }
    return statuses;
}

// Custom-field keys as the CRM spells them: no spaces around, no commas.
bool isFieldKey(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s,]+(?: [^\\s,]+)*$"));
    return pattern.match(text).hasMatch();
}

} // namespace

MetricsSettingsPage::MetricsSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zone->addItem(tr("The system's (%1)").arg(system.isEmpty() ? QStringLiteral("UTC") : system), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setMinimumContentsLength(24);

    m_sla = new QSpinBox(this);
    m_sla->setObjectName(QStringLiteral("slaSpin"));
    m_sla->setRange(static_cast<int>(AppSettings::kMinSlaSeconds), static_cast<int>(AppSettings::kMaxSlaSeconds));
    m_sla->setSingleStep(60);
    m_sla->setSuffix(tr(" seconds"));
    m_inactive = new QLineEdit(this);
    m_inactive->setObjectName(QStringLiteral("inactiveStatusesEdit"));
    m_inactive->setPlaceholderText(tr("inactive, blocked, opted_out, unsubscribed"));
    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("costSpin"));
    m_cost->setRange(0, AppSettings::kMaxCostPerMessage);
    m_cost->setDecimals(4);
    m_cost->setSingleStep(0.01);
    m_cost->setSpecialValueText(tr("Not set (no ROI)"));
    m_revenueKey = new QLineEdit(this);
    m_revenueKey->setObjectName(QStringLiteral("revenueKeyEdit"));
    m_revenueKey->setPlaceholderText(QStringLiteral("revenue"));
    m_segmentKey = new QLineEdit(this);
    m_segmentKey->setObjectName(QStringLiteral("segmentKeyEdit"));
    m_segmentKey->setPlaceholderText(QStringLiteral("source"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("Business &time zone:"), m_zone, tr("Business time zone"));
    addHint(form, m_zone, tr("Days, hours and weekdays in every chart follow this zone."));
    addRow(form, tr("Reply &SLA:"), m_sla, tr("Reply SLA in seconds"));
    addHint(form, m_sla, tr("A customer's message answered within this time meets the SLA."));
    addRow(form, tr("&Inactive statuses:"), m_inactive, tr("Inactive statuses, separated by commas"));
    addHint(form, m_inactive, tr("Chat statuses, separated by commas, that mean a contact left."));
    addRow(form, tr("&Cost per message:"), m_cost, tr("Cost per campaign message"));
    addRow(form, tr("&Revenue field:"), m_revenueKey, tr("Custom field that holds revenue"));
    addHint(form, m_revenueKey, tr("Campaign ROI: this field's revenue from contacts who replied, over the cost."));
    addRow(form, tr("Se&gment field:"), m_segmentKey, tr("Custom field that segments contacts"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
}

QString MetricsSettingsPage::pageTitle() const
{
    return tr("Metrics");
}

void MetricsSettingsPage::load(const AppSettings& settings)
{
    if (settings.followsSystemTimeZone())
        m_zone->setCurrentIndex(0);
    else
        m_zone->setCurrentIndex(std::max(0, m_zone->findData(settings.timeZoneId())));
    m_sla->setValue(static_cast<int>(settings.slaSeconds()));
    m_inactive->setText(settings.inactiveStatuses().join(QStringLiteral(", ")));
    m_cost->setValue(settings.costPerMessage());
    m_revenueKey->setText(settings.revenueKey());
    m_segmentKey->setText(settings.segmentKey());
}

std::optional<QString> MetricsSettingsPage::chosenZone() const
{
    const QString text = m_zone->currentText().trimmed();
    if (text == m_zone->itemText(0))
        return QString();
    if (QTimeZone::isTimeZoneIdAvailable(text.toUtf8()))
        return text;
    return std::nullopt;
}

QString MetricsSettingsPage::validate()
{
    if (!chosenZone()) {
        m_zone->setFocus();
        return tr("\"%1\" is not a time zone. Pick one from the list, for example Africa/Nairobi.")
            .arg(m_zone->currentText().trimmed());
    }
    if (!m_sla->hasAcceptableInput()) {
        m_sla->setFocus();
        return tr("Enter the SLA as whole seconds between %1 and %2.").arg(m_sla->minimum()).arg(m_sla->maximum());
    }
    if (!m_cost->hasAcceptableInput()) {
        m_cost->setFocus();
        return tr("Enter the cost per message as a number, 0 or more.");
    }
    if (!isFieldKey(m_revenueKey->text().trimmed())) {
        m_revenueKey->setFocus();
        return tr("Enter the custom field that holds revenue, for example revenue (no commas).");
    }
    if (!isFieldKey(m_segmentKey->text().trimmed())) {
        m_segmentKey->setFocus();
        return tr("Enter the custom field that segments contacts, for example source (no commas).");
    }
    return {};
}

void MetricsSettingsPage::save(AppSettings& settings)
{
    settings.setTimeZoneId(chosenZone().value_or(QString()));
    settings.setSlaSeconds(m_sla->value());
    settings.setInactiveStatuses(splitStatuses(m_inactive->text()));
    settings.setCostPerMessage(m_cost->value());
    settings.setRevenueKey(m_revenueKey->text().trimmed());
    settings.setSegmentKey(m_segmentKey->text().trimmed());
}

} // namespace crmlens::ui
