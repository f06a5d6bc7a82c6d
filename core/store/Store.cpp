#include "store/Store.h"

#include "audit/AuditLog.h"
#include "audit/RecordedState.h"
#include "domain/BsnGuard.h"
#include "sql/SqlCipherDriver.h"
#include "store/Migrations.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace pd {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "privacydesk.store")

namespace {

constexpr std::size_t masterKeySize = 32;
// Creating a store needs room for the database, its WAL and a first backup.
constexpr qint64 minimumFreeBytes = 16 * 1024 * 1024;
const QString recoveryActor = QStringLiteral("herstelsleutel");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString normalisedLogin(const QString &userName)
{
    return userName.trimmed().toCaseFolded();
}

bool isPlainSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
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

// Opens dbPath with the PDSQLCIPHER driver under key; on failure the connection is removed.
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
    return db;
}

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool setMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

// rename(2): replaces target atomically (QFile::rename refuses an existing target), then syncs
// the folder so that the new name survives a power cut.
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

// Moves the WAL's contents into the database file and empties it, so that the file alone is
// the database (before and after a rekey, before a restore).
void checkpoint(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStore) << "checkpoint failed:" << query.lastError().text();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// A copy readable by the owner only; false if the target exists.
bool copyPrivate(const QString &from, const QString &to)
{
    return QFile::copy(from, to)
        && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Copies the database with sqlcipher_export into target (same key, same page size), then
// reopens the copy and checks it. On failure target stays for the caller to judge and remove.
// ATTACH without KEY makes SQLCipher reuse the main key, so no key ever appears in SQL text.
bool exportDatabase(QSqlDatabase &db, const QString &target, const SecureBytes &key,
                    StoreError *error)
{
    if (QFileInfo::exists(target)) {
        *error = { StoreError::Code::AlreadyExists, QStringLiteral("backup target exists") };
        return false;
    }
    const int version = schemaVersion(db);
    // ATTACH opens with the main connection's flags, and a store is opened without CREATE: so
    // the (empty, owner-only) file is made first; SQLite treats a zero-length file as new.
    {
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = { StoreError::Code::ReadOnlyLocation, empty.errorString() };
            return false;
        }
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS pdbackup"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error = Store::errorFromSql(query.lastError());
        QFile::remove(target);
        return false;
    }
    bool ok = db.transaction();
    // sqlcipher_export runs inside this transaction: a consistent snapshot of main.
    ok = ok && query.exec(QStringLiteral("SELECT sqlcipher_export('pdbackup')"));
    ok = ok && query.exec(QStringLiteral("PRAGMA pdbackup.user_version = %1").arg(version));
    if (ok) {
        ok = db.commit();
    } else {
        *error = Store::errorFromSql(query.lastError());
        db.rollback();
    }
    if (!ok && !error->isError())
        *error = Store::errorFromSql(db.lastError());
    QSqlQuery detach(db);
    if (!detach.exec(QStringLiteral("DETACH DATABASE pdbackup")))
        qCWarning(lcStore) << "detach after backup failed:" << detach.lastError().text();
    if (!ok)
        return false; // the caller's temporary folder goes, with what was written (see why)

    // Verify the copy the way a restore would open it.
    const QString connection = uniqueConnectionName();
    {
        QSqlDatabase copy = openDatabase(connection, target, key, false, error);
        if (!copy.isValid())
            return false;
        QSqlQuery check(copy);
        const bool intact = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
            && check.value(0).toString() == QLatin1StringView("ok");
        const bool sameVersion = schemaVersion(copy) == version;
        copy.close();
        if (!intact || !sameVersion) {
            *error = { StoreError::Code::Corrupt, QStringLiteral("backup verification failed") };
            ok = false;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// The audit trail's head as the connection sees it: seq 0 and no hash when empty (or when the
// schema has no audit trail yet). False when it cannot be read.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash;
};

sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const sql::SqlCipherDriver *>(db.driver());
    return driver ? driver->sqliteHandle() : nullptr;
}

// Raw SQLite on purpose: it also runs inside the WAL hook, under SQLite's own call.
bool readAuditRow(sqlite3 *handle, const char *sql, qint64 bindSeq, AuditHead *out)
{
    *out = {};
    if (!handle)
        return false;
    sqlite3_stmt *table = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                           "'audit_events'",
                           -1, &table, nullptr)
        != SQLITE_OK)
        return false;
    const int tableStep = sqlite3_step(table);
    sqlite3_finalize(table);
    if (tableStep == SQLITE_DONE)
        return true; // no audit trail in this schema
    if (tableStep != SQLITE_ROW)
        return false;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    if (bindSeq > 0)
        sqlite3_bind_int64(statement, 1, bindSeq);
    const int step = sqlite3_step(statement);
    bool ok = step == SQLITE_DONE;
    if (step == SQLITE_ROW) {
        out->seq = sqlite3_column_int64(statement, 0);
        const int size = sqlite3_column_bytes(statement, 1);
        out->hash = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 1)), size);
        ok = true;
    }
    sqlite3_finalize(statement);
    return ok;
}

bool readAuditHead(sqlite3 *handle, AuditHead *head)
{
    return readAuditRow(handle, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1", 0,
                        head);
}

bool readAuditEvent(sqlite3 *handle, qint64 seq, AuditHead *event)
{
    return readAuditRow(handle, "SELECT seq, hash FROM audit_events WHERE seq = ?", seq, event);
}

constexpr auto keyedFromMetaKey = "audit_keyed_from";

} // namespace

// --- Backups: written whole beside the target, or not at all ---------------------------------

namespace {

bool insideFolder(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + u'/'));
}

