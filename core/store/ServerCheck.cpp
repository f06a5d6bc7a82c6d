// What `server check` reports (ServerSetup::check): the connection, the schema version, the group
// roles, row-level security, the audit trail's triggers, and who can become the store's owner.

#include "sql/StatementText.h"
#include "store/Migrations.h"
#include "store/ServerLoginRepository.h"
#include "store/ServerSetup.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

// One row of sql on db into *query; false when it cannot be read.
bool readRow(const QSqlDatabase &db, const QString &sql, QSqlQuery *query)
{
    *query = QSqlQuery(db);
    return query->exec(sql) && query->next();
}

// How many tables carry resources/server/audit.sql's trigger that describes a change made by
// hand (*_direct_change), and how many the one that freezes their keys (*_keys_frozen). A table
// added to either without counting it here fails the check, so that a dropped trigger is never
// mistaken for a table that never had one.
constexpr int auditedTables = 47;
constexpr int frozenTables = 29;
// And how many the server's BSN guard (resources/server/bsnguard.sql, *_bsn_guard), the trail's
// own events included (audit_events_bsn_guard): their details must not hold a BSN either.
constexpr int bsnGuardedTables = 37;

} // namespace

// Who could become the owner of the store's tables, and so rewrite or hide the audit
// trail. A superuser can change anything on its server: named as trusted. Every other login that
// could fails the check, the database's owner login (IT's) included: it holds CREATEROLE only
// while server init, upgrade or restore runs, and gives it up when they are done, so that it
// cannot grant itself the owner role in between. So does any login that is a member of the owner
// role or of a role that runs programs or reads and writes files as the server
// (pg_execute_server_program and the like), and any login but the database's owner that reads
// the whole store as <database>_backup.
void ServerSetup::checkWhoIsTrusted(const QSqlDatabase &db, QList<Finding> *findings)
{
    QStringList superusers;
    if (!checkPowerfulLogins(db, findings, &superusers) || !checkForeignOwners(db, findings))
        return;
    if (!superusers.isEmpty())
        //: Dutch: "Vertrouwd: de superusers van de server (%1) kunnen alles veranderen, ook
        //: de audittrail."
        findings->append({ true,
                           tr("Trusted: the server's superusers (%1) can change anything, the "
                              "audit trail included.")
                               .arg(superusers.join(QStringLiteral(", "))) });
}

void ServerSetup::ownersUnreadable(const QSqlQuery &failed, QList<Finding> *findings)
{
    //: Dutch: "Wie de eigenaar van de kluis kan worden: kon niet worden gelezen: %1"
    findings->append({ false,
                       tr("Who can become the store's owner: could not be read: %1")
                           .arg(failed.lastError().text()) });
}

namespace {

// checkPowerfulLogins()'s columns, in its order.
enum LoginColumn {
    LoginRolname,
    LoginRolsuper,
    LoginRolcreaterole,
    LoginRolbypassrls,
    LoginRolreplication,
    LoginOwnsDatabase,
    LoginOwnerMember,
    LoginOsRoles,
    LoginBackupMember
};

} // namespace

