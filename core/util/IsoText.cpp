#include "util/IsoText.h"

namespace pd {

namespace {

// The number in text[from, from + count) when every one of them is a digit, else -1.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit < u'0' || unit > u'9')
            return -1;
        value = value * 10 + (unit - u'0');
    }
    return value;
}

// "yyyy-MM-dd" at the start of text, or an invalid date when it is not that form.
QDate dayAtStart(QStringView text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year <= 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

QDate isoDay(QStringView text)
{
    if (text.size() == 10) {
        if (const QDate day = dayAtStart(text); day.isValid())
            return day;
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QDateTime isoMoment(QStringView text)
{
    // 2026-03-02T09:15:00Z (20) or 2026-03-02T09:15:00.123Z (24).
    const bool withMs = text.size() == 24 && text.at(19) == u'.';
    if ((text.size() == 20 || withMs) && text.back() == u'Z' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':') {
        const QDate day = dayAtStart(text);
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int ms = withMs ? digitsAt(text, 20, 3) : 0;
        // 24:00 and leap seconds are Qt's to read.
        if (day.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
            && second < 60 && ms >= 0)
            return QDateTime(day, QTime(hour, minute, second, ms), Qt::UTC);
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace pd
