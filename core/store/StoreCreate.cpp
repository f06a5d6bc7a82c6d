#include "domain/BsnGuard.h"
#include "store/Migrations.h"
#include "store/ServerLocation.h"
#include "store/Store.h"
#include "store/StorePrivate.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <utility>

// Creating a store folder: the master key and the first key slots (prepareNew), then the
// folder, the database with its first user, and the keyring written last (create).

namespace pd {

using namespace Qt::StringLiterals;
using namespace storedetail;

namespace {

// Creating a store needs room for the database, its WAL and a first backup.
constexpr qint64 minimumFreeBytes = 16 * 1024 * 1024;

// Where a new store may be made: the organisation name holds no BSN, the folder obeys the demo
// rule, is no server address, is empty (or missing: then made, owner-only) and has room.
bool newFolderAllowed(const QString &directory, const StoreCreateOptions &options,
                      StoreError *error)
{
    if (!findBsnNumbers(options.organisationName).isEmpty()) {
        *error = { StoreError::Code::BsnRefused, QStringLiteral("organisation name") };
        return false;
    }
    if (!findBsnNumbers(options.displayName).isEmpty()) {
        *error = { StoreError::Code::BsnRefused, QStringLiteral("display name") };
        return false;
    }
    if (!Store::demoFolderRule(directory, options.demo, error))
        return false;
    // A postgresql:// address is a server store (ServerSetup::init makes those), never the name
    // of a folder to make here.
    if (ServerLocation::looksLikeServer(directory)) {
        *error = { StoreError::Code::NotOnServer, QStringLiteral("create a folder store") };
        return false;
    }
    const QDir dir(directory);
    if (dir.exists()
        && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        *error = { StoreError::Code::AlreadyExists, QStringLiteral("folder not empty") };
        return false;
    }
    if (!makePrivatePath(directory, error)
        || !QFile::setPermissions(
            directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (!error->isError())
            *error
                = { StoreError::Code::ReadOnlyLocation, QStringLiteral("cannot restrict folder") };
        return false;
    }
    const QStorageInfo storage(directory);
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < minimumFreeBytes) {
        *error = { StoreError::Code::DiskFull, QStringLiteral("less than 16 MiB free") };
        return false;
    }
    return true;
}

} // namespace

std::shared_ptr<StoreKey> Store::prepareNew(const QString &userName, const SecureBytes &password,
                                            const KdfParams &kdf)
{
    auto key = std::make_shared<StoreKey>();
    key->m_user = userName.trimmed();
    if (!initSodium()) {
        key->m_error
            = { StoreError::Code::Internal, QStringLiteral("libsodium failed to initialise") };
        return key;
    }
    if (key->m_user.isEmpty() || password.isEmpty()) {
        key->m_error
            = { StoreError::Code::Internal, QStringLiteral("user name and password are required") };
        return key;
    }
    // The user name goes into the keyring in plaintext: never a BSN, however disguised.
    if (!findBsnNumbers(key->m_user).isEmpty()) {
        key->m_error = { StoreError::Code::BsnRefused, QStringLiteral("user name") };
        return key;
    }
    key->m_masterKey = SecureBytes::random(masterKeySize);
    key->m_keyring = Keyring::create();
    Keyring::Status status = Keyring::Status::Ok;
    if (!key->m_keyring.addUser(key->m_user, password, key->m_masterKey, kdf, &status)) {
        key->m_error = keyringError(status, QStringLiteral("adding the first user slot failed"));
        return key;
    }
    key->m_slotId = key->m_keyring.keySlots().constLast().id;
    key->m_recoveryKey = key->m_keyring.replaceRecoveryKey(key->m_masterKey, kdf, &status);
    if (key->m_recoveryKey.isEmpty())
        key->m_error = keyringError(status, QStringLiteral("creating the recovery slot failed"));
    return key;
}

std::unique_ptr<Store> Store::create(const QString &directory, const QString &userName,
                                     const SecureBytes &password, const StoreCreateOptions &options,
                                     QString *recoveryKey, StoreError *error)
{
    return create(directory, prepareNew(userName, password, options.kdf), options, recoveryKey,
                  error);
}

std::unique_ptr<Store> Store::create(const QString &directory,
                                     const std::shared_ptr<StoreKey> &prepared,
                                     const StoreCreateOptions &options, QString *recoveryKey,
                                     StoreError *error)
{
    *error = {};
    if (!prepared || !prepared->isValid() || prepared->m_recoveryKey.isEmpty()) {
        *error = prepared && !prepared->isValid()
            ? prepared->error()
            : StoreError(StoreError::Code::Internal, QStringLiteral("no prepared key"));
        return {};
    }
    if (!newFolderAllowed(directory, options, error))
        return {};

    auto d = std::make_unique<Private>();
    d->directory = QDir(directory).absolutePath();
    if (*error = d->acquireLock(); error->isError())
        return {};

    // Whatever goes wrong from here on, leave an empty folder behind, never half a store.
    auto cleanUp = [&d] {
        const QString dirPath = d->directory;
        d.reset();
        QDir folder(dirPath);
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
            folder.remove(name);
    };

    d->masterKey = std::move(prepared->m_masterKey);
    d->keyring = std::move(prepared->m_keyring);
    const QString userName = prepared->m_user;
    const QString userSlot = prepared->m_slotId;
    // Wiped on every way out; on success the caller's copy shares the buffer, so wipe() only
    // lets go of it there.
    QString recovery = std::move(prepared->m_recoveryKey);
    const auto wipeRecovery = qScopeGuard([&recovery] { wipe(recovery); });

    if (!d->createDatabase(options, userName, userSlot, error) || !d->writeNewKeyring(error)) {
        cleanUp();
        return {};
    }
    d->user = normalisedLogin(userName); // the users row's login, as Store::open names it
    d->demo = options.demo;
    if (recoveryKey)
        *recoveryKey = recovery;
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

bool Store::Private::createDatabase(const StoreCreateOptions &options, const QString &userName,
                                    const QString &userSlot, StoreError *error)
{
    // SQLite gives the -wal and -shm it creates the database file's mode: made owner-only
    // (0600) before SQLite sees it, all three stay private whatever the umask.
    {
        QFile file(path(databaseFileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = { StoreError::Code::ReadOnlyLocation, file.errorString() };
            return false;
        }
    }
    connection = uniqueConnectionName();
    QSqlDatabase db = openDatabase(connection, path(databaseFileName), masterKey, true, error);
    if (!db.isValid()) {
        connection.clear();
        return false;
    }
    QString migrationError;
    if (!applyMigrations(db, builtinMigrations(), &migrationError)) {
        *error = errorFromSql(db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal, migrationError };
        return false;
    }

    bool ok = db.transaction();
    ok = ok
        && setMeta(db, QStringLiteral("store_id"),
                   keyring.storeId().toString(QUuid::WithoutBraces));
    ok = ok && setMeta(db, QStringLiteral("created_at"), nowIso());
    ok = ok
        && setMeta(db, QStringLiteral("created_by_version"), QStringLiteral(PRIVACYDESK_VERSION));
    ok = ok && setMeta(db, QStringLiteral("organisation_name"), options.organisationName.trimmed());
    ok = ok
        && setMeta(db, QStringLiteral("demo"),
                   options.demo ? QStringLiteral("1") : QStringLiteral("0"));
    // A new store keys its audit chain from the first event on.
    ok = ok && setMeta(db, QLatin1StringView(keyedFromMetaKey), QStringLiteral("1"));
    QSqlError userError;
    ok = ok
        && UserRepository::addFirstBeheerder(db, normalisedLogin(userName),
                                             options.displayName.simplified().isEmpty()
                                                 ? userName.trimmed()
                                                 : options.displayName.simplified(),
                                             userSlot, nowIso(), &userError);
    ok = ok && db.commit();
    if (!ok) {
        *error = errorFromSql(userError.isValid() ? userError : db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal,
                       QStringLiteral("writing the store metadata failed") };
        db.rollback();
        return false;
    }
    return true;
}

bool Store::Private::writeNewKeyring(StoreError *error)
{
    Keyring::Status anchorStatus = Keyring::Status::Ok;
    if (!keyring.setAuditAnchor(AuditAnchor(), masterKey, &anchorStatus)) {
        *error = keyringError(anchorStatus, QStringLiteral("setting the audit anchor failed"));
        return false;
    }
    QString saveError;
    if (!keyring.save(path(keyringFileName), &saveError)) {
        *error = { StoreError::Code::Io, saveError };
        return false;
    }
    QSqlDatabase created = QSqlDatabase::database(connection, false);
    *error = startAnchoring(created);
    return !error->isError();
}

} // namespace pd
