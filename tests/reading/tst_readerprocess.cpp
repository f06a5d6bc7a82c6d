// An untrusted file is read by privacydesk-reader, a process of its own with a time and a memory
// limit: a PDF whose page tree loops, a deflate bomb and a file that crashes the reader are
// refused with a Dutch reason, the desk goes on, and what was read comes back whole.

#include "TestSupport.h"
#include "cases/Attachments.h"
#include "reading/ReaderProcess.h"
#include "util/Translations.h"

#include <QByteArray>
#include <QList>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using pd::test::loopingPdf;
using pd::test::pdfOfObjects;

QByteArray streamOf(const QByteArray &data, const QByteArray &filter = {})
{
    return "<< /Length " + QByteArray::number(data.size())
        + (filter.isEmpty() ? QByteArray() : " /Filter " + filter) + " >>\nstream\n" + data
        + "\nendstream";
}

const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>";
const QByteArray font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const QByteArray letter = "BT /F1 12 Tf 72 720 Td (Mijn BSN is 111222334) Tj ET";

QByteArray plainPdf(const QByteArray &before = {})
{
    return pdfOfObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, streamOf(letter),
                          font },
                        before);
}

const pd::ReaderLimits tight { 2, 128 };

} // namespace

class TestReaderProcess : public QObject
{
    Q_OBJECT
private slots:
    void aPdfIsReadInTheReader();
    void aPdfAfterJunkIsReadAsAPdf();
    void anEmailComesBackWhole();
    void aPageTreeThatLoopsIsRefusedAtTheTimeLimit();
    void theReaderDrawsThePagesTheViewerShows();
    void aDeflateBombIsRefusedAtTheMemoryLimit();
    void aReadingIsKeptForTheNextCheck();
    void theIntakeViewerAndDossierReadMailInTheReader();
    void theReaderSpeaksTheDesksLanguage_data();
    void theReaderSpeaksTheDesksLanguage();
    void theReaderCannotReachOutOfItsCage();
};

void TestReaderProcess::aPdfIsReadInTheReader()
{
    const pd::ReaderProcess::Result result
        = pd::ReaderProcess::readUncached(u"brief.pdf"_s, plainPdf(), pd::ReaderLimits {});
    QCOMPARE(result.outcome, pd::ReaderProcess::Outcome::Read);
    QVERIFY(result.refusal.isEmpty());
    QCOMPARE(result.reading->mediaType, u"application/pdf"_s);
    QCOMPARE(result.reading->pdfs.size(), 1);
    const pd::PdfText &text = result.reading->pdfs.first().text;
    QCOMPARE(text.status, pd::PdfText::Status::Read);
    QCOMPARE(text.pageCount, 1);
    QVERIFY2(text.pages.first().contains(u"111222334"_s), qPrintable(text.pages.first()));
}

// PDF readers open a file whose "%PDF-" comes after a newline or other bytes; so must the guard.
void TestReaderProcess::aPdfAfterJunkIsReadAsAPdf()
{
    for (const QByteArray &before : { QByteArray("\r\n"), QByteArray("\n\n\n"),
                                      QByteArray("Dit is geen kop\n"), QByteArray(900, 'x') }) {
        const pd::ReaderProcess::Result result = pd::ReaderProcess::readUncached(
            u"brief.pdf"_s, plainPdf(before), pd::ReaderLimits {});
        QCOMPARE(result.outcome, pd::ReaderProcess::Outcome::Read);
        QCOMPARE(result.reading->mediaType, u"application/pdf"_s);
        QCOMPARE(result.reading->pdfs.size(), 1);
        QVERIFY(result.reading->pdfs.first().text.pages.value(0).contains(u"111222334"_s));
    }
}

