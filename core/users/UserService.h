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

// Roles are enforced by the application, not by cryptography: every slot unlocks the same master
// key, so only a server database separates them; removal rekeys. A store opened with the recovery
// key acts as beheerder.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::UserService)
public:
    static constexpr qsizetype minimumPasswordLength = 10;

    UserService(Store &store, const Session &session);

    static QString roleCode(Role role); // "beheerder", "functionaris", "kcc", "auditor"
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleName(Role role); // translated
    static bool roleMay(Role role, Permission permission);
    static QString normalisedLogin(const QString &userName);

    // A failed read sets *error and answers an empty list: never take that for "no users".
    QList<UserAccount> list(bool includeRemoved = false, UserError *error = nullptr) const;
    // nullopt: no such user, or (with *error set) the read failed.
    std::optional<UserAccount> find(const QString &login, UserError *error = nullptr) const;

    static std::optional<UserAccount> actingAccountOf(const Store &store);
    static bool backupInto(const Session &session, const QString &folder, QString *made,
                           UserError *denied, StoreError *failure);
    struct BackupPruning
    {
        QStringList removed;
        QStringList unidentified;
        QString failed;
    };
    // Only folders that identify as this store's backups; nothing else in folder is touched.
    static bool pruneBackups(const Session &session, const QString &folder, int keep,
                             const QString &newest, BackupPruning *result, UserError *denied,
                             StoreError *failure);

    // Only a beheerder of the store as it will be may restore; a refusal is recorded in the live
    // store when it can be opened.
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, const Clock &clock,
                        QString *safetyBackup, StoreError *error, bool otherStore = false,
                        Store::RestoreIdentities *identities = nullptr,
                        const Store::StagedWork &beforeReplace = {});
    static int refusalsRecorded();

    // A login removed earlier may be added again.
    bool add(const QString &login, const QString &displayName, Role role,
             const SecureBytes &password, UserError *error);
    // Never the last active beheerder, never the acting user; rekeys the database.
    bool remove(const QString &login, UserError *error);
    bool changePassword(const QString &login, const SecureBytes &oldPassword,
                        const SecureBytes &newPassword, UserError *error);
    bool setDisplayName(const QString &login, const QString &displayName, UserError *error);
    bool resetPassword(const QString &login, const SecureBytes &newPassword, UserError *error);
    QString regenerateRecoveryKey(UserError *error);

private:
    static bool permitted(const Session &session, Permission permission, const QString &action,
                          const QString &target, UserError *error);
    static void reportRead(const ServiceError &failure, UserError *error);
    // A server login with rights beyond the store is IT's to change.
    bool serverMayChange(const QString &login, UserError *error) const;
    std::optional<UserAccount> activeAccount(const QString &login, UserError *error) const;
    static bool longEnough(const SecureBytes &password, UserError *error);

    Store &m_store;
    Session m_session;
};

} // namespace pd
