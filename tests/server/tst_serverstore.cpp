// A store on a PostgreSQL server, set up as `server init` does it, used as the
// product uses it and attacked with psql as its users could: the users are login roles in
// their groups, the server enforces the privileges and the KCC's row-level window, the audit
// trail is append-only for everyone and its chain is computed by the server (also for a change
// made by hand), and the application verifies that chain with the store's own code.

#include "ServerStoreFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "session/Session.h"
#include "store/Migrations.h"
#include "store/ServerAnchor.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

using namespace pd::test::serverLogins;

class TestServerStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initMakesAStoreWithItsAdministrator();
    void initRefusesASecondTime();
    void usersAreLoginRolesInTheirGroup();
    void onlyAnAdministratorManagesLogins();
    void phoneIntakeNumbersFromTheServer();
    void kccSeesOnlyItsOwnRecentIntakeFields();
    void auditTrailIsAppendOnlyForEveryRole();
    void onlyOfficersAddAndRemoveRetentionRules();
    void aChangeByHandIsAuditedAndTheChainVerifies();
    void removedUserCannotLogIn();
    void checkReportsTheSetup();
    void checkNamesTheLoggingThatWritesPersonalData();
    void checkNamesTheOneRightALoginHas_data();
    void checkNamesTheOneRightALoginHas();
    // Last: it cuts the trail back and accepts it again.
    void aTrailCutBackIsFoundByTheNextDeskThatOpens();

private:
    std::unique_ptr<Store> open(const QString &login, const QString &password)
    {
        StoreError error;
        auto store = m_server.open(login, password, &error);
        if (!store)
            qWarning("open %s: %s %s", qPrintable(login), qPrintable(error.message()),
                     qPrintable(error.detail()));
        return store;
    }
    std::optional<Case> intake(Store &store, const QString &name, const QString &klantnummer)
    {
        CaseService cases(Session { store });
        NewCase request;
        request.person.name = name;
        request.person.klantnummer = klantnummer;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError error;
        auto created = cases.add(request, BsnCheck::Refuse, &error);
        if (!created)
            qWarning("intake: %s (%s)\n%s", qPrintable(error.message), qPrintable(error.detail),
                     qPrintable(m_server.cluster().serverLog()));
        return created;
    }

    ServerStoreFixture m_server;
};

void TestServerStore::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.addUser(u"fenna"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    QVERIFY2(m_server.addUser(u"karel"_s, u"kcc"_s, kccPassword, &error), qPrintable(error));
    QVERIFY2(m_server.addUser(u"anna"_s, u"auditor"_s, auditorPassword, &error), qPrintable(error));
}

void TestServerStore::initMakesAStoreWithItsAdministrator()
{
    const auto store = open(adminLogin, adminPassword);
    QVERIFY(store);
    QVERIFY(store->isServer());
    QCOMPARE(store->userName(), adminLogin);
    const StoreInfo info = store->info();
    QVERIFY(!info.storeId.isNull());
    QCOMPARE(info.schemaVersion, latestSchemaVersion());
    QCOMPARE(info.organisationName, u"Woonstichting Test"_s);
    QVERIFY(info.cipherVersion.startsWith(u"PostgreSQL "_s));
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    // The first event names the store's creation, by the administrator, as the server saw it.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT seq, actor, action FROM audit_events ORDER BY seq LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QCOMPARE(query.value(1).toString(), adminLogin);
    QCOMPARE(query.value(2).toString(), u"store.created"_s);
}

void TestServerStore::initRefusesASecondTime()
{
    QString error;
    QVERIFY(!ServerSetup::init(m_server.location(), adminLogin,
                               SecureBytes::fromUtf8(adminPassword), u"Nog een"_s, &error));
    QVERIFY2(error.contains(u"privacydesk"_s), qPrintable(error));
    const auto store = open(adminLogin, adminPassword);
    QVERIFY(store);
    QCOMPARE(store->info().organisationName, u"Woonstichting Test"_s);
}

