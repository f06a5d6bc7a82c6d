#pragma once

// The ISO 8601 forms the store writes, read directly for speed; anything else goes to Qt's parsers,
// so the result is always the one Qt gives.

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace pd {

QDate isoDay(QStringView text);
QDateTime isoMoment(QStringView text);

} // namespace pd
