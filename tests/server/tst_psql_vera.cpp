// The VERA systems' table on a server store, with psql logged in as each role (what an employee
// with the credentials could do by hand): a beheerder adds and removes systems and changes none
// in place; the officers read them with their secrets, as their desks sign in with them, and
// write nothing; the auditor reads them without the secret; a KCC login reads nothing. The
// secret is in no statement the server logs, and the server's own row trail withholds it.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "vera/VeraService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

namespace {

VeraSystem empire()
{
    VeraSystem s;
    s.name = u"Empire"_s;
    s.baseUrl = u"https://empire.woonstad.example/vera/relaties"_s;
    s.secret = "vera-geheim-in-geen-log-42";
    return s;
}

const QString insertSystem
    = u"INSERT INTO vera_systems (name, domain, base_url, auth, secret, added_at, added_by) "
      "VALUES ('Hand', 'dossier', 'https://hand.example', 'api-key', 'x', 'nu', 'psql')"_s;

} // namespace

class TestPsqlVera final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byHand_data();
    void byHand();
    void theSecretIsInNoStatementAndNoTrail();

private:
    ServerStoreFixture m_server;
};

void TestPsqlVera::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
    QVERIFY2(m_server.logEveryStatement(&error), qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    ServiceError serviceError;
    QVERIFY2(VeraService(Session { *store }).addSystem(empire(), &serviceError),
             qPrintable(serviceError.message));
    // A request, with a search of the systems, for the outbox's and the found objects' rows to
    // name.
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = u"K1001"_s;
    request.types = { RequestType::Beperking };
    request.receivedDate = systemToday();
    const auto added
        = CaseService(Session { *store }).add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));
    VeraService vera(Session { *store });
    const auto prepared = vera.prepare(added->number, &serviceError);
    QVERIFY2(prepared, qPrintable(serviceError.message));
    VeraDiscoveryRecord searched;
    searched.startedAt = searched.finishedAt = systemClock().now().toUTC();
    QStringList warnings;
    QVERIFY2(vera.record(*prepared, searched, &warnings, &serviceError),
             qPrintable(serviceError.message + u' ' + serviceError.detail));
}

void TestPsqlVera::byHand_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const QString secret = u"SELECT secret FROM vera_systems"_s;
    const QString listed = u"SELECT name, domain, base_url, client_id FROM vera_systems"_s;
    const QString change = u"UPDATE vera_systems SET base_url = 'https://elders.example'"_s;
    const QString remove = u"DELETE FROM vera_systems WHERE name = 'Hand'"_s;
    QTest::newRow("functionaris reads the secret") << u"fenna"_s << secret << true;
    QTest::newRow("auditor reads the secret") << u"anna"_s << secret << false;
    QTest::newRow("kcc reads the secret") << u"karel"_s << secret << false;
    QTest::newRow("auditor reads the systems") << u"anna"_s << listed << true;
    QTest::newRow("kcc reads the systems") << u"karel"_s << listed << false;
    QTest::newRow("functionaris adds a system") << u"fenna"_s << insertSystem << false;
    QTest::newRow("auditor adds a system") << u"anna"_s << insertSystem << false;
    QTest::newRow("beheerder adds a system") << adminLogin << insertSystem << true;
    QTest::newRow("beheerder adds a system with a BSN in its name")
        << adminLogin
        << QString(insertSystem).replace(u"'Hand'"_s, u"'Hand "_s + elfProefNumber(3) + u"'"_s)
        << false;
    QTest::newRow("functionaris changes a system") << u"fenna"_s << change << false;
    QTest::newRow("beheerder changes a system") << adminLogin << change << false;
    QTest::newRow("functionaris removes a system") << u"fenna"_s << remove << false;
    QTest::newRow("beheerder removes a system") << adminLogin << remove << true;
    // The outbox: what was written to the systems is read by the auditor, not by the KCC, and
    // removed by nobody; a system's words pass the server's BSN guard.
    const QString marks = u"SELECT case_id, target, action, state, error FROM outbox"_s;
    const QString forget = u"DELETE FROM outbox"_s;
    QTest::newRow("auditor reads the marks") << u"anna"_s << marks << true;
    QTest::newRow("kcc reads the marks") << u"karel"_s << marks << false;
    QTest::newRow("functionaris removes the marks") << u"fenna"_s << forget << false;
    QTest::newRow("beheerder removes the marks") << adminLogin << forget << false;
    // A mark set aside by hand (what vera write-back --dismiss writes): by an officer, who
    // planned it; the reason passes the server's BSN guard as it passes the desk's.
    const QString planned
        = u"INSERT INTO outbox (case_id, channel, target, address, action, body, reason, "
          "planned_at, planned_by) SELECT min(id), 'vera', 'Tobias', "
          "'https://d.example/zaken/Z1', 'archiefstatus:GEB', '{}', 'beperking', '2026-11-02', "
          "'fenna' FROM cases ON CONFLICT DO NOTHING; "_s;
    const QString setAside = u"UPDATE outbox SET state = 'vervallen', error = '%1', "
                             "done_by = current_user WHERE channel = 'vera'"_s;
    QTest::newRow("functionaris plans a mark and sets it aside")
        << u"fenna"_s << planned + setAside.arg(u"Dossiersysteem vervangen"_s) << true;
    QTest::newRow("functionaris sets a mark aside with a BSN in its reason")
        << u"fenna"_s << planned + setAside.arg(u"BSN "_s + elfProefNumber(4)) << false;
    QTest::newRow("kcc sets a mark aside")
        << u"karel"_s << setAside.arg(u"Dossiersysteem vervangen"_s) << false;
    // Schema 56: a row belongs to a request or to a breach, never to both or to neither.
    const QString mails
        = u"SELECT breach_id, address, state FROM outbox WHERE channel = 'e-mail'"_s;
    QTest::newRow("auditor reads the e-mails") << u"anna"_s << mails << true;
    QTest::newRow("kcc reads the e-mails") << u"karel"_s << mails << false;
    QTest::newRow("functionaris plans a write for nobody")
        << u"fenna"_s
        << u"INSERT INTO outbox (channel, target, address, action, body, reason, planned_at, "
           "planned_by) VALUES ('e-mail', 'privacy@w.example', 'jan@h.example', 'brief:1', '', "
           "'besluit', '2026-11-02', 'fenna')"_s
        << false;
    QTest::newRow("functionaris keeps a found object with a BSN as a number")
        << u"fenna"_s
        << u"INSERT INTO vera_found (discovery_id, system, resource, uri, fetched_at, data) "
           "SELECT min(id), 'Empire', 'natuurlijk-personen', 'https://e.example/r/1', "
           "'2026-11-02', '{\"persoonsnummer\": "_s
            + elfProefNumber(5) + u"}' FROM vera_discoveries"_s
        << false;
    QTest::newRow("functionaris keeps a found object with an amount")
        << u"fenna"_s
        << u"INSERT INTO vera_found (discovery_id, system, resource, uri, fetched_at, data) "
           "SELECT min(id), 'Empire', 'debiteuren', 'https://e.example/d/1', '2026-11-02', "
           "'{\"saldo\": -312.5, \"huisnummer\": 12}' FROM vera_discoveries"_s
        << true;
    QTest::newRow("functionaris plans a mark with a BSN in its error")
        << u"fenna"_s
        << u"INSERT INTO outbox (case_id, channel, target, address, action, body, reason, "
           "planned_at, planned_by, error) SELECT min(id), 'vera', 'Tobias', "
           "'https://t.example/z/1', 'archiefstatus:GEB', '{}', 'beperking', '2026-11-02', "
           "'fenna', 'BSN "_s
            + elfProefNumber(4) + u"' FROM cases"_s
        << false;
}