// The path as the file system resolves it: its nearest existing ancestor with links followed,
// plus the components that do not exist yet.
QString resolvedPath(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        missing.prepend(QFileInfo(existing).fileName());
        existing = parent;
    }
    QString resolved = QFileInfo(existing).canonicalFilePath();
    for (const QString &name : std::as_const(missing))
        resolved += u'/' + name;
    return QDir::cleanPath(resolved);
}

// Why a backup may not go to target: never into the store's folder (its database, keyring and
// WAL live there) except its own backups/ folder, never over a file or a folder that holds
// anything.
StoreError backupTargetRefusal(const QString &storeDirectory, const QString &target)
{
    const QFileInfo info(target);
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        return { StoreError::Code::TargetExists, QStringLiteral("backup target exists") };
    if (info.exists()
        && !QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                                 | QDir::NoDotAndDotDot))
        return { StoreError::Code::TargetExists, QStringLiteral("backup folder not empty") };
    const QString store = QFileInfo(storeDirectory).canonicalFilePath();
    const QString resolved = resolvedPath(target);
    const QString ownBackups = store + u'/' + QLatin1StringView(Store::backupDirName);
    if (insideFolder(resolved, store)
        && !(insideFolder(resolved, ownBackups) && resolved != ownBackups))
        return { StoreError::Code::InsideStore, QStringLiteral("backup target in store folder") };
    return {};
}

StoreError errorFromErrno(int error, const QString &what)
{
    const QString detail
        = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return { StoreError::Code::DiskFull, detail };
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
        return { StoreError::Code::ReadOnlyLocation, detail };
    case EEXIST:
    case ENOTEMPTY:
        return { StoreError::Code::TargetExists, detail };
    default:
        return { StoreError::Code::Io, detail };
    }
}

// Every missing folder of path made owner-only (0700), whatever the umask.
bool makePrivatePath(const QString &path, StoreError *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(clean).isDir())
        return true;
    const QString parent = QFileInfo(clean).absolutePath();
    if (parent != clean && !makePrivatePath(parent, error))
        return false;
    const QByteArray name = QFile::encodeName(clean);
    if (::mkdir(name.constData(), 0700) != 0) {
        if (errno == EEXIST && QFileInfo(clean).isDir())
            return true; // made meanwhile by someone else: not ours to restrict
        *error = errorFromErrno(errno == EEXIST ? ENOTDIR : errno,
                                QStringLiteral("cannot create folder"));
        return false;
    }
    if (::chmod(name.constData(), 0700) != 0) {
        *error = errorFromErrno(errno, QStringLiteral("cannot restrict folder"));
        return false;
    }
    return true;
}

// fsync(2) on a file or a folder: written data and new names survive a power cut.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Why folder has no room for `needed` bytes (DiskFull) or takes no writes (ReadOnlyLocation);
// no error when neither can be seen beforehand.
StoreError roomFor(const QString &folder, qint64 needed)
{
    struct statvfs fs = {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    if ((fs.f_flag & ST_RDONLY) != 0)
        return { StoreError::Code::ReadOnlyLocation, QStringLiteral("read-only file system") };
    if (static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize) < needed)
        return { StoreError::Code::DiskFull, QStringLiteral("not enough free space") };
    return {};
}

// Why writing `needed` bytes into folder failed, when SQLite only said "error": a full disk
// (or a file-size limit), a read-only place, or else an I/O error — never "internal".
StoreError explainWriteFailure(const StoreError &reported, const QString &folder, qint64 needed)
{
    if (reported.code() == StoreError::Code::DiskFull
        || reported.code() == StoreError::Code::ReadOnlyLocation)
        return reported;
    const QString detail = reported.detail();
    if (detail.contains(QLatin1StringView("disk is full"), Qt::CaseInsensitive))
        return { StoreError::Code::DiskFull, detail };
    if (const StoreError room = roomFor(folder, needed); room.isError())
        return { room.code(), detail };
    // A file-size limit (RLIMIT_FSIZE) below what is to be written: for this process the disk is
    // as full as it gets.
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
        && static_cast<qint64>(limit.rlim_cur) < needed)
        return { StoreError::Code::DiskFull, detail + QStringLiteral(" (file size limit)") };
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return errorFromErrno(errno, detail);
    return { StoreError::Code::Io, detail };
}

