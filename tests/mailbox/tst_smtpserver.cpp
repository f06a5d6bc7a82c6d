// The private outgoing mail server the tests of sent answers stand on (tests/support/Smtp.h),
// proved with libcurl alone, as the client will use it: a message submitted over STARTTLS or
// implicit TLS arrives byte for byte in the Dovecot fixture's INBOX (read from its maildir and over
// IMAP); a wrong password, a wrong token and an untrusted certificate are refused; the two
// recipients that are turned away give their codes and leave nothing; the server that hangs up
// after DATA leaves curl with an error and keeps what it read; two pairs run at once.

#include "Dovecot.h"
#include "Smtp.h"
#include "mailbox/ImapClient.h"
#include "net/Curl.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QByteArray token = "eyJ0eXAiOiJKV1QiLCJ0ZXN0Ijoic210cCJ9.c210cA.c2lnbg";

enum class Tls { Starttls, Implicit };

struct Sent
{
    CURLcode code = CURLE_OK;
    long response = 0; // the server's last reply code
    QString error;
};

struct Upload
{
    QByteArray bytes;
    qsizetype at = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *upload)
{
    auto *from = static_cast<Upload *>(upload);
    const size_t n = std::min(size * count, size_t(from->bytes.size() - from->at));
    memcpy(buffer, from->bytes.constData() + from->at, n);
    from->at += qsizetype(n);
    return n;
}

// One submission as the client will make it: TLS always, the certificate checked against ca,
// AUTH with the password, or with bearer as XOAUTH2 when one is given (none without a user).
struct Submission
{
    int port = 0;
    Tls tls = Tls::Implicit;
    QByteArray ca;
    QByteArray user = Dovecot::login;
    QByteArray password = Dovecot::password;
    QByteArray bearer;
    QList<QByteArray> recipients { SmtpServer::tenantRecipient };

    Sent send(const QByteArray &message) const
    {
        net::globalInit();
        CURL *curl = curl_easy_init();
        const QByteArray url = (tls == Tls::Implicit ? "smtps://127.0.0.1:" : "smtp://127.0.0.1:")
            + QByteArray::number(port);
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        net::verifyTls(curl, ca);
        if (!user.isEmpty())
            curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        if (!user.isEmpty() && bearer.isEmpty())
            curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        if (!user.isEmpty() && !bearer.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, bearer.constData());
            curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
        }
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, "<privacy@woonstad.example>");
        curl_slist *to = nullptr;
        for (const QByteArray &recipient : recipients)
            to = curl_slist_append(to, QByteArray('<' + recipient + '>').constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, to);
        Upload upload { message, 0 };
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
        curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
        char error[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
        Sent sent;
        sent.code = curl_easy_perform(curl);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &sent.response);
        sent.error = QString::fromUtf8(error);
        curl_slist_free_all(to);
        curl_easy_cleanup(curl);
        return sent;
    }
};

// An answer as the desk sends it: 8-bit UTF-8, and lines that begin with a dot (which SMTP
// stuffs and the server must unstuff).
QByteArray answer(const QString &subject)
{
    return u"From: Privacyfunctionaris <privacy@woonstad.example>\r\n"
           "To: Jan Jansen <jan@huurder.example>\r\n"
           "Subject: %1\r\n"
           "Date: Thu, 02 Apr 2026 10:00:00 +0200\r\n"
           "Message-ID: <%1@woonstad.example>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "\r\n"
           "Beste heer Jansen,\r\n"
           "\r\n"
           "Hierbij ontvangt u het overzicht van uw gegevens. Één bijlage volgt.\r\n"
           ".Deze regel begint met een punt.\r\n"
           "..En deze met twee.\r\n"
           ".\r\n"
           "Met vriendelijke groet,\r\nWoonstad\r\n"_s.arg(subject)
               .toUtf8();
}

} // namespace

class TestSmtpServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void starttlsSubmissionArrivesByteForByte();
    void implicitTlsSubmissionArrivesByteForByte();
    void everyRecipientLandsInTheInbox();
    void noSubmissionWithoutTlsOrLogin();
    void wrongPasswordIsRefused();
    void untrustedCertificateFailsVerification();
    void laterAndRefusedRecipientsGiveTheirCodes();
    void xoauth2SignsInWithTheToken();
    void cutServerHangsUpAfterData();
    void twoPairsRunAtOnce();

private:
    Submission submission(Tls tls) const
    {
        Submission s;
        s.tls = tls;
        s.port = tls == Tls::Implicit ? m_smtp->smtpsPort() : m_smtp->submissionPort();
        s.ca = m_smtp->caPem();
        return s;
    }
    void checkArrived(const QByteArray &sent, Tls tls);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<SmtpServer> m_smtp;
};

