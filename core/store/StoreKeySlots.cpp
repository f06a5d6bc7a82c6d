// Key slots: adding, changing and removing users' slots in the keyring, the key rotation that
// a removal needs, and the completion at open of a removal that was interrupted.

#include "audit/AuditLog.h"
#include "sql/Dialect.h"
#include "sql/SqlCipherDriver.h"
#include "store/ServerConnection.h"
#include "store/ServerLoginRepository.h"
#include "store/Store.h"
#include "store/StorePrivate.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd {

using namespace storedetail;

namespace {

// Moves the WAL's contents into the database file and empties it, so that the file alone is
// the database (before and after a rekey, before a restore).
void checkpoint(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStore) << "checkpoint failed:" << query.lastError().text();
}

// The id of the slot that after has and before has not.
QString newSlotId(const Keyring &before, const Keyring &after)
{
    const QList<KeySlotInfo> old = before.keySlots();
    for (const KeySlotInfo &slot : after.keySlots()) {
        if (std::none_of(old.cbegin(), old.cend(),
                         [&slot](const KeySlotInfo &o) { return o.id == slot.id; }))
            return slot.id;
    }
    return {};
}

StoreError slotError(Keyring::Status status, const QString &detail)
{
    if (status == Keyring::Status::DuplicateUser)
        return { StoreError::Code::AlreadyExists, detail };
    return keyringError(status, detail);
}

} // namespace

// A user removal commits the users row (removed, key_slot NULL) before it rekeys: a kill in
// between leaves a slot that still unlocks the master key while the application says the user
// is gone. Opening finishes it: every user slot no active row claims is taken out with a full
// rekey (the same pending-keyring sequence as removeKeySlotAndRekey), one user.removal_completed
// event records it and the beheerder is told. The same catches a slot whose add never committed.
// A failure does not stop the opening (the store is still whole); it is a warning, and verify
// keeps reporting the slot until it is gone.
void Store::completeInterruptedRemovals(const QString &unlockedSlot)
{
    QStringList unclaimed;
    StoreError error;
    if (!d->unclaimedSlots(unlockedSlot, &unclaimed, &error)) {
        qCWarning(lcStore) << "cannot read the users to check the key slots:" << error.detail();
        d->warnings << tr("Privacydesk could not check whether every key slot belongs to a user: "
                          "%1")
                           .arg(error.message());
        return;
    }
    if (unclaimed.isEmpty())
        return;
    qCWarning(lcStore) << "taking out" << unclaimed.size() << "key slots no user claims";
    const bool removed = rekeyWith(
        [&unclaimed, this](Keyring &next, Keyring::Status *status) {
            for (const QString &id : std::as_const(unclaimed)) {
                if (!next.removeSlot(id, d->masterKey, status))
                    return false;
            }
            return true;
        },
        &error);
    if (!removed) {
        qCWarning(lcStore) << "could not take out the key slots:" << error.detail();
        d->warnings << tr("A user removal was interrupted and could not be completed: a removed "
                          "user's password may still open this store. Open the store again or "
                          "run verify; if this message stays, contact your administrator. (%1)")
                           .arg(error.message());
        return;
    }
    QSqlDatabase db = database();
    Transaction transaction(db);
    QString auditError;
    if (!transaction.isOpen()
        || !AuditLog(db, d->keyring.storeId().toString(QUuid::WithoutBraces))
                .append(d->user, QStringLiteral("user"), QStringLiteral("key_slots"),
                        QStringLiteral("user.removal_completed"),
                        QJsonObject {
                            { QStringLiteral("key_slots"), QJsonArray::fromStringList(unclaimed) },
                            { QStringLiteral("count"), unclaimed.size() } },
                        &auditError)
        || !transaction.commit())
        qCWarning(lcStore) << "removal completed but not recorded:" << auditError
                           << transaction.errorText();
    d->warnings << tr("A user removal (or addition) was interrupted earlier. Privacydesk has now "
                      "completed it: %n key slot(s) that no active user owns were removed and the "
                      "database was re-encrypted. Check the list of users.",
                      nullptr, static_cast<int>(unclaimed.size()));
}

bool Store::Private::unclaimedSlots(const QString &unlockedSlot, QStringList *ids,
                                    StoreError *error) const
{
    QList<std::pair<QString, QString>> users;
    QSqlError readError;
    if (!UserRepository::activeSlots(QSqlDatabase::database(connection, false), &users,
                                     &readError)) {
        *error = errorFromSql(readError);
        return false;
    }
    QSet<QString> claimed { unlockedSlot };
    for (const auto &[login, slot] : std::as_const(users)) {
        claimed.insert(slot);
        claimed.insert(keyring.slotIdOf(login));
    }
    ids->clear();
    for (const KeySlotInfo &slot : keyring.keySlots()) {
        if (slot.kind == KeySlotKind::User && !claimed.contains(slot.id))
            ids->append(slot.id);
    }
    return true;
}

