// privacydesk-cli case add --original, case attach, case attachments and case attachment end to
// end (the command and option names and the JSON keys are fixed: scripts use them).

#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::CliRunner;

namespace {

const QByteArray mail = "From: =?ISO-8859-1?Q?Jos=E9_=C7elik?= <j.celik@example.nl>\r\n"
                        "To: privacy@example.nl\r\n"
                        "Subject: =?UTF-8?B?VmVyem9layBvbSB2ZXJ3aWpkZXJpbmc=?=\r\n"
                        "Date: Tue, 31 Mar 2026 23:40:00 +0000\r\n"
                        "MIME-Version: 1.0\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\n"
                        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                        "Verwijder mijn gegevens alstublieft, ik woon hier niet meer.=\r\n"
                        " Met vriendelijke groet\r\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliAttachments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mailOriginal();
    void otherOriginalNeedsChannelAndDate();
    void attachListAndSave();
    void refusals();
    void fullDiskDuringCaseAdd();

private:
    QJsonObject show(const QString &number) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_mailNumber;
};

void TestCliAttachments::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
}

QJsonObject TestCliAttachments::show(const QString &number) const
{
    const auto result = m_cli->onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliAttachments::mailOriginal()
{
    const QString path = m_tmp.filePath(u"verzoek.eml"_s);
    QVERIFY(writeFile(path, mail));
    const auto added = m_cli->onStore(
        { u"case"_s, u"add"_s, u"--original"_s, path, u"--type"_s, u"verwijdering"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_mailNumber = added.out.trimmed();
    QVERIFY(m_mailNumber.startsWith(u"AVG-2026-"_s));
    const QJsonObject c = show(m_mailNumber);
    QCOMPARE(c.value(u"channel"_s).toString(), u"email"_s);
    QCOMPARE(c.value(u"received"_s).toString(), u"2026-04-01"_s); // Amsterdam, not UTC
    QCOMPARE(c.value(u"received_at"_s).toString(), u"2026-04-01T01:40:00+02:00"_s);
    QCOMPARE(c.value(u"attachments"_s).toInt(), 1);
    QCOMPARE(c.value(u"person"_s).toObject().value(u"name"_s).toString(), u"José Çelik"_s);
    QCOMPARE(c.value(u"description"_s).toString(), u"Verzoek om verwijdering"_s);
    QCOMPARE(c.value(u"deadlines"_s).toObject().value(u"legal"_s).toString(), u"2026-05-01"_s);
    // The old keys are still there.
    for (const QString &key : { u"number"_s, u"types"_s, u"state"_s, u"received_by"_s })
        QVERIFY2(c.contains(key), qPrintable(key));

    // Given options win over the message.
    const auto given
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--original"_s, path, u"--type"_s, u"inzage"_s,
                           u"--received"_s, u"2026-04-03"_s, u"--person"_s, u"J. Celik"_s });
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    const QJsonObject g = show(given.out.trimmed());
    QCOMPARE(g.value(u"received"_s).toString(), u"2026-04-03"_s);
    QVERIFY(g.value(u"received_at"_s).isNull());
    QCOMPARE(g.value(u"person"_s).toObject().value(u"name"_s).toString(), u"J. Celik"_s);
}

void TestCliAttachments::otherOriginalNeedsChannelAndDate()
{
    const QString path = m_tmp.filePath(u"brief.pdf"_s);
    QVERIFY(writeFile(path, pd::test::minimalPdf("brief van de huurder")));
    const QStringList base { u"case"_s,   u"add"_s,    u"--original"_s, path,
                             u"--type"_s, u"inzage"_s, u"--person"_s,   u"H. Oudeboom"_s };
    auto result = m_cli->onStore(base);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--channel"_s), qPrintable(result.err));
    result = m_cli->onStore(base + QStringList { u"--channel"_s, u"brief"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--received"_s), qPrintable(result.err));
    result = m_cli->onStore(base
                            + QStringList { u"--channel"_s, u"brief"_s, u"--received"_s,
                                            u"2026-11-16"_s, u"--mandate"_s, u"geen"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject c = show(result.out.trimmed());
    QCOMPARE(c.value(u"channel"_s).toString(), u"brief"_s);
    QVERIFY(c.value(u"received_at"_s).isNull()); // a letter has a day of receipt, no time
    QCOMPARE(c.value(u"attachments"_s).toInt(), 1);
    QVERIFY(!c.value(u"registered_at"_s).toString().isEmpty());
}

void TestCliAttachments::attachListAndSave()
{
    QVERIFY(!m_mailNumber.isEmpty());
    const QString mandate = m_tmp.filePath(u"machtiging.pdf"_s);
    const QByteArray mandateBytes = pd::test::minimalPdf("machtiging", QByteArray(5000, '\x01'));
    QVERIFY(writeFile(mandate, mandateBytes));
    const auto attached = m_cli->onStore(
        { u"case"_s, u"attach"_s, m_mailNumber, mandate, u"--kind"_s, u"machtiging"_s });
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));

    const auto listed = m_cli->onStore({ u"case"_s, u"attachments"_s, m_mailNumber, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray files = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        for (const QString &key : { u"id"_s, u"name"_s, u"kind"_s, u"size"_s, u"sha256"_s,
                                    u"added_by"_s, u"added_at"_s })
            QVERIFY2(file.contains(key), qPrintable(key));
        QCOMPARE(file.value(u"added_by"_s).toString(), u"j.devries"_s);
    }
    const QJsonObject original = files.at(0).toObject();
    QCOMPARE(original.value(u"name"_s).toString(), u"verzoek.eml"_s);
    QCOMPARE(original.value(u"kind"_s).toString(), u"origineel"_s);
    QCOMPARE(original.value(u"size"_s).toInteger(), mail.size());
    QCOMPARE(
        original.value(u"sha256"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(mail, QCryptographicHash::Sha256).toHex()));
    const QJsonObject second = files.at(1).toObject();
    QCOMPARE(second.value(u"kind"_s).toString(), u"machtiging"_s);

    // Save byte for byte; never over an existing file without --overwrite.
    const QString copy = m_tmp.filePath(u"kopie.pdf"_s);
    const QString id = QString::number(second.value(u"id"_s).toInteger());
    auto saved
        = m_cli->onStore({ u"case"_s, u"attachment"_s, m_mailNumber, id, u"--save"_s, copy });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(readFile(copy), mandateBytes);
    QVERIFY(writeFile(copy, "mijn eigen bestand"));
    saved = m_cli->onStore({ u"case"_s, u"attachment"_s, m_mailNumber, id, u"--save"_s, copy });
    QCOMPARE(saved.exitCode, 1);
    QVERIFY2(saved.err.contains(u"exists already"_s), qPrintable(saved.err));
    QCOMPARE(readFile(copy), QByteArray("mijn eigen bestand"));
    saved = m_cli->onStore(
        { u"case"_s, u"attachment"_s, m_mailNumber, id, u"--save"_s, copy, u"--overwrite"_s });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(readFile(copy), mandateBytes);
    // Not into the store's folder, not even with --overwrite: the keyring stays the keyring.
    const QString keyring = m_cli->store() + u"/keyring.pdk"_s;
    const QByteArray keyringBefore = readFile(keyring);
    QVERIFY(!keyringBefore.isEmpty());
    saved = m_cli->onStore(
        { u"case"_s, u"attachment"_s, m_mailNumber, id, u"--save"_s, keyring, u"--overwrite"_s });
    QCOMPARE(saved.exitCode, 1);
    QCOMPARE(readFile(keyring), keyringBefore);
    // An id that does not exist, and a request that does not exist.
    QCOMPARE(m_cli
                 ->onStore({ u"case"_s, u"attachment"_s, m_mailNumber, u"9999"_s, u"--save"_s,
                             m_tmp.filePath(u"x.pdf"_s) })
                 .exitCode,
             1);
    QCOMPARE(m_cli->onStore({ u"case"_s, u"attachments"_s, u"AVG-2026-9999"_s }).exitCode, 1);
}

void TestCliAttachments::refusals()
{
    QVERIFY(!m_mailNumber.isEmpty());
    // 30 MB: refused with the limit in the message, before the store is even opened.
    const QString big = m_tmp.filePath(u"scan.pdf"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(30LL * 1024 * 1024));
    }
    auto result = m_cli->onStore({ u"case"_s, u"attach"_s, m_mailNumber, big });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"25.0 MB"_s), qPrintable(result.err));
    // An identity document by its name, unless confirmed not to be one.
    const QString passport = m_tmp.filePath(u"Paspoort_voorzijde.jpg"_s);
    QVERIFY(writeFile(passport, "\xFF\xD8\xFF plaatje"));
    result = m_cli->onStore({ u"case"_s, u"attach"_s, m_mailNumber, passport });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"identity document"_s), qPrintable(result.err));
    result = m_cli->onStore(
        { u"case"_s, u"attach"_s, m_mailNumber, passport, u"--not-an-id-document"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // A folder or a missing file is not read; a wrong kind is a usage error.
    QCOMPARE(m_cli->onStore({ u"case"_s, u"attach"_s, m_mailNumber, m_tmp.path() }).exitCode, 1);
    QCOMPARE(
        m_cli->onStore({ u"case"_s, u"attach"_s, m_mailNumber, m_tmp.filePath(u"nee"_s) }).exitCode,
        1);
    QCOMPARE(m_cli
                 ->onStore(
                     { u"case"_s, u"attach"_s, m_mailNumber, passport, u"--kind"_s, u"paspoort"_s })
                 .exitCode,
             2);
}

// A full disk during `case add` is the disk-full sentence with [disk-full], never
// "internal error"; and a write that fills the disk leaves a store that opens again once there
// is room (a keyring update on the full disk once left keyring.pdk empty: the store was lost).
void TestCliAttachments::fullDiskDuringCaseAdd()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    pd::test::TmpfsMount disk(tmp.filePath(u"disk"_s), 24);
    if (!disk.isMounted())
        QSKIP("needs root to mount a 24 MiB tmpfs");
    CliRunner cli(QStringLiteral(CLI_PATH), tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(cli.initStore(QDir(disk.path()).filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
    // A 20 MB scan: the first may or may not fit beside its write-ahead log, the second does not.
    const QString scan = tmp.filePath(u"brief.pdf"_s);
    const QByteArray bytes = pd::test::minimalPdf("scan", QByteArray(20 * 1000 * 1000, '\x5A'));
    QVERIFY(writeFile(scan, bytes));
    const QStringList add { u"case"_s,      u"add"_s,         u"--original"_s, scan,
                            u"--channel"_s, u"brief"_s,       u"--received"_s, u"2026-03-02"_s,
                            u"--person"_s,  u"H. Oudeboom"_s, u"--type"_s,     u"inzage"_s };
    const auto first = cli.onStore(add);
    const auto second = cli.onStore(add);
    for (const auto &result : { first, second }) {
        if (result.exitCode == 0)
            continue;
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"The disk is full"_s)
                     && result.err.contains(u"[disk-full]"_s),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"internal"_s), qPrintable(result.err));
    }
    QVERIFY2(second.exitCode == 1, qPrintable(second.out));

    // Room again: the store opens and verifies, with the request that fitted and nothing of the
    // one that did not.
    QVERIFY(disk.remount(u"size=96m"_s));
    const auto verified = cli.onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const auto listed = cli.onStore({ u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(),
             first.exitCode == 0 ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestCliAttachments)
#include "tst_cli_attachments.moc"
