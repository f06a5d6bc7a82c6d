// Crash safety: a writer process is killed (SIGKILL, no clean-up at all) mid-transaction and
// mid-commit; every committed row must survive, nothing uncommitted may appear, and the store
// must open again despite the lock file the dead process left behind.

#include "TestSupport.h"
#include "cases/TrailRows.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

int rowCount(const Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM settings")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Reads the writer's "<word> <n>" lines until one starts with word; returns the last n seen.
int waitFor(QProcess &writer, const QByteArray &word, int *lastCommitted)
{
    while (writer.state() == QProcess::Running && writer.waitForReadyRead(20000)) {
        while (writer.canReadLine()) {
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.size() != 2)
                continue;
            if (parts.first() == "committed")
                *lastCommitted = parts.last().toInt();
            if (parts.first() == word)
                return parts.last().toInt();
        }
    }
    return -1;
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }
    void killDuringOpenTransaction();
    void killDuringCommits_data();
    void killDuringCommits();
    void deletedWalWithCommittedEventsIsDetected();
};

void TestCrash::killDuringOpenTransaction()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));

    QProcess writer;
    writer.start(QStringLiteral(CRASHWRITER_PATH), { dir, QStringLiteral("open-transaction") });
    QVERIFY(writer.waitForStarted());
    int committed = 0;
    QCOMPARE(waitFor(writer, "pending", &committed), 1950);
    QCOMPARE(committed, 50);
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished());
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral(".lock"))));

    StoreError error;
    auto store = openTestStore(dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QCOMPARE(rowCount(*store), 50);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestCrash::killDuringCommits_data()
{
    QTest::addColumn<int>("delayMs");
    for (int round = 0; round < 5; ++round) {
        const int delay = 150 + QRandomGenerator::global()->bounded(600);
        QTest::addRow("kill after %d ms", delay) << delay;
    }
}

void TestCrash::killDuringCommits()
{
    QFETCH(int, delayMs);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));

    QProcess writer;
    writer.start(QStringLiteral(CRASHWRITER_PATH), { dir, QStringLiteral("commit-loop") });
    QVERIFY(writer.waitForStarted());
    int committed = 0;
    QVERIFY(waitFor(writer, "committed", &committed) >= 1);
    QTest::qWait(delayMs);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    // Lines still in the pipe tell how far the writer got before it died.
    while (writer.canReadLine()) {
        const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
        if (parts.size() == 2 && parts.first() == "committed")
            committed = parts.last().toInt();
    }

    StoreError error;
    auto store = openTestStore(dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    const int rows = rowCount(*store);
    // Every reported commit is there; at most the one in flight when the kill came is extra.
    QVERIFY2(rows == committed || rows == committed + 1,
             qPrintable(QStringLiteral("%1 rows, %2 reported committed").arg(rows).arg(committed)));
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

// A writer killed with committed transactions still in the -wal: with the -wal, the
// store opens with everything; with the -wal deleted, its committed events are gone and the
// keyring's audit anchor says so: opening refuses with rolled-back instead of carrying on
// with a silently shortened trail.
void TestCrash::deletedWalWithCommittedEventsIsDetected()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    QProcess writer;
    writer.start(QStringLiteral(CRASHWRITER_PATH), { dir, QStringLiteral("audit-then-wait") });
    QVERIFY(writer.waitForStarted());
    int committed = 0;
    QCOMPARE(waitFor(writer, "committed", &committed), 20);
    writer.kill();
    QVERIFY(writer.waitForFinished());

    const QString dbPath = QDir(dir).filePath(QStringLiteral("privacydesk.db"));
    QVERIFY(QFile::exists(dbPath + QStringLiteral("-wal")));
    // A copy with the -wal opens: a kill -9 alone is never taken for a rollback.
    const QString intact = tmp.filePath(QStringLiteral("intact"));
    QVERIFY(QDir().mkpath(intact));
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (name != QStringLiteral(".lock"))
            QVERIFY(QFile::copy(QDir(dir).filePath(name), QDir(intact).filePath(name)));
    }
    {
        StoreError error;
        auto store = openTestStore(intact, &error);
        QVERIFY2(store, qPrintable(error.detail()));
        QCOMPARE(rowCount(*store), 20);
        QStringList problems;
        QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    }

    QVERIFY(QFile::remove(dbPath + QStringLiteral("-wal")));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::RolledBack);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
