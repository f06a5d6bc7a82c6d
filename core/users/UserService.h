#pragma once

#include "crypto/SecureBytes.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Store;

// The four roles of issue 8. Stored as their code in users.role.
enum class Role { Beheerder, Functionaris, Kcc, Auditor };

// What a role may do. The user-management half is enforced here; the case, register and
// report actions are listed so that the services can ask the same table later.
enum class Permission {
    ManageUsers, // add, remove, reset another user's password
    RegenerateRecoveryKey,
    Backup,
    Restore,
};

struct UserAccount
{
    QString login; // normalised (trimmed, case-folded): the user name the keyring knows
    QString displayName;
    Role role = Role::Functionaris;
    QString keySlot; // the keyring slot id; empty once removed
    QDateTime created; // UTC
    QDateTime removed; // UTC; invalid while active
    bool isActive() const { return !removed.isValid(); }
};

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

    explicit UserService(Store &store, const Clock &clock = systemClock());

    static QString roleCode(Role role); // "beheerder", "functionaris", "kcc", "auditor"
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleName(Role role); // translated
    static bool roleMay(Role role, Permission permission);
    static QString normalisedLogin(const QString &userName);

    // Active users by login; with includeRemoved also the removed ones (their rows stay, so
    // that the audit trail's actors keep a name).
    QList<UserAccount> list(bool includeRemoved = false) const;
    std::optional<UserAccount> find(const QString &login) const;
    // The acting user's role: Beheerder with the recovery key, nullopt for a slot without an
    // active user row (which may do nothing).
    std::optional<Role> actingRole() const;

    // True when the acting user may; otherwise records user.denied (action, target) and sets
    // *error to Denied.
    bool authorize(Permission permission, const QString &action, const QString &target,
                   UserError *error);

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
    // Beheerder only: a new password for another user without the old one (their slot is
    // replaced; no rekey, because the user keeps access).
    bool resetPassword(const QString &login, const SecureBytes &newPassword, UserError *error);
    // Beheerder only: the new recovery key text, shown once; the old one no longer opens.
    QString regenerateRecoveryKey(UserError *error);

private:
    bool record(const QString &entityId, const QString &action, const QJsonObject &payload,
                UserError *error);
    UserError storageError(const QString &detail) const;
    int activeBeheerders() const;

    Store &m_store;
    const Clock &m_clock;
};

} // namespace pd
