// A PDF reader shows more than the pages draw: comments (a sticky note, a text box), form field
// values and the files a PDF carries. A BSN there is as much in the file as one on a page: the
// reader reads them (with qpdf), and the desk refuses the file as for a BSN on a page. An
// embedded file is read as a file in its own right, to a bounded depth; one that cannot be read
// whole is refused, never kept unread. The BSN is made at run time (pd::test::elfProefNumber):
// one written out could be a real person's; the PDFs are built around it, their lengths and
// cross-reference tables counted then.

#include "TestSupport.h"
#include "cases/Attachments.h"
#include "reading/ReaderProcess.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray bsn = pd::test::elfProefNumber().toLatin1();

QByteArray streamOf(const QByteArray &data, const QByteArray &extra = {})
{
    return "<< /Length " + QByteArray::number(data.size()) + extra + " >>\nstream\n" + data
        + "\nendstream";
}

// Objects 1-5 are a one-page letter without a number; the catalog and the page get extra
// entries, extra objects are numbered from 6 on.
QByteArray letterWith(const QByteArray &catalog, const QByteArray &page,
                      const QList<QByteArray> &extra = {})
{
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R "
            + page + " >>",
        streamOf("BT /F1 12 Tf 72 760 Td (Geachte heer, mevrouw) Tj ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    return pd::test::pdfOfObjects(objects + extra);
}

// A letter that carries file (as object 6 and 7, in its /EmbeddedFiles).
QByteArray carrying(const QByteArray &name, const QByteArray &file, const QByteArray &extra = {})
{
    return letterWith(
        "/Names << /EmbeddedFiles << /Names [(" + name + ") 6 0 R] >> >>", {},
        { "<< /Type /Filespec /F (" + name + ") /UF (" + name + ") /EF << /F 7 0 R >> >>",
          streamOf(file, " /Type /EmbeddedFile" + extra) });
}

// qpdf --check: the test's PDF is a valid one, so what the reader does with it is its own.
bool qpdfChecks(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"toets.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return false;
    file.close();
    QProcess qpdf;
    qpdf.start(u"qpdf"_s, { u"--check"_s, file.fileName() });
    return qpdf.waitForFinished() && qpdf.exitStatus() == QProcess::NormalExit
        && qpdf.exitCode() == 0;
}

pd::ServiceError refusalOf(const QByteArray &pdf)
{
    return pd::AttachmentService::mailContentRefusal({ u"brief.pdf"_s, pdf });
}

const QByteArray mail = "From: a@example.nl\r\nSubject: Verzoek\r\n"
                        "Date: Mon, 4 May 2026 10:00:00 +0200\r\n"
                        "Content-Type: text/plain\r\n\r\nMijn nummer: "
    + bsn + "\r\n";

} // namespace

class TestPdfParts : public QObject
{
    Q_OBJECT
private slots:
    void aBsnBeyondThePagesIsRefused_data();
    void aBsnBeyondThePagesIsRefused();
    void partsWithoutABsnAreKept();
    void aFileEmbeddedTooDeeplyIsRefused();
    void anEmbeddedFileThatCannotBeDecodedIsRefused();
    void aPdfAttachedToAnEmailIsReadWithItsParts();
    void anIdentityDocumentBeyondThePagesIsHinted();
};

