// The growing pause after wrong passwords: the table of waits, the countdown against a
// clock, a success clearing it, and the counter surviving a restart.

#include "TestSupport.h"
#include "store/UnlockBackoff.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestUnlockBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void delays_data();
    void delays();
    void countdown();
    void successClears();
    void restoreAndClockBack();
    void sharedByEveryPathOfTheSameStore();
};

void TestUnlockBackoff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Privacydesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_unlockbackoff"));
    QSettings().clear();
    QVERIFY(initSodium());
}

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

// The pause belongs to the store (its id in the keyring), not to the path it was reached by:
// a copy of the folder, a symlink to it or another spelling of the path waits just as long,
// while another store does not.
void TestUnlockBackoff::sharedByEveryPathOfTheSameStore()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(test::createTestStore(dir));
    const QString other = tmp.filePath(QStringLiteral("andere"));
    QVERIFY(test::createTestStore(other));

    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    UnlockBackoff failing(clock);
    for (int i = 0; i < 4; ++i)
        failing.recordFailure();
    failing.save(dir);

    // A copy of the store's files in another folder.
    const QString copy = tmp.filePath(QStringLiteral("kopie"));
    QVERIFY(QDir().mkpath(copy));
    for (const char *name : { Store::keyringFileName, Store::databaseFileName }) {
        QVERIFY(QFile::copy(QDir(dir).filePath(QLatin1StringView(name)),
                            QDir(copy).filePath(QLatin1StringView(name))));
    }
    const QString link = tmp.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(dir, link));
    const QString otherSpelling = tmp.filePath(QStringLiteral("kluis/../kluis/."));

    for (const QString &path : { dir, copy, link, otherSpelling }) {
        UnlockBackoff reader(clock);
        reader.load(path);
        QVERIFY2(reader.failures() == 4, qPrintable(path));
        QCOMPARE(reader.secondsToWait(), 10);
    }
    UnlockBackoff elsewhere(clock);
    elsewhere.load(other);
    QCOMPARE(elsewhere.failures(), 0);

    // A success through the copy clears the pause of the store everywhere.
    UnlockBackoff succeeding(clock);
    succeeding.load(copy);
    succeeding.recordSuccess();
    succeeding.save(copy);
    UnlockBackoff after(clock);
    after.load(dir);
    QCOMPARE(after.failures(), 0);
}

QTEST_GUILESS_MAIN(TestUnlockBackoff)
#include "tst_unlockbackoff.moc"
