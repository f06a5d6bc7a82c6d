#include "store/Store.h"

#include "crypto/RegularFile.h"
#include "sql/SqlCipherDriver.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/ServerLocation.h"
#include "store/StorePrivate.h"
#include "store/UserRepository.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace pd {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "privacydesk.store")

namespace storedetail {

QString nowIso()
{
    return systemClock().now().toString(Qt::ISODateWithMs);
}

QString normalisedLogin(const QString &userName)
{
    return userName.trimmed().toCaseFolded();
}

StoreError keyringError(Keyring::Status status, const QString &detail)
{
    switch (status) {
    case Keyring::Status::Ok:
        return {};
    case Keyring::Status::NotFound:
    case Keyring::Status::Malformed:
        return { StoreError::Code::NotAStore, detail };
    case Keyring::Status::UnsupportedVersion:
        return { StoreError::Code::NewerVersion, detail };
    case Keyring::Status::WrongPassword:
    case Keyring::Status::UnknownUser:
        return { StoreError::Code::WrongPassword, detail };
    case Keyring::Status::Tampered:
        return { StoreError::Code::KeyringTampered, detail };
    case Keyring::Status::IoError:
        return { StoreError::Code::Io, detail };
    case Keyring::Status::NotRegularFile:
        return { StoreError::Code::KeyringNotAFile, detail };
    case Keyring::Status::CryptoFailure:
    case Keyring::Status::LastUser:
    case Keyring::Status::DuplicateUser:
    case Keyring::Status::InvalidArgument:
        break;
    }
    return { StoreError::Code::Internal, detail };
}

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("privacydesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase openDatabase(const QString &connection, const QString &dbPath, const SecureBytes &key,
                          bool create, StoreError *error)
{
    sql::registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QLatin1StringView(sql::SqlCipherDriver::driverName()), connection);
    auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver());
    if (!driver) {
        *error = { StoreError::Code::NoCipher, QStringLiteral("PDSQLCIPHER driver missing") };
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return {};
    }
    driver->setKey(key.clone());
    db.setDatabaseName(dbPath);
    if (create)
        db.setConnectOptions(QStringLiteral("PD_CREATE"));
    if (!db.open()) {
        *error = Store::errorFromSql(db.lastError());
        if (error->code() == StoreError::Code::Internal && driver->cipherVersion().isEmpty())
            *error = { StoreError::Code::NoCipher, db.lastError().text() };
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return {};
    }
    // A 64 MB page cache (SQLite's default is 2 MB; it grows only as pages are read),
    // measured on a store of 50,000 requests (180 MiB; bench_caselist, Debug build, median of 5,
    // shared 2-core machine), search as you type, count / first page in ms:
    //   cache   "j"        "jan"      "AVG-2026"
    //   2 MB    142 / 197  64 / 73    318 / 318
    //   16 MB    36 /  49   5 / 20    290 / 324
    //   64 MB    15 /  24   7 / 13     95 / 155
    // Half of a broad search was decrypting the same pages again through the small cache. The
    // import sets the same for its transaction itself (PersonImport).
    if (QSqlQuery pragma(db); !pragma.exec(QStringLiteral("PRAGMA cache_size = -65536")))
        qWarning("Store: the page cache could not be set: %s",
                 qPrintable(pragma.lastError().text()));
    return db;
}

bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    const int dirFd = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace storedetail

using namespace storedetail;

