// The command line on a server store, end to end with the real privacydesk-cli: an
// empty database set up by its owner with `server init`, checked with `server check`, a user
// added as a login, a request logged and listed by that user, an encrypted backup made by the
// owner and restored into the emptied database, and the store as it was afterwards. Passwords
// and the passphrase come from owner-only files, never from the command line.

#include "CliRunner.h"
#include "PostgresCluster.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {
const QString adminPassword = u"beheer-wachtwoord-2026"_s;
const QString officerPassword = u"functionaris-wachtwoord"_s;
const QString passphrase = u"back-up zin voor de kluis 2026"_s;
// Fails while the owner login may create roles (init, upgrade and restore give it up).
const QString cannotCreateRoles
    = u"DO $$ BEGIN IF (SELECT rolcreaterole FROM pg_roles WHERE rolname = 'beheer') THEN "
      "RAISE EXCEPTION 'beheer may still create roles'; END IF; END $$"_s;
} // namespace

class TestCliServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setUpCheckAndWork();
    void upgradesAServerOfThePreviousVersion();
    void upgradeKeepsTheOwnTermOfAStoreWithRequests();
    void upgradeLeavesMicrosoft365ItsOwnSentCopy();
    void backupAndRestoreIntoTheEmptiedDatabase();
    void refusesAnInsecureLocation();
    void libpqVariablesDoNotRedirectThePassword();
    void initAndDemoRefuseAServer();
    void aTrailCutBackIsSaidUntilAnAdministratorAcceptsIt();

private:
    bool superuser(const QStringList &statements)
    {
        QString error;
        if (m_cluster.execAsSuperuser(statements, &error))
            return true;
        qWarning("%s", qPrintable(error));
        return false;
    }
    QString secretFile(const QString &name, const QString &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {};
        file.write(content.toUtf8() + '\n');
        return file.fileName();
    }
    CliRunner::Result as(const QString &user, const QStringList &arguments)
    {
        const QString passwordFile
            = user == u"beheer"_s ? m_adminPasswordFile : m_officerPasswordFile;
        return m_cli->run(QStringList { u"--store"_s, uri(), u"--user"_s, user,
                                        u"--password-file"_s, passwordFile }
                          + arguments);
    }
    // As the superuser, in the store's database: the value of the last statement's first row.
    QString storeValue(const QStringList &statements)
    {
        QString error;
        QStringList rows;
        if (!m_cluster.execAsSuperuser(statements, &error, u"privacydesk"_s, &rows)) {
            qWarning("%s", qPrintable(error));
            return u"(failed)"_s;
        }
        return rows.value(0);
    }
    QString uri() const
    {
        return u"postgresql:///privacydesk?host=%1&port=%2"_s.arg(m_cluster.socketDir())
            .arg(m_cluster.port());
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_adminPasswordFile;
    QString m_officerPasswordFile;
    QString m_passphraseFile;
};

void TestCliServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY(superuser({ u"CREATE ROLE beheer LOGIN CREATEROLE PASSWORD '%1'"_s.arg(adminPassword),
                        u"CREATE DATABASE privacydesk OWNER beheer"_s }));
    m_adminPasswordFile = secretFile(u"beheer.pw"_s, adminPassword);
    m_officerPasswordFile = secretFile(u"fenna.pw"_s, officerPassword);
    m_passphraseFile = secretFile(u"passphrase.txt"_s, passphrase);
    QVERIFY(!m_passphraseFile.isEmpty());
    QDir(m_dir.path()).mkpath(u"home"_s);
    m_cli
        = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_dir.filePath(u"home"_s), u"en"_s);
}

