// privacydesk-cli user …, recovery-key regenerate, backup and restore end to end: every
// command acts as the user whose password it was given, with that user's role; new passwords
// come from a file or standard input, never from argv.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestCliUsers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListAndRoles();
    void ownPasswordAndReset();
    void removeNeedsYesAndLocksOut();
    void newPasswordNeverOnArgv();
    void recoveryKeyRegenerate();
    void backupAndRestore();
    void restoreWithWrongPasswordTouchesNothing();
    void wrongPasswordsSlowDown();
    void interruptedRemovalIsCompletedAtOpen();
    void interruptedAddIsUndoneAtOpen();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    CliRunner::Result as(const QString &user, const QString &passwordFile,
                         const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList logins() const;
    // run() with PRIVACYDESK_TEST_CRASH_AT set: the tool kills itself (SIGKILL) at that point.
    CliRunner::Result crashingAt(const QByteArray &point, const QStringList &arguments) const;
    int removalCompletedEvents() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_bakkerFile;
};

void TestCliUsers::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp->path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp->filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
    m_bakkerFile = writeFile(u"bakker.txt"_s, "wachtwoord-bakker\n");
    const auto added = m_cli->onStore({ u"user"_s, u"add"_s, u"a.bakker"_s, u"--role"_s, u"kcc"_s,
                                        u"--display-name"_s, u"Anna Bakker"_s,
                                        u"--new-password-file"_s, m_bakkerFile });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

QString TestCliUsers::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_tmp->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(content);
    }
    return path;
}

CliRunner::Result TestCliUsers::as(const QString &user, const QString &passwordFile,
                                   const QStringList &arguments, const QByteArray &input) const
{
    return m_cli->run(QStringList { u"--store"_s, m_cli->store(), u"--user"_s, user,
                                    u"--password-file"_s, passwordFile }
                          + arguments,
                      input);
}

CliRunner::Result TestCliUsers::crashingAt(const QByteArray &point,
                                           const QStringList &arguments) const
{
    qputenv("PRIVACYDESK_TEST_CRASH_AT", point);
    const auto result = m_cli->onStore(arguments);
    qunsetenv("PRIVACYDESK_TEST_CRASH_AT");
    return result;
}

int TestCliUsers::removalCompletedEvents() const
{
    StoreError error;
    const auto store = Store::open(m_cli->store(), u"j.devries"_s,
                                   SecureBytes::fromUtf8(u"vergeet-mij-niet-2026"_s), &error);
    if (!store)
        return -1;
    QSqlQuery query(store->database());
    if (!query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'user.removal_completed'"_s)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TestCliUsers::logins() const
{
    const auto listed = m_cli->onStore({ u"user"_s, u"list"_s, u"--json"_s });
    QStringList result;
    for (const QJsonValue &user : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        result << user[u"login"_s].toString() + u':' + user[u"role"_s].toString();
    return result;
}

void TestCliUsers::addListAndRoles()
{
    QCOMPARE(logins(), (QStringList { u"a.bakker:kcc"_s, u"j.devries:beheerder"_s }));
    const auto text = m_cli->onStore({ u"user"_s, u"list"_s });
    QVERIFY(text.out.contains(u"Anna Bakker"_s));

    // A kcc user may list but not add or remove.
    const QString other = writeFile(u"ander.txt"_s, "nog-een-wachtwoord\n");
    const auto denied = as(u"a.bakker"_s, m_bakkerFile,
                           { u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"beheerder"_s,
                             u"--new-password-file"_s, other });
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(u"[denied]"_s), qPrintable(denied.err));
    const auto deniedRemove
        = as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"remove"_s, u"j.devries"_s, u"--yes"_s });
    QCOMPARE(deniedRemove.exitCode, 1);
    QVERIFY(deniedRemove.err.contains(u"[denied]"_s));
    const auto deniedBackup = as(u"a.bakker"_s, m_bakkerFile,
                                 { u"backup"_s, u"--to"_s, m_tmp->filePath(u"kcc-backup"_s) });
    QCOMPARE(deniedBackup.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"kcc-backup"_s)));
    QCOMPARE(logins().size(), 2);

    const auto badRole = m_cli->onStore({ u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s,
                                          u"admin"_s, u"--new-password-file"_s, other });
    QCOMPARE(badRole.exitCode, 2);
    const auto duplicate = m_cli->onStore({ u"user"_s, u"add"_s, u"A.Bakker"_s, u"--role"_s,
                                            u"kcc"_s, u"--new-password-file"_s, other });
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains(u"[duplicate]"_s));
}