KdfParams Store::keySlotKdf() const
{
    KdfParams strongest = KdfParams::minimum();
    for (const KeySlotInfo &slot : d->keyring.keySlots()) {
        if (slot.kind == KeySlotKind::User && slot.kdf.memLimit >= strongest.memLimit
            && slot.kdf.opsLimit >= strongest.opsLimit)
            strongest = slot.kdf;
    }
    return strongest;
}

bool Store::hasKeySlot(const QString &userName) const
{
    if (isServer()) {
        // A server store's "slot" is the user's login role while it may log in.
        return ServerLoginRepository::mayLogIn(database(), normalisedLogin(userName));
    }
    return d->keyring.hasUser(userName);
}

// A server store keeps no keyring: the user's "slot" is a PostgreSQL login role, made and
// changed by the store's functions (resources/server/access.sql) inside the caller's
// transaction, with a SCRAM-SHA-256 verifier made here, so that the password never stands in a
// statement. What stands in users.key_slot for it.
namespace {

QString serverSlotId(const QString &login)
{
    return QStringLiteral("server:") + login;
}

bool callServer(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                StoreError *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = { StoreError::Code::Server, query.lastError().text() };
    return false;
}

QByteArray verifierFor(const QSqlDatabase &db, const QString &login, const SecureBytes &password,
                       StoreError *error)
{
    QString why;
    const QByteArray verifier
        = sql::scramVerifier(db, login,
                             QByteArray(reinterpret_cast<const char *>(password.data()),
                                        static_cast<qsizetype>(password.size())),
                             &why);
    if (verifier.isEmpty())
        *error = { StoreError::Code::Server, why };
    return verifier;
}

} // namespace

bool Store::setServerPassword(const QString &userName, const SecureBytes &password,
                              StoreError *error)
{
    const QString login = normalisedLogin(userName);
    const QByteArray verifier = verifierFor(database(), login, password, error);
    return !verifier.isEmpty()
        && callServer(database(), QStringLiteral("SELECT pd_login_password(?, ?)"),
                      { login, QString::fromLatin1(verifier) }, error);
}

// Every keyring change works on a copy and saves it (QSaveFile: written whole or not at all)
// before the copy replaces the keyring in memory. edit changes the copy and says whether it
// could (with a status on failure); what names the change in the error detail.
bool Store::changeKeyring(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                          const char *what, StoreError *error, QString *newSlot)
{
    *error = {};
    Keyring::Status status = Keyring::Status::Ok;
    Keyring next = Keyring::parse(d->keyring.serialize(), &status);
    if (status != Keyring::Status::Ok || !edit(next, &status)) {
        *error = slotError(status, QString::fromLatin1(what) + QStringLiteral(" failed"));
        return false;
    }
    QString saveError;
    if (!next.save(d->path(keyringFileName), &saveError)) {
        *error = { StoreError::Code::Io, saveError };
        return false;
    }
    if (newSlot)
        *newSlot = newSlotId(d->keyring, next);
    d->keyring = std::move(next);
    return true;
}

QString Store::addKeySlot(const QString &userName, const SecureBytes &password, StoreError *error)
{
    if (isServer()) {
        *error = {};
        const QString login = normalisedLogin(userName);
        const QByteArray verifier = verifierFor(database(), login, password, error);
        if (verifier.isEmpty()
            || !callServer(database(), QStringLiteral("SELECT pd_login_create(?, ?)"),
                           { login, QString::fromLatin1(verifier) }, error))
            return {};
        return serverSlotId(login);
    }
    QString slotId;
    changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.addUser(userName, password, d->masterKey, keySlotKdf(), status);
        },
        "adding a key slot", error, &slotId);
    return slotId;
}

bool Store::dropKeySlot(const QString &userName, StoreError *error)
{
    if (isServer()) {
        // Only ever to undo an addKeySlot whose users row did not commit: the caller's
        // transaction rolls the CREATE ROLE back with it (PostgreSQL's DDL is transactional).
        *error = {};
        if (sql::isInTransaction(database()))
            return true;
        return callServer(database(), QStringLiteral("SELECT pd_login_disable(?)"),
                          { normalisedLogin(userName) }, error);
    }
    return changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.removeUser(userName, d->masterKey, status);
        },
        "removing a key slot", error);
}

