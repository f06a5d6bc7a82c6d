#include "store/ServerSetup.h"

#include "audit/AuditLog.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/ServerAnchor.h"
#include "store/ServerBackup.h"
#include "store/ServerConnection.h"
#include "store/ServerLoginRepository.h"
#include "store/StorePrivate.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"
#include "util/TestCrashPoint.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace pd {

using namespace storedetail;

namespace {

// Role names are <database>_<group>: a database name that keeps them plain identifiers (and
// within PostgreSQL's 63 bytes with the longest suffix, "_functionaris").
bool usableDatabaseName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,49}$"));
    return pattern.match(name).hasMatch();
}

// As pd_valid_login in access.sql: PostgreSQL's role names are case-sensitive, a
// Privacydesk login is its normalised (lower-case) name.
bool usableLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._@-]{0,62}$"));
    return pattern.match(login).hasMatch();
}

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Runs one statement or a whole script, the failure of any of its statements an error.
bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    return sql::executeServerScript(db, sql, error);
}

bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    return std::all_of(statements.cbegin(), statements.cend(),
                       [&](const QString &sql) { return run(db, sql, error); });
}

// Commits; a refusal at commit (the server's deferred checks) says why in *error.
bool commit(QSqlDatabase &db, QString *error)
{
    if (sql::commitTransaction(db))
        return true;
    *error = db.lastError().text().trimmed();
    return false;
}

// One identifier in double quotes. Not QSqlDriver::escapeIdentifier: QPSQL's splits a name at
// every dot into schema and table ("j.devries" -> "j"."devries"), and logins have dots.
QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    Q_UNUSED(db)
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

// The role that owns a store's objects (ServerSetup's header).
QString ServerSetup::ownerRole(const QString &database)
{
    return database + QStringLiteral("_eigenaar");
}

QString ServerSetup::backupRole(const QString &database)
{
    return database + QStringLiteral("_backup");
}

QStringList ServerSetup::giveUpPowerSql(const QString &database, const QString &login,
                                        bool keepBackup)
{
    const QSqlDatabase none;
    QStringList statements;
    if (keepBackup)
        statements << QStringLiteral("GRANT %1 TO %2")
                          .arg(quoted(none, backupRole(database)), quoted(none, login));
    statements << QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(quoted(none, login));
    return statements;
}

// backup and upgrade need the store init made.
QString ServerSetup::noStoreYet(const QString &database)
{
    //: Dutch: "De database %1 bevat nog geen kluis: richt hem eerst in met server init."
    return tr("The database %1 holds no store yet: set it up with server init first.")
        .arg(database);
}

