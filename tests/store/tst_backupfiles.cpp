// Where a backup may be written and what a failed one leaves: never into the store's
// folder (its database, keyring, WAL) nor over an existing backup or file; written into a private
// temporary folder beside the target and renamed into place, so that a full disk or an
// unwritable place leaves no half folder and says why in a sentence (never "internal"). A restore
// of another store's backup needs an explicit yes.

#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "crypto/Keyring.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// Everything in folder, hidden entries included: a failed backup must leave it as it was.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

// Writes beyond `bytes` fail with EFBIG while it lives (a full disk, as a process sees it),
// without SIGXFSZ ending the test.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_before);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_handler);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_before {};
    void (*m_handler)(int) = nullptr;
    bool m_active = false;
};

} // namespace

class TestBackupFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void neverIntoTheStoreFolder();
    void intoTheStoresOwnBackupsFolder();
    void neverOverAnExistingBackupOrFile();
    void intoAnEmptyFolder();
    void fileSizeLimitLeavesNoHalfFolder();
    void fullDiskLeavesNoHalfFolder();
    void unwritablePlaceLeavesNoHalfFolder();
    void restoreOfAnotherStoreNeedsConfirmation();
    void killedBackupIsCleanedByTheNext();
    void killedRestoreIsCleanedByTheNext();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_dir;
};

void TestBackupFiles::initTestCase()
{
    QVERIFY(initSodium());
}

void TestBackupFiles::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(u"kluis"_s);
    m_store = createTestStore(m_dir, nullptr, u"Woonstichting Proefhuis"_s);
    QVERIFY(m_store);
}

void TestBackupFiles::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void TestBackupFiles::neverIntoTheStoreFolder()
{
    const QString db = QDir(m_dir).filePath(u"privacydesk.db"_s);
    const QString keyring = QDir(m_dir).filePath(u"keyring.pdk"_s);
    const QByteArray keyringBefore = fingerprint(m_dir).value(keyring);
    QVERIFY(!keyringBefore.isEmpty());
    struct Target
    {
        QString path;
        StoreError::Code code;
    };
    const QList<Target> targets {
        { m_dir, StoreError::Code::TargetExists }, // the store's folder itself
        { keyring, StoreError::Code::TargetExists },
        { db, StoreError::Code::TargetExists },
        { QDir(m_dir).filePath(u"kopie"_s), StoreError::Code::InsideStore },
        { QDir(m_dir).filePath(u"a/b/kopie"_s), StoreError::Code::InsideStore },
        { QDir(m_dir).filePath(u"backups"_s), StoreError::Code::InsideStore },
        { QDir(m_dir).filePath(u"../kluis/kopie"_s), StoreError::Code::InsideStore },
    };
    // Through a link to the store's folder as well.
    const QString link = m_tmp->filePath(u"link"_s);
    QVERIFY(QFile::link(m_dir, link));
    const QList<Target> viaLink { { QDir(link).filePath(u"kopie"_s),
                                    StoreError::Code::InsideStore } };
    for (const Target &target : targets + viaLink) {
        StoreError error;
        QVERIFY2(!m_store->backupTo(target.path, &error), qPrintable(target.path));
        QCOMPARE(error.code(), target.code);
        QVERIFY(error.message().endsWith(u'.'));
    }
    QCOMPARE(fingerprint(m_dir).value(keyring), keyringBefore);
    QCOMPARE(entriesOf(m_dir).filter(u"kopie"_s), QStringList());
    QVERIFY(!QFileInfo::exists(QDir(m_dir).filePath(u"a"_s)));
    QVERIFY(!m_store->lastBackup().isValid());
}

void TestBackupFiles::intoTheStoresOwnBackupsFolder()
{
    // The store keeps its own safety copies in backups/ (before a migration, before a restore).
    const QString target = QDir(m_dir).filePath(u"backups/handmatig"_s);
    StoreError error;
    QVERIFY2(m_store->backupTo(target, &error), qPrintable(error.detail()));
    QCOMPARE(entriesOf(target), QStringList({ u"keyring.pdk"_s, u"privacydesk.db"_s }));
}