// The backup folder target (database by sqlcipher_export, verified, and keyring): written into a
// private temporary folder beside target, every file and the folder flushed, then renamed into
// place — so a full disk, a crash or a refusal never leaves half a backup under target's name,
// and nothing ever lands in the store's own folder or over an existing backup.
bool writeBackupFolder(QSqlDatabase &db, const QString &storeDirectory, const QString &target,
                       const SecureBytes &key, const Keyring &keyring, StoreError *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(target).absoluteFilePath());
    if (QFileInfo(absolute).fileName().isEmpty()) {
        *error = { StoreError::Code::TargetExists, QStringLiteral("no folder name") };
        return false;
    }
    if (*error = backupTargetRefusal(storeDirectory, absolute); error->isError())
        return false;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!makePrivatePath(parent, error))
        return false;
    // About what the copy takes: the database file (its WAL's pages mostly replace pages of it).
    const QString dbPath
        = QDir(storeDirectory).filePath(QLatin1StringView(Store::databaseFileName));
    const qint64 needed = QFileInfo(dbPath).size();
    if (*error = roomFor(parent, needed); error->isError())
        return false;

    QByteArray pattern
        = QFile::encodeName(parent + u"/." + QFileInfo(absolute).fileName() + u".tmp-XXXXXX");
    if (!::mkdtemp(pattern.data())) { // mode 0700
        *error = errorFromErrno(errno, QStringLiteral("cannot create temporary backup folder"));
        return false;
    }
    const QString staging = QFile::decodeName(pattern);
    auto dropStaging = qScopeGuard([&staging] { QDir(staging).removeRecursively(); });
    const QString dbCopy = QDir(staging).filePath(QLatin1StringView(Store::databaseFileName));
    const QString keyringCopy = QDir(staging).filePath(QLatin1StringView(Store::keyringFileName));
    if (!exportDatabase(db, dbCopy, key, error)) {
        *error
            = explainWriteFailure(*error, staging, needed + QFileInfo(dbPath + u"-wal"_s).size());
        return false;
    }
    QString saveError;
    if (!keyring.save(keyringCopy, &saveError)) {
        *error = explainWriteFailure({ StoreError::Code::Io, saveError }, staging, needed);
        return false;
    }
    // Only the two files, each flushed, and the folder's entries flushed.
    const QStringList left = QDir(staging).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                     | QDir::NoDotAndDotDot);
    for (const QString &name : left) {
        if (name != QLatin1StringView(Store::databaseFileName)
            && name != QLatin1StringView(Store::keyringFileName))
            QFile::remove(QDir(staging).filePath(name));
    }
    for (const QString &file : { dbCopy, keyringCopy }) {
        if (!QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !syncPath(file)) {
            *error = explainWriteFailure({ StoreError::Code::Io, QStringLiteral("flush failed") },
                                         staging, needed);
            return false;
        }
    }
    if (!syncPath(staging)) {
        *error = { StoreError::Code::Io, QStringLiteral("flush of the backup folder failed") };
        return false;
    }
    // rename(2) of a folder replaces at most an empty folder: never a backup or anything else.
    if (std::rename(pattern.constData(), QFile::encodeName(absolute).constData()) != 0) {
        *error = errorFromErrno(errno, QStringLiteral("cannot rename the backup into place"));
        return false;
    }
    dropStaging.dismiss();
    syncPath(parent);
    return true;
}

} // namespace

struct Store::Private
{
    QString directory;
    QString connection;
    QString user;
    SecureBytes masterKey;
    Keyring keyring;
    std::unique_ptr<QLockFile> lock;
    bool demo = false;
    bool recovery = false;

    bool anchoring = false; // the WAL hook keeps the keyring's audit anchor up to date
    QStringList warnings; // Store::openWarnings

    ~Private()
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

    QString path(const char *fileName) const
    {
        return QDir(directory).filePath(QLatin1StringView(fileName));
    }

