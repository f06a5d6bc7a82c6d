// Backups: Store::backupTo writes a verified copy whole beside its target, or nothing; the
// integrity check's record. The restore is StoreRestore.cpp.

#include "audit/AuditLog.h"
#include "crypto/RegularFile.h"
#include "sql/StatementText.h"
#include "store/BackupFolders.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StorePrivate.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace pd {

using namespace Qt::StringLiterals;
using namespace storedetail;

namespace {

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
    if (!sql::execute(query, QStringLiteral("ATTACH DATABASE ? AS pdbackup"), { target })) {
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

    removeKilledBackups(parent);
    QByteArray pattern = QFile::encodeName(parent + u"/." + QFileInfo(absolute).fileName()
                                           + u".tmp-" + QString::number(::getpid()) + u"-XXXXXX");
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

namespace storedetail {

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

} // namespace storedetail

bool Store::Private::backup(QSqlDatabase &db, const QString &targetDir, StoreError *error,
                            IntegrityCheck::Result *checked) const
{
    // sqlcipher_export copies rows and rebuilds the indexes: a copy of a damaged store could
    // pass its own check. So the live file is checked first: quick_check reads (and so
    // authenticates) every page; an index that disagrees with its table is not copied anyway,
    // and the copy gets the full integrity_check below (13.5 s against 1.9 s at 50k, loaded).
    const IntegrityCheck::Result check = IntegrityCheck::runOn(db, true);
    if (checked)
        *checked = check;
    if (!check.ok) {
        *error
            = { StoreError::Code::Corrupt,
                QStringLiteral("integrity_check of the store: %1").arg(check.problems.value(0)) };
        return false;
    }
    return writeBackupFolder(db, directory, targetDir, masterKey, keyring, error);
}

namespace {

bool writeSetting(QSqlQuery &query, const char *key, const QString &value, const QString &now,
                  const QString &user)
{
    return SettingsRepository::put(query, QString::fromLatin1(key), value, now, user);
}

// At most the first problems SQLite listed (integrity_check lists up to 100).
QString integrityResultText(const IntegrityCheck::Result &result)
{
    if (result.ok)
        return QStringLiteral("ok");
    QString text = result.problems.mid(0, 5).join(u'\n');
    if (result.problems.size() > 5)
        text += QStringLiteral("\n(%1 more)").arg(result.problems.size() - 5);
    return text.isEmpty() ? QStringLiteral("failed") : text;
}

bool writeIntegrityRecord(QSqlQuery &query, const IntegrityCheck::Result &result,
                          const QString &now, const QString &user)
{
    return writeSetting(query, Store::lastIntegrityCheckKey, now, now, user)
        && writeSetting(query, Store::integrityResultKey, integrityResultText(result), now, user);
}

} // namespace

std::unique_ptr<IntegrityCheck> Store::integrityCheck() const
{
    return std::make_unique<IntegrityCheck>(databasePath(), d->masterKey.clone());
}

bool Store::recordIntegrityCheck(const IntegrityCheck::Result &result, StoreError *error) const
{
    *error = {};
    if (result.cancelled)
        return true;
    QSqlDatabase db = database();
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isOpen() || !writeIntegrityRecord(query, result, nowIso(), d->user)
        || !transaction.commit()) {
        *error = errorFromSql(query.lastError().isValid() ? query.lastError() : db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Io,
                       QStringLiteral("integrity check not recorded: ") + transaction.errorText() };
        return false;
    }
    return true;
}

bool Store::lastIntegrityCheck(IntegrityRecord *record, StoreError *error) const
{
    *record = {};
    *error = {};
    QSqlQuery query(database());
    if (!SettingsRepository::select(query,
                                    { QString::fromLatin1(lastIntegrityCheckKey),
                                      QString::fromLatin1(integrityResultKey) })) {
        *error = errorFromSql(query.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Internal, QStringLiteral("settings not read") };
        return false;
    }
    QString result;
    while (query.next()) {
        if (query.value(SettingsRepository::SelectKey).toString()
            == QLatin1StringView(lastIntegrityCheckKey))
            record->at = QDateTime::fromString(
                query.value(SettingsRepository::SelectValue).toString(), Qt::ISODateWithMs);
        else
            result = query.value(SettingsRepository::SelectValue).toString();
    }
    if (query.lastError().isValid()) {
        *error = errorFromSql(query.lastError());
        return false;
    }
    record->ok = record->at.isValid() && result == QLatin1StringView("ok");
    if (!record->ok)
        record->problems = result;
    return true;
}

bool Store::backupTo(const QString &directory, StoreError *error) const
{
    *error = {};
    if (isServer()) { // pg_dump, encrypted: ServerBackup (`backup --to` on a server store)
        *error = { StoreError::Code::NotOnServer, QStringLiteral("backupTo on a server store") };
        return false;
    }
    QSqlDatabase db = database();
    IntegrityCheck::Result checked;
    if (!d->backup(db, directory, error, &checked)) {
        // A failed check is recorded, so that the desk says so (as after a weekly check).
        if (!checked.ok) {
            StoreError recordError;
            if (!recordIntegrityCheck(checked, &recordError))
                qCWarning(lcStore)
                    << "failed integrity check not recorded:" << recordError.detail();
        }
        return false;
    }
    // The everyday verifications resume from a checkpoint; every backup walks the
    // whole chain, so that a change before the checkpoint is found at the latest here.
    const QString storeId = d->keyring.storeId().toString(QUuid::WithoutBraces);
    d->lastBackupAuditCheck = AuditLog(db, storeId).verifyWithCheckpoint(AuditLog::Scope::Full);
    const AuditLog::Verification &chain = d->lastBackupAuditCheck;
    if (!chain.ok)
        qCWarning(lcStore) << "backup made, but the audit trail does not verify:" << chain.reason;
    // The backup itself is done and verified; a failure to note it only costs the reminder.
    Transaction transaction(db);
    const QString now = nowIso();
    QSqlQuery query(db);
    bool ok = transaction.isOpen() && writeSetting(query, lastBackupKey, now, now, d->user)
        && writeIntegrityRecord(query, checked, now, d->user);
    QString auditError;
    ok = ok
        && AuditLog(db, storeId)
               .append(d->user, QStringLiteral("store"), QStringLiteral("backup"),
                       QStringLiteral("store.backed_up"),
                       QJsonObject {
                           { QStringLiteral("folder"), QDir(directory).absolutePath() },
                           { QStringLiteral("audit_verified_to"), chain.ok ? chain.headSeq : 0 },
                           { QStringLiteral("audit_broken_at"),
                             chain.ok ? QJsonValue() : QJsonValue(chain.firstBrokenSeq) } },
                       &auditError);
    ok = ok && transaction.commit();
    if (!ok)
        qCWarning(lcStore) << "backup made but not recorded:" << auditError
                           << transaction.errorText();
    return true;
}

bool Store::backupInto(const QString &parent, const QDateTime &localTime, QString *made,
                       StoreError *error) const
{
    made->clear();
    *error = {};
    if (isServer()) {
        *error = { StoreError::Code::NotOnServer, QStringLiteral("backupInto on a server store") };
        return false;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(parent).absoluteFilePath());
    // backupTo allows the store's own backups/ (the safety copies of migrations and restores);
    // a folder of dated backups is never inside the store: it would be lost with it.
    if (insideFolder(resolvedPath(absolute), QFileInfo(d->directory).canonicalFilePath())) {
        *error = { StoreError::Code::InsideStore, QStringLiteral("backup folder in store folder") };
        return false;
    }
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        *error = { StoreError::Code::TargetExists, QStringLiteral("backup folder is a file") };
        return false;
    }
    // A name taken between choosing it and renaming the copy into place (another backup in the
    // same minute) is refused by backupTo before it writes; then the next number.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString target = BackupFolders::newFolderIn(absolute, localTime);
        if (backupTo(target, error)) {
            *made = target;
            return true;
        }
        if (error->code() != StoreError::Code::TargetExists)
            return false;
    }
    return false;
}

