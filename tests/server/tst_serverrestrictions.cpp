// On a server store, with psql as each role (as tst_psql_attacks tries the server's
// promises): who may read and write the holds on data outside Privacydesk and the restrictions
// of processing. The officers (functionaris, beheerder) write both, and what they write by hand
// is described on the trail (sql.changed); the auditor reads and writes nothing; a KCC login
// reads only the restriction marker's columns (which data, the ground, since, lifted) for the
// phone intake, never the reason, and neither reads nor writes a hold. The server's BSN guard
// stops a BSN in both tables as the desk's does.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "retention/ExternalHolds.h"
#include "retention/Restrictions.h"
#include "session/Session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

class TestServerRestrictions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kccReadsTheMarkerOnly();
    void kccAndAuditorWriteNothing();
    void officerReadsAndWrites();
    void serverStopsABsn();

private:
    ServerStoreFixture::PsqlResult psql(const QString &login, const QString &sql) const
    {
        return m_server.psql(login, m_passwords.value(login),
                             u"SET search_path = privacydesk; "_s + sql);
    }

    ServerStoreFixture m_server;
    QHash<QString, QString> m_passwords { { u"fenna"_s, officerPassword },
                                          { u"karel"_s, kccPassword },
                                          { u"anna"_s, auditorPassword } };
    QString m_case;
};

void TestServerRestrictions::initTestCase()
{
    QVERIFY(initSodium());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    for (const auto &[login, role] :
         { std::pair { u"fenna"_s, u"functionaris"_s }, std::pair { u"karel"_s, u"kcc"_s },
           std::pair { u"anna"_s, u"auditor"_s } })
        QVERIFY2(m_server.addUser(login, role, m_passwords.value(login), &error),
                 qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    NewCase request;
    request.person.name = u"Bea Bezwaar"_s;
    request.person.klantnummer = u"K420001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Bezwaar };
    request.channel = Channel::Email;
    request.receivedDate = systemClock().today();
    ServiceError serviceError;
    const auto created
        = CaseService(Session { *store }).add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(created, qPrintable(serviceError.message));
    m_case = created->number;
    NewRestriction restriction;
    restriction.klantnummer = u"K420001"_s;
    restriction.data = u"Overlastmeldingen"_s;
    restriction.ground = RestrictionGround::Objection;
    restriction.reason = u"GEHEIME-AFWEGING"_s;
    restriction.caseNumber = m_case;
    QVERIFY2(
        RestrictionService(Session { *store }).record(restriction, BsnCheck::Refuse, &serviceError),
        qPrintable(serviceError.message));
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden portiek"_s;
    hold.recordedOn = systemClock().today();
    QVERIFY2(
        ExternalHoldService(Session { *store })
            .add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &serviceError),
        qPrintable(serviceError.message));
    // Each described by its own event in the officer's own name (H3 for these
    // tables): neither is taken for a change by hand.
    const auto byHand = psql(u"fenna"_s,
                             u"SELECT count(*) FROM audit_events WHERE action = "
                             "'sql.changed'"_s);
    QVERIFY2(byHand.exitCode == 0, qPrintable(byHand.err));
    QCOMPARE(byHand.out, u"0"_s);
}

