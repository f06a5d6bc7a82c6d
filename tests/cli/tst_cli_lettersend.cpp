// privacydesk-cli letter send and letter mail-text, as the README gives them, against a private
// Postfix delivering into a private Dovecot, on both backends: the account with its SMTP server
// (signed in to before it is saved), a letter made and sent, what the tenant receives, a second
// send refused, an address not on record refused without --confirm-address, and an encrypted
// answer whose password is said on the terminal and never in the e-mail.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "LocalPort.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "mail/MailMessage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using Result = CliRunner::Result;

class TestCliLetterSend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void accountWithSending();
    void sendAndReadBack();
    void theAnswerGoesWithTheLetter();
    void mailTexts();

private:
    QString file(const QString &name, const QByteArray &bytes) const;
    QStringList account(int smtpPort) const;
    // A letter made with the CLI for the request; its id, or 0.
    qint64 makeLetter(const QString &kind);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailServers> m_servers;
    Dovecot *m_dovecot = nullptr;
    SmtpServer *m_smtp = nullptr;
    std::unique_ptr<CliRunner> m_cli;
    QString m_number;
};

void TestCliLetterSend::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!SmtpServer::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestCliLetterSend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_servers = std::make_unique<MailServers>();
    QString error;
    QVERIFY2(m_servers->start(m_dir->path(), &error), qPrintable(error));
    m_dovecot = &m_servers->dovecot();
    m_smtp = &m_servers->smtp();
    QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_dir->filePath(u"home"_s));
    const QString dir = m_dir->filePath(u"kluis"_s);
    {
        std::unique_ptr<Store> store = createServiceStore(dir);
        QVERIFY(store);
        DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        // Received two days before the day the tool runs (its clock is the system's).
        NewCase request
            = DocumentFixture::newCase(u"Jan Jansen"_s, u"K-1001"_s, { RequestType::Inzage },
                                       systemClock().today().addDays(-2));
        request.person.email = u"jan.jansen@mail.example"_s;
        const auto added = fixture.addCase(request);
        QVERIFY2(added, qPrintable(fixture.error()));
        m_number = added->number;
    }
    QVERIFY2(m_cli->useStore(serviceStoreLocation(dir), testUser, testPassword, &error),
             qPrintable(error));
}

void TestCliLetterSend::cleanup()
{
    m_cli.reset();
    m_servers.reset();
    m_dir.reset();
}

QString TestCliLetterSend::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(bytes);
    return path;
}

QStringList TestCliLetterSend::account(int smtpPort) const
{
    return { u"mailbox"_s,
             u"account"_s,
             u"set"_s,
             u"--server"_s,
             u"127.0.0.1"_s,
             u"--port"_s,
             QString::number(m_dovecot->imapsPort()),
             u"--login"_s,
             QString::fromLatin1(Dovecot::login),
             u"--mailbox-password-file"_s,
             file(u"postvak"_s, QByteArray(Dovecot::password) + '\n'),
             u"--ca-file"_s,
             file(u"ca.pem"_s, m_dovecot->caPem()),
             u"--smtp-server"_s,
             u"127.0.0.1"_s,
             u"--smtp-port"_s,
             QString::number(smtpPort) };
}

qint64 TestCliLetterSend::makeLetter(const QString &kind)
{
    const Result made = m_cli->onStore({ u"letter"_s, m_number, u"--kind"_s, kind, u"--pdf"_s,
                                         m_dir->filePath(kind + u".pdf"_s), u"--json"_s });
    if (made.exitCode != 0)
        qWarning("%s", qPrintable(made.err));
    return QJsonDocument::fromJson(made.out.toUtf8()).object().value(u"letter"_s).toInteger();
}