void TestServerStore::usersAreLoginRolesInTheirGroup()
{
    // The owner login (IT's) reads the store for its backups as privacydesk_backup too.
    for (const auto &[login, password, groups_] :
         { std::tuple { u"beheer"_s, adminPassword,
                        QStringList { u"privacydesk_backup"_s, u"privacydesk_beheerder"_s } },
           std::tuple { u"fenna"_s, officerPassword,
                        QStringList { u"privacydesk_functionaris"_s } },
           std::tuple { u"karel"_s, kccPassword, QStringList { u"privacydesk_kcc"_s } },
           std::tuple { u"anna"_s, auditorPassword, QStringList { u"privacydesk_auditor"_s } } }) {
        const auto store = open(login, password);
        QVERIFY2(store, qPrintable(login));
        QCOMPARE(store->userName(), login);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(u"SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON "
                           "r.oid = m.roleid WHERE m.member = (SELECT oid FROM pg_roles WHERE "
                           "rolname = session_user) ORDER BY r.rolname"_s));
        QStringList groups;
        while (query.next())
            groups << query.value(0).toString();
        QCOMPARE(groups, groups_);
        // The password is kept as a SCRAM-SHA-256 verifier (checked by the superuser's view).
    }
    StoreError error;
    QVERIFY(!m_server.open(u"fenna"_s, u"niet-het-wachtwoord"_s, &error));
    QCOMPARE(error.code(), StoreError::Code::Server);
    QVERIFY(!error.message().contains(u"niet-het-wachtwoord"_s));
    const ServerStoreFixture::PsqlResult verifier = m_server.psql(
        adminLogin, adminPassword, u"SELECT count(*) FROM pg_roles WHERE rolname = 'fenna'"_s);
    QCOMPARE(verifier.exitCode, 0);
    QCOMPARE(verifier.out, u"1"_s);
}

// The login functions run with the owner's rights (SECURITY DEFINER): only the groups they are
// granted to may call them, never PUBLIC. A KCC employee, the privacy officer or the auditor with
// psql cannot lock out the administrator, make a login or set another user's password.
void TestServerStore::onlyAnAdministratorManagesLogins()
{
    const QString verifier = u"SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2VydmVy"_s;
    for (const auto &[login, password] :
         { std::pair { u"karel"_s, kccPassword }, std::pair { u"fenna"_s, officerPassword },
           std::pair { u"anna"_s, auditorPassword } }) {
        for (const QString &sql : { u"SELECT pd_login_disable('beheer')"_s,
                                    u"SELECT pd_login_create('indringer', '%1')"_s.arg(verifier),
                                    u"SELECT pd_login_password('beheer', '%1')"_s.arg(verifier) }) {
            const auto result = m_server.psql(login, password, sql);
            QVERIFY2(result.exitCode != 0, qPrintable(login + u": "_s + sql));
            QVERIFY2(result.err.contains(u"permission denied"_s)
                         || result.err.contains(u"only an administrator"_s),
                     qPrintable(login + u": "_s + result.err));
        }
    }
    // The administrator still logs in.
    QVERIFY(open(adminLogin, adminPassword));
    const auto noPublic = m_server.psql(
        adminLogin, adminPassword,
        u"SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'privacydesk'::regnamespace "
        "AND has_function_privilege('public', p.oid, 'EXECUTE') AND p.proname LIKE 'pd\\_%'"_s);
    QCOMPARE(noPublic.exitCode, 0);
    QCOMPARE(noPublic.out, u"0"_s);
}

