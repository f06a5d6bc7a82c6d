// The VERA client against the fictitious corporation's systems (tests/vera/VeraFixtureMain.cpp):
// how each answer is classified for the completeness report, with a Dutch reason; the API key
// and the client credentials only ever in headers; TLS with the organisation's own CA, and
// nothing sent to a system whose certificate another CA signed; no redirect followed; an answer
// too large or too slow refused within the client's time.

#include "VeraFixture.h"
#include "vera/VeraClient.h"
#include "vera/VeraService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::VeraSystem)

class TestVeraClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAreClassified_data();
    void answersAreClassified();
    void theSecretsTravelInHeadersOnly();
    void anExpiredTokenIsAskedForOnceAgain();
    void anotherCaIsRefusedBeforeAnythingIsSent();
    void aSlowSystemEndsWithinTheClientsTime();
    void aClosedPortIsUnreachable();
    void onlyHttpsOrThisMachine_data();
    void onlyHttpsOrThisMachine();

private:
    QTemporaryDir m_dir;
    VeraFixture m_fixture;
};

void TestVeraClient::initTestCase()
{
    QString why;
    if (!VeraFixture::available(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_fixture.start(m_dir.filePath(u"fixture"_s), &why), qPrintable(why));
}

void TestVeraClient::answersAreClassified_data()
{
    QTest::addColumn<VeraSystem>("system");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("says");
    const VeraFixture &f = m_fixture;
    QTest::newRow("api key") << f.apiKeySystem(u"Empire"_s, u"relaties"_s) << u"ok"_s << QString();
    QTest::newRow("client credentials")
        << f.clientSystem(u"Empire"_s, u"relaties"_s) << u"ok"_s << QString();
    VeraSystem wrongKey = f.apiKeySystem(u"Empire"_s, u"relaties"_s);
    wrongKey.secret = "een-andere-sleutel";
    QTest::newRow("wrong key") << wrongKey << u"geweigerd"_s << u"HTTP 401"_s;
    VeraSystem wrongSecret = f.clientSystem(u"Empire"_s, u"relaties"_s);
    wrongSecret.secret = "een-ander-secret";
    QTest::newRow("wrong client secret")
        << wrongSecret << u"geweigerd"_s << u"client secret (HTTP 401)"_s;
    QTest::newRow("not a bearer token")
        << f.clientSystem(u"Empire"_s, u"relaties"_s, u"mac"_s) << u"fout"_s << u"Bearer"_s;
    QTest::newRow("501") << f.apiKeySystem(u"Tobias"_s, u"niet"_s) << u"niet-ondersteund"_s
                         << u"HTTP 501"_s;
    VeraSystem missing = f.apiKeySystem(u"Tobias"_s, u"relaties"_s);
    missing.baseUrl += u"/onbekend"_s;
    QTest::newRow("404") << missing << u"niet-ondersteund"_s << u"HTTP 404"_s;
    QTest::newRow("500 with Foutbericht") << f.apiKeySystem(u"Viewpoint"_s, u"kapot"_s) << u"fout"_s
                                          << u"HTTP 500: Database niet beschikbaar (E42)"_s;
    QTest::newRow("redirect") << f.apiKeySystem(u"Viewpoint"_s, u"verwijs"_s) << u"fout"_s
                              << u"https://elders.example/ping"_s;
    QTest::newRow("too large") << f.apiKeySystem(u"Viewpoint"_s, u"groot"_s) << u"fout"_s
                               << u"16 MB"_s;
}

void TestVeraClient::answersAreClassified()
{
    QFETCH(VeraSystem, system);
    QFETCH(QString, status);
    QFETCH(QString, says);
    const VeraService::Check check = VeraService::check(system);
    QCOMPARE(codes::code(check.status), status);
    if (says.isEmpty()) {
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    } else {
        QVERIFY2(check.error.contains(says), qPrintable(check.error));
        QVERIFY2(check.error.contains(system.name), qPrintable(check.error));
    }
}

void TestVeraClient::theSecretsTravelInHeadersOnly()
{
    m_fixture.requests();
    QCOMPARE(VeraService::check(m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s)).status,
             VeraStatus::Ok);
    QCOMPARE(VeraService::check(m_fixture.clientSystem(u"Empire"_s, u"relaties"_s)).status,
             VeraStatus::Ok);
    const QStringList lines = m_fixture.requests();
    QVERIFY2(lines.contains(u"GET /relaties/ping ? key 200"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"POST /oauth/token ? basic 200"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"GET /relaties/ping ? bearer 200"_s), qPrintable(lines.join(u'\n')));
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(QLatin1StringView(VeraFixture::apiKey)), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1StringView(VeraFixture::clientSecret)), qPrintable(line));
    }
}