void TestCliLetterSend::accountWithSending()
{
    // Signed in to before it is saved: a port where nothing listens is refused.
    Result r = m_cli->onStore(account(freeLocalPort()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"127.0.0.1"_s), qPrintable(r.err));
    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, u"1"_s });
    QCOMPARE(r.exitCode, 1);
    r = m_cli->onStore(account(m_smtp->submissionPort()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = m_cli->onStore({ u"mailbox"_s, u"account"_s, u"show"_s, u"--json"_s });
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"smtp_port"_s].toInteger(), m_smtp->submissionPort());
    QCOMPARE(shown[u"smtp_security"_s].toString(), u"starttls"_s);
    QCOMPARE(shown[u"from_address"_s].toString(), QString::fromLatin1(Dovecot::login));
    QCOMPARE(shown[u"sent_copy"_s].toString(), u"privacydesk"_s);
    QVERIFY(!r.out.contains(QString::fromLatin1(Dovecot::password)));
    // Sending options without a server are a usage error.
    QStringList withoutServer = account(m_smtp->submissionPort());
    withoutServer.removeAt(withoutServer.indexOf(u"--smtp-server"_s) + 1);
    withoutServer.removeAll(u"--smtp-server"_s);
    QCOMPARE(m_cli->onStore(withoutServer).exitCode, 2);

    // Microsoft 365 keeps its own copy in Sent: its server leaves the copy to it unless told.
    QStringList office = account(587);
    office[office.indexOf(u"--smtp-server"_s) + 1] = u"smtp.office365.com"_s;
    office << u"--no-check"_s;
    QVERIFY2(m_cli->onStore(office).exitCode == 0, qPrintable(m_cli->onStore(office).err));
    const auto sentCopy = [this] {
        const Result shown = m_cli->onStore({ u"mailbox"_s, u"account"_s, u"show"_s, u"--json"_s });
        return QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"sent_copy"_s].toString();
    };
    QCOMPARE(sentCopy(), u"server"_s);
    QCOMPARE(m_cli->onStore(office + QStringList { u"--sent-copy"_s, u"privacydesk"_s }).exitCode,
             0);
    QCOMPARE(sentCopy(), u"privacydesk"_s);
    QCOMPARE(m_cli->onStore(office + QStringList { u"--sent-copy"_s, u"beide"_s }).exitCode, 2);
}

void TestCliLetterSend::sendAndReadBack()
{
    QCOMPARE(m_cli->onStore(account(m_smtp->submissionPort())).exitCode, 0);
    const qint64 letter = makeLetter(u"ontvangstbevestiging"_s);
    QVERIFY(letter > 0);
    const QString id = QString::number(letter);

    // Another address is refused without its confirmation, and nothing is planned.
    Result r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, id, u"--to"_s,
                                QString::fromLatin1(SmtpServer::tenantRecipient) });
    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--confirm-address"_s), qPrintable(r.err));

    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, id, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject sent = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(sent[u"sent"_s].toBool());
    QCOMPARE(sent[u"to"_s].toString(), u"jan.jansen@mail.example"_s);
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const std::optional<MailMessage> read = MailMessage::parse(m_smtp->delivered().first().message);
    QVERIFY(read);
    QCOMPARE(read->messageId, sent[u"message_id"_s].toString());
    QCOMPARE(read->attachments.size(), 1);

    // The letter list says how it went; a second send is refused.
    r = m_cli->onStore({ u"letter"_s, u"list"_s, m_number });
    QVERIFY2(r.out.contains(sent[u"message_id"_s].toString()), qPrintable(r.out));
    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, id });
    QCOMPARE(r.exitCode, 1);

    // Encrypted: the password on the terminal, never in the e-mail.
    const qint64 second = makeLetter(u"verzoek-identificatie"_s);
    QVERIFY(second > 0);
    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, QString::number(second), u"--encrypt"_s,
                         u"--password-by"_s, u"brief"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch password
        = QRegularExpression(u": ([a-z]+(?:-[a-z]+)+)\\s*$"_s, QRegularExpression::MultilineOption)
              .match(r.err);
    QVERIFY2(password.hasMatch(), qPrintable(r.err));
    QVERIFY2(m_smtp->waitForDelivery(2, 20000, &why), qPrintable(why));
    const QByteArray locked = m_smtp->delivered().last().message;
    QVERIFY(!locked.contains(password.captured(1).toUtf8()));
    const std::optional<MailMessage> lockedRead = MailMessage::parse(locked);
    QVERIFY(lockedRead && lockedRead->text.contains(u"per brief"_s));
    QVERIFY(!lockedRead->text.contains(password.captured(1)));
}

