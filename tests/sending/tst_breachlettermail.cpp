// A data breach's art. 34 letters by e-mail to who has an address, the others by post, read
// back from the tenants' mailbox (private Postfix into private Dovecot), on both backends: each
// letter sent is recorded per person with its Message-ID and the person informed; a recipient the
// server turns away is listed, stays out of "sent per post", and goes into the PDF of a later
// post run, which overtakes its e-mail; a second e-mail run sends no one anything twice.

#include "BreachDocumentFixture.h"
#include "BreachPeople.h"
#include "DocumentFixture.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "letters/BreachLetterRun.h"
#include "letters/BreachLetters.h"
#include "mail/MailMessage.h"
#include "mailbox/MailboxService.h"
#include "sending/BreachLetterMail.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestBreachLetterMail final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emailWhereThereIsAnAddressPostForTheRest();
    void aNoticeFailedForNowIsDueAgainForItsSender();

private:
    Session session() const { return Session { *m_store, m_clock }; }
    BreachLetterRunOptions options(const QString &file, bool email, bool resume) const
    {
        BreachLetterRunOptions o;
        o.number = m_number;
        o.pdf = OutputTarget(m_dir->filePath(file), false, m_store->directory());
        o.email = email;
        o.resume = resume;
        return o;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailServers> m_servers;
    SmtpServer *m_smtp = nullptr;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    QString m_number;
};

void TestBreachLetterMail::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!SmtpServer::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestBreachLetterMail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_servers = std::make_unique<MailServers>();
    QString error;
    QVERIFY2(m_servers->start(m_dir->path(), &error), qPrintable(error));
    m_smtp = &m_servers->smtp();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    BreachDocumentFixture fixture(*m_store);
    m_number = fixture.breach();
    QVERIFY2(!m_number.isEmpty(), qPrintable(fixture.error()));
    ServiceError failed;
    QVERIFY2(MailboxService(session()).setAccount(m_servers->account(), &failed),
             qPrintable(failed.message));
    const QList<ImportedPerson> people {
        { u"M001"_s, u"Jan Mail"_s, u"Meeuwlaan 1"_s, u"3511AA"_s, u"Utrecht"_s,
          QString::fromLatin1(SmtpServer::tenantRecipient) },
        { u"M002"_s, u"Lena Later"_s, u"Meeuwlaan 2"_s, u"3511AB"_s, u"Utrecht"_s,
          QString::fromLatin1(SmtpServer::laterRecipient) },
        { u"M003"_s, u"Piet Post"_s, u"Meeuwlaan 3"_s, u"3511AC"_s, u"Utrecht"_s },
    };
    QVERIFY2(importAndLink(session(), m_number, people, &error), qPrintable(error));
}

void TestBreachLetterMail::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification = CaseService(session()).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_store.reset();
    m_servers.reset();
    m_dir.reset();
}

