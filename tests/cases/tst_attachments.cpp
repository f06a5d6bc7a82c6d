// Every request with its original: an e-mail read into a request received on the
// right day, the original kept inside the encrypted store byte for byte, the limits, the
// identity-document refusal, saving a copy, the roles, the date of receipt against the moment
// of registration in the dossier, and the schema step that made the time of receipt optional.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/AttachmentRepository.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseService.h"
#include "cases/MailIntake.h"
#include "documents/ComplaintDossier.h"
#include "mail/MailMessage.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// Sent at 23:40 UTC on 31 March 2026: 01:40 on 1 April in the Netherlands (summer time).
const QByteArray lateMail = "Return-Path: <f.wijnberg@example.nl>\r\n"
                            "From: =?UTF-8?Q?Fenna_Wijnb=C3=A9rg?= <f.wijnberg@example.nl>\r\n"
                            "To: privacy@woonstede.example\r\n"
                            "Subject: =?UTF-8?Q?Inzageverzoek_persoonsgegevens_=E2=80=93_?=\r\n"
                            " =?UTF-8?Q?graag_binnen_een_maand?=\r\n"
                            "Date: Tue, 31 Mar 2026 23:40:00 +0000\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n"
                            "\r\n"
                            "Geachte heer, mevrouw,=0D\r\n"
                            "Ik wil graag inzage in alle gegevens die u van mij heeft, ook de =\r\n"
                            "notities over mijn lekkage. MARKER-ORIGINEEL-31Q\r\n";

QDateTime noon(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

} // namespace

class TestAttachments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mailBecomesRequestReceivedNextDayInAmsterdam();
    void originalRoundTripsAndNeverLeavesTheStore();
    void limits();
    void identityDocumentsAreRefused();
    void savingACopy();
    void roles();
    void dossierShowsTheDayOfReceiptNotTheRegistration();
    void olderStoreLosesTheTypingMomentAsReceipt();
    void mailIsCheckedAtEveryLevel();

private:
    std::optional<Case> addMailRequest(const QByteArray &raw, ServiceError *error,
                                       bool confirmedNotIdentityDocument = false);
    qint64 count(const QString &table) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { noon(QDate(2026, 4, 3)) };
};

void TestAttachments::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    UserService users(*m_store, Session { *m_store, m_clock });
    UserError error;
    QVERIFY2(users.add(u"kcc.anna"_s, u"Anna"_s, Role::Kcc,
                       SecureBytes::fromUtf8(u"kcc wachtwoord 1"_s), &error),
             qPrintable(error.message));
    QVERIFY2(users.add(u"audit.bob"_s, u"Bob"_s, Role::Auditor,
                       SecureBytes::fromUtf8(u"audit wachtwoord 1"_s), &error),
             qPrintable(error.message));
}

std::optional<Case> TestAttachments::addMailRequest(const QByteArray &raw, ServiceError *error,
                                                    bool confirmedNotIdentityDocument)
{
    const auto mail = MailMessage::parse(raw);
    if (!mail)
        return std::nullopt;
    NewCase request;
    request.types = { RequestType::Inzage };
    request.person.relation = Relation::Huurder;
    MailIntake::apply(*mail, &request, false);
    NewAttachment original;
    original.name = u"inzageverzoek.eml"_s;
    original.content = raw;
    original.confirmedNotIdentityDocument = confirmedNotIdentityDocument;
    request.attachments << original;
    return CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, error);
}