void TestServerStore::phoneIntakeNumbersFromTheServer()
{
    const auto kcc = open(u"karel"_s, kccPassword);
    QVERIFY(kcc);
    const auto first = intake(*kcc, u"Jansen"_s, u"K-1001"_s);
    QVERIFY(first);
    const int year = pd::systemClock().today().year();
    QCOMPARE(first->number, u"AVG-%1-0001"_s.arg(year));
    const auto officer = open(u"fenna"_s, officerPassword);
    QVERIFY(officer);
    const auto second = intake(*officer, u"de Vries"_s, u"K-1002"_s);
    QVERIFY(second);
    QCOMPARE(second->number, u"AVG-%1-0002"_s.arg(year));
    QCOMPARE(second->receivedBy, u"fenna"_s);
    QStringList problems;
    QVERIFY2(officer->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestServerStore::kccSeesOnlyItsOwnRecentIntakeFields()
{
    // Through psql with karel's credentials, as the server enforces it.
    const auto own
        = m_server.psql(u"karel"_s, kccPassword, u"SELECT number FROM cases ORDER BY number"_s);
    QCOMPARE(own.exitCode, 0);
    QCOMPARE(own.out, u"AVG-%1-0001"_s.arg(pd::systemClock().today().year())); // not fenna's
    const auto outcome
        = m_server.psql(u"karel"_s, kccPassword, u"SELECT outcome, handler FROM cases"_s);
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(outcome.err.contains(u"permission denied"_s), qPrintable(outcome.err));
    const auto bypass = m_server.psql(u"karel"_s, kccPassword,
                                      u"SET row_security = off; SELECT number FROM cases"_s);
    QVERIFY(bypass.exitCode != 0);
    QVERIFY2(bypass.err.contains(u"row-level security"_s), qPrintable(bypass.err));
    const auto notes = m_server.psql(u"karel"_s, kccPassword, u"SELECT * FROM case_notes"_s);
    QVERIFY(notes.exitCode != 0);
    const auto audit = m_server.psql(u"karel"_s, kccPassword, u"SELECT * FROM audit_events"_s);
    QVERIFY(audit.exitCode != 0);
    // Older than the window: a request karel logged eight days ago is gone from his view.
    const auto age
        = m_server.psql(adminLogin, adminPassword,
                        u"UPDATE cases SET received_date = to_char(current_date - 8, 'YYYY-MM-DD') "
                        "WHERE received_by = 'karel'"_s);
    QCOMPARE(age.exitCode, 0);
    const auto gone = m_server.psql(u"karel"_s, kccPassword, u"SELECT count(*) FROM cases"_s);
    QCOMPARE(gone.exitCode, 0);
    QCOMPARE(gone.out, u"0"_s);
    // Officers and the auditor see all.
    const auto all = m_server.psql(u"anna"_s, auditorPassword, u"SELECT count(*) FROM cases"_s);
    QCOMPARE(all.out, u"2"_s);
    const auto write
        = m_server.psql(u"anna"_s, auditorPassword, u"UPDATE cases SET description = 'x'"_s);
    QVERIFY(write.exitCode != 0);
    QVERIFY2(write.err.contains(u"permission denied"_s), qPrintable(write.err));
}

// A retention rule of the organisation's own is added and removed by the roles that
// may change one (`retention rule set`): the functionaris and the beheerder; the KCC and the
// auditor with psql may neither add one nor remove one, and read (auditor) what there is.
void TestServerStore::onlyOfficersAddAndRemoveRetentionRules()
{
    const QString insert
        = u"SELECT pd_audit_append('[[\"retention-rule\", \"eigen-%1\", "
          "\"retention.rule.created\", \"{}\"]]'); INSERT INTO retention_rules (code, category, "
          "trigger_event, period_amount, period_unit, created_at, updated_at) VALUES ('eigen-%1', "
          "'Eigen regel', 'einde-inschrijving', 0, 'dagen', 'x', 'x')"_s;
    const QString remove
        = u"SELECT pd_audit_append('[[\"retention-rule\", \"eigen-%1\", "
          "\"retention.rule.removed\", \"{}\"]]'); DELETE FROM retention_rules WHERE code = "
          "'eigen-%1'"_s;
    for (const auto &[login, password] :
         { std::pair { u"karel"_s, kccPassword }, std::pair { u"anna"_s, auditorPassword } }) {
        const auto added = m_server.psql(login, password,
                                         insert.arg(login).section(u"; "_s, 1)); // the INSERT alone
        QVERIFY2(added.exitCode != 0 && added.err.contains(u"permission denied"_s),
                 qPrintable(login + u": "_s + added.err));
        const auto removed = m_server.psql(
            login, password, u"DELETE FROM retention_rules WHERE code = 'sollicitanten'"_s);
        QVERIFY2(removed.exitCode != 0 && removed.err.contains(u"permission denied"_s),
                 qPrintable(login + u": "_s + removed.err));
    }
    for (const auto &[login, password] :
         { std::pair { u"fenna"_s, officerPassword }, std::pair { adminLogin, adminPassword } }) {
        const auto added = m_server.psql(login, password, insert.arg(login));
        QVERIFY2(added.exitCode == 0, qPrintable(login + u": "_s + added.err));
        const auto removed = m_server.psql(login, password, remove.arg(login));
        QVERIFY2(removed.exitCode == 0, qPrintable(login + u": "_s + removed.err));
    }
    const auto left = m_server.psql(u"anna"_s, auditorPassword,
                                    u"SELECT count(*) FROM retention_rules WHERE code LIKE "
                                    "'eigen-%' OR code = 'sollicitanten'"_s);
    QCOMPARE(left.exitCode, 0);
    QCOMPARE(left.out, u"1"_s);
}

void TestServerStore::auditTrailIsAppendOnlyForEveryRole()
{
    for (const auto &[login, password] :
         { std::pair { adminLogin, adminPassword }, std::pair { u"fenna"_s, officerPassword },
           std::pair { u"karel"_s, kccPassword }, std::pair { u"anna"_s, auditorPassword } }) {
        for (const QString &sql :
             { u"DELETE FROM audit_events WHERE seq = 1"_s,
               u"UPDATE audit_events SET actor = 'iemand' WHERE seq = 1"_s,
               u"TRUNCATE audit_events"_s,
               u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"_s,
               u"SELECT pd_audit_destroy_payloads('store', 'x')"_s }) {
            if (sql.contains(u"pd_audit_destroy"_s) && (login == adminLogin || login == u"fenna"_s))
                continue; // retention: theirs to call (it changes payloads only)
            const auto result = m_server.psql(login, password, sql);
            QVERIFY2(result.exitCode != 0, qPrintable(login + u": "_s + sql));
        }
        // No role writes into the trail directly, not even an event whose seq,
        // actor, moment and chain the server would overwrite.
        const auto forged = m_server.psql(
            login, password,
            u"INSERT INTO audit_events (seq, occurred_at, actor, entity_type, entity_id, action, "
            "payload, payload_hash, prev_hash, hash) VALUES (999999, '2000-01-01T00:00:00.000Z', "
            "'iemand-anders', 'store', 'x', 'test.forged', '{}', '\\x00', '\\x00', '\\x00')"_s);
        QVERIFY2(forged.exitCode != 0 && forged.err.contains(u"permission denied"_s),
                 qPrintable(login + u": "_s + forged.err));
        // Through the server's door an officer records an event; the server writes the seq,
        // the actor (the login), the moment and the chain. The auditor and the KCC may not
        // record this event at all.
        const auto door = m_server.psql(
            login, password,
            u"SELECT pd_audit_append('[[\"store\", \"x\", \"test.forged\", \"{}\"]]')"_s);
        if (login == adminLogin || login == u"fenna"_s)
            QVERIFY2(door.exitCode == 0, qPrintable(login + u": "_s + door.err));
        else
            QVERIFY2(door.exitCode != 0 && door.err.contains(u"may not record"_s),
                     qPrintable(login + u": "_s + door.err));
    }
    const auto store = open(u"anna"_s, auditorPassword);
    QVERIFY(store);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT DISTINCT actor, occurred_at > '2001' FROM audit_events WHERE "
                       "action = 'test.forged' ORDER BY actor"_s));
    QStringList actors;
    while (query.next()) {
        actors << query.value(0).toString();
        QVERIFY(query.value(1).toBool());
    }
    QCOMPARE(actors, (QStringList { u"beheer"_s, u"fenna"_s }));
    QVERIFY(query.exec(u"SELECT max(seq) < 999999 FROM audit_events"_s) && query.next());
    QVERIFY(query.value(0).toBool());
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestServerStore::aChangeByHandIsAuditedAndTheChainVerifies()
{
    const auto byHand = m_server.psql(u"fenna"_s, officerPassword,
                                      u"UPDATE cases SET description = 'met de hand' "
                                      "WHERE received_by = 'fenna'"_s);
    QVERIFY2(byHand.exitCode == 0, qPrintable(byHand.err));
    const auto store = open(u"anna"_s, auditorPassword);
    QVERIFY(store);
    QSqlQuery query(store->database());
    // Also the administrator's change by hand in kccSeesOnlyItsOwnRecentIntakeFields.
    QVERIFY(query.exec(u"SELECT DISTINCT actor FROM audit_events WHERE action = 'sql.changed' "
                       "ORDER BY actor"_s));
    QStringList actors;
    while (query.next())
        actors << query.value(0).toString();
    QCOMPARE(actors, (QStringList { u"beheer"_s, u"fenna"_s }));
    QVERIFY(query.exec(u"SELECT actor, entity_type, payload FROM audit_events WHERE action = "
                       "'sql.changed' AND actor = 'fenna' ORDER BY seq"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"fenna"_s);
    // Filed under the request whose row it is, naming the table.
    QCOMPARE(query.value(1).toString(), u"case"_s);
    QVERIFY2(query.value(2).toString().contains(u"\"table\":\"cases\""_s)
                 || query.value(2).toString().contains(u"\"table\": \"cases\""_s),
             qPrintable(query.value(2).toString()));
    const QString payload = query.value(2).toString();
    QVERIFY2(payload.contains(u"\"description\""_s) && payload.contains(u"update"_s),
             qPrintable(payload));
    QVERIFY2(!payload.contains(u"met de hand"_s), qPrintable(payload)); // names, never values
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestServerStore::removedUserCannotLogIn()
{
    QString error;
    QVERIFY2(m_server.addUser(u"tijdelijk"_s, u"functionaris"_s, u"tijdelijk-wachtwoord"_s, &error),
             qPrintable(error));
    QVERIFY(open(u"tijdelijk"_s, u"tijdelijk-wachtwoord"_s));
    {
        const auto admin = open(adminLogin, adminPassword);
        QVERIFY(admin);
        UserService users(*admin, Session { *admin });
        UserError userError;
        QVERIFY2(users.remove(u"tijdelijk"_s, &userError), qPrintable(userError.message));
    }
    StoreError openError;
    QVERIFY(!m_server.open(u"tijdelijk"_s, u"tijdelijk-wachtwoord"_s, &openError));
    const auto psql = m_server.psql(u"tijdelijk"_s, u"tijdelijk-wachtwoord"_s, u"SELECT 1"_s);
    QVERIFY(psql.exitCode != 0);
}

void TestServerStore::checkReportsTheSetup()
{
    const auto store = open(u"fenna"_s, officerPassword);
    QVERIFY(store);
    const QList<ServerSetup::Finding> findings = ServerSetup::check(store->database());
    QVERIFY(findings.size() >= 8);
    for (const ServerSetup::Finding &finding : findings)
        QVERIFY2(finding.ok, qPrintable(finding.what));
}

// The server's log keeps what its settings say: every change with its values (log_statement),
// or the text of a refused statement (log_min_error_statement, PostgreSQL's default). Both
// settings are named with the statement that switches them off; a connection opened after IT
// did so passes.
void TestServerStore::checkNamesTheLoggingThatWritesPersonalData()
{
    const QString database = QLatin1StringView(ServerStoreFixture::database);
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"ALTER DATABASE %1 SET log_statement = 'mod'"_s.arg(database),
                   u"ALTER DATABASE %1 SET log_min_error_statement = 'error'"_s.arg(database) },
                 &error),
             qPrintable(error));
    QStringList problems;
    {
        const auto store = open(u"fenna"_s, officerPassword);
        QVERIFY(store);
        for (const ServerSetup::Finding &finding : ServerSetup::check(store->database())) {
            if (!finding.ok)
                problems << finding.what;
        }
    }
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"ALTER DATABASE %1 RESET log_statement"_s.arg(database),
                   u"ALTER DATABASE %1 RESET log_min_error_statement"_s.arg(database) },
                 &error),
             qPrintable(error));
    QCOMPARE(problems.size(), 1);
    for (const QString &named :
         { u"log_statement = mod"_s, u"log_min_error_statement = error"_s,
           u"ALTER DATABASE %1 SET log_statement = 'none';"_s.arg(database),
           u"ALTER DATABASE %1 SET log_min_error_statement = 'panic';"_s.arg(database) })
        QVERIFY2(problems.first().contains(named), qPrintable(problems.first()));

    const auto after = open(u"fenna"_s, officerPassword);
    QVERIFY(after);
    for (const ServerSetup::Finding &finding : ServerSetup::check(after->database()))
        QVERIFY2(finding.ok, qPrintable(finding.what));
}

