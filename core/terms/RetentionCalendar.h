#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

enum class RetentionUnit { Days, Weeks, Months, Years };

// A retention period: "2 jaar", "4 weken".
struct RetentionPeriod
{
    int amount = 0;
    RetentionUnit unit = RetentionUnit::Years;

    friend bool operator==(const RetentionPeriod &, const RetentionPeriod &) = default;
};

// When retained data expires: a pure function, tested with known answers. Counted like the
// deadline calendar (Regulation 1182/71 art. 3(2)(c)): a period in months or years ends on the
// same date, or on the last day of the month when that date does not exist (29 Feb 2024 +
// 1 year = 28 Feb 2025, + 4 years = 29 Feb 2028; 31 Jan + 1 month = 28/29 Feb). Weeks are
// 7 days. Unlike a deadline there is NO move to the next working day: destroying data on a
// Sunday is allowed, and keeping it longer is not.
namespace RetentionCalendar {

// The expiry date: from that day on the data is due for destruction ("verlopen").
QDate expiry(QDate trigger, const RetentionPeriod &period);

// The latest trigger date whose expiry falls on or before day (for "what has expired by D" as a
// range query); invalid when the inputs are.
QDate latestTriggerExpiringBy(QDate day, const RetentionPeriod &period);

// Stable codes ("dagen", "weken", "maanden", "jaren") as stored in retention_rules.period_unit.
QString unitCode(RetentionUnit unit);
std::optional<RetentionUnit> unitFromCode(QStringView code);

} // namespace RetentionCalendar

} // namespace pd