    // Takes the store's lock file: one Privacydesk process per store.
    StoreError acquireLock()
    {
        lock = std::make_unique<QLockFile>(path(lockFileName));
        lock->setStaleLockTime(0); // stale only when the owning process is gone
        if (lock->tryLock(200)) {
            QFile::setPermissions(path(lockFileName),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return {};
        }
        switch (lock->error()) {
        case QLockFile::LockFailedError:
            return { StoreError::Code::InUse, QStringLiteral("lock held by another process") };
        case QLockFile::PermissionError:
            return { StoreError::Code::ReadOnlyLocation,
                     QStringLiteral("cannot create lock file") };
        case QLockFile::NoError:
        case QLockFile::UnknownError:
            break;
        }
        return { StoreError::Code::Io, QStringLiteral("lock file error") };
    }

    // Opens the database, checks it belongs to the keyring, migrates. Called with the lock held
    // and masterKey set.
    StoreError openAndMigrate()
    {
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

        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
            || query.value(0).toString() != QLatin1StringView("ok")) {
            return { StoreError::Code::Corrupt, QStringLiteral("quick_check failed") };
        }
        query.finish();

        bool ok = false;
        const int version = schemaVersion(db, &ok);
        if (!ok)
            return errorFromSql(db.lastError());
        if (version > latestSchemaVersion()) {
            return { StoreError::Code::NewerVersion,
                     QStringLiteral("schema %1 > %2").arg(version).arg(latestSchemaVersion()) };
        }
        if (version < 1)
            return { StoreError::Code::Corrupt, QStringLiteral("database has no schema") };
        if (metaValue(db, QStringLiteral("store_id"))
            != keyring.storeId().toString(QUuid::WithoutBraces))
            return { StoreError::Code::Corrupt, QStringLiteral("store id differs from keyring") };
        if (StoreError anchorError = checkAuditAnchor(db); anchorError.isError())
            return anchorError;

        if (version < latestSchemaVersion()) {
            // A backup first: a migration that goes wrong on a real store must be undoable.
            const QString backupDir
                = QDir(path(backupDirName))
                      .filePath(QStringLiteral("voor-schema-%1-%2")
                                    .arg(latestSchemaVersion())
                                    .arg(QDateTime::currentDateTimeUtc().toString(
                                        QStringLiteral("yyyyMMdd-HHmmss"))));
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
        demo = metaValue(db, QStringLiteral("demo")) == QLatin1StringView("1");
        return startAnchoring(db);
    }

    // ---- The audit anchor (issue 15) ----
    //
    // The keyring holds where the audit trail stood (seq, hash) and from which seq its hashes
    // are keyed. Opening checks the database against it: a head before the anchor, or another
    // hash at the anchor's seq, means the database is older than the keyring (an older copy, a
    // deleted -wal with committed transactions, a trail cut off at its tail) or its trail was
    // rewritten. The anchor follows every commit (the WAL hook below) and is written after the
    // commit, never before: a kill in between leaves it behind the database, which is fine;
    // ahead of it it never is, so a normal crash is never taken for a rollback.

    StoreError checkAuditAnchor(const QSqlDatabase &db) const
    {
        sqlite3 *handle = sqliteOf(db);
        AuditHead head;
        if (!readAuditHead(handle, &head))
            return { StoreError::Code::Corrupt, QStringLiteral("audit head unreadable") };
        const QString metaKeyedFrom = metaValue(db, QLatin1StringView(keyedFromMetaKey));
        if (!keyring.hasAuditAnchor()) {
            // The keyring is written before the database records the switch: a database that
            // knows it with a keyring that does not is an older keyring put back.
            if (!metaKeyedFrom.isEmpty())
                return { StoreError::Code::KeyringTampered,
                         QStringLiteral("keyring without audit anchor, database keyed") };
            return {};
        }
        const AuditAnchor anchor = keyring.auditAnchor();
        if (!metaKeyedFrom.isEmpty() && metaKeyedFrom.toLongLong() != anchor.keyedFrom)
            return { StoreError::Code::RolledBack,
                     QStringLiteral("keyed-from %1 in the database, %2 in the keyring")
                         .arg(metaKeyedFrom)
                         .arg(anchor.keyedFrom) };
        if (head.seq < anchor.seq)
            return {
                StoreError::Code::RolledBack,
                QStringLiteral("audit head %1 before the anchor %2").arg(head.seq).arg(anchor.seq)
            };
        if (anchor.seq > 0) {
            AuditHead atAnchor;
            if (!readAuditEvent(handle, anchor.seq, &atAnchor))
                return { StoreError::Code::Corrupt, QStringLiteral("audit event unreadable") };
            if (atAnchor.seq != anchor.seq || atAnchor.hash != anchor.hash)
                return { StoreError::Code::RolledBack,
                         QStringLiteral("audit event %1 differs from the anchor").arg(anchor.seq) };
        }
        return {};
    }

    // After a successful open (or create): a keyring without an anchor gets one (the events so
    // far keep their plain hashes; keying starts after them), the audit key is registered for
    // the connection and the WAL hook installed.
    StoreError startAnchoring(QSqlDatabase &db)
    {
        sqlite3 *handle = sqliteOf(db);
        AuditHead head;
        if (!handle || !readAuditHead(handle, &head))
            return { StoreError::Code::Corrupt, QStringLiteral("audit head unreadable") };
        if (!keyring.hasAuditAnchor()) {
            qCInfo(lcStore) << "keying the audit trail from event" << head.seq + 1;
            if (StoreError error
                = writeAnchor({ head.seq, head.seq > 0 ? head.hash : QByteArray(), head.seq + 1 });
                error.isError())
                return error;
        }
        const AuditAnchor anchor = keyring.auditAnchor();
        if (metaValue(db, QLatin1StringView(keyedFromMetaKey)).isEmpty()
            && !setMeta(db, QLatin1StringView(keyedFromMetaKey), QString::number(anchor.keyedFrom)))
            qCWarning(lcStore) << "cannot record the keyed-from point in the database";
        Keyring::Status status = Keyring::Status::Ok;
        const SecureBytes auditKey = keyring.auditKey(masterKey, &status);
        if (auditKey.isEmpty())
            return keyringError(status, QStringLiteral("audit key does not unwrap"));
        AuditLog::setChainKey(connection, auditKey, anchor.keyedFrom);
        sqlite3_wal_hook(handle, &Private::walHook, this);
        anchoring = true;
        updateAnchor();
        return {};
    }

    void stopAnchoring(const QSqlDatabase &db)
    {
        if (sqlite3 *handle = sqliteOf(db)) {
            sqlite3_wal_hook(handle, nullptr, nullptr);
            sqlite3_wal_autocheckpoint(handle, 1000); // SQLite's default, which the hook replaced
        }
        AuditLog::clearChainKey(connection);
        anchoring = false;
    }

    // Writes the anchor into a copy of the keyring, saves that whole (QSaveFile), then takes it.
    StoreError writeAnchor(const AuditAnchor &anchor)
    {
        Keyring::Status status = Keyring::Status::Ok;
        Keyring next = Keyring::parse(keyring.serialize(), &status);
        if (status != Keyring::Status::Ok || !next.setAuditAnchor(anchor, masterKey, &status))
            return keyringError(status, QStringLiteral("setting the audit anchor failed"));
        QString saveError;
        if (!next.save(path(keyringFileName), &saveError))
            return { StoreError::Code::Io, saveError };
        keyring = std::move(next);
        return {};
    }

    // Moves the anchor to the current head, if it moved. Failing costs only freshness: the old
    // anchor stays behind the database, which opening accepts.
    void updateAnchor()
    {
        if (!anchoring || !keyring.hasAuditAnchor())
            return;
        AuditHead head;
        if (!readAuditHead(sqliteOf(QSqlDatabase::database(connection, false)), &head))
            return;
        AuditAnchor anchor = keyring.auditAnchor();
        if (head.seq <= anchor.seq) {
            if (head.seq < anchor.seq || head.hash != anchor.hash)
                qCWarning(lcStore) << "audit head" << head.seq << "no longer at its anchor";
            return;
        }
        // The anchor only moves along its own chain: if the anchored event was changed or
        // removed, it stays where it is, for opening and verify to report.
        if (anchor.seq > 0) {
            AuditHead atAnchor;
            if (!readAuditEvent(sqliteOf(QSqlDatabase::database(connection, false)), anchor.seq,
                                &atAnchor)
                || atAnchor.hash != anchor.hash) {
                qCWarning(lcStore) << "audit event" << anchor.seq << "differs from its anchor";
                return;
            }
        }
        anchor.seq = head.seq;
        anchor.hash = head.hash;
        if (const StoreError error = writeAnchor(anchor); error.isError())
            qCWarning(lcStore) << "audit anchor not written:" << error.detail();
    }

    // After every commit on the store's connection (SQLite calls it once the commit is done and
    // the write lock released). It replaces SQLite's own auto-checkpoint, so it does that too.
    static int walHook(void *context, sqlite3 *handle, const char *databaseName, int frames)
    {
        if (frames >= 1000)
            sqlite3_wal_checkpoint(handle, databaseName);
        static_cast<Private *>(context)->updateAnchor();
        return SQLITE_OK;
    }

    bool backup(QSqlDatabase &db, const QString &targetDir, StoreError *error) const
    {
        return writeBackupFolder(db, directory, targetDir, masterKey, keyring, error);
    }

    // The login of an active user row with that (typed) name; empty when the row is missing or
    // removed. The row's login is the user's name from now on (received_by, handler, the audit
    // trail's actor), however it was typed.
    QString activeLogin(const QString &userName) const
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(
            QStringLiteral("SELECT login FROM users WHERE login = ? AND removed_at IS NULL"));
        query.addBindValue(normalisedLogin(userName));
        if (query.exec() && query.next())
            return query.value(0).toString();
        return {};
    }

