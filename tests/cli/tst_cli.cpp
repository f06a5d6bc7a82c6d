// privacydesk-cli end to end: the real executable against a real store in a temporary folder.

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString password = QStringLiteral("vergeet-mij-niet-2026");

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initInfoVerify();
    void passwordSources_data();
    void passwordSources();
    void wrongPasswordIsOneLine();
    void noPassword();
    void passwordOnCommandLineIsRejected();
    void passwordFileThatIsNoFileIsRefused();
    void aBsnEchoedOnStderrIsMasked();
    void notAStore();
    void storeFilesThatAreNotFiles_data();
    void storeFilesThatAreNotFiles();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void englishMessages();
    void usageErrors_data();
    void usageErrors();

private:
    Result run(const QStringList &arguments, const QByteArray &stdinData = {},
               const QProcessEnvironment &extra = {}) const;
    QString writePasswordFile(const QString &text);
    void createStore();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_store;
    QString m_passwordFile;
};

Result TestCli::run(const QStringList &arguments, const QByteArray &stdinData,
                    const QProcessEnvironment &extra) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PRIVACYDESK_PASSWORD"));
    env.remove(QStringLiteral("PRIVACYDESK_STORE"));
    env.remove(QStringLiteral("PRIVACYDESK_LANG"));
    env.insert(QStringLiteral("HOME"), m_tmp->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp->filePath(QStringLiteral("data")));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString TestCli::writePasswordFile(const QString &text)
{
    const QString path = m_tmp->filePath(QStringLiteral("wachtwoord.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text.toUtf8() + "\n");
    return path;
}

void TestCli::createStore()
{
    const Result created = run(
        { QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--user"),
          QStringLiteral("a.bakker"), QStringLiteral("--kdf"), QStringLiteral("test"),
          QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--json") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject json = QJsonDocument::fromJson(created.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("a.bakker"));
    QCOMPARE(json.value(QStringLiteral("recovery_key")).toString().size(), 47);
}

void TestCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = m_tmp->filePath(QStringLiteral("kluis"));
    m_passwordFile = writePasswordFile(password);
    QVERIFY(!m_passwordFile.isEmpty());
}

void TestCli::initInfoVerify()
{
    createStore();
    const Result info
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("info"),
                QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--json") });
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY(!json.value(QStringLiteral("cipher_version")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("users")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("key_slots")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("a.bakker"));
    QCOMPARE(json.value(QStringLiteral("demo")).toBool(), false);

    // Options may also come before the command.
    const Result verify = run({ QStringLiteral("--password-file"), m_passwordFile,
                                QStringLiteral("--store"), m_store, QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY(verify.out.contains(QStringLiteral("intact"))
            || verify.out.contains(QStringLiteral("in orde")));

    // A second init on the same folder refuses and leaves the store alone.
    const Result again
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("init"),
                QStringLiteral("--user"), QStringLiteral("x"), QStringLiteral("--kdf"),
                QStringLiteral("test"), QStringLiteral("--password-file"), m_passwordFile });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("[already-exists]")));
}

void TestCli::passwordSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("stdin") << QStringLiteral("stdin");
    QTest::newRow("environment") << QStringLiteral("env");
}

void TestCli::passwordSources()
{
    QFETCH(QString, source);
    createStore();
    QStringList args { QStringLiteral("--store"), m_store, QStringLiteral("info"),
                       QStringLiteral("--json") };
    QByteArray input;
    QProcessEnvironment env;
    if (source == QLatin1StringView("file")) {
        args << QStringLiteral("--password-file") << m_passwordFile;
    } else if (source == QLatin1StringView("stdin")) {
        args << QStringLiteral("--password-stdin");
        input = password.toUtf8() + "\r\n";
    } else {
        env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), password);
    }
    const Result info = run(args, input, env);
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(info.out.contains(QStringLiteral("\"store_id\"")));
}

void TestCli::wrongPasswordIsOneLine()
{
    createStore();
    const QString wrong = writePasswordFile(QStringLiteral("niet-het-wachtwoord"));
    const Result info = run({ QStringLiteral("--store"), m_store, QStringLiteral("info"),
                              QStringLiteral("--password-file"), wrong });
    QCOMPARE(info.exitCode, 1);
    QVERIFY(info.out.isEmpty());
    QCOMPARE(info.err.count(u'\n'), 1);
    QVERIFY2(info.err.contains(QStringLiteral("wachtwoord")), qPrintable(info.err));
    QVERIFY(info.err.contains(QStringLiteral("[wrong-password]")));
}