void TestReaderProcess::anEmailComesBackWhole()
{
    const QByteArray mail = "From: \"Jan de Vries\" <jan@example.nl>\r\n"
                            "To: privacy@woonstede.nl\r\n"
                            "Subject: Inzageverzoek =?utf-8?q?=C3=A9=C3=A9n?=\r\n"
                            "Date: Mon, 4 May 2026 10:00:00 +0200\r\n"
                            "Message-ID: <abc@example.nl>\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                            "Graag inzage in mijn gegevens.\r\n"
                            "--b\r\nContent-Type: application/pdf\r\n"
                            "Content-Disposition: attachment; filename=brief.pdf\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n"
        + plainPdf().toBase64() + "\r\n--b--\r\n";
    const pd::ReaderProcess::Result result
        = pd::ReaderProcess::readUncached(u"verzoek.eml"_s, mail, pd::ReaderLimits {});
    QCOMPARE(result.outcome, pd::ReaderProcess::Outcome::Read);
    const pd::FileReading &reading = *result.reading;
    QVERIFY(reading.isMail);
    QCOMPARE(reading.mediaType, u"message/rfc822"_s);
    QVERIFY(reading.message);
    QCOMPARE(reading.message->subject, u"Inzageverzoek één"_s);
    QCOMPARE(reading.message->from.name, u"Jan de Vries"_s);
    QCOMPARE(reading.message->messageId, u"abc@example.nl"_s);
    QCOMPARE(reading.message->date, QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    QVERIFY(reading.message->text.contains(u"Graag inzage"_s));
    QCOMPARE(reading.message->attachments.size(), 1);
    QCOMPARE(reading.message->attachments.first().content, plainPdf());
    QVERIFY(reading.scan && reading.scan->complete);
    QCOMPARE(reading.pdfs.size(), 1);
    QCOMPARE(reading.pdfs.first().fileName, u"brief.pdf"_s);
    QVERIFY(reading.pdfs.first().text.pages.value(0).contains(u"111222334"_s));
}

void TestReaderProcess::aPageTreeThatLoopsIsRefusedAtTheTimeLimit()
{
    const QByteArray loop = loopingPdf();
    const pd::ReaderProcess::Result result
        = pd::ReaderProcess::readUncached(u"lus.pdf"_s, loop, tight);
    QCOMPARE(result.outcome, pd::ReaderProcess::Outcome::TimedOut);
    QVERIFY(!result.reading);
    QVERIFY2(result.refusal.startsWith(u"lus.pdf could not be read within 2 second"_s),
             qPrintable(result.refusal));
    // The desk goes on: the next file is read.
    QCOMPARE(pd::ReaderProcess::readUncached(u"brief.pdf"_s, plainPdf(), tight).outcome,
             pd::ReaderProcess::Outcome::Read);
}

// The desk's PDF viewer shows pictures the reader draws: the page asked for, as wide as asked,
// with the number of pages; a page beyond them, a damaged file and a loop say so.
void TestReaderProcess::theReaderDrawsThePagesTheViewerShows()
{
    // Two pages, the second with a line of text that the first lacks.
    const QByteArray empty = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
    const QByteArray pdf = pdfOfObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                                          "<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 2 >>", page,
                                          streamOf(letter), font, empty });
    const auto second = pd::ReaderProcess::drawPage(pdf, 1, 600);
    QCOMPARE(second.outcome, pd::ReaderProcess::Outcome::Read);
    QCOMPARE(second.page.status, pd::PdfPage::Status::Drawn);
    QCOMPARE(second.page.pageCount, 2);
    QCOMPARE(second.page.image.width(), 600);
    QVERIFY(second.page.image.height() > 600); // an A4 page stands upright
    const auto first = pd::ReaderProcess::drawPage(pdf, 0, 600);
    QVERIFY(first.page.image != second.page.image);
    QCOMPARE(pd::ReaderProcess::drawPage(pdf, 2, 600).page.status, pd::PdfPage::Status::NoSuchPage);
    // Asked too wide, it is drawn at the limit.
    QCOMPARE(pd::ReaderProcess::drawPage(pdf, 0, 100000).page.image.width(), pd::PdfPage::maxWidth);
    QCOMPARE(pd::ReaderProcess::drawPage(pdf.left(pdf.size() / 3), 0, 600).page.status,
             pd::PdfPage::Status::Unreadable);
    const pd::ReaderLimits before = pd::ReaderProcess::limits();
    pd::ReaderProcess::setLimits(tight);
    const auto loop = pd::ReaderProcess::drawPage(loopingPdf(), 0, 600);
    pd::ReaderProcess::setLimits(before);
    QCOMPARE(loop.outcome, pd::ReaderProcess::Outcome::TimedOut);
}

