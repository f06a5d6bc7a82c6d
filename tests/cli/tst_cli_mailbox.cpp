// Privacydesk-cli mailbox account set|show, fetch, list, take and dismiss against a
// private Dovecot, on both backends (BOTH_BACKENDS). The account's password comes from a file
// and lands only in the store (never in the tool's settings or its home); a wrong certificate
// authority is refused in Dutch; take registers the message as the request's original with the
// Date header's Dutch day; two desks taking the same message register it once (on a server
// store two processes at the same moment; a store folder is open in one process at a time, so
// there one after the other).

#include "CliRunner.h"
#include "Dovecot.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "mailbox/ImapClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using Result = CliRunner::Result;

class TestCliMailbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void accountSetAndRefusals();
    void fetchTakeAndList();
    void twoDesksTakeOnce();
    void dismissWithReason();
    void killedBetweenMoveAndRegistration();

private:
    QString writeSecret(const QString &name, const QByteArray &bytes) const;
    bool setAccount();
    QList<qint64> waitingUids();

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<Store> m_served; // a server store, kept by its fixture
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliMailbox::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestCliMailbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    QString error;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &error), qPrintable(error));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_dir->filePath(u"home"_s));
    const QString dir = m_dir->filePath(u"kluis"_s);
    if (testBackend() == Backend::Server) {
        m_served = createServiceStore(dir);
        QVERIFY(m_served);
        QVERIFY2(m_cli->useStore(serviceStoreLocation(dir), testUser, testPassword, &error),
                 qPrintable(error));
        m_served.reset();
    } else {
        QVERIFY2(m_cli->initStore(dir, u"a.bakker"_s, &error), qPrintable(error));
    }
}

void TestCliMailbox::cleanup()
{
    m_cli.reset();
    m_dovecot.reset();
    m_dir.reset();
}

QString TestCliMailbox::writeSecret(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    return path;
}

bool TestCliMailbox::setAccount()
{
    const Result set = m_cli->onStore(
        { u"mailbox"_s, u"account"_s, u"set"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
          QString::number(m_dovecot->imapsPort()), u"--login"_s,
          QString::fromLatin1(Dovecot::login), u"--mailbox-password-file"_s,
          writeSecret(u"postvak-wachtwoord"_s, QByteArray(Dovecot::password) + '\n'),
          u"--ca-file"_s, writeSecret(u"ca.pem"_s, m_dovecot->caPem()) });
    if (set.exitCode != 0)
        qWarning("%s", qPrintable(set.err));
    return set.exitCode == 0;
}

QList<qint64> TestCliMailbox::waitingUids()
{
    const Result fetched = m_cli->onStore({ u"mailbox"_s, u"fetch"_s, u"--json"_s });
    if (fetched.exitCode != 0)
        return { -1 };
    QList<qint64> uids;
    for (const QJsonValue &m : QJsonDocument::fromJson(fetched.out.toUtf8()).array())
        uids << m[u"uid"_s].toInteger();
    return uids;
}