void TestBackupFiles::neverOverAnExistingBackupOrFile()
{
    const QString target = m_tmp->filePath(u"usb/backup"_s);
    StoreError error;
    QVERIFY2(m_store->backupTo(target, &error), qPrintable(error.detail()));
    const auto first = fingerprint(target);
    QCOMPARE(first.size(), 2);
    QVERIFY(m_store->lastBackup().isValid());

    // A second backup to the same folder: refused, the first one untouched.
    QVERIFY(!m_store->backupTo(target, &error));
    QCOMPARE(error.code(), StoreError::Code::TargetExists);
    QCOMPARE(fingerprint(target), first);
    // Nor into a folder that holds anything else, nor over a file.
    const QString other = m_tmp->filePath(u"usb/papieren"_s);
    QVERIFY(QDir().mkpath(other));
    QFile note(QDir(other).filePath(u"notitie.txt"_s));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("blijft\n");
    note.close();
    QVERIFY(!m_store->backupTo(other, &error));
    QCOMPARE(error.code(), StoreError::Code::TargetExists);
    QCOMPARE(entriesOf(other), QStringList({ u"notitie.txt"_s }));
    QVERIFY(!m_store->backupTo(QDir(other).filePath(u"notitie.txt"_s), &error));
    QCOMPARE(error.code(), StoreError::Code::TargetExists);
    QVERIFY(!m_store->backupTo(u"%1/"_s.arg(m_tmp->filePath(u"usb"_s)), &error));
    QCOMPARE(entriesOf(m_tmp->filePath(u"usb"_s)), QStringList({ u"backup"_s, u"papieren"_s }));
}

void TestBackupFiles::intoAnEmptyFolder()
{
    const QString target = m_tmp->filePath(u"leeg"_s);
    QVERIFY(QDir().mkpath(target));
    StoreError error;
    QVERIFY2(m_store->backupTo(target, &error), qPrintable(error.detail()));
    QCOMPARE(entriesOf(target), QStringList({ u"keyring.pdk"_s, u"privacydesk.db"_s }));
    QCOMPARE(entriesOf(m_tmp->path()), QStringList({ u"kluis"_s, u"leeg"_s }));
    m_store.reset();
    auto copy = openTestStore(target, &error);
    QVERIFY2(copy, qPrintable(error.detail()));
}

void TestBackupFiles::fileSizeLimitLeavesNoHalfFolder()
{
    const QString parent = m_tmp->filePath(u"usb"_s);
    QVERIFY(QDir().mkpath(parent));
    StoreError error;
    bool made = true;
    {
        // The export writes page after page: the limit stops it halfway.
        const FileSizeLimit limit(16 * 1024);
        QVERIFY(limit.isActive());
        made = m_store->backupTo(QDir(parent).filePath(u"backup"_s), &error);
    }
    QVERIFY(!made);
    QVERIFY2(error.code() == StoreError::Code::DiskFull, qPrintable(error.detail()));
    QCOMPARE(entriesOf(parent), QStringList());
    QVERIFY(!m_store->lastBackup().isValid());
    // The store itself is fine and the next backup works.
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QVERIFY2(m_store->backupTo(QDir(parent).filePath(u"backup"_s), &error),
             qPrintable(error.detail()));
}