bool ServerSetup::checkPowerfulLogins(const QSqlDatabase &db, QList<Finding> *findings,
                                      QStringList *superusers)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The roles that act as the server's OS user or read and write every table.
    if (!query.exec(QStringLiteral(
            "WITH os AS (SELECT oid, rolname FROM pg_roles WHERE rolname IN "
            "('pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files', "
            "'pg_read_all_data', 'pg_write_all_data')), "
            "logins AS (SELECT r.*, r.oid = d.datdba AS owns_database, "
            "NOT r.rolsuper AND pg_has_role(r.oid, pd_group('eigenaar'), 'MEMBER') AS "
            "owner_member, "
            "(SELECT string_agg(os.rolname, ', ' ORDER BY os.rolname) FROM os "
            "WHERE NOT r.rolsuper AND pg_has_role(r.oid, os.oid, 'MEMBER')) AS os_roles, "
            "NOT r.rolsuper AND EXISTS (SELECT 1 FROM pg_roles b WHERE b.rolname = "
            "pd_group('backup') AND pg_has_role(r.oid, b.oid, 'MEMBER')) AS backup_member "
            "FROM pg_roles r, pg_database d WHERE d.datname = current_database() "
            "AND r.rolcanlogin) "
            "SELECT rolname, rolsuper, rolcreaterole, rolbypassrls, rolreplication, "
            "owns_database, owner_member, os_roles, backup_member FROM logins "
            "WHERE rolsuper OR rolcreaterole OR rolbypassrls OR rolreplication OR owner_member "
            "OR os_roles IS NOT NULL OR owns_database OR backup_member ORDER BY rolname"))) {
        ownersUnreadable(query, findings);
        return false;
    }
    while (query.next()) {
        const QString login = query.value(LoginRolname).toString();
        if (query.value(LoginRolsuper).toBool()) {
            *superusers << login;
            continue;
        }
        QStringList why;
        if (query.value(LoginOwnerMember).toBool())
            //: Dutch: "lid van de eigenaarsrol"
            why << tr("member of the owner role");
        if (const QString powers = query.value(LoginOsRoles).toString(); !powers.isEmpty())
            why << powers;
        if (query.value(LoginRolbypassrls).toBool())
            why << QStringLiteral("BYPASSRLS");
        if (query.value(LoginRolreplication).toBool())
            why << QStringLiteral("REPLICATION");
        const bool owner = query.value(LoginOwnsDatabase).toBool();
        if (query.value(LoginRolcreaterole).toBool()) {
            if (owner)
                //: Dutch: "Aanmelding %1, eigenaar van de database, mag rollen aanmaken
                //: (CREATEROLE) en kan zich daarmee de eigenaarsrol van de kluis geven. server
                //: init, upgrade en restore geven dat recht zelf op als ze klaar zijn; laat IT het
                //: anders op de server afnemen (ALTER ROLE … NOCREATEROLE)."
                findings->append({ false,
                                   tr("Login %1, the database's owner, may create roles "
                                      "(CREATEROLE) and can so give itself the store's owner "
                                      "role. server init, upgrade and restore give that right "
                                      "up themselves when they are done; otherwise have IT take "
                                      "it away on the server (ALTER ROLE … NOCREATEROLE).")
                                       .arg(login) });
            else
                why << QStringLiteral("CREATEROLE");
        }
        if (query.value(LoginBackupMember).toBool() && !owner)
            //: Dutch: "Aanmelding %1 leest de hele kluis, voorbij de beveiliging per rij (lid van
            //: %2): alleen de eigenaar van de database maakt back-ups. Ontneem haar dat
            //: lidmaatschap."
            findings->append({ false,
                               tr("Login %1 reads the whole store, past row-level security "
                                  "(member of %2): only the database's owner makes backups. "
                                  "Take that membership away.")
                                   .arg(login, backupRole(db.databaseName())) });
        if (!why.isEmpty()) {
            //: Dutch: "Aanmelding %1 kan de eigenaar van de tabellen en de audittrail worden
            //: (%2): ontneem haar dat recht, of verwijder haar."
            findings->append({ false,
                               tr("Login %1 can become the owner of the tables and the audit "
                                  "trail (%2): take that right away, or remove the login.")
                                   .arg(login, why.join(QStringLiteral(", "))) });
        } else if (owner && !query.value(LoginRolcreaterole).toBool()) {
            //: Dutch: "Vertrouwd: %1, eigenaar van de database, maakt de back-ups (de hele
            //: kluis lezen, niets veranderen) en kan de database verwijderen (de andere
            //: computers zeggen dat dan: [rolled-back]), maar niet de eigenaarsrol van de
            //: kluis aannemen."
            findings->append({ true,
                               tr("Trusted: %1, the database's owner, makes the backups (it "
                                  "reads the whole store and changes nothing) and can drop the "
                                  "database (the other computers then say so: [rolled-back]), "
                                  "but cannot take the store's owner role.")
                                   .arg(login) });
        }
    }
    if (query.lastError().isValid()) {
        ownersUnreadable(query, findings);
        return false;
    }
    return true;
}

