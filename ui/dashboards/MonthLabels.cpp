#include "ui/dashboards/MonthLabels.h"

#include <QDate>
#include <QLocale>

namespace crmlens::ui {

QString monthLabel(const QString& isoMonth)
{
    const QDate first = QDate::fromString(isoMonth + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return isoMonth;
    return QLocale().toString(first, QStringLiteral("MMM yyyy"));
}

} // namespace crmlens::ui
