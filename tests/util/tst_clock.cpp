#include "TestSupport.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QTest>

using namespace pd;

// Clock::today() is the organisation's day (Europe/Amsterdam), never the computer's: a letter
// made at 00:30 Dutch time is dated that day, and "not in the future" agrees with it, also on a
// CI machine set to UTC.
class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void todayIsAmsterdams_data();
    void todayIsAmsterdams();
};

void TestClock::initTestCase()
{
    // A computer zone far from Amsterdam's (UTC+14), so that a day taken from it shows.
    test::setComputerTimeZone(test::farZone);
}

void TestClock::todayIsAmsterdams_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("today");
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    // Winter time, UTC+1.
    QTest::newRow("23:30 UTC in November") << utc(2026, 11, 23, 23, 30) << QDate(2026, 11, 24);
    QTest::newRow("22:59 UTC in November") << utc(2026, 11, 23, 22, 59) << QDate(2026, 11, 23);
    QTest::newRow("new year") << utc(2026, 12, 31, 23, 0) << QDate(2027, 1, 1);
    // Summer time, UTC+2.
    QTest::newRow("22:30 UTC in July") << utc(2026, 7, 1, 22, 30) << QDate(2026, 7, 2);
    QTest::newRow("21:59 UTC in July") << utc(2026, 7, 1, 21, 59) << QDate(2026, 7, 1);
    // Already tomorrow on the computer (UTC+14), still today in Amsterdam.
    QTest::newRow("10:00 UTC") << utc(2026, 11, 23, 10, 0) << QDate(2026, 11, 23);
}

void TestClock::todayIsAmsterdams()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, today);
    QCOMPARE(FixedClock(utc).today(), today);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
