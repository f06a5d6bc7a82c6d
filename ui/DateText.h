#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace pd::ui {

// A calendar day as the desk's lists and tables show it: the locale's short format (22-11-2026
// in Dutch), empty for no date.
inline QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace pd::ui
