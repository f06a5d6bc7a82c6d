#pragma once

#include "util/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pd::ui {

// The locale's short format (22-11-2026 in Dutch); empty for no date.
inline QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Without the weekday (22 november 2026), for a sentence; empty for no date.
inline QString writtenDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

// On the organisation's clock (Europe/Amsterdam), as the records state their times, whatever
// zone the computer is set to. Empty for no moment.
inline QString organisationClockTime(const QDateTime &moment)
{
    return moment.isValid()
        ? QLocale().toString(organisationTime(moment).time(), QLocale::ShortFormat)
        : QString();
}

} // namespace pd::ui