void TestSmtpServer::initTestCase()
{
    QString why;
    if (!SmtpServer::available(&why))
        QFAIL(qPrintable(why));
    if (!Dovecot::availableOAuth2(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestSmtpServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    m_dovecot->acceptOAuth2Token(token);
    m_dovecot->enableSmtpDelivery();
    m_smtp = std::make_unique<SmtpServer>();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &error), qPrintable(error));
    const qint64 dovecotMs = timer.elapsed();
    QVERIFY2(m_smtp->start(m_dir->filePath(u"postfix"_s), *m_dovecot, &error), qPrintable(error));
    qInfo("started: Dovecot (with its certificates) in %lld ms, Postfix and the cut server in "
          "%lld ms",
          dovecotMs, timer.elapsed() - dovecotMs);
}

void TestSmtpServer::cleanup()
{
    if (m_smtp && QTest::currentTestFailed())
        qWarning("Postfix's log:\n%s\nDovecot's log:\n%s", qPrintable(m_smtp->log()),
                 qPrintable(m_dovecot->log()));
    m_smtp.reset();
    m_dovecot.reset();
    m_dir.reset();
}

void TestSmtpServer::checkArrived(const QByteArray &sent, Tls tls)
{
    const Sent result = submission(tls).send(sent);
    QVERIFY2(result.code == CURLE_OK, qPrintable(result.error));
    QCOMPARE(result.response, 250L);
    QString error;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &error), qPrintable(error));
    const QList<SmtpServer::Delivery> delivered = m_smtp->delivered();
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered[0].message, sent);
    QCOMPARE(delivered[0].recipient, QByteArray(SmtpServer::tenantRecipient));
    QVERIFY(delivered[0].raw.contains("by smtp.woonstad.example (Postfix) with ESMTPSA"));
    // The tenant's view: the same bytes over IMAP.
    ImapClient client(m_dovecot->account());
    const auto listed = client.list(u"INBOX"_s, &error);
    QVERIFY2(listed && listed->size() == 1, qPrintable(error));
    const auto read = client.message(u"INBOX"_s, listed->first().uid, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, delivered[0].raw);
    QCOMPARE(withoutTraceHeaders(*read), sent);
}

void TestSmtpServer::starttlsSubmissionArrivesByteForByte()
{
    checkArrived(answer(u"Inzage-starttls"_s), Tls::Starttls);
}

void TestSmtpServer::implicitTlsSubmissionArrivesByteForByte()
{
    checkArrived(answer(u"Inzage-smtps"_s), Tls::Implicit);
}

// A tenant of any domain, the organisation's own address and a second recipient of one message
// each get their copy in the one INBOX, told apart by Delivered-To.
void TestSmtpServer::everyRecipientLandsInTheInbox()
{
    Submission s = submission(Tls::Implicit);
    s.recipients = { "jan@huurder.example", "privacy@woonstad.example", "piet@elders.example" };
    const QByteArray sent = answer(u"Drie-ontvangers"_s);
    const Sent result = s.send(sent);
    QVERIFY2(result.code == CURLE_OK, qPrintable(result.error));
    QString error;
    QVERIFY2(m_smtp->waitForDelivery(3, 20000, &error), qPrintable(error));
    QSet<QByteArray> recipients;
    for (const SmtpServer::Delivery &delivery : m_smtp->delivered()) {
        QCOMPARE(delivery.message, sent);
        recipients.insert(delivery.recipient);
    }
    QCOMPARE(recipients, QSet<QByteArray>(s.recipients.begin(), s.recipients.end()));
}

void TestSmtpServer::noSubmissionWithoutTlsOrLogin()
{
    // In clear on the submission port: no AUTH is offered before STARTTLS, and MAIL is refused.
    Submission clear = submission(Tls::Starttls);
    net::globalInit();
    CURL *curl = curl_easy_init();
    const QByteArray url = "smtp://127.0.0.1:" + QByteArray::number(clear.port);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_NONE));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, "<privacy@woonstad.example>");
    curl_slist *to = curl_slist_append(nullptr, "<jan@huurder.example>");
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, to);
    Upload upload { answer(u"Onversleuteld"_s), 0 };
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(to);
    curl_easy_cleanup(curl);
    QVERIFY(code != CURLE_OK);
    QCOMPARE(response, 530L);
    // Over TLS but without a login: relaying is refused at RCPT.
    Submission anonymous = submission(Tls::Implicit);
    anonymous.user.clear();
    const Sent refused = anonymous.send(answer(u"Anoniem"_s));
    QVERIFY(refused.code != CURLE_OK);
    QVERIFY2(refused.response >= 500, qPrintable(QString::number(refused.response)));
    // Nothing of either arrived: a message sent after them is the only one.
    checkArrived(answer(u"Daarna"_s), Tls::Implicit);
}

void TestSmtpServer::wrongPasswordIsRefused()
{
    for (const Tls tls : { Tls::Starttls, Tls::Implicit }) {
        Submission s = submission(tls);
        s.password = "fout-wachtwoord";
        const Sent sent = s.send(answer(u"Fout"_s));
        QCOMPARE(sent.code, CURLE_LOGIN_DENIED);
        QCOMPARE(sent.response, 535L);
    }
    QVERIFY(m_smtp->delivered().isEmpty());
}

