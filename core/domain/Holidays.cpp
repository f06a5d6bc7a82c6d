#include "domain/Holidays.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace pd {

namespace {

constexpr int FirstGregorianYear = 1583;
// Years whose Easter is computed once, on first use, and then only looked up.
constexpr int CacheFirstYear = FirstGregorianYear;
constexpr int CacheLastYear = 2999;

// Anonymous Gregorian computus (Meeus, "Astronomical Algorithms", after Jones and Butcher).
QDate computeEaster(int year)
{
    if (year < FirstGregorianYear)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

// Julian day numbers of Easter Sunday for the cached years; built once, thread-safe (magic
// static), read-only afterwards, so no lock on the hot path.
using EasterTable = std::array<qint64, CacheLastYear - CacheFirstYear + 1>;

const EasterTable &easterTable()
{
    static const EasterTable table = [] {
        EasterTable t {};
        for (int year = CacheFirstYear; year <= CacheLastYear; ++year)
            t[static_cast<std::size_t>(year - CacheFirstYear)] = computeEaster(year).toJulianDay();
        return t;
    }();
    return table;
}

// Easter Sunday as a Julian day, or 0 when the year has no Gregorian Easter.
qint64 easterJulianDay(int year)
{
    if (year >= CacheFirstYear && year <= CacheLastYear)
        return easterTable()[static_cast<std::size_t>(year - CacheFirstYear)];
    const QDate easter = computeEaster(year);
    return easter.isValid() ? easter.toJulianDay() : 0;
}

// Days after Easter Sunday of the movable holidays.
struct EasterOffset
{
    int days;
    Holiday holiday;
};
constexpr std::array<EasterOffset, 6> EasterOffsets { {
    { -2, Holiday::GoodFriday },
    { 0, Holiday::EasterSunday },
    { 1, Holiday::EasterMonday },
    { 39, Holiday::AscensionDay },
    { 49, Holiday::WhitSunday },
    { 50, Holiday::WhitMonday },
} };

constexpr int KingsDayFirstYear = 2014;

} // namespace

QDate easterSunday(int year)
{
    const qint64 jd = easterJulianDay(year);
    return jd ? QDate::fromJulianDay(jd) : QDate();
}

QDate kingsDay(int year)
{
    const int day = year >= KingsDayFirstYear ? 27 : 30;
    const QDate date(year, 4, day);
    return date.dayOfWeek() == Qt::Sunday ? date.addDays(-1) : date;
}

QList<PublicHoliday> dutchPublicHolidayList(int year)
{
    QList<PublicHoliday> list {
        { QDate(year, 1, 1), Holiday::NewYearsDay },
        { kingsDay(year), year >= KingsDayFirstYear ? Holiday::KingsDay : Holiday::QueensDay },
        { QDate(year, 5, 5), Holiday::LiberationDay },
        { QDate(year, 12, 25), Holiday::ChristmasDay },
        { QDate(year, 12, 26), Holiday::SecondChristmasDay },
    };
    if (const qint64 easter = easterJulianDay(year)) {
        for (const EasterOffset &offset : EasterOffsets)
            list.append({ QDate::fromJulianDay(easter + offset.days), offset.holiday });
    }
    // By date; two holidays on one date in enum order, as holidaysOn() gives them.
    std::sort(list.begin(), list.end(), [](const PublicHoliday &x, const PublicHoliday &y) {
        return x.date != y.date ? x.date < y.date : x.holiday < y.holiday;
    });
    return list;
}

QList<QDate> dutchPublicHolidays(int year)
{
    QList<QDate> dates;
    for (const PublicHoliday &holiday : dutchPublicHolidayList(year)) {
        if (dates.isEmpty() || dates.constLast() != holiday.date)
            dates.append(holiday.date);
    }
    return dates;
}

QList<Holiday> holidaysOn(QDate date)
{
    QList<Holiday> result;
    if (!date.isValid())
        return result;
    const int year = date.year();
    const int month = date.month();
    const int day = date.day();
    if (month == 1 && day == 1)
        result.append(Holiday::NewYearsDay);
    if (month == 4 && date == kingsDay(year))
        result.append(year >= KingsDayFirstYear ? Holiday::KingsDay : Holiday::QueensDay);
    if (month == 12 && day == 25)
        result.append(Holiday::ChristmasDay);
    if (month == 12 && day == 26)
        result.append(Holiday::SecondChristmasDay);
    // Movable holidays fall between 20 March (Good Friday) and 14 June (Whit Monday).
    if (month >= 3 && month <= 6) {
        if (const qint64 easter = easterJulianDay(year)) {
            const qint64 offset = date.toJulianDay() - easter;
            for (const EasterOffset &candidate : EasterOffsets) {
                if (candidate.days == offset)
                    result.append(candidate.holiday);
            }
        }
    }
    if (month == 5 && day == 5)
        result.append(Holiday::LiberationDay);
    std::sort(result.begin(), result.end());
    return result;
}

bool isDutchPublicHoliday(QDate date)
{
    // The hot path of every deadline: no allocation, one table look-up for Easter.
    if (!date.isValid())
        return false;
    const int month = date.month();
    const int day = date.day();
    if ((month == 1 && day == 1) || (month == 5 && day == 5)
        || (month == 12 && (day == 25 || day == 26)))
        return true;
    if (month == 4 && date == kingsDay(date.year()))
        return true;
    if (month < 3 || month > 6)
        return false;
    const qint64 easter = easterJulianDay(date.year());
    if (!easter)
        return false;
    const qint64 offset = date.toJulianDay() - easter;
    return std::any_of(
        EasterOffsets.begin(), EasterOffsets.end(),
        [offset](const EasterOffset &candidate) { return candidate.days == offset; });
}

QString holidayName(Holiday holiday)
{
    switch (holiday) {
    case Holiday::NewYearsDay:
        return QStringLiteral("Nieuwjaarsdag");
    case Holiday::GoodFriday:
        return QStringLiteral("Goede Vrijdag");
    case Holiday::EasterSunday:
        return QStringLiteral("Eerste Paasdag");
    case Holiday::EasterMonday:
        return QStringLiteral("Tweede Paasdag");
    case Holiday::KingsDay:
        return QStringLiteral("Koningsdag");
    case Holiday::QueensDay:
        return QStringLiteral("Koninginnedag");
    case Holiday::LiberationDay:
        return QStringLiteral("Bevrijdingsdag");
    case Holiday::AscensionDay:
        return QStringLiteral("Hemelvaartsdag");
    case Holiday::WhitSunday:
        return QStringLiteral("Eerste Pinksterdag");
    case Holiday::WhitMonday:
        return QStringLiteral("Tweede Pinksterdag");
    case Holiday::ChristmasDay:
        return QStringLiteral("Eerste Kerstdag");
    case Holiday::SecondChristmasDay:
        return QStringLiteral("Tweede Kerstdag");
    }
    return {};
}

bool WorkingDays::isWeekend(QDate date)
{
    const int weekday = date.dayOfWeek();
    return weekday == Qt::Saturday || weekday == Qt::Sunday;
}

bool WorkingDays::isWorkingDay(QDate date) const
{
    return date.isValid() && !isWeekend(date) && !isClosingDay(date) && !isDutchPublicHoliday(date);
}

QDate WorkingDays::nextWorkingDayFrom(QDate date) const
{
    if (!date.isValid())
        return {};
    // Terminates: at most a weekend plus a few holidays, unless every day is a closing day;
    // a year of closing days in a row is a configuration error, not a deadline.
    constexpr int MaxSteps = 366;
    QDate day = date;
    for (int step = 0; step < MaxSteps && !isWorkingDay(day); ++step)
        day = day.addDays(1);
    return day;
}

QString WorkingDays::holidayName(QDate date) const
{
    QStringList names;
    for (const Holiday holiday : holidaysOn(date))
        names.append(pd::holidayName(holiday));
    return names.join(QStringLiteral(" en "));
}

} // namespace pd
