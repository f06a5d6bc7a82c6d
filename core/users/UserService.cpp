#include "users/UserService.h"

#include "domain/BsnGuard.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/BackupFolders.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "users/IntakeDraftRepository.h"
#include "util/TestCrashPoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

namespace pd {

Q_LOGGING_CATEGORY(lcUsers, "privacydesk.users")

namespace {

const QString userEntity = QStringLiteral("user");

// What a unit of work or a repository read said, as the users module says it.
UserError userError(const ServiceError &error)
{
    switch (error.code) {
    case ServiceError::Code::None:
        return {};
    case ServiceError::Code::Denied:
        return { UserError::Code::Denied, error.message, error.detail };
    case ServiceError::Code::NotFound:
        return { UserError::Code::NotFound, error.message, error.detail };
    case ServiceError::Code::Invalid:
    case ServiceError::Code::BsnRefused:
        return { UserError::Code::Invalid, error.message, error.detail };
    case ServiceError::Code::Storage:
    case ServiceError::Code::Conflict:
        break;
    }
    return { UserError::Code::Storage, error.message, error.detail };
}

// A users row as the users module sees it: the role read from its code (an unknown code reads as
// the auditor's, the role that writes nothing).
UserAccount accountFrom(const UserRepository::Row &row)
{
    return { row.login,   row.displayName, Roles::fromCode(row.roleCode).value_or(Role::Auditor),
             row.keySlot, row.created,     row.removed };
}

// The user with this (normalised) login, read on db: *found empty when there is none.
bool findAccount(const QSqlDatabase &db, const QString &login, std::optional<UserAccount> *found,
                 ServiceError *error)
{
    found->reset();
    std::optional<UserRepository::Row> row;
    if (!UserRepository::find(db, login, &row, error))
        return false;
    if (row)
        *found = accountFrom(*row);
    return true;
}

UserError keyError(const StoreError &error)
{
    switch (error.code()) {
    case StoreError::Code::WrongPassword:
        return { UserError::Code::WrongPassword, error.message(), error.detail() };
    case StoreError::Code::AlreadyExists:
        return { UserError::Code::Duplicate, UserService::tr("This user already has a key slot."),
                 error.detail() };
    default:
        return { UserError::Code::Storage, error.message(), error.detail() };
    }
}

// The unit's refusal, told as the user service tells its errors.
bool unitPermitted(UnitOfWork &unit, ServiceError *failure, UserError *error)
{
    if (unit.permit(failure))
        return true;
    *error = userError(*failure);
    return false;
}

// A change of the keyring inside a unit: when it fails, the unit fails (and rolls back) with it,
// and the user is told the keyring's own error rather than the unit's.
struct KeyChange
{
    StoreError failure; // for the store's call to fill
    UserError problem;

    // Always false: `return key.failed(why);`.
    bool failed(ServiceError *why)
    {
        problem = keyError(failure);
        *why = { ServiceError::Code::Storage, problem.message, {}, problem.detail };
        return false;
    }

