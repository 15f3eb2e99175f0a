#pragma once

#include "core/metrics/MetricsQuery.h"
#include "core/session/DashboardData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace crmlens::ui {

// What the filter bar holds: the period (a preset or a custom range), whether to compare with the
// previous period, and the contact filters. A value type, so it can be saved and restored.
struct FilterState
{
    metrics::Period::Preset preset = metrics::Period::Preset::Last30Days;
    QDate customFrom;
    QDate customTo; // inclusive, as the user picks it
    bool comparePrevious = true;
    metrics::ContactFilter filter;

    // The period this state means when the workspace's today is `today`.
    metrics::Period period(QDate today) const;
    bool operator==(const FilterState&) const = default;
};

// The bar above the tabs, shared by every view: period presets and a custom range, "compare with
// previous period", and segment / operator / country filters. It only edits a FilterState; the
// window turns that into a query.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    FilterState state() const { return m_state; }
    void setState(const FilterState& state);
    // The workspace's today, which the presets count from.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Fills the choices from what the store holds, keeping the current selections.
    void setChoices(const session::DashboardData& shown);

    // The active period and filters in plain words, for every view and export.
    static QString describe(const FilterState& state, const metrics::Period& period);
    static QString presetName(metrics::Period::Preset preset);

Q_SIGNALS:
    void changed(const crmlens::ui::FilterState& state);

private:
    void buildPeriodControls();
    void buildFilterControls();
    void readControls();
    void writeControls();
    void fillValues();
    void updateRangeLabel();

    FilterState m_state;
    QDate m_today = QDate::currentDate();
    QHash<QString, QStringList> m_fieldValues;
    QStringList m_fieldKeys;
    QStringList m_operators;
    QStringList m_countries;
    bool m_choicesSet = false;
    bool m_writing = false;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_range = nullptr;
    QCheckBox* m_compare = nullptr;
    QComboBox* m_segmentKey = nullptr;
    QComboBox* m_segmentValue = nullptr;
    QComboBox* m_operator = nullptr;
    QComboBox* m_country = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace crmlens::ui

Q_DECLARE_METATYPE(crmlens::ui::FilterState)
