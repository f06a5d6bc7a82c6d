#pragma once

#include "crypto/SecureBytes.h"
#include "session/Roles.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserAccount.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Store;
class StoreError;

// Role and Permission, and the table of what each role may do, are the session's
// (session/Roles.h): the session checks roles before a service writes.

struct UserError
{
    enum class Code {
        None,
        Denied, // the acting user's role does not allow it (recorded as user.denied)
        NotFound,
        Invalid, // empty name, unknown role, password too short
        Duplicate,
        LastBeheerder,
        RemoveSelf,
        WrongPassword,
        ServerLogin, // a server login with rights beyond the store: IT's to change
        Storage,
    };
    Code code = Code::None;
    QString message; // translated, for the user
    QString detail; // technical, no personal data
    bool isError() const { return code != Code::None; }
};

// The people who work with one store, their roles and their key slots. Every change is one
// audit event ("user.added", "user.removed", "user.password_changed", "user.password_reset",
// "recovery_key.regenerated") attributed to Store::userName(); every refused attempt is a
// "user.denied" event.
//
// Roles are enforced by this application, not by cryptography: every slot unlocks the same
// master key, so whoever holds a password and a copy of the files can read everything. A server
// database is the answer for enforced separation; this desktop store can only promise that the
// application refuses, and that removal rekeys (the old key opens nothing written afterwards).
//
// A store opened with the recovery key acts as beheerder: the recovery sheet is the
// organisation's way back in when the last beheerder's password is lost.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::UserService)
public:
    static constexpr qsizetype minimumPasswordLength = 10;

    UserService(Store &store, const Session &session);

    // Roles' (session/Roles.h), under the names the users module has always given them.
    static QString roleCode(Role role); // "beheerder", "functionaris", "kcc", "auditor"
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleName(Role role); // translated
    static bool roleMay(Role role, Permission permission);
    static QString normalisedLogin(const QString &userName);

    // Active users by login; with includeRemoved also the removed ones (their rows stay, so
    // that the audit trail's actors keep a name). A failed read sets *error (Storage) and
    // answers an empty list: never take that for "no users" without looking at *error.
    QList<UserAccount> list(bool includeRemoved = false, UserError *error = nullptr) const;
    // nullopt: there is no such user, or (with *error set) the read failed.
    std::optional<UserAccount> find(const QString &login, UserError *error = nullptr) const;

    // The acting user's account (display name, role); nullopt with the recovery key or when the
    // user is not an active user of the store.
    static std::optional<UserAccount> actingAccountOf(const Store &store);
    // A backup as the acting user (Permission::Backup, refusal recorded as user.denied), for the
    // desk's "Back-up maken…" and the CLI's backup --to alike: a new dated folder inside folder
    // (Store::backupInto at the clock's local time); *made: the folder written. False with
    // *denied set when the role may not, or with *failure set when the backup failed.
    static bool backupInto(const Session &session, const QString &folder, QString *made,
                           UserError *denied, StoreError *failure);
    // What pruneBackups did: the folders removed, oldest first; the folders named like a
    // backup that it kept because they are not recognisably backups of this store (not those of
    // another store: they are someone else's to keep); after a failure, the folder it stopped
    // at (also in removed when it went but its audit event could not be written).
    struct BackupPruning
    {
        QStringList removed;
        QStringList unidentified;
        QString failed;
    };
    // After a backup into folder (Permission::Backup, as backup()): keeps the newest keep (>= 1)
    // backups of this store in folder — always newest, the one just made — and removes the
    // older ones (Store::removeBackup, each a store.backup_removed event). Only folders of
    // BackupFolders' naming that identify as this store's; nothing else in folder is touched.
    // Stops at the first failure (*failure; result says what was removed before it).
    static bool pruneBackups(const Session &session, const QString &folder, int keep,
                             const QString &newest, BackupPruning *result, UserError *denied,
                             StoreError *failure);

    // A restore as the acting user, for the desk and the CLI alike: Store::restore (otherStore,
    // identities and beforeReplace as there: a backup of another store only when asked for),
    // which lets only a beheerder of the store as it will be (the backup's users) restore it.
    // Its refusal (StoreError::Code::PermissionDenied) leaves one user.denied event
    // ("store.restore", the backup folder as target) in the live store, opened with the same
    // user and password for that; when the live store cannot be opened (missing, locked) there
    // is nowhere to record it and a warning is logged.
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, const Clock &clock,
                        QString *safetyBackup, StoreError *error, bool otherStore = false,
                        Store::RestoreIdentities *identities = nullptr,
                        const Store::StagedWork &beforeReplace = {});
    // How many refusals the session and restore() recorded in this process: the CLI marks a
    // failure after a refusal with the one code [denied], whichever service refused.
    static int refusalsRecorded();

    // Beheerder only. A login removed earlier may be added again (a new slot, the row revived).
    bool add(const QString &login, const QString &displayName, Role role,
             const SecureBytes &password, UserError *error);
    // Beheerder only; never the last active beheerder, never the acting user. Removes the slot
    // and rekeys the database (Store::removeKeySlotAndRekey): needs no other open connection.
    bool remove(const QString &login, UserError *error);
    // Anyone for their own slot (the old password proves it); a beheerder for anyone whose
    // password they know. Rewraps only that slot.
    bool changePassword(const QString &login, const SecureBytes &oldPassword,
                        const SecureBytes &newPassword, UserError *error);
    // Beheerder only: the name letters are signed with and the documents name the user
    // by. Not empty, never a BSN; one user.display_name_changed event with old → new; the same
    // name again changes nothing and records nothing.
    bool setDisplayName(const QString &login, const QString &displayName, UserError *error);
    // Beheerder only: a new password for another user without the old one (their slot is
    // replaced; no rekey, because the user keeps access).
    bool resetPassword(const QString &login, const SecureBytes &newPassword, UserError *error);
    // Beheerder only: the new recovery key text, shown once; the old one no longer opens.
    QString regenerateRecoveryKey(UserError *error);

private:
    // The session's role check, with a refusal said as a UserError.
    static bool permitted(const Session &session, Permission permission, const QString &action,
                          const QString &target, UserError *error);
    // A failed read as *error, or a warning when the caller gave none.
    static void reportRead(const ServiceError &failure, UserError *error);
    // On a server store: false, with *error, for a login with rights beyond the store (the
    // database's owner, CREATEROLE, ...), whose password and removal are IT's.
    bool serverMayChange(const QString &login, UserError *error) const;
    // The active user with this login (normalised): NotFound in *error when there is none or
    // it was removed, the read's error when it failed.
    std::optional<UserAccount> activeAccount(const QString &login, UserError *error) const;
    // Every new password (add, change, reset) has at least minimumPasswordLength bytes.
    static bool longEnough(const SecureBytes &password, UserError *error);

    Store &m_store;
    Session m_session;
};

} // namespace pd