bool Store::removeBackup(const QString &directory, bool *removed, StoreError *error) const
{
    *removed = false;
    *error = {};
    if (isServer()) {
        *error = { StoreError::Code::NotOnServer, QStringLiteral("no backup folders on a server") };
        return false;
    }
    const QString folder = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    switch (BackupFolders::identify(folder, d->keyring.storeId())) {
    case BackupFolders::Identity::ThisStore:
        break;
    case BackupFolders::Identity::OtherStore:
        *error = { StoreError::Code::OtherStore, QStringLiteral("backup of another store") };
        return false;
    case BackupFolders::Identity::Unknown:
        *error = { StoreError::Code::NotAStore, QStringLiteral("not a backup of this store") };
        return false;
    }
    const QDir dir(folder);
    // The files identify() saw, by name, then the folder: rmdir(2) fails rather than delete
    // anything that appeared meanwhile.
    for (const char *name : { databaseFileName, keyringFileName }) {
        const QByteArray path = QFile::encodeName(dir.filePath(QLatin1StringView(name)));
        if (::unlink(path.constData()) != 0) {
            *error = errorFromErrno(
                errno, QStringLiteral("cannot remove %1").arg(QLatin1StringView(name)));
            return false;
        }
    }
    if (::rmdir(QFile::encodeName(folder).constData()) != 0) {
        *error = errorFromErrno(errno, QStringLiteral("cannot remove the backup folder"));
        return false;
    }
    *removed = true;
    syncPath(QFileInfo(folder).absolutePath());
    QSqlDatabase db = database();
    Transaction transaction(db);
    QString auditError;
    if (!transaction.isOpen()
        || !AuditLog(db, d->keyring.storeId().toString(QUuid::WithoutBraces))
                .append(d->user, QStringLiteral("store"), QStringLiteral("backup"),
                        QStringLiteral("store.backup_removed"),
                        QJsonObject { { QStringLiteral("folder"), folder } }, &auditError)
        || !transaction.commit()) {
        *error = errorFromSql(db.lastError());
        if (!error->isError())
            *error = { StoreError::Code::Io,
                       QStringLiteral("removal not recorded: ") + auditError
                           + transaction.errorText() };
        return false;
    }
    return true;
}

AuditLog::Verification Store::lastBackupAuditCheck() const
{
    return d->lastBackupAuditCheck;
}

QDateTime Store::lastBackup() const
{
    QSqlQuery query(database());
    if (SettingsRepository::select(query, { QString::fromLatin1(lastBackupKey) }) && query.next())
        return QDateTime::fromString(query.value(SettingsRepository::SelectValue).toString(),
                                     Qt::ISODateWithMs);
    return {};
}

} // namespace pd