bool ServerSetup::checkForeignOwners(const QSqlDatabase &db, QList<Finding> *findings)
{
    // What a login that once held the owner role can keep after giving it back: a table,
    // function or sequence of the store made its own (it could then switch the trail's
    // triggers off at any time), or CREATE on the store's schema. Only <db>_eigenaar owns and
    // creates there; the unaccent extension's functions belong to the extension.
    QSqlQuery owned(db);
    if (!owned.exec(QStringLiteral(
            "WITH owner AS (SELECT oid FROM pg_roles WHERE rolname = pd_group('eigenaar')) "
            "SELECT string_agg(what, ', ' ORDER BY what) FROM ("
            "SELECT c.relname || ' (' || pg_get_userbyid(c.relowner) || ')' AS what "
            "FROM pg_class c WHERE c.relnamespace = 'privacydesk'::regnamespace "
            "AND c.relowner <> (SELECT oid FROM owner) "
            "UNION ALL SELECT p.proname || '() (' || pg_get_userbyid(p.proowner) || ')' "
            "FROM pg_proc p WHERE p.pronamespace = 'privacydesk'::regnamespace "
            "AND p.proowner <> (SELECT oid FROM owner) AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') "
            "UNION ALL SELECT 'schema privacydesk (' || pg_get_userbyid(n.nspowner) || ')' "
            "FROM pg_namespace n WHERE n.nspname = 'privacydesk' "
            "AND n.nspowner <> (SELECT oid FROM owner) "
            "UNION ALL SELECT 'CREATE: ' || r.rolname FROM pg_roles r "
            "WHERE r.oid <> (SELECT oid FROM owner) AND NOT r.rolsuper "
            "AND has_schema_privilege(r.oid, 'privacydesk', 'CREATE')) o"))
        || !owned.next()) {
        ownersUnreadable(owned, findings);
        return false;
    }
    if (const QString others = owned.value(0).toString(); !others.isEmpty())
        //: Dutch: "Objecten van de kluis die niet van de eigenaarsrol zijn, of wie erin mag
        //: aanmaken: %1. Alleen %2 mag eigenaar zijn."
        findings->append({ false,
                           tr("Objects of the store not owned by its owner role, or who may "
                              "create in it: %1. Only %2 may own them.")
                               .arg(others, ownerRole(db.databaseName())) });
    return true;
}

QList<ServerSetup::Finding> ServerSetup::check(const QSqlDatabase &db)
{
    QList<Finding> findings;
    const auto add = [&findings](bool ok, const QString &what) {
        findings.append({ ok, what });
    };
    if (!checkConnection(db, &findings))
        return findings;

    const int version = schemaVersion(db);
    //: Dutch: "Schemaversie: %1 (deze versie van Privacydesk: %2)."
    add(version == latestSchemaVersion(),
        tr("Schema version: %1 (this version of Privacydesk: %2).")
            .arg(version)
            .arg(latestSchemaVersion()));

    checkGroupRoles(db, &findings);
    QSqlQuery query(db);
    enum SecurityColumn { Secured, Unsecured }; // the SELECT's columns, in its order
    if (readRow(
            db,
            QStringLiteral("SELECT count(*) FILTER (WHERE c.relrowsecurity), "
                           "string_agg(c.relname, ', ' ORDER BY c.relname) "
                           "FILTER (WHERE NOT c.relrowsecurity) "
                           "FROM pg_class c WHERE c.relnamespace = 'privacydesk'::regnamespace "
                           "AND c.relname IN ('cases', 'case_types', 'intake_drafts', 'persons')"),
            &query)) {
        const bool all = query.value(Secured).toInt() == 4;
        //: Dutch: "Beveiliging op rijniveau: aan voor cases, case_types, intake_drafts en persons."
        add(all,
            all ? tr("Row-level security: on for cases, case_types, intake_drafts and persons.")
                //: Dutch: "Beveiliging op rijniveau: UIT voor %1."
                : tr("Row-level security: OFF for %1.").arg(query.value(Unsecured).toString()));
    }
    checkAuditTriggers(db, &findings);
    checkFunctions(db, &findings);
    checkWhoIsTrusted(db, &findings);
    checkLogging(db, &findings);
    if (readRow(db,
                QStringLiteral("SELECT has_database_privilege('public', current_database(), "
                               "'CONNECT')"),
                &query)) {
        const bool open = query.value(0).toBool();
        add(!open,
            open
                //: Dutch: "Aanmelden: IEDERE rol van de server mag verbinden (REVOKE CONNECT
                //: ... FROM PUBLIC ontbreekt)."
                ? tr("Logins: EVERY role of the server may connect (REVOKE CONNECT ... FROM PUBLIC "
                     "is missing).")
                //: Dutch: "Aanmelden: alleen voor de groepsrollen van de kluis."
                : tr("Logins: only the store's group roles may connect."));
    }
    return findings;
}

