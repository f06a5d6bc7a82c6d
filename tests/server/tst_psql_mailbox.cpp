// The privacy mailbox's tables on a server store, with psql logged in as each role
// (what an employee with the credentials could do by hand): the account and its secret are set
// by a beheerder and read by the officers whose desks sign in with it; the auditor sees the
// account without its secret and the messages taken; a KCC login sees neither; nobody changes
// or removes the record of a message handled (an officer's desk only settles or removes the
// pending record it writes before it moves a message). Through the application the same: only the
// beheerder sets the account, the auditor and the KCC cannot read it.

#include "ServerStoreFixture.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

namespace {

const QString insertMessage
    = u"INSERT INTO mailbox_messages (message_key, sha256, size, state, moved_to, handled_at, "
      "handled_by) VALUES ('x@y', 'ab', 1, 'dismissed', 'Geen verzoek', 'nu', 'psql')"_s;

// A pending record as a desk writes it before it moves the message (schema 48).
QString pendingMessage(const QString &key)
{
    return u"INSERT INTO mailbox_messages (message_key, sha256, size, state, moved_to, handled_at, "
           "handled_by, folder, uid) VALUES ('%1', 'cd', 1, 'pending', 'Geregistreerd', 'nu', "
           "'psql', 'INBOX', 7); "_s.arg(key);
}

MailboxAccount account()
{
    MailboxAccount a;
    a.server = u"imap.woonstad.example"_s;
    a.login = u"privacy@woonstad.example"_s;
    a.secret = "geheim-postvak-wachtwoord";
    return a;
}

} // namespace

class TestPsqlMailbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byHand_data();
    void byHand();
    void throughTheApplication();
    void theSecretIsInNoStatement();

private:
    ServerStoreFixture m_server;
};

void TestPsqlMailbox::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
    QVERIFY2(m_server.logEveryStatement(&error), qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    ServiceError serviceError;
    QVERIFY2(MailboxService(Session { *store }).setAccount(account(), &serviceError),
             qPrintable(serviceError.message));
}

void TestPsqlMailbox::byHand_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("refusal");
    const QString secret = u"SELECT secret FROM mailbox_account"_s;
    const QString server = u"SELECT server, login, folder FROM mailbox_account"_s;
    const QString taken = u"SELECT count(*) FROM mailbox_messages"_s;
    const QString change = u"UPDATE mailbox_account SET server = 'mail.elders.example'"_s;
    QTest::newRow("functionaris reads the secret") << u"fenna"_s << secret << true << QString();
    QTest::newRow("auditor reads the secret")
        << u"anna"_s << secret << false << u"permission denied"_s;
    QTest::newRow("kcc reads the secret")
        << u"karel"_s << secret << false << u"permission denied"_s;
    QTest::newRow("auditor reads the account") << u"anna"_s << server << true << QString();
    QTest::newRow("kcc reads the account")
        << u"karel"_s << server << false << u"permission denied"_s;
    // How answers are sent (schema 55): the auditor sees it, the KCC does not.
    const QString sending = u"SELECT smtp_server, smtp_port, smtp_security, from_address, "
                            "sent_folder, sent_copy FROM mailbox_account"_s;
    QTest::newRow("auditor reads the sending") << u"anna"_s << sending << true << QString();
    QTest::newRow("kcc reads the sending")
        << u"karel"_s << sending << false << u"permission denied"_s;
    QTest::newRow("functionaris changes the sending")
        << u"fenna"_s << u"UPDATE mailbox_account SET smtp_server = 'smtp.elders.example'"_s
        << false << u"permission denied"_s;
    QTest::newRow("functionaris changes the account")
        << u"fenna"_s << change << false << u"permission denied"_s;
    QTest::newRow("auditor changes the account")
        << u"anna"_s << change << false << u"permission denied"_s;
    QTest::newRow("beheerder changes the account") << adminLogin << change << true << QString();
    QTest::newRow("functionaris removes the account")
        << u"fenna"_s << u"DELETE FROM mailbox_account"_s << false << u"permission denied"_s;
    QTest::newRow("beheerder removes the account")
        << adminLogin << u"DELETE FROM mailbox_account"_s << false << u"permission denied"_s;
    QTest::newRow("auditor reads the messages taken") << u"anna"_s << taken << true << QString();
    QTest::newRow("kcc reads the messages taken")
        << u"karel"_s << taken << false << u"permission denied"_s;
    QTest::newRow("functionaris records a message")
        << u"fenna"_s << insertMessage << true << QString();
    QTest::newRow("kcc records a message")
        << u"karel"_s << insertMessage << false << u"permission denied"_s;
    const QString kept = u"a message handled stays as it was recorded"_s;
    QTest::newRow("functionaris rewrites a message taken")
        << u"fenna"_s << u"UPDATE mailbox_messages SET case_number = '2026-0001'"_s << false
        << kept;
    QTest::newRow("beheerder removes a message taken")
        << adminLogin << u"DELETE FROM mailbox_messages"_s << false << kept;
    const QString rekey = pendingMessage(u"p1@y"_s)
        + u"UPDATE mailbox_messages SET message_key = 'ander@y' WHERE state = 'pending'"_s;
    const QString settle = pendingMessage(u"p2@y"_s)
        + u"UPDATE mailbox_messages SET state = 'dismissed', reason = 'reclame' "
          "WHERE message_key = 'p2@y'"_s;
    QTest::newRow("functionaris changes the key of a pending message")
        << u"fenna"_s << rekey << false << kept;
    QTest::newRow("functionaris settles a pending message")
        << u"fenna"_s << settle << true << QString();
    QTest::newRow("functionaris removes a pending message")
        << u"fenna"_s
        << pendingMessage(u"p3@y"_s) + u"DELETE FROM mailbox_messages WHERE message_key = 'p3@y'"_s
        << true << QString();
    QTest::newRow("kcc removes a pending message")
        << u"karel"_s << u"DELETE FROM mailbox_messages WHERE state = 'pending'"_s << false
        << u"permission denied"_s;
}

