// What a killed backup or restore leaves behind, and how the next run knows it for one and
// removes it (and nothing else): the temporary folders' names, and a careful removal.

#include "crypto/RegularFile.h"
#include "store/StorePrivate.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace pd::storedetail {

using namespace Qt::StringLiterals;

// A temporary folder that a killed backup or restore left behind, removed only when it surely is
// one: a real folder (not a link) of this user that holds nothing but ordinary files with the
// names such a run writes. True when it is gone or was never there; false when something else
// stands there, which is left exactly as it is.
bool removeLeftover(const QString &path, const QStringList &names)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::lstat(native.constData(), &info) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid())
        return false;
    const QDir folder(path);
    const QStringList entries
        = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!names.contains(entry) || fileKind(folder.filePath(entry)) != FileKind::Regular)
            return false;
    }
    for (const QString &entry : entries) {
        if (::unlink(QFile::encodeName(folder.filePath(entry)).constData()) != 0 && errno != ENOENT)
            return false;
    }
    return ::rmdir(native.constData()) == 0; // fails too when an entry could not be listed
}

// What a backup's temporary folder may hold: the export of the database (with SQLite's side
// files while it is written) and the keyring.
QStringList backupStagingNames()
{
    const QString database = QString::fromLatin1(Store::databaseFileName);
    return { database, database + u"-journal"_s, database + u"-wal"_s, database + u"-shm"_s,
             QString::fromLatin1(Store::keyringFileName) };
}

// The temporary folder of a backup into parent: ".<name>.tmp-<pid>-XXXXXX" (mkdtemp), so that a
// later backup into the same parent knows a killed one's by its process being gone.
const QRegularExpression &backupStagingPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\..+\\.tmp-([1-9][0-9]{0,9})-[A-Za-z0-9]{6}$"));
    return pattern;
}

// Removes what backups into parent that were killed (SIGKILL, a power cut) before their rename
// left there: only temporary folders of that pattern whose process no longer runs, and only
// when removeLeftover finds nothing else in them. A running backup's folder (its process still
// there, or not ours to ask) and anything else in parent stay.
void removeKilledBackups(const QString &parent)
{
    const QStringList entries
        = QDir(parent).entryList(QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QRegularExpressionMatch match = backupStagingPattern().match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        if (removeLeftover(QDir(parent).filePath(name), backupStagingNames()))
            qCInfo(lcStore) << "removed the temporary folder of a backup that was killed";
        else
            qCWarning(lcStore) << "left a folder named like a killed backup's: not only its files";
    }
}

StoreError removeKilledRestore(const QString &staging)
{
    const QDir folder(staging);
    const QString lockName = QString::fromLatin1(Store::lockFileName);
    const QString runningName = QString::fromLatin1(restoreLockName);
    // The restore's own lock, held from start to end, and the staged store's while it is open.
    for (const QString &name : { runningName, lockName }) {
        if (!QFileInfo(folder.filePath(name)).isFile())
            continue;
        QLockFile held(folder.filePath(name));
        held.setStaleLockTime(0); // stale only when its process is gone
        if (!held.tryLock(0))
            return { StoreError::Code::InUse, QStringLiteral("another restore is running") };
    } // unlocked: the lock file is gone again
    // Opening the staged copy migrates an older one after a backup into its own backups/
    // (Store::Private::openAndMigrate): folders of a backup's files, removed first.
    const QString migrations = folder.filePath(QLatin1StringView(Store::backupDirName));
    const QFileInfo migrationsInfo(migrations);
    if (migrationsInfo.isSymLink() || (migrationsInfo.exists() && !migrationsInfo.isDir()))
        return { StoreError::Code::Io, QStringLiteral(".herstel/backups is not a folder") };
    if (migrationsInfo.isDir()) {
        const QStringList made
            = QDir(migrations)
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : made) {
            if (!removeLeftover(QDir(migrations).filePath(name), backupStagingNames()))
                return { StoreError::Code::Io,
                         QStringLiteral(".herstel/backups holds more than a restore's leftover") };
        }
        if (!removeLeftover(migrations, {}))
            return { StoreError::Code::Io, QStringLiteral(".herstel/backups is not removable") };
    }
    const QString database = QString::fromLatin1(Store::databaseFileName);
    if (!removeLeftover(staging,
                        { database, database + u"-wal"_s, database + u"-shm"_s,
                          database + u"-journal"_s, QString::fromLatin1(Store::keyringFileName),
                          QString::fromLatin1(Store::pendingKeyringFileName), lockName,
                          runningName }))
        return { StoreError::Code::Io,
                 QStringLiteral(".herstel in the store folder is not a restore's leftover") };
    return {};
}

} // namespace pd::storedetail