void TestCliUsers::ownPasswordAndReset()
{
    const QString fresh = writeFile(u"nieuw.txt"_s, "een-nieuw-wachtwoord\n");
    const auto changed
        = as(u"a.bakker"_s, m_bakkerFile,
             { u"user"_s, u"passwd"_s, u"a.bakker"_s, u"--new-password-file"_s, fresh });
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QCOMPARE(as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s }).exitCode, 1);
    QCOMPARE(as(u"a.bakker"_s, fresh, { u"user"_s, u"list"_s }).exitCode, 0);
    // Someone else's password: only a beheerder, without the old one.
    const auto denied
        = as(u"a.bakker"_s, fresh,
             { u"user"_s, u"passwd"_s, u"j.devries"_s, u"--new-password-file"_s, fresh });
    QCOMPARE(denied.exitCode, 1);
    QVERIFY(denied.err.contains(u"[denied]"_s));
    const auto reset = m_cli->onStore(
        { u"user"_s, u"passwd"_s, u"a.bakker"_s, u"--new-password-file"_s, m_bakkerFile });
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QCOMPARE(as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s }).exitCode, 0);
    // Login password and new password both from standard input, one line each.
    const auto fromStdin = m_cli->run({ u"--store"_s, m_cli->store(), u"--user"_s, u"a.bakker"_s,
                                        u"--password-stdin"_s, u"user"_s, u"passwd"_s,
                                        u"a.bakker"_s, u"--new-password-stdin"_s },
                                      "wachtwoord-bakker\nvia-standaardinvoer\n");
    QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.err));
    QCOMPARE(as(u"a.bakker"_s, writeFile(u"stdin.txt"_s, "via-standaardinvoer\n"),
                { u"user"_s, u"list"_s })
                 .exitCode,
             0);
}

void TestCliUsers::removeNeedsYesAndLocksOut()
{
    const auto unconfirmed = m_cli->onStore({ u"user"_s, u"remove"_s, u"a.bakker"_s });
    QCOMPARE(unconfirmed.exitCode, 2);
    QCOMPARE(logins().size(), 2);
    const auto self = m_cli->onStore({ u"user"_s, u"remove"_s, u"j.devries"_s, u"--yes"_s });
    QCOMPARE(self.exitCode, 1);
    QVERIFY(self.err.contains(u"[remove-self]"_s));
    const auto removed = m_cli->onStore({ u"user"_s, u"remove"_s, u"a.bakker"_s, u"--yes"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(logins(), QStringList { u"j.devries:beheerder"_s });
    const auto lockedOut = as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s });
    QCOMPARE(lockedOut.exitCode, 1);
    QVERIFY(lockedOut.err.contains(u"[wrong-password]"_s));
    const auto verified = m_cli->onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestCliUsers::newPasswordNeverOnArgv()
{
    const auto onArgv = m_cli->onStore({ u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"kcc"_s,
                                         u"--new-password"_s, u"geheim-op-argv"_s });
    QCOMPARE(onArgv.exitCode, 2);
    const auto none = m_cli->onStore({ u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"kcc"_s });
    QCOMPARE(none.exitCode, 2);
    QCOMPARE(logins().size(), 2);
}

void TestCliUsers::recoveryKeyRegenerate()
{
    const auto denied = as(u"a.bakker"_s, m_bakkerFile, { u"recovery-key"_s, u"regenerate"_s });
    QCOMPARE(denied.exitCode, 1);
    const auto made = m_cli->onStore({ u"recovery-key"_s, u"regenerate"_s });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QStringList lines = made.out.trimmed().split(u'\n');
    const QString key = lines.last().trimmed();
    QCOMPARE(key.count(u'-'), 7);
    StoreError error;
    QVERIFY(Store::openWithRecoveryKey(m_cli->store(), key, &error));
}

void TestCliUsers::backupAndRestore()
{
    const QString folder = m_tmp->filePath(u"backup"_s);
    const auto made = m_cli->onStore({ u"backup"_s, u"--to"_s, folder });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString backup = onlySubfolder(folder); // the dated folder inside --to
    QVERIFY(QFileInfo::exists(QDir(backup).filePath(u"privacydesk.db"_s)));
    const QString other = writeFile(u"ander.txt"_s, "nog-een-wachtwoord\n");
    QCOMPARE(m_cli
                 ->onStore({ u"user"_s, u"add"_s, u"c.visser"_s, u"--role"_s, u"auditor"_s,
                             u"--new-password-file"_s, other })
                 .exitCode,
             0);
    QCOMPARE(logins().size(), 3);
    // A kcc user may not restore.
    const auto denied = as(u"a.bakker"_s, m_bakkerFile, { u"restore"_s, u"--from"_s, backup });
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(u"[denied]"_s), qPrintable(denied.err));
    const auto restored = m_cli->onStore({ u"restore"_s, u"--from"_s, backup });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.contains(u"backups/voor-herstel-"_s));
    QCOMPARE(logins().size(), 2); // as it was at the backup
}