void TestPsqlMailbox::byHand()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QFETCH(QString, refusal);
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    const QString verdict = psqlVerdict(result, allowed, refusal);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestPsqlMailbox::throughTheApplication()
{
    StoreError openError;
    {
        const auto store = m_server.open(u"fenna"_s, rolePasswords().value(u"fenna"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        const auto read = MailboxService(Session { *store }).account(&error);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(read->secret, account().secret);
        QVERIFY(!MailboxService(Session { *store }).setAccount(account(), &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    for (const QString &login : { u"anna"_s, u"karel"_s }) {
        const auto store = m_server.open(login, rolePasswords().value(login), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        QVERIFY(!MailboxService(Session { *store }).account(&error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    // What was written by hand above is described in the trail.
    const ServerStoreFixture::PsqlResult trail = m_server.psql(
        adminLogin, adminPassword,
        u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND entity_id IN "
        "('mailbox_account', 'mailbox_messages')"_s);
    QCOMPARE(trail.exitCode, 0);
    QVERIFY2(trail.out.trimmed().toInt() >= 2, qPrintable(trail.out));
}

// The secret is written (made above, changed here) and read with every statement logged: the
// log shows the account's statements but not the secret, neither as text nor as hex.
void TestPsqlMailbox::theSecretIsInNoStatement()
{
    StoreError openError;
    const auto store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    MailboxAccount changed = account();
    changed.secret = "Ander-Postvak-Geheim-7";
    ServiceError error;
    QVERIFY2(MailboxService(Session { *store }).setAccount(changed, &error),
             qPrintable(error.message));
    const auto read = MailboxService(Session { *store }).account(&error);
    QVERIFY2(read, qPrintable(error.message));
    QCOMPARE(read->secret, changed.secret);

    const QString log = m_server.cluster().serverLog(4'000'000);
    QVERIFY2(log.contains(u"mailbox_account"_s), qPrintable(log.right(2000)));
    for (const QByteArray &secret : { account().secret, changed.secret }) {
        for (const QString &form :
             { QString::fromLatin1(secret), QString::fromLatin1(secret.toHex()),
               QString::fromLatin1(secret.toHex().toUpper()),
               QString::fromLatin1(secret.toBase64()) })
            QVERIFY2(!log.contains(form, Qt::CaseInsensitive), qPrintable(form));
    }
}

QTEST_GUILESS_MAIN(TestPsqlMailbox)
#include "tst_psql_mailbox.moc"