// 256 MB of spaces in one content stream, a few hundred KB compressed: PDFium inflates it whole.
void TestReaderProcess::aDeflateBombIsRefusedAtTheMemoryLimit()
{
    // qCompress writes the length in four bytes before a zlib stream, which FlateDecode reads.
    const QByteArray deflated = qCompress(QByteArray(256 * 1024 * 1024, ' '), 9).mid(4);
    QVERIFY(deflated.size() < 1024 * 1024);
    const QByteArray bomb = pdfOfObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                                           "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                                           streamOf(deflated, "/FlateDecode"), font });
    const pd::ReaderProcess::Result result
        = pd::ReaderProcess::readUncached(u"bom.pdf"_s, bomb, tight);
    QVERIFY2(result.outcome == pd::ReaderProcess::Outcome::OutOfMemory
                 || result.outcome == pd::ReaderProcess::Outcome::Failed,
             qPrintable(result.refusal));
    QVERIFY(!result.reading);
    QVERIFY2(result.refusal.startsWith(u"bom.pdf "_s), qPrintable(result.refusal));
    QVERIFY2(result.refusal.contains(u"128 MB of memory"_s), qPrintable(result.refusal));
}

// The checks at intake and at the insert ask for the same file: the reader runs once. A file
// that timed out is not read again either (the second answer comes from memory).
void TestReaderProcess::aReadingIsKeptForTheNextCheck()
{
    pd::ReaderProcess::setLimits(tight);
    const QByteArray loop = loopingPdf();
    const pd::ReaderProcess::Result first = pd::ReaderProcess::read(u"lus.pdf"_s, loop);
    QCOMPARE(first.outcome, pd::ReaderProcess::Outcome::TimedOut);
    // Now with limits under which the reader could not even start: the kept answer is given.
    pd::ReaderProcess::setLimits({ 2, 1 });
    const pd::ReaderProcess::Result again = pd::ReaderProcess::read(u"lus.pdf"_s, loop);
    QCOMPARE(again.outcome, pd::ReaderProcess::Outcome::TimedOut);
    // Another name is another reading (the name decides .msg and .eml).
    QVERIFY(pd::ReaderProcess::read(u"lus2.pdf"_s, loop).outcome
            != pd::ReaderProcess::Outcome::TimedOut);
    pd::ReaderProcess::setLimits({});
}

// AttachmentService::readMail, what the intake, the viewer and the dossier read an e-mail with:
// an e-mail carrying a PDF whose page tree loops is answered at the time limit, not hung on.
void TestReaderProcess::theIntakeViewerAndDossierReadMailInTheReader()
{
    pd::ReaderProcess::setLimits(tight);
    const QByteArray loop = loopingPdf();
    const QByteArray mail = "From: a@example.nl\r\nSubject: Verzoek\r\n"
                            "Date: Mon, 4 May 2026 10:00:00 +0200\r\n"
                            "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                            "--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n"
                            "--b\r\nContent-Type: application/pdf; name=lus.pdf\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n"
        + loop.toBase64() + "\r\n--b--\r\n";
    QString why;
    QVERIFY(!pd::AttachmentService::readMail(u"verzoek.eml"_s, mail, &why));
    QVERIFY2(why.startsWith(u"verzoek.eml could not be read within 2 second"_s), qPrintable(why));
    const pd::ServiceError refused
        = pd::AttachmentService::mailContentRefusal({ u"verzoek.eml"_s, mail });
    QCOMPARE(refused.message, why);
    pd::ReaderProcess::setLimits({});
}