void TestAttachments::mailBecomesRequestReceivedNextDayInAmsterdam()
{
    const auto mail = MailMessage::parse(lateMail);
    QVERIFY(mail);
    NewCase request;
    MailIntake::apply(*mail, &request, false);
    QCOMPARE(request.channel, Channel::Email);
    QCOMPARE(request.person.name, u"Fenna Wijnbérg"_s);
    QCOMPARE(request.person.email, u"f.wijnberg@example.nl"_s);
    QCOMPARE(request.description,
             u"Inzageverzoek persoonsgegevens \u2013 graag binnen een maand"_s);
    QCOMPARE(request.receivedDate, QDate(2026, 4, 1));
    QCOMPARE(request.receivedAt, QDateTime(QDate(2026, 3, 31), QTime(23, 40), Qt::UTC));

    // What the officer typed stays: the message fills only what is empty.
    NewCase typed;
    typed.person.name = u"F. Wijnberg"_s;
    typed.receivedDate = QDate(2026, 4, 2);
    MailIntake::apply(*mail, &typed, false);
    QCOMPARE(typed.person.name, u"F. Wijnberg"_s);
    QCOMPARE(typed.receivedDate, QDate(2026, 4, 2));
    QVERIFY(!typed.receivedAt.isValid());

    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    QCOMPARE(c->receivedDate, QDate(2026, 4, 1));
    QCOMPARE(c->receivedAt.toUTC(), QDateTime(QDate(2026, 3, 31), QTime(23, 40), Qt::UTC));
    QCOMPARE(c->registeredAt.toUTC(), m_clock.now());
    QCOMPARE(c->channel, Channel::Email);
    QCOMPARE(c->attachmentCount, 1);
    // The deadlines count from 1 April: the legal month ends on 1 May (a public holiday? no:
    // Koningsdag is 27 April), the policy's 30 days on 1 May as well.
    const CaseDeadlines d
        = CaseService(Session { *m_store, m_clock }).deadlines(*c, nullptr).value();
    QCOMPARE(d.all.legal, QDate(2026, 5, 1));
    QCOMPARE(d.all.policy, QDate(2026, 5, 1));

    // case show --json: received_at with the Dutch offset, the count of files.
    const QJsonObject json = caseToJson(*c, d);
    QCOMPARE(json.value(u"received"_s).toString(), u"2026-04-01"_s);
    QCOMPARE(json.value(u"received_at"_s).toString(), u"2026-04-01T01:40:00+02:00"_s);
    QCOMPARE(json.value(u"attachments"_s).toInt(), 1);
}

