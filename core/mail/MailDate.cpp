// The Date header (RFC 5322 3.3, and the obsolete forms of 4.3): mail::parseDate.

#include "mail/MailChars.h"
#include "mail/MailMessage.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace pd {

using namespace mail::chars;

namespace {

constexpr qsizetype maxDateHeader = 200;

// Dates: names of days, months and zones (RFC 5322 3.3 and 4.3, and the European zones a Dutch
// office meets in the obsolete form).
int monthNumber(QByteArrayView token)
{
    static constexpr std::array<const char *, 12> months {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    if (token.size() < 3 || token.size() > 9)
        return 0;
    for (const char c : token) {
        if (!isAlpha(c))
            return 0;
    }
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (equalsNoCase(token.first(3), months[i]))
            return int(i) + 1;
    }
    return 0;
}

bool isWeekday(QByteArrayView token)
{
    static constexpr std::array<const char *, 7> days { "mon", "tue", "wed", "thu",
                                                        "fri", "sat", "sun" };
    if (token.size() < 3 || token.size() > 9)
        return false;
    for (const char c : token) {
        if (!isAlpha(c))
            return false;
    }
    for (const char *day : days) {
        if (equalsNoCase(token.first(3), day))
            return true;
    }
    return false;
}

bool readNumber(QByteArrayView token, qsizetype minDigits, qsizetype maxDigits, int *value)
{
    if (token.size() < minDigits || token.size() > maxDigits)
        return false;
    int number = 0;
    for (const char c : token) {
        if (!isDigit(c))
            return false;
        number = number * 10 + (c - '0');
    }
    *value = number;
    return true;
}

bool readYear(QByteArrayView token, int *year)
{
    if (!readNumber(token, 2, 4, year))
        return false;
    if (token.size() == 2)
        *year += *year < 50 ? 2000 : 1900;
    else if (token.size() == 3)
        *year += 1900;
    return true;
}

bool readTime(QByteArrayView token, QTime *time)
{
    std::array<int, 3> values { 0, 0, 0 };
    std::size_t count = 0;
    qsizetype start = 0;
    while (true) {
        if (count == values.size())
            return false;
        const qsizetype colon = token.indexOf(':', start);
        const qsizetype end = colon < 0 ? token.size() : colon;
        if (!readNumber(token.sliced(start, end - start), 1, 2, &values[count]))
            return false;
        ++count;
        if (colon < 0)
            break;
        start = colon + 1;
    }
    if (count < 2)
        return false;
    if (values[2] == 60)
        values[2] = 59; // a leap second
    *time = QTime(values[0], values[1], values[2]);
    return time->isValid();
}

// The zone as seconds east of UTC. Unknown names and military letters count as UTC (RFC 5322
// 4.3: "-0000", the local time is unknown).
bool readZone(QByteArrayView token, int *offset)
{
    if (token.startsWith('+') || token.startsWith('-')) {
        QByteArrayView digits = token.sliced(1);
        int hours = 0;
        int minutes = 0;
        if (digits.size() == 5 && digits.at(2) == ':') {
            if (!readNumber(digits.first(2), 2, 2, &hours)
                || !readNumber(digits.sliced(3), 2, 2, &minutes))
                return false;
        } else if (digits.size() == 4) {
            if (!readNumber(digits.first(2), 2, 2, &hours)
                || !readNumber(digits.sliced(2), 2, 2, &minutes))
                return false;
        } else if (!readNumber(digits, 1, 2, &hours)) {
            return false;
        }
        if (hours > 23 || minutes > 59)
            return false;
        *offset = (token.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
        return true;
    }
    struct Zone
    {
        const char *name;
        int hours;
    };
    static constexpr std::array<Zone, 20> zones { {
        { "ut", 0 },   { "utc", 0 },  { "gmt", 0 },  { "z", 0 },    { "est", -5 },
        { "edt", -4 }, { "cst", -6 }, { "cdt", -5 }, { "mst", -7 }, { "mdt", -6 },
        { "pst", -8 }, { "pdt", -7 }, { "cet", 1 },  { "cest", 2 }, { "met", 1 },
        { "mest", 2 }, { "wet", 0 },  { "west", 1 }, { "eet", 2 },  { "eest", 3 },
    } };
    if (token.isEmpty() || token.size() > 5)
        return false;
    for (const char c : token) {
        if (!isAlpha(c))
            return false;
    }
    *offset = 0;
    for (const Zone &zone : zones) {
        if (equalsNoCase(token, zone.name))
            *offset = zone.hours * 3600;
    }
    return true;
}

} // namespace

namespace mail {

QDateTime parseDate(QByteArrayView value)
{
    if (value.size() > maxDateHeader)
        return {};
    QByteArray text;
    int depth = 0;
    for (const char c : value) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            text += c == ',' ? ' ' : c;
    }
    QList<QByteArrayView> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isSpace(text.at(i)))
            ++i;
        if (i > start)
            tokens.append(QByteArrayView(text).sliced(start, i - start));
    }

    qsizetype at = 0;
    if (at < tokens.size() && isWeekday(tokens.at(at)))
        ++at;
    int day = 0;
    int month = 0;
    int year = 0;
    QTime time;
    int offset = 0;
    if (at < tokens.size() && monthNumber(tokens.at(at)) != 0) {
        // asctime, as some programs write it: "Tue Mar 31 22:30:00 [zone] 2026".
        month = monthNumber(tokens.at(at));
        if (tokens.size() < at + 4 || !readNumber(tokens.at(at + 1), 1, 2, &day)
            || !readTime(tokens.at(at + 2), &time))
            return {};
        bool haveYear = false;
        for (qsizetype k = at + 3; k < tokens.size(); ++k) {
            if (!haveYear && tokens.at(k).size() == 4 && readYear(tokens.at(k), &year))
                haveYear = true;
            else if (!readZone(tokens.at(k), &offset))
                return {};
        }
        if (!haveYear)
            return {};
    } else {
        // RFC 5322: [day-of-week ","] day month year hour ":" minute [":" second] [zone]
        if (tokens.size() < at + 4 || !readNumber(tokens.at(at), 1, 2, &day)
            || (month = monthNumber(tokens.at(at + 1))) == 0 || !readYear(tokens.at(at + 2), &year)
            || !readTime(tokens.at(at + 3), &time))
            return {};
        if (tokens.size() > at + 4 && !readZone(tokens.at(at + 4), &offset))
            return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace mail

} // namespace pd