void TestServerStore::checkNamesTheOneRightALoginHas_data()
{
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("other");
    QTest::newRow("past row-level security") << u"BYPASSRLS"_s << u"REPLICATION"_s;
    QTest::newRow("every row from the replication stream") << u"REPLICATION"_s << u"BYPASSRLS"_s;
}

// A login IT gave one of the two rights that read past the store's row-level security is
// named with that right, and not with the other one.
void TestServerStore::checkNamesTheOneRightALoginHas()
{
    QFETCH(QString, right);
    QFETCH(QString, other);
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"CREATE ROLE machtig LOGIN %1 PASSWORD 'machtig-2026-buiten'"_s.arg(right) },
                 &error),
             qPrintable(error));
    const auto dropped = qScopeGuard([this] {
        QString dropError;
        if (!m_server.cluster().execAsSuperuser({ u"DROP ROLE machtig"_s }, &dropError))
            qWarning("DROP ROLE machtig: %s", qPrintable(dropError));
    });
    QStringList named;
    {
        const auto store = open(u"fenna"_s, officerPassword);
        QVERIFY(store);
        for (const ServerSetup::Finding &finding : ServerSetup::check(store->database())) {
            if (!finding.ok && finding.what.contains(u"machtig"_s))
                named << finding.what;
        }
    }
    QCOMPARE(named.size(), 1);
    QVERIFY2(named.first().contains(u"Login machtig can become the owner"_s),
             qPrintable(named.first()));
    QVERIFY2(named.first().contains(u"(%1)"_s.arg(right)), qPrintable(named.first()));
    QVERIFY2(!named.first().contains(other), qPrintable(named.first()));
}

