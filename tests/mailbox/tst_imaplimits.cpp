// The privacy mailbox's limits: a folder of 100,000 messages is listed, fetched from, taken from
// and dismissed from (libcurl refuses an answer over 300 kB, which one listing of the whole folder
// was from some 6,800 messages on); and a hostile IMAP server (a tiny one in this test, over TLS
// with a certificate the test makes) can neither make a desk read a literal of any size nor keep
// it waiting beyond the client's time limit.

#include "Dovecot.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/MailIntake.h"
#include "mail/MailMessage.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// What the fake server answers a FETCH with.
enum class Hostility {
    HugeLiteral, // a literal of 999,999,999 bytes, announced, then nothing
    Trickle, // a literal of 1,000 bytes, one byte every 200 ms
};

// An IMAP server of a few lines, in a thread of its own, for one connection at a time: it signs
// anyone in, selects any folder, and answers FETCH as hostility says.
class FakeImap final
{
public:
    FakeImap(QString certificate, QString key, Hostility hostility)
        : m_certificate(std::move(certificate))
        , m_key(std::move(key))
        , m_hostility(hostility)
    { }
    ~FakeImap()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(FakeImap)

    int start()
    {
        std::atomic_int port { 0 };
        m_thread = std::thread([this, &port] { serve(&port); });
        while (port == 0)
            std::this_thread::yield();
        return port;
    }

private:
    void serve(std::atomic_int *port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        *port = server.serverPort();
        while (!m_stop) {
            if (!server.waitForNewConnection(100))
                continue;
            QTcpSocket *incoming = server.nextPendingConnection();
            QSslSocket socket;
            socket.setSocketDescriptor(incoming->socketDescriptor());
            incoming->setParent(nullptr);
            socket.setLocalCertificate(QSslCertificate::fromPath(m_certificate).value(0));
            QFile key(m_key);
            key.open(QIODevice::ReadOnly);
            socket.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
            socket.startServerEncryption();
            if (socket.waitForEncrypted(5000))
                converse(&socket);
        }
    }

    void converse(QSslSocket *socket)
    {
        socket->write("* OK fake IMAP ready\r\n");
        while (!m_stop && socket->state() == QAbstractSocket::ConnectedState) {
            if (!socket->canReadLine() && !socket->waitForReadyRead(100))
                continue;
            const QByteArray line = socket->readLine().trimmed();
            const QByteArray tag = line.left(line.indexOf(' '));
            const QByteArray verb = line.mid(tag.size() + 1).split(' ').value(0).toUpper();
            if (verb == "CAPABILITY") {
                socket->write("* CAPABILITY IMAP4rev1\r\n" + tag + " OK done\r\n");
            } else if (verb == "LOGIN") {
                socket->write(tag + " OK signed in\r\n");
            } else if (verb == "SELECT" || verb == "EXAMINE") {
                socket->write("* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n" + tag
                              + " OK [READ-WRITE] selected\r\n");
            } else if (verb == "UID" || verb == "FETCH") {
                answerFetch(socket);
            } else {
                socket->write(tag + " OK\r\n");
            }
            socket->flush();
        }
    }

    void answerFetch(QSslSocket *socket)
    {
        if (m_hostility == Hostility::HugeLiteral) {
            socket->write("* 1 FETCH (UID 1 BODY[] {999999999}\r\n");
            socket->flush();
            return; // and nothing of it ever comes
        }
        socket->write("* 1 FETCH (UID 1 BODY[] {1000}\r\n");
        while (!m_stop && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write("x");
            socket->flush();
            socket->waitForBytesWritten(100);
            QThread::msleep(200);
        }
    }

    const QString m_certificate;
    const QString m_key;
    const Hostility m_hostility;
    std::atomic_bool m_stop { false };
    std::thread m_thread;
};

