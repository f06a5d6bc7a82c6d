// What the README promises about a server store ("the server enforces"), tried as an
// attacker would, with psql logged in as each of the store's own logins on a store set up as the
// README says (the owner login beheer, made with CREATEROLE, owns the database; `server init`,
// which gives CREATEROLE up again; users added as a beheerder adds them). Each row is one attack
// and what must come of it:
//   refused    psql fails, and what the row checks afterwards (as the superuser) still holds;
//   described  psql succeeds, and the trail holds a sql.changed event by that login about the
//              entity whose row it changed, naming the table (a change by hand cannot hide
//              behind an event about something else, and shows in that entity's chronology);
//   detected   psql succeeds, because PostgreSQL lets that login do it, and `server check`
//              then fails with a finding that names what was done.
// Rows run in order on one store; a row that changes the server puts it back (undo, as the
// superuser), so that every row meets the store as `server init` and the users left it.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "registers/Covenants.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/ServerSetup.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

using namespace pd::test::serverLogins;

namespace {

// The store's logins: its owner (IT, the first beheerder), a second beheerder, an officer, the
// phone desk and an auditor.
const QHash<QString, QString> passwords {
    { adminLogin, adminPassword },   { u"bert"_s, u"tweede-beheerder-2026"_s },
    { u"fenna"_s, officerPassword }, { u"karel"_s, kccPassword },
    { u"anna"_s, auditorPassword },
};

// A syntactically plausible SCRAM verifier: the attacks below must never get as far as using it.
const QString verifier = u"SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$c3RvcmVka2V5:c2VydmVya2V5"_s;

enum class Expect { Refused, Described, Detected };

} // namespace

class TestPsqlAttacks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attack_data();
    void attack();
    void kccLogsARequestReceivedLongAgo();
    void sortKeyWrittenByHandIsTheServers();
    void kccReadsARequestDatedAheadForSevenDaysOnly();
    void everyLoginHearsOthersNotItself();
    void theCheckpointStandsWhileTheChainHolds();

private:
    QString expand(QString sql) const
    {
        return sql.replace(u"{fenna_case}"_s, m_fennaCase)
            .replace(u"{breach}"_s, m_breach)
            .replace(u"{karel_case}"_s, m_karelCase)
            .replace(u"{fenna_person}"_s, m_fennaPerson)
            .replace(u"{disclosure}"_s, m_disclosure)
            .replace(u"{covenant}"_s, m_covenant)
            .replace(u"{verifier}"_s, verifier);
    }
    QString superuserValue(const QString &sql)
    {
        QStringList rows;
        QString error;
        if (!m_server.cluster().execAsSuperuser({ u"SET search_path = privacydesk"_s, sql }, &error,
                                                QString::fromLatin1(m_server.database), &rows)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
            return u"(failed)"_s;
        }
        return rows.value(0);
    }
    std::optional<QString> intake(const QString &login, const QString &name, int daysAgo = 0)
    {
        StoreError openError;
        const auto store = m_server.open(login, passwords.value(login), &openError);
        if (!store)
            return std::nullopt;
        CaseService cases(Session { *store });
        NewCase request;
        request.person.name = name;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = systemClock().today().addDays(-daysAgo);
        ServiceError error;
        const auto created = cases.add(request, BsnCheck::Refuse, &error);
        if (!created) {
            qWarning("intake as %s: %s", qPrintable(login), qPrintable(error.message));
            return std::nullopt;
        }
        return created->number;
    }

    ServerStoreFixture m_server;
    QString m_fennaCase; // a request the officer logged
    QString m_karelCase; // a request the phone desk logged
    QString m_fennaPerson; // the id of the person of the officer's request
    QString m_breach; // an open breach the officer reported
    QString m_disclosure; // the id of a disclosure the officer registered
    QString m_covenant; // the id of a covenant the officer registered
};

void TestPsqlAttacks::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    for (const auto &[login, role] :
         { std::pair { u"bert"_s, u"beheerder"_s }, std::pair { u"fenna"_s, u"functionaris"_s },
           std::pair { u"karel"_s, u"kcc"_s }, std::pair { u"anna"_s, u"auditor"_s } })
        QVERIFY2(m_server.addUser(login, role, passwords.value(login), &error), qPrintable(error));
    const auto fennaCase = intake(u"fenna"_s, u"Anna de Wit"_s);
    const auto karelCase = intake(u"karel"_s, u"Bram Visser"_s);
    QVERIFY(fennaCase && karelCase);
    m_fennaCase = *fennaCase;
    m_karelCase = *karelCase;

    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, passwords.value(u"fenna"_s), &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    Breach breach;
    breach.title = u"Brief naar verkeerd adres"_s;
    breach.discoveredAt = pd::test::systemNow().addSecs(-3600);
    breach.natures = { BreachNature::Vertrouwelijkheid };
    breach.data = { DataCategory::Naw };
    breach.persons = 1;
    ServiceError reportError;
    const auto added
        = BreachService(Session { *store }).add(breach, BsnCheck::Refuse, &reportError);
    QVERIFY2(added, qPrintable(reportError.message));
    m_breach = added->number;

    // A disclosure of the person of the officer's request, to a recipient of the catalogue.
    Recipient recipient;
    recipient.name = u"Incassobureau Noord"_s;
    const auto listed
        = RecipientService(Session { *store }).add(recipient, BsnCheck::Refuse, &reportError);
    QVERIFY2(listed, qPrintable(reportError.message));
    Disclosure disclosure;
    disclosure.date = systemClock().today().addDays(-1);
    disclosure.recipientId = listed->id;
    const qint64 personId
        = superuserValue(u"SELECT person_id FROM cases WHERE number = '"_s + m_fennaCase + u"'"_s)
              .toLongLong();
    disclosure.persons = { DisclosurePerson { personId, {}, {} } };
    m_fennaPerson = QString::number(personId);
    disclosure.data = { DataCategory::Naw };
    disclosure.purpose = u"Incasso van een achterstand"_s;
    disclosure.basis = LegalBasis::LegitimateInterest;
    const auto registered
        = DisclosureService(Session { *store }).add(disclosure, BsnCheck::Refuse, &reportError);
    QVERIFY2(registered, qPrintable(reportError.message));
    m_disclosure = QString::number(registered->id);

    Covenant covenant;
    covenant.name = u"Convenant Vroegsignalering"_s;
    covenant.parties = { u"Gemeente Noord"_s };
    covenant.purpose = u"Schulden vroeg signaleren"_s;
    covenant.basis = LegalBasis::LegitimateInterest;
    covenant.data = { DataCategory::Naw };
    covenant.from = QDate(2025, 6, 1);
    const auto made = CovenantService(Session { *store })
                          .add(covenant, nullptr, BsnCheck::Refuse, &reportError);
    QVERIFY2(made, qPrintable(reportError.message));
    m_covenant = QString::number(made->id);
    // The desk's own intakes (by the officer and by the phone desk: a request and its person
    // each), its breach report, disclosure and covenant are each described by their own events,
    // in their makers' own names: none is taken for a change by hand.
    QCOMPARE(superuserValue(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s),
             u"0"_s);
}

