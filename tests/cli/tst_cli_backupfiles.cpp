// privacydesk-cli backup and restore, where they may write (issue 15): never into the store's
// folder nor over an existing backup; a full disk leaves no half folder and says so in a Dutch
// sentence with exit 1 (never "[internal]"); a backup of another store replaces this one only
// with --other-store, and the refusal names both stores.

#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/Keyring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

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

} // namespace

class TestCliBackupFiles final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neverIntoTheStoreFolder();
    void neverOverAnExistingBackup();
    void fullDiskLeavesNoHalfFolder();
    void restoreOfAnotherStoreNeedsOtherStore();

private:
    bool initStore(const QString &directory, const QString &organisation);
    CliRunner::Result on(const QString &store, const QStringList &arguments) const;

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

void TestCliBackupFiles::neverIntoTheStoreFolder()
{
    const auto before = fingerprint(m_store);
    const QString keyring = QDir(m_store).filePath(u"keyring.pdk"_s);
    for (const QString &target : { m_store, keyring, QDir(m_store).filePath(u"kopie"_s) }) {
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
}

void TestCliBackupFiles::neverOverAnExistingBackup()
{
    const QString backup = m_tmp->filePath(u"usb/backup"_s);
    const auto made = on(m_store, { u"backup"_s, u"--to"_s, backup });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const auto first = fingerprint(backup);
    QCOMPARE(first.size(), 2);
    const auto again = on(m_store, { u"backup"_s, u"--to"_s, backup });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"[target-exists]"_s), qPrintable(again.err));
    QCOMPARE(fingerprint(backup), first);
    QCOMPARE(entriesOf(m_tmp->filePath(u"usb"_s)), QStringList({ u"backup"_s }));
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
                    u"--to"_s, QDir(parent).filePath(u"backup"_s) });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"De schijf is vol"_s), qPrintable(err));
    QVERIFY2(err.contains(u"[disk-full]"_s), qPrintable(err));
    QCOMPARE(entriesOf(parent), QStringList());
    // Without the limit the same command works.
    const auto made = on(m_store, { u"backup"_s, u"--to"_s, QDir(parent).filePath(u"backup"_s) });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void TestCliBackupFiles::restoreOfAnotherStoreNeedsOtherStore()
{
    const QString other = m_tmp->filePath(u"andere-kluis"_s);
    QVERIFY(initStore(other, u"Woonvereniging Elders"_s));
    const QString backup = m_tmp->filePath(u"andere-backup"_s);
    const auto made = on(other, { u"backup"_s, u"--to"_s, backup });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
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

QTEST_GUILESS_MAIN(TestCliBackupFiles)
#include "tst_cli_backupfiles.moc"