void TestVeraClient::anExpiredTokenIsAskedForOnceAgain()
{
    m_fixture.requests();
    VeraClient client(m_fixture.clientSystem(u"Empire"_s, u"relaties"_s, u"once"_s));
    QCOMPARE(client.ping().status, VeraStatus::Ok);
    const VeraClient::Answer second = client.ping();
    QVERIFY2(second.status == VeraStatus::Ok, qPrintable(second.error));
    const QStringList lines = m_fixture.requests();
    QCOMPARE(lines.count(u"POST /oauth/once/token ? basic 200"_s), 2);
    QCOMPARE(lines.count(u"GET /relaties/ping ? bad-bearer 401"_s), 1);
}

void TestVeraClient::anotherCaIsRefusedBeforeAnythingIsSent()
{
    m_fixture.requests();
    VeraSystem system = m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s);
    system.caPem = m_fixture.otherCaPem();
    const VeraService::Check check = VeraService::check(system);
    QCOMPARE(check.status, VeraStatus::Failed);
    QVERIFY2(check.error.contains(u"certificate"_s), qPrintable(check.error));
    // The system's own root store does not know the test's CA either.
    system.caPem.clear();
    QCOMPARE(VeraService::check(system).status, VeraStatus::Failed);
    QCOMPARE(m_fixture.requests(), QStringList());
}

void TestVeraClient::aSlowSystemEndsWithinTheClientsTime()
{
    QElapsedTimer timer;
    timer.start();
    VeraClient client(m_fixture.apiKeySystem(u"Traag"_s, u"traag"_s), 2);
    const VeraClient::Answer answer = client.ping();
    QCOMPARE(answer.status, VeraStatus::Unreachable);
    QVERIFY2(answer.error.contains(u"Traag"_s), qPrintable(answer.error));
    QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
    // The time is the client's, for all its requests together.
    QCOMPARE(client.ping().status, VeraStatus::Unreachable);
}

void TestVeraClient::aClosedPortIsUnreachable()
{
    VeraSystem system = m_fixture.apiKeySystem(u"Weg"_s, u"relaties"_s);
    system.baseUrl = u"https://127.0.0.1:1/relaties"_s;
    const VeraService::Check check = VeraService::check(system);
    QCOMPARE(check.status, VeraStatus::Unreachable);
    QVERIFY2(check.error.contains(u"127.0.0.1:1"_s), qPrintable(check.error));
}

void TestVeraClient::onlyHttpsOrThisMachine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://vera.woonstad.example/relaties/v4"_s << true;
    QTest::newRow("http to this machine") << u"http://127.0.0.1:4010"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:4010/api"_s << true;
    QTest::newRow("http elsewhere") << u"http://vera.woonstad.example/relaties"_s << false;
    QTest::newRow("http to a name that starts like this machine")
        << u"http://127.0.0.1.elders.example/"_s << false;
    QTest::newRow("ftp") << u"ftp://vera.woonstad.example/"_s << false;
    QTest::newRow("user in the url") << u"https://key@vera.woonstad.example/"_s << false;
    QTest::newRow("query") << u"https://vera.woonstad.example/?key=1"_s << false;
    QTest::newRow("fragment") << u"https://vera.woonstad.example/relaties#v4"_s << false;
    QTest::newRow("no host") << u"https:///relaties"_s << false;
    QTest::newRow("text") << u"vera.woonstad.example"_s << false;
}

void TestVeraClient::onlyHttpsOrThisMachine()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(VeraCodes::acceptableUrl(url), accepted);
}

QTEST_GUILESS_MAIN(TestVeraClient)
#include "tst_veraclient.moc"
