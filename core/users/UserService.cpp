#include "users/UserService.h"

#include "audit/AuditLog.h"
#include "domain/BsnGuard.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/BackupFolders.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <memory>

namespace pd {

Q_LOGGING_CATEGORY(lcUsers, "privacydesk.users")

namespace {

const QString userEntity = QStringLiteral("user");

// The tests of an interrupted removal or add kill the process here with
// PRIVACYDESK_TEST_CRASH_AT=after-user-row (after-key-slot): the next open must complete it.
// Harmless outside the tests: it stops the process only where a power cut could, and the store
// recovers from that by design.
void crashPointForTests(const char *point)
{
    if (qEnvironmentVariable("PRIVACYDESK_TEST_CRASH_AT") == QLatin1StringView(point))
        ::raise(SIGKILL);
}

QString iso(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

UserAccount accountFrom(const QSqlQuery &query)
{
    UserAccount account;
    account.login = query.value(0).toString();
    account.displayName = query.value(1).toString();
    account.role = UserService::roleFromCode(query.value(2).toString()).value_or(Role::Auditor);
    account.keySlot = query.value(3).toString();
    account.created = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    if (!query.value(5).isNull())
        account.removed = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return account;
}

const QString selectUsers = QStringLiteral(
    "SELECT login, display_name, role, key_slot, created_at, removed_at FROM users");

std::optional<UserAccount> findAccount(const Store &store, const QString &login)
{
    QSqlQuery query(store.database());
    query.prepare(selectUsers + QStringLiteral(" WHERE login = ?"));
    query.addBindValue(UserService::normalisedLogin(login));
    if (query.exec() && query.next())
        return accountFrom(query);
    return std::nullopt;
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

} // namespace

UserService::UserService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
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

QList<UserAccount> UserService::list(bool includeRemoved) const
{
    QList<UserAccount> accounts;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(selectUsers
                    + (includeRemoved ? QString() : QStringLiteral(" WHERE removed_at IS NULL"))
                    + QStringLiteral(" ORDER BY ")
                    + sql::byteOrder(m_store.database(), QStringLiteral("login")))) {
        qCWarning(lcUsers) << "listing users failed:" << query.lastError().text();
        return accounts;
    }
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

std::optional<UserAccount> UserService::find(const QString &login) const
{
    return findAccount(m_store, login);
}

std::optional<Role> UserService::actingRole() const
{
    return actingRoleOf(m_store);
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

bool UserService::backupInto(const Store &store, const Clock &clock, const QString &folder,
                             QString *made, UserError *denied, StoreError *failure)
{
    *failure = {};
    made->clear();
    if (!check(store, clock, Permission::Backup, QStringLiteral("store.backup"),
               QDir(folder).absolutePath(), denied))
        return false;
    return store.backupInto(folder, clock.now().toLocalTime(), made, failure);
}

bool UserService::pruneBackups(const Store &store, const Clock &clock, const QString &folder,
                               int keep, const QString &newest, BackupPruning *result,
                               UserError *denied, StoreError *failure)
{
    *failure = {};
    *result = {};
    const QString parent = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!check(store, clock, Permission::Backup, QStringLiteral("store.backup_remove"), parent,
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

std::optional<Role> UserService::actingRoleOf(const Store &store)
{
    return Session::actingRoleOf(store);
}

std::optional<UserAccount> UserService::actingAccountOf(const Store &store)
{
    if (store.openedWithRecoveryKey())
        return std::nullopt;
    std::optional<UserAccount> account = findAccount(store, store.userName());
    if (!account || !account->isActive())
        return std::nullopt;
    return account;
}

bool UserService::record(const QString &entityId, const QString &action, const QJsonObject &payload,
                         UserError *error)
{
    QString auditError;
    if (AuditLog(m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock)
            .append(m_store.userName(),
                    entityId == QLatin1StringView("recovery_key") ? QStringLiteral("store")
                                                                  : userEntity,
                    entityId, action, payload, &auditError))
        return true;
    *error = storageError(auditError);
    return false;
}

UserError UserService::storageError(const QString &detail) const
{
    const StoreError sqlError = Store::errorFromSql(m_store.database().lastError());
    return { UserError::Code::Storage,
             sqlError.isError() ? sqlError.message()
                                : StoreError(StoreError::Code::Internal).message(),
             detail };
}

bool UserService::serverMayChange(const QString &login, UserError *error) const
{
    if (!m_store.isServer())
        return true;
    // The server refuses it too (pd_login_privileged in resources/server/access.sql); asked first
    // so that the administrator reads why instead of an internal error.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT pd_login_privileged(?)"));
    query.addBindValue(login);
    if (!query.exec() || !query.next()) {
        *error = storageError(query.lastError().text());
        return false;
    }
    if (!query.value(0).toBool())
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

int UserService::activeBeheerders() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral(
            "SELECT count(*) FROM users WHERE role = 'beheerder' AND removed_at IS NULL"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

bool UserService::authorize(Permission permission, const QString &action, const QString &target,
                            UserError *error)
{
    return check(m_store, m_clock, permission, action, target, error);
}

int UserService::refusalsRecorded()
{
    return Session::refusalsRecorded();
}

bool UserService::check(const Store &store, const Clock &clock, Permission permission,
                        const QString &action, const QString &target, UserError *error)
{
    *error = {};
    ServiceError denied;
    if (Session(store, clock).permit(permission, action, target, &denied))
        return true;
    *error = { UserError::Code::Denied, denied.message, denied.detail };
    return false;
}

bool UserService::restore(const QString &backupDirectory, const QString &storeDirectory,
                          const QString &userName, const SecureBytes &password, const Clock &clock,
                          QString *safetyBackup, StoreError *error, bool otherStore,
                          Store::RestoreIdentities *identities)
{
    if (Store::restore(backupDirectory, storeDirectory, userName, password, safetyBackup, error,
                       otherStore, identities))
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
    Session::recordRefusal(*live, clock, actingRoleOf(*live), QStringLiteral("store.restore"),
                           QDir(backupDirectory).absolutePath());
    return false;
}

bool UserService::add(const QString &login, const QString &displayName, Role role,
                      const SecureBytes &password, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    if (!authorize(Permission::ManageUsers, QStringLiteral("user.add"), name, error))
        return false;
    if (name.isEmpty() || name.contains(u' ')) {
        *error = { UserError::Code::Invalid, tr("A user name is required, without spaces."), {} };
        return false;
    }
    if (!longEnough(password, error))
        return false;
    const std::optional<UserAccount> existing = find(name);
    if ((existing && existing->isActive()) || m_store.hasKeySlot(name)) {
        *error = { UserError::Code::Duplicate, tr("The user %1 exists already.").arg(name), {} };
        return false;
    }
    const QString shownName
        = displayName.trimmed().isEmpty() ? login.trimmed() : displayName.trimmed();
    // Names stand in the keyring and on every letter: never a BSN, however disguised.
    if (const QList<BsnFinding> found = findBsnNumbers(QString(name + u'\n' + shownName));
        !found.isEmpty()) {
        *error = { UserError::Code::Invalid, BsnGuard::refusalMessage(found, tr("User name")), {} };
        return false;
    }

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = storageError(transaction.errorText());
        return false;
    }
    StoreError keyFailure;
    const QString slot = m_store.addKeySlot(name, password, &keyFailure);
    if (slot.isEmpty()) {
        *error = keyError(keyFailure);
        return false;
    }
    crashPointForTests("after-key-slot");
    // From here on the slot exists: every failure takes it out again.
    const auto undo = [this, &name] {
        StoreError ignored;
        if (!m_store.dropKeySlot(name, &ignored))
            qCWarning(lcUsers) << "could not take back a key slot:" << ignored.detail();
    };
    QSqlQuery query(db);
    if (existing) {
        query.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, key_slot = ?, "
                                     "created_at = ?, removed_at = NULL WHERE login = ?"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO users (display_name, role, key_slot, "
                                     "created_at, login) VALUES (?, ?, ?, ?, ?)"));
    }
    query.addBindValue(shownName);
    query.addBindValue(roleCode(role));
    query.addBindValue(slot);
    query.addBindValue(iso(m_clock.now()));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = storageError(query.lastError().text());
        undo();
        return false;
    }
    if (!record(name, QStringLiteral("user.added"),
                QJsonObject { { QStringLiteral("display_name"), shownName },
                              { QStringLiteral("role"), roleCode(role) } },
                error)
        || !transaction.commit()) {
        if (!error->isError())
            *error = storageError(transaction.errorText());
        undo();
        return false;
    }
    return true;
}

bool UserService::remove(const QString &login, UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    if (!authorize(Permission::ManageUsers, QStringLiteral("user.remove"), name, error))
        return false;
    const std::optional<UserAccount> account = find(name);
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
    if (account->isActive() && account->role == Role::Beheerder && activeBeheerders() <= 1) {
        *error = { UserError::Code::LastBeheerder,
                   tr("%1 is the last administrator; add another one first.").arg(name),
                   {} };
        return false;
    }
    // First the row (the user can do nothing any more), then the key rotation. If the rotation
    // fails, the row says removed while the slot is still there: removing again finishes it.
    if (account->isActive()) {
        QSqlDatabase db = m_store.database();
        Transaction transaction(db);
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE users SET removed_at = ?, key_slot = NULL WHERE login = ?"));
        query.addBindValue(iso(m_clock.now()));
        query.addBindValue(name);
        if (!transaction.isOpen() || !query.exec()) {
            *error = storageError(query.lastError().text() + transaction.errorText());
            return false;
        }
        // The phone intakes the user left half-typed when the desk locked (IntakeDrafts) belong
        // to nobody else and would otherwise stay in the store for good.
        QSqlQuery drafts(db);
        drafts.prepare(QStringLiteral("DELETE FROM intake_drafts WHERE login = ?"));
        drafts.addBindValue(name);
        if (!drafts.exec()) {
            *error = storageError(drafts.lastError().text());
            return false;
        }
        if (!record(name, QStringLiteral("user.removed"),
                    QJsonObject {
                        { QStringLiteral("role"), roleCode(account->role) },
                        { QStringLiteral("rekey"), slotLeft },
                        { QStringLiteral("intake_drafts_deleted"), drafts.numRowsAffected() } },
                    error))
            return false;
        if (!transaction.commit()) {
            *error = storageError(transaction.errorText());
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
    const bool own = !m_store.openedWithRecoveryKey() && name == normalisedLogin(m_store.userName())
        && actingRole().has_value();
    if (!own && !authorize(Permission::ManageUsers, QStringLiteral("user.passwd"), name, error))
        return false;
    const std::optional<UserAccount> account = find(name);
    if (!account || !account->isActive()) {
        *error = { UserError::Code::NotFound, tr("There is no user %1.").arg(name), {} };
        return false;
    }
    if (!longEnough(newPassword, error))
        return false;
    Transaction transaction(m_store.database());
    if (!transaction.isOpen()) {
        *error = storageError(transaction.errorText());
        return false;
    }
    StoreError keyFailure;
    if (!m_store.changeKeySlotPassword(name, oldPassword, newPassword, &keyFailure)) {
        *error = keyError(keyFailure);
        return false;
    }
    if (!record(name, QStringLiteral("user.password_changed"), {}, error)
        || !transaction.commit()) {
        if (!error->isError())
            *error = storageError(transaction.errorText());
        StoreError ignored;
        if (!m_store.changeKeySlotPassword(name, newPassword, oldPassword, &ignored))
            qCWarning(lcUsers) << "could not take back a password change:" << ignored.detail();
        return false;
    }
    return true;
}

bool UserService::resetPassword(const QString &login, const SecureBytes &newPassword,
                                UserError *error)
{
    *error = {};
    const QString name = normalisedLogin(login);
    if (!authorize(Permission::ManageUsers, QStringLiteral("user.reset"), name, error))
        return false;
    const std::optional<UserAccount> account = find(name);
    if (!account || !account->isActive()) {
        *error = { UserError::Code::NotFound, tr("There is no user %1.").arg(name), {} };
        return false;
    }
    if (!longEnough(newPassword, error) || !serverMayChange(name, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = storageError(transaction.errorText());
        return false;
    }
    // The old password is unknown, so the slot is replaced (in place) rather than rewrapped.
    // If the row's update does not commit, the new password works and the row keeps the old
    // slot id; the next reset or removal goes by login, so nothing is lost.
    StoreError keyFailure;
    const QString slot = m_store.resetKeySlotPassword(name, newPassword, &keyFailure);
    if (slot.isEmpty()) {
        *error = keyError(keyFailure);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE users SET key_slot = ? WHERE login = ?"));
    query.addBindValue(slot);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = storageError(query.lastError().text());
        return false;
    }
    if (!record(name, QStringLiteral("user.password_reset"), {}, error))
        return false;
    if (!transaction.commit()) {
        *error = storageError(transaction.errorText());
        return false;
    }
    return true;
}

QString UserService::regenerateRecoveryKey(UserError *error)
{
    *error = {};
    if (!authorize(Permission::RegenerateRecoveryKey, QStringLiteral("recovery_key.regenerate"),
                   QString(), error))
        return {};
    Transaction transaction(m_store.database());
    if (!transaction.isOpen()) {
        *error = storageError(transaction.errorText());
        return {};
    }
    if (!record(QStringLiteral("recovery_key"), QStringLiteral("recovery_key.regenerated"), {},
                error))
        return {};
    StoreError keyFailure;
    QString recoveryKey = m_store.replaceRecoveryKey(&keyFailure);
    if (recoveryKey.isEmpty()) {
        *error = keyError(keyFailure);
        return {};
    }
    // The new key is in force now: it must reach the user even if the event does not commit.
    if (!transaction.commit())
        qCWarning(lcUsers) << "recovery key replaced but not recorded:" << transaction.errorText();
    return recoveryKey;
}

} // namespace pd