void TestCliServer::setUpCheckAndWork()
{
    const auto init
        = as(u"beheer"_s, { u"server"_s, u"init"_s, u"--organisation"_s, u"Woonstichting Test"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(u"beheer"_s), qPrintable(init.out));
    const auto again = as(u"beheer"_s, { u"server"_s, u"init"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"holds a store already"_s), qPrintable(again.err));

    const auto check = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(u"unix socket"_s), qPrintable(check.out));
    QVERIFY(!check.out.contains(u"[PROBLEM]"_s));

    // Init gave the owner login's CREATEROLE up, so it cannot make itself the store's
    // owner; an upgrade needs it from IT for the occasion and gives it up again.
    QVERIFY(superuser({ cannotCreateRoles }));
    const auto refused = as(u"beheer"_s, { u"server"_s, u"upgrade"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"beheer may not create roles now"_s)
                 && refused.err.contains(u"ALTER ROLE … CREATEROLE"_s),
             qPrintable(refused.err));
    QVERIFY(superuser({ u"ALTER ROLE beheer CREATEROLE"_s }));
    const auto whileIt = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QCOMPARE(whileIt.exitCode, 1);
    QVERIFY2(whileIt.out.contains(u"beheer, the database's owner, may create roles"_s),
             qPrintable(whileIt.out + whileIt.err));
    const auto upgrade = as(u"beheer"_s, { u"server"_s, u"upgrade"_s });
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    QVERIFY(superuser({ cannotCreateRoles }));
    const auto after = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));

    const auto add
        = m_cli->run({ u"--store"_s, uri(), u"--user"_s, u"beheer"_s, u"--password-file"_s,
                       m_adminPasswordFile, u"user"_s, u"add"_s, u"fenna"_s, u"--role"_s,
                       u"functionaris"_s, u"--new-password-file"_s, m_officerPasswordFile });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const auto intake
        = as(u"fenna"_s,
             { u"case"_s, u"add"_s, u"--person"_s, u"Anna Jansen"_s, u"--klantnummer"_s,
               u"K-2001"_s, u"--type"_s, u"inzage"_s, u"--channel"_s, u"telefoon"_s,
               u"--received"_s, pd::systemClock().today().toString(Qt::ISODate) });
    QVERIFY2(intake.exitCode == 0, qPrintable(intake.err));
    const QString number = u"AVG-%1-0001"_s.arg(pd::systemClock().today().year());
    QVERIFY2(intake.out.contains(number), qPrintable(intake.out));
    const auto list = as(u"fenna"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray cases = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(u"number"_s).toString(), number);
    const auto verify = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    // What was verified on a server: no keyring there, nor SQLCipher or key slots in `info`.
    QVERIFY2(verify.out.contains(u"audit trail"_s) && !verify.out.contains(u"keyring"_s),
             qPrintable(verify.out));
    // A change by hand (fenna's login, with psql's SQL) is shown by verify and server check with
    // who and when; the store stays intact, as the server described the change in the trail.
    QCOMPARE(storeValue({ u"SET search_path = privacydesk"_s, u"SET ROLE fenna"_s,
                          u"UPDATE cases SET description = 'met de hand' WHERE number = '%1'"_s.arg(
                              number),
                          u"SELECT 'gedaan'"_s }),
             u"gedaan"_s);
    const auto shown = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.out + shown.err));
    QVERIFY2(shown.out.contains(u"Changed outside Privacydesk (recorded by the server): 1 time"_s)
                 && shown.out.contains(u"in the table cases"_s)
                 && shown.out.contains(u"description"_s) && shown.out.contains(number),
             qPrintable(shown.out));
    const auto checked = as(u"beheer"_s, { u"server"_s, u"check"_s, u"--json"_s });
    const QJsonObject byHand = QJsonDocument::fromJson(checked.out.toUtf8())
                                   .object()
                                   .value(u"changes_by_hand"_s)
                                   .toObject();
    QCOMPARE(byHand.value(u"total"_s).toInt(), 1);
    QCOMPARE(byHand.value(u"latest"_s).toArray().at(0).toObject().value(u"entity_id"_s).toString(),
             number);
    // And case timeline shows what the server's row trail kept of it: the value before and
    // after, under the event.
    const auto timeline = as(u"fenna"_s, { u"case"_s, u"timeline"_s, number });
    QVERIFY2(timeline.exitCode == 0, qPrintable(timeline.err));
    QVERIFY2(timeline.out.contains(u"    description: \u2014 \u2192 \u2018met de hand\u2019"_s),
             qPrintable(timeline.out));
    const auto timelineJson = as(u"fenna"_s, { u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY2(timelineJson.exitCode == 0, qPrintable(timelineJson.err));
    QJsonObject rowChange;
    for (const QJsonValue &event : QJsonDocument::fromJson(timelineJson.out.toUtf8()).array())
        if (event[u"action"_s].toString() == u"sql.changed"_s)
            rowChange = event[u"row_change"_s].toObject();
    QCOMPARE(rowChange.value(u"table"_s).toString(), u"cases"_s);
    QCOMPARE(rowChange.value(u"operation"_s).toString(), u"update"_s);
    QCOMPARE(rowChange.value(u"new"_s)[u"description"_s].toString(), u"met de hand"_s);
    QVERIFY(rowChange.value(u"old"_s).toObject().contains(u"description"_s));
    const auto info = as(u"fenna"_s, { u"info"_s });
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(u"PostgreSQL"_s) && !info.out.contains(u"SQLCipher"_s)
                 && !info.out.contains(u"key slots"_s),
             qPrintable(info.out));

    // A KCC login may not read the trail on a server: verify refuses it as a matter of rights,
    // never as a broken store.
    const auto addKcc
        = m_cli->run({ u"--store"_s, uri(), u"--user"_s, u"beheer"_s, u"--password-file"_s,
                       m_adminPasswordFile, u"user"_s, u"add"_s, u"kees"_s, u"--role"_s, u"kcc"_s,
                       u"--new-password-file"_s, m_officerPasswordFile });
    QVERIFY2(addKcc.exitCode == 0, qPrintable(addKcc.err));
    const auto kccVerify = as(u"kees"_s, { u"verify"_s });
    QCOMPARE(kccVerify.exitCode, 1);
    QVERIFY2(kccVerify.err.contains(u"[denied]"_s) && kccVerify.err.contains(u"KCC login"_s),
             qPrintable(kccVerify.err));
    QVERIFY2(!kccVerify.err.contains(u"problem"_s)
                 && !kccVerify.err.contains(u"permission denied"_s),
             qPrintable(kccVerify.err));
}