bool ServerSetup::checkConnection(const QSqlDatabase &db, QList<Finding> *findings)
{
    QSqlQuery query(db);
    enum Column { Tls, Socket, TlsVersion }; // the SELECT's columns, in its order
    if (!readRow(db,
                 QStringLiteral("SELECT coalesce((SELECT ssl FROM pg_stat_ssl "
                                "WHERE pid = pg_backend_pid()), false), "
                                "inet_server_addr() IS NULL, "
                                "(SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid())"),
                 &query)) {
        //: Dutch: "De server kon niet worden gecontroleerd: %1"
        findings->append(
            { false, tr("The server could not be checked: %1").arg(query.lastError().text()) });
        return false;
    }
    const bool tls = query.value(Tls).toBool();
    const bool socket = query.value(Socket).toBool();
    if (tls)
        //: Dutch: "Verbinding: versleuteld met TLS (%1)."
        findings->append(
            { true,
              tr("Connection: encrypted with TLS (%1).").arg(query.value(TlsVersion).toString()) });
    else if (socket)
        //: Dutch: "Verbinding: over een unix-socket op deze machine (niet over het netwerk)."
        findings->append(
            { true, tr("Connection: over a unix socket on this machine (not over the network).") });
    else
        //: Dutch: "Verbinding: NIET versleuteld. Stel TLS in op de server (ssl = on) en
        //: verbind met sslmode=verify-full."
        findings->append(
            { false,
              tr("Connection: NOT encrypted. Set up TLS on the server (ssl = on) and connect with "
                 "sslmode=verify-full.") });
    return true;
}

void ServerSetup::checkGroupRoles(const QSqlDatabase &db, QList<Finding> *findings)
{
    enum Column { LoginMembers, GroupLogsIn }; // the SELECT's columns, in its order
    for (const QString &code : { QStringLiteral("beheerder"), QStringLiteral("functionaris"),
                                 QStringLiteral("kcc"), QStringLiteral("auditor") }) {
        QSqlQuery members(db);
        if (!sql::execute(
                members,
                QStringLiteral(
                    "SELECT count(m.member) FILTER (WHERE l.rolcanlogin), bool_or(g.rolcanlogin) "
                    "FROM pg_roles g LEFT JOIN pg_auth_members m ON m.roleid = g.oid "
                    "LEFT JOIN pg_roles l ON l.oid = m.member WHERE g.rolname = pd_group(?) "
                    "GROUP BY g.oid"),
                { code })
            || !members.next()) {
            //: Dutch: "Groepsrol %1: ontbreekt."
            findings->append({ false, tr("Group role %1: missing.").arg(code) });
            continue;
        }
        //: Dutch: "Groepsrol %1: %n aanmelding(en)."
        findings->append(
            { !members.value(GroupLogsIn).toBool(),
              tr("Group role %1: %n login(s).", nullptr, members.value(LoginMembers).toInt())
                  .arg(code) });
    }
    // A login in a group that Privacydesk did not make (pd_login_create keeps every login it
    // makes in server_logins): made and let in by hand, it acts with the group's rights but is
    // no user of the store. The database's owner login (IT's, made before `server init`) is
    // named by the owner check above.
    QString why;
    const std::optional<QString> outside = ServerLoginRepository::madeElsewhere(db, &why);
    if (!outside) {
        //: Dutch: "Aanmeldingen: kon niet nagaan of ze door Privacydesk zijn gemaakt: %1"
        findings->append(
            { false, tr("Logins: could not check that Privacydesk made them: %1").arg(why) });
        return;
    }
    if (!outside->isEmpty())
        //: Dutch: "Aanmeldingen die niet door Privacydesk zijn gemaakt maar wel in een groep
        //: van de opslag staan: %1. Haal ze uit de groep, of maak ze als gebruiker in
        //: Privacydesk."
        findings->append({ false,
                           tr("Logins not made by Privacydesk that are in a group of the store: "
                              "%1. Take them out of the group, or make them users in "
                              "Privacydesk.")
                               .arg(*outside) });
}