void TestCli::noPassword()
{
    createStore();
    const Result info = run({ QStringLiteral("--store"), m_store, QStringLiteral("info") });
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains(QStringLiteral("PRIVACYDESK_PASSWORD")), qPrintable(info.err));
}

// A FIFO without a writer blocked the tool for ever when it was opened; a folder was read as
// empty. Only a regular file is read, and the tool says why it refused the others.
void TestCli::passwordFileThatIsNoFileIsRefused()
{
    createStore();
    const QString fifo = m_tmp->filePath(QStringLiteral("wachtwoord.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : { fifo, m_tmp->path() }) {
        QElapsedTimer timer;
        timer.start();
        const Result info = run({ QStringLiteral("--store"), m_store, QStringLiteral("info"),
                                  QStringLiteral("--password-file"), path });
        QVERIFY2(timer.elapsed() < 30000, qPrintable(path));
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(info.err.contains(QStringLiteral("geen gewoon bestand")), qPrintable(info.err));
        QCOMPARE(info.err.count(u'\n'), 1);
    }
}

// A number typed where a request number, a type or a command belongs is echoed in the refusal:
// never as a BSN. Scripts keep stderr in their logs.
void TestCli::aBsnEchoedOnStderrIsMasked()
{
    createStore();
    // Numbers that pass the 11-proef, made at run time: one written out could be a real person's.
    const QString bsn = pd::test::elfProefNumber();
    const QString dotted = pd::test::grouped(bsn, { 4, 2, 3 }, QStringLiteral("."));
    const QString other = pd::test::elfProefNumber(1);
    const QList<QStringList> commands {
        { QStringLiteral("--store"), m_store, QStringLiteral("--password-file"), m_passwordFile,
          QStringLiteral("case"), QStringLiteral("show"), bsn },
        { QStringLiteral("--store"), m_store, QStringLiteral("--password-file"), m_passwordFile,
          QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--type"), dotted },
        { other },
    };
    for (const QStringList &arguments : commands) {
        const Result result = run(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(pd::test::maskedNumber(bsn))
                     || result.err.contains(pd::test::maskedNumber(other)),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(bsn) && !result.err.contains(dotted)
                     && !result.err.contains(other),
                 qPrintable(result.err));
    }
    // An identifier echoed stays whole, though its digits read across the dashes would pass.
    const QString id = QStringLiteral("abcdefab-%1-%2-%3abc-abcdefabcdef")
                           .arg(bsn.left(4), bsn.mid(4, 4), bsn.right(1));
    const Result echoed
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("--password-file"),
                m_passwordFile, QStringLiteral("case"), QStringLiteral("show"), id + u' ' + bsn });
    QVERIFY(echoed.exitCode != 0);
    QVERIFY2(echoed.err.contains(id, Qt::CaseInsensitive)
                 && echoed.err.contains(pd::test::maskedNumber(bsn))
                 && !echoed.err.contains(u' ' + bsn),
             qPrintable(echoed.err));
}

void TestCli::passwordOnCommandLineIsRejected()
{
    createStore();
    const Result info = run({ QStringLiteral("--store"), m_store, QStringLiteral("info"),
                              QStringLiteral("--password"), password });
    QCOMPARE(info.exitCode, 2);
    QVERIFY(!info.out.contains(QStringLiteral("store_id")));
}

void TestCli::notAStore()
{
    const Result info = run({ QStringLiteral("--store"), m_tmp->path(), QStringLiteral("info"),
                              QStringLiteral("--password-file"), m_passwordFile });
    QCOMPARE(info.exitCode, 1);
    QVERIFY(info.err.contains(QStringLiteral("[not-a-store]")));
}

