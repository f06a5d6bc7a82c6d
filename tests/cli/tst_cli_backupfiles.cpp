// privacydesk-cli backup and restore, where they may write: never into the store's
// folder nor over an existing backup; a full disk leaves no half folder and says so in a Dutch
// sentence with exit 1 (never "[internal]"); a backup of another store replaces this one only
// with --other-store, and the refusal names both stores. Scheduled backups: backup
// --to DIR writes a new dated folder inside DIR each time, and --keep N then removes only this
// store's oldest backups there beyond the newest N — never anything else in DIR.

#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/Keyring.h"
#include "store/BackupFolders.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

QUuid storeIdIn(const QString &folder)
{
    Keyring::Status status = Keyring::Status::Ok;
    return Keyring::load(QDir(folder).filePath(u"keyring.pdk"_s), &status).storeId();
}

// The folders in folder, oldest first, as BackupFolders finds them (names only).
QStringList datedFolders(const QString &folder)
{
    QStringList names;
    StoreError error;
    if (!BackupFolders::list(folder, &names, &error))
        qWarning("cannot list %s", qPrintable(folder));
    return names;
}

// "Backup made and verified in <folder>." (the tool runs in English here): the folder.
QString madeFolder(const CliRunner::Result &result)
{
    const QString prefix = u"Backup made and verified in "_s;
    for (const QString &line : result.out.split(u'\n')) {
        if (line.startsWith(prefix) && line.endsWith(u'.'))
            return line.mid(prefix.size()).chopped(1);
    }
    return {};
}

} // namespace

class TestCliBackupFiles final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neverIntoTheStoreFolder();
    void twoBackupsMakeTwoDatedFolders();
    void theFolderIsNamedOnTheDutchClock();
    void fullDiskLeavesNoHalfFolder();
    void restoreOfAnotherStoreNeedsOtherStore();
    void keepRemovesOnlyTheOldestBackupsOfThisStore();
    void keepNeedsANumberOfAtLeastOne();
    void failedRemovalKeepsTheNewBackup();

private:
    bool initStore(const QString &directory, const QString &organisation);
    CliRunner::Result on(const QString &store, const QStringList &arguments) const;
    // The folders named by the store's store.backup_removed events, oldest first.
    QStringList removalEvents() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_store;
    QString m_passwordFile;
};

void TestCliBackupFiles::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp->path(), u"en"_s);
    m_passwordFile = m_tmp->filePath(u"wachtwoord.txt"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write("vergeet-mij-niet-2026\n");
    file.close();
    m_store = m_tmp->filePath(u"kluis"_s);
    QVERIFY(initStore(m_store, u"Woonstichting Proefhuis"_s));
}

bool TestCliBackupFiles::initStore(const QString &directory, const QString &organisation)
{
    const auto made = m_cli->run({ u"--store"_s, directory, u"init"_s, u"--user"_s, testUser,
                                   u"--kdf"_s, u"test"_s, u"--organisation"_s, organisation,
                                   u"--password-file"_s, m_passwordFile });
    if (made.exitCode != 0)
        qWarning("init failed: %s", qPrintable(made.err));
    return made.exitCode == 0;
}

CliRunner::Result TestCliBackupFiles::on(const QString &store, const QStringList &arguments) const
{
    return m_cli->run(QStringList { u"--store"_s, store, u"--password-file"_s, m_passwordFile }
                      + arguments);
}

QStringList TestCliBackupFiles::removalEvents() const
{
    const auto store = openStoreAs(m_store, testUser, CliRunner::storePassword);
    if (!store)
        return { u"(not opened)"_s };
    QSqlQuery query(store->database());
    if (!query.exec(u"SELECT payload FROM audit_events WHERE action = 'store.backup_removed' "
                    "ORDER BY seq"_s))
        return { u"(not read)"_s };
    QStringList folders;
    while (query.next())
        folders << QJsonDocument::fromJson(query.value(0).toByteArray())
                       .object()
                       .value(u"folder"_s)
                       .toString(u"(no folder)"_s);
    return folders;
}