// The steps init and upgrade share. As ADMIN: the names checked, the connection opened, ADMIN
// found to own the database and to hold the power the work needs (Power), and whether the
// store's schema exists.
bool ServerSetup::connectAsOwner(const ServerLocation &location, const QString &login,
                                 const SecureBytes &password, const QString &connection,
                                 Power power, bool *storeExists, QString *error)
{
    if (!usableDatabaseName(location.database)) {
        //: Dutch: "De naam van de database (%1) moet met een kleine letter beginnen en mag alleen
        //: kleine letters, cijfers en _ bevatten (hoogstens 50 tekens): de rollen van de kluis
        //: heten ernaar."
        *error = tr("The database's name (%1) must begin with a lower-case letter and hold only "
                    "lower-case letters, digits and _ (at most 50 characters): the store's roles "
                    "are named after it.")
                     .arg(location.database);
        return false;
    }
    if (!usableLogin(login) || login != normalisedLogin(login)) {
        //: Dutch: "De gebruikersnaam %1 kan geen aanmelding op de server zijn: gebruik kleine
        //: letters, cijfers en . _ @ -."
        *error = tr("The user name %1 cannot be a login on the server: use lower-case letters, "
                    "digits and . _ @ -.")
                     .arg(login);
        return false;
    }
    if (!ServerConnection::open(location, login, password, connection, error))
        return false;
    QSqlQuery query(QSqlDatabase::database(connection, false));
    // The SELECT's columns, in its order.
    enum Column { OwnsDatabase, CreatesRoles, StoreExists, BackupMember };
    if (!query.exec(QStringLiteral("SELECT pg_get_userbyid(d.datdba) = current_user, "
                                   "r.rolcreaterole, to_regnamespace('privacydesk') IS NOT NULL, "
                                   "EXISTS (SELECT 1 FROM pg_roles b WHERE b.rolname = "
                                   "current_database() || '_backup' "
                                   "AND pg_has_role(current_user, b.oid, 'MEMBER')) "
                                   "FROM pg_database d, pg_roles r "
                                   "WHERE d.datname = current_database() "
                                   "AND r.rolname = current_user"))
        || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *storeExists = query.value(StoreExists).toBool();
    if (!query.value(OwnsDatabase).toBool()) {
        //: Dutch: "%1 moet eigenaar zijn van de database %2."
        *error = tr("%1 must own the database %2.").arg(login, location.database);
        return false;
    }
    const bool createsRoles
        = power == Power::CreateRole || (power == Power::CreateRoleIntoEmpty && !*storeExists);
    if (createsRoles && !query.value(CreatesRoles).toBool()) {
        //: Dutch: "%1 mag nu geen rollen aanmaken (CREATEROLE). server init, upgrade en restore
        //: hebben dat recht nodig zolang ze duren, en geven het daarna zelf weer op, zodat niemand
        //: zich buiten deze stappen eigenaar van de kluis kan maken. Laat IT het %1 voor deze keer
        //: geven, als superuser van de server (ALTER ROLE … CREATEROLE, zie de inrichting in de
        //: README)."
        *error = tr("%1 may not create roles now (CREATEROLE). server init, upgrade and restore "
                    "need that right while they run, and give it up themselves when they are "
                    "done, so that nobody can make itself the store's owner in between. Have IT "
                    "give it to %1 for this once, as the server's superuser (ALTER ROLE … "
                    "CREATEROLE, see the set-up in the README).")
                     .arg(login);
        return false;
    }
    if (power == Power::Backup && *storeExists && !query.value(BackupMember).toBool()) {
        //: Dutch: "%1 mag de kluis niet als %2 lezen, de rol waarmee een back-up wordt gemaakt.
        //: Een kluis die is ingericht met een eerdere versie van Privacydesk krijgt die rol met
        //: server upgrade."
        *error = tr("%1 may not read the store as %2, the role a backup is made as. A store set "
                    "up with an earlier version of Privacydesk gets that role with server "
                    "upgrade.")
                     .arg(login, backupRole(location.database));
        return false;
    }
    return true;
}

// Inside the transaction, acting as <database>_eigenaar (SET LOCAL ROLE): the pending schema
// steps, then the audit trail's and the access rules' objects, which may always run again.
bool ServerSetup::asOwner(const ServerLocation &location, const QString &login,
                          const SecureBytes &password, Power power, QString *error,
                          const std::function<bool(QSqlDatabase &, bool)> &work)
{
    const QString connection = uniqueConnectionName();
    bool done = false;
    {
        bool exists = false;
        const bool connected
            = connectAsOwner(location, login, password, connection, power, &exists, error);
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        done = connected && work(db, exists);
        if (!done && db.isOpen() && sql::isInTransaction(db))
            sql::rollbackTransaction(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

bool ServerSetup::buildAsOwner(QSqlDatabase &db, const QString &owner,
                               const std::function<bool()> &beforeScripts, QString *error)
{
    const QString audit = resourceText(QStringLiteral(":/server/audit.sql"));
    const QString bsnGuard = resourceText(QStringLiteral(":/server/bsnguard.sql"));
    const QString access = resourceText(QStringLiteral(":/server/access.sql"));
    QString migrationError;
    const QList<Migration> migrations
        = builtinMigrations(sql::Dialect::PostgreSQL, &migrationError);
    if (audit.isEmpty() || bsnGuard.isEmpty() || access.isEmpty() || migrations.isEmpty()) {
        *error
            = QStringLiteral("the server's SQL is missing from this build: %1").arg(migrationError);
        return false;
    }
    return run(db, QStringLiteral("SET LOCAL ROLE %1").arg(owner), error)
        && run(db, QStringLiteral("SET LOCAL search_path = privacydesk, pg_temp"), error)
        && applyMigrations(db, migrations, error) && beforeScripts() && run(db, audit, error)
        && run(db, bsnGuard, error) && run(db, access, error);
}

namespace {

// The store's group roles, quoted: <database>_beheerder, …
QString groupRoles(const QString &databaseName)
{
    const QSqlDatabase none;
    QStringList groups;
    for (const char *code : { "beheerder", "functionaris", "kcc", "auditor" })
        groups << quoted(none, databaseName + u'_' + QLatin1StringView(code));
    return groups.join(u", ");
}

QString searchPathSql(const QString &databaseName)
{
    return QStringLiteral("ALTER DATABASE %1 SET search_path = privacydesk, pg_temp")
        .arg(quoted(QSqlDatabase(), databaseName));
}

QString groupsConnectSql(const QString &databaseName)
{
    return QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
        .arg(quoted(QSqlDatabase(), databaseName), groupRoles(databaseName));
}

// Before pg_restore: nobody but the owner (and superusers) may connect until the restore has
// finished (ServerSetup::openToGroups).
QStringList closedToGroupsSql(const QString &databaseName)
{
    const QString database = quoted(QSqlDatabase(), databaseName);
    return { QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(database),
             QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM %2")
                 .arg(database, groupRoles(databaseName)) };
}

} // namespace

QStringList ServerSetup::databaseSettingsSql(const QString &databaseName)
{
    return { searchPathSql(databaseName), closedToGroupsSql(databaseName).first(),
             groupsConnectSql(databaseName) };
}

bool ServerSetup::openToGroups(QSqlDatabase &db, const QString &databaseName,
                               const std::function<bool()> &together, QString *error)
{
    Transaction whole(db);
    if (!whole.isOpen()) {
        *error = whole.errorText();
        return false;
    }
    if (!together() || !run(db, groupsConnectSql(databaseName), error))
        return false;
    crashPointForTests("restore-server-replayed");
    if (whole.commit())
        return true;
    *error = whole.errorText();
    return false;
}

std::optional<bool> ServerSetup::isOpenToGroups(const QSqlDatabase &db, QString *error)
{
    // The beheerder group stands for all four: they are given CONNECT together. A database
    // without the group (not a store of this server's roles) is not a restore's to hold.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT CASE WHEN to_regrole(quote_ident(current_database() || '_beheerder')) IS NULL "
            "THEN true ELSE has_database_privilege(current_database() || '_beheerder', "
            "current_database(), 'CONNECT') END"))
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toBool();
}

bool ServerSetup::init(const ServerLocation &location, const QString &admin,
                       const SecureBytes &password, const QString &organisationName, QString *error)
{
    const QString login = admin.trimmed();
    const bool done = asOwner(
        location, login, password, Power::CreateRoleIntoEmpty, error,
        [&](QSqlDatabase &db, bool exists) {
            if (exists) {
                //: Dutch: "De database %1 bevat al een kluis (schema privacydesk); er is niets
                //: veranderd."
                *error = tr("The database %1 holds a store already (schema privacydesk); nothing "
                            "was changed.")
                             .arg(location.database);
                return false;
            }
            const QString owner = quoted(db, ownerRole(location.database));
            const QString self = quoted(db, login);
            if (!sql::beginTransaction(db)) {
                *error = db.lastError().text();
                return false;
            }
            const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const auto identity = [&]() -> bool {
                const QList<std::pair<QString, QString>> rows {
                    { QStringLiteral("store_id"), storeId },
                    { QStringLiteral("created_at"), nowIso() },
                    { QStringLiteral("created_by_version"), QStringLiteral(PRIVACYDESK_VERSION) },
                    { QStringLiteral("organisation_name"), organisationName.trimmed() },
                    { QStringLiteral("demo"), QStringLiteral("0") },
                };
                for (const auto &[key, value] : rows) {
                    if (!MetaRepository::insertOnServer(db, key, value, error))
                        return false;
                }
                return true;
            };
            const bool built
                // The scripts' "does not exist, skipping" notices are not for the user.
                = run(db, QStringLiteral("SET LOCAL client_min_messages = warning"), error)
                && run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN CREATEROLE").arg(owner), error)
                && run(db, QStringLiteral("GRANT %1 TO %2").arg(owner, self), error)
                && run(db, QStringLiteral("CREATE SCHEMA privacydesk AUTHORIZATION %1").arg(owner),
                       error)
                && run(db,
                       QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA "
                                      "privacydesk"),
                       error)
                && buildAsOwner(db, owner, identity, error);
            if (!built)
                return false;
            if (!ServerLoginRepository::insertFirst(db, login, nowIso(), error))
                return false;
            QSqlError userError;
            if (!UserRepository::addFirstBeheerder(db, login, login,
                                                   QString(QStringLiteral("server:") + login),
                                                   nowIso(), &userError)) {
                *error = userError.text();
                return false;
            }
            // The first beheerder is recorded as every user after it is (UserService::add): the
            // server describes a users row by its user's event (audit.sql, pd_row_entity).
            const QList<AuditEntry> firstEvents {
                { login, QStringLiteral("store"), storeId, QStringLiteral("store.created"),
                  QJsonObject { { QStringLiteral("backend"), QStringLiteral("server") },
                                { QStringLiteral("organisation"), organisationName.trimmed() } } },
                { login, QStringLiteral("user"), login, QStringLiteral("user.added"),
                  QJsonObject { { QStringLiteral("display_name"), login },
                                { QStringLiteral("role"), QStringLiteral("beheerder") } } },
            };
            if (!AuditLog(db, storeId).appendBatch(firstEvents, error))
                return false;
            return run(db, QStringLiteral("RESET ROLE"), error)
                && runAll(db, databaseSettingsSql(location.database), error)
                && run(db, QStringLiteral("REVOKE %1 FROM %2").arg(owner, self), error)
                && runAll(db, giveUpPowerSql(location.database, login, true), error)
                && commit(db, error);
        });
    return done;
}

bool ServerSetup::upgrade(const ServerLocation &location, const QString &admin,
                          const SecureBytes &password, int *fromVersion, QString *error)
{
    const QString login = admin.trimmed();
    const bool done = asOwner(
        location, login, password, Power::CreateRole, error, [&](QSqlDatabase &db, bool exists) {
            if (!exists) {
                *error = noStoreYet(location.database);
                return false;
            }
            QSqlQuery path(db);
            if (!path.exec(QStringLiteral("SET search_path = privacydesk, pg_temp"))) {
                *error = path.lastError().text();
                return false;
            }
            *fromVersion = schemaVersion(db);
            if (*fromVersion > latestSchemaVersion()) {
                //: Dutch: "De kluis op de server heeft schemaversie %1, nieuwer dan deze versie
                //: van Privacydesk (%2): er is niets veranderd."
                *error = tr("The server store has schema version %1, newer than this version of "
                            "Privacydesk (%2): nothing was changed.")
                             .arg(*fromVersion)
                             .arg(latestSchemaVersion());
                return false;
            }
            const QString owner = quoted(db, ownerRole(location.database));
            const QString self = quoted(db, login);
            return sql::beginTransaction(db)
                && run(db, QStringLiteral("SET LOCAL client_min_messages = warning"), error)
                && run(db, QStringLiteral("GRANT %1 TO %2").arg(owner, self), error)
                && buildAsOwner(
                       db, owner, [] { return true; }, error)
                // Named in the trail, so that rows a step rewrites are not taken for a change
                // made by hand (audit.sql's sql.changed).
                && AuditLog(db, MetaRepository::value(db, QStringLiteral("store_id")))
                       .append(login, QStringLiteral("store"),
                               MetaRepository::value(db, QStringLiteral("store_id")),
                               QStringLiteral("store.upgraded"),
                               QJsonObject { { QStringLiteral("from"), *fromVersion },
                                             { QStringLiteral("to"), latestSchemaVersion() } },
                               error)
                && run(db, QStringLiteral("RESET ROLE"), error)
                && run(db, QStringLiteral("REVOKE %1 FROM %2").arg(owner, self), error)
                && runAll(db, giveUpPowerSql(location.database, login, true), error)
                && commit(db, error);
        });
    return done;
}

bool ServerSetup::backup(const ServerLocation &location, const QString &admin,
                         const SecureBytes &password, const SecureBytes &passphrase,
                         const QString &directory, QString *file, QString *error)
{
    const QString login = admin.trimmed();
    const bool done = asOwner(
        location, login, password, Power::Backup, error, [&](QSqlDatabase &db, bool exists) {
            if (!exists) {
                *error = noStoreYet(location.database);
                return false;
            }
            // <database>_backup reads every row past row-level security (its own policies) and
            // writes none: the dump never acts as the owner role.
            ServerBackupOptions options;
            options.role = backupRole(location.database);
            options.rowSecurity = true;
            if (!ServerBackup::backup(location, login, password, passphrase, directory, file, error,
                                      options))
                return false;
            // Named in the store's trail, like a backup of a store folder.
            QSqlQuery path(db);
            const QString storeId = path.exec(QStringLiteral("SET search_path = privacydesk, "
                                                             "pg_temp"))
                ? MetaRepository::value(db, QStringLiteral("store_id"))
                : QString();
            return sql::beginTransaction(db)
                && AuditLog(db, storeId)
                       .append(
                           login, QStringLiteral("store"), storeId,
                           QStringLiteral("store.backed_up"),
                           QJsonObject { { QStringLiteral("file"), QFileInfo(*file).fileName() },
                                         { QStringLiteral("backend"), QStringLiteral("server") } },
                           error)
                && commit(db, error);
        });
    return done;
}

bool ServerSetup::restore(const QString &file, const SecureBytes &passphrase,
                          const ServerLocation &location, const QString &admin,
                          const SecureBytes &password, const RecordedState::Sources &rows,
                          QString *error, bool *storeThere)
{
    const QString login = admin.trimmed();
    const bool done = asOwner(
        location, login, password, Power::CreateRoleIntoEmpty, error,
        [&](QSqlDatabase &db, bool exists) {
            if (exists) {
                if (storeThere)
                    *storeThere = true;
                //: Dutch: "De database %1 bevat al een kluis: een back-up wordt alleen in een
                //: lege database teruggezet. Er is niets veranderd."
                *error = tr("The database %1 holds a store already: a backup is restored into an "
                            "empty database only. Nothing was changed.")
                             .arg(location.database);
                return false;
            }
            const QString ownerName = ownerRole(location.database);
            QSqlQuery roles(db);
            if (!sql::execute(roles,
                              QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                              { ownerName })
                || !roles.next()) {
                *error = roles.lastError().text();
                return false;
            }
            if (roles.value(0).toInt() != 1) {
                //: Dutch: "De rollen van de kluis (%1 en de groepsrollen) ontbreken op deze
                //: server. Zet een back-up terug in een lege database met dezelfde naam, op de
                //: server waar de kluis stond (of zet eerst de rollen van de server terug)."
                *error = tr("The store's roles (%1 and the group roles) are missing on this "
                            "server. Restore a backup into an empty database of the same name, on "
                            "the server the store lived on (or restore the server's roles first).")
                             .arg(ownerName);
                return false;
            }
            const QString owner = quoted(db, ownerName);
            const QString self = quoted(db, login);
            const QString database = quoted(db, location.database);
            // The owner role makes the schema and the extension again: CREATE on the database
            // for the time of the restore. The groups may not connect until the restore has
            // destroyed again what was destroyed after the backup (openToGroups).
            if (!runAll(db, closedToGroupsSql(location.database), error)
                || !run(db, QStringLiteral("GRANT %1 TO %2").arg(owner, self), error)
                || !run(db,
                        QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(database, owner),
                        error))
                return false;
            ServerBackupOptions options;
            options.role = ownerName;
            const bool restored = ServerBackup::restore(file, passphrase, location, login, password,
                                                        error, options);
            QString tidyError;
            const bool tidied
                = run(db,
                      QStringLiteral("REVOKE CREATE ON DATABASE %1 FROM %2").arg(database, owner),
                      &tidyError)
                && (!restored || run(db, searchPathSql(location.database), &tidyError))
                && run(db, QStringLiteral("REVOKE %1 FROM %2").arg(owner, self), &tidyError)
                // Restored: ADMIN gives CREATEROLE up, as after init and upgrade. A restore that
                // failed keeps it, so that IT can try again.
                && (!restored
                    || runAll(db, giveUpPowerSql(location.database, login, false), &tidyError));
            if (!restored)
                return false;
            if (!tidied) {
                *error = tidyError;
                return false;
            }
            return true;
        });
    return done && recordRestore(file, location, login, password, rows, error);
}

bool ServerSetup::recordRestore(const QString &file, const ServerLocation &location,
                                const QString &login, const SecureBytes &password,
                                const RecordedState::Sources &rows, QString *error)
{
    // The trail put back is the one this computer keeps from now on (ServerAnchor): a restore
    // of an older backup is a rollback on purpose, said to the other computers until a beheerder
    // accepts it there (verify --accept-rollback).
    StoreError openError;
    {
        const auto restored
            = Store::openServer(location, login, password, &openError, Store::Restoring::Yes);
        ServerAnchor::Head head;
        if (restored
            && !ServerAnchor::accept(restored->database(),
                                     restored->storeId().toString(QUuid::WithoutBraces), &head,
                                     error))
            return false;
    }
    // The restored store, opened as ADMIN: its chain verifies and the restore is in its trail.
    const auto store
        = Store::openServer(location, login, password, &openError, Store::Restoring::Yes);
    if (!store) {
        //: Dutch: "De back-up is teruggezet, maar de kluis opent niet als %1: %2"
        *error = tr("The backup was restored, but the store does not open as %1: %2")
                     .arg(login, openError.message());
        return false;
    }
    QStringList problems;
    if (!store->verify(&problems, rows)) {
        //: Dutch: "De back-up is teruggezet, maar de controle vond: %1"
        *error = tr("The backup was restored, but the check found: %1").arg(problems.join(u"; "));
        return false;
    }
    QSqlDatabase db = store->database();
    const QString storeId = store->storeId().toString(QUuid::WithoutBraces);
    if (!sql::beginTransaction(db)
        || !AuditLog(db, storeId)
                .append(login, QStringLiteral("store"), storeId, QStringLiteral("store.restored"),
                        QJsonObject { { QStringLiteral("file"), QFileInfo(file).fileName() },
                                      { QStringLiteral("backend"), QStringLiteral("server") } },
                        error)
        || !commit(db, error)) {
        sql::rollbackTransaction(db);
        return false;
    }
    return true;
}

} // namespace pd
