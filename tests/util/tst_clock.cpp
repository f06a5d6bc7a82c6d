#include "TestSupport.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

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
    void theMomentTookInTheTest();
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

// Under support/at-moment.sh (the "clock" tests, ctest -L clock): the clock this process reads is
// the moment asked for, and the day the tests take (test::systemToday()) is Amsterdam's day of
// it, not the computer's. A faked clock that did not take would let every test at that moment
// pass at the real time instead.
void TestClock::theMomentTookInTheTest()
{
    const QString asked = qEnvironmentVariable("PRIVACYDESK_TEST_MOMENT");
    if (asked.isEmpty())
        QSKIP("runs at a moment of its own under tests/support/at-moment.sh (ctest -L clock)");
    const QDateTime moment = QDateTime::fromString(asked, Qt::ISODate);
    QVERIFY2(moment.isValid(), qPrintable(asked));
    const QDateTime now = test::systemNow();
    // Within the hour: a whole suite run under one moment reaches this test minutes later.
    QVERIFY2(now >= moment.addSecs(-5) && now <= moment.addSecs(3600),
             qPrintable(now.toString(Qt::ISODate) + u" is not near "_s + asked));
    QCOMPARE(test::systemToday(), organisationDay(now));
    // Every moment the tests run at is one where the two days differ or the clocks change that
    // night (within the hour): else it would prove nothing the ordinary run does not.
    const QDate utcDay = now.toUTC().date();
    const bool clocksChange = organisationTimeZone().offsetFromUtc(now.addSecs(-3600))
        != organisationTimeZone().offsetFromUtc(now.addSecs(3600));
    QVERIFY2(test::systemToday() != utcDay || clocksChange, qPrintable(asked));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
