#pragma once

#include "reports/DashboardService.h"
#include "store/ServiceSupport.h"

#include <QDate>
#include <QString>

// The months of the dashboards' figures (internal to reports/).
namespace pd::dashboard {

using support::isoDate;

inline QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

inline QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

inline QDate lastOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

// Counted from year 0, so that consecutive months differ by one; -1 for text that is no date.
inline int monthOrdinal(QStringView iso)
{
    if (iso.size() < 7 || iso.at(4) != u'-')
        return -1;
    bool yearOk = false;
    bool monthOk = false;
    const int year = iso.first(4).toInt(&yearOk);
    const int month = iso.sliced(5, 2).toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

inline QDate isoDay(QStringView iso)
{
    if (iso.size() != 10 || iso.at(4) != u'-' || iso.at(7) != u'-')
        return {};
    return QDate(iso.first(4).toInt(), iso.sliced(5, 2).toInt(), iso.sliced(8, 2).toInt());
}

inline MonthlyBreakdown emptyBreakdown(const QList<QDate> &months,
                                       const QList<QPair<QString, QString>> &keys)
{
    MonthlyBreakdown breakdown;
    breakdown.months = months;
    for (const auto &[code, label] : keys)
        breakdown.series.append({ code, label, QList<int>(months.size(), 0) });
    return breakdown;
}

// Unknown codes and months are ignored: a code removed from the vocabulary, a month outside the
// window.
inline void add(MonthlyBreakdown &breakdown, const QString &code, const QString &month, int count)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const qsizetype index = breakdown.months.indexOf(first);
    if (index < 0)
        return;
    for (MonthlyBreakdown::Series &series : breakdown.series) {
        if (series.code == code) {
            series.counts[index] += count;
            return;
        }
    }
}

} // namespace pd::dashboard