void TestServerRestrictions::kccReadsTheMarkerOnly()
{
    const auto marker = psql(u"karel"_s,
                             u"SELECT data || ' ' || ground FROM person_restrictions "
                             "WHERE lifted_on IS NULL"_s);
    QVERIFY2(marker.exitCode == 0, qPrintable(marker.err));
    QCOMPARE(marker.out, u"Overlastmeldingen d"_s);
    for (const QString &sql :
         { u"SELECT reason FROM person_restrictions"_s,
           u"SELECT case_id FROM person_restrictions"_s, u"SELECT * FROM person_restrictions"_s,
           u"SELECT count(*) FROM external_holds"_s }) {
        const auto result = psql(u"karel"_s, sql);
        QVERIFY2(result.exitCode != 0, qPrintable(sql + u": "_s + result.out));
        QVERIFY2(result.err.contains(u"permission denied"_s), qPrintable(result.err));
    }
    // Through the service as the desk's intake asks it.
    StoreError openError;
    const auto store = m_server.open(u"karel"_s, kccPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    RestrictionService service(Session { *store });
    ServiceError error;
    const auto person = service.personOf(u"K420001"_s, &error);
    QVERIFY2(person, qPrintable(error.message));
    const auto markers = service.markers(*person, &error);
    QVERIFY2(markers, qPrintable(error.message));
    QCOMPARE(markers->size(), 1);
    QCOMPARE(markers->first().data, u"Overlastmeldingen"_s);
}

void TestServerRestrictions::kccAndAuditorWriteNothing()
{
    for (const QString &login : { u"karel"_s, u"anna"_s }) {
        for (const QString &sql :
             { u"UPDATE person_restrictions SET lifted_on = '2026-01-01'"_s,
               u"DELETE FROM person_restrictions"_s,
               u"INSERT INTO person_restrictions (person_id, data, ground, reason, started_on, "
               "created_at, created_by) SELECT person_id, 'x', 'a', 'x', '2026-01-01', 'x', 'x' "
               "FROM person_restrictions LIMIT 1"_s,
               u"UPDATE external_holds SET released_on = '2026-01-01'"_s,
               u"DELETE FROM external_holds"_s }) {
            const auto result = psql(login, sql);
            QVERIFY2(result.exitCode != 0, qPrintable(login + u": "_s + sql));
        }
    }
    const auto read = psql(u"anna"_s, u"SELECT reason FROM person_restrictions"_s);
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QCOMPARE(read.out, u"GEHEIME-AFWEGING"_s);
    const auto holds = psql(u"anna"_s, u"SELECT system FROM external_holds"_s);
    QVERIFY2(holds.exitCode == 0, qPrintable(holds.err));
    QCOMPARE(holds.out, u"Camerasysteem"_s);
}

// The officer may write by hand (the grants are the desk's), and the trail says so, under the
// hold's own request (so that its AP dossier shows it) and the restriction's own person; the
// links that tie a row to them cannot be changed.
void TestServerRestrictions::officerReadsAndWrites()
{
    const auto change = psql(u"fenna"_s, u"UPDATE external_holds SET kept_until = '2027-01-01'"_s);
    QVERIFY2(change.exitCode == 0, qPrintable(change.err));
    // Described at commit (the trigger is deferred): read in a transaction of its own.
    const auto result = psql(u"fenna"_s,
                             u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' "
                             "AND entity_type = 'case' AND payload LIKE '%external_holds%'"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"1"_s);
    const auto restricted
        = psql(u"fenna"_s, u"UPDATE person_restrictions SET data = 'alle gegevens'"_s);
    QVERIFY2(restricted.exitCode == 0, qPrintable(restricted.err));
    const auto described = psql(u"fenna"_s,
                                u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' "
                                "AND entity_type = 'person' AND payload LIKE "
                                "'%person_restrictions%'"_s);
    QVERIFY2(described.exitCode == 0, qPrintable(described.err));
    QVERIFY2(described.out.toInt() >= 1, qPrintable(described.out));
    const auto moved = psql(u"fenna"_s, u"UPDATE external_holds SET case_id = case_id + 1"_s);
    QVERIFY(moved.exitCode != 0);
    QVERIFY2(moved.err.contains(u"cannot change"_s), qPrintable(moved.err));
}

void TestServerRestrictions::serverStopsABsn()
{
    const QString bsn = elfProefNumber();
    for (const QString &sql : { u"UPDATE person_restrictions SET data = 'BSN %1'"_s.arg(bsn),
                                u"UPDATE external_holds SET secured = 'klant %1'"_s.arg(bsn) }) {
        const auto result = psql(u"fenna"_s, sql);
        QVERIFY2(result.exitCode != 0, qPrintable(sql));
        QVERIFY2(result.err.contains(u"11-test"_s), qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(TestServerRestrictions)
#include "tst_serverrestrictions.moc"
