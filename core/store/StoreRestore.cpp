// Restore: Store::restore stages and verifies a backup before it replaces a store (see Store.h
// for its steps); what a backup is and how it is copied is StoreBackup.cpp.

#include "store/Store.h"

#include "audit/AuditLog.h"
#include "store/IntegrityCheck.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/StorePrivate.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"
#include "util/Clock.h"
#include "util/TestCrashPoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;
using namespace storedetail;

namespace {

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

// Step 1: the backup's database and keyring copied, owner-only, into the staging folder.
bool stageBackup(const QString &database, const QString &keyring, const QDir &staging)
{
    StoreError stagingError;
    return makePrivatePath(staging.path(), &stagingError)
        && copyPrivate(database, staging.filePath(QLatin1StringView(Store::databaseFileName)))
        && copyPrivate(keyring, staging.filePath(QLatin1StringView(Store::keyringFileName)));
}

// What a staged backup must be to replace the store: a database of its keyring's store (id), one
// the restoring user is an active beheerder of (by login, or by the slot that unlocked the
// backup when no name was given), and one the demo rule lets live in the store's folder.
struct BackupExpectation
{
    QString storeId;
    QString userName;
    QString slotId;
    QString storeDirectory;
};

// Step 1: the staged backup's database checked (integrity, schema version, store id, demo rule,
// the user's role); an error when it may not replace the store. *organisation receives its
// organisation name when it may.
StoreError checkBackupDatabase(QSqlDatabase &db, const BackupExpectation &expected,
                               QString *organisation)
{
    StoreError openError;
    QSqlQuery check(db);
    const bool intact = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
        && check.value(0).toString() == QLatin1StringView("ok");
    check.finish();
    bool versionOk = false;
    const int version = schemaVersion(db, &versionOk);
    if (!intact || !versionOk || version < 1) {
        openError = { StoreError::Code::Corrupt, QStringLiteral("backup fails integrity_check") };
    } else if (version > latestSchemaVersion()) {
        openError
            = { StoreError::Code::NewerVersion, QStringLiteral("backup schema %1").arg(version) };
    } else if (MetaRepository::value(db, QStringLiteral("store_id")) != expected.storeId) {
        openError
            = { StoreError::Code::Corrupt, QStringLiteral("backup database and keyring differ") };
    } else if (!Store::demoFolderRule(expected.storeDirectory,
                                      MetaRepository::value(db, QStringLiteral("demo"))
                                          == QLatin1StringView("1"),
                                      &openError)) {
        // openError says which way round
    } else {
        // Only a beheerder of the store as it will be may restore it.
        const QString role = expected.userName.trimmed().isEmpty()
            ? UserRepository::activeRoleOfSlot(db, expected.slotId)
            : UserRepository::activeRoleOfLogin(db, normalisedLogin(expected.userName));
        if (role != QLatin1StringView("beheerder"))
            openError = { StoreError::Code::PermissionDenied,
                          QStringLiteral("restore needs a beheerder") };
    }
    if (!openError.isError())
        *organisation = MetaRepository::value(db, QStringLiteral("organisation_name"));
    return openError;
}

// The staged database opened on a connection of its own for checkBackupDatabase, and closed.
StoreError checkStagedBackup(const QString &database, const SecureBytes &masterKey,
                             const BackupExpectation &expected, QString *organisation)
{
    const QString connection = uniqueConnectionName();
    StoreError openError;
    {
        QSqlDatabase db = openDatabase(connection, database, masterKey, false, &openError);
        if (db.isValid()) {
            openError = checkBackupDatabase(db, expected, organisation);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return openError;
}

// Step 2, when the live store does not open with these credentials (damaged, or other users):
// its files copied as they are, encrypted, under its own lock, each checked by SHA-256. False
// with *error set when they are not all copied.
bool copyLiveFiles(const QDir &target, const QString &safetyDir, StoreError *error)
{
    QLockFile lock(target.filePath(QLatin1StringView(Store::lockFileName)));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(200)) {
        *error = { StoreError::Code::InUse, QStringLiteral("lock held") };
        return false;
    }
    StoreError folderError;
    bool saved = makePrivatePath(safetyDir, &folderError);
    const QStringList names { QString::fromLatin1(Store::databaseFileName),
                              QString::fromLatin1(Store::databaseFileName) + u"-wal"_s,
                              QString::fromLatin1(Store::keyringFileName) };
    for (const QString &name : names) {
        const QString from = target.filePath(name);
        if (!saved || !QFileInfo::exists(from))
            continue;
        const QString to = QDir(safetyDir).filePath(name);
        saved = copyPrivate(from, to) && fileHash(from) == fileHash(to);
    }
    if (!saved)
        *error = { StoreError::Code::Io, QStringLiteral("copy of the live store failed") };
    return saved;
}

// Step 2: a second backup of the live store in its backups/ folder, verified through backupTo
// when these credentials open it, else its files copied. *safetyDir receives the folder; false
// with *error set when there is no second backup (then nothing may be replaced).
bool backupLiveStore(const QDir &target, const QString &userName, const SecureBytes &password,
                     QString *safetyDir, StoreError *error)
{
    const QString stamp = systemClock().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    *safetyDir = QDir(target.filePath(QLatin1StringView(Store::backupDirName)))
                     .filePath(QStringLiteral("voor-herstel-%1").arg(stamp));
    StoreError liveError;
    if (auto live = Store::open(target.path(), userName, password, &liveError)) {
        // Opening does not read every page: a damaged store can open and fail the check.
        // Then its files are kept as they are, untouched: backupTo would record the failed
        // check in them.
        if (IntegrityCheck::runOn(live->database(), true).ok) {
            if (live->backupTo(*safetyDir, &liveError))
                return true;
            *error = liveError;
            return false;
        }
    } else if (liveError.code() == StoreError::Code::InUse) {
        *error = liveError;
        return false;
    }
    return copyLiveFiles(target, *safetyDir, error);
}

// Step 4: the staged keyring and database moved into place under the store's lock (see "Key
// rotation" in StoreKeySlots.cpp for a crash here); the staging folder removed, and with it the
// restore's own lock (running).
bool moveBackupInPlace(const QDir &target, QDir &staging, QLockFile &running, StoreError *error)
{
    QLockFile lock(target.filePath(QLatin1StringView(Store::lockFileName)));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(200)) {
        *error = { StoreError::Code::InUse, QStringLiteral("lock held") };
        running.unlock();
        staging.removeRecursively();
        return false;
    }
    const QString liveDb = target.filePath(QLatin1StringView(Store::databaseFileName));
    const QString liveKeyring = target.filePath(QLatin1StringView(Store::keyringFileName));
    const QString pending = target.filePath(QLatin1StringView(Store::pendingKeyringFileName));
    bool ok = replaceFile(staging.filePath(QLatin1StringView(Store::keyringFileName)), pending);
    if (ok) {
        crashPointForTests("restore-keyring-pending");
        // The old WAL belongs to the old database: applied to the restored one it would
        // corrupt it. The second backup holds it.
        QFile::remove(liveDb + QStringLiteral("-wal"));
        QFile::remove(liveDb + QStringLiteral("-shm"));
        ok = replaceFile(staging.filePath(QLatin1StringView(Store::databaseFileName)), liveDb);
        if (!ok)
            QFile::remove(pending);
    }
    if (ok)
        crashPointForTests("restore-database-moved");
    ok = ok && replaceFile(pending, liveKeyring);
    running.unlock();
    staging.removeRecursively();
    if (!ok)
        *error = { StoreError::Code::Io, QStringLiteral("cannot move the backup in place") };
    return ok;
}

// Step 3: the store.restored event in the staged store's audit trail.
bool recordRestore(Store &staged, const QDir &source, const QString *safetyBackup,
                   StoreError *error)
{
    QSqlDatabase db = staged.database();
    Transaction transaction(db);
    QString auditError;
    QJsonObject payload { { QStringLiteral("from"), source.absolutePath() } };
    if (safetyBackup && !safetyBackup->isEmpty())
        payload.insert(QStringLiteral("safety_backup"), *safetyBackup);
    if (transaction.isOpen()
        && AuditLog(db, staged.storeId().toString(QUuid::WithoutBraces))
               .append(staged.userName(), QStringLiteral("store"), QStringLiteral("restore"),
                       QStringLiteral("store.restored"), payload, &auditError)
        && transaction.commit())
        return true;
    qCWarning(lcStore) << "the restore could not be recorded:" << auditError;
    *error = { StoreError::Code::Io, QStringLiteral("the restore could not be recorded") };
    return false;
}

// Step 3: the staged store made whole before it replaces anything (the restore recorded, the
// caller's work done), everything checkpointed into the database file, which step 4 moves
// alone. A schema migration that opening the staged copy did backs up into the staged folder's
// backups/: those folders go to the store's backups/ with the others.
bool completeStaged(const QDir &target, const QDir &staging, const QString &userName,
                    const SecureBytes &password, const QDir &source, const QString *safetyBackup,
                    const Store::StagedWork &beforeReplace, StoreError *error)
{
    {
        const std::unique_ptr<Store> staged
            = Store::open(staging.path(), userName, password, error);
        if (!staged || !recordRestore(*staged, source, safetyBackup, error)
            || (beforeReplace && !beforeReplace(*staged, error)))
            return false;
        QSqlQuery checkpoint(staged->database());
        enum Column { Busy, Log, Checkpointed }; // the pragma's columns, in their order
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            || !checkpoint.next() || checkpoint.value(Busy).toInt() != 0) {
            *error
                = { StoreError::Code::Io, QStringLiteral("the staged store did not checkpoint") };
            return false;
        }
    }
    const QDir migrations(staging.filePath(QLatin1StringView(Store::backupDirName)));
    const QStringList made
        = migrations.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    if (made.isEmpty())
        return true;
    const QString kept = target.filePath(QLatin1StringView(Store::backupDirName));
    if (!makePrivatePath(kept, error))
        return false;
    for (const QString &name : made) {
        if (!QDir().rename(migrations.filePath(name), QDir(kept).filePath(name))) {
            *error = { StoreError::Code::Io, QStringLiteral("cannot keep a migration's backup") };
            return false;
        }
    }
    return true;
}