void TestCliUsers::restoreWithWrongPasswordTouchesNothing()
{
    const QString folder = m_tmp->filePath(u"backup"_s);
    QCOMPARE(m_cli->onStore({ u"backup"_s, u"--to"_s, folder }).exitCode, 0);
    const QString backup = onlySubfolder(folder);
    QVERIFY(!backup.isEmpty());
    const auto before = fingerprint(m_cli->store());
    const auto wrong = m_cli->run({ u"--store"_s, m_cli->store(), u"--password-file"_s,
                                    writeFile(u"fout.txt"_s, "helemaal-fout\n"), u"restore"_s,
                                    u"--from"_s, backup });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(u"[wrong-password]"_s));
    QCOMPARE(fingerprint(m_cli->store()), before);
}

void TestCliUsers::wrongPasswordsSlowDown()
{
    // The same growing pause as the desk's unlock screen (UnlockBackoff): a script that guesses
    // passwords gets two free tries, then has to wait, even with the right password.
    const QString wrong = writeFile(u"fout.txt"_s, "geen-goed-wachtwoord\n");
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const auto failed = as(u"a.bakker"_s, wrong, { u"user"_s, u"list"_s });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(!failed.err.contains(u"Try again"_s), qPrintable(failed.err));
    }
    const auto paused = as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s });
    QCOMPARE(paused.exitCode, 1);
    QVERIFY2(paused.err.contains(u"wrong 3 times in a row"_s), qPrintable(paused.err));
    QVERIFY2(paused.err.contains(u"Try again in"_s), qPrintable(paused.err));

    // The counter lives in the user's settings (the desk reads the same one). Once the pause is
    // over (moved into the past here), the right password opens and clears the counter.
    const QString config = m_tmp->filePath(u"config/Privacydesk/Privacydesk.conf"_s);
    QVERIFY2(QFileInfo::exists(config), qPrintable(config));
    {
        QSettings settings(config, QSettings::IniFormat);
        const QStringList groups = settings.childGroups();
        QVERIFY(groups.contains(u"unlock"_s));
        settings.beginGroup(u"unlock"_s);
        const QStringList stores = settings.childGroups();
        QCOMPARE(stores.size(), 1);
        // Not the folder's path in clear.
        QVERIFY(!stores.first().contains(u"kluis"_s));
        settings.setValue(stores.first() + u"/lastFailure"_s, pd::test::systemNow().addSecs(-600));
    }
    const auto opened = as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s });
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
    QSettings settings(config, QSettings::IniFormat);
    QVERIFY(!settings.childGroups().contains(u"unlock"_s));
}