// A server store made by an older version (its functions described a
// request, person or breach inserted or removed by any event of it, pd_audit_described, and took
// a letter's dispatch in anyone's name, pd_audit_described_row without the row, and a step of
// a request's or breach's own row in anyone's name, pd_audit_described_columns without the row
// and no pd_audit_writer_columns; the KCC's window
// knew no moment of registration) is brought along by `server upgrade`: the old functions go,
// the request already there gets a moment of registration, and `server check` is satisfied.
// What that version's SQL made is put back as the store's owner role would have made it.
void TestCliServer::upgradesAServerOfThePreviousVersion()
{
    QCOMPARE(storeValue({ u"SET search_path = privacydesk"_s, u"SET ROLE privacydesk_eigenaar"_s,
                          u"DROP POLICY cases_kcc_read ON cases"_s,
                          u"DROP TRIGGER cases_registered_at ON cases"_s,
                          u"DROP FUNCTION pd_case_registered()"_s,
                          u"DROP FUNCTION pd_kcc_window(text, timestamptz)"_s,
                          u"ALTER TABLE cases DROP COLUMN registered_at"_s,
                          u"CREATE POLICY cases_kcc_read ON cases FOR SELECT TO privacydesk_kcc "
                          "USING (received_by = session_user AND received_date >= "
                          "pd_kcc_window_start())"_s,
                          u"CREATE FUNCTION pd_audit_described(etype text, eid text) RETURNS "
                          "boolean LANGUAGE sql STABLE AS $$ SELECT true $$"_s,
                          u"CREATE FUNCTION pd_audit_described_row(etype text, eid text, tbl "
                          "text, op text, changed jsonb) RETURNS boolean LANGUAGE sql STABLE AS "
                          "$$ SELECT true $$"_s,
                          u"DROP FUNCTION pd_audit_described_columns(text, text, text, jsonb, "
                          "jsonb)"_s,
                          u"DROP FUNCTION pd_audit_in_writers_name(text, text, jsonb, jsonb)"_s,
                          u"DROP FUNCTION pd_audit_writer_columns(text, text)"_s,
                          u"CREATE FUNCTION pd_audit_described_columns(etype text, eid text, "
                          "tbl text, changed jsonb) RETURNS boolean LANGUAGE sql STABLE AS $$ "
                          "SELECT true $$"_s,
                          // Once every commit notified the other desks.
                          u"DROP FUNCTION pd_audit_others()"_s,
                          u"CREATE FUNCTION pd_audit_notify() RETURNS trigger LANGUAGE plpgsql "
                          "AS $$ BEGIN PERFORM pg_notify('privacydesk_changed', ''); RETURN "
                          "NULL; END $$"_s,
                          u"CREATE TRIGGER audit_events_notify AFTER INSERT ON audit_events FOR "
                          "EACH STATEMENT EXECUTE FUNCTION pd_audit_notify()"_s,
                          u"SELECT count(*) FROM cases"_s }),
             u"1"_s);
    const auto before = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QCOMPARE(before.exitCode, 1);
    QVERIFY2(before.out.contains(u"pd_audit_described"_s)
                 && before.out.contains(u"pd_case_registered"_s),
             qPrintable(before.out));
    // Schema 57: persons had no sort key (`server check` then asks for the upgrade first).
    QCOMPARE(
        storeValue({ u"SET search_path = privacydesk"_s, u"SET ROLE privacydesk_eigenaar"_s,
                     u"DROP TRIGGER persons_sort_name ON persons"_s,
                     u"DROP FUNCTION persons_sort_name_fn()"_s,
                     u"DROP FUNCTION pd_sort_key(text)"_s, u"DROP FUNCTION pd_sort_name(text)"_s,
                     u"DROP FUNCTION pd_sort_name_particle(text)"_s,
                     u"ALTER TABLE persons DROP COLUMN sort_name"_s,
                     u"ALTER TABLE mailbox_account DROP COLUMN sent_copy"_s,
                     u"UPDATE meta SET value = '57' WHERE key = 'schema_version'"_s,
                     u"SELECT count(*) FROM persons"_s }),
        u"1"_s);

    QVERIFY(superuser({ u"ALTER ROLE beheer CREATEROLE"_s }));
    const QString changedByHand
        = u"SELECT count(*) FROM privacydesk.audit_events WHERE action = 'sql.changed'"_s;
    const QString changedBefore = storeValue({ changedByHand });
    const QString upgradeStarts = storeValue({ u"SELECT now()::text"_s });
    const auto upgrade = as(u"beheer"_s, { u"server"_s, u"upgrade"_s });
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    QVERIFY(superuser({ cannotCreateRoles }));
    const auto after = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(after.exitCode == 0 && !after.out.contains(u"[PROBLEM]"_s),
             qPrintable(after.out + after.err));
    QCOMPARE(storeValue({ u"SELECT count(*) FROM pg_proc WHERE pronamespace = "
                          "'privacydesk'::regnamespace AND proname IN ('pd_audit_described', "
                          "'pd_audit_described_row', 'pd_audit_described_columns', "
                          "'pd_audit_writer_columns', 'pd_audit_in_writers_name')"_s }),
             u"4"_s);
    // The person already there got the sort key as the table was rewritten: no row changed that
    // the row trail would take for a change made by hand.
    QCOMPARE(storeValue({ u"SELECT string_agg(sort_name, '|') FROM privacydesk.persons"_s }),
             u"jansen, anna"_s);
    QCOMPARE(storeValue({ changedByHand }), changedBefore);
    // No commit notifies any more: the desks ask pd_audit_others(), which every group may.
    QCOMPARE(storeValue({ u"SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = "
                          "'audit_events_notify') AND NOT EXISTS (SELECT 1 FROM pg_proc WHERE "
                          "proname = 'pd_audit_notify') AND has_function_privilege("
                          "'privacydesk_kcc', 'privacydesk.pd_audit_others()', 'EXECUTE')"_s }),
             u"true"_s);
    // The request there before: registered at the upgrade, by the server's clock, and the
    // KCC's window bounded by that moment.
    QCOMPARE(storeValue({ u"SELECT bool_and(registered_at BETWEEN '%1' AND now()) FROM "
                          "privacydesk.cases"_s.arg(upgradeStarts) }),
             u"true"_s);
    QVERIFY(storeValue({ u"SELECT pg_get_expr(polqual, polrelid) FROM pg_policy WHERE polname = "
                         "'cases_kcc_read'"_s })
                .contains(u"pd_kcc_window(received_date, registered_at)"_s));
    const auto list = as(u"fenna"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const auto verify = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

// A server store made before the organisation was asked to choose its deadline, holding a request:
// `server upgrade` (schema 59) stores the own term it worked with, 30 days and 30 more, as
// CaseService::setPolicy writes it, so that no open deadline moves. The rows are the upgrade's
// (store.upgraded): no change by hand (sql.changed) is added to the trail.
void TestCliServer::upgradeKeepsTheOwnTermOfAStoreWithRequests()
{
    QCOMPARE(storeValue({ u"SET search_path = privacydesk"_s,
                          u"DELETE FROM settings WHERE key LIKE 'deadline.%'"_s,
                          u"ALTER TABLE mailbox_account DROP COLUMN sent_copy"_s,
                          u"UPDATE meta SET value = '58' WHERE key = 'schema_version'"_s,
                          u"SELECT count(*) FROM cases"_s }),
             u"1"_s);
    const QString changedBefore = storeValue(
        { u"SELECT count(*) FROM privacydesk.audit_events WHERE action = 'sql.changed'"_s });
    QVERIFY(superuser({ u"ALTER ROLE beheer CREATEROLE"_s }));
    const auto upgrade = as(u"beheer"_s, { u"server"_s, u"upgrade"_s });
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    QVERIFY(superuser({ cannotCreateRoles }));
    QCOMPARE(storeValue({ u"SELECT string_agg(key || '=' || value, ';' ORDER BY key) FROM "
                          "privacydesk.settings WHERE key LIKE 'deadline.%'"_s }),
             u"deadline.base=30 days;deadline.closing_days=;deadline.extension=30 days;"
             "deadline.identification_model=pause;deadline.identification_within_days=7;"
             "deadline.move_to_working_day=1"_s);
    QCOMPARE(storeValue({ u"SELECT count(*) FROM privacydesk.audit_events WHERE action = "
                          "'sql.changed'"_s }),
             changedBefore);
    const auto shown = as(u"fenna"_s, { u"settings"_s, u"show"_s, u"--json"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject settings = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(settings.value(u"policy.period"_s).toString(), u"30d"_s);
    QCOMPARE(settings.value(u"policy.extension"_s).toString(), u"30d"_s);
    const auto after = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(after.exitCode == 0 && !after.out.contains(u"[PROBLEM]"_s),
             qPrintable(after.out + after.err));
}

// A server store whose mailbox already sent through Microsoft 365 before the account said who puts
// the copy in Sent (schema 59): `server upgrade` (schema 60) leaves the copy to Microsoft, which
// keeps what SMTP AUTH submits itself, without a row changed by hand on the trail.
void TestCliServer::upgradeLeavesMicrosoft365ItsOwnSentCopy()
{
    const auto set = as(u"beheer"_s,
                        { u"mailbox"_s, u"account"_s, u"set"_s, u"--server"_s,
                          u"outlook.office365.com"_s, u"--login"_s, u"privacy@woonstad.example"_s,
                          u"--mailbox-password-file"_s, secretFile(u"postvak"_s, u"geheim"_s),
                          u"--smtp-server"_s, u"smtp.office365.com"_s, u"--no-check"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(storeValue({ u"SET search_path = privacydesk"_s, u"SET ROLE privacydesk_eigenaar"_s,
                          u"ALTER TABLE mailbox_account DROP COLUMN sent_copy"_s,
                          u"UPDATE meta SET value = '59' WHERE key = 'schema_version'"_s,
                          u"SELECT count(*) FROM mailbox_account"_s }),
             u"1"_s);
    const QString changedByHand
        = u"SELECT count(*) FROM privacydesk.audit_events WHERE action = 'sql.changed'"_s;
    const QString changedBefore = storeValue({ changedByHand });
    QVERIFY(superuser({ u"ALTER ROLE beheer CREATEROLE"_s }));
    const auto upgrade = as(u"beheer"_s, { u"server"_s, u"upgrade"_s });
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    QVERIFY(superuser({ cannotCreateRoles }));
    QCOMPARE(storeValue({ u"SELECT sent_copy FROM privacydesk.mailbox_account"_s }), u"server"_s);
    QCOMPARE(storeValue({ changedByHand }), changedBefore);
    const auto after = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(after.exitCode == 0 && !after.out.contains(u"[PROBLEM]"_s),
             qPrintable(after.out + after.err));
}

void TestCliServer::backupAndRestoreIntoTheEmptiedDatabase()
{
    // The server's moment of registration goes along with the request (it is not stamped
    // anew when the restore writes the rows).
    const QString registered
        = storeValue({ u"SELECT registered_at::text FROM privacydesk.cases"_s });
    QVERIFY(!registered.isEmpty() && registered != u"(failed)"_s);
    const QString folder = m_dir.filePath(u"backups"_s);
    // Only the owner reads past row-level security: an officer's dump is refused.
    const auto officer = as(
        u"fenna"_s, { u"backup"_s, u"--to"_s, folder, u"--passphrase-file"_s, m_passphraseFile });
    QCOMPARE(officer.exitCode, 1);
    const auto backup = as(
        u"beheer"_s, { u"backup"_s, u"--to"_s, folder, u"--passphrase-file"_s, m_passphraseFile });
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QStringList files = QDir(folder).entryList({ u"*.pdbackup"_s }, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString file = QDir(folder).filePath(files.first());
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    QVERIFY(!bytes.readAll().contains("Anna Jansen"));

    // The database lost and made again, empty, by IT; the roles stayed on the server.
    QVERIFY(superuser({ u"DROP DATABASE privacydesk WITH (FORCE)"_s,
                        u"CREATE DATABASE privacydesk OWNER beheer"_s }));
    const auto gone = as(u"fenna"_s, { u"case"_s, u"list"_s });
    QVERIFY(gone.exitCode != 0);
    // The restore acts as the owner role: it needs CREATEROLE from IT, and gives it up again.
    const auto withoutIt = as(
        u"beheer"_s, { u"restore"_s, u"--from"_s, file, u"--passphrase-file"_s, m_passphraseFile });
    QCOMPARE(withoutIt.exitCode, 1);
    QVERIFY2(withoutIt.err.contains(u"CREATEROLE"_s), qPrintable(withoutIt.err));
    QVERIFY(superuser({ u"ALTER ROLE beheer CREATEROLE"_s }));
    const auto restore = as(
        u"beheer"_s, { u"restore"_s, u"--from"_s, file, u"--passphrase-file"_s, m_passphraseFile });
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY(superuser({ cannotCreateRoles }));
    const auto list = as(u"fenna"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const auto check = as(u"beheer"_s, { u"server"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QCOMPARE(storeValue({ u"SELECT registered_at::text FROM privacydesk.cases"_s }), registered);
    const auto verify = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    // A second restore over the restored store is refused.
    const auto twice = as(
        u"beheer"_s, { u"restore"_s, u"--from"_s, file, u"--passphrase-file"_s, m_passphraseFile });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"empty database"_s), qPrintable(twice.err));
}

void TestCliServer::refusesAnInsecureLocation()
{
    const auto remote = m_cli->run({ u"--store"_s, u"postgresql://db.example.org/privacydesk"_s,
                                     u"--user"_s, u"fenna"_s, u"--password-file"_s,
                                     m_officerPasswordFile, u"case"_s, u"list"_s });
    QCOMPARE(remote.exitCode, 1);
    QVERIFY2(remote.err.contains(u"verify-full"_s), qPrintable(remote.err));
}

// Libpq reads PGHOSTADDR, PGSERVICE and the like for whatever a connection leaves
// unsaid; with PGHOSTADDR set, a postgresql://localhost location went to that address instead,
// password and all. A listener on another loopback address stands in for whoever set it: it
// must see no connection, however the tool fails to reach localhost.
void TestCliServer::libpqVariablesDoNotRedirectThePassword()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([listener] { ::close(listener); });
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(0x7f000002); // 127.0.0.2
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(listener, 4) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const QString port = QString::number(ntohs(address.sin_port));

    qputenv("PGHOSTADDR", "127.0.0.2");
    qputenv("PGSSLMODE", "disable");
    qputenv("PGCONNECT_TIMEOUT", "3");
    const auto unset = qScopeGuard([] {
        qunsetenv("PGHOSTADDR");
        qunsetenv("PGSSLMODE");
        qunsetenv("PGCONNECT_TIMEOUT");
    });
    const auto run = m_cli->run(
        { u"--store"_s, u"postgresql://localhost:%1/privacydesk"_s.arg(port), u"--user"_s,
          u"fenna"_s, u"--password-file"_s, m_officerPasswordFile, u"case"_s, u"list"_s },
        {}, 30000);
    QVERIFY2(run.exitCode != 0, qPrintable(run.out));
    QVERIFY2(run.err.contains(u"localhost"_s), qPrintable(run.err));
    const int accepted = ::accept(listener, nullptr, nullptr);
    if (accepted >= 0)
        ::close(accepted);
    QVERIFY2(accepted < 0 && (errno == EAGAIN || errno == EWOULDBLOCK),
             "the tool connected to the address in PGHOSTADDR");
}

// `init` and `demo` make a store folder: given a server's address they refuse, saying where a
// server store comes from, and make no folder named after the address (a demo once wrote 10,000
// fictitious requests into ./postgresql:/privacydesk?host=… and said it had made a demo store).
void TestCliServer::initAndDemoRefuseAServer()
{
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const auto restore = qScopeGuard([&before] { QDir::setCurrent(before); });
    const QStringList entries
        = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const auto init = as(u"beheer"_s, { u"init"_s });
    QCOMPARE(init.exitCode, 2);
    QVERIFY2(init.err.contains(u"server init"_s), qPrintable(init.err));
    const auto demo = as(u"beheer"_s, { u"demo"_s, u"--cases"_s, u"3"_s });
    QCOMPARE(demo.exitCode, 2);
    QVERIFY2(demo.err.contains(u"demo store"_s) && demo.err.contains(u"folder"_s),
             qPrintable(demo.err));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entries);
    // The store itself refuses as well, whoever calls it.
    QVERIFY(initSodium());
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    StoreError error;
    QVERIFY(!Store::create(uri(), u"beheer"_s, SecureBytes::fromUtf8(u"lang-genoeg-wachtwoord"_s),
                           options, nullptr, &error));
    QCOMPARE(error.code(), StoreError::Code::NotOnServer);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entries);
}

// This computer kept the head of the trail it verified; a trail cut back on the server
// (here by the superuser, triggers off) is said by every command and fails verify, until an
// administrator accepts the trail as it now is, which the trail records.
void TestCliServer::aTrailCutBackIsSaidUntilAnAdministratorAcceptsIt()
{
    const auto before = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QVERIFY2(before.out.contains(u"Head of the audit trail: event"_s), qPrintable(before.out));
    QString error;
    QVERIFY2(m_cluster.execAsSuperuser({ u"SET session_replication_role = replica"_s,
                                         u"DELETE FROM privacydesk.audit_events WHERE seq = "
                                         "(SELECT max(seq) FROM privacydesk.audit_events)"_s,
                                         u"DELETE FROM privacydesk.audit_checkpoints"_s },
                                       &error, u"privacydesk"_s),
             qPrintable(error));
    const auto list = as(u"fenna"_s, { u"case"_s, u"list"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.err.contains(u"[rolled-back]"_s), qPrintable(list.err));
    const auto verify = as(u"fenna"_s, { u"verify"_s });
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(u"[rolled-back]"_s), qPrintable(verify.err));
    const auto refused = as(u"fenna"_s, { u"verify"_s, u"--accept-rollback"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"denied"_s) || refused.err.contains(u"does not allow"_s),
             qPrintable(refused.err));
    const auto accepted = as(u"beheer"_s, { u"verify"_s, u"--accept-rollback"_s });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY2(accepted.out.contains(u"accepted"_s), qPrintable(accepted.out));
    // The acceptance is the trail's last event, by the administrator who accepted.
    QCOMPARE(storeValue({ u"SELECT action || ' ' || actor FROM privacydesk.audit_events "
                          "ORDER BY seq DESC LIMIT 1"_s }),
             u"store.rollback_accepted beheer"_s);
    const auto after = as(u"fenna"_s, { u"verify"_s });
    QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
    QVERIFY(!after.err.contains(u"[rolled-back]"_s));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
