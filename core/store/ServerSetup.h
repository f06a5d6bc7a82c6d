#pragma once

#include "audit/RecordedState.h"
#include "crypto/SecureBytes.h"
#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

// Setting up and checking a store on a PostgreSQL server: `privacydesk-cli --store
// URI --user ADMIN server init` and `server check`.
//
// init runs as ADMIN, a login role that owns the (empty) database and may create roles
// (CREATEROLE); in ONE transaction, so that a failure leaves the database as it was:
//   - the role <database>_eigenaar (NOLOGIN, CREATEROLE) that owns everything of the store, and
//     for the time of init ADMIN's membership in it;
//   - the schema privacydesk owned by it, the extension unaccent in it;
//   - the tables (resources/migrations/pg, as eigenaar), the store's identity in meta, the
//     audit trail's server-side chain (resources/server/audit.sql), the four group roles with
//     their privileges and row-level security (resources/server/access.sql);
//   - ADMIN as the first beheerder (a users row; its login joins <database>_beheerder), the
//     first audit event store.created;
//   - the database's search_path, CONNECT only for the four groups, and ADMIN's membership in
//     eigenaar revoked again, <database>_backup given for its backups, and ADMIN's own
//     CREATEROLE given up: from then on ADMIN works as a beheerder like any other and
//     cannot make itself the owner role; upgrade and restore need CREATEROLE from IT again.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerSetup)
public:
    static bool init(const ServerLocation &location, const QString &admin,
                     const SecureBytes &password, const QString &organisationName, QString *error);
    // `server upgrade`: the schema steps this version has and the server store lacks, and the
    // audit trail's and access rules' objects renewed; as init, by ADMIN, in one transaction.
    // *fromVersion: the schema version found.
    static bool upgrade(const ServerLocation &location, const QString &admin,
                        const SecureBytes &password, int *fromVersion, QString *error);

    // `backup --to DIR` on a server store: pg_dump, encrypted with the backup passphrase
    // (ServerBackup), by ADMIN acting as <database>_backup (it reads every row past row-level
    // security and writes none); recorded as store.backed_up. *file: the new file.
    static bool backup(const ServerLocation &location, const QString &admin,
                       const SecureBytes &password, const SecureBytes &passphrase,
                       const QString &directory, QString *file, QString *error);
    // `restore --from FILE` on a server: into the EMPTY database of the same name on the server
    // whose roles the store has (its owner and group roles, its logins), by ADMIN (owner of the
    // database, CREATEROLE) acting as the owner role; then the database's settings that pg_dump
    // does not carry (search_path, CONNECT for the groups), the store opened as ADMIN, its chain
    // verified (with the rows against their trail: rows is cases/TrailRows::all()), and
    // store.restored recorded. The database stays closed to the store's groups (openToGroups).
    // Refused because the database holds a store already, *storeThere (when given) is set: the
    // caller may read that store before IT drops the database, or finish its restore.
    static bool restore(const QString &file, const SecureBytes &passphrase,
                        const ServerLocation &location, const QString &admin,
                        const SecureBytes &password, const RecordedState::Sources &rows,
                        QString *error, bool *storeThere = nullptr);

    struct Finding
    {
        bool ok = false;
        QString what; // translated: what was checked and what was found
    };
    // What `server check` reports over an open server store's connection: the connection's
    // encryption (TLS or a unix socket), the group roles and their members, row-level security
    // on the tables that need it, the audit trail's triggers, the schema version.
    // And who can become the owner of the store's tables: trusted are the server's
    // superusers and the database's owner login; any other login that could, or any login that
    // holds the owner role or a role that acts as the server's OS user, is a failed finding.
    static QList<Finding> check(const QSqlDatabase &db);

    // What a store's database needs and neither pg_dump nor a copy of the database (CREATE
    // DATABASE ... TEMPLATE) carries: the store's schema first for every session, and CONNECT for
    // the store's groups only. The statements init and restore run, as the database's owner.
    static QStringList databaseSettingsSql(const QString &databaseName);

    // A restore keeps the database closed to the store's groups (no CONNECT) from before
    // pg_restore until what was destroyed after the backup has been destroyed again
    // (RetentionService::restoreServer): openToGroups runs together (that replay) and gives the
    // groups CONNECT in one transaction on db (as the database's owner). False when together
    // failed (it says why), or with *error when the grant or the commit failed; then nothing of
    // either stays. While it is closed, Store::openServer opens the store only for that restore.
    static bool openToGroups(QSqlDatabase &db, const QString &databaseName,
                             const std::function<bool()> &together, QString *error);
    // Whether the store's groups may connect to db's database: false while a restore has not
    // finished; nullopt with *error when that could not be read.
    static std::optional<bool> isOpenToGroups(const QSqlDatabase &db, QString *error);

