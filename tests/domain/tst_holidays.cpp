#include "domain/Holidays.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using pd::Holiday;
using pd::WorkingDays;

// Known answers for the Dutch public holidays of the Algemene termijnenwet art. 3. Every
// weekday a row relies on is stated in the row and checked with QDate::dayOfWeek, so that a
// wrong calendar memory fails the test instead of hiding in it.

namespace {

// Fails the calling test when `date` is not on `weekday` (Qt::Monday = 1 ... Qt::Sunday = 7).
bool onWeekday(QDate date, int weekday)
{
    if (date.dayOfWeek() == weekday)
        return true;
    qWarning("%s is weekday %d, not %d", qPrintable(date.toString(Qt::ISODate)), date.dayOfWeek(),
             weekday);
    return false;
}

} // namespace

class tst_Holidays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Anonymous Gregorian computus against published Easter dates.
    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("1583 first full Gregorian year") << 1583 << QDate(1583, 4, 10);
        QTest::newRow("1818 earliest possible, 22 Mar") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("1943 latest possible, 25 Apr") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2011") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2016") << 2016 << QDate(2016, 3, 27);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
        QTest::newRow("2038 latest possible, 25 Apr") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285 earliest possible, 22 Mar") << 2285 << QDate(2285, 3, 22);
        QTest::newRow("3000 beyond the cache") << 3000 << QDate(3000, 4, 13);
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QVERIFY(onWeekday(easter, Qt::Sunday));
        QCOMPARE(pd::easterSunday(year), easter);
    }

    // Easter is a Sunday between 22 March and 25 April in every year, cached or not.
    void easterRange()
    {
        for (int year = 1583; year <= 3100; ++year) {
            const QDate easter = pd::easterSunday(year);
            QVERIFY2(easter.isValid() && easter.dayOfWeek() == Qt::Sunday,
                     qPrintable(QString::number(year)));
            QVERIFY(easter >= QDate(year, 3, 22));
            QVERIFY(easter <= QDate(year, 4, 25));
        }
        QVERIFY(!pd::easterSunday(1582).isValid()); // no Gregorian Easter yet
    }

    // 2026 by hand: Easter 5 April; Hemelvaart = Easter + 39 = 14 May; Pinksteren + 49 = 24 May.
    void holidays2026()
    {
        struct Row
        {
            QDate date;
            int weekday;
            Holiday holiday;
            QString name;
        };
        const QList<Row> expected {
            { QDate(2026, 1, 1), Qt::Thursday, Holiday::NewYearsDay, u"Nieuwjaarsdag"_s },
            { QDate(2026, 4, 3), Qt::Friday, Holiday::GoodFriday, u"Goede Vrijdag"_s },
            { QDate(2026, 4, 5), Qt::Sunday, Holiday::EasterSunday, u"Eerste Paasdag"_s },
            { QDate(2026, 4, 6), Qt::Monday, Holiday::EasterMonday, u"Tweede Paasdag"_s },
            { QDate(2026, 4, 27), Qt::Monday, Holiday::KingsDay, u"Koningsdag"_s },
            { QDate(2026, 5, 5), Qt::Tuesday, Holiday::LiberationDay, u"Bevrijdingsdag"_s },
            { QDate(2026, 5, 14), Qt::Thursday, Holiday::AscensionDay, u"Hemelvaartsdag"_s },
            { QDate(2026, 5, 24), Qt::Sunday, Holiday::WhitSunday, u"Eerste Pinksterdag"_s },
            { QDate(2026, 5, 25), Qt::Monday, Holiday::WhitMonday, u"Tweede Pinksterdag"_s },
            { QDate(2026, 12, 25), Qt::Friday, Holiday::ChristmasDay, u"Eerste Kerstdag"_s },
            { QDate(2026, 12, 26), Qt::Saturday, Holiday::SecondChristmasDay,
              u"Tweede Kerstdag"_s },
        };
        const QList<pd::PublicHoliday> list = pd::dutchPublicHolidayList(2026);
        const QList<QDate> dates = pd::dutchPublicHolidays(2026);
        QCOMPARE(list.size(), expected.size());
        QCOMPARE(dates.size(), expected.size());
        const WorkingDays workingDays;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Row &row = expected.at(i);
            QVERIFY(onWeekday(row.date, row.weekday));
            QCOMPARE(list.at(i).date, row.date);
            QCOMPARE(list.at(i).holiday, row.holiday);
            QCOMPARE(dates.at(i), row.date);
            QCOMPARE(pd::holidayName(row.holiday), row.name);
            QCOMPARE(workingDays.holidayName(row.date), row.name);
            QVERIFY(pd::isDutchPublicHoliday(row.date));
            QVERIFY(!workingDays.isWorkingDay(row.date));
        }
        // Every other day of 2026 is no holiday: the fast check agrees with the list.
        int holidays = 0;
        for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) {
            if (pd::isDutchPublicHoliday(day))
                ++holidays;
            QCOMPARE(pd::isDutchPublicHoliday(day), dates.contains(day));
            QCOMPARE(pd::holidaysOn(day).isEmpty(), !dates.contains(day));
        }
        QCOMPARE(holidays, 11);
    }

    // Koningsdag 27 April, 26 April when the 27th is a Sunday (since 2014); before 2014
    // Koninginnedag 30 April, 29 April when the 30th is a Sunday.
    void kingsDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("holiday");
        const int king = int(Holiday::KingsDay);
        const int queen = int(Holiday::QueensDay);
        QTest::newRow("2026 normal, Monday 27 Apr")
            << 2026 << QDate(2026, 4, 27) << int(Qt::Monday) << king;
        QTest::newRow("2024 on a Saturday, stays 27 Apr")
            << 2024 << QDate(2024, 4, 27) << int(Qt::Saturday) << king;
        QTest::newRow("2025 27th is a Sunday -> Saturday 26 Apr")
            << 2025 << QDate(2025, 4, 26) << int(Qt::Saturday) << king;
        QTest::newRow("2014 first Koningsdag, 27th a Sunday -> 26 Apr")
            << 2014 << QDate(2014, 4, 26) << int(Qt::Saturday) << king;
        QTest::newRow("2031 27th is a Sunday -> 26 Apr")
            << 2031 << QDate(2031, 4, 26) << int(Qt::Saturday) << king;
        QTest::newRow("2013 last Koninginnedag, 30 Apr")
            << 2013 << QDate(2013, 4, 30) << int(Qt::Tuesday) << queen;
        QTest::newRow("2006 Koninginnedag, 30th a Sunday -> 29 Apr")
            << 2006 << QDate(2006, 4, 29) << int(Qt::Saturday) << queen;
    }
    void kingsDay()
    {
        QFETCH(int, year);
        QFETCH(QDate, date);
        QFETCH(int, weekday);
        QFETCH(int, holiday);
        QVERIFY(onWeekday(date, weekday));
        QCOMPARE(pd::kingsDay(year), date);
        QCOMPARE(pd::holidaysOn(date), QList<Holiday> { Holiday(holiday) });
        QVERIFY(pd::dutchPublicHolidays(year).contains(date));
        // The day it was moved from is no holiday.
        const QDate nominal(year, 4, year >= 2014 ? 27 : 30);
        if (nominal != date) {
            QVERIFY(onWeekday(nominal, Qt::Sunday));
            QVERIFY(!pd::isDutchPublicHoliday(nominal));
        }
    }

    // 5 May 2016 was both Hemelvaartsdag and Bevrijdingsdag: one date, two names.
    void twoHolidaysOnOneDay()
    {
        const QDate day(2016, 5, 5);
        QVERIFY(onWeekday(day, Qt::Thursday));
        QCOMPARE(pd::easterSunday(2016).addDays(39), day);
        QCOMPARE(pd::holidaysOn(day),
                 (QList<Holiday> { Holiday::LiberationDay, Holiday::AscensionDay }));
        QCOMPARE(WorkingDays().holidayName(day), u"Bevrijdingsdag en Hemelvaartsdag"_s);
        QCOMPARE(pd::dutchPublicHolidayList(2016).size(), 11);
        QCOMPARE(pd::dutchPublicHolidays(2016).size(), 10);
        QCOMPARE(pd::dutchPublicHolidays(2016).count(day), 1);
    }

    // Structural checks over four centuries: the right weekdays and the right count.
    void everyYear()
    {
        for (int year = 1900; year <= 2300; ++year) {
            const QList<pd::PublicHoliday> list = pd::dutchPublicHolidayList(year);
            QCOMPARE(list.size(), 11);
            for (const pd::PublicHoliday &holiday : list) {
                QCOMPARE(holiday.date.year(), year);
                QVERIFY(pd::holidaysOn(holiday.date).contains(holiday.holiday));
                switch (holiday.holiday) {
                case Holiday::GoodFriday:
                    QCOMPARE(holiday.date.dayOfWeek(), int(Qt::Friday));
                    break;
                case Holiday::EasterSunday:
                case Holiday::WhitSunday:
                    QCOMPARE(holiday.date.dayOfWeek(), int(Qt::Sunday));
                    break;
                case Holiday::EasterMonday:
                case Holiday::WhitMonday:
                    QCOMPARE(holiday.date.dayOfWeek(), int(Qt::Monday));
                    break;
                case Holiday::AscensionDay:
                    QCOMPARE(holiday.date.dayOfWeek(), int(Qt::Thursday));
                    break;
                case Holiday::KingsDay:
                case Holiday::QueensDay:
                    QVERIFY(holiday.date.dayOfWeek() != Qt::Sunday);
                    break;
                default:
                    break;
                }
            }
            const QList<QDate> dates = pd::dutchPublicHolidays(year);
            QVERIFY(std::is_sorted(dates.begin(), dates.end()));
            QCOMPARE(QSet<QDate>(dates.begin(), dates.end()).size(), dates.size());
            // Only Hemelvaartsdag can coincide with another holiday (5 May).
            const bool ascensionOnFifthOfMay
                = pd::easterSunday(year).addDays(39) == QDate(year, 5, 5);
            QCOMPARE(dates.size(), ascensionOnFifthOfMay ? 10 : 11);
        }
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<bool>("working");
        QTest::newRow("ordinary Wednesday") << QDate(2026, 3, 4) << int(Qt::Wednesday) << true;
        QTest::newRow("Saturday") << QDate(2026, 3, 7) << int(Qt::Saturday) << false;
        QTest::newRow("Sunday") << QDate(2026, 3, 8) << int(Qt::Sunday) << false;
        QTest::newRow("Good Friday") << QDate(2026, 4, 3) << int(Qt::Friday) << false;
        QTest::newRow("Easter Monday") << QDate(2026, 4, 6) << int(Qt::Monday) << false;
        QTest::newRow("Tuesday after Easter") << QDate(2026, 4, 7) << int(Qt::Tuesday) << true;
        QTest::newRow("Koningsdag Monday") << QDate(2026, 4, 27) << int(Qt::Monday) << false;
        QTest::newRow("Bevrijdingsdag non-lustrum 2026")
            << QDate(2026, 5, 5) << int(Qt::Tuesday) << false;
        QTest::newRow("Bevrijdingsdag non-lustrum 2027")
            << QDate(2027, 5, 5) << int(Qt::Wednesday) << false;
        QTest::newRow("Hemelvaartsdag") << QDate(2026, 5, 14) << int(Qt::Thursday) << false;
        QTest::newRow("Friday after Hemelvaart (no closing day)")
            << QDate(2026, 5, 15) << int(Qt::Friday) << true;
        QTest::newRow("Whit Monday") << QDate(2026, 5, 25) << int(Qt::Monday) << false;
        QTest::newRow("1 May is no Dutch holiday") << QDate(2026, 5, 1) << int(Qt::Friday) << true;
        QTest::newRow("Christmas Eve is no holiday")
            << QDate(2026, 12, 24) << int(Qt::Thursday) << true;
        QTest::newRow("Christmas Day") << QDate(2026, 12, 25) << int(Qt::Friday) << false;
        QTest::newRow("Second Christmas Day on a weekday")
            << QDate(2025, 12, 26) << int(Qt::Friday) << false;
        QTest::newRow("New Year's Eve is no holiday")
            << QDate(2026, 12, 31) << int(Qt::Thursday) << true;
        QTest::newRow("New Year's Day") << QDate(2027, 1, 1) << int(Qt::Friday) << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(int, weekday);
        QFETCH(bool, working);
        QVERIFY(onWeekday(date, weekday));
        QCOMPARE(WorkingDays().isWorkingDay(date), working);
    }

    void nextWorkingDayFrom_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("next");
        QTest::addColumn<int>("nextWeekday");
        QTest::newRow("working day is itself")
            << QDate(2026, 3, 4) << QDate(2026, 3, 4) << int(Qt::Wednesday);
        QTest::newRow("Saturday -> Monday")
            << QDate(2026, 3, 7) << QDate(2026, 3, 9) << int(Qt::Monday);
        QTest::newRow("Good Friday -> Tuesday after Easter")
            << QDate(2026, 4, 3) << QDate(2026, 4, 7) << int(Qt::Tuesday);
        QTest::newRow("Koningsdag Saturday 2025 -> Monday 28 Apr")
            << QDate(2025, 4, 26) << QDate(2025, 4, 28) << int(Qt::Monday);
        QTest::newRow("Bevrijdingsdag 2027 then Hemelvaart -> Friday 7 May")
            << QDate(2027, 5, 5) << QDate(2027, 5, 7) << int(Qt::Friday);
        QTest::newRow("Christmas Friday -> Monday 28 Dec")
            << QDate(2026, 12, 25) << QDate(2026, 12, 28) << int(Qt::Monday);
        QTest::newRow("Saturday 30 Dec 2023 -> over New Year -> Tuesday 2 Jan 2024")
            << QDate(2023, 12, 30) << QDate(2024, 1, 2) << int(Qt::Tuesday);
        QTest::newRow("invalid stays invalid") << QDate() << QDate() << 0;
    }
    void nextWorkingDayFrom()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, next);
        QFETCH(int, nextWeekday);
        if (next.isValid())
            QVERIFY(onWeekday(next, nextWeekday));
        QCOMPARE(WorkingDays().nextWorkingDayFrom(date), next);
    }

    // The organisation's own closing days (a brugdag) are no working days; holidays stay.
    void closingDays()
    {
        const QDate brugdag(2026, 5, 15); // Friday after Hemelvaartsdag
        QVERIFY(onWeekday(brugdag, Qt::Friday));
        const WorkingDays workingDays(QSet<QDate> { brugdag, QDate(2026, 1, 2) });
        QVERIFY(workingDays.isClosingDay(brugdag));
        QVERIFY(!workingDays.isWorkingDay(brugdag));
        QVERIFY(!WorkingDays::isPublicHoliday(brugdag));
        QVERIFY(workingDays.holidayName(brugdag).isEmpty());
        QCOMPARE(workingDays.nextWorkingDayFrom(QDate(2026, 5, 14)), QDate(2026, 5, 18));
        QVERIFY(onWeekday(QDate(2026, 5, 18), Qt::Monday));
        // Nieuwjaarsdag (Thursday), then the closing day (Friday), then the weekend.
        QCOMPARE(workingDays.nextWorkingDayFrom(QDate(2026, 1, 1)), QDate(2026, 1, 5));
        QVERIFY(onWeekday(QDate(2026, 1, 5), Qt::Monday));
        QCOMPARE(workingDays.closingDays().size(), 2);
    }

    void invalidDates()
    {
        QVERIFY(!pd::isDutchPublicHoliday(QDate()));
        QVERIFY(pd::holidaysOn(QDate()).isEmpty());
        QVERIFY(!WorkingDays().isWorkingDay(QDate()));
        QVERIFY(WorkingDays().holidayName(QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Holidays)
#include "tst_holidays.moc"