void TestPdfParts::aBsnBeyondThePagesIsRefused_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("where");
    QTest::newRow("sticky note") << letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /Text /Rect [50 50 70 70] /Contents (BSN " + bsn + ") >>" })
                                 << u"in a comment on page 1"_s;
    QTest::newRow("text box") << letterWith({}, "/Annots [6 0 R]",
                                            { "<< /Type /Annot /Subtype /FreeText /Rect [50 50 "
                                              "300 90] /DA (/Helv 10 Tf 0 g) /Contents "
                                              "(Mijn BSN: "
                                              + bsn + ") >>" })
                              << u"in a comment on page 1"_s;
    // Its /Contents holds no number; its rich text does, its first digit as a character
    // reference and the rest split by a tag.
    QTest::newRow("rich text only") << letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /FreeText /Rect [50 50 300 90] /DA (/Helv 10 Tf 0 g) "
          "/Contents (zie hieronder) /RC (<?xml version=\"1.0\"?><body "
          "xmlns=\"http://www.w3.org/1999/xhtml\"><p>nummer &#"
          + QByteArray::number(bsn.at(0)) + ';' + bsn.mid(1, 4) + "<span>" + bsn.mid(5)
          + "</span></p></body>) >>" })
                                    << u"in a comment on page 1"_s;
    QTest::newRow("form field value") << letterWith("/AcroForm << /Fields [6 0 R] >>", {},
                                                    { "<< /FT /Tx /T (bsn) /V (" + bsn + ") >>" })
                                      << u"in form field “bsn”"_s;
    // The value on a widget two levels down, inherited from neither: /Kids in /Kids.
    QTest::newRow("nested kids") << letterWith(
        "/AcroForm << /Fields [6 0 R] >>", "/Annots [8 0 R]",
        { "<< /T (aanvrager) /Kids [7 0 R] >>", "<< /T (nummers) /Parent 6 0 R /Kids [8 0 R] >>",
          "<< /Type /Annot /Subtype /Widget /FT /Tx /T (bsn) /Parent 7 0 R /Rect [50 50 300 "
          "70] /P 3 0 R /V ("
              + bsn + ") >>" }) << u"in form field “aanvrager.nummers.bsn”"_s;
    // No value, only the default a reset of the form puts back.
    QTest::newRow("default value") << letterWith("/AcroForm << /Fields [6 0 R] >>", {},
                                                 { "<< /FT /Tx /T (bsn) /DV (" + bsn + ") >>" })
                                   << u"in form field “bsn”"_s;
    // A widget that the form's /Fields do not list: a PDF reader shows its value all the same.
    QTest::newRow("widget outside the form") << letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /Widget /FT /Tx /T (los) /Rect [50 50 300 70] /P 3 0 R "
          "/V ("
          + bsn + ") >>" }) << u"in form field “los”"_s;
    QTest::newRow("embedded text file")
        << carrying("bsn.txt", "Naam: J. Jansen\nBSN: " + bsn + '\n')
        << u"in embedded file “bsn.txt”"_s;
    QTest::newRow("embedded json")
        << carrying("gegevens.json", R"({"naam": "Jansen", "bsn": ")" + bsn + R"("})")
        << u"in embedded file “gegevens.json”"_s;
    QTest::newRow("embedded compressed")
        << carrying("bsn.txt", qCompress("BSN: " + bsn, 9).mid(4), " /Filter /FlateDecode")
        << u"in embedded file “bsn.txt”"_s;
    QTest::newRow("embedded e-mail")
        << carrying("verzoek.eml", mail) << u"in embedded file “verzoek.eml”"_s;
    QTest::newRow("embedded PDF") << carrying("bijlage.pdf", pd::test::minimalPdf("BSN " + bsn))
                                  << u"in embedded file “bijlage.pdf”"_s;
    // A PDF carried in a PDF carried in this one, the number in the innermost one's text file.
    QTest::newRow("embedded in embedded") << carrying("map.pdf", carrying("bsn.txt", "BSN: " + bsn))
                                          << u"in embedded file “map.pdf”"_s;
    QTest::newRow("file attachment comment") << letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /FileAttachment /Rect [50 50 70 70] /Contents (bijlage) /FS "
          "7 0 R >>",
          "<< /Type /Filespec /F (nummer.txt) /EF << /F 8 0 R >> >>",
          streamOf("BSN " + bsn, " /Type /EmbeddedFile") })
                                             << u"in embedded file “nummer.txt”"_s;
}

void TestPdfParts::aBsnBeyondThePagesIsRefused()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, where);
    QVERIFY(qpdfChecks(pdf));
    const pd::ServiceError refusal = refusalOf(pdf);
    QCOMPARE(refusal.code, pd::ServiceError::Code::BsnRefused);
    const QString number = QString::fromLatin1(bsn);
    QVERIFY2(refusal.message.contains(where + u" ("_s + pd::test::maskedNumber(number) + u')'),
             qPrintable(refusal.message));
    QVERIFY2(!refusal.message.contains(number), qPrintable(refusal.message));
}

// Comments, fields and files without a number: the PDF is kept, and their text was read.
void TestPdfParts::partsWithoutABsnAreKept()
{
    const QByteArray pdf = letterWith(
        "/AcroForm << /Fields [7 0 R] >> /Names << /EmbeddedFiles << /Names [(brief.txt) 8 0 R] "
        ">> >>",
        "/Annots [6 0 R 7 0 R]",
        { "<< /Type /Annot /Subtype /Text /Rect [50 50 70 70] /Contents (Graag inzage) >>",
          "<< /Type /Annot /Subtype /Widget /FT /Tx /T (naam) /Rect [50 50 300 70] /P 3 0 R "
          "/V (J. Jansen) >>",
          "<< /Type /Filespec /F (brief.txt) /EF << /F 9 0 R >> >>",
          streamOf("Kenmerk 2026-0042, telefoon 0612345678", " /Type /EmbeddedFile") });
    QVERIFY(qpdfChecks(pdf));
    QVERIFY2(!refusalOf(pdf).isError(), qPrintable(refusalOf(pdf).message));
    const pd::ReaderProcess::Result read = pd::ReaderProcess::read(u"brief.pdf"_s, pdf);
    QVERIFY(read.reading);
    const pd::PdfText &text = read.reading->pdfs.first().text;
    QCOMPARE(text.parts.size(), 3);
    QCOMPARE(text.parts.at(0).kind, pd::PdfPart::Kind::Annotation);
    QCOMPARE(text.parts.at(0).text.trimmed(), u"Graag inzage"_s);
    QCOMPARE(text.parts.at(1).kind, pd::PdfPart::Kind::FormField);
    QCOMPARE(text.parts.at(1).text, u"J. Jansen"_s);
    QCOMPARE(text.parts.at(2).kind, pd::PdfPart::Kind::EmbeddedFile);
    QCOMPARE(text.parts.at(2).name, u"brief.txt"_s);
    QVERIFY(text.parts.at(2).text.contains(u"2026-0042"_s));
    // The bytes of an embedded file stay in the reader.
    QVERIFY(text.parts.at(2).content.isEmpty());
}