void TestAttachments::originalRoundTripsAndNeverLeavesTheStore()
{
    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    AttachmentService files(Session { *m_store, m_clock });
    const auto kept = files.list(c->number, &error);
    QVERIFY2(kept, qPrintable(error.message));
    QCOMPARE(kept->size(), 1);
    const Attachment a = kept->first();
    QCOMPARE(a.name, u"inzageverzoek.eml"_s);
    QCOMPARE(a.kind, AttachmentKind::Origineel);
    QCOMPARE(a.mediaType, u"message/rfc822"_s);
    QCOMPARE(a.size, lateMail.size());
    QCOMPARE(a.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(lateMail, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(a.addedBy, testUser);
    const auto bytes = files.content(c->number, a.id, &error);
    QVERIFY2(bytes, qPrintable(error.message));
    QCOMPARE(*bytes, lateMail);

    // A large binary original with the same marker, then every raw file of the store folder
    // (database, -wal, keyring) is searched for it: only ciphertext is on disk.
    NewAttachment scan;
    scan.name = u"brief-gescand.pdf"_s;
    scan.content = minimalPdf("Brief", QByteArray(2 * 1024 * 1024, 'x') + "MARKER-ORIGINEEL-31Q");
    QVERIFY2(files.add(c->number, scan, &error), qPrintable(error.message));
    // (A server store has no folder: its files are the server's, encrypted by its volume.)
    if (!m_store->isServer()) {
        const QString dir = m_store->directory();
        QCOMPARE(filesContaining(dir, "MARKER-ORIGINEEL-31Q"), QStringList());
        QVERIFY(execSql(m_store->database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QCOMPARE(filesContaining(dir, "MARKER-ORIGINEEL-31Q"), QStringList());
        QCOMPARE(filesContaining(dir, "Fenna"), QStringList());
    }
    // Nor anywhere else this test owns (no temp file on the way).
    QCOMPARE(filesContaining(m_tmp.path(), "MARKER-ORIGINEEL-31Q"), QStringList());

    // Each addition is one audit event with the fingerprint, and the chain verifies.
    const auto events = CaseService(Session { *m_store, m_clock }).timeline(c->number, &error);
    int added = 0;
    for (const AuditEvent &event : events) {
        if (event.action == u"case.attachment_added"_s) {
            ++added;
            QCOMPARE(event.payload.value(u"sha256"_s).toString().size(), 64);
        }
    }
    QCOMPARE(added, 2);
    QVERIFY(CaseService(Session { *m_store, m_clock }).verifyAuditTrail().ok);
}

void TestAttachments::limits()
{
    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    AttachmentService files(Session { *m_store, m_clock });

    // 30 MB: refused, and the message names the limit.
    NewAttachment big;
    big.name = u"scan-hoge-resolutie.pdf"_s;
    big.content = QByteArray(30 * 1024 * 1024, 'p');
    QVERIFY(!files.add(c->number, big, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"25.0 MB"_s) || error.message.contains(u"25,0 MB"_s),
             qPrintable(error.message));
    QVERIFY(!AttachmentService::checkFile(big.name, big.content.size()).isEmpty());
    // ... also at intake, where it leaves no request behind.
    NewCase request;
    request.types = { RequestType::Inzage };
    request.person.name = u"Gerrit Zwaal"_s;
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 3, 30);
    request.attachments << big;
    const int before = countRows(m_store->database(), u"cases"_s);
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error));
    QCOMPARE(countRows(m_store->database(), u"cases"_s), before);
    // Exactly 25 MB is allowed; an empty file is not.
    QVERIFY(AttachmentService::checkFile(u"a.pdf"_s, AttachmentService::maxFileBytes).isEmpty());
    QVERIFY(!AttachmentService::checkFile(u"a.pdf"_s, 0).isEmpty());

    // The store's own limit (Settings → Security), with what is used in the message.
    SecurityPolicy policy = OrganisationSettings(Session { *m_store, m_clock }).security();
    QCOMPARE(policy.attachmentStoreLimitMb, 2048);
    const auto used = AttachmentRepository::usedBytes(m_store->database(), &error);
    QVERIFY(used);
    policy.attachmentStoreLimitMb = 25;
    QVERIFY2(OrganisationSettings(Session { *m_store, m_clock }).saveSecurity(policy, &error),
             qPrintable(error.message));
    NewAttachment fits;
    fits.name = u"bijlage.pdf"_s;
    fits.content = QByteArray(25 * 1024 * 1024 - *used, 'f');
    QVERIFY2(files.add(c->number, fits, &error), qPrintable(error.message));
    NewAttachment over;
    over.name = u"nog-een.pdf"_s;
    over.content = QByteArray(10, 'o');
    QVERIFY(!files.add(c->number, over, &error));
    QVERIFY2(error.message.contains(u"Settings"_s), qPrintable(error.message));
    // An intake whose file does not fit fails after its number was drawn. A store folder gives
    // that number to the next request; a server does not (a sequence per year, so that seats
    // never wait on each other: numbers are unique and rising, not gapless, as the README says).
    NewCase plain = request;
    plain.attachments.clear();
    const auto first
        = CaseService(Session { *m_store, m_clock }).add(plain, BsnCheck::Refuse, &error);
    QVERIFY2(first, qPrintable(error.message));
    NewCase tooMuch = plain;
    tooMuch.attachments << over;
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(tooMuch, BsnCheck::Refuse, &error));
    const auto next
        = CaseService(Session { *m_store, m_clock }).add(plain, BsnCheck::Refuse, &error);
    QVERIFY2(next, qPrintable(error.message));
    const int firstNumber = first->number.section(u'-', 2).toInt();
    QCOMPARE(next->number.section(u'-', 2).toInt(), firstNumber + (m_store->isServer() ? 2 : 1));
    policy.attachmentStoreLimitMb = 2048;
    QVERIFY(OrganisationSettings(Session { *m_store, m_clock }).saveSecurity(policy, &error));
    QVERIFY2(files.add(c->number, over, &error), qPrintable(error.message));
    policy.attachmentStoreLimitMb = 1;
    QVERIFY(!OrganisationSettings(Session { *m_store, m_clock }).saveSecurity(policy, &error));
}