void ServerSetup::checkAuditTriggers(const QSqlDatabase &db, QList<Finding> *findings)
{
    // The trail's own triggers (with those that let an entity be made once and its details
    // destroyed only with it) and the row trail's, the one on every audited table that records
    // its changes and describes a change made by hand, the one that freezes the keys tying rows
    // to their entities, the search index's guard, the proof of a destruction and the server's
    // moment of a request's registration, which bounds the KCC's window; a trigger switched off
    // is as bad as one dropped. And nobody but the owner role may write the trail or the row
    // trail.
    QSqlQuery query(db);
    // The SELECT's columns, in its order.
    enum Column {
        Disabled,
        TrailTriggers,
        DirectChangeTriggers,
        KeysFrozenTriggers,
        BsnGuardTriggers,
        OtherTriggers,
        TrailWriters
    };
    if (readRow(db,
                QStringLiteral(
                    "SELECT string_agg(c.relname || '.' || t.tgname, ', ' ORDER BY c.relname, "
                    "t.tgname) FILTER (WHERE t.tgenabled = 'D'), "
                    "count(*) FILTER (WHERE t.tgname IN ('audit_events_chain', "
                    "'audit_events_chain_seal', 'audit_events_append_only', "
                    "'audit_events_no_truncate', 'audit_events_made_once', "
                    "'audit_events_payloads_proof', 'audit_row_changes_append_only', "
                    "'audit_row_changes_no_truncate')), "
                    "count(*) FILTER (WHERE t.tgname LIKE '%\\_direct\\_change'), "
                    "count(*) FILTER (WHERE t.tgname LIKE '%\\_keys\\_frozen'), "
                    "count(*) FILTER (WHERE t.tgname LIKE '%\\_bsn\\_guard'), "
                    // The search index's guard, the proof of a destruction (review of 36), the
                    // registration's moment, the kinds kept from case_types and the notice
                    // before a restriction is lifted.
                    "count(*) FILTER (WHERE t.tgname IN ('case_search_truth', "
                    "'audit_events_destruction_proof', 'cases_registered_at', "
                    "'cases_types_key_derived', 'person_restrictions_lift_noticed')), "
                    "(SELECT string_agg(r.rolname, ', ' ORDER BY r.rolname) FROM pg_roles r "
                    "WHERE NOT r.rolsuper AND r.rolname <> pd_group('eigenaar') "
                    "AND r.rolname NOT LIKE 'pg\\_%' " // PostgreSQL's own: their members are named
                    "AND (has_table_privilege(r.oid, 'privacydesk.audit_events', "
                    "'INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER') "
                    "OR has_table_privilege(r.oid, 'privacydesk.audit_row_changes', "
                    "'INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER'))) "
                    "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE c.relnamespace = 'privacydesk'::regnamespace AND NOT t.tgisinternal"),
                &query)) {
        const QString disabled = query.value(Disabled).toString();
        const bool all = disabled.isEmpty() && query.value(TrailTriggers).toInt() == 8
            && query.value(DirectChangeTriggers).toInt() == auditedTables
            && query.value(KeysFrozenTriggers).toInt() == frozenTables
            && query.value(BsnGuardTriggers).toInt() == bsnGuardedTables
            && query.value(OtherTriggers).toInt() == 5;
        //: Dutch: "Audittrail: de server berekent de keten en staat alleen toevoegen toe."
        findings->append(
            { all,
              all ? tr("Audit trail: the server computes the chain and allows appending only.")
                  : disabled.isEmpty()
                  //: Dutch: "Audittrail: triggers van de server ontbreken of staan uit."
                  ? tr("Audit trail: the server's triggers are missing or disabled.")
                  //: Dutch: "Audittrail: triggers van de server staan uit: %1."
                  : tr("Audit trail: the server's triggers are disabled: %1.").arg(disabled) });
        if (const QString writers = query.value(TrailWriters).toString(); !writers.isEmpty())
            //: Dutch: "Audittrail: %1 mag er rechtstreeks in schrijven."
            findings->append(
                { false, tr("Audit trail: %1 may write into it directly.").arg(writers) });
    }
}