// --answer: the report export person wrote for the request goes with the letter, byte for byte;
// a changed copy of it is refused, and so is --encrypt beside it (the answer has its password).
void TestCliLetterSend::theAnswerGoesWithTheLetter()
{
    QCOMPARE(m_cli->onStore(account(m_smtp->submissionPort())).exitCode, 0);
    const QString pdf = m_dir->filePath(u"antwoord.pdf"_s);
    Result r = m_cli->onStore({ u"export"_s, u"person"_s, m_number, u"--pdf"_s, pdf, u"--encrypt"_s,
                                u"--password-by"_s, u"sms"_s, u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString password
        = QRegularExpression(u": ([a-z]+(?:-[a-z]+)+)\\s*$"_s, QRegularExpression::MultilineOption)
              .match(r.err)
              .captured(1);
    QVERIFY2(!password.isEmpty(), qPrintable(r.err));
    const qint64 letter = makeLetter(u"ontvangstbevestiging"_s);
    QVERIFY(letter > 0);
    const QString id = QString::number(letter);
    QFile original(pdf);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QString changed = file(u"antwoord-gewijzigd.pdf"_s, bytes + "\n");
    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, id, u"--answer"_s, changed });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"antwoord-gewijzigd.pdf"_s), qPrintable(r.err));
    r = m_cli->onStore(
        { u"letter"_s, u"send"_s, m_number, id, u"--answer"_s, pdf, u"--encrypt"_s });
    QCOMPARE(r.exitCode, 1);
    r = m_cli->onStore({ u"letter"_s, u"send"_s, m_number, id, u"--answer"_s, pdf, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const QByteArray received = m_smtp->delivered().first().message;
    QVERIFY(!received.contains(password.toUtf8()));
    const std::optional<MailMessage> read = MailMessage::parse(received);
    QVERIFY(read);
    QCOMPARE(read->attachments.size(), 2);
    QCOMPARE(read->attachments.at(1).content, bytes);
    QCOMPARE(read->attachments.at(1).fileName, u"antwoord.pdf"_s);
    QVERIFY2(read->text.contains(u"per sms"_s), qPrintable(read->text));
}

void TestCliLetterSend::mailTexts()
{
    Result r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"show"_s, u"besluit"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"Onderwerp:"_s));
    QVERIFY(r.out.contains(u"{{brief.titel}}"_s));
    // A text that does not name the letter is refused; one that does is kept and shown.
    r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"set"_s, u"besluit"_s, u"--file"_s,
                         file(u"fout.txt"_s, "Onderwerp: Uw verzoek\n\nZie bijlage.\n") });
    QCOMPARE(r.exitCode, 1);
    const QByteArray own = "Onderwerp: {{brief.titel}}\n\n{{aanhef}},\n\nZie de brief "
                           "{{brief.titel}} in de bijlage.{{wachtwoord.zin}}\n";
    r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"set"_s, u"besluit"_s, u"--file"_s,
                         file(u"eigen.txt"_s, own) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"show"_s, u"besluit"_s });
    QCOMPARE(r.out.trimmed(), QString::fromUtf8(own).trimmed());
    r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"reset"_s, u"besluit"_s });
    QCOMPARE(r.exitCode, 0);
    r = m_cli->onStore({ u"letter"_s, u"mail-text"_s, u"show"_s, u"besluit"_s });
    QVERIFY(r.out.contains(u"Heeft u een vraag?"_s));
}

QTEST_GUILESS_MAIN(TestCliLetterSend)
#include "tst_cli_lettersend.moc"
