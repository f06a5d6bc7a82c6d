// A letter sent by e-mail from the privacy mailbox, read back from the tenant's mailbox: a
// private Postfix (tests/support/Smtp) takes the submission with the mailbox's own login and
// hands it to the private Dovecot, where the test reads what the tenant receives and compares
// it with what the request's dossier says was sent. A refusal, a server that cannot be trusted,
// a wrong password and a connection cut after DATA record nothing as sent; a second try never
// sends twice what arrived. On both backends.

#include "DocumentFixture.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "cases/MailIntake.h"
#include "documents/EventText.h"
#include "documents/PersonExport.h"
#include "letters/Letters.h"
#include "mail/MailMessage.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxService.h"
#include "organisation/OrganisationSettings.h"
#include "reports/Today.h"
#include "sending/LetterMail.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestLetterMail final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theTenantReceivesWhatTheDossierSays();
    void anEncryptedAnswerNeverHoldsItsPassword();
    void theAnswerGoesWithItsLetterByteForByte();
    void onlyTheAnswerMadeForTheRequestGoes();
    void anAnswerTooLargeToKeepDoesNotGo();
    void anAddressNotOnRecordNeedsConfirmation();
    void refusalsRecordNothingAsSent();
    void aCutAfterDataIsNeverSentTwice();
    void withoutSendingSetUpNothingIsPlanned();
    void xoauth2SendsWithTheMailboxToken();
    void aServerThatKeepsItsOwnCopyGetsNoSecond();

private:
    Session session() const { return Session { *m_store, m_clock }; }
    MailboxAccount account() const;
    // The request Jan Jansen sent to privacy@, taken from the mailbox, with its acknowledgement.
    void takeRequestWithLetter();
    QList<AuditEvent> events(const QString &action) const;
    PreparedMail prepared(LetterMailOrder order);
    // The inzage report export person writes for the request, encrypted (password by sms) or
    // plain; its path, or empty after a warning.
    QString exportAnswer(const QString &number, bool encrypt, QString *password = nullptr);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailServers> m_servers;
    Dovecot *m_dovecot = nullptr;
    SmtpServer *m_smtp = nullptr;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    QString m_number;
    Letter m_letter;
};

void TestLetterMail::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!SmtpServer::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestLetterMail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_servers = std::make_unique<MailServers>();
    QString error;
    QVERIFY2(m_servers->start(m_dir->path(), &error), qPrintable(error));
    m_dovecot = &m_servers->dovecot();
    m_smtp = &m_servers->smtp();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    DocumentFixture fixture(*m_store);
    fixture.at(QDate(2026, 4, 1));
    QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
    ServiceError failed;
    QVERIFY2(MailboxService(session()).setAccount(account(), &failed), qPrintable(failed.message));
    takeRequestWithLetter();
}

void TestLetterMail::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification = CaseService(session()).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_store.reset();
    m_servers.reset();
    m_dir.reset();
}

MailboxAccount TestLetterMail::account() const
{
    MailboxAccount a = m_servers->account();
    a.address = QString::fromLatin1(Dovecot::login);
    return a;
}