// A FIFO or a link in place of the database, its -wal or the keyring: every command
// ends at once with the sentence and its code, never hangs (a FIFO blocked every command).
void TestCli::storeFilesThatAreNotFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fifo");
    QTest::addColumn<QString>("code");

    const QString storeFile = QStringLiteral("[store-file-not-a-file]");
    const QString keyring = QStringLiteral("[keyring-not-a-file]");
    QTest::newRow("db fifo") << QStringLiteral("privacydesk.db") << true << storeFile;
    QTest::newRow("db symlink") << QStringLiteral("privacydesk.db") << false << storeFile;
    QTest::newRow("wal fifo") << QStringLiteral("privacydesk.db-wal") << true << storeFile;
    QTest::newRow("wal symlink") << QStringLiteral("privacydesk.db-wal") << false << storeFile;
    QTest::newRow("shm fifo") << QStringLiteral("privacydesk.db-shm") << true << storeFile;
    QTest::newRow("lock fifo") << QStringLiteral(".lock") << true << storeFile;
    QTest::newRow("keyring fifo") << QStringLiteral("keyring.pdk") << true << keyring;
    QTest::newRow("keyring symlink") << QStringLiteral("keyring.pdk") << false << keyring;
}

void TestCli::storeFilesThatAreNotFiles()
{
    QFETCH(QString, name);
    QFETCH(bool, fifo);
    QFETCH(QString, code);
    createStore();
    const QString path = QDir(m_store).filePath(name);
    const QString moved = m_tmp->filePath(QStringLiteral("elders"));
    if (QFileInfo::exists(path))
        QVERIFY(QFile::rename(path, moved));
    else
        QVERIFY(QFile::copy(QDir(m_store).filePath(QStringLiteral("privacydesk.db")), moved));
    if (fifo)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(QFile::link(moved, path));
    for (const QString &command : { QStringLiteral("verify"), QStringLiteral("info") }) {
        const Result result = run({ QStringLiteral("--store"), m_store, command,
                                    QStringLiteral("--password-file"), m_passwordFile });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(code), qPrintable(result.err));
        QVERIFY2(result.err.contains(name) || code.contains(QStringLiteral("keyring")),
                 qPrintable(result.err));
    }
    // The real file back: the store opens again.
    QVERIFY(QFile::remove(path));
    if (name == QStringLiteral("privacydesk.db") || name == QStringLiteral("keyring.pdk"))
        QVERIFY(QFile::rename(moved, path));
    const Result verify = run({ QStringLiteral("--store"), m_store, QStringLiteral("verify"),
                                QStringLiteral("--password-file"), m_passwordFile });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("global") << QStringList { QStringLiteral("--help") } << QStringLiteral("verify");
    QTest::newRow("init") << QStringList { QStringLiteral("init"), QStringLiteral("--help") }
                          << QStringLiteral("--organisation");
    QTest::newRow("info") << QStringList { QStringLiteral("info"), QStringLiteral("--help") }
                          << QStringLiteral("--password-file");
    QTest::newRow("verify") << QStringList { QStringLiteral("--help"), QStringLiteral("verify") }
                            << QStringLiteral("--password-stdin");
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result help = run(arguments);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(mentions), qPrintable(help.out));
}

void TestCli::englishMessages()
{
    createStore();
    const QString wrong = writePasswordFile(QStringLiteral("niet-het-wachtwoord"));
    const Result dutch = run({ QStringLiteral("--store"), m_store, QStringLiteral("info"),
                               QStringLiteral("--password-file"), wrong });
    const Result english
        = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--store"), m_store,
                QStringLiteral("info"), QStringLiteral("--password-file"), wrong });
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.err.contains(QStringLiteral("password is incorrect")),
             qPrintable(english.err));
    QVERIFY(dutch.err != english.err);

    // The tool's own help is Dutch too, argument names included.
    const Result help
        = run({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("[opties] NUMMER")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("Argumenten:")), qPrintable(help.out));
    const Result top = run({ QStringLiteral("--help") });
    QVERIFY2(top.out.contains(QStringLiteral("[opties] opdracht")), qPrintable(top.out));
    const Result englishHelp
        = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("case"),
                QStringLiteral("show"), QStringLiteral("--help") });
    QVERIFY2(englishHelp.out.contains(QStringLiteral("[options] NUMBER")),
             qPrintable(englishHelp.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("wis-alles") };
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("info"), QStringLiteral("--kleur") };
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("info"), QStringLiteral("extra") };
    QTest::newRow("init without user") << QStringList { QStringLiteral("init") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.err.startsWith(QStringLiteral("privacydesk-cli: ")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
