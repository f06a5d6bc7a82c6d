// The session's ChangeFeed, on both backends: on a server store another seat's
// commits are heard, a burst of them as one changed(), and a seat that never stops committing
// still within maxDelayMs; this seat's own commits, its own events not yet committed and a
// rolled-back write are not; the feed stops asking when it goes. A store folder has one desk at a
// time: its feed is not live and never says anything changed.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "session/ChangeFeed.h"
#include "session/Session.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// Long enough for a change to be seen and said, were there one.
constexpr int quietMs = ChangeFeed::maxDelayMs + 2 * ChangeFeed::pollMs;

QString logCall(Store &store, const QString &name)
{
    NewCase request;
    request.person.name = name;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = pd::systemClock().today();
    ServiceError error;
    const auto added = CaseService(Session { store }).add(request, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("the request was not added: %s", qPrintable(error.message));
    return added ? added->number : QString();
}

} // namespace

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void liveOnlyOnAServer();
    void anotherSeatsBurstComesOnce();
    void ownCommitsAreNotEchoed();
    void aRolledBackWriteSaysNothing();
    void aSeatThatNeverStopsIsStillHeard();
    void ownEventsNotYetCommittedAreNotOthers();
    void stopsListeningWhenItGoes();

private:
    // The colleague's seat: on a server a second connection; a store folder has one desk at a
    // time, so there it is the same store.
    Store &otherSeat();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_other;
    int m_count = 0;
};

void TestChangeFeed::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
}

void TestChangeFeed::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_count));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
}

void TestChangeFeed::cleanup()
{
    m_other.reset();
    m_store.reset();
}

Store &TestChangeFeed::otherSeat()
{
    if (testBackend() == Backend::Folder)
        return *m_store;
    if (!m_other) {
        StoreError error;
        m_other = openServiceStore(m_path, &error);
        if (!m_other)
            qFatal("the other seat did not open: %s", qPrintable(error.message()));
    }
    return *m_other;
}

void TestChangeFeed::liveOnlyOnAServer()
{
    ChangeFeed feed(*m_store);
    QCOMPARE(feed.isLive(), testBackend() == Backend::Server);
    QVERIFY2(feed.problem().isEmpty(), qPrintable(feed.problem()));
}

void TestChangeFeed::anotherSeatsBurstComesOnce()
{
    ChangeFeed feed(*m_store);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!logCall(otherSeat(), u"Beller %1"_s.arg(i)).isEmpty());
    if (testBackend() == Backend::Folder) {
        // Nobody else can write to a store folder while this desk has it open.
        QTest::qWait(quietMs);
        QCOMPARE(changed.count(), 0);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 3000);
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 1);
    // A later commit is heard again.
    QVERIFY(!logCall(otherSeat(), u"Nog een beller"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 3000);
}

void TestChangeFeed::ownCommitsAreNotEchoed()
{
    ChangeFeed feed(*m_store);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QVERIFY(!logCall(*m_store, u"Eigen beller"_s).isEmpty());
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
}

void TestChangeFeed::aRolledBackWriteSaysNothing()
{
    ChangeFeed feed(*m_store);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    Store &seat = otherSeat();
    {
        Transaction transaction(seat.database());
        QVERIFY(transaction.isOpen());
        QVERIFY(!logCall(seat, u"Teruggedraaid"_s).isEmpty());
        // Leaving the scope without commit() rolls the request and its events back.
    }
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
}

// A burst is read as one only while it lasts less than maxDelayMs: a seat that commits every
// 100 ms for three seconds is heard more than once meanwhile (a feed that waited for a quiet
// moment would say nothing until it stopped).
void TestChangeFeed::aSeatThatNeverStopsIsStillHeard()
{
    ChangeFeed feed(*m_store);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QElapsedTimer busy;
    busy.start();
    int calls = 0;
    while (busy.elapsed() < 3 * ChangeFeed::maxDelayMs) {
        QVERIFY(!logCall(otherSeat(), u"Drukke beller %1"_s.arg(++calls)).isEmpty());
        QTest::qWait(100);
    }
    if (testBackend() == Backend::Folder) {
        QCOMPARE(changed.count(), 0); // the desk's own commits: nobody else can write
        return;
    }
    QVERIFY2(changed.count() >= 2,
             qPrintable(u"%1 changed() in %2 ms of %3 commits"_s.arg(changed.count())
                            .arg(busy.elapsed())
                            .arg(calls)));
}

// The server's count of other sessions' events leaves out this session's, committed or not: a
// desk that asks inside its own transaction does not hear itself.
void TestChangeFeed::ownEventsNotYetCommittedAreNotOthers()
{
    if (testBackend() == Backend::Folder) {
        QVERIFY(!ChangeFeed(*m_store).isLive()); // there is no server to ask
        return;
    }
    const auto others = [this] {
        QSqlQuery query(m_store->database());
        if (!query.exec(u"SELECT pd_audit_others()"_s) || !query.next())
            return qint64(-1);
        return query.value(0).toLongLong();
    };
    const qint64 before = others();
    QVERIFY(before >= 0);
    {
        Transaction transaction(m_store->database());
        QVERIFY(transaction.isOpen());
        QVERIFY(!logCall(*m_store, u"Eigen beller"_s).isEmpty());
        QCOMPARE(others(), before);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(others(), before);
    QVERIFY(!logCall(*m_store, u"Nog een eigen beller"_s).isEmpty());
    QCOMPARE(others(), before);
    QVERIFY(!logCall(otherSeat(), u"Beller van een ander"_s).isEmpty());
    QVERIFY(others() > before);
}

void TestChangeFeed::stopsListeningWhenItGoes()
{
    auto feed = std::make_unique<ChangeFeed>(*m_store);
    QSignalSpy changed(feed.get(), &ChangeFeed::changed);
    feed.reset();
    QVERIFY(!logCall(otherSeat(), u"Na het sluiten"_s).isEmpty());
    QTest::qWait(quietMs);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