void TestCliBackupFiles::neverIntoTheStoreFolder()
{
    const auto before = fingerprint(m_store);
    const QString keyring = QDir(m_store).filePath(u"keyring.pdk"_s);
    for (const QString &target : { m_store, keyring, QDir(m_store).filePath(u"kopie"_s),
                                   QDir(m_store).filePath(u"backups"_s) }) {
        const auto refused = on(m_store, { u"backup"_s, u"--to"_s, target });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"[target-exists]"_s)
                     || refused.err.contains(u"[inside-store]"_s),
                 qPrintable(refused.err));
        QVERIFY(!refused.err.contains(u"[internal]"_s));
    }
    const auto after = fingerprint(m_store);
    QCOMPARE(after.value(keyring), before.value(keyring));
    QVERIFY(!QFileInfo::exists(QDir(m_store).filePath(u"kopie"_s)));
    const QString ownBackups = QDir(m_store).filePath(u"backups"_s);
    QVERIFY(!QFileInfo::exists(ownBackups) || datedFolders(ownBackups).isEmpty());
}

void TestCliBackupFiles::twoBackupsMakeTwoDatedFolders()
{
    // DIR need not exist: it is made, for the owner only, and receives a dated folder.
    const QString folder = m_tmp->filePath(u"usb/privacydesk"_s);
    const auto first = on(m_store, { u"backup"_s, u"--to"_s, folder });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
    const QStringList one = datedFolders(folder);
    QCOMPARE(one.size(), 1);
    QCOMPARE(madeFolder(first), QDir(folder).filePath(one.first()));
    const auto firstFiles = fingerprint(QDir(folder).filePath(one.first()));
    QCOMPARE(firstFiles.size(), 2);

    // The same command again (as cron runs it): a second folder beside it, the first untouched.
    const auto second = on(m_store, { u"backup"_s, u"--to"_s, folder });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QStringList two = datedFolders(folder);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.first(), one.first());
    QCOMPARE(madeFolder(second), QDir(folder).filePath(two.last()));
    QCOMPARE(entriesOf(folder), two); // nothing else, no staging folder left
    QCOMPARE(fingerprint(QDir(folder).filePath(one.first())), firstFiles);
    const QUuid id = storeIdIn(m_store);
    for (const QString &name : two)
        QCOMPARE(BackupFolders::identify(QDir(folder).filePath(name), id),
                 BackupFolders::Identity::ThisStore);
    // Without --keep nothing is removed.
    QVERIFY(removalEvents().isEmpty());
}

// The folder's name is the Dutch time, whatever zone the computer is set to (UTC+14 here; a
// computer set to UTC named a backup made at 00:30 Dutch time after the day before).
void TestCliBackupFiles::theFolderIsNamedOnTheDutchClock()
{
    const QString folder = m_tmp->filePath(u"ver-weg"_s);
    const QDateTime before = pd::test::systemNow();
    CliRunner farAway = *m_cli;
    farAway.setEnvironment(u"TZ"_s, QString::fromLatin1(farZone));
    const auto made = farAway.run({ u"--store"_s, m_store, u"--password-file"_s, m_passwordFile,
                                    u"backup"_s, u"--to"_s, folder });
    const QDateTime after = pd::test::systemNow();
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QStringList names = datedFolders(folder);
    QCOMPARE(names.size(), 1);
    const QStringList dutch { BackupFolders::nameFor(organisationTime(before)),
                              BackupFolders::nameFor(organisationTime(after)) };
    QVERIFY2(dutch.contains(names.first()),
             qPrintable(names.first() + u" is not "_s + dutch.join(u" or "_s)));
}

void TestCliBackupFiles::fullDiskLeavesNoHalfFolder()
{
    // The tool runs with a 64 KiB file-size limit: the export stops halfway, as on a full disk.
    const QString parent = m_tmp->filePath(u"usb"_s);
    QVERIFY(QDir().mkpath(parent));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "PRIVACYDESK_PASSWORD", "PRIVACYDESK_STORE", "PRIVACYDESK_LANG" })
        env.remove(QLatin1StringView(name));
    env.insert(u"HOME"_s, m_tmp->path());
    env.insert(u"XDG_DATA_HOME"_s, m_tmp->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_tmp->filePath(u"config"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 64 * 1024;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    // In Dutch, the tool's default language.
    process.start(QStringLiteral(CLI_PATH),
                  { u"--store"_s, m_store, u"--password-file"_s, m_passwordFile, u"backup"_s,
                    u"--to"_s, parent });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"De schijf is vol"_s), qPrintable(err));
    QVERIFY2(err.contains(u"[disk-full]"_s), qPrintable(err));
    QCOMPARE(entriesOf(parent), QStringList());
    // Without the limit the same command works.
    const auto made = on(m_store, { u"backup"_s, u"--to"_s, parent });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QCOMPARE(datedFolders(parent).size(), 1);
}

