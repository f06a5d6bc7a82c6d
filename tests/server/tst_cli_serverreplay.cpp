// Restore does not resurrect, on a server store, end to end with the real
// privacydesk-cli on a private cluster: a backup made before a person's request files were
// destroyed; `restore` over the live database refuses and keeps that store's destruction log on
// this computer; IT drops and re-creates the database; the same `restore` puts the backup back
// and destroys again what was destroyed after it. Without a kept log, the restore warns.

#include "CliRunner.h"
#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {
const QString adminPassword = u"beheer-wachtwoord-2026"_s;
const QString passphrase = u"back-up zin voor de kluis 2026"_s;
} // namespace

class TestCliServerReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRestoreOverTheLiveStoreKeepsItsLogAndTheNextOneReplaysIt();
    void aSecondRefusalKeepsWhatTheFirstKept();
    void aKilledRestoreKeepsTheStoreClosedUntilItIsFinished_data();
    void aKilledRestoreKeepsTheStoreClosedUntilItIsFinished();
    void aRestoreWithoutAKeptLogWarns();
    void aKeptLogThatWasAlteredFailsTheRestore();

private:
    bool superuser(const QStringList &statements, QStringList *rows = nullptr,
                   const QString &database = u"postgres"_s)
    {
        QString error;
        if (m_cluster.execAsSuperuser(statements, &error, database, rows))
            return true;
        qWarning("%s", qPrintable(error));
        return false;
    }
    // One value read as the superuser from the store's database.
    QString value(const QString &query)
    {
        QStringList rows;
        if (!superuser({ query }, &rows, u"privacydesk"_s) || rows.size() != 1)
            return u"<no single row>"_s;
        return rows.first();
    }
    // What IT does for a restore: the database dropped and made again, empty, and the owner
    // login given CREATEROLE for the restore (which gives it up again).
    bool emptyTheDatabase()
    {
        return superuser({ u"DROP DATABASE privacydesk WITH (FORCE)"_s,
                           u"CREATE DATABASE privacydesk OWNER beheer"_s,
                           u"ALTER ROLE beheer CREATEROLE"_s });
    }
    QString secretFile(const QString &name, const QString &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {};
        file.write(content.toUtf8() + '\n');
        return file.fileName();
    }
    CliRunner::Result beheer(const QStringList &arguments)
    {
        return m_cli->run(QStringList { u"--store"_s, uri(), u"--user"_s, u"beheer"_s,
                                        u"--password-file"_s, m_passwordFile }
                          + arguments);
    }
    CliRunner::Result restore()
    {
        return beheer(
            { u"restore"_s, u"--from"_s, m_backup, u"--passphrase-file"_s, m_passphraseFile });
    }
    QString addClosed(const QString &name, const QString &klantnummer, const QString &received,
                      const QString &answered);
    QString uri() const
    {
        return u"postgresql:///privacydesk?host=%1&port=%2"_s.arg(m_cluster.socketDir())
            .arg(m_cluster.port());
    }
    // Whether a restore succeeded and said it destroyed again the request destroyed after the
    // backup; else a warning says what it printed.
    bool replayedTheDestroyed(const CliRunner::Result &restored) const
    {
        if (restored.exitCode == 0
            && restored.out.contains(u"Destroyed again, because it was destroyed after this "
                                     "backup was made: %1."_s.arg(m_destroyed)))
            return true;
        qWarning("restore: %s %s", qPrintable(restored.out), qPrintable(restored.err));
        return false;
    }
    // The logs kept on this computer (the CLI's XDG_DATA_HOME is the test's).
    QStringList keptLogs() const
    {
        return QDir(keptFolder()).entryList({ u"*.traces"_s }, QDir::Files);
    }
    QString keptFolder() const
    {
        return m_dir.filePath(u"home/data/Privacydesk/server-destructions"_s);
    }
    // How many persons in the store's database carry the name destroyed after the backup.
    QString destroyedPersonsThere()
    {
        return value(u"SELECT count(*) FROM privacydesk.persons WHERE name LIKE '%Vergeetmij%'"_s);
    }
    // Whether the store's groups may connect to its database (false while a restore is unfinished).
    QString groupsMayConnect()
    {
        return value(u"SELECT has_database_privilege('privacydesk_beheerder', 'privacydesk', "
                     "'CONNECT')"_s);
    }

    PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_passwordFile;
    QString m_passphraseFile;
    QString m_backup;
    QString m_destroyed; // the request destroyed after the backup
};