void TestPsqlAttacks::attack_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Expect>("expect");
    // refused: a superuser query that must still answer true; described: the table whose change
    // must be described; detected: a word the failed finding of `server check` must hold.
    QTest::addColumn<QString>("then");
    QTest::addColumn<QString>("undo"); // as the superuser, after the row

    const QString intact = u"SELECT count(*) = 0 FROM audit_events WHERE action IN "
                           "('case.completed', 'test.forged') OR actor = 'iemand'"_s;

    // --- The trail itself, for every login ---
    for (const QString &login : { adminLogin, u"bert"_s, u"fenna"_s, u"karel"_s, u"anna"_s }) {
        const QByteArray who = login.toUtf8();
        QTest::addRow("%s inserts an event directly", who.constData())
            << login
            << u"INSERT INTO audit_events (entity_type, entity_id, action, payload) VALUES "
               "('case', '{karel_case}', 'case.completed', '{}')"_s
            << Expect::Refused << intact << QString();
        QTest::addRow("%s deletes the tail of the trail", who.constData())
            << login << u"DELETE FROM audit_events WHERE seq > 3"_s << Expect::Refused
            << u"SELECT count(*) >= 10 FROM audit_events"_s << QString();
        QTest::addRow("%s rewrites an event's actor", who.constData())
            << login << u"UPDATE audit_events SET actor = 'iemand' WHERE seq = 2"_s
            << Expect::Refused << intact << QString();
        // The sealer's switch is a setting anyone may set; it opens no UPDATE.
        QTest::addRow("%s poses as the chain's sealer and renumbers an event", who.constData())
            << login
            << u"SELECT set_config('privacydesk.sealing', 'on', false); "
               "UPDATE audit_events SET seq = -2, hash = ''::bytea WHERE seq = 2"_s
            << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_events WHERE seq <= 0 OR hash = ''::bytea"_s
            << QString();
        QTest::addRow("%s disables the trail's triggers", who.constData())
            << login << u"ALTER TABLE audit_events DISABLE TRIGGER USER"_s << Expect::Refused
            << u"SELECT bool_and(tgenabled <> 'D') FROM pg_trigger WHERE tgrelid = "
               "'audit_events'::regclass"_s
            << QString();
        QTest::addRow("%s turns the triggers off for the session", who.constData())
            << login << u"SET session_replication_role = replica"_s << Expect::Refused
            << u"SELECT true"_s << QString();
        QTest::addRow("%s makes itself the store's owner", who.constData())
            << login << u"SET ROLE privacydesk_eigenaar"_s << Expect::Refused << u"SELECT true"_s
            << QString();
        QTest::addRow("%s appends what only the server records", who.constData())
            << login
            << u"SELECT pd_audit_append('[[\"table\", \"cases\", \"sql.changed\", \"{}\"]]')"_s
            << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_events WHERE action = "
               "'sql.changed' AND payload = '{}'"_s
            << QString();
        QTest::addRow("%s moves the checkpoint to a forged hash", who.constData())
            << login << u"SELECT pd_audit_keep_checkpoint(2, '\\x00')"_s << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_checkpoints WHERE hash = '\\x00'"_s << QString();
    }

    // --- The phone desk and the auditor append what they may not ---
    for (const QString &login : { u"karel"_s, u"anna"_s }) {
        const QByteArray who = login.toUtf8();
        QTest::addRow("%s records the officer's request as completed", who.constData())
            << login
            << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.completed\", "
               "\"{\\\"outcome\\\": \\\"toegewezen\\\"}\"]]')"_s
            << Expect::Refused << intact << QString();
    }
    QTest::addRow("karel records its own request as completed")
        << u"karel"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{karel_case}\", \"case.completed\", \"{}\"]]')"_s
        << Expect::Refused << intact << QString();
    QTest::addRow("karel records an intake event about the officer's request")
        << u"karel"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"bsn.override\", \"{}\"]]')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'bsn.override'"_s << QString();
    QTest::addRow("karel records a user's password change")
        << u"karel"_s
        << u"SELECT pd_audit_append('[[\"user\", \"fenna\", \"user.password_changed\", \"{}\"]]')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'user.password_changed'"_s
        << QString();

    // --- Retention's destruction of details, out of turn ---
    for (const QString &login : { u"fenna"_s, u"bert"_s }) {
        const QByteArray who = login.toUtf8();
        QTest::addRow("%s destroys the details of an open request", who.constData())
            << login << u"SELECT pd_audit_destroy_payloads('case', '{fenna_case}')"_s
            << Expect::Refused << u"SELECT count(*) = 0 FROM audit_events WHERE payload IS NULL"_s
            << QString();
        QTest::addRow("%s destroys the details of a whole table", who.constData())
            << login << u"SELECT pd_audit_destroy_payloads('table', 'cases')"_s << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_events WHERE payload IS NULL"_s << QString();
    }
    QTest::addRow("karel destroys details")
        << u"karel"_s << u"SELECT pd_audit_destroy_payloads('case', '{karel_case}')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM audit_events WHERE payload IS NULL"_s
        << QString();

    // --- A request's kinds, written beside case_types ---
    // The list, `case show` and the dossier read a request's kinds from types_key: written
    // directly, it would name kinds the request does not have, and the trail alone would say so.
    const QString kindsAgree
        = u"SELECT count(*) = 0 FROM cases c WHERE c.types_key IS DISTINCT FROM "
          "COALESCE((SELECT string_agg(t.type, ',' ORDER BY t.type COLLATE \"C\") FROM "
          "case_types t WHERE t.case_id = c.id), '')"_s;
    for (const QString &login : { adminLogin, u"bert"_s, u"fenna"_s }) {
        const QByteArray who = login.toUtf8();
        QTest::addRow("%s writes a request's kinds directly", who.constData())
            << login
            << u"UPDATE cases SET types_key = 'bezwaar,klacht' WHERE number = '{fenna_case}'"_s
            << Expect::Refused << kindsAgree << QString();
        QTest::addRow("%s writes a request's kinds with another column", who.constData())
            << login
            << u"UPDATE cases SET description = 'kort', types_key = '' WHERE number = "
               "'{fenna_case}'"_s
            << Expect::Refused << kindsAgree << QString();
    }

    // --- Changes by hand, hidden behind an event about something else ---
    QTest::addRow("fenna changes a description behind another request's note")
        << u"fenna"_s
        << u"UPDATE cases SET description = 'met de hand' WHERE number = '{fenna_case}'; "
           "SELECT pd_audit_append('[[\"case\", \"{karel_case}\", \"case.note_added\", "
           "\"{}\"]]')"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna moves a deadline behind a setting")
        << u"fenna"_s
        << u"UPDATE cases SET deadline_effective = '2099-12-31' WHERE number = '{fenna_case}'; "
           "SELECT pd_audit_append('[[\"settings\", \"backup\", \"backup.last\", \"{}\"]]')"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna backdates a note in bert's name")
        << u"fenna"_s
        << u"INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
           "'2020-01-01T09:00:00.000Z', 'bert', 'al lang bekend' FROM cases WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"case_notes"_s << QString();
    QTest::addRow("bert renames a person behind another person's event")
        << u"bert"_s
        << u"UPDATE persons SET name = 'Iemand Anders' WHERE name = 'Anna de Wit'; "
           "SELECT pd_audit_append(format('[[\"person\", \"%s\", \"person.updated\", "
           "\"{}\"]]', (SELECT max(id) + 1000 FROM persons))::jsonb)"_s
        << Expect::Described << u"persons"_s << QString();

    // --- Changes by hand behind the request's own number, link or read (a review) ---
    QTest::addRow("fenna renames a request to a number she recorded an event about")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"X-1\", \"case.note_added\", \"{}\"]]'); "
           "UPDATE cases SET number = 'X-1', description = 'hernoemd' WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Refused
        << u"SELECT count(*) = 1 FROM cases WHERE number = '{fenna_case}' AND description IS "
           "DISTINCT FROM 'hernoemd'"_s
        << QString();
    QTest::addRow("fenna moves a backdated note to another request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{karel_case}\", \"case.note_added\", "
           "\"{}\"]]'); INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
           "'2020-01-01T09:00:00.000Z', 'bert', 'verplaatst' FROM cases WHERE number = "
           "'{karel_case}'; UPDATE case_notes SET case_id = (SELECT id FROM cases WHERE number = "
           "'{fenna_case}') WHERE body = 'verplaatst'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM case_notes WHERE body = 'verplaatst'"_s
        << QString();
    QTest::addRow("fenna hides a change behind a read of the same request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.read\", \"{}\"]]'); "
           "UPDATE cases SET description = 'na het lezen' WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna marks a person destroyed, destroys the details and unmarks it")
        << u"fenna"_s
        << u"UPDATE persons SET anonymised_at = '2026-01-01' WHERE id = (SELECT person_id FROM "
           "cases WHERE number = '{fenna_case}'); SELECT pd_audit_destroy_payloads('case', "
           "'{fenna_case}'); UPDATE persons SET anonymised_at = NULL WHERE id = (SELECT person_id "
           "FROM cases WHERE number = '{fenna_case}')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM audit_events WHERE payload IS NULL"_s
        << QString();
    QTest::addRow("fenna destroys the details of a request that was never there")
        << u"fenna"_s << u"SELECT pd_audit_destroy_payloads('case', 'AVG-1999-0001')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'audit.payloads_destroyed'"_s
        << QString();

    // A BSN, made at run time (one written out could be a real person's), as a letter groups it
    // and in full-width digits.
    const QString spaced = grouped(elfProefNumber(1), { 3, 3, 3 }, u" "_s);
    const QString wide = fullWidth(elfProefNumber(1));
    // A detour: an override in the transaction, but for another number.
    QTest::addRow("fenna records a BSN behind an override of another number")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"bsn.override\", "
           "\"{\\\"findings\\\": [{\\\"field\\\": \\\"Notitie\\\", "
           "\\\"masked\\\": \\\"%1\\\"}]}\"], [\"case\", \"{fenna_case}\", "
           "\"case.read\", \"{\\\"note\\\": \\\"BSN %2\\\"}\"]]')"_s.arg(
               maskedNumber(elfProefNumber()), spaced)
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE payload LIKE '%%1%'"_s.arg(spaced)
        << QString();

    // --- A creation event covers only the making of its entity (the server's own trail) ---
    QTest::addRow("fenna moves a request's date of receipt behind a second case.created")
        << u"fenna"_s
        << u"UPDATE cases SET received_date = to_char(received_date::date - 20, 'YYYY-MM-DD'), "
           "description = 'verplaatst' WHERE number = '{fenna_case}'; SELECT pd_audit_append("
           "'[[\"case\", \"{fenna_case}\", \"case.created\", \"{}\"]]')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE description = 'verplaatst'"_s
        << QString();
    QTest::addRow("fenna notifies the AP of a breach on time behind a second breach.added")
        << u"fenna"_s
        << u"UPDATE breaches SET ap_notified_at = discovered_at WHERE number = '{breach}'; "
           "SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.added\", "
           "\"{}\"]]')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM breaches WHERE ap_notified_at IS NOT NULL"_s << QString();
    QTest::addRow("fenna anonymises a live person behind a forged person.created and destroys "
                  "the details")
        << u"fenna"_s
        << u"UPDATE persons SET anonymised_at = '2026-01-01' WHERE id = {fenna_person}; "
           "SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", \"person.created\", "
           "\"{}\"]]'); SELECT pd_audit_destroy_payloads('person', '{fenna_person}')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM persons WHERE anonymised_at IS NOT NULL"_s
        << QString();
    // Without a forged making: the mark by hand (described) and the details destroyed with it.
    QTest::addRow("fenna anonymises a live person by hand and destroys the details")
        << u"fenna"_s
        << u"UPDATE persons SET anonymised_at = '2026-01-01' WHERE id = {fenna_person}; "
           "SELECT pd_audit_destroy_payloads('person', '{fenna_person}')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'audit.payloads_destroyed'"_s
        << QString();
    // A detour no rule names: the making recorded twice in the transaction that makes it.
    QTest::addRow("karel makes a request and records its making twice")
        << u"karel"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{karel_case}\", \"case.created\", "
           "\"{}\"], [\"case\", \"{karel_case}\", \"case.created\", \"{}\"]]')"_s
        << Expect::Refused
        << u"SELECT count(*) = 1 FROM audit_events WHERE action = 'case.created' "
           "AND entity_id = '{karel_case}'"_s
        << QString();

    // --- The trail holds no BSN: every login's payloads pass the guard ---
    for (const QString &login : { adminLogin, u"bert"_s, u"fenna"_s, u"karel"_s, u"anna"_s }) {
        const QByteArray who = login.toUtf8();
        QTest::addRow("%s records a BSN in an event's details", who.constData())
            << login
            << u"SELECT pd_audit_append('[[\"user\", \"%1\", \"user.denied\", "
               "\"{\\\"reason\\\": \\\"BSN %2\\\"}\"]]')"_s.arg(login, spaced)
            << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_events WHERE payload LIKE '%%1%'"_s.arg(spaced)
            << QString();
        // A detour: the number as a key of the details, in full-width digits.
        QTest::addRow("%s records a BSN as the name of a detail", who.constData())
            << login
            << u"SELECT pd_audit_append('[[\"user\", \"%1\", \"user.denied\", "
               "\"{\\\"%2\\\": 1}"
               "\"]]')"_s.arg(login, wide)
            << Expect::Refused
            << u"SELECT count(*) = 0 FROM audit_events WHERE payload LIKE '%%1%'"_s.arg(
                   wide.left(4))
            << QString();
    }

    // --- Tables the application writes only through its triggers (a review, M2) ---
    const QString indexTrue
        = u"SELECT count(*) = (SELECT count(*) FROM cases) FROM case_search s JOIN cases c ON "
          "c.id = s.docid JOIN persons p ON p.id = c.person_id WHERE s.number = c.number AND "
          "s.name IS NOT DISTINCT FROM CASE WHEN p.anonymised_at IS NULL THEN p.name END"_s;
    const QString filesTrue
        = u"SELECT count(*) = (SELECT count(DISTINCT person_id) FROM cases) FROM person_files f "
          "WHERE f.open_requests = (SELECT count(*) FROM cases c WHERE c.person_id = f.person_id "
          "AND c.closed_at IS NULL)"_s;
    QTest::addRow("fenna puts another name into the search index")
        << u"fenna"_s
        << u"UPDATE case_search SET name = 'Iemand Gezocht', document = "
           "case_search_document_of('Iemand Gezocht', number, klantnummer, postcode) WHERE "
           "docid = (SELECT id FROM cases WHERE number = '{fenna_case}')"_s
        << Expect::Refused << indexTrue << QString();
    QTest::addRow("fenna indexes a name for a request that has no row")
        << u"fenna"_s
        << u"INSERT INTO case_search (docid, name, number, klantnummer, postcode, document) "
           "SELECT id, 'Iemand Gezocht', number, NULL, NULL, case_search_document_of("
           "'Iemand Gezocht', number, NULL, NULL) FROM cases WHERE number = '{karel_case}' "
           "ON CONFLICT (docid) DO UPDATE SET name = EXCLUDED.name, document = "
           "EXCLUDED.document"_s
        << Expect::Refused << indexTrue << QString();
    QTest::addRow("fenna hides a request from the search")
        << u"fenna"_s
        << u"DELETE FROM case_search WHERE docid = (SELECT id FROM cases WHERE number = "
           "'{fenna_case}')"_s
        << Expect::Refused << indexTrue << QString();
    QTest::addRow("fenna renames a person with the search index set aside")
        << u"fenna"_s
        << u"SELECT set_config('privacydesk.person_search', 'deferred', false); UPDATE persons "
           "SET name = 'Niet Gevonden' WHERE id = (SELECT person_id FROM cases WHERE number = "
           "'{karel_case}')"_s
        << Expect::Described << u"persons"_s << QString();
    QTest::addRow("fenna closes a person's files in the dashboard's table")
        << u"fenna"_s << u"UPDATE person_files SET open_requests = 0"_s << Expect::Refused
        << filesTrue << QString();
    QTest::addRow("fenna removes a person's files from the dashboard's table")
        << u"fenna"_s << u"DELETE FROM person_files"_s << Expect::Refused << filesTrue << QString();
    QTest::addRow("fenna moves a year's request numbers on")
        << u"fenna"_s << u"INSERT INTO case_numbers (year, last) VALUES (2099, 41)"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM case_numbers"_s << QString();
    QTest::addRow("bert adds a category of recipients")
        << u"bert"_s << u"INSERT INTO recipient_categories (code, position) VALUES ('spion', 99)"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM recipient_categories WHERE code = 'spion'"_s << QString();

    // A function's body replaced and the owner role given back (a review): the KCC's
    // window opened to every request ever logged.
    const QString kccWindow = u"CREATE OR REPLACE FUNCTION privacydesk.pd_kcc_window_start() "
                              "RETURNS text LANGUAGE sql STABLE AS $$ SELECT "
                              "to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date - %1, "
                              "'YYYY-MM-DD') $$"_s;
    QTest::addRow("the owner login widens the KCC's window, while IT lets it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; SET ROLE privacydesk_eigenaar; "_s
            + kccWindow.arg(36500) + u"; RESET ROLE; REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"changed: pd_kcc_window_start"_s << kccWindow.arg(7);
    // A function's settings changed: the trail's append, which runs with the owner's
    // rights, made to look up names in a schema of the login's choice first; the person files'
    // trigger left to plan a read of every request.
    QTest::addRow("the owner login gives the trail's append its own search path, while IT lets it "
                  "create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; SET ROLE privacydesk_eigenaar; ALTER FUNCTION "
           "privacydesk.pd_audit_append(jsonb) SET search_path = public, privacydesk, pg_temp; "
           "RESET ROLE; REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"changed: pd_audit_append"_s
        << u"ALTER FUNCTION privacydesk.pd_audit_append(jsonb) "
           "SET search_path = privacydesk, pg_temp"_s;
    QTest::addRow("the owner login lets the person files' trigger read every request, while IT "
                  "lets it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; SET ROLE privacydesk_eigenaar; ALTER FUNCTION "
           "privacydesk.person_files_case_insert_fn() RESET enable_seqscan; RESET ROLE; "
           "REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"changed: person_files_case_insert_fn"_s
        << u"ALTER FUNCTION privacydesk.person_files_case_insert_fn() SET enable_seqscan = off"_s;
    QTest::addRow("the owner login drops the search index's guard, while IT lets it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; DROP TRIGGER case_search_truth ON case_search; "
           "REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"missing or disabled"_s
        << u"CREATE TRIGGER case_search_truth BEFORE INSERT OR UPDATE ON privacydesk.case_search "
           "FOR EACH ROW EXECUTE FUNCTION privacydesk.case_search_truth()"_s;

    // --- The phone desk adds more than its intake (a review, M4) ---
    QTest::addRow("karel inserts a request that is identified and completed")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "id_result, id_method, outcome, answered_on, closed_at, created_at, updated_at) "
           "SELECT 'AVG-2099-9001', person_id, 'telefoon', received_date, 'karel', 'ontvangen', "
           "'geslaagd', 'balie', 'toegewezen', received_date, created_at, created_at, created_at "
           "FROM cases WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9001'"_s
        << QString();
    QTest::addRow("karel inserts a request that is extended, with its own id")
        << u"karel"_s
        << u"INSERT INTO cases (id, number, person_id, channel, received_date, received_by, state, "
           "extended, extension_reason, created_at, updated_at) SELECT 900001, 'AVG-2099-9002', "
           "person_id, 'telefoon', received_date, 'karel', 'ontvangen', 1, 'druk', created_at, "
           "created_at FROM cases WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9002'"_s
        << QString();
    QTest::addRow("karel reports a breach that is assessed and decided")
        << u"karel"_s
        << u"INSERT INTO breaches (number, year, counter, title, discovered_at, ap_deadline, "
           "reported_by, reported_at, created_at, updated_at, risk, reasoning, ap_decision, "
           "ap_decision_reason, ap_decision_by, subjects_decision) VALUES ('DL-2099-0001', "
           "2099, 1, 'Kwijt', '2026-01-01', '2026-01-04', 'karel', '2026-01-01', '2026-01-01', "
           "'2026-01-01', 'geen', 'niets aan de hand', 0, 'geen risico', 'fenna', 0)"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM breaches WHERE number = 'DL-2099-0001'"_s
        << QString();
    QTest::addRow("karel inserts a person that is anonymised already, in the officer's name")
        << u"karel"_s
        << u"INSERT INTO persons (name, relation, created_at, created_by, anonymised_at) VALUES "
           "('Vooraf Vernietigd', 'huurder', '2026-01-01', 'fenna', '2026-01-01')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM persons WHERE name = 'Vooraf Vernietigd'"_s
        << QString();
    QTest::addRow("karel inserts a person in the officer's name")
        << u"karel"_s
        << u"INSERT INTO persons (name, relation, created_at, created_by) VALUES "
           "('Namens Fenna', 'huurder', '2026-01-01', 'fenna')"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM persons WHERE name = 'Namens Fenna'"_s
        << QString();
    QTest::addRow("karel inserts a request assigned to an officer")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "handler, deadline_effective, created_at, updated_at) SELECT 'AVG-2099-9003', "
           "person_id, 'telefoon', received_date, 'karel', 'ontvangen', 'fenna', "
           "deadline_effective, created_at, created_at FROM cases WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9003'"_s
        << QString();
    QTest::addRow("karel inserts a request with a deadline a year away")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at) SELECT 'AVG-2099-9004', person_id, "
           "'telefoon', received_date, 'karel', 'ontvangen', "
           "to_char(received_date::date + 365, 'YYYY-MM-DD'), created_at, created_at FROM cases "
           "WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9004'"_s
        << QString();
    QTest::addRow("karel inserts a request due before it was received")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at) SELECT 'AVG-2099-9005', person_id, "
           "'telefoon', received_date, 'karel', 'ontvangen', "
           "to_char(received_date::date - 1, 'YYYY-MM-DD'), created_at, created_at FROM cases "
           "WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9005'"_s
        << QString();
    // Its moments are its desk's clock, and must agree with each other (the KCC wrote
    // its created_at, updated_at and received_at freely).
    QTest::addRow("karel inserts a request received a month after it was registered")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at) SELECT 'AVG-2099-9006', person_id, "
           "'telefoon', to_char(received_date::date + 30, 'YYYY-MM-DD'), 'karel', 'ontvangen', "
           "to_char(received_date::date + 60, 'YYYY-MM-DD'), created_at, created_at FROM cases "
           "WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9006'"_s
        << QString();
    QTest::addRow("karel inserts a request changed since it was registered")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at) SELECT 'AVG-2099-9007', person_id, "
           "'telefoon', received_date, 'karel', 'ontvangen', deadline_effective, created_at, "
           "'2099-01-05T10:00:00.000Z' FROM cases WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9007'"_s
        << QString();
    QTest::addRow("karel inserts a request received at a moment after it was registered")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_at, received_date, "
           "received_by, state, deadline_effective, created_at, updated_at) SELECT "
           "'AVG-2099-9008', person_id, 'telefoon', '2099-01-01T09:00:00.000Z', received_date, "
           "'karel', 'ontvangen', deadline_effective, created_at, created_at "
           "FROM cases WHERE number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9008'"_s
        << QString();
    QTest::addRow("karel adds a type to an older request of its own")
        << u"karel"_s
        << u"INSERT INTO case_types (case_id, type) SELECT id, 'verwijdering' FROM cases WHERE "
           "number = '{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM case_types WHERE type = 'verwijdering'"_s
        << QString();

    // --- A destruction recorded by hand (a review, M6) ---
    const QString noDestruction
        = u"SELECT count(*) = 0 FROM audit_events WHERE action = 'retention.destroyed'"_s;
    QTest::addRow("fenna records the request's files as destroyed")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"retention.destroyed\", "
           "\"{\\\"method\\\": \\\"vernietigd\\\"}\"]]')"_s
        << Expect::Refused << noDestruction << QString();
    QTest::addRow("fenna records a person as destroyed")
        << u"fenna"_s
        << u"SELECT pd_audit_append(format('[[\"person\", \"%s\", \"retention.destroyed\", "
           "\"{}\"]]', (SELECT person_id FROM cases WHERE number = '{fenna_case}'))::jsonb)"_s
        << Expect::Refused << noDestruction << QString();
    QTest::addRow("fenna records a destruction with a destruction record of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"retention.destroyed\", "
           "\"{}\"]]'); INSERT INTO retention_destructions (destroyed_at, destroyed_on, "
           "destroyed_by, method, kind, rule_text, subject_ref, case_numbers, what, audit_seq, "
           "proof_hash) SELECT '2026-01-01', '2026-01-01', 'fenna', 'vernietigd', "
           "'verzoekdossier', 'regel', 'P-' || c.person_id, c.number, 'alles', a.seq, "
           "encode(a.hash, 'hex') FROM cases c, audit_events a WHERE c.number = '{fenna_case}' "
           "AND a.seq = (SELECT max(seq) FROM audit_events)"_s
        << Expect::Refused << noDestruction << QString();

    QTest::addRow("fenna records an open breach as destroyed, with a record of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.destroyed\", "
           "\"{}\"]]'); INSERT INTO retention_destructions (destroyed_at, destroyed_on, "
           "destroyed_by, method, kind, rule_text, subject_ref, what, audit_seq, proof_hash) "
           "SELECT '2026-01-01', '2026-01-01', 'fenna', 'vernietigd', 'datalek', 'regel', "
           "'{breach}', 'alles', a.seq, encode(a.hash, 'hex') FROM audit_events a "
           "WHERE a.seq = (SELECT max(seq) FROM audit_events)"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'breach.destroyed'"_s
        << QString();
    QTest::addRow("fenna records a breach's person as destroyed")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", "
           "\"breach.person_destroyed\", \"{}\"]]')"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM audit_events WHERE action = 'breach.person_destroyed'"_s
        << QString();

    // --- Changes by hand behind a real event about the same request (a review, H3) ---
    QTest::addRow("fenna changes a description behind a note on the same request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); UPDATE cases SET description = 'achter een notitie' WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna changes who received a request behind its extension")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.extended\", "
           "\"{}\"]]'); UPDATE cases SET received_by = 'bert', received_date = '2020-01-01' "
           "WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna completes a request by hand behind a note on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); UPDATE cases SET state = 'afgerond', outcome = 'toegewezen', closed_at "
           "= '2026-01-01T09:00:00.000Z' WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();

    // Each step of the life cycle describes its own columns only: the answer's date is the
    // completion's, the identification's the identification's.
    QTest::addRow("fenna backdates the answer behind an extension of the request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.extended\", "
           "\"{}\"]]'); UPDATE cases SET answered_on = '2020-01-01' WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna marks the identification verified behind a mandate's request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.mandate_requested\", \"{}\"]]'); UPDATE cases SET id_result = 'geslaagd', "
           "id_method = 'balie', id_received = '2020-01-01' WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna extends a request behind its reopening")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.reopened\", "
           "\"{}\"]]'); UPDATE cases SET extended = 1, extension_reason = 'achteraf', "
           "extension_notified = '2020-01-01' WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna moves a person to another customer number behind a correction")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", \"person.updated\", "
           "\"{}\"]]'); UPDATE persons SET klantnummer = 'K-ANDER' WHERE id = {fenna_person}"_s
        << Expect::Described << u"persons"_s << QString();
    QTest::addRow("fenna gives a request to bert behind its completion")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.completed\", "
           "\"{}\"]]'); UPDATE cases SET handler = 'bert' WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();

    // A note: only ever added, in the name of whoever adds it ("a backdated note in
    // someone else's name" behind a harmless event of its own).
    QTest::addRow("fenna backdates a note in bert's name behind the request's extension")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.extended\", "
           "\"{}\"]]'); INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
           "'2020-01-02T09:00:00.000Z', 'bert', 'achter een verlenging' FROM cases WHERE "
           "number = '{fenna_case}'"_s
        << Expect::Described << u"case_notes"_s << QString();
    QTest::addRow("fenna adds a note in bert's name behind a note event of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
           "'2020-01-03T09:00:00.000Z', 'bert', 'namens bert' FROM cases WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"case_notes"_s << QString();
    QTest::addRow("fenna rewrites the request's notes behind a new note")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); UPDATE case_notes SET body = 'herschreven' WHERE case_id = (SELECT id "
           "FROM cases WHERE number = '{fenna_case}')"_s
        << Expect::Described << u"case_notes"_s << QString();
    // The mark "niet aan klager verstrekken" is written with the note, never lifted
    // or set afterwards (the inzage report leaves such a note out).
    // The note's words and mark are those its event gives: the dossier reads the event, the
    // inzage report the row.
    QTest::addRow("fenna adds a note marked 'niet aan klager' behind an event without the mark")
        << u"fenna"_s
        << u"SELECT pd_audit_append(jsonb_build_array(jsonb_build_array('case', '{fenna_case}', "
           "'case.note_added', jsonb_build_object('text', 'stil gemarkeerd')::text))); INSERT "
           "INTO case_notes (case_id, written_at, author, body, withheld) SELECT id, "
           "'2020-01-05T09:00:00.000Z', 'fenna', 'stil gemarkeerd', 1 FROM cases WHERE number "
           "= '{fenna_case}'"_s
        << Expect::Described << u"case_notes"_s << QString();
    QTest::addRow("fenna adds a note in other words than its event")
        << u"fenna"_s
        << u"SELECT pd_audit_append(jsonb_build_array(jsonb_build_array('case', '{fenna_case}', "
           "'case.note_added', jsonb_build_object('text', 'zoals het spoor zegt')::text))); "
           "INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
           "'2020-01-05T09:00:00.000Z', 'fenna', 'iets anders' FROM cases WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"case_notes"_s << QString();
    QTest::addRow("fenna lifts the mark 'niet aan klager' of the request's notes")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); UPDATE case_notes SET withheld = 1 - withheld WHERE case_id = (SELECT "
           "id FROM cases WHERE number = '{fenna_case}')"_s
        << Expect::Described << u"case_notes"_s << QString();

    // A letter: made in the name of whoever makes it, its dispatch recorded apart, its text never
    // changed (H3 for letters): the dossier's fingerprint of a letter is its text's.
    QTest::addRow("fenna files a letter in bert's name behind a letter event of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.letter\", "
           "\"{}\"]]'); INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT id, 'besluit', '<p>namens bert</p>', repeat('0', 64), "
           "'2020-01-04T09:00:00.000Z', 'bert' FROM cases WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"letters"_s << QString();
    QTest::addRow("fenna slips a letter into a request behind a note on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT id, 'besluit', '<p>achteraf</p>', repeat('0', 64), "
           "'2020-01-05T09:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"letters"_s << QString();
    QTest::addRow("fenna rewrites a letter's text behind recording it sent")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.letter\", "
           "\"{}\"]]'); INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT id, 'besluit', '<p>zoals gemaakt</p>', repeat('0', 64), "
           "'2020-01-06T09:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.letter_sent\", "
           "\"{}\"]]'); UPDATE letters SET body = '<p>anders</p>', sent_on = '2020-01-06', "
           "sent_how = 'per post' WHERE body = '<p>zoals gemaakt</p>'"_s
        << Expect::Described << u"letters"_s << QString();

    // A file kept with a request: added in the name of whoever adds it, its content never
    // changed (the dossier proves the original by its SHA-256).
    QTest::addRow("fenna files an original in bert's name behind a file event of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.attachment_added\", \"{}\"]]'); INSERT INTO case_attachments (case_id, kind, "
           "name, media_type, size, sha256, added_at, added_by, content) SELECT id, 'origineel', "
           "'verzoek.eml', 'message/rfc822', 1, repeat('0', 64), '2020-01-07T09:00:00.000Z', "
           "'bert', decode('00', 'hex') FROM cases WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"case_attachments"_s << QString();
    QTest::addRow("fenna swaps a file's content behind adding it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.attachment_added\", \"{}\"]]'); INSERT INTO case_attachments (case_id, kind, "
           "name, media_type, size, sha256, added_at, added_by, content) SELECT id, 'origineel', "
           "'echt.eml', 'message/rfc822', 1, repeat('0', 64), '2020-01-08T09:00:00.000Z', "
           "'fenna', decode('00', 'hex') FROM cases WHERE number = '{fenna_case}'; UPDATE "
           "case_attachments SET content = decode('01', 'hex') WHERE name = 'echt.eml'"_s
        << Expect::Described << u"case_attachments"_s << QString();

    // A request's decisions per kind: written by its completion, removed by its reopening only.
    QTest::addRow("fenna adds a decision to a request behind a note on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); INSERT INTO case_decisions (case_id, type, outcome, motivation) SELECT "
           "id, 'overig', 'afgewezen', 'achteraf' FROM cases WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"case_decisions"_s << QString();
    QTest::addRow("fenna rewrites a decision's reasons behind its completion")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.completed\", "
           "\"{}\"]]'); INSERT INTO case_decisions (case_id, type, outcome, motivation) SELECT "
           "id, 'klacht', 'afgewezen', 'zoals besloten' FROM cases WHERE number = "
           "'{fenna_case}'; UPDATE case_decisions SET motivation = 'anders' WHERE motivation = "
           "'zoals besloten'"_s
        << Expect::Described << u"case_decisions"_s << QString();

    // The kinds of a request: written by its intake, never changed (the deadline and the
    // letters follow from them).
    QTest::addRow("fenna turns a request into an erasure behind a note on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); UPDATE case_types SET type = 'verwijdering' WHERE case_id = (SELECT id "
           "FROM cases WHERE number = '{fenna_case}')"_s
        << Expect::Described << u"case_types"_s << QString();

    // A system searched for a request: in the searcher's own name.
    QTest::addRow("fenna records a system searched in bert's name behind a search of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.system_searched\", \"{}\"]]'); INSERT INTO case_system_checks (case_id, "
           "system, result, searched_by, searched_at) SELECT id, 'Archiefkast', 'niets-gevonden', "
           "'bert', '2020-01-11T09:00:00.000Z' FROM cases WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"case_system_checks"_s << QString();

    // The AP's reference of a complaint and an art. 19 record: in the recorder's own name.
    QTest::addRow("fenna sets an AP reference in bert's name behind setting one herself")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.ap_reference\", "
           "\"{}\"]]'); INSERT INTO case_ap_references (case_id, reference, changed_at, "
           "changed_by) SELECT id, 'z2020-00001', '2020-01-09T09:00:00.000Z', 'bert' FROM cases "
           "WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"case_ap_references"_s << QString();
    QTest::addRow("fenna records a recipient told behind a note on the request")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.note_added\", "
           "\"{}\"]]'); INSERT INTO recipients (name, category, role, created_at, created_by, "
           "updated_at) SELECT 'Gemeente Art19', min(code), 'ontvanger', "
           "'2020-01-10T09:00:00.000Z', 'fenna', '2020-01-10T09:00:00.000Z' FROM "
           "recipient_categories; INSERT INTO art19_notifications (case_id, recipient_id, "
           "notified_on, recorded_at, recorded_by) SELECT c.id, r.id, '2020-01-10', "
           "'2020-01-10T09:00:00.000Z', 'fenna' FROM cases c, recipients r WHERE c.number = "
           "'{fenna_case}' AND r.name = 'Gemeente Art19'"_s
        << Expect::Described << u"art19_notifications"_s << QString();

    // The same behind a real event about the same data breach (H3 for breaches).
    QTest::addRow("fenna moves a breach's discovery behind a follow-up on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.follow-up\", "
           "\"{}\"]]'); UPDATE breaches SET discovered_at = '2020-01-01T09:00:00.000Z', "
           "ap_deadline = '2020-01-04T09:00:00.000Z' WHERE number = '{breach}'"_s
        << Expect::Described << u"breaches"_s << QString();
    QTest::addRow("fenna records the AP notified behind the breach's assessment")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.assessed\", "
           "\"{}\"]]'); UPDATE breaches SET ap_notified_at = '2020-01-02T09:00:00.000Z', "
           "ap_reference = 'z2020-00001', ap_notified_by = 'bert' WHERE number = '{breach}'"_s
        << Expect::Described << u"breaches"_s << QString();
    QTest::addRow("fenna closes a breach by hand behind a change of its description")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.updated\", "
           "\"{}\"]]'); UPDATE breaches SET state = 'gesloten', closed_at = "
           "'2020-01-05T09:00:00.000Z', closed_by = 'bert' WHERE number = '{breach}'"_s
        << Expect::Described << u"breaches"_s << QString();

    // A breach's other tables (H3 for a breach's rows): each only by the step that
    // writes it, a follow-up and a letter in the maker's own name.
    QTest::addRow("fenna records a follow-up in bert's name behind one of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.follow-up\", "
           "\"{}\"]]'); INSERT INTO breach_follow_ups (breach_id, kind, at, text, recorded_by, "
           "recorded_at) SELECT id, 'aanvullen', '2020-01-13T09:00:00.000Z', 'namens bert', "
           "'bert', '2020-01-13T09:00:00.000Z' FROM breaches WHERE number = '{breach}'"_s
        << Expect::Described << u"breach_follow_ups"_s << QString();
    QTest::addRow("fenna rewrites a follow-up behind adding it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.follow-up\", "
           "\"{}\"]]'); INSERT INTO breach_follow_ups (breach_id, kind, at, text, recorded_by, "
           "recorded_at) SELECT id, 'aanvullen', '2020-01-14T09:00:00.000Z', 'zoals gemeld', "
           "'fenna', '2020-01-14T09:00:00.000Z' FROM breaches WHERE number = '{breach}'; UPDATE "
           "breach_follow_ups SET text = 'achteraf anders' WHERE text = 'zoals gemeld'"_s
        << Expect::Described << u"breach_follow_ups"_s << QString();
    QTest::addRow("fenna adds a nature to a breach behind a follow-up on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.follow-up\", "
           "\"{}\"]]'); INSERT INTO breach_natures (breach_id, nature) SELECT id, 'integriteit' "
           "FROM breaches WHERE number = '{breach}'"_s
        << Expect::Described << u"breach_natures"_s << QString();
    QTest::addRow("fenna removes a breach's kinds of data behind its assessment")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.assessed\", "
           "\"{}\"]]'); DELETE FROM breach_data WHERE breach_id = (SELECT id FROM breaches WHERE "
           "number = '{breach}')"_s
        << Expect::Described << u"breach_data"_s << QString();
    QTest::addRow("fenna adds a criterion to a breach behind a change of its description")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.updated\", "
           "\"{}\"]]'); INSERT INTO breach_criteria (breach_id, criterion) SELECT id, "
           "'groot-aantal' FROM breaches WHERE number = '{breach}'"_s
        << Expect::Described << u"breach_criteria"_s << QString();
    QTest::addRow("fenna links a person to a breach behind a follow-up on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.follow-up\", "
           "\"{}\"]]'); INSERT INTO breach_persons (breach_id, person_id) SELECT b.id, "
           "c.person_id FROM breaches b, cases c WHERE b.number = '{breach}' AND c.number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"breach_persons"_s << QString();
    QTest::addRow("fenna backdates when a person was told behind linking them")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.persons-linked\", "
           "\"{}\"]]'); INSERT INTO breach_persons (breach_id, person_id) SELECT b.id, "
           "c.person_id FROM breaches b, cases c WHERE b.number = '{breach}' AND c.number = "
           "'{karel_case}'; UPDATE breach_persons SET informed_on = '2020-01-15' WHERE "
           "person_id = (SELECT person_id FROM cases WHERE number = '{karel_case}')"_s
        << Expect::Described << u"breach_persons"_s << QString();
    QTest::addRow("fenna makes a breach letter in bert's name behind one of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.letter\", \"{}\"]]'); "
           "INSERT INTO breach_letters (breach_id, person_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT b.id, c.person_id, 'kennisgeving-datalek', 'namens bert', "
           "repeat('0', 64), '2020-01-16T09:00:00.000Z', 'bert' FROM breaches b, cases c WHERE "
           "b.number = '{breach}' AND c.number = '{fenna_case}'"_s
        << Expect::Described << u"breach_letters"_s << QString();
    QTest::addRow("fenna rewrites a breach letter's text behind its dispatch")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.letter\", \"{}\"], "
           "[\"breach\", \"{breach}\", \"breach.letter_sent\", \"{}\"]]'); INSERT INTO "
           "breach_letters (breach_id, person_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT b.id, c.person_id, 'kennisgeving-datalek', 'zoals verstuurd', "
           "repeat('0', 64), '2020-01-17T09:00:00.000Z', 'fenna' FROM breaches b, cases c WHERE "
           "b.number = '{breach}' AND c.number = '{fenna_case}'; UPDATE breach_letters SET body "
           "= 'achteraf anders', sent_on = '2020-01-17', sent_how = 'per post' WHERE body = "
           "'zoals verstuurd'"_s
        << Expect::Described << u"breach_letters"_s << QString();

    // A disclosure (H3 for disclosures): registered in the registrar's own name, each
    // change writing only what the desk's form holds; its persons and data replaced, never
    // changed in place.
    QTest::addRow("fenna registers a disclosure in bert's name")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"disclosure\", \"900101\", \"disclosure.created\", "
           "\"{}\"]]'); INSERT INTO disclosures (id, disclosed_on, recipient_id, purpose, "
           "legal_basis, informed, created_at, created_by, updated_at) SELECT 900101, "
           "'2020-01-18', recipient_id, 'namens bert', 'f', 'nog-te-doen', "
           "'2020-01-18T09:00:00.000Z', 'bert', '2020-01-18T09:00:00.000Z' FROM disclosures "
           "WHERE id = {disclosure}"_s
        << Expect::Described << u"disclosures"_s << QString();
    QTest::addRow("fenna names bert as a disclosure's registrar behind a change of it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"disclosure\", \"{disclosure}\", "
           "\"disclosure.updated\", \"{}\"]]'); UPDATE disclosures SET created_by = 'bert' WHERE "
           "id = {disclosure}"_s
        << Expect::Described << u"disclosures"_s << QString();
    QTest::addRow("fenna moves a disclosure to another person behind a change of it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"disclosure\", \"{disclosure}\", "
           "\"disclosure.updated\", \"{}\"]]'); UPDATE disclosure_persons SET person_id = "
           "(SELECT person_id FROM cases WHERE number = '{karel_case}') WHERE disclosure_id = "
           "{disclosure}"_s
        << Expect::Described << u"disclosure_persons"_s << QString();
    QTest::addRow("fenna adds a kind of data to a disclosure behind its removal")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"disclosure\", \"{disclosure}\", "
           "\"disclosure.deleted\", \"{}\"]]'); INSERT INTO disclosure_data (disclosure_id, "
           "category) VALUES ({disclosure}, 'betaalgegevens')"_s
        << Expect::Described << u"disclosure_data"_s << QString();

    // A covenant (H3 for covenants): registered in the registrar's own name, its
    // document only by adding it, its parties and data replaced, never changed in place.
    QTest::addRow("fenna registers a covenant in bert's name")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"covenant\", \"900201\", \"covenant.created\", "
           "\"{}\"]]'); INSERT INTO covenants (id, name, purpose, legal_basis, valid_from, "
           "created_at, created_by, updated_at) VALUES (900201, 'Namens Bert', 'x', 'f', "
           "'2020-01-19', '2020-01-19T09:00:00.000Z', 'bert', '2020-01-19T09:00:00.000Z')"_s
        << Expect::Described << u"covenants"_s << QString();
    QTest::addRow("fenna swaps a covenant's signed document behind a change of its text")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"covenant\", \"{covenant}\", \"covenant.updated\", "
           "\"{}\"]]'); UPDATE covenants SET document = decode('00', 'hex'), document_sha256 = "
           "repeat('0', 64) WHERE id = {covenant}"_s
        << Expect::Described << u"covenants"_s << QString();
    QTest::addRow("fenna adds a party to a covenant behind exporting its document")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"covenant\", \"{covenant}\", "
           "\"covenant.document_exported\", \"{}\"]]'); INSERT INTO covenant_parties "
           "(covenant_id, position, name) VALUES ({covenant}, 99, 'Stille Partner')"_s
        << Expect::Described << u"covenant_parties"_s << QString();
    QTest::addRow("fenna changes a covenant's kind of data behind a change of it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"covenant\", \"{covenant}\", \"covenant.updated\", "
           "\"{}\"]]'); UPDATE covenant_data SET category = 'gezondheid' WHERE covenant_id = "
           "{covenant}"_s
        << Expect::Described << u"covenant_data"_s << QString();

    // A hold on data outside Privacydesk and a restriction of processing (H3 for
    // these tables): recorded in the recorder's own name, released or lifted only by
    // releasing or lifting it.
    QTest::addRow("fenna records a hold in bert's name behind one of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.external_hold_added\", \"{}\"]]'); INSERT INTO external_holds (case_id, "
           "system, secured, recorded_on, period_amount, period_unit, overwritten_on, "
           "created_at, created_by) SELECT id, 'Back-up', 'de mailbox', '2020-01-20', 30, "
           "'dagen', '2020-02-19', '2020-01-20', 'bert' FROM cases WHERE number = "
           "'{fenna_case}'"_s
        << Expect::Described << u"external_holds"_s << QString();
    QTest::addRow("fenna releases a hold behind securing it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.external_hold_added\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.external_hold_secured\", \"{}\"]]'); INSERT INTO external_holds (case_id, "
           "system, secured, recorded_on, period_amount, period_unit, overwritten_on, "
           "created_at, created_by) SELECT id, 'Telefooncentrale', 'de opnames', '2020-01-21', "
           "30, 'dagen', '2020-02-20', '2020-01-21', 'fenna' FROM cases WHERE number = "
           "'{fenna_case}'; UPDATE external_holds SET released_on = '2020-01-21', released_by = "
           "'fenna', release_reason = 'achteraf' WHERE system = 'Telefooncentrale'"_s
        << Expect::Described << u"external_holds"_s << QString();
    QTest::addRow("fenna records a restriction in bert's name behind one of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_recorded\", \"{}\"]]'); INSERT INTO person_restrictions "
           "(person_id, data, ground, reason, started_on, created_at, created_by) VALUES "
           "({fenna_person}, 'het adres', 'a', 'betwist', '2020-01-22', '2020-01-22', 'bert')"_s
        << Expect::Described << u"person_restrictions"_s << QString();
    QTest::addRow("fenna lifts a restriction behind recording one")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_recorded\", \"{}\"]]'); INSERT INTO person_restrictions "
           "(person_id, data, ground, reason, started_on, created_at, created_by) VALUES "
           "({fenna_person}, 'het telefoonnummer', 'a', 'betwist', '2020-01-23', '2020-01-23', "
           "'fenna'); UPDATE person_restrictions SET lifted_on = '2020-01-23', lifted_by = "
           "'fenna' WHERE data = 'het telefoonnummer'"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM person_restrictions WHERE data = 'het telefoonnummer'"_s
        << QString();
    // Lifted with the event lifting records, but without telling the data subject first
    // (art. 18(3)): the server wants the notice, whatever the trail says.
    QTest::addRow("fenna lifts a restriction without its notice")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_lifted\", \"{}\"]]'); UPDATE person_restrictions SET "
           "lifted_on = '2020-01-24', lifted_by = 'fenna' WHERE data = 'het adres'"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM person_restrictions WHERE lifted_on IS NOT NULL"_s
        << QString();
    QTest::addRow("fenna lifts a restriction naming a letter that is no notice")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_lifted\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter_sent\", \"{}\"]]'); INSERT INTO letters (case_id, kind, body, "
           "sha256, generated_at, generated_by, sent_on, sent_how, sent_recorded_at, "
           "sent_recorded_by) SELECT id, 'besluit', 'besluit', 'ab', "
           "'2020-01-24T10:00:00.000Z', 'fenna', '2020-01-24', 'per post', "
           "'2020-01-24T10:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "UPDATE person_restrictions SET lifted_on = '2020-01-24', lifted_by = 'fenna', "
           "lift_letter_id = (SELECT max(id) FROM letters WHERE body = 'besluit') WHERE data = "
           "'het adres'"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM person_restrictions WHERE lifted_on IS NOT NULL"_s
        << QString();

    // Art. 18(1)(a): with its notice sent, a restriction of contested data still holds while no
    // rectification of the person is decided (fenna's request is an inzage); before, the
    // server let it go as soon as the notice was.
    QTest::addRow("fenna lifts a restriction whose rectification is not decided")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_lifted\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter_sent\", \"{}\"]]'); INSERT INTO letters (case_id, kind, body, "
           "sha256, generated_at, generated_by, sent_on, sent_how, sent_recorded_at, "
           "sent_recorded_by) SELECT id, 'kennisgeving-opheffing-beperking', 'kennisgeving', "
           "'ab', '2020-01-24T10:00:00.000Z', 'fenna', '2020-01-24', 'per post', "
           "'2020-01-24T10:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "UPDATE person_restrictions SET lifted_on = '2020-01-24', lifted_by = 'fenna', "
           "lift_letter_id = (SELECT max(id) FROM letters WHERE body = 'kennisgeving') WHERE "
           "data = 'het adres'"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM person_restrictions WHERE lifted_on IS NOT NULL"_s
        << QString();

    // A user (H3 for users): a role only by adding the user, a name only by a new one.
    QTest::addRow("bert makes the auditor a beheerder behind a new name for her")
        << u"bert"_s
        << u"SELECT pd_audit_append('[[\"user\", \"anna\", \"user.display_name_changed\", "
           "\"{}\"]]'); UPDATE users SET display_name = 'Anna Beheer', role = 'beheerder' WHERE "
           "login = 'anna'"_s
        << Expect::Described << u"users"_s
        << u"UPDATE privacydesk.users SET role = 'auditor' WHERE login = 'anna'"_s;
    QTest::addRow("bert renames the officer behind resetting her password")
        << u"bert"_s
        << u"SELECT pd_audit_append('[[\"user\", \"fenna\", \"user.password_reset\", "
           "\"{}\"]]'); UPDATE users SET display_name = 'Iemand Anders' WHERE login = 'fenna'"_s
        << Expect::Described << u"users"_s << QString();

    // A request, a person or a data breach itself, inserted or removed by hand: only
    // its intake, import or report makes one (case.created; person.created, or the anonymous
    // data subject of a destruction; breach.added), a person or breach in the maker's own name,
    // and nothing removes one; any other event about it describes neither.
    const QString handRequest
        = u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
          "deadline_effective, created_at, updated_at) SELECT '%1', person_id, channel, "
          "received_date, 'fenna', 'ontvangen', deadline_effective, created_at, updated_at FROM "
          "cases WHERE number = '{fenna_case}'"_s;
    QTest::addRow("fenna registers a second request by hand behind a note on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"AVG-2099-9101\", \"case.note_added\", "
           "\"{}\"], [\"case\", \"{karel_case}\", \"case.note_added\", \"{}\"]]'); "_s
            + handRequest.arg(u"AVG-2099-9101"_s)
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna registers a request and removes it again behind its intake event")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"AVG-2099-9102\", \"case.created\", "
           "\"{}\"]]'); "_s
            + handRequest.arg(u"AVG-2099-9102"_s)
            + u"; DELETE FROM cases WHERE number = 'AVG-2099-9102'"_s
        << Expect::Described << u"cases"_s << QString();
    QTest::addRow("fenna adds a person in bert's name behind recording the person made")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"900301\", \"person.created\", \"{}\"]]'); "
           "INSERT INTO persons (id, name, relation, created_at, created_by) VALUES (900301, "
           "'Namens Bert', 'huurder', '2020-01-24T09:00:00.000Z', 'bert')"_s
        << Expect::Described << u"persons"_s << QString();
    QTest::addRow("fenna adds a person behind a change of that person")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"900302\", \"person.updated\", \"{}\"]]'); "
           "INSERT INTO persons (id, name, relation, created_at, created_by) VALUES (900302, "
           "'Achter Een Wijziging', 'huurder', '2020-01-25T09:00:00.000Z', 'fenna')"_s
        << Expect::Described << u"persons"_s << QString();
    QTest::addRow("bert adds a person and removes it again behind recording the person made")
        << u"bert"_s
        << u"SELECT pd_audit_append('[[\"person\", \"900303\", \"person.created\", \"{}\"], "
           "[\"person\", \"900303\", \"person.updated\", \"{}\"]]'); INSERT INTO persons (id, "
           "name, relation, created_at, created_by) VALUES (900303, 'Even Hier', 'huurder', "
           "'2020-01-26T09:00:00.000Z', 'bert'); DELETE FROM persons WHERE id = 900303"_s
        << Expect::Described << u"persons"_s << QString();
    const QString handBreach
        = u"INSERT INTO breaches (number, year, counter, title, discovered_at, ap_deadline, "
          "reported_by, reported_at, created_at, updated_at) VALUES ('DL-2099-%1', 2099, %1, "
          "'Met de hand', '2020-01-27T09:00:00.000Z', '2020-01-30T09:00:00.000Z', '%2', "
          "'2020-01-27T09:00:00.000Z', '2020-01-27T09:00:00.000Z', '2020-01-27T09:00:00.000Z')"_s;
    QTest::addRow("fenna reports a breach in bert's name behind recording it reported")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"DL-2099-0101\", \"breach.added\", "
           "\"{}\"]]'); "_s
            + handBreach.arg(u"0101"_s, u"bert"_s)
        << Expect::Described << u"breaches"_s << QString();
    QTest::addRow("fenna reports a breach behind a follow-up on it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"DL-2099-0102\", \"breach.follow-up\", "
           "\"{}\"]]'); "_s
            + handBreach.arg(u"0102"_s, u"fenna"_s)
        << Expect::Described << u"breaches"_s << QString();
    QTest::addRow("fenna reports a breach and removes it again behind recording it reported")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"DL-2099-0103\", \"breach.added\", "
           "\"{}\"]]'); "_s
            + handBreach.arg(u"0103"_s, u"fenna"_s)
            + u"; DELETE FROM breaches WHERE number = 'DL-2099-0103'"_s
        << Expect::Described << u"breaches"_s << QString();

    // A letter's dispatch is recorded by whoever records it: never in a colleague's
    // name, behind a dispatch event of one's own.
    QTest::addRow("fenna records a letter sent in bert's name behind recording it sent")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.letter\", "
           "\"{}\"]]'); INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT id, 'besluit', '<p>verstuurd door bert</p>', repeat('0', 64), "
           "'2020-01-28T09:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", \"case.letter_sent\", "
           "\"{}\"]]'); UPDATE letters SET sent_on = '2020-01-28', sent_how = 'per post', "
           "sent_recorded_at = '2020-01-28T10:00:00.000Z', sent_recorded_by = 'bert' WHERE body "
           "= '<p>verstuurd door bert</p>'"_s
        << Expect::Described << u"letters"_s << QString();
    QTest::addRow("fenna records a breach letter sent in bert's name behind recording it sent")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"breach.letter\", \"{}\"], "
           "[\"breach\", \"{breach}\", \"breach.letter_sent\", \"{}\"]]'); INSERT INTO "
           "breach_letters (breach_id, person_id, kind, body, sha256, generated_at, "
           "generated_by) SELECT b.id, c.person_id, 'kennisgeving-datalek', 'verstuurd door "
           "bert', repeat('0', 64), '2020-01-29T09:00:00.000Z', 'fenna' FROM breaches b, cases "
           "c WHERE b.number = '{breach}' AND c.number = '{fenna_case}'; UPDATE breach_letters "
           "SET sent_on = '2020-01-29', sent_how = 'per post', sent_recorded_at = "
           "'2020-01-29T10:00:00.000Z', sent_recorded_by = 'bert' WHERE body = 'verstuurd door "
           "bert'"_s
        << Expect::Described << u"breach_letters"_s << QString();

    // Every other column that names who did what an action records (
    // pd_audit_writer_columns): fenna records the step with her own event, but the row names
    // bert, which the desk never writes.
    QTest::addRow("fenna records a hold released in bert's name behind releasing it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.external_hold_added\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.external_hold_released\", \"{}\"]]'); INSERT INTO external_holds (case_id, "
           "system, secured, recorded_on, period_amount, period_unit, overwritten_on, "
           "created_at, created_by) SELECT id, 'Archief', 'de map', '2020-01-31', 30, 'dagen', "
           "'2020-03-01', '2020-01-31', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "UPDATE external_holds SET released_on = '2020-01-31', released_by = 'bert', "
           "release_reason = 'niet meer nodig' WHERE system = 'Archief'"_s
        << Expect::Described << u"external_holds"_s << QString();
    // Sub c: a restriction that waits for no decision (sub a would hold until a rectification
    // is decided, and be refused for that before the name is looked at).
    QTest::addRow("fenna records a restriction lifted in bert's name behind lifting it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.restriction_recorded\", \"{}\"], [\"person\", \"{fenna_person}\", "
           "\"person.restriction_lifted\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter\", \"{}\"], [\"case\", \"{fenna_case}\", "
           "\"case.letter_sent\", \"{}\"]]'); INSERT INTO person_restrictions "
           "(person_id, data, ground, reason, started_on, created_at, created_by) VALUES "
           "({fenna_person}, 'het e-mailadres', 'c', 'rechtsvordering', '2020-02-01', "
           "'2020-02-01', "
           "'fenna'); INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
           "generated_by, sent_on, sent_how, sent_recorded_at, sent_recorded_by) SELECT id, "
           "'kennisgeving-opheffing-beperking', 'kennisgeving', 'ab', "
           "'2020-02-01T10:00:00.000Z', 'fenna', '2020-02-01', 'per post', "
           "'2020-02-01T10:00:00.000Z', 'fenna' FROM cases WHERE number = '{fenna_case}'; "
           "UPDATE person_restrictions SET lifted_on = '2020-02-01', lifted_by = 'bert', "
           "lift_letter_id = (SELECT max(id) FROM letters WHERE body = 'kennisgeving') "
           "WHERE data = 'het e-mailadres'"_s
        << Expect::Described << u"person_restrictions"_s << QString();
    // A consent (art. 7 AVG) in another's name, or withdrawn in another's name.
    QTest::addRow("fenna records a consent in bert's name behind one of her own")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.consent_given\", \"{}\"]]'); INSERT INTO person_consents (person_id, "
           "purpose, given_on, given_how, created_at, created_by) VALUES ({fenna_person}, "
           "'nieuwsbrief', '2020-02-03', 'formulier', '2020-02-03', 'bert')"_s
        << Expect::Described << u"person_consents"_s << QString();
    QTest::addRow("fenna records a consent withdrawn in bert's name behind withdrawing it")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.consent_given\", \"{}\"], [\"person\", \"{fenna_person}\", "
           "\"person.consent_withdrawn\", \"{}\"]]'); INSERT INTO person_consents (person_id, "
           "purpose, given_on, given_how, created_at, created_by) VALUES ({fenna_person}, "
           "'enquêtes', '2020-02-04', 'e-mail', '2020-02-04', 'fenna'); UPDATE person_consents "
           "SET withdrawn_on = '2020-02-05', withdrawn_how = 'telefoon', withdrawn_by = 'bert' "
           "WHERE purpose = 'enquêtes'"_s
        << Expect::Described << u"person_consents"_s << QString();
    QTest::addRow("fenna changes a consent's purpose behind giving and withdrawing one")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"person\", \"{fenna_person}\", "
           "\"person.consent_given\", \"{}\"], [\"person\", \"{fenna_person}\", "
           "\"person.consent_withdrawn\", \"{}\"]]'); INSERT INTO person_consents (person_id, "
           "purpose, given_on, given_how, created_at, created_by) VALUES ({fenna_person}, "
           "'bewonersblad', '2020-02-06', 'brief', '2020-02-06', 'fenna'); UPDATE "
           "person_consents SET purpose = 'alles' WHERE purpose = 'bewonersblad'"_s
        << Expect::Described << u"person_consents"_s << QString();
    QTest::addRow("fenna records a DPIA changed in bert's name behind changing it")
        << u"fenna"_s
        << u"INSERT INTO processing_activities (purpose_code, purpose, sub_code, sub_purpose, "
           "name, created_at, created_by, updated_at, updated_by) VALUES ('Z', 'Proef', 'Z.99', "
           "'Proef', 'Proef', '2020-02-02', 'fenna', '2020-02-02', 'fenna'); SELECT "
           "pd_audit_append('[[\"dpia\", \"Z.99\", \"dpia.created\", \"{}\"], [\"dpia\", "
           "\"Z.99\", \"dpia.changed\", \"{}\"]]'); INSERT INTO dpias (activity_id, needed, "
           "created_at, created_by, updated_at, updated_by) SELECT id, 0, '2020-02-02', 'fenna', "
           "'2020-02-02', 'fenna' FROM processing_activities WHERE sub_code = 'Z.99'; UPDATE "
           "dpias SET needed = 1, updated_at = '2020-02-03', updated_by = 'bert' WHERE "
           "activity_id = (SELECT id FROM processing_activities WHERE sub_code = 'Z.99')"_s
        << Expect::Described << u"dpias"_s << QString();
    QTest::addRow("fenna records a request's identification checked by bert")
        << u"fenna"_s
        << u"SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
           "\"case.identification_received\", \"{}\"]]'); UPDATE cases SET id_received = "
           "'2020-02-04', id_method = 'balie', id_verified_by = 'bert', id_result = 'geslaagd' "
           "WHERE number = '{fenna_case}'"_s
        << Expect::Described << u"cases"_s << QString();
    // A breach's steps, each naming its taker (anna where an earlier row already wrote bert).
    const QString breachStep = u"SELECT pd_audit_append('[[\"breach\", \"{breach}\", \"%1\", "
                               "\"{}\"]]'); UPDATE breaches SET %2 WHERE number = '{breach}'"_s;
    struct BreachStep
    {
        const char *tag;
        QString action;
        QString set;
    };
    const BreachStep breachSteps[] = {
        { "fenna records a breach assessed by bert", u"breach.assessed"_s,
          u"assessed_at = '2020-02-05T09:00:00.000Z', assessed_by = 'bert'"_s },
        { "fenna records the AP decision by bert behind a breach's assessment",
          u"breach.assessed"_s,
          u"ap_decision_at = '2020-02-05T09:00:00.000Z', ap_decision_by = 'bert'"_s },
        { "fenna records the decision on informing the people by bert",
          u"breach.subjects-decided"_s,
          u"subjects_decision_at = '2020-02-06T09:00:00.000Z', subjects_decision_by = 'bert'"_s },
        { "fenna records a breach's AP decision by anna", u"breach.ap-decided"_s,
          u"ap_decision_at = '2020-02-06T09:00:00.000Z', ap_decision_by = 'anna'"_s },
        { "fenna records the AP notified by anna", u"breach.ap-notified"_s,
          u"ap_notified_at = '2020-02-07T09:00:00.000Z', ap_reference = 'z2020-00002', "
          "ap_notified_by = 'anna'"_s },
        { "fenna records the people informed by bert", u"breach.subjects-notified"_s,
          u"subjects_notified_on = '2020-02-08', subjects_notified_by = 'bert'"_s },
        { "fenna records a breach closed by anna", u"breach.closed"_s,
          u"state = 'gesloten', closed_at = '2020-02-09T09:00:00.000Z', closed_by = 'anna'"_s },
    };
    for (const BreachStep &step : breachSteps)
        QTest::addRow("%s", step.tag) << u"fenna"_s << breachStep.arg(step.action, step.set)
                                      << Expect::Described << u"breaches"_s << QString();

    // The server's moment of a request's registration, which bounds the KCC's window:
    // given by no login, changed by none.
    QTest::addRow("karel registers a request with a moment of registration of its own")
        << u"karel"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at, registered_at) SELECT 'AVG-2099-9103', "
           "person_id, 'telefoon', received_date, 'karel', 'ontvangen', deadline_effective, "
           "created_at, created_at, now() + interval '1 year' FROM cases WHERE number = "
           "'{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9103'"_s
        << QString();
    QTest::addRow("bert registers a request with a moment of registration of his own")
        << u"bert"_s
        << u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
           "deadline_effective, created_at, updated_at, registered_at) SELECT 'AVG-2099-9104', "
           "person_id, 'telefoon', received_date, 'karel', 'ontvangen', deadline_effective, "
           "created_at, created_at, now() + interval '1 year' FROM cases WHERE number = "
           "'{karel_case}'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM cases WHERE number = 'AVG-2099-9104'"_s
        << QString();
    QTest::addRow("fenna moves the moment the server registered the phone desk's request")
        << u"fenna"_s
        << u"UPDATE cases SET registered_at = now() + interval '1 year' WHERE number = "
           "'{karel_case}'"_s
        << Expect::Refused
        << u"SELECT registered_at <= now() FROM cases WHERE number = '{karel_case}'"_s << QString();

    // --- Logins: taking over IT's owner login ---
    QTest::addRow("bert sets the owner login's password")
        << u"bert"_s << u"SELECT pd_login_password('beheer', '{verifier}')"_s << Expect::Refused
        << u"SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' AND rolpassword <> '{verifier}' "
           "FROM pg_authid WHERE rolname = 'beheer'"_s
        << QString();
    QTest::addRow("bert makes the owner login again with his password")
        << u"bert"_s << u"SELECT pd_login_create('beheer', '{verifier}')"_s << Expect::Refused
        << u"SELECT rolpassword <> '{verifier}' FROM pg_authid WHERE rolname = 'beheer'"_s
        << QString();
    QTest::addRow("bert locks the owner login out")
        << u"bert"_s << u"SELECT pd_login_disable('beheer')"_s << Expect::Refused
        << u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'beheer'"_s << QString();
    QTest::addRow("bert sets the password of a role that is no user")
        << u"bert"_s << u"SELECT pd_login_password('postgres', '{verifier}')"_s << Expect::Refused
        << u"SELECT rolpassword IS DISTINCT FROM '{verifier}' FROM pg_authid WHERE rolname = "
           "'postgres'"_s
        << QString();
    QTest::addRow("bert sets the password of a login in a role that may create roles")
        << u"bert"_s << u"SELECT pd_login_password('karel', '{verifier}')"_s << Expect::Refused
        << u"SELECT rolpassword <> '{verifier}' FROM pg_authid WHERE rolname = 'karel'"_s
        << u"DROP ROLE IF EXISTS it_beheer"_s;
    QTest::addRow("karel sets the officer's password")
        << u"karel"_s << u"SELECT pd_login_password('fenna', '{verifier}')"_s << Expect::Refused
        << u"SELECT rolpassword <> '{verifier}' FROM pg_authid WHERE rolname = 'fenna'"_s
        << QString();

    // --- The owner login after server init: no CREATEROLE, so none of this ---
    QTest::addRow("the owner login gives itself the store's owner role")
        << adminLogin << u"GRANT privacydesk_eigenaar TO beheer"_s << Expect::Refused
        << u"SELECT NOT pg_has_role('beheer', 'privacydesk_eigenaar', 'MEMBER')"_s
        << u"REVOKE privacydesk_eigenaar FROM beheer"_s;
    QTest::addRow("the owner login gives itself CREATEROLE back")
        << adminLogin << u"ALTER ROLE beheer CREATEROLE"_s << Expect::Refused
        << u"SELECT NOT rolcreaterole FROM pg_roles WHERE rolname = 'beheer'"_s
        << u"ALTER ROLE beheer NOCREATEROLE"_s;
    QTest::addRow("the owner login gives itself a shell on the server")
        << adminLogin << u"GRANT pg_execute_server_program TO beheer"_s << Expect::Refused
        << u"SELECT NOT pg_has_role('beheer', 'pg_execute_server_program', 'MEMBER')"_s
        << u"REVOKE pg_execute_server_program FROM beheer"_s;
    QTest::addRow("the owner login makes a second login that may create roles")
        << adminLogin << u"CREATE ROLE mallory LOGIN CREATEROLE PASSWORD 'mallory-2026'"_s
        << Expect::Refused << u"SELECT count(*) = 0 FROM pg_roles WHERE rolname = 'mallory'"_s
        << u"DROP ROLE IF EXISTS mallory"_s;
    QTest::addRow("the owner login lets an officer read the whole store as the backup")
        << adminLogin << u"GRANT privacydesk_backup TO fenna"_s << Expect::Refused
        << u"SELECT NOT pg_has_role('fenna', 'privacydesk_backup', 'MEMBER')"_s
        << u"REVOKE privacydesk_backup FROM fenna"_s;
    QTest::addRow("the owner login changes a request as the backup")
        << adminLogin
        << u"SET ROLE privacydesk_backup; UPDATE cases SET description = 'door de back-up' "
           "WHERE number = '{fenna_case}'"_s
        << Expect::Refused
        << u"SELECT count(*) = 0 FROM cases WHERE description = 'door de back-up'"_s << QString();

    // --- What PostgreSQL lets a CREATEROLE login do: `server check` names it ---
    QTest::addRow("the owner login gives itself a shell on the server, while IT lets it create "
                  "roles")
        << adminLogin << u"GRANT pg_execute_server_program TO beheer"_s << Expect::Detected
        << u"pg_execute_server_program"_s << u"REVOKE pg_execute_server_program FROM beheer"_s;
    QTest::addRow("the owner login makes a second login that may create roles, while IT lets it "
                  "create roles")
        << adminLogin << u"CREATE ROLE mallory LOGIN CREATEROLE PASSWORD 'mallory-2026'"_s
        << Expect::Detected << u"mallory"_s << u"DROP ROLE mallory"_s;
    QTest::addRow("the owner login makes a login of its own in the officers' group, while IT "
                  "lets it create roles")
        << adminLogin
        << u"CREATE ROLE mila LOGIN PASSWORD 'mila-2026-buiten'; "
           "GRANT privacydesk_functionaris TO mila"_s
        << Expect::Detected << u"mila (privacydesk_functionaris)"_s << u"DROP ROLE mila"_s;
    QTest::addRow("an officer IT let read the whole store as the backup")
        << u"fenna"_s << u"SELECT count(*) FROM cases"_s << Expect::Detected
        << u"Login fenna reads the whole store"_s << u"REVOKE privacydesk_backup FROM fenna"_s;
    QTest::addRow("the owner login IT let create roles and left so")
        << adminLogin << u"SELECT 1"_s << Expect::Detected
        << u"beheer, the database's owner, may create roles"_s << QString();
    QTest::addRow("the owner login keeps the trail's table after giving the owner role back, while "
                  "IT lets it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; "
           "GRANT CREATE ON SCHEMA privacydesk TO beheer; "
           "ALTER TABLE audit_events OWNER TO beheer; "
           "REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"audit_events (beheer)"_s
        << u"ALTER TABLE privacydesk.audit_events OWNER TO privacydesk_eigenaar; "
           "REVOKE CREATE ON SCHEMA privacydesk FROM beheer"_s;
    QTest::addRow("the owner login switches off the description of changes by hand, while IT lets "
                  "it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; "
           "ALTER TABLE cases DISABLE TRIGGER cases_direct_change; "
           "REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"cases.cases_direct_change"_s
        << u"ALTER TABLE privacydesk.cases ENABLE TRIGGER cases_direct_change"_s;
    QTest::addRow(
        "the owner login gives an officer UPDATE on the trail, while IT lets it create roles")
        << adminLogin
        << u"GRANT privacydesk_eigenaar TO beheer; GRANT UPDATE ON audit_events TO fenna; "
           "REVOKE privacydesk_eigenaar FROM beheer"_s
        << Expect::Detected << u"fenna may write"_s
        << u"REVOKE UPDATE ON privacydesk.audit_events FROM fenna"_s;
    QTest::addRow("the owner login lets an officer past row-level security, while IT lets it "
                  "create roles")
        << adminLogin << u"GRANT pg_read_all_data TO fenna"_s << Expect::Detected << u"fenna"_s
        << u"REVOKE pg_read_all_data FROM fenna"_s;
}

void TestPsqlAttacks::attack()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(Expect, expect);
    QFETCH(QString, then);
    QFETCH(QString, undo);
    const auto cleanUp = qScopeGuard([&] {
        if (!undo.isEmpty())
            superuserValue(undo);
    });
    const QByteArray tag = QTest::currentDataTag();
    if (tag.contains("role that may create roles"))
        superuserValue(u"CREATE ROLE it_beheer NOLOGIN CREATEROLE; GRANT it_beheer TO karel"_s);
    // What IT does on the server for an upgrade or a restore, and forgets to undo.
    const bool createsRoles
        = tag.contains("while IT lets it create roles") || tag.contains("IT let create roles");
    if (createsRoles)
        superuserValue(u"ALTER ROLE beheer CREATEROLE"_s);
    if (tag.contains("IT let read the whole store"))
        superuserValue(u"GRANT privacydesk_backup TO fenna"_s);
    const auto noLongerCreates = qScopeGuard([&] {
        if (createsRoles)
            superuserValue(u"ALTER ROLE beheer NOCREATEROLE"_s);
    });
    const QString before = superuserValue(u"SELECT coalesce(max(seq), 0) FROM audit_events"_s);
    const auto result = m_server.psql(login, passwords.value(login), expand(sql));

    switch (expect) {
    case Expect::Refused:
        QVERIFY2(result.exitCode != 0, qPrintable(u"not refused: "_s + result.out));
        QCOMPARE(superuserValue(expand(then)), u"true"_s);
        // Refused for the rule meant, not on the way to it (the letter is a valid notice).
        if (tag.contains("whose rectification is not decided"))
            QVERIFY2(result.err.contains(u"holds until the rectificatie it waits for"_s),
                     qPrintable(result.err));
        break;
    case Expect::Described: {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString described = superuserValue(
            u"SELECT count(*) FROM audit_events WHERE seq > %1 AND action = 'sql.changed' "
            "AND payload::jsonb ->> 'table' = '%2' AND entity_type <> 'table' AND actor = '%3'"_s
                .arg(before, then, login));
        QVERIFY2(described.toInt() >= 1,
                 qPrintable(u"no sql.changed event by %1 for %2"_s.arg(login, then)));
        break;
    }
    case Expect::Detected: {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        StoreError openError;
        const auto store = m_server.open(adminLogin, adminPassword, &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        QStringList failed;
        for (const ServerSetup::Finding &finding : ServerSetup::check(store->database()))
            if (!finding.ok)
                failed << finding.what;
        QVERIFY2(failed.join(u'\n').contains(then),
                 qPrintable(u"server check did not name %1: %2"_s.arg(then, failed.join(u"; "))));
        break;
    }
    }
    // Whatever was tried, the search index still says what the rows say (M2).
    QCOMPARE(superuserValue(u"SELECT count(*) = 0 FROM cases c JOIN persons p ON p.id = "
                            "c.person_id LEFT JOIN case_search s ON s.docid = c.id WHERE "
                            "s.docid IS NULL OR s.number IS DISTINCT FROM c.number OR s.name IS "
                            "DISTINCT FROM CASE WHEN p.anonymised_at IS NULL THEN p.name END OR "
                            "s.document IS DISTINCT FROM case_search_document_of(s.name, "
                            "s.number, s.klantnummer, s.postcode)"_s),
             u"true"_s);
    // Whatever was tried, the chain still verifies as the server computed it. (A change by hand
    // may still differ from what the trail recorded: verify's comparison of the rows says so,
    // the chain does not break.)
    StoreError openError;
    const auto auditor = m_server.open(u"anna"_s, passwords.value(u"anna"_s), &openError);
    QVERIFY2(auditor, qPrintable(openError.message()));
    const AuditLog::Verification chain
        = AuditLog(auditor->database(), auditor->storeId().toString(QUuid::WithoutBraces)).verify();
    QVERIFY2(chain.ok, qPrintable(chain.reason));
}

// A phone intake of a request received 20 days ago, before the KCC's 7-day window: the server
// takes the request with its types and its case.created event, though the KCC may not read it
// back afterwards (a review). The desk's intake says it is done, with the number the
// caller is given: CaseService::add answers the phone desk from what it wrote.
void TestPsqlAttacks::kccLogsARequestReceivedLongAgo()
{
    const std::optional<QString> number = intake(u"karel"_s, u"Cor Oud"_s, 20);
    QVERIFY(number);
    QCOMPARE(superuserValue(u"SELECT p.name FROM cases c JOIN persons p ON p.id = c.person_id "
                            "WHERE c.number = '"_s
                            + *number + u"'"_s),
             u"Cor Oud"_s);
    QCOMPARE(superuserValue(u"SELECT string_agg(c.types_key || ' ' || c.received_by || ' ' || "
                            "(SELECT count(*) FROM audit_events a WHERE a.entity_type = 'case' "
                            "AND a.entity_id = c.number AND a.action = 'case.created' AND "
                            "a.actor = 'karel'), ', ') FROM cases c JOIN persons p ON p.id = "
                            "c.person_id WHERE p.name = 'Cor Oud'"_s),
             u"inzage karel 1"_s);
}

// A sort key written by hand does not stand: the server derives a person's key from the name
// (pg/0058), so no row jumps the request list or holds text its name does not.
void TestPsqlAttacks::sortKeyWrittenByHandIsTheServers()
{
    const auto inserted = m_server.psql(
        u"karel"_s, passwords.value(u"karel"_s),
        u"INSERT INTO persons (name, relation, created_at, created_by, sort_name) VALUES "
        "('Jan de Handmatig', 'huurder', '2020-01-24T09:00:00.000Z', 'karel', 'AAA bovenaan')"_s);
    QVERIFY2(inserted.exitCode == 0, qPrintable(inserted.err));
    const QString key = u"SELECT sort_name FROM persons WHERE name = 'Jan de Handmatig'"_s;
    QCOMPARE(superuserValue(key), u"handmatig, jan de"_s);
    const auto updated = m_server.psql(
        u"fenna"_s, passwords.value(u"fenna"_s),
        u"UPDATE persons SET sort_name = 'AAA bovenaan' WHERE name = 'Jan de Handmatig'"_s);
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    QCOMPARE(superuserValue(key), u"handmatig, jan de"_s);
    const auto renamed = m_server.psql(
        u"fenna"_s, passwords.value(u"fenna"_s),
        u"UPDATE persons SET name = 'Jan van der Handmatig' WHERE name = 'Jan de Handmatig'"_s);
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    QCOMPARE(superuserValue(u"SELECT sort_name FROM persons WHERE name = 'Jan van der "
                            "Handmatig'"_s),
             u"handmatig, jan van der"_s);
}

// A phone desk that dates a request a year ahead (its desk's clock is its own: the server does
// not bound created_at or the day of receipt by its clock) reads it only for 7 days of the
// server's time: the server's moment of registration (cases.registered_at) bounds
// the window too. Time passing is the superuser moving that moment back, with the server's
// triggers set aside for the session.
void TestPsqlAttacks::kccReadsARequestDatedAheadForSevenDaysOnly()
{
    const QString number = u"AVG-2099-9201"_s;
    // Its desk's clock a year ahead: registered then, received that day, due a month later.
    const QString ahead = u"(now() + interval '365 days')"_s;
    const QString stamp
        = u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s.arg(ahead);
    const QString day = u"to_char(%1 AT TIME ZONE 'Europe/Amsterdam' + interval '%2 days', "
                        "'YYYY-MM-DD')"_s;
    const auto dated = m_server.psql(
        u"karel"_s, passwords.value(u"karel"_s),
        u"INSERT INTO cases (number, person_id, channel, received_date, received_by, state, "
        "deadline_effective, created_at, updated_at) SELECT '%1', person_id, 'telefoon', %3, "
        "'karel', 'ontvangen', %4, %5, %5 FROM cases WHERE number = '%2'; SELECT "
        "pd_audit_append('[[\"case\", \"%1\", \"case.created\", \"{}\"]]')"_s.arg(
            number, m_karelCase, day.arg(ahead, u"0"_s), day.arg(ahead, u"30"_s), stamp));
    QVERIFY2(dated.exitCode == 0, qPrintable(dated.err));
    const QString reads = u"SELECT count(*) FROM cases WHERE number = '%1'"_s.arg(number);
    const auto now = m_server.psql(u"karel"_s, passwords.value(u"karel"_s), reads);
    QVERIFY2(now.exitCode == 0, qPrintable(now.err));
    QCOMPARE(now.out, u"1"_s);
    QCOMPARE(superuserValue(u"SELECT count(*) FROM audit_events WHERE entity_id = '%1' AND "
                            "action = 'sql.changed'"_s.arg(number)),
             u"0"_s);

    // Eight days of the server's time pass.
    QStringList moved;
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"SET search_path = privacydesk"_s, u"SET session_replication_role = replica"_s,
                   u"UPDATE cases SET registered_at = registered_at - interval '8 days' WHERE "
                   "number = '%1'"_s.arg(number),
                   u"SELECT count(*) FROM cases WHERE number = '%1' AND registered_at < now() - "
                   "interval '7 days'"_s.arg(number) },
                 &error, QString::fromLatin1(m_server.database), &moved),
             qPrintable(error));
    QCOMPARE(moved, QStringList { u"1"_s });
    const auto later = m_server.psql(u"karel"_s, passwords.value(u"karel"_s), reads);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QCOMPARE(later.out, u"0"_s);
    // Nor does it record intake events about it any longer.
    const auto override = m_server.psql(
        u"karel"_s, passwords.value(u"karel"_s),
        u"SELECT pd_audit_append('[[\"case\", \"%1\", \"bsn.override\", \"{}\"]]')"_s.arg(number));
    QVERIFY2(override.exitCode != 0, qPrintable(override.out));
}

// Every desk asks pd_audit_others() what other sessions committed (ChangeFeed). Each
// login may ask; what a session committed itself is not in its own answer, and another
// session's answer grows by it.
void TestPsqlAttacks::everyLoginHearsOthersNotItself()
{
    const auto others = [this](const QString &login) {
        const auto asked
            = m_server.psql(login, passwords.value(login), u"SELECT pd_audit_others()"_s);
        if (asked.exitCode != 0)
            qWarning("%s: %s", qPrintable(login), qPrintable(asked.err));
        return asked.exitCode == 0 ? asked.out.trimmed().toLongLong() : -1;
    };
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        QVERIFY2(others(it.key()) > 0, qPrintable(it.key()));
    const qint64 karelBefore = others(u"karel"_s);
    const auto own = m_server.psql(
        u"fenna"_s, passwords.value(u"fenna"_s),
        expand(u"SELECT pd_audit_others(); SELECT pd_audit_append('[[\"case\", \"{fenna_case}\", "
               "\"bsn.override\", \"{}\"]]'); SELECT pd_audit_others()"_s));
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    const QStringList lines = own.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(own.out));
    QCOMPARE(lines.constLast().trimmed(), lines.constFirst().trimmed());
    QCOMPARE(others(u"karel"_s), karelBefore + 1);
}

// The trail's checkpoint (AuditLog's verified head) is removed only where the chain is broken up
// to it: on a chain that holds, no login removes it to make the next verification start over a
// rewritten past; once an event before it is changed, a verification may. Runs last: it breaks
// the chain, and mends it again.
void TestPsqlAttacks::theCheckpointStandsWhileTheChainHolds()
{
    const QString head = u"SELECT max(seq) FROM audit_events WHERE seq > 0"_s;
    const auto keep
        = m_server.psql(u"anna"_s, passwords.value(u"anna"_s),
                        u"SELECT pd_audit_seal(); SELECT pd_audit_keep_checkpoint(seq, hash) "
                        "FROM audit_events WHERE seq = (%1)"_s.arg(head));
    QVERIFY2(keep.exitCode == 0, qPrintable(keep.err));
    QCOMPARE(superuserValue(u"SELECT count(*) FROM audit_checkpoints"_s), u"1"_s);
    QCOMPARE(superuserValue(u"SELECT pd_audit_checkpoint_holds()"_s), u"true"_s);
    for (const QString &login : { adminLogin, u"bert"_s, u"fenna"_s, u"karel"_s, u"anna"_s }) {
        const auto dropped
            = m_server.psql(login, passwords.value(login), u"SELECT pd_audit_drop_checkpoint()"_s);
        QVERIFY2(dropped.exitCode != 0, qPrintable(login + u": not refused"_s));
        QCOMPARE(superuserValue(u"SELECT count(*) FROM audit_checkpoints"_s), u"1"_s);
    }

    // The past rewritten by the superuser (who can): the first event's details changed.
    const QString first = superuserValue(u"SELECT payload FROM audit_events WHERE seq = 1"_s);
    const auto rewrite = [&](const QString &payload) {
        superuserValue(u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only; "
                       "UPDATE audit_events SET payload = %1 WHERE seq = 1; "
                       "ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only; "
                       "SELECT 1"_s.arg(payload));
    };
    rewrite(u"'{\"herschreven\": true}'"_s);
    const auto mend
        = qScopeGuard([&] { rewrite(u"'"_s + QString(first).replace(u"'"_s, u"''"_s) + u"'"_s); });
    QCOMPARE(superuserValue(u"SELECT pd_audit_checkpoint_holds()"_s), u"false"_s);
    const auto dropped = m_server.psql(u"fenna"_s, passwords.value(u"fenna"_s),
                                       u"SELECT pd_audit_drop_checkpoint()"_s);
    QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.err));
    QCOMPARE(superuserValue(u"SELECT count(*) FROM audit_checkpoints"_s), u"0"_s);
}

QTEST_GUILESS_MAIN(TestPsqlAttacks)
#include "tst_psql_attacks.moc"