void TestAttachments::identityDocumentsAreRefused()
{
    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    AttachmentService files(Session { *m_store, m_clock });
    const auto count = [&] {
        return files.list(c->number, &error)->size();
    };
    const qsizetype before = count();

    for (const QString &name :
         { u"paspoort.jpg"_s, u"Kopie_ID-kaart voorzijde.png"_s, u"RIJBEWIJS.pdf"_s,
           u"scan identiteitsbewijs.tiff"_s, u"passport-scan.jpeg"_s,
           // Look-alikes a reader reads as the word: digits, Cyrillic letters, an invisible
           // space, full-width letters, accents, a one for an i.
           u"pasp00rt.jpg"_s, u"\u0440\u0430spoort.jpg"_s, u"pas\u200Bpoort.jpg"_s,
           u"\uFF30\uFF41\uFF53\uFF50\uFF4F\uFF4F\uFF52\uFF54.png"_s, u"pa\u0301spoort.jpg"_s,
           u"r1jbew1js.jpg"_s, u"KOPIE-1D.jpg"_s }) {
        QVERIFY2(!AttachmentService::identityDocumentHint(name).isEmpty(), qPrintable(name));
        NewAttachment file;
        file.name = name;
        file.content = "\xFF\xD8\xFF data";
        QVERIFY2(!files.add(c->number, file, &error), qPrintable(name));
        QVERIFY2(error.message.contains(u"identity document"_s), qPrintable(error.message));
    }
    for (const QString &name : { u"brief.pdf"_s, u"idee.txt"_s, u"verzoek-inzage.eml"_s,
                                 u"rapport.pdf"_s, u"kidkaart.pdf"_s, u"paspoortfoto-regels.txt"_s,
                                 u"formulier.pdf"_s, u"legitimeren.docx"_s })
        QVERIFY2(AttachmentService::identityDocumentHint(name).isEmpty(), qPrintable(name));

    // The officer says it is one: refused whatever its name.
    NewAttachment declared;
    declared.name = u"bijlage1.jpg"_s;
    declared.content = "\xFF\xD8\xFF data";
    declared.identityDocument = true;
    QVERIFY(!files.add(c->number, declared, &error));
    // A name that only looks like one, confirmed not to be: kept, and the confirmation audited.
    NewAttachment confirmed;
    confirmed.name = u"reactie op verzoek om paspoort.pdf"_s;
    confirmed.content = minimalPdf();
    confirmed.confirmedNotIdentityDocument = true;
    QVERIFY2(files.add(c->number, confirmed, &error), qPrintable(error.message));
    // An e-mail with a passport attached is refused as a whole.
    const QByteArray withPassport
        = "From: a@example.nl\r\nDate: Wed, 1 Apr 2026 10:00:00 +0200\r\nSubject: id\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
          "--b1\r\nContent-Type: text/plain\r\n\r\nZie bijlage\r\n"
          "--b1\r\nContent-Type: image/jpeg; name=\"paspoort.jpg\"\r\n"
          "Content-Disposition: attachment; filename=\"paspoort.jpg\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b1--\r\n";
    NewAttachment mail;
    mail.name = u"verzoek.eml"_s;
    mail.content = withPassport;
    QVERIFY(!files.add(c->number, mail, &error));
    QVERIFY2(error.message.contains(u"paspoort.jpg"_s), qPrintable(error.message));
    QCOMPARE(count(), before + 1);
}

void TestAttachments::savingACopy()
{
    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    AttachmentService files(Session { *m_store, m_clock });
    const qint64 id = files.list(c->number, &error)->first().id;
    QTemporaryDir out;
    const QString target = out.filePath(u"kopie.eml"_s);
    QVERIFY2(files.saveCopy(c->number, id, target, false, &error), qPrintable(error.message));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), lateMail);
    QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    saved.close();

    // Never over an existing file without overwrite, never into the store's folder.
    QFile existing(out.filePath(u"bestaat.txt"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("van de gebruiker");
    existing.close();
    QVERIFY(!files.saveCopy(c->number, id, existing.fileName(), false, &error));
    QVERIFY2(error.message.contains(u"exists already"_s), qPrintable(error.message));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("van de gebruiker"));
    existing.close();
    QVERIFY2(files.saveCopy(c->number, id, existing.fileName(), true, &error),
             qPrintable(error.message));
    if (!m_store->isServer()) { // a server store has no folder of its own on this computer
        const QString keyring = QDir(m_store->directory()).filePath(u"keyring.pdk"_s);
        QVERIFY(!files.saveCopy(c->number, id, keyring, true, &error));
        QVERIFY2(error.message.contains(u"store's own folder"_s), qPrintable(error.message));
        QVERIFY(!files.saveCopy(c->number, id, QDir(m_store->directory()).filePath(u"nieuw.eml"_s),
                                false, &error));
    }
    // A missing folder is an error, not a silent nothing.
    QVERIFY(!files.saveCopy(c->number, id, out.filePath(u"nergens/kopie.eml"_s), false, &error));
    // A file id of another request is not found through this one.
    QVERIFY(!files.content(u"AVG-2026-9999"_s, id, &error));

    int savedEvents = 0;
    for (const AuditEvent &event :
         CaseService(Session { *m_store, m_clock }).timeline(c->number, &error))
        savedEvents += event.action == u"case.attachment_saved"_s ? 1 : 0;
    QCOMPARE(savedEvents, 2);
}