// Step 1b: whether the live store in target is another store than the backup's (backupId);
// then *error says so and identities (when given) which stores they are.
bool isOtherStore(const QDir &target, const QUuid &backupId, const QString &backupOrganisation,
                  const QString &userName, const SecureBytes &password,
                  Store::RestoreIdentities *identities, StoreError *error)
{
    const QString liveKeyring = target.filePath(QLatin1StringView(Store::keyringFileName));
    if (!QFileInfo::exists(liveKeyring))
        return false;
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring live = Keyring::load(liveKeyring, &status);
    if (status != Keyring::Status::Ok || !live.isValid() || live.storeId() == backupId)
        return false;
    if (identities) {
        identities->backupStoreId = backupId;
        identities->backupOrganisation = backupOrganisation;
        identities->storeId = live.storeId();
        StoreError ignored;
        if (auto current = Store::open(target.path(), userName, password, &ignored))
            identities->storeOrganisation = current->info().organisationName;
    }
    *error = { StoreError::Code::OtherStore,
               QStringLiteral("backup of store %1 over store %2")
                   .arg(backupId.toString(QUuid::WithoutBraces),
                        live.storeId().toString(QUuid::WithoutBraces)) };
    return true;
}

} // namespace

bool Store::restore(const QString &backupDirectory, const QString &storeDirectory,
                    const QString &userName, const SecureBytes &password, QString *safetyBackup,
                    StoreError *error)
{
    return restore(backupDirectory, storeDirectory, userName, password, safetyBackup, error, false);
}