// Files in files in files: past pdf::maxEmbedDepth the innermost is not read, and so the PDF
// is refused, even without a number anywhere.
void TestPdfParts::aFileEmbeddedTooDeeplyIsRefused()
{
    QByteArray pdf = carrying("diep.txt", "Geen nummer hier");
    for (int level = 1; level <= pd::pdf::maxEmbedDepth; ++level)
        pdf = carrying("laag" + QByteArray::number(level) + ".pdf", pdf);
    QVERIFY(qpdfChecks(pdf));
    const pd::ServiceError refusal = refusalOf(pdf);
    QVERIFY(refusal.isError());
    QVERIFY(refusal.code != pd::ServiceError::Code::BsnRefused);
    QVERIFY2(refusal.message.contains(u"cannot be read in full"_s), qPrintable(refusal.message));
    // One level less is read whole and kept.
    pdf = carrying("diep.txt", "Geen nummer hier");
    for (int level = 1; level < pd::pdf::maxEmbedDepth; ++level)
        pdf = carrying("laag" + QByteArray::number(level) + ".pdf", pdf);
    QVERIFY2(!refusalOf(pdf).isError(), qPrintable(refusalOf(pdf).message));
}

// A stream that says FlateDecode and holds no deflate data: what it carries is unknown.
void TestPdfParts::anEmbeddedFileThatCannotBeDecodedIsRefused()
{
    const QByteArray pdf = carrying("bsn.txt", "geen deflate", " /Filter /FlateDecode");
    const pd::ServiceError refusal = refusalOf(pdf);
    QVERIFY(refusal.isError());
    QVERIFY2(refusal.message.contains(u"“bsn.txt”"_s), qPrintable(refusal.message));
}

void TestPdfParts::aPdfAttachedToAnEmailIsReadWithItsParts()
{
    const QByteArray pdf = letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /Text /Rect [50 50 70 70] /Contents (BSN " + bsn + ") >>" });
    const QByteArray message = "From: a@example.nl\r\nSubject: Verzoek\r\n"
                               "Date: Mon, 4 May 2026 10:00:00 +0200\r\n"
                               "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                               "--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n"
                               "--b\r\nContent-Type: application/pdf; name=brief.pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
        + pdf.toBase64() + "\r\n--b--\r\n";
    const pd::ServiceError refusal
        = pd::AttachmentService::mailContentRefusal({ u"verzoek.eml"_s, message });
    QCOMPARE(refusal.code, pd::ServiceError::Code::BsnRefused);
    QVERIFY2(refusal.message.contains(u"“brief.pdf”"_s), qPrintable(refusal.message));
}

// What suggests a copy of an identity document in a comment or an embedded file's text is said
// as on a page: the officer confirms before the PDF is kept.
void TestPdfParts::anIdentityDocumentBeyondThePagesIsHinted()
{
    QString where;
    const QByteArray noted = letterWith(
        {}, "/Annots [6 0 R]",
        { "<< /Type /Annot /Subtype /FreeText /Rect [50 50 300 90] /DA (/Helv 10 Tf 0 g) "
          "/Contents (Kopie PASPOORT huurder) >>" });
    QCOMPARE(pd::AttachmentService::identityDocumentTextHint({ u"brief.pdf"_s, noted }, &where),
             u"PASPOORT"_s);
    QCOMPARE(where, u"in a comment on page 1"_s);
    const QByteArray zone = QByteArray("P<NLDJANSEN<<JAN").leftJustified(44, '<');
    const QByteArray carried = carrying("scan.txt", "Gelezen van het document:\n" + zone + "\n");
    QVERIFY(!pd::AttachmentService::identityDocumentTextHint({ u"brief.pdf"_s, carried }, &where)
                 .isEmpty());
    QCOMPARE(where, u"in embedded file “scan.txt”"_s);
    // The letter alone suggests nothing.
    QVERIFY(pd::AttachmentService::identityDocumentTextHint({ u"brief.pdf"_s, letterWith({}, {}) },
                                                            &where)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfParts)
#include "tst_pdfparts.moc"
