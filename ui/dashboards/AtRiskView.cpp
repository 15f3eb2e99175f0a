#include "ui/dashboards/AtRiskView.h"

#include "ui/dashboards/MetricDefinitions.h"
#include "ui/models/AtRiskTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace crmlens::ui {

AtRiskView::AtRiskView(QWidget* parent) : AtRiskView(new AtRiskTableModel, parent) {}

AtRiskView::AtRiskView(AtRiskTableModel* model, QWidget* parent)
    : ContactListView(model, parent), m_model(model), m_indicator(new QComboBox(this))
{
    setAccessibleName(tr("At risk"));
    table()->setAccessibleName(tr("Contacts at risk"));

    m_indicator->addItem(tr("Any warning sign"), QString());
    for (const QString& key : AtRiskTableModel::indicatorKeys())
        m_indicator->addItem(AtRiskTableModel::indicatorText(key), key);
    m_indicator->setAccessibleName(tr("Warning sign"));
    m_indicator->setToolTip(metricDefinition("at_risk.risk_indicators"));
    auto* label = new QLabel(tr("&Warning sign:"), this);
    label->setBuddy(m_indicator);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        proxy()->setRequiredTag(m_indicator->currentData().toString());
        filtersChanged();
    });
    filterRow()->addWidget(label);
    filterRow()->addWidget(m_indicator);
    table()->sortByColumn(AtRiskTableModel::Health, Qt::AscendingOrder);
    setTabOrder(searchBox(), m_indicator);
    setTabOrder(m_indicator, table());
}

void AtRiskView::showData(const session::DashboardData& shown)
{
    m_model->refresh(shown);
    dataShown(shown);
}

QString AtRiskView::title() const
{
    return tr("At risk");
}

QString AtRiskView::exportBaseName() const
{
    return QStringLiteral("at-risk");
}

QStringList AtRiskView::activeFilterWords() const
{
    const QString key = m_indicator->currentData().toString();
    return key.isEmpty() ? QStringList() : QStringList{key};
}

QString AtRiskView::countLine() const
{
    const int total = m_model->rowCount();
    const int shown = proxy()->rowCount();
    if (shown == total)
        return total == 1 ? tr("1 contact at risk") : tr("%1 contacts at risk").arg(format::count(total));
    return tr("%1 of %2 contacts at risk").arg(format::count(shown), format::count(total));
}

QString AtRiskView::emptyTitle() const
{
    return tr("No contact is at risk");
}

QString AtRiskView::emptyExplanation() const
{
    const session::DashboardData& shown = shownData();
    const QDateTime asOf = shown.snapshot ? shown.snapshot->asOf : QDateTime();
    if (asOf.isValid())
        return tr("Everyone who has written to you did so within the 30 days before %1.")
            .arg(QLocale().toString(asOf.toLocalTime().date(), QLocale::ShortFormat));
    return tr("Everyone who has written to you did so within the last 30 days.");
}

QString AtRiskView::contactTitle(const QString& chatId) const
{
    return tr("At risk: %1").arg(m_model->displayName(chatId));
}

} // namespace crmlens::ui
