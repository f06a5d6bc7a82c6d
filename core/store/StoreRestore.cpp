// Restore: Store::restore stages and verifies a backup before it replaces a store (see Store.h
// for its steps); what a backup is and how it is copied is StoreBackup.cpp.

#include "store/Store.h"

#include "audit/AuditLog.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"
#include "store/StorePrivate.h"
#include "store/Transaction.h"

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

} // namespace

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
    // What a killed restore left is removed; a running one, or anything else there, refuses.
    if (*error = removeKilledRestore(staging.path()); error->isError())
        return false;
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
        bool copyFiles = false;
        if (auto live = open(target.path(), userName, password, &liveError)) {
            // Opening does not read every page: a damaged store can open and fail the check.
            // Then its files are kept as they are (below), untouched: backupTo would record
            // the failed check in them.
            copyFiles = !IntegrityCheck::runOn(live->database(), true).ok;
            if (!copyFiles)
                saved = live->backupTo(safetyDir, &liveError);
        } else if (liveError.code() == StoreError::Code::InUse) {
            *error = liveError;
            dropStaging();
            return false;
        } else {
            copyFiles = true;
        }
        if (copyFiles) {
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
        || !AuditLog(db, restored->storeId().toString(QUuid::WithoutBraces))
                .append(restored->userName(), QStringLiteral("store"), QStringLiteral("restore"),
                        QStringLiteral("store.restored"), payload, &auditError)
        || !transaction.commit()) {
        qCWarning(lcStore) << "restored but not recorded:" << auditError;
    }
    return true;
}

} // namespace pd