QString TestCliServerReplay::addClosed(const QString &name, const QString &klantnummer,
                                       const QString &received, const QString &answered)
{
    return addClosedRequest([this](const QStringList &arguments) { return beheer(arguments); },
                            name, klantnummer, received, answered);
}

void TestCliServerReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY(superuser({ u"CREATE ROLE beheer LOGIN CREATEROLE PASSWORD '%1'"_s.arg(adminPassword),
                        u"CREATE DATABASE privacydesk OWNER beheer"_s }));
    m_passwordFile = secretFile(u"beheer.pw"_s, adminPassword);
    m_passphraseFile = secretFile(u"passphrase.txt"_s, passphrase);
    QVERIFY(!m_passwordFile.isEmpty() && !m_passphraseFile.isEmpty());
    QDir(m_dir.path()).mkpath(u"home"_s);
    m_cli
        = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_dir.filePath(u"home"_s), u"en"_s);
    const auto init
        = beheer({ u"server"_s, u"init"_s, u"--organisation"_s, u"Woonstichting Test"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    // Two closed requests whose files are due; the first is destroyed after the backup.
    m_destroyed = addClosed(u"Wim Vergeetmij"_s, u"R100"_s, u"2020-01-06"_s, u"2020-02-29"_s);
    QVERIFY(!m_destroyed.isEmpty());
    QVERIFY(!addClosed(u"Ria Bewaard"_s, u"R200"_s, u"2020-03-02"_s, u"2020-03-10"_s).isEmpty());

    const QString folder = m_dir.filePath(u"backups"_s);
    const auto backup
        = beheer({ u"backup"_s, u"--to"_s, folder, u"--passphrase-file"_s, m_passphraseFile });
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QStringList files = QDir(folder).entryList({ u"*.pdbackup"_s }, QDir::Files);
    QCOMPARE(files.size(), 1);
    m_backup = QDir(folder).filePath(files.first());
}

void TestCliServerReplay::aRestoreOverTheLiveStoreKeepsItsLogAndTheNextOneReplaysIt()
{
    const auto destroyed = beheer({ u"retention"_s, u"destroy"_s, u"--case"_s, m_destroyed,
                                    u"--method"_s, u"geanonimiseerd"_s, u"--confirm"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));

    // Over the live database: refused, nothing changed, the store's log kept on this computer.
    const QString events = value(u"SELECT count(*) FROM privacydesk.audit_events"_s);
    const auto refused = restore();
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"holds a store already"_s)
                 && refused.err.contains(u"Nothing was changed"_s)
                 && refused.err.contains(u"destruction log (1 destruction) is kept on this "
                                         "computer"_s)
                 && refused.err.contains(u"createdb --owner"_s),
             qPrintable(refused.err));
    QCOMPARE(value(u"SELECT count(*) FROM privacydesk.audit_events"_s), events);
    QCOMPARE(keptLogs().size(), 1);
    const QString keptPath
        = m_dir.filePath(u"home/data/Privacydesk/server-destructions/"_s + keptLogs().first());
    QCOMPARE(QFile(keptPath).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
    QFile kept(keptPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray keptBytes = kept.readAll();
    QVERIFY(keptBytes.contains(m_destroyed.toUtf8()));
    for (const char *personal : { "Vergeetmij", "R100", "lekkage" })
        QVERIFY2(!keptBytes.contains(personal), personal);

    // IT drops and re-creates the database; the same command restores and destroys again.
    QVERIFY(emptyTheDatabase());
    const auto restored = restore();
    QVERIFY(replayedTheDestroyed(restored));
    QVERIFY2(!restored.err.contains(u"Warning"_s), qPrintable(restored.err));
    QVERIFY(keptLogs().isEmpty());

    // What the superuser sees in the restored database: the person anonymised, the request's
    // text gone, the details of its audit events destroyed; the other person untouched.
    QCOMPARE(value(u"SELECT count(*) FROM privacydesk.persons WHERE name LIKE '%Vergeetmij%' "
                   "OR klantnummer = 'R100'"_s),
             u"0"_s);
    QCOMPARE(value(u"SELECT bool_and(p.anonymised_at IS NOT NULL) FROM privacydesk.cases c "
                   "JOIN privacydesk.persons p ON p.id = c.person_id WHERE c.number = '%1'"_s.arg(
                       m_destroyed)),
             u"true"_s);
    QCOMPARE(value(u"SELECT count(*) FROM privacydesk.cases WHERE description LIKE "
                   "'%Vergeetmij%'"_s),
             u"0"_s);
    QCOMPARE(value(u"SELECT count(*) FROM privacydesk.audit_events WHERE payload LIKE "
                   "'%Vergeetmij%' OR payload LIKE '%R100%'"_s),
             u"0"_s);
    QVERIFY(value(u"SELECT count(*) FROM privacydesk.audit_events WHERE payload_destroyed_at "
                  "IS NOT NULL"_s)
                .toInt()
            > 0);
    QCOMPARE(value(u"SELECT count(*) FROM privacydesk.persons WHERE klantnummer = 'R200' AND "
                   "anonymised_at IS NULL"_s),
             u"1"_s);
    // The log names the replay in its method, and when it was first done.
    const auto log = beheer({ u"retention"_s, u"log"_s, u"--json"_s });
    QVERIFY2(log.exitCode == 0, qPrintable(log.err));
    QVERIFY2(log.out.contains(u"opnieuw uitgevoerd na herstel van een back-up"_s),
             qPrintable(log.out));
    const auto verify = beheer({ u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

// A second `restore` over the live store adds to the log the first one kept, never trades it for
// a shorter one: here the store was restored elsewhere without its log (so the destruction after
// the backup is back in it) before this computer refuses again.
void TestCliServerReplay::aSecondRefusalKeepsWhatTheFirstKept()
{
    const auto first = restore();
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains(u"(1 destruction) is kept"_s), qPrintable(first.err));
    QCOMPARE(keptLogs().size(), 1);
    const QString kept = QDir(keptFolder()).filePath(keptLogs().first());
    const QString aside = m_dir.filePath(u"aside.traces"_s);
    QVERIFY(QFile::rename(kept, aside));
    QVERIFY(emptyTheDatabase());
    const auto elsewhere = restore();
    QVERIFY2(elsewhere.exitCode == 0, qPrintable(elsewhere.err));
    QVERIFY2(elsewhere.err.contains(u"was not read on this computer"_s), qPrintable(elsewhere.err));
    QCOMPARE(destroyedPersonsThere(), u"1"_s); // the precondition: the person is back
    QVERIFY(QFile::rename(aside, kept));

    // The store as it is now has no destruction in its log; the kept one still has its own.
    const auto second = restore();
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"(1 destruction) is kept"_s), qPrintable(second.err));
    QFile file(kept);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_destroyed.toUtf8()));
    file.close();
    QVERIFY(emptyTheDatabase());
    const auto restored = restore();
    QVERIFY(replayedTheDestroyed(restored));
    QCOMPARE(destroyedPersonsThere(), u"0"_s);
    QVERIFY(keptLogs().isEmpty());
}