void TestBreachLetterMail::emailWhereThereIsAnAddressPostForTheRest()
{
    // The post run makes everyone's letter; who has an e-mail address is not in the PDF.
    ServiceError error;
    const auto post
        = BreachLetterRun::run(session(), options(u"post.pdf"_s, true, false), {}, nullptr, &error);
    QVERIFY2(post, qPrintable(error.message));
    QCOMPARE(post->byEmail, 2);
    const int inPost = post->inPdf;
    QCOMPARE(inPost, post->made - 2);

    const auto mailed = BreachLetterMail::run(session(), m_number, {}, nullptr, &error);
    QVERIFY2(mailed, qPrintable(error.message));
    QCOMPARE(mailed->total, 2);
    QCOMPARE(mailed->sent, 1);
    QCOMPARE(mailed->notSent.size(), 1);
    QCOMPARE(mailed->notSent.first().klantnummer, u"M002"_s);

    // Jan's mailbox holds the notice as the letter the breach keeps.
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const std::optional<MailMessage> read = MailMessage::parse(m_smtp->delivered().first().message);
    QVERIFY(read);
    QCOMPARE(read->to.first().address, QString::fromLatin1(SmtpServer::tenantRecipient));
    QVERIFY2(read->text.contains(u"datalek"_s), qPrintable(read->text));
    QVERIFY(read->subject.contains(m_number));
    QCOMPARE(read->attachments.size(), 1);
    QVERIFY(read->attachments.first().content.startsWith("%PDF"));
    const QList<BreachLetter> letters = BreachLetterService(session()).letters(m_number, &error);
    int sentByMail = 0;
    for (const BreachLetter &letter : letters) {
        if (letter.isSent()) {
            ++sentByMail;
            QVERIFY(letter.sentHow.contains(read->messageId));
        }
    }
    QCOMPARE(sentByMail, 1);

    // The post's letters are recorded as sent; Lena's, whose e-mail is not done, is not.
    m_clock.set(QDateTime(QDate(2026, 4, 4), QTime(10, 0), Qt::UTC));
    const auto posted = BreachLetterService(session()).recordDispatchAll(
        m_number, QDate(2026, 4, 3), u"per post"_s, BsnCheck::Refuse, &error);
    QVERIFY2(posted, qPrintable(error.message));
    QCOMPARE(*posted, inPost);

    // A second e-mail run sends nobody anything twice: Lena is tried again and turned away again.
    const auto again = BreachLetterMail::run(session(), m_number, {}, nullptr, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->total, 1);
    QCOMPARE(again->sent, 0);
    QVERIFY(!m_smtp->waitForDelivery(2, 1500, &why));

    // A post run without e-mail puts Lena's letter in the PDF and overtakes her e-mail; then it
    // is recorded as sent by post, and no e-mail is left to send.
    const auto resumed
        = BreachLetterRun::run(session(), options(u"lena.pdf"_s, false, true), {}, nullptr, &error);
    QVERIFY2(resumed, qPrintable(error.message));
    QCOMPARE(resumed->inPdf, 1);
    const auto lena = BreachLetterService(session()).recordDispatchAll(
        m_number, QDate(2026, 4, 4), u"per post"_s, BsnCheck::Refuse, &error);
    QVERIFY2(lena, qPrintable(error.message));
    QCOMPARE(*lena, 1);
    const auto none = BreachLetterMail::run(session(), m_number, {}, nullptr, &error);
    QVERIFY2(none, qPrintable(error.message));
    QCOMPARE(none->total, 0);
}

// A notice that failed for now (here a wrong password: nothing handed over) is due again for the
// login that planned it from fifteen minutes on; tried again, it is the same message, taken by
// the server once and recorded for the person; then nothing is due. A notice a run never tried
// (Lena's, after the run stopped at Jan's) is not due: a cancelled run waits for the officer.
void TestBreachLetterMail::aNoticeFailedForNowIsDueAgainForItsSender()
{
    ServiceError error;
    const auto post
        = BreachLetterRun::run(session(), options(u"post.pdf"_s, true, false), {}, nullptr, &error);
    QVERIFY2(post, qPrintable(error.message));
    QString why;
    const std::optional<PreparedMail> failed = failFirstMail(session(), m_number, &why);
    QVERIFY2(failed, qPrintable(why));
    auto due = BreachLetterMail::dueAgain(session(), &error);
    QVERIFY2(due, qPrintable(error.message));
    QVERIFY(due->isEmpty()); // not before fifteen minutes
    m_clock.advanceSecs(LetterMail::retryMinutes * 60);
    due = BreachLetterMail::dueAgain(session(), &error);
    QVERIFY2(due && due->size() == 1, qPrintable(error.message));
    QCOMPARE(due->first().breach, m_number);
    QCOMPARE(due->first().letterId, failed->letterId);

    BreachLetterMail mail(session());
    const std::optional<PreparedMail> again = mail.again(due->first(), &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->messageId, failed->messageId);
    QCOMPARE(again->item.body, failed->item.body);
    const MailAnswer answer = LetterMail::send(*again, m_clock);
    QVERIFY2(answer.outcome == SmtpClient::Outcome::Accepted, qPrintable(answer.reason));
    QVERIFY2(mail.record(*again, answer, &error), qPrintable(error.message));
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    QCOMPARE(m_smtp->delivered().size(), 1);
    QCOMPARE(m_smtp->delivered().first().message, failed->item.body);
    int sent = 0;
    for (const BreachLetter &letter : BreachLetterService(session()).letters(m_number, &error))
        sent += letter.id == failed->letterId && letter.isSent() ? 1 : 0;
    QCOMPARE(sent, 1);
    m_clock.advanceSecs(LetterMail::retryMinutes * 60);
    due = BreachLetterMail::dueAgain(session(), &error);
    QVERIFY2(due && due->isEmpty(), qPrintable(error.message));
}

QTEST_MAIN(TestBreachLetterMail)
#include "tst_breachlettermail.moc"