void TestCliBackupFiles::restoreOfAnotherStoreNeedsOtherStore()
{
    const QString other = m_tmp->filePath(u"andere-kluis"_s);
    QVERIFY(initStore(other, u"Woonvereniging Elders"_s));
    const auto made = on(other, { u"backup"_s, u"--to"_s, m_tmp->filePath(u"andere-backup"_s) });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString backup = onlySubfolder(m_tmp->filePath(u"andere-backup"_s));
    const QUuid ownId = storeIdIn(m_store);
    const QUuid otherId = storeIdIn(backup);
    QVERIFY(!ownId.isNull() && !otherId.isNull() && ownId != otherId);

    const auto before = fingerprint(m_store);
    const auto refused = on(m_store, { u"restore"_s, u"--from"_s, backup });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"[other-store]"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--other-store"_s), qPrintable(refused.err));
    for (const QString &part :
         { ownId.toString(QUuid::WithoutBraces), otherId.toString(QUuid::WithoutBraces),
           u"Woonstichting Proefhuis"_s, u"Woonvereniging Elders"_s })
        QVERIFY2(refused.err.contains(part), qPrintable(refused.err));
    QCOMPARE(fingerprint(m_store), before);

    const auto restored = on(m_store, { u"restore"_s, u"--from"_s, backup, u"--other-store"_s });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(storeIdIn(m_store), otherId);
    const auto info = on(m_store, { u"info"_s });
    QVERIFY2(info.out.contains(u"Woonvereniging Elders"_s), qPrintable(info.out));
}