    // User slots that no active users row claims, in keyring order. A slot is claimed by the
    // key_slot of an active row, or by an active login's name (a password reset replaces the
    // slot before the row learns its new id), or by being the slot this process unlocked with.
    // Unclaimed are the slot of a removal whose rekey never ran (the row says removed first)
    // and the slot of an add whose row never committed. The recovery slot is never a candidate.
    bool unclaimedSlots(const QString &unlockedSlot, QStringList *ids, StoreError *error) const
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (!query.exec(
                QStringLiteral("SELECT login, key_slot FROM users WHERE removed_at IS NULL"))) {
            *error = errorFromSql(query.lastError());
            return false;
        }
        QSet<QString> claimed { unlockedSlot };
        while (query.next()) {
            claimed.insert(query.value(1).toString());
            claimed.insert(keyring.slotIdOf(query.value(0).toString()));
        }
        if (query.lastError().isValid()) {
            *error = errorFromSql(query.lastError());
            return false;
        }
        ids->clear();
        for (const KeySlotInfo &slot : keyring.keySlots()) {
            if (slot.kind == KeySlotKind::User && !claimed.contains(slot.id))
                ids->append(slot.id);
        }
        return true;
    }

    QString loginForSlot(const QString &slotId) const
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(
            QStringLiteral("SELECT login FROM users WHERE key_slot = ? AND removed_at IS NULL"));
        query.addBindValue(slotId);
        if (query.exec() && query.next())
            return query.value(0).toString();
        return {};
    }
};

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
    if (!findBsnNumbers(options.organisationName).isEmpty()) {
        *error = { StoreError::Code::BsnRefused, QStringLiteral("organisation name") };
        return nullptr;
    }
    if (!demoFolderRule(directory, options.demo, error))
        return {};
    const QDir dir(directory);
    if (dir.exists()
        && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        *error = { StoreError::Code::AlreadyExists, QStringLiteral("folder not empty") };
        return {};
    }
    if (!makePrivatePath(directory, error)
        || !QFile::setPermissions(
            directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (!error->isError())
            *error
                = { StoreError::Code::ReadOnlyLocation, QStringLiteral("cannot restrict folder") };
        return {};
    }
    const QStorageInfo storage(directory);
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < minimumFreeBytes) {
        *error = { StoreError::Code::DiskFull, QStringLiteral("less than 16 MiB free") };
        return {};
    }

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

    // SQLite gives the -wal and -shm it creates the database file's mode: made owner-only
    // (0600) before SQLite sees it, all three stay private whatever the umask.
    {
        QFile file(d->path(databaseFileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = { StoreError::Code::ReadOnlyLocation, file.errorString() };
            cleanUp();
            return {};
        }
    }
    d->connection = uniqueConnectionName();
    QSqlDatabase db
        = openDatabase(d->connection, d->path(databaseFileName), d->masterKey, true, error);
    if (!db.isValid()) {
        d->connection.clear();
        cleanUp();
        return {};
    }
    QString migrationError;
    if (!applyMigrations(db, builtinMigrations(), &migrationError)) {
        *error = errorFromSql(db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal, migrationError };
        db = QSqlDatabase();
        cleanUp();
        return {};
    }

    bool ok = db.transaction();
    ok = ok
        && setMeta(db, QStringLiteral("store_id"),
                   d->keyring.storeId().toString(QUuid::WithoutBraces));
    ok = ok && setMeta(db, QStringLiteral("created_at"), nowIso());
    ok = ok
        && setMeta(db, QStringLiteral("created_by_version"), QStringLiteral(PRIVACYDESK_VERSION));
    ok = ok && setMeta(db, QStringLiteral("organisation_name"), options.organisationName.trimmed());
    ok = ok
        && setMeta(db, QStringLiteral("demo"),
                   options.demo ? QStringLiteral("1") : QStringLiteral("0"));
    // A new store keys its audit chain from the first event on.
    ok = ok && setMeta(db, QLatin1StringView(keyedFromMetaKey), QStringLiteral("1"));
    QSqlQuery user(db);
    user.prepare(
        QStringLiteral("INSERT INTO users (login, display_name, role, key_slot, created_at) "
                       "VALUES (?, ?, 'beheerder', ?, ?)"));
    user.addBindValue(normalisedLogin(userName));
    user.addBindValue(userName.trimmed());
    user.addBindValue(userSlot);
    user.addBindValue(nowIso());
    ok = ok && user.exec();
    ok = ok && db.commit();
    if (!ok) {
        *error = errorFromSql(user.lastError().isValid() ? user.lastError() : db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal,
                       QStringLiteral("writing the store metadata failed") };
        db.rollback();
        db = QSqlDatabase();
        cleanUp();
        return {};
    }
    db = QSqlDatabase();

    // The keyring is written last: until it exists the folder is not a store.
    Keyring::Status anchorStatus = Keyring::Status::Ok;
    if (!d->keyring.setAuditAnchor(AuditAnchor(), d->masterKey, &anchorStatus)) {
        *error = keyringError(anchorStatus, QStringLiteral("setting the audit anchor failed"));
        cleanUp();
        return {};
    }
    QString saveError;
    if (!d->keyring.save(d->path(keyringFileName), &saveError)) {
        *error = { StoreError::Code::Io, saveError };
        cleanUp();
        return {};
    }
    {
        QSqlDatabase created = QSqlDatabase::database(d->connection, false);
        if (*error = d->startAnchoring(created); error->isError()) {
            created = QSqlDatabase();
            cleanUp();
            return {};
        }
    }
    d->user = normalisedLogin(userName); // the users row's login, as Store::open names it
    d->demo = options.demo;
    if (recoveryKey)
        *recoveryKey = recovery;
    return std::unique_ptr<Store>(new Store(std::move(d)));
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
        auto d = std::make_unique<Private>();
        d->directory = key->m_directory;
        d->keyring = std::move(keyring);
        d->masterKey = std::move(masterKey);
        d->recovery = key->m_recovery;
        if (*error = d->acquireLock(); error->isError())
            return {};
        if (*error = d->openAndMigrate(); error->isError())
            return {};
        if (key->m_recovery) {
            d->user = key->m_user;
            return d;
        }
        // A slot opens the store only for an active user (issue 8): a slot whose row is missing
        // or removed (a removal whose rekey did not finish, a slot added behind the application's
        // back) is answered as a wrong password, so that nobody learns which names have slots.
        d->user = key->m_user.isEmpty() ? d->loginForSlot(slotId) : d->activeLogin(key->m_user);
        if (d->user.isEmpty()) {
            *error = keyringError(Keyring::Status::WrongPassword, QStringLiteral("unlock failed"));
            return {};
        }
        return d;
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
    auto store = std::unique_ptr<Store>(new Store(std::move(d)));
    store->completeInterruptedRemovals(key->m_recovery ? QString() : key->m_slotId);
    return store;
}

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