private:
    // The role that owns a store's objects: <database>_eigenaar.
    static QString ownerRole(const QString &database);
    // The role the owner login's backup acts as: <database>_backup (access.sql).
    static QString backupRole(const QString &database);
    // The parts of check() (ServerCheck.cpp), in its order; each appends its findings.
    // checkConnection is false when the server could not be read at all (then that is the one
    // finding).
    static bool checkConnection(const QSqlDatabase &db, QList<Finding> *findings);
    static void checkGroupRoles(const QSqlDatabase &db, QList<Finding> *findings);
    // The trail's own triggers, those of the audited tables, and who may write the trail.
    static void checkAuditTriggers(const QSqlDatabase &db, QList<Finding> *findings);
    static void checkWhoIsTrusted(const QSqlDatabase &db, QList<Finding> *findings);
    // The server's logging settings, as they apply to this connection, that would write the
    // text of statements (and so their values: names, notes, the mailbox's secret) to its log.
    static void checkLogging(const QSqlDatabase &db, QList<Finding> *findings);
    // checkWhoIsTrusted's parts: the logins with a right over the owner role (*superusers: those
    // that are superusers), and the store's objects owned by another role. False when they could
    // not be read (a failed finding says so).
    static bool checkPowerfulLogins(const QSqlDatabase &db, QList<Finding> *findings,
                                    QStringList *superusers);
    static bool checkForeignOwners(const QSqlDatabase &db, QList<Finding> *findings);
    static void ownersUnreadable(const QSqlQuery &failed, QList<Finding> *findings);
    // The bodies of the store's functions, and the settings they run with (proconfig), against
    // those Privacydesk's own SQL gives them (ServerFunctions.cpp): a function replaced, given
    // other settings, added or dropped by a login that once held the owner role is a failed
    // finding.
    static void checkFunctions(const QSqlDatabase &db, QList<Finding> *findings);
    // restore() after pg_restore: the trail put back accepted as the one this computer keeps
    // (ServerAnchor), the store opened and verified as ADMIN, and the restore in its trail.
    static bool recordRestore(const QString &file, const ServerLocation &location,
                              const QString &login, const SecureBytes &password,
                              const RecordedState::Sources &rows, QString *error);
    // What ADMIN must hold besides owning the database: CREATEROLE for init, upgrade
    // and restore, which act as the owner role and give CREATEROLE up when they are done (IT gives
    // it for the occasion; init and restore need it only when there is no store to refuse);
    // membership in <database>_backup for a backup, which never acts as the owner role.
    enum class Power { CreateRole, CreateRoleIntoEmpty, Backup };
    // A connection as ADMIN (connectAsOwner) for work, given whether the store exists; rolled
    // back if work fails inside a transaction, closed and removed in every case.
    static bool asOwner(const ServerLocation &location, const QString &login,
                        const SecureBytes &password, Power power, QString *error,
                        const std::function<bool(QSqlDatabase &, bool)> &work);
    // The statements that end init, upgrade and restore as ADMIN: ADMIN keeps
    // <database>_backup for its backups (not after a restore, which leaves memberships alone)
    // and gives CREATEROLE up, so that it can no longer make itself the owner role.
    static QStringList giveUpPowerSql(const QString &database, const QString &login,
                                      bool keepBackup);
    static QString noStoreYet(const QString &database);
    static bool connectAsOwner(const ServerLocation &location, const QString &login,
                               const SecureBytes &password, const QString &connection, Power power,
                               bool *storeExists, QString *error);
    static bool buildAsOwner(QSqlDatabase &db, const QString &owner,
                             const std::function<bool()> &beforeScripts, QString *error);
};

} // namespace pd
