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

// Setting up and checking a store on a PostgreSQL server. init runs as ADMIN, who owns the empty
// database and has CREATEROLE, in one transaction; at its end ADMIN gives CREATEROLE up, so that
// it cannot make itself the owner role.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerSetup)
public:
    static bool init(const ServerLocation &location, const QString &admin,
                     const SecureBytes &password, const QString &organisationName, QString *error);
    // As init, by ADMIN, in one transaction. *fromVersion: the schema version found.
    static bool upgrade(const ServerLocation &location, const QString &admin,
                        const SecureBytes &password, int *fromVersion, QString *error);

    // By ADMIN acting as <database>_backup, which reads every row past row-level security.
    static bool backup(const ServerLocation &location, const QString &admin,
                       const SecureBytes &password, const SecureBytes &passphrase,
                       const QString &directory, QString *file, QString *error);
    // Into the EMPTY database, as the owner role; the database stays closed to the groups
    // (openToGroups). *storeThere when refused because a store is there already.
    static bool restore(const QString &file, const SecureBytes &passphrase,
                        const ServerLocation &location, const QString &admin,
                        const SecureBytes &password, const RecordedState::Sources &rows,
                        QString *error, bool *storeThere = nullptr);

    struct Finding
    {
        bool ok = false;
        QString what; // translated: what was checked and what was found
    };
    // Also who can become the owner of the store's tables: only superusers and the database's
    // owner login are trusted.
    static QList<Finding> check(const QSqlDatabase &db);

    // What neither pg_dump nor CREATE DATABASE ... TEMPLATE carries.
    static QStringList databaseSettingsSql(const QString &databaseName);

    // Runs together (the replay of destructions since the backup) and grants CONNECT in one
    // transaction; until then Store::openServer opens the store only for that restore.
    static bool openToGroups(QSqlDatabase &db, const QString &databaseName,
                             const std::function<bool()> &together, QString *error);
    // nullopt with *error when unreadable.
    static std::optional<bool> isOpenToGroups(const QSqlDatabase &db, QString *error);

private:
    static QString ownerRole(const QString &database);
    static QString backupRole(const QString &database);
    static bool checkConnection(const QSqlDatabase &db, QList<Finding> *findings);
    static void checkGroupRoles(const QSqlDatabase &db, QList<Finding> *findings);
    static void checkAuditTriggers(const QSqlDatabase &db, QList<Finding> *findings);
    static void checkWhoIsTrusted(const QSqlDatabase &db, QList<Finding> *findings);
    // Settings that would log statements' text, and with it their values (names, notes, secrets).
    static void checkLogging(const QSqlDatabase &db, QList<Finding> *findings);
    static bool checkPowerfulLogins(const QSqlDatabase &db, QList<Finding> *findings,
                                    QStringList *superusers);
    static bool checkForeignOwners(const QSqlDatabase &db, QList<Finding> *findings);
    static void ownersUnreadable(const QSqlQuery &failed, QList<Finding> *findings);
    // A function replaced, given other settings, added or dropped is a failed finding.
    static void checkFunctions(const QSqlDatabase &db, QList<Finding> *findings);
    static bool recordRestore(const QString &file, const ServerLocation &location,
                              const QString &login, const SecureBytes &password,
                              const RecordedState::Sources &rows, QString *error);
    enum class Power { CreateRole, CreateRoleIntoEmpty, Backup };
    static bool asOwner(const ServerLocation &location, const QString &login,
                        const SecureBytes &password, Power power, QString *error,
                        const std::function<bool(QSqlDatabase &, bool)> &work);
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
