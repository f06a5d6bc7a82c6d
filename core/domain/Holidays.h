#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace pd {

// The days that count as public holidays for legal periods (Algemene termijnenwet art. 3,
// which Regulation 1182/71 art. 3(4) defers to for the Netherlands). Bevrijdingsdag counts
// every year here, not only in lustrum years as in many collective labour agreements.
// Eerste Paasdag and Eerste Pinksterdag are listed for completeness; they are Sundays anyway.
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

// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), never from a
// table, so that every year a case can be received in is right. Invalid before 1583, the
// first full Gregorian year. Cached per year: deadlines for 50,000 cases stay fast.
QDate easterSunday(int year);

// The royal birthday as celebrated: Koningsdag 27 April (26 April when the 27th is a Sunday)
// from 2014; Koninginnedag 30 April (29 April when the 30th is a Sunday) before 2014.
QDate kingsDay(int year);

// Every public holiday of a year in date order; a day that is two holidays at once (e.g.
// Hemelvaartsdag on 5 May 2016) appears twice, once per holiday.
QList<PublicHoliday> dutchPublicHolidayList(int year);
// The distinct dates of dutchPublicHolidayList(year), sorted.
QList<QDate> dutchPublicHolidays(int year);
// The holidays falling on a date (usually none, at most two).
QList<Holiday> holidaysOn(QDate date);
bool isDutchPublicHoliday(QDate date);

// The Dutch name, e.g. "Tweede Paasdag". Deliberately data, not tr(): these are the names
// the Algemene termijnenwet uses and the names an AP case handler reads in a dossier, so
// they stay Dutch in the English UI as well (like "Koningsdag" in an English newspaper).
QString holidayName(Holiday holiday);

// Which days are working days for one organisation: Monday to Friday, except Dutch public
// holidays and the organisation's own closing days (e.g. a "brugdag" after Hemelvaart). A
// small value type: the holiday rules are global, only the closing days belong to it.
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

    // Not a Saturday, Sunday, public holiday or closing day. An invalid date is no working day.
    bool isWorkingDay(QDate date) const;
    // The date itself when it is a working day, else the first working day after it
    // (Regulation 1182/71 art. 3(4)). Invalid in, invalid out.
    QDate nextWorkingDayFrom(QDate date) const;
    // The Dutch holiday name(s) of a date ("Hemelvaartsdag en Bevrijdingsdag"), empty when it
    // is no public holiday. Closing days have no name here; the UI says "sluitingsdag".
    QString holidayName(QDate date) const;

private:
    QSet<QDate> m_closingDays;
};

} // namespace pd