bool Store::restore(const QString &backupDirectory, const QString &storeDirectory,
                    const QString &userName, const SecureBytes &password, QString *safetyBackup,
                    StoreError *error, bool otherStore, RestoreIdentities *identities,
                    const StagedWork &beforeReplace)
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

    // 1. Stage and verify the backup; the live store is not touched.
    QDir staging(target.filePath(QLatin1StringView(restoreStagingName)));
    // What a killed restore left is removed; a running one, or anything else there, refuses.
    if (*error = removeKilledRestore(staging.path()); error->isError())
        return false;
    QLockFile running(staging.filePath(QLatin1StringView(restoreLockName)));
    running.setStaleLockTime(0);
    const auto dropStaging = [&staging, &running] {
        running.unlock();
        staging.removeRecursively();
    };
    if (!makePrivatePath(staging.path(), error))
        return false;
    if (!running.tryLock(0)) {
        *error = { StoreError::Code::InUse, QStringLiteral("another restore is running") };
        return false;
    }
    if (!stageBackup(sourceDb, sourceKeyring, staging)) {
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
    const BackupExpectation expected { key->m_keyring.storeId().toString(QUuid::WithoutBraces),
                                       userName, key->m_slotId, storeDirectory };
    if (*error = checkStagedBackup(staging.filePath(QLatin1StringView(databaseFileName)),
                                   key->m_masterKey, expected, &backupOrganisation);
        error->isError()) {
        dropStaging();
        return false;
    }

    // 1b. A backup of another store (another id in its keyring) replaces this one only when the
    // caller confirmed exactly that: restoring the wrong folder must not wipe a store unasked.
    if (!otherStore
        && isOtherStore(target, key->m_keyring.storeId(), backupOrganisation, userName, password,
                        identities, error)) {
        dropStaging();
        return false;
    }

    // 2. A second backup of the live store, or nothing is replaced.
    if (QFileInfo::exists(liveDb)) {
        QString safetyDir;
        if (!backupLiveStore(target, userName, password, &safetyDir, error)) {
            dropStaging();
            return false;
        }
        if (safetyBackup)
            *safetyBackup = safetyDir;
    }

    // 3. The restored store made whole while it is staged: until step 4 renames it into place,
    // a kill or a failure leaves the old store standing.
    if (!completeStaged(target, staging, userName, password, source, safetyBackup, beforeReplace,
                        error)) {
        dropStaging();
        return false;
    }
    crashPointForTests("restore-staged");

    // 4. Replace, under the store's lock.
    if (!moveBackupInPlace(target, staging, running, error))
        return false;

    // 5. What was restored opens.
    return open(target.path(), userName, password, error) != nullptr;
}

} // namespace pd