QByteArray numbered(int i)
{
    return mailMessage(u"Bewoner %1"_s.arg(i), u"bewoner%1@mail.example"_s.arg(i),
                       u"Vraag %1"_s.arg(i), u"Wed, 01 Apr 2026 09:00:00 +0200"_s,
                       u"vraag-%1@mail.example"_s.arg(i), u"Bericht %1."_s.arg(i));
}

} // namespace

class TestImapLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hugeLiteralIsRefusedAtOnce();
    void tricklingServerIsCutOffAtTheTimeLimit();
    void listingGoesInRanges();
    void hugeHeaderIsReadOnItsOwn();
    void hundredThousandMessages();

private:
    MailboxAccount fakeAccount(int port) const;

    QTemporaryDir m_tmp;
    QString m_certificate;
    QString m_key;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
};

void TestImapLimits::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
    m_certificate = m_tmp.filePath(u"fake.pem"_s);
    m_key = m_tmp.filePath(u"fake.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                    m_key, u"-out"_s, m_certificate, u"-days"_s, u"2"_s, u"-subj"_s,
                    u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s });
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
}

MailboxAccount TestImapLimits::fakeAccount(int port) const
{
    MailboxAccount a;
    a.server = u"127.0.0.1"_s;
    a.port = port;
    a.login = u"privacy@woonstad.example"_s;
    a.secret = "wachtwoord";
    QFile ca(m_certificate);
    if (ca.open(QIODevice::ReadOnly))
        a.caPem = ca.readAll();
    return a;
}

// A server that announces a message of a gigabyte gets no byte read of it: refused with the
// reason, at once (the client's time limit is far off).
void TestImapLimits::hugeLiteralIsRefusedAtOnce()
{
    FakeImap server(m_certificate, m_key, Hostility::HugeLiteral);
    const int port = server.start();
    ImapClient client(fakeAccount(port), 20);
    QElapsedTimer took;
    took.start();
    QString why;
    QVERIFY(!client.message(u"INBOX"_s, 1, &why));
    QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(why.contains(u"more than 50 MB"_s), qPrintable(why));
}