void TestSmtpServer::untrustedCertificateFailsVerification()
{
    for (const Tls tls : { Tls::Starttls, Tls::Implicit }) {
        Submission s = submission(tls);
        s.ca = m_dovecot->otherCaPem();
        const Sent sent = s.send(answer(u"Vreemd"_s));
        QCOMPARE(sent.code, CURLE_PEER_FAILED_VERIFICATION);
    }
    Submission cut = submission(Tls::Implicit);
    cut.port = m_smtp->cutPort();
    cut.ca = m_dovecot->otherCaPem();
    QCOMPARE(cut.send(answer(u"Vreemd"_s)).code, CURLE_PEER_FAILED_VERIFICATION);
    QVERIFY(m_smtp->delivered().isEmpty());
    QVERIFY(m_smtp->cutReceived().isEmpty());
}

void TestSmtpServer::laterAndRefusedRecipientsGiveTheirCodes()
{
    for (const Tls tls : { Tls::Starttls, Tls::Implicit }) {
        Submission later = submission(tls);
        later.recipients = { SmtpServer::laterRecipient };
        const Sent deferred = later.send(answer(u"Later"_s));
        QVERIFY(deferred.code != CURLE_OK);
        QCOMPARE(deferred.response, 450L);
        Submission refused = submission(tls);
        refused.recipients = { SmtpServer::refusedRecipient };
        const Sent failed = refused.send(answer(u"Geweigerd"_s));
        QVERIFY(failed.code != CURLE_OK);
        QCOMPARE(failed.response, 550L);
    }
    // Nothing recorded for either: the next message is the INBOX's only one.
    checkArrived(answer(u"Gewoon"_s), Tls::Starttls);
}

void TestSmtpServer::xoauth2SignsInWithTheToken()
{
    for (const Tls tls : { Tls::Starttls, Tls::Implicit }) {
        Submission wrong = submission(tls);
        wrong.bearer = "verlopen-token";
        QCOMPARE(wrong.send(answer(u"Verlopen"_s)).code, CURLE_LOGIN_DENIED);
    }
    Submission s = submission(Tls::Implicit);
    s.bearer = token;
    const QByteArray sent = answer(u"Token"_s);
    const Sent result = s.send(sent);
    QVERIFY2(result.code == CURLE_OK, qPrintable(result.error));
    QString error;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &error), qPrintable(error));
    QCOMPARE(m_smtp->delivered().size(), 1);
    QCOMPARE(m_smtp->delivered().first().message, sent);
    QVERIFY2(m_smtp->log().contains(u"sasl_method=XOAUTH2"_s), qPrintable(m_smtp->log()));
}

void TestSmtpServer::cutServerHangsUpAfterData()
{
    Submission s = submission(Tls::Implicit);
    s.port = m_smtp->cutPort();
    s.password = "fout-wachtwoord";
    QCOMPARE(s.send(answer(u"Fout"_s)).code, CURLE_LOGIN_DENIED);
    QVERIFY(m_smtp->cutReceived().isEmpty());
    s.password = Dovecot::password;
    const QByteArray sent = answer(u"Afgebroken"_s);
    const Sent result = s.send(sent);
    // libcurl read the connection's end where the reply to the final dot belongs.
    QVERIFY2(result.code != CURLE_OK, qPrintable(result.error));
    QVERIFY2(result.code == CURLE_RECV_ERROR || result.code == CURLE_GOT_NOTHING
                 || result.code == CURLE_WEIRD_SERVER_REPLY,
             qPrintable(u"%1: %2"_s.arg(int(result.code)).arg(result.error)));
    QCOMPARE(m_smtp->cutReceived(), QList<QByteArray> { sent });
}

void TestSmtpServer::twoPairsRunAtOnce()
{
    Dovecot dovecot;
    dovecot.enableSmtpDelivery();
    SmtpServer smtp;
    QString error;
    QVERIFY2(dovecot.start(m_dir->filePath(u"dovecot-2"_s), &error), qPrintable(error));
    QVERIFY2(smtp.start(m_dir->filePath(u"postfix-2"_s), dovecot, &error), qPrintable(error));
    Submission second;
    second.port = smtp.submissionPort();
    second.tls = Tls::Starttls;
    second.ca = smtp.caPem();
    const QByteArray first = answer(u"Eerste"_s);
    const QByteArray other = answer(u"Tweede"_s);
    QCOMPARE(submission(Tls::Starttls).send(first).code, CURLE_OK);
    QCOMPARE(second.send(other).code, CURLE_OK);
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &error), qPrintable(error));
    QVERIFY2(smtp.waitForDelivery(1, 20000, &error), qPrintable(error));
    QCOMPARE(m_smtp->delivered().size(), 1);
    QCOMPARE(m_smtp->delivered().first().message, first);
    QCOMPARE(smtp.delivered().size(), 1);
    QCOMPARE(smtp.delivered().first().message, other);
    // Each server's certificate is its own fixture's: the first's authority fails the second.
    second.ca = m_smtp->caPem();
    QCOMPARE(second.send(other).code, CURLE_PEER_FAILED_VERIFICATION);
}

QTEST_GUILESS_MAIN(TestSmtpServer)
#include "tst_smtpserver.moc"