void TestCliBackupFiles::keepRemovesOnlyTheOldestBackupsOfThisStore()
{
    const QString folder = m_tmp->filePath(u"usb"_s);
    const QDir dir(folder);
    // What else lives in DIR: a folder of someone's own, a plain file, a file and a folder named
    // like backups that are none, and a backup of another store made into the same DIR.
    QVERIFY(dir.mkpath(u"eigen-map"_s));
    QFile own(dir.filePath(u"eigen-map/notities.txt"_s));
    QVERIFY(own.open(QIODevice::WriteOnly) && own.write("van mij") > 0);
    own.close();
    QFile plain(dir.filePath(u"lijst.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly) && plain.write("ook van mij") > 0);
    plain.close();
    QFile lookalike(dir.filePath(u"privacydesk-back-up-2000-01-01-0000"_s));
    QVERIFY(lookalike.open(QIODevice::WriteOnly) && lookalike.write("geen back-up") > 0);
    lookalike.close();
    QVERIFY(dir.mkpath(u"privacydesk-back-up-2000-01-01-0001/leeg"_s));
    const QString other = m_tmp->filePath(u"andere-kluis"_s);
    QVERIFY(initStore(other, u"Woonvereniging Elders"_s));
    const auto foreign = on(other, { u"backup"_s, u"--to"_s, folder });
    QVERIFY2(foreign.exitCode == 0, qPrintable(foreign.err));
    const QString foreignBackup = madeFolder(foreign);
    QVERIFY(!foreignBackup.isEmpty());
    const auto others = fingerprint(folder);

    // Three backups of this store, the third with --keep 2.
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        QStringList arguments { u"backup"_s, u"--to"_s, folder };
        if (i == 2)
            arguments << u"--keep"_s << u"2"_s;
        const auto result = on(m_store, arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        made << madeFolder(result);
        QVERIFY(!made.last().isEmpty());
        if (i == 2) {
            // Removal is said per folder, after the new backup.
            QVERIFY2(result.out.contains(u"Old backup removed: "_s + made.first() + u'.'),
                     qPrintable(result.out));
            QVERIFY(result.out.indexOf(u"Backup made"_s) < result.out.indexOf(u"Old backup"_s));
            // The folder named like a backup that is none is named, and kept.
            QVERIFY2(result.err.contains(dir.filePath(u"privacydesk-back-up-2000-01-01-0001"_s)),
                     qPrintable(result.err));
            QVERIFY(!result.err.contains(foreignBackup)); // another store's: not ours to judge
        }
    }
    // The two newest of this store are left, everything else in DIR exactly as it was.
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(QFileInfo::exists(made.at(1)));
    QVERIFY(QFileInfo::exists(made.at(2)));
    auto now = fingerprint(folder);
    for (const QString &kept : { made.at(1), made.at(2) }) {
        for (const QString &file : { u"/privacydesk.db"_s, u"/keyring.pdk"_s })
            QVERIFY(now.remove(kept + file) == 1);
    }
    QCOMPARE(now, others);
    QVERIFY(QFileInfo(foreignBackup).isDir());
    // The removal is in the audit trail.
    QCOMPARE(removalEvents(), QStringList { made.at(0) });

    // Again with --keep 1: only the new one of this store stays.
    const auto once = on(m_store, { u"backup"_s, u"--to"_s, folder, u"--keep"_s, u"1"_s });
    QVERIFY2(once.exitCode == 0, qPrintable(once.err));
    QVERIFY(!QFileInfo::exists(made.at(1)));
    QVERIFY(!QFileInfo::exists(made.at(2)));
    QVERIFY(QFileInfo::exists(madeFolder(once)));
    QCOMPARE(removalEvents(), QStringList({ made.at(0), made.at(1), made.at(2) }));
    QVERIFY(QFileInfo(foreignBackup).isDir());
    QVERIFY(QFileInfo(dir.filePath(u"eigen-map/notities.txt"_s)).isFile());
    // The store's audit chain still verifies.
    const auto verified = on(m_store, { u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestCliBackupFiles::keepNeedsANumberOfAtLeastOne()
{
    const QString folder = m_tmp->filePath(u"usb"_s);
    for (const QString &value : { u"0"_s, u"-1"_s, u"twee"_s, u""_s }) {
        const auto refused = on(m_store, { u"backup"_s, u"--to"_s, folder, u"--keep"_s, value });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--keep"_s), qPrintable(refused.err));
    }
    const auto missing = on(m_store, { u"backup"_s, u"--to"_s, folder, u"--keep"_s });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"--keep"_s), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(folder)); // refused before anything was written
}

void TestCliBackupFiles::failedRemovalKeepsTheNewBackup()
{
    const QString folder = m_tmp->filePath(u"usb"_s);
    const auto first = on(m_store, { u"backup"_s, u"--to"_s, folder });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // An older backup of this store that cannot be removed: on a read-only file system (as root),
    // else in a folder without write permission.
    const QString stuck = QDir(folder).filePath(u"privacydesk-back-up-2000-01-01-0000"_s);
    TmpfsMount mount(stuck, 8);
    for (const QString &file : { u"privacydesk.db"_s, u"keyring.pdk"_s })
        QVERIFY(QFile::copy(QDir(madeFolder(first)).filePath(file), QDir(stuck).filePath(file)));
    if (mount.isMounted())
        QVERIFY(mount.remount(u"ro"_s));
    else
        QVERIFY(QFile::setPermissions(stuck, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto stuckFiles = fingerprint(stuck);

    const auto failed = on(m_store, { u"backup"_s, u"--to"_s, folder, u"--keep"_s, u"1"_s });
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(u"[read-only]"_s), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(stuck), qPrintable(failed.err));
    QVERIFY(!failed.err.contains(u"[internal]"_s));
    // The new backup stays, and is said to; the removal stopped at the first failure.
    const QString made = madeFolder(failed);
    QVERIFY2(!made.isEmpty(), qPrintable(failed.out));
    QVERIFY2(failed.err.contains(made), qPrintable(failed.err));
    QCOMPARE(fingerprint(made).size(), 2);
    QCOMPARE(fingerprint(stuck), stuckFiles);
    QVERIFY(QFileInfo::exists(madeFolder(first)));
    QVERIFY(removalEvents().isEmpty());
    if (!mount.isMounted())
        QFile::setPermissions(
            stuck, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestCliBackupFiles)
#include "tst_cli_backupfiles.moc"
