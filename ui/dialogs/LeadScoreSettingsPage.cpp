#include "ui/dialogs/LeadScoreSettingsPage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crmlens::ui {

namespace {

QFormLayout* groupForm(const QString& title, QGroupBox** box, QWidget* parent)
{
    *box = new QGroupBox(title, parent);
    (*box)->setAccessibleName(title);
    auto* form = new QFormLayout(*box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

} // namespace

LeadScoreSettingsPage::LeadScoreSettingsPage(QWidget* parent) : SettingsPage(parent)
{
    using W = LeadWeightSettings;
    const double points = AppSettings::kMaxWeightPoints;
    const double days = AppSettings::kMaxWindowDays;
    const QString pts = tr(" points");
    const QString d = tr(" days");

    QGroupBox* recency = nullptr;
    QFormLayout* form = groupForm(tr("Recency"), &recency, this);
    addField(form, &W::recencyMax, QStringLiteral("recencyMax"), tr("Most points:"), tr("Recency, most points"), 0,
             points, pts);
    addField(form, &W::recencyWindowDays, QStringLiteral("recencyWindowDays"), tr("None after:"),
             tr("Recency, days after which it gives no points"), 1, days, d);

    QGroupBox* engagement = nullptr;
    form = groupForm(tr("Engagement"), &engagement, this);
    addField(form, &W::engagementMax, QStringLiteral("engagementMax"), tr("Most points:"),
             tr("Engagement, most points"), 0, points, pts);
    addField(form, &W::engagementFullAt, QStringLiteral("engagementFullAt"), tr("All points at:"),
             tr("Engagement, inbound messages that earn every point"), 1, 100000, tr(" messages"));
    addField(form, &W::engagementWindowDays, QStringLiteral("engagementWindowDays"), tr("Counted over:"),
             tr("Engagement, days counted"), 1, days, d);

    QGroupBox* responsiveness = nullptr;
    form = groupForm(tr("Responsiveness"), &responsiveness, this);
    addField(form, &W::responsivenessMax, QStringLiteral("responsivenessMax"), tr("Most points:"),
             tr("Responsiveness, most points"), 0, points, pts);
    addField(form, &W::responsivenessWithoutTemplates, QStringLiteral("responsivenessWithoutTemplates"),
             tr("No campaigns received:"), tr("Responsiveness, points without campaign messages"), 0, points, pts);
    addField(form, &W::responsivenessWindowDays, QStringLiteral("responsivenessWindowDays"), tr("Counted over:"),
             tr("Responsiveness, days counted"), 1, days, d);

    QGroupBox* profile = nullptr;
    form = groupForm(tr("Lead stage"), &profile, this);
    addField(form, &W::profileQualified, QStringLiteral("profileQualified"), tr("Qualified:"),
             tr("Points for lead stage qualified"), 0, points, pts);
    addField(form, &W::profileProposal, QStringLiteral("profileProposal"), tr("Proposal:"),
             tr("Points for lead stage proposal"), 0, points, pts);
    addField(form, &W::profileWon, QStringLiteral("profileWon"), tr("Won:"), tr("Points for lead stage won"), 0, points,
             pts);
    addField(form, &W::profileLost, QStringLiteral("profileLost"), tr("Lost:"), tr("Points for lead stage lost"), 0,
             points, pts);
    addField(form, &W::profileOther, QStringLiteral("profileOther"), tr("Other or none:"),
             tr("Points for any other lead stage"), 0, points, pts);

    m_hotThreshold = new QSpinBox(this);
    m_hotThreshold->setObjectName(QStringLiteral("hotThresholdSpin"));
    m_hotThreshold->setRange(0, 100000);
    m_hotThreshold->setSuffix(pts);
    m_maximum = new QLabel(this);
    m_maximum->setObjectName(QStringLiteral("maximumScoreLabel"));
    auto* hotForm = new QFormLayout;
    hotForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addRow(hotForm, tr("A lead is &hot from:"), m_hotThreshold, tr("Score from which a lead is hot"));
    hotForm->addRow(QString(), m_maximum);

    auto* restore = new QPushButton(tr("Restore &defaults"), this);
    restore->setObjectName(QStringLiteral("restoreWeightsButton"));
    restore->setAccessibleName(tr("Restore the default lead-score weights"));

    auto* grid = new QGridLayout;
    grid->addWidget(recency, 0, 0);
    grid->addWidget(engagement, 0, 1);
    grid->addWidget(responsiveness, 1, 0);
    grid->addWidget(profile, 1, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(hotForm, 1);
    bottom->addWidget(restore, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("Each contact scores the sum of four factors. Recency falls from its most points to "
                              "none as days pass since the last message from the contact; engagement counts their "
                              "messages; responsiveness is the share of campaign messages they answered."),
                           this));
    layout->addLayout(grid);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_hotThreshold, &QSpinBox::valueChanged, this, &LeadScoreSettingsPage::updateMaximum);
    connect(restore, &QPushButton::clicked, this, [this] { setWeights(LeadWeightSettings{}); });
    updateMaximum();
}

QDoubleSpinBox* LeadScoreSettingsPage::addField(QFormLayout* form, double LeadWeightSettings::*member,
                                                const QString& name, const QString& label,
                                                const QString& accessibleName, double min, double max,
                                                const QString& suffix)
{
    auto* box = new QDoubleSpinBox(form->parentWidget());
    box->setObjectName(QStringLiteral("weight_") + name);
    box->setRange(min, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    addRow(form, label, box, accessibleName);
    m_fields.append({member, box});
    connect(box, &QDoubleSpinBox::valueChanged, this, &LeadScoreSettingsPage::updateMaximum);
    return box;
}

QString LeadScoreSettingsPage::pageTitle() const
{
    return tr("Lead score");
}

LeadWeightSettings LeadScoreSettingsPage::weights() const
{
    LeadWeightSettings weights;
    for (const Field& field : m_fields)
        weights.*field.member = field.box->value();
    weights.hotThreshold = m_hotThreshold->value();
    return weights;
}

void LeadScoreSettingsPage::setWeights(const LeadWeightSettings& weights)
{
    for (const Field& field : std::as_const(m_fields))
        field.box->setValue(weights.*field.member);
    m_hotThreshold->setValue(weights.hotThreshold);
    updateMaximum();
}

void LeadScoreSettingsPage::load(const AppSettings& settings)
{
    setWeights(settings.leadWeights());
}

QString LeadScoreSettingsPage::validate()
{
    for (const Field& field : std::as_const(m_fields)) {
        if (!field.box->hasAcceptableInput()) {
            field.box->setFocus();
            return tr("Enter a number between %1 and %2 for %3.")
                .arg(QLocale().toString(field.box->minimum()), QLocale().toString(field.box->maximum()),
                     field.box->accessibleName());
        }
    }
    const double maximum = weights().maximumScore();
    if (m_hotThreshold->value() > maximum) {
        m_hotThreshold->setFocus();
        return tr("No lead could be hot: the threshold (%1) is above the highest score these weights give (%2).")
            .arg(QLocale().toString(m_hotThreshold->value()), QLocale().toString(maximum));
    }
    return {};
}

void LeadScoreSettingsPage::save(AppSettings& settings)
{
    settings.setLeadWeights(weights());
}

void LeadScoreSettingsPage::updateMaximum()
{
    m_maximum->setText(
        tr("The highest score these weights give is %1.").arg(QLocale().toString(weights().maximumScore())));
}

} // namespace crmlens::ui