void TestAttachments::roles()
{
    ServiceError error;
    const auto c = addMailRequest(lateMail, &error);
    QVERIFY2(c, qPrintable(error.message));
    const QString dir = m_store->directory();
    NewAttachment file;
    file.name = u"brief.pdf"_s;
    file.content = minimalPdf();
    // One desk at a time on a store folder (locked while open); a server has many seats, and
    // there the officer counts the refusals, which a KCC login may not read.
    if (!m_store->isServer())
        m_store.reset();
    {
        auto kcc = openServiceStoreAs(dir, u"kcc.anna"_s, u"kcc wachtwoord 1"_s);
        QVERIFY(kcc);
        const Store &counter = m_store ? *m_store : *kcc;
        const int denied = denials(counter);
        QVERIFY(denied >= 0);
        AttachmentService files(Session { *kcc, m_clock });
        QVERIFY(!files.list(c->number, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!files.add(c->number, file, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(counter), denied + 2);
    }
    {
        auto auditor = openServiceStoreAs(dir, u"audit.bob"_s, u"audit wachtwoord 1"_s);
        QVERIFY(auditor);
        AttachmentService files(Session { *auditor, m_clock });
        const auto kept = files.list(c->number, &error);
        QVERIFY2(kept, qPrintable(error.message));
        QVERIFY(files.content(c->number, kept->first().id, &error));
        QVERIFY(!files.add(c->number, file, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    if (!m_store) {
        StoreError storeError;
        m_store = openServiceStore(dir, testUser, testPassword, &storeError);
        QVERIFY2(m_store, qPrintable(storeError.detail()));
    }
}

void TestAttachments::dossierShowsTheDayOfReceiptNotTheRegistration()
{
    // A letter received on 24 March 2026, typed in on 3 April at noon: no time of receipt.
    NewCase request;
    request.types = { RequestType::Verwijdering };
    request.person.name = u"Hendrik Oudeboom"_s;
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 3, 24);
    request.representative = u"Stichting Bewind Noord"_s;
    request.representativeMandate = u"bewindvoerder (beschikking kantonrechter)"_s;
    ServiceError error;
    const auto c
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QVERIFY(!c->receivedAt.isValid());
    QCOMPARE(c->registeredAt.toUTC(), m_clock.now());
    QCOMPARE(c->representativeMandate, request.representativeMandate);
    QVERIFY(
        caseToJson(*c, CaseService(Session { *m_store, m_clock }).deadlines(*c, nullptr).value())
            .value(u"received_at"_s)
            .isNull());

    const auto content = ComplaintDossier(Session { *m_store, m_clock }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString html = ComplaintDossier::toHtml(*content);
    const int received = html.indexOf(u"Received"_s);
    const int registered = html.indexOf(u"Registered in Privacydesk"_s);
    QVERIFY(received >= 0 && registered > received);
    const QString receivedRow = html.mid(received, registered - received);
    QVERIFY2(receivedRow.contains(u"24"_s) && receivedRow.contains(u"2026"_s),
             qPrintable(receivedRow));
    // The registration moment is not passed off as the receipt.
    QVERIFY2(!receivedRow.contains(u"12:00"_s) && !receivedRow.contains(u"14:00"_s),
             qPrintable(receivedRow));
    QVERIFY(html.contains(u"bewindvoerder (beschikking kantonrechter)"_s));
    QVERIFY(html.contains(u"No original of the request is kept"_s));

    // A request with its original lists it, with its fingerprint.
    const auto mailed = addMailRequest(lateMail, &error);
    QVERIFY2(mailed, qPrintable(error.message));
    const auto withOriginal
        = ComplaintDossier(Session { *m_store, m_clock }).collect(mailed->number, &error);
    QVERIFY2(withOriginal, qPrintable(error.message));
    const QString mailHtml = ComplaintDossier::toHtml(*withOriginal);
    QVERIFY(mailHtml.contains(u"inzageverzoek.eml"_s));
    // Printed over lines in its cell (ComplaintDossierParts: hashLinesHtml).
    QVERIFY(QString(mailHtml).remove(u"<br>"_s).contains(
        ComplaintDossier::formatHash(withOriginal->attachments.first().sha256.toLatin1())));

    // Dates of receipt: not in the future, not before 1990.
    request.receivedDate = QDate(1989, 12, 31);
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error));
    request.receivedDate = m_clock.today().addDays(1);
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error));
    request.receivedDate = m_clock.today();
    request.receivedAt = m_clock.now().addSecs(3600);
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error));
    // Received by another user of the store; an unknown one is refused.
    request.receivedAt = {};
    request.receivedBy = u"KCC.Anna"_s;
    const auto byAnna
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(byAnna, qPrintable(error.message));
    QCOMPARE(byAnna->receivedBy, u"kcc.anna"_s);
    request.receivedBy = u"niemand"_s;
    QVERIFY(!CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error));
}