bool Store::changeKeySlotPassword(const QString &userName, const SecureBytes &oldPassword,
                                  const SecureBytes &newPassword, StoreError *error)
{
    if (isServer()) {
        *error = {};
        // The old password proves itself as the server checks it: a login of its own.
        const QString probe = uniqueConnectionName();
        QString why;
        if (!ServerConnection::open(*d->server, normalisedLogin(userName), oldPassword, probe,
                                    &why)) {
            *error = { StoreError::Code::WrongPassword, QStringLiteral("old password refused") };
            return false;
        }
        QSqlDatabase::removeDatabase(probe);
        return setServerPassword(userName, newPassword, error);
    }
    return changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.changePassword(userName, oldPassword, newPassword, keySlotKdf(), status);
        },
        "changing a password", error);
}

QString Store::resetKeySlotPassword(const QString &userName, const SecureBytes &newPassword,
                                    StoreError *error)
{
    if (isServer()) {
        *error = {};
        return setServerPassword(userName, newPassword, error)
            ? serverSlotId(normalisedLogin(userName))
            : QString();
    }
    QString slotId;
    changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.resetPassword(userName, newPassword, d->masterKey, keySlotKdf(), status);
        },
        "resetting a password", error, &slotId);
    return slotId;
}

QString Store::replaceRecoveryKey(StoreError *error)
{
    if (isServer()) {
        *error = { StoreError::Code::NotOnServer, QStringLiteral("no recovery key on a server") };
        return {};
    }
    QString recoveryKey;
    if (!changeKeyring(
            [&](Keyring &next, Keyring::Status *status) {
                recoveryKey = next.replaceRecoveryKey(d->masterKey, keySlotKdf(), status);
                return !recoveryKey.isEmpty();
            },
            "replacing the recovery key", error))
        wipe(recoveryKey); // made, but the keyring could not be saved: it opens nothing
    return error->isError() ? QString() : recoveryKey;
}

// Key rotation, in this order (a crash at any point leaves a store that opens):
//   1. the next keyring (slot removed, fresh master key sealed to every remaining slot) is
//      built in memory; failing here changes nothing;
//   2. the WAL is checkpointed and the next keyring written whole to keyring.pdk.pending;
//   3. the database is rekeyed (sqlite3_rekey rewrites every page in one transaction): before
//      its commit the old keyring still opens the database and Store::open discards the
//      pending file; after it, only the pending keyring does and Store::open renames it;
//   4. the WAL is checkpointed again (the file alone is under the new key) and
//      keyring.pdk.pending renamed over keyring.pdk (rename(2) is atomic).
bool Store::removeKeySlotAndRekey(const QString &userName, StoreError *error)
{
    if (isServer()) {
        // Nothing to re-encrypt: the server takes the login's groups and LOGIN away (the users
        // row's trigger did already; this finishes a removal whose row was written earlier).
        *error = {};
        return callServer(database(), QStringLiteral("SELECT pd_login_disable(?)"),
                          { normalisedLogin(userName) }, error);
    }
    return rekeyWith(
        [&](Keyring &next, Keyring::Status *status) {
            return next.removeUser(userName, d->masterKey, status);
        },
        error);
}

bool Store::rekeyWith(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                      StoreError *error)
{
    *error = {};
    QSqlDatabase db = database();
    auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver());
    if (!driver || driver->isInTransaction()) {
        *error = { StoreError::Code::Internal, QStringLiteral("rekey inside a transaction") };
        return false;
    }
    Keyring::Status status = Keyring::Status::Ok;
    Keyring next = Keyring::parse(d->keyring.serialize(), &status);
    SecureBytes newKey = SecureBytes::random(masterKeySize);
    if (status != Keyring::Status::Ok || !edit(next, &status)
        || !next.rewrapMasterKey(d->masterKey, newKey, &status)) {
        *error = slotError(status, QStringLiteral("removing a key slot failed"));
        return false;
    }
    checkpoint(db);
    const QString pendingPath = d->path(pendingKeyringFileName);
    QString saveError;
    if (!next.save(pendingPath, &saveError)) {
        *error = { StoreError::Code::Io, saveError };
        return false;
    }
    if (!driver->rekey(newKey)) {
        *error = errorFromSql(db.lastError().isValid() ? db.lastError() : driver->lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal, QStringLiteral("rekey failed") };
        QFile::remove(pendingPath);
        return false;
    }
    d->masterKey = std::move(newKey);
    d->keyring = std::move(next);
    // The checkpoint key is a subkey of the master key: a checkpoint kept before is refused
    // from now on (one full verification), and the next one is kept under the new key.
    if (const SecureBytes checkpointKey = Keyring::auditCheckpointKey(d->masterKey);
        !checkpointKey.isEmpty())
        AuditLog::setCheckpointKey(d->connection, checkpointKey);
    checkpoint(db);
    if (!replaceFile(pendingPath, d->path(keyringFileName))) {
        // The database is under the new key and this process keeps working; the next open
        // finds the pending keyring and completes the rename.
        *error = { StoreError::Code::Io, QStringLiteral("keyring rename pending") };
        return false;
    }
    return true;
}

} // namespace pd