void TestPsqlVera::byHand()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    const QByteArray tag = QTest::currentDataTag();
    const QString refusal = tag.contains("BSN") ? u"BSN"_s
        : tag.contains("for nobody")            ? u"violates check constraint"_s
                                                : u"permission denied"_s;
    const QString verdict = psqlVerdict(result, allowed, allowed ? QString() : refusal);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

// The secret was written (made in initTestCase) and is read and removed here with every
// statement logged: neither the log nor the row trail holds it, as text or as hex.
void TestPsqlVera::theSecretIsInNoStatementAndNoTrail()
{
    StoreError openError;
    const auto store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    ServiceError error;
    const auto read = VeraService(Session { *store }).systemsToSearch(&error);
    QVERIFY2(read, qPrintable(error.message));
    QCOMPARE(read->first().secret, empire().secret);
    QVERIFY2(VeraService(Session { *store }).removeSystem(u"Empire"_s, &error),
             qPrintable(error.message));

    const ServerStoreFixture::PsqlResult trail
        = m_server.psql(adminLogin, adminPassword,
                        u"SELECT operation, coalesce(old_values::text, '') FROM audit_row_changes "
                        "WHERE table_name = 'vera_systems' ORDER BY tx, n"_s);
    QCOMPARE(trail.exitCode, 0);
    QVERIFY2(trail.out.contains(u"delete"_s), qPrintable(trail.out));
    QVERIFY2(trail.out.contains(u"\"withheld\": \"secret\""_s), qPrintable(trail.out));

    const QByteArray secret = empire().secret;
    const QString log = m_server.cluster().serverLog(4'000'000);
    QVERIFY2(log.contains(u"vera_systems"_s), qPrintable(log.right(2000)));
    for (const QString &form : { QString::fromLatin1(secret), QString::fromLatin1(secret.toHex()),
                                 QString::fromLatin1(secret.toBase64()) }) {
        QVERIFY2(!log.contains(form, Qt::CaseInsensitive), qPrintable(form));
        QVERIFY2(!trail.out.contains(form, Qt::CaseInsensitive), qPrintable(form));
    }
}

QTEST_GUILESS_MAIN(TestPsqlVera)
#include "tst_psql_vera.moc"