void TestBackupFiles::fullDiskLeavesNoHalfFolder()
{
    // A real full disk where this test may mount a small tmpfs (root); elsewhere a file-size
    // limit of half the database, as a process sees a full disk.
    TmpfsMount disk(m_tmp->filePath(u"schijf"_s), 1);
    const QString parent = disk.path();
    StoreError error;
    bool made = true;
    if (disk.isMounted()) {
        // Fill the disk to a little less than the database needs.
        const qint64 needed = QFileInfo(m_store->databasePath()).size()
            + QFileInfo(m_store->databasePath() + u"-wal"_s).size();
        QFile filler(QDir(parent).filePath(u"vulling"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        filler.close();
        QVERIFY(filler.resize(qMax<qint64>(0, filler.size() - needed / 2)));
        made = m_store->backupTo(QDir(parent).filePath(u"backup"_s), &error);
        QCOMPARE(entriesOf(parent), QStringList({ u"vulling"_s }));
    } else {
        const FileSizeLimit limit(
            static_cast<rlim_t>(QFileInfo(m_store->databasePath()).size() / 2));
        QVERIFY(limit.isActive());
        made = m_store->backupTo(QDir(parent).filePath(u"backup"_s), &error);
        QCOMPARE(entriesOf(parent), QStringList());
    }
    QVERIFY(!made);
    QCOMPARE(error.code(), StoreError::Code::DiskFull);
    QVERIFY(error.message().contains(u"disk is full"_s));
}

void TestBackupFiles::unwritablePlaceLeavesNoHalfFolder()
{
    // A file where the folder should be.
    const QString file = m_tmp->filePath(u"bestand"_s);
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    StoreError error;
    QVERIFY(!m_store->backupTo(QDir(file).filePath(u"backup"_s), &error));
    QCOMPARE(error.code(), StoreError::Code::ReadOnlyLocation);
    QVERIFY(QFileInfo(file).isFile());

    // A read-only place: a read-only tmpfs (root ignores file modes), else a folder without
    // write permission.
    TmpfsMount disk(m_tmp->filePath(u"alleen-lezen"_s), 4);
    const QString parent = disk.path();
    if (disk.isMounted()) {
        QVERIFY(disk.remount(u"ro"_s));
    } else {
        QCOMPARE(::geteuid() == 0, false);
        QVERIFY(QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    QVERIFY(!m_store->backupTo(QDir(parent).filePath(u"backup"_s), &error));
    QCOMPARE(error.code(), StoreError::Code::ReadOnlyLocation);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(entriesOf(parent), QStringList());
    if (disk.isMounted())
        QVERIFY(disk.remount(u"rw"_s));
    else
        QFile::setPermissions(
            parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!m_store->lastBackup().isValid());
}

void TestBackupFiles::restoreOfAnotherStoreNeedsConfirmation()
{
    // Another store, with the same user and password, and a backup of it.
    const QString otherDir = m_tmp->filePath(u"andere-kluis"_s);
    const QString otherBackup = m_tmp->filePath(u"andere-backup"_s);
    {
        auto other = createTestStore(otherDir, nullptr, u"Woonvereniging Elders"_s);
        QVERIFY(other);
        StoreError error;
        QVERIFY2(other->backupTo(otherBackup, &error), qPrintable(error.detail()));
    }
    const QUuid ownId = m_store->info().storeId;
    m_store.reset();
    const auto before = fingerprint(m_dir);
    Keyring::Status status = Keyring::Status::Ok;
    const QUuid otherId
        = Keyring::load(QDir(otherBackup).filePath(u"keyring.pdk"_s), &status).storeId();
    QVERIFY(!otherId.isNull());
    QVERIFY(otherId != ownId);

    QString safety;
    StoreError error;
    Store::RestoreIdentities identities;
    QVERIFY(!Store::restore(otherBackup, m_dir, testUser, SecureBytes::fromUtf8(testPassword),
                            &safety, &error, false, &identities));
    QCOMPARE(error.code(), StoreError::Code::OtherStore);
    QCOMPARE(identities.backupStoreId, otherId);
    QCOMPARE(identities.storeId, ownId);
    QCOMPARE(identities.backupOrganisation, u"Woonvereniging Elders"_s);
    QCOMPARE(identities.storeOrganisation, u"Woonstichting Proefhuis"_s);
    QVERIFY(safety.isEmpty());
    QCOMPARE(fingerprint(m_dir), before);
    // The short form says no too.
    QVERIFY(!Store::restore(otherBackup, m_dir, testUser, SecureBytes::fromUtf8(testPassword),
                            &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::OtherStore);
    QCOMPARE(fingerprint(m_dir), before);

    // Confirmed: replaced, after a second backup of what was there.
    QVERIFY2(Store::restore(otherBackup, m_dir, testUser, SecureBytes::fromUtf8(testPassword),
                            &safety, &error, true),
             qPrintable(error.detail()));
    QVERIFY(!safety.isEmpty());
    auto restored = openTestStore(m_dir, &error);
    QVERIFY2(restored, qPrintable(error.detail()));
    QCOMPARE(restored->info().storeId, otherId);
    // A backup of the same store needs no confirmation.
    const QString sameBackup = m_tmp->filePath(u"zelfde"_s);
    QVERIFY2(restored->backupTo(sameBackup, &error), qPrintable(error.detail()));
    restored.reset();
    QVERIFY2(Store::restore(sameBackup, m_dir, testUser, SecureBytes::fromUtf8(testPassword),
                            &safety, &error),
             qPrintable(error.detail()));
}

namespace {

// A folder with these files (each a few bytes), made private; false when anything failed.
bool makeFolder(const QString &path, const QStringList &files)
{
    if (!QDir().mkpath(path))
        return false;
    for (const QString &name : files) {
        QFile file(QDir(path).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write("restant") != 7)
            return false;
    }
    return true;
}

// The id of a process that ran and is gone: what a backup killed with SIGKILL leaves in its
// temporary folder's name.
qint64 deadProcessId()
{
    QProcess process;
    process.start(u"sh"_s, { u"-c"_s, u"exit 0"_s });
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

// A backup killed before its rename leaves ".<name>.tmp-<pid>-XXXXXX" beside its
// target. The next backup into the same folder removes exactly that, and nothing else: not a
// running backup's folder, not one with other files in it, not a link, not another name.
void TestBackupFiles::killedBackupIsCleanedByTheNext()
{
    const QString parent = m_tmp->filePath(u"usb"_s);
    const qint64 dead = deadProcessId();
    QVERIFY(dead > 0);
    const QString deadId = QString::number(dead);
    const QStringList backupFiles { u"privacydesk.db"_s, u"keyring.pdk"_s };
    const QString killed = u".privacydesk-back-up-2026-03-02-1430.tmp-"_s + deadId + u"-Ab12Cd"_s;
    const QString foreign = u".kopie.tmp-"_s + deadId + u"-Zz99yy"_s;
    const QString running = u".kopie.tmp-"_s + QString::number(::getppid()) + u"-Qq11ww"_s;
    const QString oldStyle = u".kopie.tmp-Ab12Cd"_s;
    const QString link = u".kopie.tmp-"_s + deadId + u"-Link00"_s;
    QVERIFY(makeFolder(QDir(parent).filePath(killed), backupFiles));
    QVERIFY(makeFolder(QDir(parent).filePath(foreign),
                       backupFiles + QStringList { u"notities.txt"_s }));
    QVERIFY(makeFolder(QDir(parent).filePath(running), backupFiles));
    QVERIFY(makeFolder(QDir(parent).filePath(oldStyle), backupFiles));
    const QString elsewhere = m_tmp->filePath(u"elders"_s);
    QVERIFY(makeFolder(elsewhere, backupFiles));
    QVERIFY(QFile::link(elsewhere, QDir(parent).filePath(link)));
    const QStringList before = entriesOf(parent);

    StoreError error;
    QVERIFY2(m_store->backupTo(QDir(parent).filePath(u"nieuw"_s), &error),
             qPrintable(error.detail()));
    QStringList expected = before;
    expected.removeOne(killed);
    expected << u"nieuw"_s;
    expected.sort();
    QStringList after = entriesOf(parent);
    after.sort();
    QCOMPARE(after, expected);
    QCOMPARE(entriesOf(QDir(parent).filePath(foreign)).size(), 3);
    QCOMPARE(entriesOf(elsewhere).size(), 2);
}

// A restore killed while staging leaves ".herstel" in the store folder. The next
// restore removes it when it holds only what a restore puts there; a restore still running
// (the staged store's lock held) or anything else under that name stops the restore instead.
void TestBackupFiles::killedRestoreIsCleanedByTheNext()
{
    const QString backup = m_tmp->filePath(u"backup"_s);
    StoreError error;
    QVERIFY2(m_store->backupTo(backup, &error), qPrintable(error.detail()));
    m_store.reset();
    const QString staging = QDir(m_dir).filePath(u".herstel"_s);
    const QStringList staged { u"privacydesk.db"_s, u"privacydesk.db-wal"_s, u"keyring.pdk"_s };
    const auto restore = [&] {
        QString safety;
        return Store::restore(backup, m_dir, testUser, SecureBytes::fromUtf8(testPassword), &safety,
                              &error);
    };

    // Someone else's file in it: left, and the restore refused.
    QVERIFY(makeFolder(staging, staged + QStringList { u"eigen.txt"_s }));
    QVERIFY(!restore());
    QCOMPARE(error.code(), StoreError::Code::Io);
    QCOMPARE(entriesOf(staging).size(), 4);
    QVERIFY(QFile::remove(QDir(staging).filePath(u"eigen.txt"_s)));

    // A restore still at work (its staged store locked): not touched.
    {
        QLockFile lock(QDir(staging).filePath(u".lock"_s));
        QVERIFY(lock.tryLock(0));
        QVERIFY(!restore());
        QCOMPARE(error.code(), StoreError::Code::InUse);
        QCOMPARE(entriesOf(staging).size(), 4);
    }

    // What a killed restore left: cleaned, and the restore done.
    QVERIFY(makeFolder(staging, staged));
    QVERIFY2(restore(), qPrintable(error.detail()));
    QVERIFY(!QFileInfo::exists(staging));
    auto restored = openTestStore(m_dir, &error);
    QVERIFY2(restored, qPrintable(error.detail()));
}

QTEST_GUILESS_MAIN(TestBackupFiles)
#include "tst_backupfiles.moc"