void TestReaderProcess::theReaderSpeaksTheDesksLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notMail");
    QTest::addColumn<QString>("damaged");
    QTest::addColumn<QString>("outlook");
    QTest::addColumn<QString>("timedOut");
    QTest::newRow("nl")
        << u"nl"_s
        << u"Dit bestand is geen e-mail: het begint niet met kopregels met From, "
           "Date of Subject."_s
        << u"Het bestand is beschadigd of geen Outlook-bericht: de opbouw ervan "
           "kan niet worden gelezen."_s
        << u"Het Outlook-bericht kan niet worden gelezen: "_s
        << u"lus.pdf kon niet binnen 2 seconden worden gelezen en is niet bewaard"_s;
    QTest::newRow("en") << u"en"_s
                        << u"This file is not an e-mail: it does not begin with a header block "
                           "holding From, Date or Subject."_s
                        << u"The file is damaged or not an Outlook message: its structure cannot "
                           "be read."_s
                        << u"The Outlook message cannot be read: "_s
                        << u"lus.pdf could not be read within 2 seconds and was not kept"_s;
}

// What the reader says of a file itself (a letter that is no e-mail, a damaged Outlook file)
// reaches the intake and the complaint dossier in the desk's language, as the refusals the desk
// words (a reading stopped at the time limit) do.
void TestReaderProcess::theReaderSpeaksTheDesksLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, notMail);
    QFETCH(QString, damaged);
    QFETCH(QString, outlook);
    QFETCH(QString, timedOut);
    const auto english = qScopeGuard([] { pd::installTranslations(pd::UiLanguage::English); });
    QVERIFY(pd::installTranslations(pd::languageFromCode(language)));

    const QByteArray noMail = "Geachte heer, mevrouw,\r\n\r\nGraag inzage in mijn gegevens.\r\n";
    const pd::ReaderProcess::Result read
        = pd::ReaderProcess::readUncached(u"brief.eml"_s, noMail, pd::ReaderLimits {});
    QCOMPARE(read.outcome, pd::ReaderProcess::Outcome::Read);
    QVERIFY(read.reading->isMail && !read.reading->message);
    QCOMPARE(read.reading->messageError, notMail);
    QString why;
    QVERIFY(!pd::AttachmentService::readMail(u"brief.eml"_s, noMail, &why));
    QCOMPARE(why, notMail);

    // A compound file's signature and nothing a compound file holds.
    const QByteArray compound
        = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, 'x');
    const pd::ReaderProcess::Result msg
        = pd::ReaderProcess::readUncached(u"kapot.msg"_s, compound, pd::ReaderLimits {});
    QCOMPARE(msg.outcome, pd::ReaderProcess::Outcome::Read);
    QVERIFY(msg.reading->scan);
    QCOMPARE(msg.reading->scan->problem, damaged);
    QCOMPARE(msg.reading->messageError, outlook + damaged);
    const pd::ServiceError refused
        = pd::AttachmentService::mailContentRefusal({ u"kapot.msg"_s, compound });
    QVERIFY2(refused.message.endsWith(damaged), qPrintable(refused.message));

    const pd::ReaderProcess::Result loop
        = pd::ReaderProcess::readUncached(u"lus.pdf"_s, loopingPdf(), tight);
    QCOMPARE(loop.outcome, pd::ReaderProcess::Outcome::TimedOut);
    QVERIFY2(loop.refusal.startsWith(timedOut), qPrintable(loop.refusal));
}

// The reader as it runs for a file, asked to try what a taken-over reader would: open a
// socket, run a program, write or remove a file, signal the desk. Its filter refuses each.
void TestReaderProcess::theReaderCannotReachOutOfItsCage()
{
    const std::optional<pd::ReaderProcess::CageProbe> probe = pd::ReaderProcess::probeCage();
    QVERIFY(probe);
    QVERIFY(probe->socketRefused);
    QVERIFY(probe->execRefused);
    QVERIFY(probe->writeOpenRefused);
    QVERIFY(probe->unlinkRefused);
    QVERIFY(probe->signalRefused);
}

QTEST_GUILESS_MAIN(TestReaderProcess)
#include "tst_readerprocess.moc"
