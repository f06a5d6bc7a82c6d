// PDF originals read for the checks: a PDF's text layer goes through the same BSN
// guard and identity-document hint as an e-mail's text, also a PDF attached to an e-mail; a
// scan (no text layer), a picture, a PDF with a password and a damaged one are kept with a
// notice that the officer must check them by eye, and the event records what could be read.
// Runs on both backends.

#include "OutlookWriter.h"
#include "PdfSamples.h"
#include "RequestSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "pdf/PdfText.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// A number that passes the 11-proef, made at run time so that none stands in the tree.
const QString bsn = elfProefNumber();

QByteArray mailWithPdf(const QString &fileName, const QByteArray &pdf)
{
    return "From: a@example.nl\r\nDate: Wed, 1 Apr 2026 10:00:00 +0200\r\nSubject: verzoek\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain\r\n\r\nZie de brief in de bijlage.\r\n"
           "--b1\r\nContent-Type: application/pdf; name=\""
        + fileName.toUtf8() + "\"\r\nContent-Disposition: attachment; filename=\""
        + fileName.toUtf8() + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + pdf.toBase64()
        + "\r\n--b1--\r\n";
}

// An Outlook message with the PDF attached, embedded one level down (a forwarded .msg).
QByteArray outlookWithForwardedPdf(const QString &fileName, const QByteArray &pdf)
{
    const QDateTime delivered(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
    MsgObject inner = exchangeRequest(u"Doorgestuurd: verzoek"_s, u"A. de Vries"_s,
                                      u"a@example.nl"_s, delivered, u"Zie de bijlage."_s);
    MsgObject attachment;
    attachment.integer(0x3705, 1)
        .unicode(0x3707, fileName)
        .unicode(0x3001, fileName)
        .unicode(0x370E, u"application/pdf"_s)
        .binary(0x3701, pdf);
    inner.attachments.push_back(attachment);
    MsgObject forwarded;
    forwarded.integer(0x3705, 5);
    forwarded.embedded.push_back(inner);
    MsgObject outer = exchangeRequest(u"FW: verzoek"_s, u"Balie"_s, u"balie@example.nl"_s,
                                      delivered, u"Doorgestuurd."_s);
    outer.attachments.push_back(forwarded);
    return writeMsg(outer);
}

NewAttachment file(const QString &name, const QByteArray &content, bool confirmed = false)
{
    NewAttachment a;
    a.name = name;
    a.content = content;
    a.kind = AttachmentKind::Correspondentie;
    a.confirmedNotIdentityDocument = confirmed;
    return a;
}

} // namespace

class TestAttachmentPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textLayerIsRead();
    void bsnInTheTextIsRefused();
    void identityDocumentInTheTextIsAsked();
    void scanAndPictureAreToBeCheckedByEye();
    void lockedAndBrokenPdfsAreRefused();
    void pdfInsideAnEmailIsRead();
    void readingIsBounded();
    void pdfInsideAnOutlookMessageIsRead();

private:
    QString layerRecorded(const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC) };
    QString m_number;
};

void TestAttachmentPdf::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    // An open request to add files to (tests/support/RequestSupport.h).
    m_number = addRequest(*m_store, m_clock, u"H. Oudeboom"_s, QDate(2026, 4, 2));
    QVERIFY(!m_number.isEmpty());
}

// The "text_layer" of the newest "case.attachment_added" event for name.
QString TestAttachmentPdf::layerRecorded(const QString &name)
{
    ServiceError error;
    const auto events = CaseService(Session { *m_store, m_clock }).timeline(m_number, &error);
    QString layer = u"(no event)"_s;
    for (const AuditEvent &event : events) {
        if (event.action == u"case.attachment_added"_s
            && event.payload.value(u"name"_s).toString() == name)
            layer = event.payload.value(u"text_layer"_s).toString();
    }
    return layer;
}