void TestCliMailbox::accountSetAndRefusals()
{
    const QString port = QString::number(m_dovecot->imapsPort());
    const QString passwordFile
        = writeSecret(u"postvak-wachtwoord"_s, QByteArray(Dovecot::password) + '\n');
    const QStringList base { u"mailbox"_s,   u"account"_s, u"set"_s, u"--server"_s,
                             u"127.0.0.1"_s, u"--port"_s,  port };
    // Nothing set yet.
    Result r = m_cli->onStore({ u"mailbox"_s, u"fetch"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"nog geen privacypostvak ingesteld"_s), qPrintable(r.err));
    // No login; no password.
    r = m_cli->onStore(base + QStringList { u"--mailbox-password-file"_s, passwordFile });
    QCOMPARE(r.exitCode, 2);
    r = m_cli->onStore(base + QStringList { u"--login"_s, u"privacy"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Geef het wachtwoord van het postvak."_s), qPrintable(r.err));
    // A server whose certificate another CA signed: refused, in Dutch, and nothing is saved.
    r = m_cli->onStore(base
                       + QStringList { u"--login"_s, QString::fromLatin1(Dovecot::login),
                                       u"--mailbox-password-file"_s, passwordFile, u"--ca-file"_s,
                                       writeSecret(u"ander.pem"_s, m_dovecot->otherCaPem()) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"geen certificaat dat te vertrouwen is"_s), qPrintable(r.err));
    r = m_cli->onStore({ u"mailbox"_s, u"account"_s, u"show"_s });
    QCOMPARE(r.exitCode, 1);

    QVERIFY(setAccount());
    r = m_cli->onStore({ u"mailbox"_s, u"account"_s, u"show"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"login"_s].toString(), QString::fromLatin1(Dovecot::login));
    QCOMPARE(shown[u"done_folder"_s].toString(), u"Geregistreerd"_s);
    QVERIFY(!r.out.contains(QString::fromLatin1(Dovecot::password)));
    // The password is nowhere but in the (encrypted) store: not in the tool's home (its
    // settings), not in the store folder's files in clear.
    QVERIFY(filesContaining(m_dir->filePath(u"home"_s), Dovecot::password).isEmpty());
    if (testBackend() == Backend::Folder)
        QVERIFY(filesContaining(m_dir->filePath(u"kluis"_s), Dovecot::password).isEmpty());
}

void TestCliMailbox::fetchTakeAndList()
{
    QVERIFY(setAccount());
    const QByteArray message = inzageverzoek();
    QString error;
    QVERIFY2(m_dovecot->deliver(message, &error), qPrintable(error));
    Result r = m_cli->onStore({ u"mailbox"_s, u"fetch"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray waiting = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting[0][u"from_address"_s].toString(), u"jan.jansen@mail.example"_s);
    QCOMPARE(waiting[0][u"subject"_s].toString(), u"Inzageverzoek"_s);
    QCOMPARE(waiting[0][u"date"_s].toString(), u"2026-03-31T23:30:00Z"_s);
    QCOMPARE(waiting[0][u"size"_s].toInteger(), message.size());
    const QString uid = QString::number(waiting[0][u"uid"_s].toInteger());
    r = m_cli->onStore({ u"mailbox"_s, u"fetch"_s });
    QVERIFY2(r.out.contains(u"Inzageverzoek"_s), qPrintable(r.out));

    r = m_cli->onStore({ u"mailbox"_s, u"take"_s, uid, u"--type"_s, u"inzage"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString number = created[u"number"_s].toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(created[u"received"_s].toString(), u"2026-04-01"_s);
    QCOMPARE(created[u"channel"_s].toString(), u"email"_s);
    // The original is the message.
    r = m_cli->onStore({ u"case"_s, u"attachments"_s, number, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0][u"size"_s].toInteger(), message.size());
    QVERIFY(waitingUids().isEmpty());

    r = m_cli->onStore({ u"mailbox"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray handled = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled[0][u"case"_s].toString(), number);
    QCOMPARE(handled[0][u"message_id"_s].toString(), u"inzage-1@mail.example"_s);
    QCOMPARE(handled[0][u"moved_to"_s].toString(), u"Geregistreerd"_s);
}

void TestCliMailbox::twoDesksTakeOnce()
{
    QVERIFY(setAccount());
    QString error;
    QVERIFY2(m_dovecot->deliver(mailMessage(u"Piet Bakker"_s, u"piet@mail.example"_s,
                                            u"Verwijder mijn gegevens"_s,
                                            u"Thu, 02 Apr 2026 08:00:00 +0200"_s,
                                            u"wissen-1@mail.example"_s, u"Graag wissen."_s),
                                &error),
             qPrintable(error));
    const QList<qint64> uids = waitingUids();
    QCOMPARE(uids.size(), 1);
    const QStringList take { u"mailbox"_s, u"take"_s, QString::number(uids.first()), u"--type"_s,
                             u"verwijdering"_s };
    QList<Result> results;
    if (testBackend() == Backend::Server) {
        // Two desks at the same moment.
        auto first = std::async(std::launch::async, [&] { return m_cli->onStore(take); });
        auto second = std::async(std::launch::async, [&] { return m_cli->onStore(take); });
        results << first.get() << second.get();
    } else {
        results << m_cli->onStore(take) << m_cli->onStore(take);
    }
    int registered = 0;
    for (const Result &r : std::as_const(results)) {
        if (r.exitCode == 0) {
            ++registered;
            continue;
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2((r.err.contains(u"al geregistreerd"_s) && r.err.contains(u"andere werkplek"_s))
                     || r.err.contains(
                         u"Bericht %1 staat niet meer in de map INBOX"_s.arg(uids.first())),
                 qPrintable(r.err));
    }
    QCOMPARE(registered, 1);
    const Result list = m_cli->onStore({ u"case"_s, u"list"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const Result handled = m_cli->onStore({ u"mailbox"_s, u"list"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(handled.out.toUtf8()).array().size(), 1);
}

void TestCliMailbox::dismissWithReason()
{
    QVERIFY(setAccount());
    QString error;
    QVERIFY2(m_dovecot->deliver(mailMessage(u"Nieuwsbrief"_s, u"info@shop.example"_s,
                                            u"Aanbieding"_s, u"Wed, 01 Apr 2026 09:00:00 +0200"_s,
                                            u"reclame-1@shop.example"_s, u"Koop nu."_s),
                                &error),
             qPrintable(error));
    const QList<qint64> uids = waitingUids();
    QCOMPARE(uids.size(), 1);
    const QString uid = QString::number(uids.first());
    Result r = m_cli->onStore({ u"mailbox"_s, u"dismiss"_s, uid });
    QCOMPARE(r.exitCode, 2);
    r = m_cli->onStore({ u"mailbox"_s, u"dismiss"_s, uid, u"--reason"_s, u"Reclame"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Geen verzoek"_s), qPrintable(r.out));
    QVERIFY(waitingUids().isEmpty());
    r = m_cli->onStore({ u"mailbox"_s, u"list"_s, u"--json"_s });
    const QJsonArray handled = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled[0][u"state"_s].toString(), u"dismissed"_s);
    QCOMPARE(handled[0][u"reason"_s].toString(), u"Reclame"_s);
}

// The tool killed (SIGKILL) after it moved the message to Geregistreerd and before it registered
// the request: the message is in Geregistreerd with no request, recorded pending. The next
// mailbox command puts it back in the inbox and says so; then it is taken as if new.
void TestCliMailbox::killedBetweenMoveAndRegistration()
{
    QVERIFY(setAccount());
    QString error;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &error), qPrintable(error));
    const QList<qint64> uids = waitingUids();
    QCOMPARE(uids.size(), 1);
    qputenv("PRIVACYDESK_TEST_CRASH_AT", "mailbox-moved");
    Result r = m_cli->onStore(
        { u"mailbox"_s, u"take"_s, QString::number(uids.first()), u"--type"_s, u"inzage"_s });
    qunsetenv("PRIVACYDESK_TEST_CRASH_AT");
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    ImapClient server(m_dovecot->account());
    QCOMPARE(server.count(u"Geregistreerd"_s, &error).value_or(-1), 1);
    QCOMPARE(server.count(u"INBOX"_s, &error).value_or(-1), 0);
    r = m_cli->onStore({ u"mailbox"_s, u"list"_s, u"--json"_s });
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());

    r = m_cli->onStore({ u"mailbox"_s, u"fetch"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Said in Dutch (the tool's default language), on stderr: stdout stays JSON.
    QVERIFY2(r.err.contains(u"weer in de map INBOX gezet"_s), qPrintable(r.err));
    const QJsonArray waiting = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(server.count(u"Geregistreerd"_s, &error).value_or(-1), 0);
    const QString uid = QString::number(waiting[0][u"uid"_s].toInteger());
    r = m_cli->onStore({ u"mailbox"_s, u"take"_s, uid, u"--type"_s, u"inzage"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(waitingUids().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMailbox)
#include "tst_cli_mailbox.moc"