StoreInfo Store::info() const
{
    const QSqlDatabase db = database();
    StoreInfo info;
    info.directory = d->directory;
    info.storeId = d->keyring.storeId();
    info.schemaVersion = schemaVersion(db);
    if (auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver()))
        info.cipherVersion = driver->cipherVersion();
    info.created
        = QDateTime::fromString(metaValue(db, QStringLiteral("created_at")), Qt::ISODateWithMs);
    info.organisationName = metaValue(db, QStringLiteral("organisation_name"));
    info.demo = d->demo;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM users WHERE removed_at IS NULL"))
        && query.next())
        info.userCount = query.value(0).toInt();
    info.keySlotCount = static_cast<int>(d->keyring.keySlots().size());
    info.databaseBytes = QFileInfo(databasePath()).size();
    return info;
}

bool Store::verify(QStringList *problems) const
{
    QStringList found;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        found << QStringLiteral("integrity_check could not run: %1").arg(query.lastError().text());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1StringView("ok"))
                found << QStringLiteral("database: %1").arg(line);
        }
    }
    if (!d->keyring.verify(d->masterKey))
        found << QStringLiteral("keyring: authentication code does not match");
    const Keyring onDisk = [this] {
        Keyring::Status status = Keyring::Status::Ok;
        return Keyring::load(d->path(keyringFileName), &status);
    }();
    if (!onDisk.isValid() || !onDisk.verify(d->masterKey))
        found << QStringLiteral("keyring file: altered or unreadable since the store was opened");
    // The audit trail's chain: the first broken link, in plain words.
    if (database().tables().contains(QStringLiteral("audit_events"))) {
        const AuditLog::Verification chain
            = AuditLog(database(), d->keyring.storeId().toString(QUuid::WithoutBraces)).verify();
        if (!chain.ok)
            found << QStringLiteral("audit trail: %1").arg(chain.reason);
    }
    // The case and person rows against what their trail last recorded (a row edited with SQL).
    if (database().tables().contains(QStringLiteral("cases"))) {
        const RecordedState::Result recorded = RecordedState::check(database());
        for (const QString &problem : recorded.problems)
            found << QStringLiteral("audit trail vs. data: %1").arg(problem);
    }
    // The database against the keyring's audit anchor (rollback, lost -wal, cut-off trail).
    if (const StoreError anchor = d->checkAuditAnchor(database()); anchor.isError())
        found << QStringLiteral("audit anchor: %1 (%2)")
                     .arg(anchor.message(),
                          StoreError::codeName(anchor.code()) + u": "_s + anchor.detail());
    // Key slots of removed users (an interrupted removal that opening could not complete).
    {
        QStringList unclaimed;
        StoreError slotError;
        if (!d->unclaimedSlots(d->keyring.slotIdOf(d->user), &unclaimed, &slotError))
            found << QStringLiteral("key slots: users could not be read (%1)")
                         .arg(slotError.detail());
        else if (!unclaimed.isEmpty())
            found << QStringLiteral("key slots: %1 slot(s) no active user owns (%2); open the "
                                    "store again to remove them")
                         .arg(unclaimed.size())
                         .arg(unclaimed.join(u", "));
    }
    if (schemaVersion(database()) != latestSchemaVersion())
        found << QStringLiteral("schema version %1, expected %2")
                     .arg(schemaVersion(database()))
                     .arg(latestSchemaVersion());
    if (problems)
        *problems = found;
    return found.isEmpty();
}

bool Store::openedWithRecoveryKey() const
{
    return d->recovery;
}

