// Hostile and broken answers to the lists a search reads, from systems of the fictitious
// corporation that behave badly on every request (tests/vera/VeraFixtureMain.cpp): JSON cut off
// halfway, a list nested 100,000 deep, an answer of 17 MB, a redirect to another host, an answer
// later than the system's time and one that drips a byte at a time. Each is refused with a
// reason and nothing of that system is kept, while the person's other systems are found as
// always. A link that points back at the person is not read again, and Cancel ends a request
// that hangs instead of waiting for it.

#include "TestSupport.h"
#include "VeraFixture.h"
#include "util/Clock.h"
#include "vera/VeraDiscovery.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBadListKeepsNothingOfItsSystem_data();
    void aBadListKeepsNothingOfItsSystem();
    void aLinkBackToThePersonIsNotReadAgain();
    void cancelEndsAHangingRequest();

private:
    QList<VeraSystem> systemsWith(const QString &behaviour);
    static const VeraSystemResult *named(const VeraSearch &search, const QString &name);

    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
};

void TestVeraHostile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why), qPrintable(why));
}

QList<VeraSystem> TestVeraHostile::systemsWith(const QString &behaviour)
{
    return { m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s),
             m_fixture.apiKeySystem(u"Kapotte Financiën"_s, behaviour, VeraDomain::Financien) };
}

const VeraSystemResult *TestVeraHostile::named(const VeraSearch &search, const QString &name)
{
    const auto it = std::find_if(search.systems.cbegin(), search.systems.cend(),
                                 [&](const VeraSystemResult &s) { return s.name == name; });
    return it == search.systems.cend() ? nullptr : &*it;
}

void TestVeraHostile::aBadListKeepsNothingOfItsSystem_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<VeraStatus>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("JSON cut off") << u"stuk"_s << VeraStatus::Failed << u"gave no list in JSON"_s;
    QTest::newRow("nested 100,000 deep")
        << u"diep"_s << VeraStatus::Failed << u"gave no list in JSON"_s;
    QTest::newRow("17 MB") << u"groot"_s << VeraStatus::Failed << u"more than 16 MB"_s;
    QTest::newRow("redirect") << u"verwijs"_s << VeraStatus::Failed << u"redirects"_s;
    QTest::newRow("too late") << u"traag"_s << VeraStatus::Unreachable << u"cannot be reached"_s;
    QTest::newRow("a byte at a time")
        << u"druppel"_s << VeraStatus::Unreachable << u"cannot be reached"_s;
}

void TestVeraHostile::aBadListKeepsNothingOfItsSystem()
{
    QFETCH(QString, behaviour);
    QFETCH(VeraStatus, status);
    QFETCH(QString, reason);
    VeraDiscovery::Limits limits;
    limits.secondsPerSystem = 3;
    const VeraSearch search = VeraDiscovery::run(systemsWith(behaviour), u"K1001"_s, limits);
    const VeraSystemResult *bad = named(search, u"Kapotte Financiën"_s);
    QVERIFY(bad);
    QVERIFY2(bad->status == status, qPrintable(codes::code(bad->status) + u": "_s + bad->error));
    QVERIFY2(bad->error.contains(reason), qPrintable(bad->error));
    QCOMPARE(bad->objects, 0);
    QVERIFY(std::none_of(search.found.cbegin(), search.found.cend(),
                         [](const VeraFoundObject &f) { return f.system != u"Empire"_s; }));
    const VeraSystemResult *good = named(search, u"Empire"_s);
    QVERIFY(good);
    QCOMPARE(good->status, VeraStatus::Ok);
    QCOMPARE(good->objects, 6);
}

void TestVeraHostile::aLinkBackToThePersonIsNotReadAgain()
{
    m_fixture.requests();
    const VeraSearch search = VeraDiscovery::run(
        { m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s) }, u"K6006"_s, {});
    QCOMPARE(search.systems.size(), 1);
    QVERIFY2(search.systems.first().status == VeraStatus::Ok,
             qPrintable(search.systems.first().error));
    const QStringList asked = m_fixture.requests();
    QVERIFY2(std::none_of(
                 asked.cbegin(), asked.cend(),
                 [](const QString &line) { return line.contains(u"/relaties/relaties/R6006"_s); }),
             qPrintable(asked.join(u'\n')));
    // The person, and the same object once more under the other address it was linked by.
    QStringList kept;
    for (const VeraFoundObject &f : search.found)
        kept << f.uri;
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.removeDuplicates(), 0);
}

void TestVeraHostile::cancelEndsAHangingRequest()
{
    std::atomic<bool> cancel { false };
    QElapsedTimer timer;
    timer.start();
    std::thread later([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        cancel.store(true);
    });
    const VeraSearch search
        = VeraDiscovery::run(systemsWith(u"druppel"_s), u"K1001"_s, {}, &cancel);
    later.join();
    // The drip would take 20 s and the system's time is 60 s: Cancel ended it within seconds.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(search.cancelled);
    const VeraSystemResult *bad = named(search, u"Kapotte Financiën"_s);
    QVERIFY(bad);
    QCOMPARE(bad->status, VeraStatus::Failed);
    QVERIFY2(bad->error.contains(u"cancelled"_s), qPrintable(bad->error));
    QVERIFY(std::none_of(search.found.cbegin(), search.found.cend(),
                         [](const VeraFoundObject &f) { return f.system != u"Empire"_s; }));
}

QTEST_GUILESS_MAIN(TestVeraHostile)
#include "tst_verahostile.moc"
