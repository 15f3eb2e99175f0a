#include "ui/widgets/FilterBar.h"

#include "ui/widgets/MetricFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace crmlens::ui {

using Preset = metrics::Period::Preset;

namespace {

constexpr Preset kPresets[] = {Preset::Today,       Preset::Last7Days, Preset::Last30Days,
                               Preset::Last90Days,  Preset::ThisMonth, Preset::LastMonth,
                               Preset::ThisQuarter, Preset::ThisYear,  Preset::Custom};

QString countryName(const QString& code)
{
    return FilterBar::tr("%1 (%2)").arg(format::country(code), code);
}

// Selects the entry whose data is `value`, adding it when the store no longer offers it (a saved
// filter must stay visible rather than silently turn into "all").
void selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

metrics::Period FilterState::period(QDate today) const
{
    if (preset == Preset::Custom) {
        if (customFrom.isValid() && customTo.isValid() && customFrom <= customTo)
            return metrics::Period{customFrom, customTo.addDays(1)};
        return metrics::Period::preset(Preset::Last30Days, today);
    }
    return metrics::Period::preset(preset, today);
}

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Filters"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    buildPeriodControls();
    buildFilterControls();

    layout->addWidget(buddyLabel(tr("&Period:"), m_preset, this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_range);
    layout->addWidget(m_compare);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("&Segment:"), m_segmentKey, this));
    layout->addWidget(m_segmentKey);
    layout->addWidget(m_segmentValue);
    layout->addWidget(buddyLabel(tr("&Operator:"), m_operator, this));
    layout->addWidget(m_operator);
    layout->addWidget(buddyLabel(tr("C&ountry:"), m_country, this));
    layout->addWidget(m_country);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    writeControls();
}

void FilterBar::buildPeriodControls()
{
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Period"));
    for (Preset p : kPresets)
        m_preset->addItem(presetName(p), int(p));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_range = new QLabel(this);
    m_range->setAccessibleName(tr("Period dates"));
    m_compare = new QCheckBox(tr("&Compare with previous period"), this);
    m_compare->setAccessibleName(tr("Compare with previous period"));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::readControls);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::readControls);
    connect(m_compare, &QCheckBox::toggled, this, &FilterBar::readControls);
}

void FilterBar::buildFilterControls()
{
    m_segmentKey = new QComboBox(this);
    m_segmentKey->setAccessibleName(tr("Segment field"));
    m_segmentKey->setToolTip(tr("Keep only contacts whose custom field has the chosen value."));
    m_segmentValue = new QComboBox(this);
    m_segmentValue->setAccessibleName(tr("Segment value"));
    m_segmentValue->setMinimumContentsLength(10);
    m_operator = new QComboBox(this);
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setToolTip(tr("Keep only contacts assigned to this operator."));
    m_operator->setMinimumContentsLength(12);
    m_country = new QComboBox(this);
    m_country->setAccessibleName(tr("Country"));
    m_country->setToolTip(tr("Keep only contacts whose WhatsApp number belongs to this country."));
    m_country->setMinimumContentsLength(10);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("C&lear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));

    m_segmentKey->addItem(tr("Any"), QString());
    m_operator->addItem(tr("All operators"), QString());
    m_country->addItem(tr("All countries"), QString());

    connect(m_segmentKey, &QComboBox::currentIndexChanged, this, [this] {
        if (m_writing)
            return;
        m_writing = true;
        fillValues();
        m_writing = false;
        readControls();
    });
    connect(m_segmentValue, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_country, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        FilterState cleared = m_state;
        cleared.filter = {};
        setState(cleared);
        Q_EMIT changed(m_state);
    });
}

void FilterBar::setState(const FilterState& state)
{
    m_state = state;
    writeControls();
}

void FilterBar::setToday(QDate today)
{
    m_today = today;
    writeControls();
}

void FilterBar::setChoices(const session::DashboardData& shown)
{
    // Most snapshots bring the same choices: rebuilding the combo boxes would cost the UI thread
    // a relayout each time for nothing.
    if (m_choicesSet && shown.fieldKeys == m_fieldKeys && shown.operators == m_operators &&
        shown.countries == m_countries && shown.fieldValues == m_fieldValues)
        return;
    m_choicesSet = true;
    m_fieldKeys = shown.fieldKeys;
    m_operators = shown.operators;
    m_countries = shown.countries;
    m_writing = true;
    m_fieldValues = shown.fieldValues;
    {
        const QSignalBlocker block(m_segmentKey);
        while (m_segmentKey->count() > 1)
            m_segmentKey->removeItem(1);
        for (const QString& key : shown.fieldKeys)
            m_segmentKey->addItem(key, key);
    }
    {
        const QSignalBlocker block(m_operator);
        while (m_operator->count() > 1)
            m_operator->removeItem(1);
        for (const QString& name : shown.operators)
            m_operator->addItem(name, name);
        m_operator->addItem(tr("Unassigned"), QStringLiteral("(unassigned)"));
    }
    {
        const QSignalBlocker block(m_country);
        while (m_country->count() > 1)
            m_country->removeItem(1);
        for (const QString& code : shown.countries)
            m_country->addItem(countryName(code), code);
    }
    m_writing = false;
    writeControls();
}