// A server that trickles a byte at a time is cut off when the client's time is up, and every
// command after it fails at once: the limit holds for all the client's commands together.
void TestImapLimits::tricklingServerIsCutOffAtTheTimeLimit()
{
    FakeImap server(m_certificate, m_key, Hostility::Trickle);
    const int port = server.start();
    ImapClient client(fakeAccount(port), 3);
    QElapsedTimer took;
    took.start();
    QString why;
    QVERIFY(!client.message(u"INBOX"_s, 1, &why));
    QVERIFY(!client.message(u"INBOX"_s, 1, &why));
    QVERIFY(!client.header(u"INBOX"_s, 1, &why));
    QVERIFY2(took.elapsed() < 5000, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(why.contains(u"cannot be reached"_s), qPrintable(why));
}

// A folder is listed in ranges: with ranges of 7 the 25 messages come in four, each once, in
// the folder's order, with their headers.
void TestImapLimits::listingGoesInRanges()
{
    QTemporaryDir dir;
    Dovecot dovecot;
    QString why;
    QVERIFY2(dovecot.start(dir.filePath(u"dovecot"_s), &why), qPrintable(why));
    QVERIFY2(dovecot.deliverStraight(25, numbered, &why), qPrintable(why));
    ImapClient client(dovecot.account());
    client.setChunk(7);
    const auto listed = client.list(u"INBOX"_s, &why, ImapClient::Detail::Headers);
    QVERIFY2(listed, qPrintable(why));
    QCOMPARE(listed->size(), 25);
    QSet<QString> ids;
    for (const ImapClient::Listed &one : *listed) {
        const auto header = MailMessage::parse(one.header);
        QVERIFY(header);
        ids.insert(header->messageId);
        const int number = header->messageId.section(u'-', 1).section(u'@', 0, 0).toInt();
        QCOMPARE(one.size, qint64(numbered(number).size()));
    }
    QCOMPARE(ids.size(), 25);
    QVERIFY(ids.contains(u"vraag-24@mail.example"_s));
    QCOMPARE(client.count(u"INBOX"_s, &why).value_or(-1), 25);
    QCOMPARE(client.search(u"INBOX"_s, u"HEADER Message-ID <vraag-3@mail.example>"_s, &why)
                 .value_or(QList<qint64>())
                 .size(),
             1);
}

// A message whose Subject alone is larger than libcurl takes in one answer (400 kB) is listed
// all the same, its header read as a message part; the messages around it are listed too.
void TestImapLimits::hugeHeaderIsReadOnItsOwn()
{
    QTemporaryDir dir;
    Dovecot dovecot;
    QString why;
    QVERIFY2(dovecot.start(dir.filePath(u"dovecot"_s), &why), qPrintable(why));
    const QString subject(400 * 1024, u'x');
    const auto message = [&](int i) {
        return i == 20 ? mailMessage(u"Spam"_s, u"spam@mail.example"_s, subject,
                                     u"Wed, 01 Apr 2026 09:00:00 +0200"_s, u"groot@mail.example"_s,
                                     u"Groot."_s)
                       : numbered(i);
    };
    QVERIFY2(dovecot.deliverStraight(60, message, &why), qPrintable(why));
    const auto waiting = MailboxService::waiting(dovecot.account(), &why);
    QVERIFY2(waiting, qPrintable(why));
    QCOMPARE(waiting->size(), 60);
    const auto huge = std::find_if(waiting->cbegin(), waiting->cend(), [](const MailboxMessage &m) {
        return m.key == u"groot@mail.example"_s;
    });
    QVERIFY(huge != waiting->cend());
    QCOMPARE(huge->subject.size(), subject.size());
    QCOMPARE(
        std::count_if(waiting->cbegin(), waiting->cend(),
                      [](const MailboxMessage &m) { return m.subject.startsWith(u"Vraag"_s); }),
        59);
}

// 100,000 messages in the folder: listed whole, with headers; one fetched, taken and another
// dismissed, as with a handful.
void TestImapLimits::hundredThousandMessages()
{
    constexpr int messages = 100000;
    QTemporaryDir dir;
    Dovecot dovecot;
    QString why;
    QVERIFY2(dovecot.start(dir.filePath(u"dovecot"_s), &why), qPrintable(why));
    QElapsedTimer took;
    took.start();
    QVERIFY2(dovecot.deliverStraight(messages, numbered, &why), qPrintable(why));
    qInfo("delivered %d messages in %lld ms", messages, took.restart());
    const MailboxAccount account = dovecot.account();
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY2(waiting, qPrintable(why));
    qInfo("listed them with headers in %lld ms", took.restart());
    QCOMPARE(waiting->size(), messages);
    QVERIFY(!waiting->last().subject.isEmpty());
    const MailboxMessage last = waiting->last();
    const auto bytes = MailboxService::fetch(account, last.uid, &why);
    QVERIFY2(bytes, qPrintable(why));
    QCOMPARE(MailboxService::keyOf(*bytes), last.key);

    const std::unique_ptr<Store> store = createServiceStore(dir.filePath(u"kluis"_s));
    QVERIFY(store);
    MailboxService desk(Session { *store, m_clock });
    ServiceError error;
    QVERIFY2(desk.setAccount(account, &error), qPrintable(error.message));
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(*bytes), &request, true);
    QVERIFY2(desk.take(account, last.uid, *bytes, request, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const MailboxMessage first = waiting->first();
    const auto other = MailboxService::fetch(account, first.uid, &why);
    QVERIFY2(other, qPrintable(why));
    QVERIFY2(desk.dismiss(account, first.uid, *other, u"Geen verzoek"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    ImapClient client(account);
    QCOMPARE(client.count(u"INBOX"_s, &why).value_or(-1), messages - 2);
    qInfo("fetched, took and dismissed in %lld ms", took.restart());
}

QTEST_GUILESS_MAIN(TestImapLimits)
#include "tst_imaplimits.moc"
