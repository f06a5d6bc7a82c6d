#pragma once

// The ISO 8601 texts the store keeps, read back without Qt's general parsers (a
// `case list --json` of 50,000 requests parsed half a million dates and 150,000 moments, about
// a tenth of its time). The forms the store writes are read directly; anything else goes to
// QDate::fromString / QDateTime::fromString, so the result is always the one Qt gives.

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace pd {

// What QDate::fromString(text, Qt::ISODate) gives: "2026-03-02" read directly.
QDate isoDay(QStringView text);
// What QDateTime::fromString(text, Qt::ISODateWithMs) gives: "2026-03-02T09:15:00.123Z" and
// "2026-03-02T09:15:00Z" (UTC, as the store writes moments) read directly.
QDateTime isoMoment(QStringView text);

} // namespace pd