    UserError reported(const ServiceError &unitFailure) const
    {
        return problem.isError() ? problem : userError(unitFailure);
    }
};

} // namespace

UserService::UserService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{ }

QString UserService::roleCode(Role role)
{
    return Roles::code(role);
}

std::optional<Role> UserService::roleFromCode(const QString &code)
{
    return Roles::fromCode(code);
}

QString UserService::roleName(Role role)
{
    return Roles::name(role);
}

bool UserService::roleMay(Role role, Permission permission)
{
    return Roles::may(role, permission);
}

QString UserService::normalisedLogin(const QString &userName)
{
    return Roles::normalisedLogin(userName);
}

QList<UserAccount> UserService::list(bool includeRemoved, UserError *error) const
{
    QList<UserRepository::Row> rows;
    ServiceError failure;
    if (!UserRepository::list(m_store.database(), includeRemoved, &rows, &failure))
        reportRead(failure, error);
    else if (error)
        *error = {};
    QList<UserAccount> accounts;
    for (const UserRepository::Row &row : std::as_const(rows))
        accounts << accountFrom(row);
    return accounts;
}

std::optional<UserAccount> UserService::find(const QString &login, UserError *error) const
{
    std::optional<UserAccount> account;
    ServiceError failure;
    if (!findAccount(m_store.database(), normalisedLogin(login), &account, &failure))
        reportRead(failure, error);
    else if (error)
        *error = {};
    return account;
}

void UserService::reportRead(const ServiceError &failure, UserError *error)
{
    if (error) {
        *error = userError(failure);
        return;
    }
    // A caller that cannot say it (none in the application) still leaves a trace.
    qCWarning(lcUsers) << "reading the users failed:" << failure.detail;
}

bool UserService::longEnough(const SecureBytes &password, UserError *error)
{
    if (password.size() >= minimumPasswordLength)
        return true;
    *error = { UserError::Code::Invalid,
               tr("The password must have at least %n character(s).", nullptr,
                  static_cast<int>(minimumPasswordLength)),
               {} };
    return false;
}

bool UserService::permitted(const Session &session, Permission permission, const QString &action,
                            const QString &target, UserError *error)
{
    *error = {};
    ServiceError denied;
    if (session.permit(permission, action, target, &denied))
        return true;
    *error = { UserError::Code::Denied, denied.message, denied.detail };
    return false;
}

bool UserService::backupInto(const Session &session, const QString &folder, QString *made,
                             UserError *denied, StoreError *failure)
{
    const Store &store = session.store();
    *failure = {};
    made->clear();
    if (!permitted(session, Permission::Backup, QStringLiteral("store.backup"),
                   QDir(folder).absolutePath(), denied))
        return false;
    return store.backupInto(folder, organisationTime(session.clock().now()), made, failure);
}

bool UserService::pruneBackups(const Session &session, const QString &folder, int keep,
                               const QString &newest, BackupPruning *result, UserError *denied,
                               StoreError *failure)
{
    const Store &store = session.store();
    *failure = {};
    *result = {};
    const QString parent = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!permitted(session, Permission::Backup, QStringLiteral("store.backup_remove"), parent,
                   denied))
        return false;
    if (keep < 1) {
        *failure = { StoreError::Code::Internal, QStringLiteral("keep below 1") };
        return false;
    }
    QStringList names;
    if (!BackupFolders::list(parent, &names, failure))
        return false;
    const QString kept = QDir::cleanPath(QFileInfo(newest).absoluteFilePath());
    const QUuid storeId = store.storeId();
    QStringList own; // this store's backups other than the newest, oldest first
    for (const QString &name : std::as_const(names)) {
        const QString path = QDir(parent).filePath(name);
        if (path == kept)
            continue;
        switch (BackupFolders::identify(path, storeId)) {
        case BackupFolders::Identity::ThisStore:
            own.append(path);
            break;
        case BackupFolders::Identity::OtherStore:
            break;
        case BackupFolders::Identity::Unknown:
            result->unidentified.append(path);
            break;
        }
    }
    const qsizetype surplus = own.size() - (keep - 1);
    for (qsizetype i = 0; i < surplus; ++i) {
        bool removed = false;
        const bool ok = store.removeBackup(own.at(i), &removed, failure);
        if (removed)
            result->removed.append(own.at(i));
        if (!ok) {
            result->failed = own.at(i);
            return false;
        }
    }
    return true;
}

std::optional<UserAccount> UserService::actingAccountOf(const Store &store)
{
    if (store.openedWithRecoveryKey())
        return std::nullopt;
    std::optional<UserAccount> account;
    ServiceError failure;
    if (!findAccount(store.database(), normalisedLogin(store.userName()), &account, &failure)) {
        qCWarning(lcUsers) << "reading the acting user failed:" << failure.detail;
        return std::nullopt;
    }
    if (!account || !account->isActive())
        return std::nullopt;
    return account;
}

