#include "ui/dashboards/LeadsView.h"

#include "ui/models/LeadsTableModel.h"
#include "ui/models/TableProxyModel.h"
#include "ui/widgets/MetricFormat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>

namespace crmlens::ui {

namespace {

int hotRowsShown(const QAbstractItemModel& proxy)
{
    int hot = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, 0).data(KeyedTableModel::TagsRole).toStringList().contains(LeadsTableModel::hotTag()))
            ++hot;
    }
    return hot;
}

} // namespace

LeadsView::LeadsView(QWidget* parent) : LeadsView(new LeadsTableModel, parent) {}

LeadsView::LeadsView(LeadsTableModel* model, QWidget* parent)
    : ContactListView(model, parent), m_model(model), m_hotOnly(new QCheckBox(tr("&Hot only"), this))
{
    setAccessibleName(tr("Leads"));
    table()->setAccessibleName(tr("Leads"));
    m_hotOnly->setAccessibleName(tr("Show hot leads only"));
    m_hotOnly->setToolTip(tr("Only contacts whose lead score reaches the hot threshold."));
    connect(m_hotOnly, &QCheckBox::toggled, this, [this](bool on) {
        proxy()->setRequiredTag(on ? LeadsTableModel::hotTag() : QString());
        filtersChanged();
    });
    filterRow()->addWidget(m_hotOnly);
    table()->sortByColumn(LeadsTableModel::Score, Qt::DescendingOrder);
    setTabOrder(searchBox(), m_hotOnly);
    setTabOrder(m_hotOnly, table());
}

void LeadsView::showData(const session::DashboardData& shown)
{
    m_model->refresh(shown);
    dataShown(shown);
}

QString LeadsView::title() const
{
    return tr("Leads");
}

QString LeadsView::exportBaseName() const
{
    return QStringLiteral("leads");
}

QStringList LeadsView::activeFilterWords() const
{
    return m_hotOnly->isChecked() ? QStringList{QStringLiteral("hot")} : QStringList();
}

QString LeadsView::countLine() const
{
    const int total = m_model->rowCount();
    const int shown = proxy()->rowCount();
    const int hot = shown == total ? m_model->hotCount() : hotRowsShown(*proxy());
    const QString contacts = shown == total
                                 ? (total == 1 ? tr("1 contact") : tr("%1 contacts").arg(format::count(total)))
                                 : tr("%1 of %2 contacts").arg(format::count(shown), format::count(total));
    return tr("%1 · %2 hot").arg(contacts, format::count(hot));
}

QString LeadsView::emptyTitle() const
{
    return tr("No contacts to score");
}

QString LeadsView::emptyExplanation() const
{
    return tr("Lead scores are given to the contacts that exist at the end of the period; none did. "
              "Pick a later period or clear the filters.");
}

QString LeadsView::contactTitle(const QString& chatId) const
{
    return tr("Lead: %1").arg(m_model->displayName(chatId));
}

} // namespace crmlens::ui