void TestCliServerReplay::aKilledRestoreKeepsTheStoreClosedUntilItIsFinished_data()
{
    QTest::addColumn<QByteArray>("point");
    // pg_restore has committed the backup's data; nothing is destroyed again yet.
    QTest::newRow("data back") << QByteArray("restore-server-data-back");
    // The destructions done again and the groups given CONNECT, not yet committed.
    QTest::newRow("replayed") << QByteArray("restore-server-replayed");
}

// The CLI killed (SIGKILL) between pg_restore's commit and the replay's: the backup's data are in
// the database, but no group may connect and Privacydesk does not open the store, until the same
// `restore` finishes it (the destruction done again and the database opened in one commit).
void TestCliServerReplay::aKilledRestoreKeepsTheStoreClosedUntilItIsFinished()
{
    QFETCH(QByteArray, point);
    const auto refused = restore();
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(keptLogs().size(), 1);
    QVERIFY(emptyTheDatabase());
    qputenv("PRIVACYDESK_TEST_CRASH_AT", point);
    const auto killed = restore();
    qunsetenv("PRIVACYDESK_TEST_CRASH_AT");
    // A crashed process: Qt gives the signal as its exit code.
    QVERIFY2(killed.exitCode == SIGKILL, qPrintable(killed.err));
    QCOMPARE(destroyedPersonsThere(), u"1"_s); // the backup's data are there …
    QCOMPARE(groupsMayConnect(), u"false"_s); // … closed to the store's users
    const auto shown = beheer({ u"case"_s, u"show"_s, m_destroyed, u"--json"_s });
    QVERIFY(shown.exitCode != 0);
    QVERIFY2(!shown.out.contains(u"Vergeetmij"_s), qPrintable(shown.out));
    QVERIFY2(shown.err.contains(u"is being restored and is not open yet"_s), qPrintable(shown.err));
    QCOMPARE(keptLogs().size(), 1);

    const auto finished = restore();
    QVERIFY(replayedTheDestroyed(finished));
    QCOMPARE(destroyedPersonsThere(), u"0"_s);
    QCOMPARE(groupsMayConnect(), u"true"_s);
    QVERIFY(keptLogs().isEmpty());
    const auto verify = beheer({ u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

void TestCliServerReplay::aRestoreWithoutAKeptLogWarns()
{
    // The database dropped before this computer read it: the restore stands, and says what it
    // could not do and how to avoid that.
    QVERIFY(keptLogs().isEmpty());
    QVERIFY(emptyTheDatabase());
    const auto restored = restore();
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.err.contains(u"Warning"_s)
                 && restored.err.contains(u"was not read on this computer"_s)
                 && restored.err.contains(u"run restore before IT drops the database"_s),
             qPrintable(restored.err));
    QVERIFY(!restored.out.contains(u"Destroyed again"_s));
    const auto verify = beheer({ u"verify"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

void TestCliServerReplay::aKeptLogThatWasAlteredFailsTheRestore()
{
    const auto refused = restore();
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(0 destructions) is kept"_s), qPrintable(refused.err));
    QCOMPARE(keptLogs().size(), 1);
    QFile kept(
        m_dir.filePath(u"home/data/Privacydesk/server-destructions/"_s + keptLogs().first()));
    QVERIFY(kept.open(QIODevice::ReadWrite));
    QByteArray bytes = kept.readAll();
    bytes.replace("[]", "[ ]");
    QVERIFY(kept.seek(0) && kept.write(bytes) == bytes.size());
    kept.close();

    QVERIFY(emptyTheDatabase());
    const auto restored = restore();
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(u"was altered or damaged"_s)
                 && restored.err.contains(u"stays closed to its users"_s),
             qPrintable(restored.err));
    QCOMPARE(keptLogs().size(), 1); // kept until a replay succeeds
    QCOMPARE(groupsMayConnect(), u"false"_s);

    // Only a person's choice opens it without the replay: the kept file removed.
    QVERIFY(QFile::remove(kept.fileName()));
    const auto opened = restore();
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
    QVERIFY2(opened.err.contains(u"was not read on this computer"_s), qPrintable(opened.err));
    QCOMPARE(groupsMayConnect(), u"true"_s);
}

QTEST_GUILESS_MAIN(TestCliServerReplay)
#include "tst_cli_serverreplay.moc"
