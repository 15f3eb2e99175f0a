#include "ui/dashboards/DashboardPage.h"

#include "ui/widgets/EmptyState.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crmlens::ui {

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_stack(new QStackedWidget(this)), m_scroll(new QScrollArea(this)),
      m_content(new QWidget), m_grid(new QGridLayout(m_content)), m_empty(new EmptyState(this))
{
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Partial data"));
    m_banner->setText(tr("The first sync is still running: these figures cover what has been read so far and "
                         "will change as the rest arrives."));
    m_banner->setContentsMargins(12, 6, 12, 6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();

    m_grid->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(12);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);
    setEmptyText(tr("No synced data yet"),
                 tr("The figures appear here as soon as the first sync has stored contacts and messages."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
}

void DashboardPage::setEmptyText(const QString& title, const QString& explanation)
{
    m_empty->setTitle(title);
    m_empty->setExplanation(explanation);
}

void DashboardPage::showState(const session::DashboardData& shown)
{
    const bool empty = !shown.isValid() || shown.empty;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_scroll);
    m_banner->setVisible(!empty && shown.partial);
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool DashboardPage::isShowingPartialBanner() const
{
    return !m_banner->isHidden();
}

} // namespace crmlens::ui
