// A restore of a store folder killed (SIGKILL, as a power cut would stop it) at each of its
// steps, end to end with the real privacydesk-cli: afterwards the store is the old one, or the
// restored one with what was destroyed after the backup destroyed again, never the backup's data
// alone; and once the store is opened again, no copy of the backup is left in its folder.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using pd::test::CliRunner;

class TestCliRestoreCrash final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void killedRestoreNeverBringsBackTheDestroyed_data();
    void killedRestoreNeverBringsBackTheDestroyed();

private:
    CliRunner::Result onStore(const QStringList &arguments) const
    {
        return m_cli->onStore(arguments);
    }
    // The files under the store's folder in which any of needles can be read as it is.
    QStringList filesHolding(const QList<QByteArray> &needles) const;
    QJsonArray destructionLog() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_backup;
    QString m_destroyed; // the request destroyed after the backup was made
    QString m_kept; // the request nobody destroyed
};

void TestCliRestoreCrash::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp->path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp->filePath(u"kluis"_s), u"a.bakker"_s, &error),
             qPrintable(error));
    const auto run = [this](const QStringList &arguments) {
        return onStore(arguments);
    };
    m_destroyed = pd::test::addClosedRequest(run, u"Wim Vergeetmij"_s, u"R100417"_s,
                                             u"2020-01-06"_s, u"2020-02-29"_s);
    m_kept = pd::test::addClosedRequest(run, u"Ria Bewaard"_s, u"R200823"_s, u"2020-03-02"_s,
                                        u"2020-03-10"_s);
    QVERIFY(!m_destroyed.isEmpty() && !m_kept.isEmpty());
    const QString folder = m_tmp->filePath(u"voor-vernietiging"_s);
    const auto backedUp = onStore({ u"backup"_s, u"--to"_s, folder });
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    m_backup = pd::test::onlySubfolder(folder);
    const auto destroyed = onStore({ u"retention"_s, u"destroy"_s, u"--case"_s, m_destroyed,
                                     u"--method"_s, u"geanonimiseerd"_s, u"--confirm"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
}

QStringList TestCliRestoreCrash::filesHolding(const QList<QByteArray> &needles) const
{
    QStringList holding;
    QDirIterator files(m_cli->store(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            holding << file.fileName() + u" (unreadable)"_s;
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                holding << file.fileName();
        }
    }
    return holding;
}

QJsonArray TestCliRestoreCrash::destructionLog() const
{
    const auto log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    if (log.exitCode != 0)
        qWarning("retention log: %s", qPrintable(log.err));
    return QJsonDocument::fromJson(log.out.toUtf8()).array();
}

void TestCliRestoreCrash::killedRestoreNeverBringsBackTheDestroyed_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<bool>("stagedLeft"); // the backup's copy still in .herstel after the kill
    QTest::addColumn<bool>("restored"); // the restored store stands after the kill
    // The backup staged and the destruction done again in it, nothing replaced yet.
    QTest::newRow("staged") << QByteArray("restore-staged") << true << false;
    // The staged keyring moved beside the live one, the database not yet.
    QTest::newRow("keyring pending") << QByteArray("restore-keyring-pending") << true << false;
    // The restored database in place, its keyring still pending.
    QTest::newRow("database moved") << QByteArray("restore-database-moved") << false << true;
}

void TestCliRestoreCrash::killedRestoreNeverBringsBackTheDestroyed()
{
    QFETCH(QByteArray, point);
    QFETCH(bool, stagedLeft);
    QFETCH(bool, restored);
    const QString staging = QDir(m_cli->store()).filePath(u".herstel"_s);

    qputenv("PRIVACYDESK_TEST_CRASH_AT", point);
    const auto killed = onStore({ u"restore"_s, u"--from"_s, m_backup });
    qunsetenv("PRIVACYDESK_TEST_CRASH_AT");
    // A crashed process: Qt gives the signal as its exit code.
    QVERIFY2(killed.exitCode == SIGKILL, qPrintable(killed.err));
    QVERIFY2(!killed.out.contains(u"Restored from"_s), qPrintable(killed.out));
    QCOMPARE(QFileInfo::exists(QDir(staging).filePath(u"privacydesk.db"_s)), stagedLeft);
    // What the kill left holds nothing readable of the people in the backup.
    // Needles of seven bytes and more: a four-byte one turns up by chance in a megabyte of
    // ciphertext about once in a thousand files.
    const QList<QByteArray> personal { "Vergeetmij", "Bewaard", "R100417", "R200823" };
    QStringList readable = filesHolding(personal);
    QVERIFY2(readable.isEmpty(), qPrintable(readable.join(u", ")));

    // The next command opens the store: the destroyed person is not back, the other one is
    // there, and the killed restore's staging folder is gone.
    const auto shown = onStore({ u"case"_s, u"show"_s, m_destroyed, u"--json"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(!shown.out.contains(u"Vergeetmij"_s), qPrintable(shown.out));
    const auto other = onStore({ u"case"_s, u"show"_s, m_kept, u"--json"_s });
    QVERIFY2(other.out.contains(u"Ria Bewaard"_s), qPrintable(other.out + other.err));
    QVERIFY2(!QFileInfo::exists(staging), qPrintable(staging));
    readable = filesHolding(personal);
    QVERIFY2(readable.isEmpty(), qPrintable(readable.join(u", ")));

    // Which store stands: the old one (its own destruction only) or the restored one (the
    // destruction done again, said in the method).
    const QJsonArray log = destructionLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first()
                 .toObject()
                 .value(u"method"_s)
                 .toString()
                 .contains(u"opnieuw uitgevoerd na herstel van een back-up"_s),
             restored);
    const auto verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

    // And the restore, run again to its end, still keeps the destroyed person destroyed.
    const auto again = onStore({ u"restore"_s, u"--from"_s, m_backup });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const auto after = onStore({ u"case"_s, u"show"_s, m_destroyed, u"--json"_s });
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY2(!after.out.contains(u"Vergeetmij"_s), qPrintable(after.out));
    QVERIFY(!QFileInfo::exists(staging));
}

QTEST_GUILESS_MAIN(TestCliRestoreCrash)
#include "tst_cli_restorecrash.moc"
