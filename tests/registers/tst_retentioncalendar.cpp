#include "terms/RetentionCalendar.h"

#include <QTest>

using namespace pd;

// Known answers for retention periods: same date, or the month's last day when that date does
// not exist; weeks are 7 days; never a move to a working day.
class TestRetentionCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void expiry_data();
    void expiry();
    void latestTrigger_data();
    void latestTrigger();
    void unitCodes();
    void invalid();
};

void TestRetentionCalendar::expiry_data()
{
    QTest::addColumn<QDate>("trigger");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QDate>("expected");

    const auto row
        = [](const char *name, QDate trigger, int amount, RetentionUnit unit, QDate expected) {
              QTest::newRow(name) << trigger << amount << static_cast<int>(unit) << expected;
          };
    const auto Y = RetentionUnit::Years;
    const auto M = RetentionUnit::Months;
    const auto W = RetentionUnit::Weeks;
    const auto D = RetentionUnit::Days;
    row("29 Feb 2024 + 1 year", QDate(2024, 2, 29), 1, Y, QDate(2025, 2, 28));
    row("29 Feb 2024 + 2 years", QDate(2024, 2, 29), 2, Y, QDate(2026, 2, 28));
    row("29 Feb 2024 + 4 years", QDate(2024, 2, 29), 4, Y, QDate(2028, 2, 29));
    row("29 Feb 2024 + 7 years (AWR)", QDate(2024, 2, 29), 7, Y, QDate(2031, 2, 28));
    row("28 Feb 2023 + 1 year: no end-of-month rule", QDate(2023, 2, 28), 1, Y, QDate(2024, 2, 28));
    row("29 Feb 2024 + 12 months", QDate(2024, 2, 29), 12, M, QDate(2025, 2, 28));
    row("31 Jan 2024 + 1 month (leap)", QDate(2024, 1, 31), 1, M, QDate(2024, 2, 29));
    row("31 Jan 2025 + 1 month", QDate(2025, 1, 31), 1, M, QDate(2025, 2, 28));
    row("31 Mar + 1 month", QDate(2025, 3, 31), 1, M, QDate(2025, 4, 30));
    row("31 Aug + 1 month (EDPB)", QDate(2025, 8, 31), 1, M, QDate(2025, 9, 30));
    row("28 Feb + 1 month", QDate(2025, 2, 28), 1, M, QDate(2025, 3, 28));
    row("30 Nov + 1 month", QDate(2025, 11, 30), 1, M, QDate(2025, 12, 30));
    row("31 Oct 2025 + 4 months", QDate(2025, 10, 31), 4, M, QDate(2026, 2, 28));
    row("15 Dec 2025 + 1 month: year boundary", QDate(2025, 12, 15), 1, M, QDate(2026, 1, 15));
    row("2 years lands on a Sunday: no move", QDate(2024, 3, 1), 2, Y, QDate(2026, 3, 1));
    row("1 year lands on Christmas: no move", QDate(2024, 12, 25), 1, Y, QDate(2025, 12, 25));
    row("4 weeks = 28 days", QDate(2025, 1, 1), 4, W, QDate(2025, 1, 29));
    row("4 weeks over 29 Feb", QDate(2024, 2, 15), 4, W, QDate(2024, 3, 14));
    row("1 week", QDate(2025, 12, 29), 1, W, QDate(2026, 1, 5));
    row("30 days over February", QDate(2026, 2, 1), 30, D, QDate(2026, 3, 3));
    row("365 days over a leap day", QDate(2024, 1, 1), 365, D, QDate(2024, 12, 31));
    row("1 day", QDate(2025, 12, 31), 1, D, QDate(2026, 1, 1));
    row("0 days", QDate(2025, 6, 1), 0, D, QDate(2025, 6, 1));
}

void TestRetentionCalendar::expiry()
{
    QFETCH(QDate, trigger);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(QDate, expected);
    QCOMPARE(RetentionCalendar::expiry(trigger, { amount, static_cast<RetentionUnit>(unit) }),
             expected);
}

void TestRetentionCalendar::latestTrigger_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QDate>("expected");
    const auto row
        = [](const char *name, QDate day, int amount, RetentionUnit unit, QDate expected) {
              QTest::newRow(name) << day << amount << static_cast<int>(unit) << expected;
          };
    // 28 Feb 2025 is the expiry of both 28 and 29 Feb 2024 + 1 year: the later one counts.
    row("28 Feb 2025, 1 year", QDate(2025, 2, 28), 1, RetentionUnit::Years, QDate(2024, 2, 29));
    row("1 Mar 2025, 1 year", QDate(2025, 3, 1), 1, RetentionUnit::Years, QDate(2024, 3, 1));
    row("29 Feb 2024, 1 year", QDate(2024, 2, 29), 1, RetentionUnit::Years, QDate(2023, 2, 28));
    row("30 Apr, 1 month", QDate(2025, 4, 30), 1, RetentionUnit::Months, QDate(2025, 3, 31));
    row("29 Apr, 1 month", QDate(2025, 4, 29), 1, RetentionUnit::Months, QDate(2025, 3, 29));
    row("28 Feb 2025, 1 month", QDate(2025, 2, 28), 1, RetentionUnit::Months, QDate(2025, 1, 31));
    row("4 weeks", QDate(2025, 1, 29), 4, RetentionUnit::Weeks, QDate(2025, 1, 1));
    row("10 days", QDate(2025, 1, 11), 10, RetentionUnit::Days, QDate(2025, 1, 1));
}

void TestRetentionCalendar::latestTrigger()
{
    QFETCH(QDate, day);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(QDate, expected);
    const RetentionPeriod period { amount, static_cast<RetentionUnit>(unit) };
    const QDate latest = RetentionCalendar::latestTriggerExpiringBy(day, period);
    QCOMPARE(latest, expected);
    QVERIFY(RetentionCalendar::expiry(latest, period) <= day);
    QVERIFY(RetentionCalendar::expiry(latest.addDays(1), period) > day);
}

void TestRetentionCalendar::unitCodes()
{
    for (RetentionUnit unit :
         { RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years })
        QCOMPARE(RetentionCalendar::unitFromCode(RetentionCalendar::unitCode(unit)), unit);
    QCOMPARE(RetentionCalendar::unitFromCode(u"eeuwen"), std::nullopt);
}

void TestRetentionCalendar::invalid()
{
    QVERIFY(!RetentionCalendar::expiry(QDate(), { 1, RetentionUnit::Years }).isValid());
    QVERIFY(!RetentionCalendar::expiry(QDate(2025, 1, 1), { -1, RetentionUnit::Years }).isValid());
}

QTEST_APPLESS_MAIN(TestRetentionCalendar)
#include "tst_retentioncalendar.moc"
