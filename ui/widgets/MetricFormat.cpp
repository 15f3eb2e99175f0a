#include "ui/widgets/MetricFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace crmlens::ui::format {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crmlens::ui::format", text);
}

// The minus sign proper (U+2212), which lines up with "+" in tables.
QString signedText(double value, const QString& digits)
{
    if (value > 0)
        return QLatin1Char('+') + digits;
    if (value < 0)
        return QChar(0x2212) + digits;
    return digits;
}

} // namespace

QString dash()
{
    return QString(QChar(0x2013));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(const metrics::Ratio& pct, int decimals)
{
    if (!pct)
        return dash();
    return tr("%1%").arg(QLocale().toString(*pct, 'f', decimals));
}

QString number(const metrics::Ratio& value, int decimals)
{
    if (!value)
        return dash();
    return QLocale().toString(*value, 'f', decimals);
}

QString duration(const metrics::Ratio& seconds)
{
    if (!seconds)
        return dash();
    const double s = *seconds;
    if (s < 60)
        return tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 1 : 0));
    const qint64 whole = qint64(std::llround(s));
    const qint64 days = whole / 86400;
    const qint64 hours = (whole % 86400) / 3600;
    const qint64 minutes = (whole % 3600) / 60;
    const qint64 secs = whole % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(secs);
}

QString money(const metrics::Ratio& value)
{
    if (!value)
        return dash();
    return QLocale().toString(*value, 'f', 2);
}

QString deltaPercent(const metrics::Ratio& current, const metrics::Ratio& previous)
{
    if (!current || !previous || *previous == 0)
        return dash();
    const double change = (*current - *previous) / std::abs(*previous) * 100.0;
    return signedText(change, tr("%1%").arg(QLocale().toString(std::abs(change), 'f', 1)));
}

QString deltaPoints(const metrics::Ratio& current, const metrics::Ratio& previous)
{
    if (!current || !previous)
        return dash();
    const double change = *current - *previous;
    return signedText(change, tr("%1 pp").arg(QLocale().toString(std::abs(change), 'f', 1)));
}

QString dateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return dash();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), QLocale::ShortFormat);
}

QString day(const QDate& date)
{
    if (!date.isValid())
        return dash();
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString country(const QString& code)
{
    if (code == QLatin1String("ZZ"))
        return tr("Unknown country");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace crmlens::ui::format