void TestAttachments::olderStoreLosesTheTypingMomentAsReceipt()
{
    if (testBackend() == Backend::Server)
        QSKIP("A store folder's migration (schema 10 to 11): a server store starts at schema 26 "
              "(the pg baseline) and never held the moment of typing as the receipt.");
    // A store as schema 10 left it: received_at NOT NULL, holding the moment of typing when
    // no time was known (equal to created_at), or a real moment (a phone call).
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"oud"_s);
    QStringList indexesBefore;
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        FixedClock clock(noon(QDate(2026, 3, 2)));
        NewCase typed;
        typed.types = { RequestType::Inzage };
        typed.person.name = u"Lotte Brink"_s;
        typed.channel = Channel::Brief;
        typed.receivedDate = QDate(2026, 2, 20);
        ServiceError error;
        QVERIFY2(CaseService(Session { *store, clock }).add(typed, BsnCheck::Refuse, &error),
                 qPrintable(error.message));
        NewCase called = typed;
        called.channel = Channel::Telefoon;
        called.receivedDate = QDate(2026, 3, 2);
        called.receivedAt = clock.now().addSecs(-600);
        QVERIFY2(CaseService(Session { *store, clock }).add(called, BsnCheck::Refuse, &error),
                 qPrintable(error.message));
        QSqlQuery indexes(store->database());
        QVERIFY(indexes.exec(u"SELECT name FROM sqlite_master WHERE tbl_name = 'cases' AND "
                             "type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY name"_s));
        while (indexes.next())
            indexesBefore << indexes.value(0).toString();
        indexes.finish();
        // Back to a genuine schema 10: every table but the store's own (meta, users,
        // settings) dropped, the migrations up to 10 applied again, and the two requests
        // written in the old shape, the letter's received_at being the moment of typing.
        QSqlDatabase db = store->database();
        QString migrationError;
        QVERIFY2(rebuildAtSchema(db, 10, &migrationError), qPrintable(migrationError));
        QCOMPARE(schemaVersion(db), 10);
        QVERIFY(execSql(db,
                        u"INSERT INTO persons (id, name, relation, created_at, created_by) "
                        "VALUES (1, 'Lotte Brink', 'huurder', '2026-03-02T12:00:00.000Z', "
                        "'j.devries')"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO cases (number, person_id, channel, received_at, "
                        "received_date, received_by, state, created_at, updated_at) VALUES "
                        "('AVG-2026-0001', 1, 'brief', '2026-03-02T12:00:00.000Z', "
                        "'2026-02-20', 'j.devries', 'ontvangen', "
                        "'2026-03-02T12:00:00.000Z', '2026-03-02T12:00:00.000Z'), "
                        "('AVG-2026-0002', 1, 'telefoon', '2026-03-02T11:50:00.000Z', "
                        "'2026-03-02', 'j.devries', 'ontvangen', "
                        "'2026-03-02T12:00:01.000Z', '2026-03-02T12:00:01.000Z')"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO case_types (case_id, type) SELECT id, 'inzage' FROM "
                        "cases"_s));
    }
    StoreError storeError;
    auto store = openTestStore(dir, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    QCOMPARE(store->info().schemaVersion, latestSchemaVersion());
    FixedClock clock(noon(QDate(2026, 3, 3)));
    const QList<Case> all = CaseService(Session { *store, clock }).list({}, nullptr);
    QCOMPARE(all.size(), 2);
    for (const Case &c : all) {
        if (c.channel == Channel::Brief)
            QVERIFY(!c.receivedAt.isValid());
        else
            QCOMPARE(c.receivedAt.toUTC(), noon(QDate(2026, 3, 2)).addSecs(-600));
        QVERIFY(c.registeredAt.isValid());
    }
    QSqlQuery indexes(store->database());
    QVERIFY(indexes.exec(u"SELECT name FROM sqlite_master WHERE tbl_name = 'cases' AND "
                         "type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' "
                         "ORDER BY name"_s));
    QStringList indexesAfter;
    while (indexes.next())
        indexesAfter << indexes.value(0).toString();
    QCOMPARE(indexesAfter, indexesBefore);
    // Search still finds the requests (case_search follows the kept ids), references hold.
    QSqlQuery search(store->database());
    QVERIFY(search.exec(u"SELECT count(*) FROM case_search WHERE case_search MATCH 'brink'"_s));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 2);
    search.finish();
    QSqlQuery check(store->database());
    QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!check.next());
    QSqlQuery fk(store->database());
    QVERIFY(fk.exec(u"PRAGMA foreign_keys"_s) && fk.next());
    QCOMPARE(fk.value(0).toInt(), 1);
}

