#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

enum class RetentionUnit { Days, Weeks, Months, Years };

struct RetentionPeriod
{
    int amount = 0;
    RetentionUnit unit = RetentionUnit::Years;

    friend bool operator==(const RetentionPeriod &, const RetentionPeriod &) = default;
};

// Counted like the deadline calendar (a month ends on the same date or the month's last day), but
// with NO move to a working day: destroying data on a Sunday is allowed, keeping it longer is not.
namespace RetentionCalendar {

// From that day on the data is due for destruction.
QDate expiry(QDate trigger, const RetentionPeriod &period);

// For "what has expired by D" as a range query.
QDate latestTriggerExpiringBy(QDate day, const RetentionPeriod &period);

QString unitCode(RetentionUnit unit);
std::optional<RetentionUnit> unitFromCode(QStringView code);

} // namespace RetentionCalendar

} // namespace pd
