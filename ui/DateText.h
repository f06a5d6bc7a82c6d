#pragma once

#include "util/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pd::ui {

// A calendar day as the desk's lists and tables show it: the locale's short format (22-11-2026
// in Dutch), empty for no date.
inline QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// A calendar day written out, without the weekday (22 november 2026 in Dutch): for a sentence
// such as "the last backup is from …". Empty for no date.
inline QString writtenDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

// A moment's time of day on the organisation's clock (Europe/Amsterdam, organisationTime), in
// the locale's short format (14:05): as the records state their times, whatever zone the
// computer is set to. Empty for no moment.
inline QString organisationClockTime(const QDateTime &moment)
{
    return moment.isValid()
        ? QLocale().toString(organisationTime(moment).time(), QLocale::ShortFormat)
        : QString();
}

} // namespace pd::ui