qint64 TestAttachments::count(const QString &table) const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

namespace {

const QByteArray mailHead = "From: Fenna Wijnberg <f.wijnberg@example.nl>\r\n"
                            "To: privacy@woonstede.example\r\n"
                            "Date: Wed, 1 Apr 2026 10:00:00 +0200\r\nMIME-Version: 1.0\r\n";

// A message that forwards inner (a whole message, as message/rfc822) below a line of its own.
QByteArray forwarding(const QByteArray &inner)
{
    return mailHead
        + "Subject: Fwd: verzoek van mijn moeder\r\n"
          "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
          "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
          "Zie het doorgestuurde bericht van mijn moeder.\r\n"
          "--outer\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner + "\r\n--outer--\r\n";
}

// The forwarded message: a text and one more part, in a multipart of its own.
QByteArray inner(const QByteArray &textPart, const QByteArray &secondPart)
{
    return "From: Moeder <m@example.nl>\r\nSubject: Inzage\r\n"
           "Date: Tue, 31 Mar 2026 09:00:00 +0200\r\n"
           "Content-Type: multipart/mixed; boundary=\"inner\"\r\n\r\n"
           "--inner\r\n"
        + textPart + "\r\n--inner\r\n" + secondPart + "\r\n--inner--\r\n";
}

const QByteArray plainPart = "Content-Type: text/plain; charset=utf-8\r\n\r\nHierbij mijn "
                             "verzoek om inzage. Bel mij op 06 12345678, geboren 12.03.1954.";
const QByteArray pdfPart = "Content-Type: application/pdf; name=\"verzoek.pdf\"\r\n"
                           "Content-Disposition: attachment; filename=\"verzoek.pdf\"\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n"
    + minimalPdf().toBase64();

} // namespace