// The superuser (or the owner login, once it made itself the store's owner) deletes
// the tail of the trail with the triggers off and the server's checkpoint moved along: the
// server itself then sees nothing wrong. The next desk of a user who saw the longer trail does.
void TestServerStore::aTrailCutBackIsFoundByTheNextDeskThatOpens()
{
    QStringList problems;
    {
        const auto store = open(u"fenna"_s, officerPassword);
        QVERIFY(store);
        QVERIFY(intake(*store, u"Cor Bakker"_s, u"K-7001"_s));
        QVERIFY(intake(*store, u"Dirk Bakker"_s, u"K-7002"_s));
        QVERIFY(store->openWarnings().isEmpty());
    }
    // Opening again keeps the head it now verified.
    const auto again = open(u"fenna"_s, officerPassword);
    QVERIFY(again);
    QVERIFY2(again->openWarnings().isEmpty(), qPrintable(again->openWarnings().join(u'\n')));
    QVERIFY2(again->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    const QString storeId = again->storeId().toString(QUuid::WithoutBraces);
    const ServerAnchor::Result seen = ServerAnchor::check(again->database(), storeId);
    QVERIFY(seen.checked && seen.problem.isEmpty());
    QVERIFY(seen.kept.seq > 2);

    // As the superuser: the last two events gone, and the server's checkpoint moved to the new
    // head, so that the server's own verification has nothing to say.
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"SET search_path = privacydesk"_s, u"SET session_replication_role = replica"_s,
                   u"DELETE FROM audit_events WHERE seq > %1"_s.arg(seen.kept.seq - 2),
                   u"DELETE FROM audit_checkpoints"_s },
                 &error, QString::fromLatin1(ServerStoreFixture::database)),
             qPrintable(error));
    const auto next = open(u"anna"_s, auditorPassword);
    QVERIFY(next);
    QVERIFY2(next->openWarnings().join(u'\n').contains(u"[rolled-back]"_s),
             qPrintable(next->openWarnings().join(u'\n')));
    QVERIFY(!next->verify(&problems, TrailRows::all()));
    QVERIFY2(problems.join(u'\n').contains(u"ends at event %1"_s.arg(seen.kept.seq - 2)),
             qPrintable(problems.join(u'\n')));
    // The chain alone, as the server computed it, is intact: only the kept head tells.
    QVERIFY(AuditLog(next->database(), storeId).verify().ok);

    // A trail rewritten at the kept position is found too.
    ServerAnchor::Head head;
    QVERIFY2(ServerAnchor::accept(next->database(), storeId, &head, &error), qPrintable(error));
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"SET search_path = privacydesk"_s, u"SET session_replication_role = replica"_s,
                   u"UPDATE audit_events SET hash = sha256(hash) WHERE seq = %1"_s.arg(head.seq) },
                 &error, QString::fromLatin1(ServerStoreFixture::database)),
             qPrintable(error));
    const ServerAnchor::Result rewritten = ServerAnchor::check(next->database(), storeId);
    QVERIFY2(rewritten.problem.contains(u"rewritten"_s), qPrintable(rewritten.problem));

    // The kept file itself is no place to hide it: an edited file is said to be altered.
    QFile kept(QDir(ServerAnchor::directory()).filePath(storeId + u".anchor"_s));
    QVERIFY(kept.open(QIODevice::ReadWrite));
    QByteArray text = kept.readAll();
    text.replace("seq=", "seq=1");
    QVERIFY(kept.resize(0) && kept.seek(0) && kept.write(text) == text.size());
    kept.close();
    const ServerAnchor::Result altered = ServerAnchor::check(next->database(), storeId);
    QVERIFY2(altered.problem.contains(u"altered"_s), qPrintable(altered.problem));
    // Put back as it was, for nobody after this test.
    QVERIFY(m_server.cluster().execAsSuperuser(
        { u"SET search_path = privacydesk"_s, u"SET session_replication_role = replica"_s,
          u"UPDATE audit_events SET hash = '\\x%1' WHERE seq = %2"_s
              .arg(QString::fromLatin1(head.hash.toHex()))
              .arg(head.seq) },
        &error, QString::fromLatin1(ServerStoreFixture::database)));
    QVERIFY2(ServerAnchor::accept(next->database(), storeId, &head, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