bool UserService::serverMayChange(const QString &login, UserError *error) const
{
    if (!m_store.isServer())
        return true;
    // The server refuses it too (pd_login_privileged in resources/server/access.sql); asked first
    // so that the administrator reads why instead of an internal error.
    bool privileged = false;
    ServiceError failure;
    if (!UserRepository::serverLoginPrivileged(m_store.database(), login, &privileged, &failure)) {
        *error = userError(failure);
        return false;
    }
    if (!privileged)
        return true;
    //: Dutch: "%1 heeft op de server meer rechten dan deze kluis (eigenaar van de database,
    //: rollen aanmaken, superuser of BYPASSRLS): die aanmelding wijzigt of verwijdert IT op de
    //: server zelf."
    *error = { UserError::Code::ServerLogin,
               tr("%1 has rights on the server beyond this store (owner of the database, "
                  "creating roles, superuser or BYPASSRLS): IT changes or removes that login on "
                  "the server itself.")
                   .arg(login),
               {} };
    return false;
}

int UserService::refusalsRecorded()
{
    return Session::refusalsRecorded();
}

bool UserService::restore(const QString &backupDirectory, const QString &storeDirectory,
                          const QString &userName, const SecureBytes &password, const Clock &clock,
                          QString *safetyBackup, StoreError *error, bool otherStore,
                          Store::RestoreIdentities *identities,
                          const Store::StagedWork &beforeReplace)
{
    if (Store::restore(backupDirectory, storeDirectory, userName, password, safetyBackup, error,
                       otherStore, identities, beforeReplace))
        return true;
    if (error->code() != StoreError::Code::PermissionDenied)
        return false;
    StoreError openError;
    const std::unique_ptr<Store> live = Store::open(storeDirectory, userName, password, &openError);
    if (!live) {
        Session::countUnrecordedRefusal();
        qCWarning(lcUsers) << "a refused restore could not be recorded:"
                           << StoreError::codeName(openError.code());
        return false;
    }
    Session::recordRefusal(*live, clock, Session(*live, clock).role(),
                           QStringLiteral("store.restore"), QDir(backupDirectory).absolutePath());
    return false;
}

bool UserService::add(const QString &login, const QString &displayName, Role role,
                      const SecureBytes &password, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    UnitOfWork unit(m_session, Permission::ManageUsers, QStringLiteral("user.add"), name);
    ServiceError failure;
    if (!unitPermitted(unit, &failure, error))
        return false;
    if (name.isEmpty() || name.contains(u' ')) {
        *error = { UserError::Code::Invalid, tr("A user name is required, without spaces."), {} };
        return false;
    }
    if (!longEnough(password, error))
        return false;
    const std::optional<UserAccount> existing = find(name, error);
    if (error->isError())
        return false;
    if ((existing && existing->isActive()) || m_store.hasKeySlot(name)) {
        *error = { UserError::Code::Duplicate, tr("The user %1 exists already.").arg(name), {} };
        return false;
    }
    UserAccount account;
    account.login = name;
    account.displayName = displayName.trimmed().isEmpty() ? login.trimmed() : displayName.trimmed();
    account.role = role;
    account.created = m_session.clock().now();
    // Names stand in the keyring and on every letter: never a BSN, however disguised.
    if (const QList<BsnFinding> found = findBsnNumbers(QString(name + u'\n' + account.displayName));
        !found.isEmpty()) {
        *error = { UserError::Code::Invalid, BsnGuard::refusalMessage(found, tr("User name")), {} };
        return false;
    }

    KeyChange key;
    bool slotAdded = false;
    const bool added = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            account.keySlot = m_store.addKeySlot(name, password, &key.failure);
            if (account.keySlot.isEmpty())
                return key.failed(why);
            slotAdded = true;
            crashPointForTests("after-key-slot");
            const UserRepository::Row row { account.login,          account.displayName,
                                            roleCode(account.role), account.keySlot,
                                            account.created,        {} };
            if (!UserRepository::add(write.database(), row, existing.has_value(), why))
                return false;
            write.record(userEntity, name, QStringLiteral("user.added"),
                         QJsonObject { { QStringLiteral("display_name"), account.displayName },
                                       { QStringLiteral("role"), roleCode(role) } });
            return true;
        },
        &failure);
    if (added)
        return true;
    *error = key.reported(failure);
    // The slot exists while its row did not commit: it is taken out again.
    StoreError ignored;
    if (slotAdded && !m_store.dropKeySlot(name, &ignored))
        qCWarning(lcUsers) << "could not take back a key slot:" << ignored.detail();
    return false;
}