void FilterBar::fillValues()
{
    const QSignalBlocker block(m_segmentValue);
    m_segmentValue->clear();
    const QString key = m_segmentKey->currentData().toString();
    m_segmentValue->setEnabled(!key.isEmpty());
    if (key.isEmpty())
        return;
    for (const QString& value : m_fieldValues.value(key))
        m_segmentValue->addItem(value, value);
    m_segmentValue->addItem(tr("(no value)"), QStringLiteral("(none)"));
}

void FilterBar::writeControls()
{
    m_writing = true;
    {
        const QSignalBlocker b1(m_preset), b2(m_from), b3(m_to), b4(m_compare), b5(m_segmentKey), b6(m_operator),
            b7(m_country);
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(m_state.preset))));
        const metrics::Period period = m_state.period(m_today);
        m_from->setDate(m_state.customFrom.isValid() ? m_state.customFrom : period.from);
        m_to->setDate(m_state.customTo.isValid() ? m_state.customTo : period.to.addDays(-1));
        const bool custom = m_state.preset == Preset::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        m_range->setVisible(!custom);
        m_compare->setChecked(m_state.comparePrevious);
        selectData(m_segmentKey, m_state.filter.segmentKey);
        fillValues();
        selectData(m_operator, m_state.filter.operatorName);
        selectData(m_country, m_state.filter.country);
    }
    {
        const QSignalBlocker block(m_segmentValue);
        if (m_state.filter.hasSegment())
            selectData(m_segmentValue, m_state.filter.segmentValue);
    }
    m_clear->setEnabled(!m_state.filter.isEmpty());
    updateRangeLabel();
    m_writing = false;
}

void FilterBar::readControls()
{
    if (m_writing)
        return;
    FilterState next = m_state;
    next.preset = Preset(m_preset->currentData().toInt());
    next.comparePrevious = m_compare->isChecked();
    if (next.preset == Preset::Custom) {
        next.customFrom = m_from->date();
        next.customTo = m_to->date();
        if (next.customTo < next.customFrom)
            next.customTo = next.customFrom;
    }
    next.filter.segmentKey = m_segmentKey->currentData().toString();
    next.filter.segmentValue = next.filter.segmentKey.isEmpty() ? QString() : m_segmentValue->currentData().toString();
    next.filter.operatorName = m_operator->currentData().toString();
    next.filter.country = m_country->currentData().toString();
    if (next == m_state)
        return;
    const bool presetChanged = next.preset != m_state.preset;
    m_state = next;
    if (presetChanged)
        writeControls(); // show or hide the custom range
    else {
        m_clear->setEnabled(!m_state.filter.isEmpty());
        updateRangeLabel();
    }
    Q_EMIT changed(m_state);
}

void FilterBar::updateRangeLabel()
{
    const metrics::Period period = m_state.period(m_today);
    m_range->setText(tr("%1 – %2").arg(format::day(period.from), format::day(period.to.addDays(-1))));
}

QString FilterBar::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::ThisQuarter:
        return tr("This quarter");
    case Preset::ThisYear:
        return tr("This year");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString FilterBar::describe(const FilterState& state, const metrics::Period& period)
{
    QStringList parts;
    const QString range = tr("%1 – %2").arg(format::day(period.from), format::day(period.to.addDays(-1)));
    parts << (state.preset == Preset::Custom ? range : tr("%1 (%2)").arg(presetName(state.preset), range));
    if (state.comparePrevious)
        parts << tr("compared with the previous %n day(s)", nullptr, int(period.days()));
    const metrics::ContactFilter& f = state.filter;
    if (f.hasSegment())
        parts << tr("%1 = %2").arg(f.segmentKey,
                                   f.segmentValue == QLatin1String("(none)") ? tr("(no value)") : f.segmentValue);
    if (!f.operatorName.isEmpty())
        parts << tr("operator: %1")
                     .arg(f.operatorName == QLatin1String("(unassigned)") ? tr("unassigned") : f.operatorName);
    if (!f.country.isEmpty())
        parts << tr("country: %1").arg(countryName(f.country));
    if (f.isEmpty())
        parts << tr("all contacts");
    return parts.join(QStringLiteral(" · "));
}

} // namespace crmlens::ui