// An e-mail original is read to the bottom before it is kept — every text part,
// every file name, through forwarded messages — through CaseService::add, the path of the
// desk's intake and of `case add --original`.
void TestAttachments::mailIsCheckedAtEveryLevel()
{
    const qint64 cases = count(u"cases"_s);
    const qint64 files = count(u"case_attachments"_s);
    QVERIFY(cases >= 0 && files >= 0);
    ServiceError error;

    // A clean message two levels deep is kept, byte for byte; a phone number and a date of
    // birth are no BSN.
    const QByteArray clean = forwarding(inner(plainPart, pdfPart));
    const auto kept = addMailRequest(clean, &error);
    QVERIFY2(kept, qPrintable(error.message));
    const auto list = AttachmentService(Session { *m_store, m_clock }).list(kept->number, &error);
    QVERIFY2(list && list->size() == 1, qPrintable(error.message));
    QCOMPARE(AttachmentService(Session { *m_store, m_clock })
                 .content(kept->number, list->first().id, &error),
             clean);
    QCOMPARE(count(u"cases"_s), cases + 1);
    QCOMPARE(count(u"case_attachments"_s), files + 1);

    // An ID scan one level down, named in RFC 2231 form: refused unless confirmed, as at top
    // level.
    const QByteArray passport
        = forwarding(inner(plainPart,
                           "Content-Type: image/jpeg\r\nContent-Disposition: attachment;\r\n"
                           " filename*=utf-8''paspoort%2Dscan.jpg\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ"));
    NewAttachment asFile;
    asFile.name = u"verzoek.eml"_s;
    asFile.content = passport;
    QString partName;
    QCOMPARE(AttachmentService::identityDocumentHint(asFile, &partName), u"paspoort"_s);
    QCOMPARE(partName, u"paspoort-scan.jpg"_s);
    QVERIFY(!addMailRequest(passport, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"paspoort-scan.jpg"_s)
                 && error.message.contains(u"identity document"_s),
             qPrintable(error.message));
    QCOMPARE(count(u"cases"_s), cases + 1);
    QVERIFY2(addMailRequest(passport, &error, true), qPrintable(error.message));
    QCOMPARE(count(u"case_attachments"_s), files + 2);

    // A BSN anywhere: refused, with where it is and only the masked number; no override. Two
    // numbers made at run time (one written out could be a real person's).
    const QString first = elfProefNumber(0);
    const QString second = elfProefNumber(1);
    const QByteArray one = first.toLatin1();
    const QByteArray two = second.toLatin1();
    struct Refusal
    {
        const char *what;
        QByteArray raw;
        QString where;
        QString masked;
    };
    const QList<Refusal> refusals {
        { "base64 body",
          mailHead
              + "Subject: Inzage\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n"
              + QByteArray("Geachte heer, mijn BSN is " + one
                           + ". Met vriendelijke gr\xFC"
                             "t")
                    .toBase64(),
          u"in the text of the e-mail"_s, maskedNumber(first) },
        { "quoted-printable, soft line break inside the number, forwarded",
          forwarding(inner("Content-Type: text/plain; charset=windows-1252\r\n"
                           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                           "Mijn nummer is "
                               + two.left(4) + "=\r\n" + two.mid(4) + ", groet van M=E9lanie",
                           pdfPart)),
          u"in the text of the forwarded message “Inzage”"_s, maskedNumber(second) },
        { "HTML only, digits split by tags, forwarded",
          forwarding(inner("Content-Type: text/html; charset=utf-8\r\n\r\n"
                           "<p>BSN <b>"
                               + one.left(4) + "</b>" + one.mid(4) + "</p>",
                           pdfPart)),
          u"in the text of the forwarded message “Inzage”"_s, maskedNumber(first) },
        { "RFC 2047 attachment name, forwarded",
          forwarding(inner(plainPart,
                           "Content-Type: application/pdf;\r\n"
                           " name=\"=?UTF-8?Q?kopie_brief_"
                               + one
                               + ".pdf?=\"\r\n"
                                 "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK")),
          u"in the name of attachment “kopie brief "_s + maskedNumber(first)
              + u".pdf” of the forwarded message “Inzage”"_s,
          maskedNumber(first) },
        { "RFC 2231 attachment name",
          mailHead
              + "Subject: Inzage\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n"
                "--m\r\n"
              + plainPart
              + "\r\n--m\r\nContent-Type: application/pdf\r\n"
                "Content-Disposition: attachment; filename*=utf-8''brief%20"
              + two + ".pdf\r\n\r\n%PDF-1.4\r\n--m--\r\n",
          u"in the name of attachment “brief "_s + maskedNumber(second) + u".pdf”"_s,
          maskedNumber(second) },
        // What a mail program shows at the top: a name in the copy's address.
        { "a display name in Cc",
          mailHead + "Cc: \"Broer " + one
              + "\" <b@example.nl>\r\nSubject: Inzage\r\n\r\n"
                "Graag inzage.\r\n",
          u"in the header field Cc of the e-mail"_s, maskedNumber(first) },
        // A digit nobody sees (display:none) splits the number for a reader of the source.
        { "a digit hidden by display:none",
          mailHead
              + "Subject: Inzage\r\nContent-Type: text/html\r\n\r\n"
                "<p>Mijn nummer: "
              + two.left(5) + "<span style=\"display:none\">0</span>" + two.mid(5) + "</p>\r\n",
          u"in the text of the e-mail"_s, maskedNumber(second) },
    };
    for (const Refusal &refusal : refusals) {
        QVERIFY2(MailMessage::parse(refusal.raw), refusal.what);
        QVERIFY2(!addMailRequest(refusal.raw, &error), refusal.what);
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        QVERIFY2(error.message.contains(refusal.where) && error.message.contains(refusal.masked),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(first) && !error.message.contains(second),
                 qPrintable(error.message));
        QCOMPARE(error.bsnFindings.size(), 1);
        QCOMPARE(error.bsnFindings.first().masked, refusal.masked);
        QCOMPARE(error.bsnFindings.first().field, refusal.where);
        // Confirming that no file is an identity document does not let a BSN through.
        QVERIFY2(!addMailRequest(refusal.raw, &error, true), refusal.what);
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        // Added to an existing request, the same.
        NewAttachment file;
        file.name = u"later.eml"_s;
        file.content = refusal.raw;
        QVERIFY2(!AttachmentService(Session { *m_store, m_clock }).add(kept->number, file, &error),
                 refusal.what);
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    }

    // Forwarded messages nested past what is read: refused, not passed unread.
    QByteArray deep = "From: m@example.nl\r\nSubject: Onderop\r\n\r\nNiets bijzonders.\r\n";
    for (int level = 0; level <= mail::maxScanDepth; ++level)
        deep = mailHead + "Subject: Fwd\r\nContent-Type: message/rfc822\r\n\r\n" + deep;
    QVERIFY(MailMessage::parse(deep));
    QVERIFY(!addMailRequest(deep, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"too deeply nested"_s), qPrintable(error.message));

    QCOMPARE(count(u"cases"_s), cases + 2);
    QCOMPARE(count(u"case_attachments"_s), files + 2);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