bool UserService::remove(const QString &login, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    UnitOfWork unit(m_session, Permission::ManageUsers, QStringLiteral("user.remove"), name);
    ServiceError failure;
    if (!unitPermitted(unit, &failure, error))
        return false;
    const std::optional<UserAccount> account = find(name, error);
    if (error->isError())
        return false;
    const bool slotLeft = m_store.hasKeySlot(name);
    if (!account || (!account->isActive() && !slotLeft)) {
        *error = { UserError::Code::NotFound, tr("There is no user %1.").arg(name), {} };
        return false;
    }
    if (!m_store.openedWithRecoveryKey() && name == normalisedLogin(m_store.userName())) {
        *error = { UserError::Code::RemoveSelf,
                   tr("You cannot remove yourself; ask another administrator."),
                   {} };
        return false;
    }
    if (!serverMayChange(name, error))
        return false;
    if (account->isActive() && account->role == Role::Beheerder) {
        int beheerders = 0;
        if (!UserRepository::activeBeheerders(m_store.database(), &beheerders, &failure)) {
            *error = userError(failure);
            return false;
        }
        if (beheerders <= 1) {
            *error = { UserError::Code::LastBeheerder,
                       tr("%1 is the last administrator; add another one first.").arg(name),
                       {} };
            return false;
        }
    }
    // First the row (the user can do nothing any more), then the key rotation. If the rotation
    // fails, the row says removed while the slot is still there: removing again finishes it.
    if (account->isActive()) {
        const bool removed = unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *why) {
                if (!UserRepository::markRemoved(write.database(), name, m_session.clock().now(),
                                                 why))
                    return false;
                // The phone intakes the user left half-typed when the desk locked
                // (IntakeDrafts) belong to nobody else and would otherwise stay in the store
                // for good.
                const std::optional<int> draftsDeleted
                    = IntakeDraftRepository::removeAllOf(m_store.database(), name, why);
                if (!draftsDeleted)
                    return false;
                write.record(
                    userEntity, name, QStringLiteral("user.removed"),
                    QJsonObject { { QStringLiteral("role"), roleCode(account->role) },
                                  { QStringLiteral("rekey"), slotLeft },
                                  { QStringLiteral("intake_drafts_deleted"), *draftsDeleted } });
                return true;
            },
            &failure);
        if (!removed) {
            *error = userError(failure);
            return false;
        }
        crashPointForTests("after-user-row");
    }
    if (slotLeft) {
        StoreError keyFailure;
        if (!m_store.removeKeySlotAndRekey(name, &keyFailure)) {
            *error = { UserError::Code::Storage,
                       tr("%1 can no longer work in the store, but the database could not be "
                          "re-encrypted. Remove the user again to finish.")
                           .arg(name),
                       keyFailure.detail() };
            return false;
        }
    }
    return true;
}

bool UserService::changePassword(const QString &login, const SecureBytes &oldPassword,
                                 const SecureBytes &newPassword, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    const bool own = !m_store.openedWithRecoveryKey() && name == m_session.login()
        && m_session.role().has_value();
    // Anyone for their own slot (the old password proves it), a beheerder for anyone else's.
    UnitOfWork unit(m_session, own ? Permission::OwnAccount : Permission::ManageUsers,
                    QStringLiteral("user.passwd"), name);
    ServiceError failure;
    if (!unitPermitted(unit, &failure, error))
        return false;
    const std::optional<UserAccount> account = activeAccount(name, error);
    if (!account)
        return false;
    // Another user's login with rights beyond the store is IT's, as for a reset.
    if (!longEnough(newPassword, error) || (!own && !serverMayChange(name, error)))
        return false;
    KeyChange key;
    bool changed = false;
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            if (!m_store.changeKeySlotPassword(name, oldPassword, newPassword, &key.failure))
                return key.failed(why);
            changed = true;
            write.record(userEntity, name, QStringLiteral("user.password_changed"));
            return true;
        },
        &failure);
    if (recorded)
        return true;
    *error = key.reported(failure);
    StoreError ignored;
    if (changed && !m_store.changeKeySlotPassword(name, newPassword, oldPassword, &ignored))
        qCWarning(lcUsers) << "could not take back a password change:" << ignored.detail();
    return false;
}