bool Store::backupTo(const QString &directory, StoreError *error) const
{
    *error = {};
    QSqlDatabase db = database();
    if (!d->backup(db, directory, error))
        return false;
    // The backup itself is done and verified; a failure to note it only costs the reminder.
    Transaction transaction(db);
    const QString now = nowIso();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(QLatin1StringView(lastBackupKey));
    bool ok = transaction.isOpen() && query.exec();
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QLatin1StringView(lastBackupKey));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(d->user);
    ok = ok && query.exec();
    QString auditError;
    ok = ok
        && AuditLog(db, d->keyring.storeId().toString(QUuid::WithoutBraces))
               .append(d->user, QStringLiteral("store"), QStringLiteral("backup"),
                       QStringLiteral("store.backed_up"),
                       QJsonObject { { QStringLiteral("folder"), QDir(directory).absolutePath() } },
                       &auditError);
    ok = ok && transaction.commit();
    if (!ok)
        qCWarning(lcStore) << "backup made but not recorded:" << auditError
                           << transaction.errorText();
    return true;
}

QDateTime Store::lastBackup() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(QLatin1StringView(lastBackupKey));
    if (query.exec() && query.next())
        return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

bool Store::restore(const QString &backupDirectory, const QString &storeDirectory,
                    const QString &userName, const SecureBytes &password, QString *safetyBackup,
                    StoreError *error)
{
    return restore(backupDirectory, storeDirectory, userName, password, safetyBackup, error, false);
}