void TestLetterMail::takeRequestWithLetter()
{
    QString why;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    const MailboxAccount a = account();
    const auto waiting = MailboxService::waiting(a, &why);
    QVERIFY2(waiting && waiting->size() == 1, qPrintable(why));
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(inzageverzoek()), &request, true);
    ServiceError error;
    const auto created = MailboxService(session()).take(a, waiting->first().uid, inzageverzoek(),
                                                        request, BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    m_number = created->number;
    const auto letter = LetterService(session()).generate(
        m_number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    m_letter = *letter;
}

QList<AuditEvent> TestLetterMail::events(const QString &action) const
{
    QList<AuditEvent> found;
    for (const AuditEvent &e :
         AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
             .eventsFor(u"case"_s, m_number)) {
        if (e.action == action)
            found << e;
    }
    return found;
}

PreparedMail TestLetterMail::prepared(LetterMailOrder order)
{
    order.caseNumber = m_number;
    order.letterId = m_letter.id;
    ServiceError error;
    const std::optional<PreparedMail> p = LetterMail(session()).prepare(order, &error);
    if (!p)
        qWarning("%s", qPrintable(error.message));
    return p.value_or(PreparedMail {});
}

void TestLetterMail::theTenantReceivesWhatTheDossierSays()
{
    const PreparedMail mail = prepared({});
    QVERIFY(mail.item.id > 0);
    QCOMPARE(mail.item.address, u"jan.jansen@mail.example"_s);
    const MailAnswer answer = LetterMail::send(mail, m_clock);
    QVERIFY2(answer.outcome == SmtpClient::Outcome::Accepted, qPrintable(answer.reason));
    QVERIFY2(answer.copyInSent, qPrintable(answer.copyProblem));
    ServiceError error;
    QVERIFY2(LetterMail(session()).record(mail, answer, &error), qPrintable(error.message));

    // What the tenant's mailbox holds is, byte for byte, what the request keeps as sent.
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const QList<SmtpServer::Delivery> delivered = m_smtp->delivered();
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().message, mail.item.body);
    AttachmentService files(session());
    const auto kept = files.list(m_number, &error);
    QVERIFY2(kept && kept->size() == 2, qPrintable(error.message));
    const Attachment &original = kept->last();
    QCOMPARE(original.kind, AttachmentKind::Correspondentie);
    QCOMPARE(files.content(m_number, original.id, &error).value_or(QByteArray()),
             delivered.first().message);

    // As a tenant's mail program reads it: from the mailbox, to Jan, threaded under his e-mail,
    // the letter's PDF attached.
    const std::optional<MailMessage> read = MailMessage::parse(delivered.first().message);
    QVERIFY(read);
    QCOMPARE(read->from.address, QString::fromLatin1(Dovecot::login));
    QCOMPARE(read->from.name, DocumentFixture::organisationName());
    QCOMPARE(read->to.first().address, u"jan.jansen@mail.example"_s);
    QCOMPARE(read->messageId, mail.messageId);
    QVERIFY(delivered.first().message.contains("\r\nIn-Reply-To: <inzage-1@mail.example>\r\n"));
    QVERIFY(read->subject.contains(m_number));
    QVERIFY2(read->text.contains(u"Geachte"_s), qPrintable(read->text));
    QVERIFY(read->text.contains(m_number));
    QVERIFY(!read->text.contains(u"{{"_s));
    QCOMPARE(read->attachments.size(), 1);
    QVERIFY(read->attachments.first().content.startsWith("%PDF"));
    QCOMPARE(read->attachments.first().fileName, m_letter.title() + u".pdf"_s);

    // The letter is sent, once, with the Message-ID; the trail says so; a copy is in Sent.
    const QList<Letter> letters = LetterService(session()).letters(m_number, &error);
    QCOMPARE(letters.first().sentOn, QDate(2026, 4, 2));
    QVERIFY(letters.first().sentHow.contains(mail.messageId));
    QVERIFY(letters.first().sentHow.contains(u"jan.jansen@mail.example"_s));
    const QList<AuditEvent> mailed = events(u"case.letter_mailed"_s);
    QCOMPARE(mailed.size(), 1);
    QCOMPARE(mailed.first().payload.value(u"sha256"_s).toString(), original.sha256);
    // The AP dossier's chronology words it with the Message-ID.
    const QString said = EventText::sentence(mailed.first(), {});
    QVERIFY2(said.contains(mail.messageId) && said.contains(u"jan.jansen@mail.example"_s),
             qPrintable(said));
    const auto inSent = ImapClient(account()).search(
        u"Verzonden items"_s, u"HEADER Message-ID \"%1\""_s.arg(mail.messageId), &why);
    QVERIFY2(inSent && inSent->size() == 1, qPrintable(why));

    // Sending it again is refused: it went.
    LetterMailOrder again;
    again.caseNumber = m_number;
    again.letterId = m_letter.id;
    QVERIFY(!LetterMail(session()).prepare(again, &error));
    QVERIFY(error.message.contains(u"already sent"_s) || error.message.contains(u"al verstuurd"_s));
}