std::optional<UserAccount> UserService::activeAccount(const QString &login, UserError *error) const
{
    std::optional<UserAccount> account = find(login, error);
    if (error->isError())
        return std::nullopt;
    if (!account || !account->isActive()) {
        *error = { UserError::Code::NotFound, tr("There is no user %1.").arg(login), {} };
        return std::nullopt;
    }
    return account;
}

bool UserService::setDisplayName(const QString &login, const QString &displayName, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    UnitOfWork unit(m_session, Permission::ManageUsers, QStringLiteral("user.display_name"), name);
    ServiceError failure;
    if (!unitPermitted(unit, &failure, error))
        return false;
    const QString wanted = displayName.simplified();
    if (wanted.isEmpty()) {
        //: Dutch: "Vul een naam in: brieven worden ermee ondertekend."
        *error = { UserError::Code::Invalid, tr("Enter a name: letters are signed with it."), {} };
        return false;
    }
    // The name stands on every letter the user signs: never a BSN, however disguised.
    if (const QList<BsnFinding> found = findBsnNumbers(wanted); !found.isEmpty()) {
        *error = { UserError::Code::Invalid, BsnGuard::refusalMessage(found, tr("Name")), {} };
        return false;
    }
    const std::optional<UserAccount> account = activeAccount(name, error);
    if (!account)
        return false;
    if (account->displayName == wanted)
        return true;
    const bool changed = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            if (!UserRepository::setDisplayName(write.database(), name, wanted, why))
                return false;
            write.record(userEntity, name, QStringLiteral("user.display_name_changed"),
                         QJsonObject { { QStringLiteral("display_name"),
                                         QJsonArray { account->displayName, wanted } } });
            return true;
        },
        &failure);
    if (!changed)
        *error = userError(failure);
    return changed;
}

bool UserService::resetPassword(const QString &login, const SecureBytes &newPassword,
                                UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    UnitOfWork unit(m_session, Permission::ManageUsers, QStringLiteral("user.reset"), name);
    ServiceError failure;
    if (!unitPermitted(unit, &failure, error))
        return false;
    const std::optional<UserAccount> account = activeAccount(name, error);
    if (!account)
        return false;
    if (!longEnough(newPassword, error) || !serverMayChange(name, error))
        return false;
    // The old password is unknown, so the slot is replaced (in place) rather than rewrapped.
    // If the row's update does not commit, the new password works and the row keeps the old
    // slot id; the next reset or removal goes by login, so nothing is lost.
    KeyChange key;
    const bool reset = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            const QString slot = m_store.resetKeySlotPassword(name, newPassword, &key.failure);
            if (slot.isEmpty())
                return key.failed(why);
            if (!UserRepository::setKeySlot(write.database(), name, slot, why))
                return false;
            write.record(userEntity, name, QStringLiteral("user.password_reset"));
            return true;
        },
        &failure);
    if (!reset)
        *error = key.reported(failure);
    return reset;
}

QString UserService::regenerateRecoveryKey(UserError *error)
{
    *error = {};
    UnitOfWork unit(m_session, Permission::RegenerateRecoveryKey,
                    QStringLiteral("recovery_key.regenerate"), QString());
    KeyChange key;
    QString recoveryKey;
    ServiceError failure;
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            recoveryKey = m_store.replaceRecoveryKey(&key.failure);
            if (recoveryKey.isEmpty())
                return key.failed(why);
            write.record(QStringLiteral("store"), QStringLiteral("recovery_key"),
                         QStringLiteral("recovery_key.regenerated"));
            return true;
        },
        &failure);
    if (recorded)
        return recoveryKey;
    if (!recoveryKey.isEmpty()) {
        // The new key is in force now: it must reach the user even if the event did not commit.
        qCWarning(lcUsers) << "recovery key replaced but not recorded:" << failure.detail;
        return recoveryKey;
    }
    *error = key.reported(failure);
    return {};
}

} // namespace pd
