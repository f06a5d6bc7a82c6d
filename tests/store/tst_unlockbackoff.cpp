// The growing pause after wrong passwords (issue 8): the table of waits, the countdown against a
// clock, a success clearing it, and the counter surviving a restart.

#include "store/UnlockBackoff.h"

#include <QTest>

using namespace pd;

class TestUnlockBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void countdown();
    void successClears();
    void restoreAndClockBack();
};

void TestUnlockBackoff::delays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("first") << 1 << 0;
    QTest::newRow("second") << 2 << 0;
    QTest::newRow("third") << 3 << 5;
    QTest::newRow("fourth") << 4 << 10;
    QTest::newRow("fifth") << 5 << 20;
    QTest::newRow("sixth") << 6 << 40;
    QTest::newRow("seventh") << 7 << 80;
    QTest::newRow("eighth") << 8 << 160;
    QTest::newRow("ninth: capped") << 9 << 300;
    QTest::newRow("many: capped, no overflow") << 1000 << 300;
}

void TestUnlockBackoff::delays()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(UnlockBackoff::delayAfter(failures), seconds);
}

void TestUnlockBackoff::countdown()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    UnlockBackoff backoff(clock);
    QCOMPARE(backoff.secondsToWait(), 0);
    backoff.recordFailure();
    backoff.recordFailure();
    QCOMPARE(backoff.failures(), 2);
    QCOMPARE(backoff.secondsToWait(), 0); // two typing mistakes cost nothing
    backoff.recordFailure();
    QCOMPARE(backoff.secondsToWait(), 5);
    clock.advanceSecs(3);
    QCOMPARE(backoff.secondsToWait(), 2);
    clock.advanceSecs(2);
    QCOMPARE(backoff.secondsToWait(), 0);
    backoff.recordFailure(); // the wait counts from the newest failure
    QCOMPARE(backoff.secondsToWait(), 10);
    QCOMPARE(backoff.lastFailure(), clock.now());
}

void TestUnlockBackoff::successClears()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    UnlockBackoff backoff(clock);
    for (int i = 0; i < 5; ++i)
        backoff.recordFailure();
    QCOMPARE(backoff.secondsToWait(), 20);
    backoff.recordSuccess();
    QCOMPARE(backoff.failures(), 0);
    QVERIFY(!backoff.lastFailure().isValid());
    QCOMPARE(backoff.secondsToWait(), 0);
}

void TestUnlockBackoff::restoreAndClockBack()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    UnlockBackoff before(clock);
    for (int i = 0; i < 4; ++i)
        before.recordFailure();

    // A new run of the application reads the counter back.
    UnlockBackoff after(clock);
    after.restore(before.failures(), before.lastFailure());
    QCOMPARE(after.secondsToWait(), 10);
    clock.advanceSecs(4);
    QCOMPARE(after.secondsToWait(), 6);

    // Setting the clock back does not end the wait.
    clock.advanceSecs(-3600);
    QCOMPARE(after.secondsToWait(), 10);

    // Nonsense from the settings file is harmless.
    after.restore(-7, QDateTime());
    QCOMPARE(after.failures(), 0);
    QCOMPARE(after.secondsToWait(), 0);
}

QTEST_GUILESS_MAIN(TestUnlockBackoff)
#include "tst_unlockbackoff.moc"
