#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace pd {

// The holidays of the Algemene termijnenwet art. 3; Bevrijdingsdag every year, not only in lustrum
// years.
enum class Holiday {
    NewYearsDay, // Nieuwjaarsdag
    GoodFriday, // Goede Vrijdag
    EasterSunday, // Eerste Paasdag
    EasterMonday, // Tweede Paasdag
    KingsDay, // Koningsdag, from 2014
    QueensDay, // Koninginnedag, before 2014
    LiberationDay, // Bevrijdingsdag
    AscensionDay, // Hemelvaartsdag
    WhitSunday, // Eerste Pinksterdag
    WhitMonday, // Tweede Pinksterdag
    ChristmasDay, // Eerste Kerstdag
    SecondChristmasDay, // Tweede Kerstdag
};

struct PublicHoliday
{
    QDate date;
    Holiday holiday = Holiday::NewYearsDay;
};

// Computed, never a table, so every year is right; invalid before 1583.
QDate easterSunday(int year);

QDate kingsDay(int year);

QList<PublicHoliday> dutchPublicHolidayList(int year);
QList<QDate> dutchPublicHolidays(int year);
QList<Holiday> holidaysOn(QDate date);
bool isDutchPublicHoliday(QDate date);

// Dutch on purpose, not tr(): the names the law and an AP case handler use.
QString holidayName(Holiday holiday);

class WorkingDays
{
public:
    WorkingDays() = default;
    explicit WorkingDays(QSet<QDate> closingDays)
        : m_closingDays(std::move(closingDays))
    { }

    const QSet<QDate> &closingDays() const { return m_closingDays; }
    bool isClosingDay(QDate date) const { return m_closingDays.contains(date); }
    static bool isWeekend(QDate date);
    static bool isPublicHoliday(QDate date) { return isDutchPublicHoliday(date); }

    bool isWorkingDay(QDate date) const;
    QDate nextWorkingDayFrom(QDate date) const;
    QString holidayName(QDate date) const;

private:
    QSet<QDate> m_closingDays;
};

} // namespace pd
