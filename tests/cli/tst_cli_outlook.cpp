// privacydesk-cli case add --original verzoek.msg: an Outlook message registers a
// request as an .eml does — channel e-mail, the Dutch day of delivery, the sender — on a SQLCipher
// store and (PRIVACYDESK_TEST_BACKEND=server) on a server store; a .msg that cannot be read, or
// that holds a BSN, is refused with a reason.

#include "CliRunner.h"
#include "OutlookWriter.h"
#include "PostgresCluster.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::test::CliRunner;
using pd::test::MsgObject;

namespace {

const QString adminPassword = u"beheer-wachtwoord-2026"_s;
const QString officerPassword = u"functionaris-wachtwoord"_s;

// Sent from Exchange: the sender's address is X.500, the SMTP one in PidTagSenderSmtpAddress.
MsgObject request(const QString &body)
{
    return pd::test::exchangeRequest(
        u"Verzoek om inzage – Wijnbérg"_s, u"Fenna Wijnbérg"_s, u"f.wijnberg@example.nl"_s,
        QDateTime(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc()), body);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliOutlook final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outlookOriginal();
    void unreadableOutlookOriginal();
    void outlookDraftNeedsTheDay();
    void outlookOriginalWithBsn();

private:
    QJsonObject show(const QString &number) const
    {
        const auto result = m_cli->onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }
    QString secretFile(const QString &name, const QString &content)
    {
        QFile file(m_tmp.filePath(name));
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {};
        file.write(content.toUtf8() + '\n');
        return file.fileName();
    }

    QTemporaryDir m_tmp;
    pd::test::PostgresCluster m_cluster;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliOutlook::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QDir(m_tmp.path()).mkpath(u"home"_s);
    m_cli
        = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.filePath(u"home"_s), u"en"_s);
    QString error;
    if (qgetenv("PRIVACYDESK_TEST_BACKEND") != "server") {
        QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
                 qPrintable(error));
        return;
    }
    // A server store: set up by its owner, an officer added as a login.
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.execAsSuperuser(
                 { u"CREATE ROLE beheer LOGIN CREATEROLE PASSWORD '%1'"_s.arg(adminPassword),
                   u"CREATE DATABASE privacydesk OWNER beheer"_s },
                 &error),
             qPrintable(error));
    const QString uri = u"postgresql:///privacydesk?host=%1&port=%2"_s.arg(m_cluster.socketDir())
                            .arg(m_cluster.port());
    const QString adminFile = secretFile(u"beheer.pw"_s, adminPassword);
    const QString officerFile = secretFile(u"fenna.pw"_s, officerPassword);
    const QStringList asAdmin { u"--store"_s,         uri,      u"--user"_s, u"beheer"_s,
                                u"--password-file"_s, adminFile };
    const auto init = m_cli->run(
        asAdmin
        + QStringList { u"server"_s, u"init"_s, u"--organisation"_s, u"Woonstichting Test"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const auto add
        = m_cli->run(asAdmin
                     + QStringList { u"user"_s, u"add"_s, u"fenna"_s, u"--role"_s,
                                     u"functionaris"_s, u"--new-password-file"_s, officerFile });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(m_cli->useStore(uri, u"fenna"_s, officerPassword, &error), qPrintable(error));
    const auto info = m_cli->onStore({ u"info"_s });
    QVERIFY2(info.out.contains(u"PostgreSQL"_s), qPrintable(info.out + info.err));
}

void TestCliOutlook::outlookOriginal()
{
    const QString path = m_tmp.filePath(u"verzoek.msg"_s);
    QVERIFY(writeFile(path, pd::test::writeMsg(request(u"Ik wil inzage in mijn gegevens."_s))));
    // No --channel, no --received, no --person: the message gives them.
    const auto added
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--original"_s, path, u"--type"_s, u"inzage"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    QVERIFY2(number.startsWith(u"AVG-2026-"_s), qPrintable(number));
    const QJsonObject c = show(number);
    QCOMPARE(c.value(u"channel"_s).toString(), u"email"_s);
    QCOMPARE(c.value(u"received"_s).toString(), u"2026-04-01"_s); // Amsterdam, not UTC
    QCOMPARE(c.value(u"received_at"_s).toString(), u"2026-04-01T01:30:00+02:00"_s);
    QCOMPARE(c.value(u"person"_s).toObject().value(u"name"_s).toString(), u"Fenna Wijnbérg"_s);
    QCOMPARE(c.value(u"description"_s).toString(), u"Verzoek om inzage – Wijnbérg"_s);
    QCOMPARE(c.value(u"attachments"_s).toInt(), 1);

    const auto listed = m_cli->onStore({ u"case"_s, u"attachments"_s, number, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonObject file = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(file.value(u"name"_s).toString(), u"verzoek.msg"_s);
    QCOMPARE(file.value(u"media_type"_s).toString(), u"application/vnd.ms-outlook"_s);
}

// An Outlook message saved as a draft (or made in Outlook and never sent) has a creation time
// but neither a delivery nor a submit time (seen in a real Outlook file): the day of receipt is
// not guessed from when the file was made, the officer gives it.
void TestCliOutlook::outlookDraftNeedsTheDay()
{
    MsgObject draft = request(u"Ik wil inzage in mijn gegevens."_s);
    draft.properties.removeIf([](const pd::test::MsgProperty &p) { return p.id == 0x0E06; });
    draft.time(0x3007, QDateTime(QDate(2016, 2, 23), QTime(14, 57), QTimeZone::utc()));
    const QString path = m_tmp.filePath(u"concept.msg"_s);
    QVERIFY(writeFile(path, pd::test::writeMsg(draft)));
    const QStringList add { u"case"_s, u"add"_s, u"--original"_s, path, u"--type"_s, u"inzage"_s };
    auto result = m_cli->onStore(add);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"never sent or received"_s)
                 && result.err.contains(u"--received YYYY-MM-DD"_s),
             qPrintable(result.err));
    result = m_cli->onStore(add + QStringList { u"--received"_s, u"2026-04-02"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject c = show(result.out.trimmed());
    QCOMPARE(c.value(u"received"_s).toString(), u"2026-04-02"_s);
    QCOMPARE(c.value(u"person"_s).toObject().value(u"name"_s).toString(), u"Fenna Wijnbérg"_s);
}

void TestCliOutlook::unreadableOutlookOriginal()
{
    const QByteArray good = pd::test::writeMsg(request(u"Tekst"_s));
    const QString truncated = m_tmp.filePath(u"kapot.msg"_s);
    QVERIFY(writeFile(truncated, good.first(good.size() / 2)));
    const QString word = m_tmp.filePath(u"notulen.msg"_s);
    QVERIFY(writeFile(word, pd::test::writeCompound({ { "WordDocument", QByteArray(700, 'w') } })));
    for (const QString &path : { truncated, word }) {
        const QStringList base { u"case"_s,   u"add"_s,    u"--original"_s, path,
                                 u"--type"_s, u"inzage"_s, u"--person"_s,   u"H. Oudeboom"_s };
        auto result = m_cli->onStore(base);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"The Outlook message cannot be read"_s),
                 qPrintable(result.err));
        // Given a channel and a day it is still not kept unread: the BSN guard could not see it.
        result = m_cli->onStore(
            base + QStringList { u"--channel"_s, u"email"_s, u"--received"_s, u"2026-04-01"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Outlook"_s), qPrintable(result.err));
    }
}

void TestCliOutlook::outlookOriginalWithBsn()
{
    // The BSN stands in a message forwarded inside the message.
    const QString bsn = pd::test::elfProefNumber();
    MsgObject inner;
    inner.unicode(0x0037, u"Mijn gegevens"_s).unicode(0x1000, u"BSN "_s + bsn);
    MsgObject attachment;
    attachment.integer(0x3705, 5);
    attachment.embedded.push_back(inner);
    MsgObject outer = request(u"Zie het doorgestuurde bericht."_s);
    outer.attachments.push_back(attachment);
    const QString path = m_tmp.filePath(u"doorgestuurd.msg"_s);
    QVERIFY(writeFile(path, pd::test::writeMsg(outer)));
    const auto result
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--original"_s, path, u"--type"_s, u"inzage"_s });
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(pd::test::maskedNumber(bsn)), qPrintable(result.err));
    QVERIFY2(!result.err.contains(bsn), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliOutlook)
#include "tst_cli_outlook.moc"