void ServerSetup::checkLogging(const QSqlDatabase &db, QList<Finding> *findings)
{
    using namespace Qt::StringLiterals;
    // Qt's PostgreSQL driver sends a statement's values in its text (EXECUTE … ('Jan', …)), so
    // any setting that logs the text logs the personal data in it (a secret goes by COPY,
    // sql::copyIn, and is never in a text). Each such setting, with
    // the value that stops it; a setting this login may not see (pg_settings hides those of
    // superusers) or a module not loaded is not there to name.
    struct Risk
    {
        const char *name;
        const char *safe; // what IT sets instead
        bool (*writes)(const QString &value);
    };
    static const Risk risks[] = {
        { "log_statement", "none",
          [](const QString &v) {
              return v == u"mod" || v == u"all";
          } },
        { "log_min_error_statement", "panic",
          [](const QString &v) {
              return v != u"log" && v != u"fatal" && v != u"panic";
          } },
        { "log_min_duration_statement", "-1",
          [](const QString &v) {
              return v.toInt() >= 0;
          } },
        { "log_min_duration_sample", "-1",
          [](const QString &v) {
              return v.toInt() >= 0;
          } },
        { "log_transaction_sample_rate", "0",
          [](const QString &v) {
              return v.toDouble() > 0;
          } },
        { "debug_print_parse", "off",
          [](const QString &v) {
              return v == u"on";
          } },
        { "debug_print_rewritten", "off",
          [](const QString &v) {
              return v == u"on";
          } },
        { "debug_print_plan", "off",
          [](const QString &v) {
              return v == u"on";
          } },
        { "auto_explain.log_min_duration", "-1",
          [](const QString &v) {
              return v.toInt() >= 0;
          } },
        { "pgaudit.log", "none",
          [](const QString &v) {
              return !v.isEmpty() && v != u"none";
          } },
    };
    QStringList names;
    for (const Risk &risk : risks)
        names << u'\'' + QLatin1StringView(risk.name) + u'\'';
    QSqlQuery query(db);
    enum Column { Name, Setting }; // the SELECT's columns, in its order
    if (!query.exec(QStringLiteral("SELECT name, setting FROM pg_settings WHERE name IN (%1)")
                        .arg(names.join(u", "_s)))) {
        //: Dutch: "Serverlog: de instellingen konden niet worden gelezen: %1"
        findings->append(
            { false,
              tr("Server log: the settings could not be read: %1").arg(query.lastError().text()) });
        return;
    }
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(Name).toString(), query.value(Setting).toString());
    QStringList found;
    QStringList fixes;
    for (const Risk &risk : risks) {
        const QString name = QLatin1StringView(risk.name);
        if (values.contains(name) && risk.writes(values.value(name))) {
            found << u"%1 = %2"_s.arg(name, values.value(name));
            fixes << u"ALTER DATABASE %1 SET %2 = '%3';"_s.arg(db.databaseName(), name,
                                                               QLatin1StringView(risk.safe));
        }
    }
    if (found.isEmpty()) {
        //: Dutch: "Serverlog: schrijft geen opdrachten met hun waarden (log_statement = %1,
        //: log_min_error_statement = %2)."
        findings->append({ true,
                           tr("Server log: writes no statements with their values "
                              "(log_statement = %1, log_min_error_statement = %2).")
                               .arg(values.value(u"log_statement"_s),
                                    values.value(u"log_min_error_statement"_s)) });
        return;
    }
    //: Dutch: "Serverlog: schrijft opdrachten met hun waarden weg, dus persoonsgegevens: %1.
    //: Zet dat als superuser uit voor deze database: %2"
    findings->append({ false,
                       tr("Server log: writes statements with their values, so personal data: "
                          "%1. As a superuser, switch that off for this database: %2")
                           .arg(found.join(u", "_s), fixes.join(u' ')) });
}

} // namespace pd