void TestAttachmentPdf::textLayerIsRead()
{
    const QByteArray letter
        = samples::textPdf({ { u"Geachte heer, mevrouw,"_s, u"Ik wil inzage in mijn gegevens."_s },
                             { u"Met vriendelijke groet, H. Oudeboom"_s } });
    const PdfText text = PdfText::read(letter);
    QCOMPARE(text.status, PdfText::Status::Read);
    QCOMPARE(text.pageCount, 2);
    QVERIFY(text.complete);
    QVERIFY2(text.pages.at(0).contains(u"inzage in mijn gegevens"_s), qPrintable(text.pages.at(0)));
    QVERIFY(text.pages.at(1).contains(u"Oudeboom"_s));
    QVERIFY(!text.hasNoTextLayer());

    ServiceError error;
    QVERIFY2(AttachmentService(Session { *m_store, m_clock })
                 .add(m_number, file(u"brief.pdf"_s, letter), &error),
             qPrintable(error.message));
    QCOMPARE(AttachmentService::textLayerNotice(u"brief.pdf"_s, letter), QString());
    QCOMPARE(layerRecorded(u"brief.pdf"_s), u"read"_s);
}

void TestAttachmentPdf::bsnInTheTextIsRefused()
{
    const QByteArray letter = samples::textPdf(
        { { u"Geachte heer, mevrouw,"_s }, { u"Mijn burgerservicenummer is "_s + bsn } });
    const NewAttachment withBsn = file(u"brief-met-nummer.pdf"_s, letter);
    // Refused before it is kept (the desk asks this when the file is picked) ...
    const ServiceError early = AttachmentService::mailContentRefusal(withBsn);
    QCOMPARE(early.code, ServiceError::Code::BsnRefused);
    // ... and when it would be kept, with the page and the masked number, never the number.
    ServiceError error;
    QVERIFY(!AttachmentService(Session { *m_store, m_clock }).add(m_number, withBsn, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY2(error.message.contains(u"on page 2 (*****%1)"_s.arg(bsn.right(4))),
             qPrintable(error.message));
    QVERIFY(error.message.contains(u"brief-met-nummer.pdf"_s));
    QVERIFY(!error.message.contains(bsn));
    QCOMPARE(error.bsnFindings.size(), 1);
    QCOMPARE(layerRecorded(u"brief-met-nummer.pdf"_s), u"(no event)"_s);
}

void TestAttachmentPdf::identityDocumentInTheTextIsAsked()
{
    const QByteArray passport
        = samples::textPdf({ { u"KONINKRIJK DER NEDERLANDEN"_s, u"PASPOORT"_s },
                             { u"P<NLDJANSEN<<PIETER<<<<<<<<<<<<<<<<<<<<<<<<"_s } });
    QString where;
    QCOMPARE(AttachmentService::identityDocumentTextHint(file(u"scan1.pdf"_s, passport), &where),
             u"PASPOORT"_s);
    QCOMPARE(where, u"on page 1"_s);
    // Only the machine-readable zone.
    const QByteArray zone = samples::textPdf(
        { { u"Bijlage"_s },
          { u"IDNLDSPECI20142999999990<<<<<8"_s, u"JANSEN<<PIETER<<<<<<<<<<<<<<<"_s } });
    const QString zoneHint
        = AttachmentService::identityDocumentTextHint(file(u"bijlage.pdf"_s, zone), &where);
    QVERIFY2(zoneHint.contains(u"IDNLD"_s), qPrintable(zoneHint));
    QCOMPARE(where, u"on page 2"_s);
    // A letter that only names a passport in passing is no hint.
    const QByteArray letter
        = samples::textPdf({ { u"Mijn paspoort laat ik zien aan de balie."_s } });
    QCOMPARE(AttachmentService::identityDocumentTextHint(file(u"brief2.pdf"_s, letter), &where),
             QString());

    ServiceError error;
    AttachmentService files(Session { *m_store, m_clock });
    QVERIFY(!files.add(m_number, file(u"scan1.pdf"_s, passport), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(
        error.message.contains(u"The text of scan1.pdf suggests a copy of an identity document"_s),
        qPrintable(error.message));
    QVERIFY(error.message.contains(u"on page 1"_s));
    QVERIFY(!files.add(m_number, file(u"bijlage.pdf"_s, zone), &error));
    // Confirmed not to be one: kept, the confirmation on the trail.
    QVERIFY2(files.add(m_number, file(u"scan1.pdf"_s, passport, true), &error),
             qPrintable(error.message));
    ServiceError read;
    bool confirmed = false;
    for (const AuditEvent &event :
         CaseService(Session { *m_store, m_clock }).timeline(m_number, &read))
        if (event.payload.value(u"name"_s).toString() == u"scan1.pdf"_s)
            confirmed = event.payload.value(u"confirmed_not_identity_document"_s).toBool();
    QVERIFY(confirmed);
}

void TestAttachmentPdf::scanAndPictureAreToBeCheckedByEye()
{
    const QByteArray scan = samples::scanPdf(2);
    const PdfText text = PdfText::read(scan);
    QCOMPARE(text.status, PdfText::Status::Read);
    QCOMPARE(text.pageCount, 2);
    QVERIFY(text.hasNoTextLayer());
    // Kept (the number in the picture cannot be read), with the notice, and recorded.
    ServiceError error;
    AttachmentService files(Session { *m_store, m_clock });
    QVERIFY2(files.add(m_number, file(u"gescande-brief.pdf"_s, scan), &error),
             qPrintable(error.message));
    const QString notice = AttachmentService::textLayerNotice(u"gescande-brief.pdf"_s, scan);
    QVERIFY2(
        notice.contains(u"gescande-brief.pdf is a scan without a text layer: check it yourself "
                        "for a BSN and an identity document"_s),
        qPrintable(notice));
    QCOMPARE(layerRecorded(u"gescande-brief.pdf"_s), u"none"_s);

    // A picture has no text layer either: the same words, the same record.
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    QVERIFY(files.add(m_number, file(u"foto.png"_s, png), &error));
    QVERIFY(AttachmentService::textLayerNotice(u"foto.png"_s, png)
                .contains(u"foto.png is a picture without a text layer: check it yourself"_s));
    QCOMPARE(layerRecorded(u"foto.png"_s), u"none"_s);
    // A text file says nothing of the sort.
    QCOMPARE(AttachmentService::textLayerNotice(u"notitie.txt"_s, "gewoon tekst"), QString());
}

// What cannot be read cannot be checked for a BSN: refused, never kept unread. Alone and
// attached to an e-mail alike.
void TestAttachmentPdf::lockedAndBrokenPdfsAreRefused()
{
    const QByteArray letter = samples::textPdf({ { u"Mijn BSN is "_s + bsn } });
    const QByteArray locked = samples::encryptedPdf(letter);
    QVERIFY(!locked.isEmpty());
    QCOMPARE(PdfText::read(locked).status, PdfText::Status::Locked);
    const QByteArray broken = samples::truncatedPdf(letter);
    QCOMPARE(PdfText::read(broken).status, PdfText::Status::Unreadable);

    ServiceError error;
    AttachmentService files(Session { *m_store, m_clock });
    QVERIFY(!files.add(m_number, file(u"beveiligd.pdf"_s, locked), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.startsWith(u"The PDF beveiligd.pdf is protected by a password and so "
                                      "cannot be checked"_s),
             qPrintable(error.message));
    QVERIFY(!files.add(m_number, file(u"kapot.pdf"_s, broken), &error));
    QVERIFY2(error.message.startsWith(u"The PDF kapot.pdf cannot be read (it is damaged or no "
                                      "real PDF)"_s),
             qPrintable(error.message));
    QCOMPARE(AttachmentService::mailContentRefusal(file(u"kapot.pdf"_s, broken)).message,
             error.message);
    const QByteArray mail = "From: a@example.nl\r\nSubject: Verzoek\r\nDate: Wed, 1 Apr 2026 "
                            "10:00:00 +0200\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n"
                            "--m\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--m\r\n"
                            "Content-Type: application/pdf; name=\"beveiligd.pdf\"\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n"
        + locked.toBase64() + "\r\n--m--\r\n";
    QVERIFY(!files.add(m_number, file(u"verzoek.eml"_s, mail), &error));
    QVERIFY2(error.message.startsWith(u"The e-mail verzoek.eml is not kept: The PDF beveiligd.pdf "
                                      "is protected by a password"_s),
             qPrintable(error.message));
    QCOMPARE(layerRecorded(u"beveiligd.pdf"_s), u"(no event)"_s);
}

void TestAttachmentPdf::pdfInsideAnEmailIsRead()
{
    const QByteArray withBsn = samples::textPdf({ { u"Mijn BSN is "_s + bsn } });
    const NewAttachment mail = file(u"verzoek.eml"_s, mailWithPdf(u"brief.pdf"_s, withBsn));
    ServiceError error;
    AttachmentService files(Session { *m_store, m_clock });
    QVERIFY(!files.add(m_number, mail, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY2(error.message.contains(
                 u"in the text of attachment “brief.pdf” (*****%1)"_s.arg(bsn.right(4))),
             qPrintable(error.message));
    QCOMPARE(AttachmentService::mailContentRefusal(mail).code, ServiceError::Code::BsnRefused);

    const NewAttachment passport = file(
        u"verzoek2.eml"_s, mailWithPdf(u"bijlage.pdf"_s, samples::textPdf({ { u"PASPOORT"_s } })));
    QVERIFY(!files.add(m_number, passport, &error));
    QVERIFY2(error.message.contains(u"PASPOORT"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"bijlage.pdf"_s));

    // A scan attached to an e-mail: kept, with the notice naming both.
    const QByteArray scanned = mailWithPdf(u"scan.pdf"_s, samples::scanPdf());
    QVERIFY2(files.add(m_number, file(u"verzoek3.eml"_s, scanned), &error),
             qPrintable(error.message));
    const QString notice = AttachmentService::textLayerNotice(u"verzoek3.eml"_s, scanned);
    QVERIFY2(
        notice.contains(u"In the e-mail verzoek3.eml: scan.pdf is a scan without a text layer"_s),
        qPrintable(notice));
}

// As for an .eml: a PDF in a message embedded in an Outlook .msg is read for the checks.
void TestAttachmentPdf::pdfInsideAnOutlookMessageIsRead()
{
    const QByteArray withBsn = samples::textPdf({ { u"Mijn BSN is "_s + bsn } });
    const NewAttachment message
        = file(u"verzoek.msg"_s, outlookWithForwardedPdf(u"brief.pdf"_s, withBsn));
    ServiceError error;
    AttachmentService files(Session { *m_store, m_clock });
    QVERIFY(!files.add(m_number, message, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY2(error.message.contains(u"brief.pdf"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"*****"_s + bsn.right(4)), qPrintable(error.message));
    QVERIFY(!error.message.contains(bsn));

    const QByteArray scanned = outlookWithForwardedPdf(u"scan.pdf"_s, samples::scanPdf());
    QVERIFY2(files.add(m_number, file(u"verzoek2.msg"_s, scanned), &error),
             qPrintable(error.message));
    const QString notice = AttachmentService::textLayerNotice(u"verzoek2.msg"_s, scanned);
    QVERIFY2(notice.contains(u"scan.pdf is a scan without a text layer"_s), qPrintable(notice));
}

// Past pdf::maxPages pages a PDF is not read to its end: refused (a file of more than a
// thousand pages is split by the officer into the parts that matter).
void TestAttachmentPdf::readingIsBounded()
{
    QList<QStringList> pages;
    for (int page = 0; page <= pdf::maxPages; ++page)
        pages << QStringList { u"Pagina %1"_s.arg(page + 1) };
    const QByteArray big = samples::textPdf(pages);
    const PdfText text = PdfText::read(big);
    QCOMPARE(text.pageCount, pdf::maxPages + 1);
    QCOMPARE(text.pages.size(), pdf::maxPages);
    QVERIFY(!text.complete);
    const ServiceError refused = AttachmentService::mailContentRefusal(file(u"dik.pdf"_s, big));
    QCOMPARE(refused.code, ServiceError::Code::Invalid);
    QVERIFY2(refused.message.startsWith(u"The PDF dik.pdf is too long to be checked in full"_s),
             qPrintable(refused.message));
    ServiceError error;
    QVERIFY(!AttachmentService(Session { *m_store, m_clock })
                 .add(m_number, file(u"dik.pdf"_s, big), &error));
    QCOMPARE(error.message, refused.message);
}

int main(int argc, char **argv)
{
    // QPdfWriter draws the test's PDFs: a QGuiApplication (offscreen). Reading them does not
    // need one (the CLI's test proves that).
    QGuiApplication app(argc, argv);
    TestAttachmentPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_attachmentpdf.moc"