// A kill -9 between the users row (removed) and the rekey used to leave the removed user's slot
// able to unlock the master key while the tool said the user was gone. The next open
// takes the slot out, rekeys, records it once and tells the beheerder.
void TestCliUsers::interruptedRemovalIsCompletedAtOpen()
{
    const QString visserFile = writeFile(u"visser.txt"_s, "wachtwoord-visser\n");
    const auto added = m_cli->onStore({ u"user"_s, u"add"_s, u"c.visser"_s, u"--role"_s,
                                        u"auditor"_s, u"--new-password-file"_s, visserFile });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const SecureBytes bakkerPassword = SecureBytes::fromUtf8(u"wachtwoord-bakker"_s);
    const QString keyringPath = QDir(m_cli->store()).filePath(u"keyring.pdk"_s);

    const auto killed
        = crashingAt("after-user-row", { u"user"_s, u"remove"_s, u"a.bakker"_s, u"--yes"_s });
    QVERIFY(killed.exitCode != 0);
    {
        // The state the kill left: the row says removed, the slot still opens the master key.
        Keyring::Status status = Keyring::Status::Ok;
        const Keyring keyring = Keyring::load(keyringPath, &status);
        QCOMPARE(status, Keyring::Status::Ok);
        QVERIFY(!keyring.unlockUser(u"a.bakker", bakkerPassword, &status).isEmpty());
    }

    const auto reopened = m_cli->onStore({ u"user"_s, u"list"_s });
    QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
    QVERIFY2(reopened.err.contains(u"interrupted"_s), qPrintable(reopened.err));
    {
        Keyring::Status status = Keyring::Status::Ok;
        const Keyring keyring = Keyring::load(keyringPath, &status);
        QCOMPARE(status, Keyring::Status::Ok);
        QVERIFY(!keyring.hasUser(u"a.bakker"));
        QVERIFY(keyring.unlockUser(u"a.bakker", bakkerPassword, &status).isEmpty());
        QVERIFY(keyring.hasRecoverySlot());
    }
    QCOMPARE(logins(), QStringList({ u"c.visser:auditor"_s, u"j.devries:beheerder"_s }));
    const auto lockedOut = as(u"a.bakker"_s, m_bakkerFile, { u"user"_s, u"list"_s });
    QCOMPARE(lockedOut.exitCode, 1);
    const auto visser = as(u"c.visser"_s, visserFile, { u"user"_s, u"list"_s });
    QVERIFY2(visser.exitCode == 0, qPrintable(visser.err));
    QVERIFY2(!visser.err.contains(u"interrupted"_s), qPrintable(visser.err)); // told once
    const auto verified = m_cli->onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QCOMPARE(removalCompletedEvents(), 1);
}

// The same sweep takes out the slot of an add whose users row never committed.
void TestCliUsers::interruptedAddIsUndoneAtOpen()
{
    const QString newFile = writeFile(u"nieuw.txt"_s, "wachtwoord-nieuw\n");
    const auto killed = crashingAt("after-key-slot",
                                   { u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"kcc"_s,
                                     u"--new-password-file"_s, newFile });
    QVERIFY(killed.exitCode != 0);
    const QString keyringPath = QDir(m_cli->store()).filePath(u"keyring.pdk"_s);
    Keyring::Status status = Keyring::Status::Ok;
    QVERIFY(Keyring::load(keyringPath, &status).hasUser(u"x.nieuw"));

    const auto reopened = m_cli->onStore({ u"user"_s, u"list"_s });
    QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
    QVERIFY2(reopened.err.contains(u"interrupted"_s), qPrintable(reopened.err));
    QVERIFY(!Keyring::load(keyringPath, &status).hasUser(u"x.nieuw"));
    QCOMPARE(logins().size(), 2);
    // The add can be made again, and then it holds.
    const auto again = m_cli->onStore({ u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"kcc"_s,
                                        u"--new-password-file"_s, newFile });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const auto asNew = as(u"x.nieuw"_s, newFile, { u"user"_s, u"list"_s });
    QVERIFY2(asNew.exitCode == 0, qPrintable(asNew.err));
    const auto verified = m_cli->onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QCOMPARE(removalCompletedEvents(), 1);
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
