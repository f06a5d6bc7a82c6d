#include "terms/RetentionCalendar.h"

namespace pd::RetentionCalendar {

QDate expiry(QDate trigger, const RetentionPeriod &period)
{
    if (!trigger.isValid() || period.amount < 0)
        return {};
    // QDate::addMonths/addYears clamp to the month's last day, which is art. 3(2)(c).
    switch (period.unit) {
    case RetentionUnit::Days:
        return trigger.addDays(period.amount);
    case RetentionUnit::Weeks:
        return trigger.addDays(qint64 { 7 } * period.amount);
    case RetentionUnit::Months:
        return trigger.addMonths(period.amount);
    case RetentionUnit::Years:
        return trigger.addYears(period.amount);
    }
    return {};
}

QDate latestTriggerExpiringBy(QDate day, const RetentionPeriod &period)
{
    if (!day.isValid() || period.amount < 0)
        return {};
    QDate candidate;
    switch (period.unit) {
    case RetentionUnit::Days:
        return day.addDays(-period.amount);
    case RetentionUnit::Weeks:
        return day.addDays(qint64 { -7 } * period.amount);
    case RetentionUnit::Months:
        candidate = day.addMonths(-period.amount);
        break;
    case RetentionUnit::Years:
        candidate = day.addYears(-period.amount);
        break;
    }
    // Clamping makes expiry() monotonic but not invertible: step to the exact boundary.
    while (expiry(candidate, period) > day)
        candidate = candidate.addDays(-1);
    while (expiry(candidate.addDays(1), period) <= day)
        candidate = candidate.addDays(1);
    return candidate;
}

QString unitCode(RetentionUnit unit)
{
    switch (unit) {
    case RetentionUnit::Days:
        return QStringLiteral("dagen");
    case RetentionUnit::Weeks:
        return QStringLiteral("weken");
    case RetentionUnit::Months:
        return QStringLiteral("maanden");
    case RetentionUnit::Years:
        return QStringLiteral("jaren");
    }
    return {};
}

std::optional<RetentionUnit> unitFromCode(QStringView code)
{
    for (RetentionUnit unit :
         { RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years })
        if (code == unitCode(unit))
            return unit;
    return std::nullopt;
}

} // namespace pd::RetentionCalendar