bool Store::restore(const QString &backupDirectory, const QString &storeDirectory,
                    const QString &userName, const SecureBytes &password, QString *safetyBackup,
                    StoreError *error, bool otherStore, RestoreIdentities *identities)
{
    *error = {};
    if (identities)
        *identities = {};
    if (safetyBackup)
        safetyBackup->clear();
    const QDir source(backupDirectory);
    const QString sourceDb = source.filePath(QLatin1StringView(databaseFileName));
    const QString sourceKeyring = source.filePath(QLatin1StringView(keyringFileName));
    if (!QFileInfo::exists(sourceDb) || !QFileInfo::exists(sourceKeyring)) {
        *error = { StoreError::Code::NotAStore, QStringLiteral("backup folder incomplete") };
        return false;
    }
    if (!makePrivatePath(storeDirectory, error))
        return false;
    const QDir target(QDir(storeDirectory).absolutePath());
    const QString liveDb = target.filePath(QLatin1StringView(databaseFileName));
    const QString liveKeyring = target.filePath(QLatin1StringView(keyringFileName));
    const QString pending = target.filePath(QLatin1StringView(pendingKeyringFileName));

    // 1. Stage and verify the backup; the live store is not touched.
    QDir staging(target.filePath(QStringLiteral(".herstel")));
    staging.removeRecursively();
    const auto dropStaging = [&staging] {
        staging.removeRecursively();
    };
    StoreError stagingError;
    if (!makePrivatePath(staging.path(), &stagingError)
        || !copyPrivate(sourceDb, staging.filePath(QLatin1StringView(databaseFileName)))
        || !copyPrivate(sourceKeyring, staging.filePath(QLatin1StringView(keyringFileName)))) {
        dropStaging();
        *error = { StoreError::Code::Io, QStringLiteral("cannot stage the backup") };
        return false;
    }
    const std::shared_ptr<StoreKey> key = unlock(staging.path(), userName, password);
    if (!key->isValid() || key->m_masterKey.isEmpty()) {
        *error = key->isValid()
            ? StoreError(StoreError::Code::WrongPassword, QStringLiteral("backup not unlocked"))
            : key->error();
        dropStaging();
        return false;
    }
    QString backupOrganisation;
    {
        const QString connection = uniqueConnectionName();
        StoreError openError;
        {
            QSqlDatabase db
                = openDatabase(connection, staging.filePath(QLatin1StringView(databaseFileName)),
                               key->m_masterKey, false, &openError);
            if (db.isValid()) {
                QSqlQuery check(db);
                const bool intact = check.exec(QStringLiteral("PRAGMA integrity_check"))
                    && check.next() && check.value(0).toString() == QLatin1StringView("ok");
                check.finish();
                bool versionOk = false;
                const int version = schemaVersion(db, &versionOk);
                if (!intact || !versionOk || version < 1) {
                    openError = { StoreError::Code::Corrupt,
                                  QStringLiteral("backup fails integrity_check") };
                } else if (version > latestSchemaVersion()) {
                    openError = { StoreError::Code::NewerVersion,
                                  QStringLiteral("backup schema %1").arg(version) };
                } else if (metaValue(db, QStringLiteral("store_id"))
                           != key->m_keyring.storeId().toString(QUuid::WithoutBraces)) {
                    openError = { StoreError::Code::Corrupt,
                                  QStringLiteral("backup database and keyring differ") };
                } else if (!demoFolderRule(storeDirectory,
                                           metaValue(db, QStringLiteral("demo"))
                                               == QLatin1StringView("1"),
                                           &openError)) {
                    // openError says which way round
                } else {
                    // Only a beheerder of the store as it will be may restore it.
                    QSqlQuery role(db);
                    if (userName.trimmed().isEmpty()) {
                        role.prepare(QStringLiteral("SELECT role FROM users WHERE key_slot = ? "
                                                    "AND removed_at IS NULL"));
                        role.addBindValue(key->m_slotId);
                    } else {
                        role.prepare(QStringLiteral("SELECT role FROM users WHERE login = ? "
                                                    "AND removed_at IS NULL"));
                        role.addBindValue(normalisedLogin(userName));
                    }
                    if (!role.exec() || !role.next()
                        || role.value(0).toString() != QLatin1StringView("beheerder"))
                        openError = { StoreError::Code::PermissionDenied,
                                      QStringLiteral("restore needs a beheerder") };
                }
                if (!openError.isError())
                    backupOrganisation = metaValue(db, QStringLiteral("organisation_name"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (openError.isError()) {
            *error = openError;
            dropStaging();
            return false;
        }
    }

    // 1b. A backup of another store (another id in its keyring) replaces this one only when the
    // caller confirmed exactly that: restoring the wrong folder must not wipe a store unasked.
    if (QFileInfo::exists(liveKeyring)) {
        Keyring::Status status = Keyring::Status::Ok;
        const Keyring live = Keyring::load(liveKeyring, &status);
        const QUuid backupId = key->m_keyring.storeId();
        if (status == Keyring::Status::Ok && live.isValid() && live.storeId() != backupId
            && !otherStore) {
            if (identities) {
                identities->backupStoreId = backupId;
                identities->backupOrganisation = backupOrganisation;
                identities->storeId = live.storeId();
                StoreError ignored;
                if (auto current = open(target.path(), userName, password, &ignored))
                    identities->storeOrganisation = current->info().organisationName;
            }
            *error = { StoreError::Code::OtherStore,
                       QStringLiteral("backup of store %1 over store %2")
                           .arg(backupId.toString(QUuid::WithoutBraces),
                                live.storeId().toString(QUuid::WithoutBraces)) };
            dropStaging();
            return false;
        }
    }

    // 2. A second backup of the live store, or nothing is replaced.
    if (QFileInfo::exists(liveDb)) {
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QString safetyDir = QDir(target.filePath(QLatin1StringView(backupDirName)))
                                      .filePath(QStringLiteral("voor-herstel-%1").arg(stamp));
        StoreError liveError;
        bool saved = false;
        if (auto live = open(target.path(), userName, password, &liveError)) {
            saved = live->backupTo(safetyDir, &liveError);
        } else if (liveError.code() == StoreError::Code::InUse) {
            *error = liveError;
            dropStaging();
            return false;
        } else {
            // The live store does not open with these credentials (damaged, or other users):
            // keep its files as they are, encrypted, under its own lock.
            QLockFile lock(target.filePath(QLatin1StringView(lockFileName)));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(200)) {
                *error = { StoreError::Code::InUse, QStringLiteral("lock held") };
                dropStaging();
                return false;
            }
            StoreError folderError;
            saved = makePrivatePath(safetyDir, &folderError);
            const QStringList names { QString::fromLatin1(databaseFileName),
                                      QString::fromLatin1(databaseFileName) + u"-wal"_s,
                                      QString::fromLatin1(keyringFileName) };
            for (const QString &name : names) {
                const QString from = target.filePath(name);
                if (!saved || !QFileInfo::exists(from))
                    continue;
                const QString to = QDir(safetyDir).filePath(name);
                saved = copyPrivate(from, to) && fileHash(from) == fileHash(to);
            }
            liveError = { StoreError::Code::Io, QStringLiteral("copy of the live store failed") };
        }
        if (!saved) {
            *error = liveError;
            dropStaging();
            return false;
        }
        if (safetyBackup)
            *safetyBackup = safetyDir;
    }

    // 3. Replace, under the store's lock; see "Key rotation" in Store::open for a crash here.
    {
        QLockFile lock(target.filePath(QLatin1StringView(lockFileName)));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(200)) {
            *error = { StoreError::Code::InUse, QStringLiteral("lock held") };
            dropStaging();
            return false;
        }
        bool ok = replaceFile(staging.filePath(QLatin1StringView(keyringFileName)), pending);
        if (ok) {
            // The old WAL belongs to the old database: applied to the restored one it would
            // corrupt it. The second backup holds it.
            QFile::remove(liveDb + QStringLiteral("-wal"));
            QFile::remove(liveDb + QStringLiteral("-shm"));
            ok = replaceFile(staging.filePath(QLatin1StringView(databaseFileName)), liveDb);
            if (!ok)
                QFile::remove(pending);
        }
        ok = ok && replaceFile(pending, liveKeyring);
        dropStaging();
        if (!ok) {
            *error = { StoreError::Code::Io, QStringLiteral("cannot move the backup in place") };
            return false;
        }
    }

    // 4. Open what was restored, and say so in its audit trail.
    auto restored = open(target.path(), userName, password, error);
    if (!restored)
        return false;
    QSqlDatabase db = restored->database();
    Transaction transaction(db);
    QString auditError;
    QJsonObject payload { { QStringLiteral("from"), source.absolutePath() } };
    if (safetyBackup && !safetyBackup->isEmpty())
        payload.insert(QStringLiteral("safety_backup"), *safetyBackup);
    if (!transaction.isOpen()
        || !AuditLog(db, restored->info().storeId.toString(QUuid::WithoutBraces))
                .append(restored->userName(), QStringLiteral("store"), QStringLiteral("restore"),
                        QStringLiteral("store.restored"), payload, &auditError)
        || !transaction.commit()) {
        qCWarning(lcStore) << "restored but not recorded:" << auditError;
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
    return d->keyring.hasUser(userName);
}

namespace {
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
    return changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.removeUser(userName, d->masterKey, status);
        },
        "removing a key slot", error);
}

bool Store::changeKeySlotPassword(const QString &userName, const SecureBytes &oldPassword,
                                  const SecureBytes &newPassword, StoreError *error)
{
    return changeKeyring(
        [&](Keyring &next, Keyring::Status *status) {
            return next.changePassword(userName, oldPassword, newPassword, keySlotKdf(), status);
        },
        "changing a password", error);
}

QString Store::resetKeySlotPassword(const QString &userName, const SecureBytes &newPassword,
                                    StoreError *error)
{
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
    checkpoint(db);
    if (!replaceFile(pendingPath, d->path(keyringFileName))) {
        // The database is under the new key and this process keeps working; the next open
        // finds the pending keyring and completes the rename.
        *error = { StoreError::Code::Io, QStringLiteral("keyring rename pending") };
        return false;
    }
    return true;
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