namespace {

const QString recoveryActor = QStringLiteral("herstelsleutel");

bool isPlainSqliteFile(const QString &path)
{
    // Only an ordinary file is looked into: a FIFO would block the read (RegularFile.h).
    FileKind kind = FileKind::Regular;
    const int fd = openRegularFile(path, &kind);
    if (fd < 0)
        return false;
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The files of a store folder that SQLite, QLockFile or Privacydesk open, when they exist, must
// be ordinary files (RegularFile.h): checked with lstat before any of them is opened or read, so
// that a FIFO or a link in their place is refused with its own sentence instead of hanging or being
// followed. (Between this check and SQLite's open a file could still be swapped; doing that
// needs write access to the store folder, whose owner it is.)
StoreError storeFilesError(const QString &directory)
{
    const QDir dir(directory);
    if (fileKind(dir.filePath(QLatin1StringView(Store::keyringFileName))) == FileKind::NotRegular)
        return { StoreError::Code::KeyringNotAFile, QStringLiteral("keyring is not a file") };
    const QString database = QString::fromLatin1(Store::databaseFileName);
    const QStringList names { database, database + u"-wal"_s, database + u"-shm"_s,
                              database + u"-journal"_s, QString::fromLatin1(Store::lockFileName) };
    for (const QString &name : names) {
        if (fileKind(dir.filePath(name)) == FileKind::NotRegular)
            return { StoreError::Code::StoreFileNotAFile, name };
    }
    return {};
}

} // namespace

Store::Private::~Private()
{
    if (!connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            if (anchoring) {
                updateAnchor(); // a commit that the hook did not see (another connection)
                stopAnchoring(db);
            }
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    masterKey.clear();
    if (lock)
        lock->unlock();
}

QString Store::Private::path(const char *fileName) const
{
    return QDir(directory).filePath(QLatin1StringView(fileName));
}

StoreError Store::Private::acquireLock()
{
    // QLockFile reads an existing lock file to see whether it is stale: a FIFO would block it.
    if (StoreError refused = storeFilesError(directory); refused.isError())
        return refused;
    lock = std::make_unique<QLockFile>(path(lockFileName));
    lock->setStaleLockTime(0); // stale only when the owning process is gone
    if (lock->tryLock(200)) {
        QFile::setPermissions(path(lockFileName), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        return { StoreError::Code::InUse, QStringLiteral("lock held by another process") };
    case QLockFile::PermissionError:
        return { StoreError::Code::ReadOnlyLocation, QStringLiteral("cannot create lock file") };
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return { StoreError::Code::Io, QStringLiteral("lock file error") };
}

StoreError Store::Private::openAndMigrate()
{
    if (StoreError refused = storeFilesError(directory); refused.isError())
        return refused;
    const QString dbPath = path(databaseFileName);
    if (!QFileInfo::exists(dbPath))
        return { StoreError::Code::Corrupt, QStringLiteral("database file missing") };
    if (isPlainSqliteFile(dbPath))
        return { StoreError::Code::PlainSqlite, QStringLiteral("unencrypted SQLite header") };
    if (!QFileInfo(dbPath).isWritable())
        return { StoreError::Code::ReadOnlyLocation, QStringLiteral("database not writable") };

    connection = uniqueConnectionName();
    StoreError error;
    QSqlDatabase db = openDatabase(connection, dbPath, masterKey, false, &error);
    if (!db.isValid()) {
        connection.clear();
        return error;
    }

    // No PRAGMA quick_check here: it reads the whole file (206 ms at 50,000 requests) on every
    // unlock. The full check runs at verify, before every backup (and so before a migration)
    // and weekly in the background (IntegrityCheck). What opening reads (the header, the
    // schema, meta, the audit head) still refuses the file when SQLite reports it corrupt.
    bool ok = false;
    const int version = schemaVersion(db, &ok);
    if (!ok) {
        const StoreError sqlError = errorFromSql(db.lastError());
        return sqlError.isError()
            ? sqlError
            : StoreError(StoreError::Code::Corrupt, QStringLiteral("user_version unreadable"));
    }
    if (version > latestSchemaVersion()) {
        return { StoreError::Code::NewerVersion,
                 QStringLiteral("schema %1 > %2").arg(version).arg(latestSchemaVersion()) };
    }
    if (version < 1)
        return { StoreError::Code::Corrupt, QStringLiteral("database has no schema") };
    if (MetaRepository::value(db, QStringLiteral("store_id"))
        != keyring.storeId().toString(QUuid::WithoutBraces))
        return { StoreError::Code::Corrupt, QStringLiteral("store id differs from keyring") };
    if (StoreError anchorError = checkAuditAnchor(db); anchorError.isError())
        return anchorError;

    if (version < latestSchemaVersion()) {
        // A backup first: a migration that goes wrong on a real store must be undoable.
        const QString backupDir
            = QDir(path(backupDirName))
                  .filePath(
                      QStringLiteral("voor-schema-%1-%2")
                          .arg(latestSchemaVersion())
                          .arg(systemClock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!backup(db, backupDir, &error))
            return error;
        QString migrationError;
        if (!applyMigrations(db, builtinMigrations(), &migrationError)) {
            qCWarning(lcStore) << "migration failed:" << migrationError;
            const StoreError sqlError = errorFromSql(db.lastError());
            return sqlError.isError() ? sqlError
                                      : StoreError(StoreError::Code::Internal, migrationError);
        }
    }
    demo = MetaRepository::value(db, QStringLiteral("demo")) == QLatin1StringView("1");
    return startAnchoring(db);
}

QString Store::Private::activeLogin(const QString &userName) const
{
    return UserRepository::activeLoginExactly(QSqlDatabase::database(connection, false),
                                              normalisedLogin(userName));
}

QString Store::Private::loginForSlot(const QString &slotId) const
{
    return UserRepository::activeLoginOfSlot(QSqlDatabase::database(connection, false), slotId);
}

StoreKey::~StoreKey()
{
    wipe(m_recoveryKey);
}

Store::Store(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{ }

Store::~Store() = default;

bool Store::looksLikeStore(const QString &directory)
{
    // Whatever sits there under the keyring's name (also a dangling link or a pipe) makes the
    // folder a store to open, so that opening it says what is wrong with the keyring.
    const QFileInfo keyring(QDir(directory).filePath(QLatin1StringView(keyringFileName)));
    return keyring.exists() || keyring.isSymLink();
}

namespace {
// ~/.local/share/Privacydesk: AppDataLocation would repeat the name (organisation and
// application are both "Privacydesk").
QString dataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Privacydesk"));
}
} // namespace

QString Store::defaultDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("kluis"));
}

bool Store::demoFolderRule(const QString &directory, bool demo, StoreError *error)
{
    // The demo folder holds the demo store and nothing else, and the default folder never the
    // demo: whatever a user or a script asks (create or restore), a real store cannot open as
    // the demo (where the demo's public password is shown) nor the demo pass for the
    // organisation's store.
    const QString target = QDir::cleanPath(QDir(directory).absolutePath());
    if ((!demo && target == QDir::cleanPath(demoDirectory()))
        || (demo && target == QDir::cleanPath(defaultDirectory()))) {
        *error = { StoreError::Code::DemoFolder,
                   demo ? QStringLiteral("demo store in the default folder")
                        : QStringLiteral("real store in the demo folder") };
        return false;
    }
    return true;
}

QString Store::demoDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo"));
}

// Unlocks keyring.pdk.pending (if any) with the same credentials; see Store::open.
void Store::loadPending(
    StoreKey *key,
    const std::function<SecureBytes(const Keyring &, QString *, Keyring::Status *)> &unlock)
{
    const QString path
        = QDir(key->m_directory).filePath(QLatin1StringView(Store::pendingKeyringFileName));
    if (!QFileInfo::exists(path))
        return;
    Keyring::Status status = Keyring::Status::Ok;
    Keyring pending = Keyring::load(path, &status);
    if (status != Keyring::Status::Ok)
        return;
    key->m_pendingMasterKey = unlock(pending, &key->m_pendingSlotId, &status);
    if (!key->m_pendingMasterKey.isEmpty())
        key->m_pendingKeyring = std::move(pending);
}

std::shared_ptr<StoreKey> Store::unlock(const QString &directory, const QString &userName,
                                        const SecureBytes &password)
{
    auto key = std::make_shared<StoreKey>();
    key->m_directory = QDir(directory).absolutePath();
    key->m_user = userName.trimmed();
    if (!initSodium()) {
        key->m_error
            = { StoreError::Code::Internal, QStringLiteral("libsodium failed to initialise") };
        return key;
    }
    const QDir dir(key->m_directory);
    if (key->m_error = storeFilesError(key->m_directory); key->m_error.isError())
        return key;
    if (!looksLikeStore(directory)) {
        key->m_error = isPlainSqliteFile(dir.filePath(QLatin1StringView(databaseFileName)))
            ? StoreError(StoreError::Code::PlainSqlite, QStringLiteral("unencrypted SQLite header"))
            : StoreError(StoreError::Code::NotAStore, QStringLiteral("no keyring"));
        return key;
    }
    Keyring::Status status = Keyring::Status::Ok;
    key->m_keyring = Keyring::load(dir.filePath(QLatin1StringView(keyringFileName)), &status);
    if (status != Keyring::Status::Ok) {
        key->m_error = keyringError(status, QStringLiteral("keyring could not be loaded"));
        return key;
    }
    const auto unlockWith
        = [&key, &password](const Keyring &keyring, QString *slotId, Keyring::Status *result) {
              return key->m_user.isEmpty() ? keyring.unlockAnyUser(password, slotId, result)
                                           : keyring.unlockUser(key->m_user, password, result);
          };
    key->m_masterKey = unlockWith(key->m_keyring, &key->m_slotId, &status);
    loadPending(key.get(), [&](const Keyring &pending, QString *slotId, Keyring::Status *result) {
        return unlockWith(pending, slotId, result);
    });
    if (key->m_masterKey.isEmpty() && key->m_pendingMasterKey.isEmpty())
        key->m_error = keyringError(status, QStringLiteral("unlock failed"));
    return key;
}

std::shared_ptr<StoreKey> Store::unlockWithRecoveryKey(const QString &directory,
                                                       QStringView recoveryKey)
{
    auto key = std::make_shared<StoreKey>();
    key->m_directory = QDir(directory).absolutePath();
    key->m_recovery = true;
    key->m_user = recoveryActor;
    if (!initSodium()) {
        key->m_error
            = { StoreError::Code::Internal, QStringLiteral("libsodium failed to initialise") };
        return key;
    }
    if (key->m_error = storeFilesError(key->m_directory); key->m_error.isError())
        return key;
    Keyring::Status status = Keyring::Status::Ok;
    key->m_keyring = Keyring::load(
        QDir(key->m_directory).filePath(QLatin1StringView(keyringFileName)), &status);
    if (status != Keyring::Status::Ok) {
        key->m_error = keyringError(status, QStringLiteral("keyring could not be loaded"));
        return key;
    }
    key->m_masterKey = key->m_keyring.unlockRecovery(recoveryKey, &status);
    loadPending(key.get(), [&](const Keyring &pending, QString *, Keyring::Status *result) {
        return pending.unlockRecovery(recoveryKey, result);
    });
    if (key->m_masterKey.isEmpty() && key->m_pendingMasterKey.isEmpty()) {
        // NotFound here means the keyring has no recovery slot: to the user, the key is wrong.
        const bool wrongKey = status == Keyring::Status::WrongPassword
            || status == Keyring::Status::UnknownUser || status == Keyring::Status::NotFound;
        key->m_error = wrongKey ? StoreError(StoreError::Code::WrongRecoveryKey)
                                : keyringError(status, QStringLiteral("recovery unlock failed"));
    }
    return key;
}

std::unique_ptr<Store> Store::open(const std::shared_ptr<StoreKey> &key, StoreError *error)
{
    *error = {};
    if (!key || !key->isValid()) {
        *error
            = key ? key->error() : StoreError(StoreError::Code::Internal, QStringLiteral("no key"));
        return {};
    }
    const auto attempt = [&key, error](Keyring keyring, SecureBytes masterKey,
                                       const QString &slotId) -> std::unique_ptr<Private> {
        auto opened = std::make_unique<Private>();
        opened->directory = key->m_directory;
        opened->keyring = std::move(keyring);
        opened->masterKey = std::move(masterKey);
        opened->recovery = key->m_recovery;
        if (*error = opened->acquireLock(); error->isError())
            return {};
        if (*error = opened->openAndMigrate(); error->isError())
            return {};
        if (key->m_recovery) {
            opened->user = key->m_user;
            return opened;
        }
        // A slot opens the store only for an active user: a slot whose row is missing
        // or removed (a removal whose rekey did not finish, a slot added behind the application's
        // back) is answered as a wrong password, so that nobody learns which names have slots.
        opened->user = key->m_user.isEmpty() ? opened->loginForSlot(slotId)
                                             : opened->activeLogin(key->m_user);
        if (opened->user.isEmpty()) {
            *error = keyringError(Keyring::Status::WrongPassword, QStringLiteral("unlock failed"));
            return {};
        }
        return opened;
    };

    // Key rotation (removeKeySlotAndRekey, restore) leaves keyring.pdk.pending behind only when
    // it was interrupted. If the current keyring's key opens the database, the rotation never
    // committed: the pending file is stale. If only the pending key opens it, the database was
    // rekeyed or replaced and the rename of the keyring is all that is missing: finish it.
    const QString pendingPath
        = QDir(key->m_directory).filePath(QLatin1StringView(pendingKeyringFileName));
    std::unique_ptr<Private> d;
    if (!key->m_masterKey.isEmpty()) {
        d = attempt(std::move(key->m_keyring), std::move(key->m_masterKey), key->m_slotId);
        if (d && QFileInfo::exists(pendingPath)) {
            qCWarning(lcStore) << "discarding a key rotation that never committed";
            QFile::remove(pendingPath);
        }
    }
    if (!d && !key->m_pendingMasterKey.isEmpty()
        && (key->m_masterKey.isEmpty() || error->code() == StoreError::Code::Corrupt)) {
        d = attempt(std::move(key->m_pendingKeyring), std::move(key->m_pendingMasterKey),
                    key->m_pendingSlotId);
        if (d) {
            qCWarning(lcStore) << "completing an interrupted key rotation";
            if (!replaceFile(pendingPath, d->path(keyringFileName))) {
                *error = { StoreError::Code::Io, QStringLiteral("cannot complete key rotation") };
                return {};
            }
        }
    }
    if (!d)
        return {};
    // What a killed restore left in the store's folder (the backup's encrypted copy) goes at
    // the next open too, not only at the next restore. A restore still running keeps its folder
    // (it opens the store itself while it runs); anything else there is left and said.
    if (const StoreError leftover = removeKilledRestore(d->path(restoreStagingName));
        leftover.isError() && leftover.code() != StoreError::Code::InUse)
        qCWarning(lcStore) << "kept what stands in the restore's staging folder:"
                           << StoreError::codeName(leftover.code());
    auto store = std::unique_ptr<Store>(new Store(std::move(d)));
    store->completeInterruptedRemovals(key->m_recovery ? QString() : key->m_slotId);
    return store;
}

QStringList Store::openWarnings() const
{
    return d->warnings;
}

std::unique_ptr<Store> Store::open(const QString &directory, const QString &userName,
                                   const SecureBytes &password, StoreError *error)
{
    return open(unlock(directory, userName, password), error);
}

std::unique_ptr<Store> Store::openWithRecoveryKey(const QString &directory, QStringView recoveryKey,
                                                  StoreError *error)
{
    return open(unlockWithRecoveryKey(directory, recoveryKey), error);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(d->connection, false);
}

QString Store::directory() const
{
    return d->directory;
}

QString Store::databasePath() const
{
    if (isServer())
        return {};
    return d->path(databaseFileName);
}

QString Store::userName() const
{
    return d->user;
}

bool Store::isDemo() const
{
    return d->demo;
}

QUuid Store::storeId() const
{
    return isServer() ? d->serverStoreId : d->keyring.storeId();
}

StoreInfo Store::info() const
{
    const QSqlDatabase db = database();
    StoreInfo info;
    info.directory = d->directory;
    info.storeId = storeId();
    info.schemaVersion = schemaVersion(db);
    if (auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver()))
        info.cipherVersion = driver->cipherVersion();
    if (isServer()) {
        QSqlQuery server(db);
        enum Column { ServerVersion, DatabaseSize }; // the SELECT's columns, in its order
        if (server.exec(QStringLiteral("SELECT 'PostgreSQL ' || current_setting('server_version'), "
                                       "pg_database_size(current_database())"))
            && server.next()) {
            info.cipherVersion = server.value(ServerVersion).toString();
            info.databaseBytes = server.value(DatabaseSize).toLongLong();
        }
    }
    info.created = QDateTime::fromString(MetaRepository::value(db, QStringLiteral("created_at")),
                                         Qt::ISODateWithMs);
    info.organisationName = MetaRepository::value(db, QStringLiteral("organisation_name"));
    info.demo = d->demo;
    if (const std::optional<int> users = UserRepository::activeCount(db))
        info.userCount = *users;
    if (!isServer()) {
        info.keySlotCount = static_cast<int>(d->keyring.keySlots().size());
        info.databaseBytes = QFileInfo(databasePath()).size();
    }
    return info;
}

bool Store::openedWithRecoveryKey() const
{
    return d->recovery;
}

StoreError Store::errorFromSql(const QSqlError &sqlError)
{
    if (!sqlError.isValid())
        return {};
    const QString detail = sqlError.text();
    switch (sql::sqliteErrorCode(sqlError)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return { StoreError::Code::InUse, detail };
    case 8: // SQLITE_READONLY
        return { StoreError::Code::ReadOnlyLocation, detail };
    case 13: // SQLITE_FULL
        return { StoreError::Code::DiskFull, detail };
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB: the key does not open this file
        return { StoreError::Code::Corrupt, detail };
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return { StoreError::Code::Io, detail };
    default:
        return { StoreError::Code::Internal, detail };
    }
}

} // namespace pd