void TestLetterMail::anEncryptedAnswerNeverHoldsItsPassword()
{
    LetterMailOrder order;
    order.encrypt = PasswordDelivery::Phone;
    const PreparedMail mail = prepared(order);
    QVERIFY(!mail.password.isEmpty());
    const MailAnswer answer = LetterMail::send(mail, m_clock);
    QVERIFY2(answer.outcome == SmtpClient::Outcome::Accepted, qPrintable(answer.reason));
    ServiceError error;
    QVERIFY(LetterMail(session()).record(mail, answer, &error));
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const QByteArray received = m_smtp->delivered().first().message;
    const std::optional<MailMessage> read = MailMessage::parse(received);
    QVERIFY(read);
    // Nowhere in the e-mail: not in its bytes, not in its decoded text or subject.
    QVERIFY(!read->text.contains(mail.password, Qt::CaseInsensitive));
    QVERIFY(!read->subject.contains(mail.password, Qt::CaseInsensitive));
    QVERIFY(!received.contains(mail.password.toUtf8()));
    QVERIFY(read->text.contains(u"per telefoon"_s));
    // The PDF opens with the password, and not without.
    const QByteArray pdf = read->attachments.first().content;
    QVERIFY(pdf.contains("/Encrypt"));
    const QString path = m_dir->filePath(u"antwoord.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess qpdf;
    qpdf.start(u"qpdf"_s, { u"--requires-password"_s, path });
    QVERIFY(qpdf.waitForFinished());
    QCOMPARE(qpdf.exitCode(), 0); // 0: a password is needed
    qpdf.start(u"qpdf"_s, { u"--password="_s + mail.password, u"--check"_s, path });
    QVERIFY(qpdf.waitForFinished());
    QCOMPARE(qpdf.exitCode(), 0);
    const QList<AuditEvent> planned = events(u"case.letter_mail_planned"_s);
    QCOMPARE(planned.first().payload.value(u"password_by"_s).toString(), u"telefoon"_s);
    QVERIFY(!QJsonDocument(planned.first().payload).toJson().contains(mail.password.toUtf8()));
}

QString TestLetterMail::exportAnswer(const QString &number, bool encrypt, QString *password)
{
    const QString path = m_dir->filePath(number + (encrypt ? u" versleuteld.pdf"_s : u".pdf"_s));
    const QString why = DocumentFixture::exportReport(session(), number, path, encrypt, password);
    if (!why.isEmpty()) {
        qWarning("%s", qPrintable(why));
        return {};
    }
    return path;
}

// The answer made for the request goes with its letter: the tenant receives the file export
// person wrote, byte for byte, under the name the trail records; the e-mail says how the
// answer's password comes and never holds it; the trail and the AP dossier name the file.
void TestLetterMail::theAnswerGoesWithItsLetterByteForByte()
{
    QString password;
    const QString path = exportAnswer(m_number, true, &password);
    QVERIFY(!path.isEmpty());
    QVERIFY(!password.isEmpty());
    ServiceError error;
    const std::optional<AnswerFile> answer = LetterMail::readAnswer(path, &error);
    QVERIFY2(answer, qPrintable(error.message));
    // The cover letter goes once the tenant's identity was checked.
    DocumentFixture fixture(*m_store);
    fixture.at(QDate(2026, 4, 2));
    QVERIFY2(fixture.identify(m_number, QDate(2026, 4, 1), QDate(2026, 4, 2)),
             qPrintable(fixture.error()));
    const std::optional<Letter> cover = LetterService(session()).generate(
        m_number, LetterKind::BegeleidendeBriefExport, BsnCheck::Refuse, &error);
    QVERIFY2(cover, qPrintable(error.message));

    // A letter locked with a second password beside an answer is refused.
    LetterMailOrder order;
    order.caseNumber = m_number;
    order.letterId = cover->id;
    order.answer = { *answer };
    order.encrypt = PasswordDelivery::Phone;
    QVERIFY(!LetterMail(session()).prepare(order, &error));
    QVERIFY(events(u"case.letter_mail_planned"_s).isEmpty());

    order.encrypt.reset();
    const std::optional<PreparedMail> mail = LetterMail(session()).prepare(order, &error);
    QVERIFY2(mail, qPrintable(error.message));
    const MailAnswer sent = LetterMail::send(*mail, m_clock);
    QVERIFY2(sent.outcome == SmtpClient::Outcome::Accepted, qPrintable(sent.reason));
    QVERIFY2(LetterMail(session()).record(*mail, sent, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const QByteArray received = m_smtp->delivered().first().message;
    QCOMPARE(received, mail->item.body);
    const std::optional<MailMessage> read = MailMessage::parse(received);
    QVERIFY(read);
    QCOMPARE(read->attachments.size(), 2);
    QCOMPARE(read->attachments.at(0).fileName, cover->title() + u".pdf"_s);
    QCOMPARE(read->attachments.at(1).content, answer->bytes);
    QCOMPARE(read->attachments.at(1).fileName, QFileInfo(path).fileName());
    QCOMPARE(read->attachments.at(1).contentType, u"application/pdf"_s);
    QVERIFY2(read->text.contains(u"Ook bijgevoegd is ons antwoord"_s), qPrintable(read->text));
    QVERIFY2(read->text.contains(u"per sms"_s), qPrintable(read->text));
    QVERIFY(!received.contains(password.toUtf8()));
    QVERIFY(!read->text.contains(password));

    const QList<AuditEvent> planned = events(u"case.letter_mail_planned"_s);
    QCOMPARE(planned.size(), 1);
    const QJsonObject file
        = planned.first().payload.value(u"answer"_s).toArray().first().toObject();
    QCOMPARE(file.value(u"sha256"_s).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(answer->bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(file.value(u"encrypted"_s).toBool(), true);
    QCOMPARE(file.value(u"password_by"_s).toString(), u"sms"_s);
    const QString said = EventText::sentence(planned.first(), {});
    QVERIFY2(said.contains(QFileInfo(path).fileName()), qPrintable(said));
    QVERIFY(LetterService(session()).letters(m_number, &error).last().isSent());
}

// A file that is not what export person wrote for this request does not go: changed after it
// was written, or made for another tenant's request.
void TestLetterMail::onlyTheAnswerMadeForTheRequestGoes()
{
    DocumentFixture fixture(*m_store);
    fixture.at(QDate(2026, 4, 1));
    const std::optional<Case> other = fixture.addCase(u"Petra Pieters"_s, u"K-2002"_s,
                                                      { RequestType::Inzage }, QDate(2026, 4, 1));
    QVERIFY2(other, qPrintable(fixture.error()));
    const QString theirs = exportAnswer(other->number, false);
    const QString ours = exportAnswer(m_number, false);
    QVERIFY(!theirs.isEmpty() && !ours.isEmpty());
    ServiceError error;
    std::optional<AnswerFile> wrongTenant = LetterMail::readAnswer(theirs, &error);
    std::optional<AnswerFile> changed = LetterMail::readAnswer(ours, &error);
    QVERIFY(wrongTenant && changed);
    changed->bytes.append("\n% toegevoegd\n");
    for (const AnswerFile &file : { *wrongTenant, *changed }) {
        LetterMailOrder order;
        order.answer = { file };
        order.caseNumber = m_number;
        order.letterId = m_letter.id;
        QVERIFY(!LetterMail(session()).prepare(order, &error));
        QVERIFY2(error.message.contains(QFileInfo(file.name).fileName()),
                 qPrintable(error.message));
    }
    QVERIFY(events(u"case.letter_mail_planned"_s).isEmpty());
    // Not a file at all.
    QVERIFY(!LetterMail::readAnswer(m_dir->path(), &error));
    QVERIFY(!LetterMail::readAnswer(m_dir->filePath(u"bestaat-niet.pdf"_s), &error));
}

// The message is kept whole among the request's files as the proof of what went: one the store
// has no room for is refused before it is planned, not after the server took it.
void TestLetterMail::anAnswerTooLargeToKeepDoesNotGo()
{
    SecurityPolicy policy = OrganisationSettings(session()).security();
    policy.attachmentStoreLimitMb = SecurityPolicy::minimumAttachmentStoreLimitMb;
    ServiceError error;
    QVERIFY2(OrganisationSettings(session()).saveSecurity(policy, &error),
             qPrintable(error.message));
    // An export recorded for the request without its pages painted, as the demo's are: 20 MB,
    // base64 in the e-mail, does not fit beside the files within the lowest limit of 25 MB.
    const std::optional<Case> request = CaseService(session()).find(m_number, &error);
    QVERIFY(request);
    const auto report = PersonReportLoader(session()).load(request->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    PersonExportTargets targets;
    targets.pdfPath = m_dir->filePath(u"groot.pdf"_s);
    targets.forRequest = m_number;
    const QByteArray big = QByteArray("%PDF-1.7\n") + QByteArray(20 << 20, 'x');
    QVERIFY2(
        PersonExport(session()).record(*report, targets, { { targets.pdfPath, big } }, 1, &error),
        qPrintable(error.message));
    LetterMailOrder order;
    order.caseNumber = m_number;
    order.letterId = m_letter.id;
    order.answer = { AnswerFile { targets.pdfPath, big } };
    QVERIFY(!LetterMail(session()).prepare(order, &error));
    QVERIFY2(error.message.contains(u"Security"_s) || error.message.contains(u"Beveiliging"_s),
             qPrintable(error.message));
    QVERIFY(events(u"case.letter_mail_planned"_s).isEmpty());
}

void TestLetterMail::anAddressNotOnRecordNeedsConfirmation()
{
    LetterMailOrder order;
    order.caseNumber = m_number;
    order.letterId = m_letter.id;
    order.to = QString::fromLatin1(SmtpServer::tenantRecipient);
    ServiceError error;
    QVERIFY(!LetterMail(session()).prepare(order, &error));
    QVERIFY2(error.message.contains(u"confirm"_s) || error.message.contains(u"bevestig"_s),
             qPrintable(error.message));
    QVERIFY(events(u"case.letter_mail_planned"_s).isEmpty());
    order.confirmedAddress = true;
    const PreparedMail mail = prepared(order);
    QCOMPARE(mail.item.address, order.to);
    const QList<AuditEvent> planned = events(u"case.letter_mail_planned"_s);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().payload.value(u"address_on_record"_s).toBool(), false);
    // Without any address on record, there is nothing to send to unless one is given.
    order.to = u"geen adres"_s;
    QVERIFY(!LetterMail(session()).prepare(order, &error));
}

void TestLetterMail::refusalsRecordNothingAsSent()
{
    struct Case
    {
        const char *to;
        SmtpClient::Outcome outcome;
        OutboxState state;
    };
    for (const Case &c :
         { Case { SmtpServer::laterRecipient, SmtpClient::Outcome::TryLater, OutboxState::Failed },
           Case { SmtpServer::refusedRecipient, SmtpClient::Outcome::Refused,
                  OutboxState::Refused } }) {
        LetterMailOrder order;
        order.to = QString::fromLatin1(c.to);
        order.confirmedAddress = true;
        const PreparedMail mail = prepared(order);
        const MailAnswer answer = LetterMail::send(mail, m_clock);
        QCOMPARE(int(answer.outcome), int(c.outcome));
        // The server's own reply to the recipient, not its goodbye.
        QVERIFY2(answer.reason.contains(answer.outcome == SmtpClient::Outcome::Refused ? u"550"_s
                                                                                       : u"450"_s),
                 qPrintable(answer.reason));
        ServiceError error;
        QVERIFY(LetterMail(session()).record(mail, answer, &error));
        const auto items = LetterMail(session()).of(m_number, &error);
        QVERIFY(items);
        QCOMPARE(int(items->last().state), int(c.state));
        QVERIFY(!LetterService(session()).letters(m_number, &error).first().isSent());
    }
    QCOMPARE(events(u"case.letter_mail_failed"_s).size(), 2);
    QVERIFY(events(u"case.letter_mailed"_s).isEmpty());
    // Vandaag (and today --json's mails_open) lists the letter's e-mail not sent, with the
    // server's words: the last one, as the message to the second address overtook the first.
    ServiceError read;
    const TodayFigures today = TodayService(session()).read(&read);
    QVERIFY2(!read.isError(), qPrintable(read.message));
    QCOMPARE(today.mailsOpen.size(), 1);
    QCOMPARE(today.mailsOpen.first().caseNumber, m_number);
    QCOMPARE(today.mailsOpen.first().address, QString::fromLatin1(SmtpServer::refusedRecipient));
    QVERIFY(today.mailsOpen.first().body.isEmpty());
    const QJsonArray listed = TodayService::toJson(today).value(u"mails_open"_s).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"letter"_s).toInteger(), m_letter.id);
    QVERIFY(!listed.at(0).toObject().value(u"error"_s).toString().isEmpty());

    // A wrong password and an untrusted certificate: not handed over at all.
    for (int i = 0; i < 2; ++i) {
        PreparedMail mail = prepared({});
        if (i == 0)
            mail.account.secret = "niet-het-wachtwoord";
        else
            mail.account.caPem = m_dovecot->otherCaPem();
        const MailAnswer answer = LetterMail::send(mail, m_clock);
        QCOMPARE(int(answer.outcome), int(SmtpClient::Outcome::NotSent));
        QVERIFY2(answer.reason.contains(i == 0 ? u"login"_s : u"certificate"_s),
                 qPrintable(answer.reason));
    }
    QString why;
    QVERIFY(!m_smtp->waitForDelivery(1, 1500, &why));
}

void TestLetterMail::aCutAfterDataIsNeverSentTwice()
{
    MailboxAccount cut = account();
    cut.smtpPort = m_smtp->cutPort();
    cut.submission = MailboxAccount::Submission::Tls;
    ServiceError error;
    QVERIFY2(MailboxService(session()).setAccount(cut, &error), qPrintable(error.message));
    const PreparedMail first = prepared({});
    const MailAnswer lost = LetterMail::send(first, m_clock);
    QCOMPARE(int(lost.outcome), int(SmtpClient::Outcome::Unsure));
    QVERIFY(LetterMail(session()).record(first, lost, &error));
    QCOMPARE(m_smtp->cutReceived().size(), 1);
    QVERIFY(!LetterService(session()).letters(m_number, &error).first().isSent());

    // The next try finds it neither sent nor in Sent: it asks, and sends nothing.
    const PreparedMail second = prepared({});
    QCOMPARE(second.item.id, first.item.id);
    QCOMPARE(second.item.body, first.item.body);
    QVERIFY(second.unsure);
    const MailAnswer asked = LetterMail::send(second, m_clock);
    QVERIFY(asked.needsConfirmation);
    QCOMPARE(m_smtp->cutReceived().size(), 1);

    // The mail server had taken it and put it in Sent (as Microsoft 365 does): found there, it is
    // recorded as sent without a second message.
    QString why;
    ImapClient imap(cut);
    QVERIFY2(imap.ensureFolder(u"Verzonden items"_s, &why), qPrintable(why));
    QVERIFY2(imap.append(u"Verzonden items"_s, m_smtp->cutReceived().first(), &why),
             qPrintable(why));
    const PreparedMail third = prepared({});
    const MailAnswer found = LetterMail::send(third, m_clock);
    QVERIFY(found.foundInSent);
    QVERIFY(LetterMail(session()).record(third, found, &error));
    QCOMPARE(m_smtp->cutReceived().size(), 1);
    const Letter letter = LetterService(session()).letters(m_number, &error).first();
    QVERIFY(letter.isSent());
    QVERIFY(letter.sentHow.contains(first.messageId));
    QCOMPARE(events(u"case.letter_mailed"_s).first().payload.value(u"found_in_sent"_s).toBool(),
             true);
}

void TestLetterMail::withoutSendingSetUpNothingIsPlanned()
{
    MailboxAccount imapOnly = account();
    imapOnly.smtpServer.clear();
    ServiceError error;
    QVERIFY(MailboxService(session()).setAccount(imapOnly, &error));
    LetterMailOrder order;
    order.caseNumber = m_number;
    order.letterId = m_letter.id;
    QVERIFY(!LetterMail(session()).prepare(order, &error));
    QVERIFY(error.message.contains(u"smtp-server"_s));
    QVERIFY(events(u"case.letter_mail_planned"_s).isEmpty());
}

// Microsoft 365's way: the mailbox's OAuth2 access token signs in to SMTP as to IMAP.
void TestLetterMail::xoauth2SendsWithTheMailboxToken()
{
    QString why;
    if (!Dovecot::availableOAuth2(&why))
        QFAIL(qPrintable(why));
    const QByteArray token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.privacydesk-test";
    MailServers withToken;
    withToken.acceptOAuth2Token(token);
    QVERIFY2(withToken.start(m_dir->filePath(u"oauth2"_s), &why), qPrintable(why));
    MailboxAccount account = withToken.account();
    account.auth = MailboxAccount::Auth::XOAuth2;
    account.secret = token;
    PreparedMail mail = prepared({});
    mail.account = account;
    const MailAnswer answer = LetterMail::send(mail, m_clock);
    QVERIFY2(answer.outcome == SmtpClient::Outcome::Accepted, qPrintable(answer.reason));
    QVERIFY2(withToken.smtp().waitForDelivery(1, 20000, &why), qPrintable(why));
    QCOMPARE(withToken.smtp().delivered().first().message, mail.item.body);
    // Another token is refused at the sign-in: nothing handed over.
    mail.account.secret = "verlopen-token";
    QCOMPARE(int(LetterMail::send(mail, m_clock).outcome), int(SmtpClient::Outcome::NotSent));
}

// Microsoft 365 keeps what SMTP AUTH submits in Sent Items itself: with the account saying so,
// Privacydesk appends no copy of its own (Postfix keeps none, so Sent stays empty here), and the
// letter is recorded as sent all the same.
void TestLetterMail::aServerThatKeepsItsOwnCopyGetsNoSecond()
{
    MailboxAccount keeps = account();
    keeps.sentCopy = MailboxAccount::SentCopy::Server;
    ServiceError error;
    QVERIFY2(MailboxService(session()).setAccount(keeps, &error), qPrintable(error.message));
    const PreparedMail mail = prepared({});
    QCOMPARE(mail.account.sentCopy, MailboxAccount::SentCopy::Server);
    const MailAnswer answer = LetterMail::send(mail, m_clock);
    QVERIFY2(answer.outcome == SmtpClient::Outcome::Accepted, qPrintable(answer.reason));
    QVERIFY(!answer.copyInSent);
    QVERIFY(answer.copyProblem.isEmpty());
    QVERIFY2(LetterMail(session()).record(mail, answer, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    QVERIFY2(ImapClient(account()).ensureFolder(u"Verzonden items"_s, &why), qPrintable(why));
    const auto inSent = ImapClient(account()).search(
        u"Verzonden items"_s, u"HEADER Message-ID \"%1\""_s.arg(mail.messageId), &why);
    QVERIFY2(inSent && inSent->isEmpty(), qPrintable(why));
    QVERIFY(LetterService(session()).letters(m_number, &error).first().isSent());
}

QTEST_MAIN(TestLetterMail)
#include "tst_lettermail.moc"
