// A letter's pages break as a typist would break them (found reading a Jutphaas breach letter:
// "M. de Vries" at the foot of page 1, "namens de functionaris gegevensbescherming" and the
// organisation alone on page 2). However long the letter, the signature's lines share a page,
// with "Met vriendelijke groet," above them, and a heading is never the last line of a page.
// Checked on the PDF's own text, page by page, as the tenant reads it.

#include "TestSupport.h"
#include "print/PrintedDocument.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

const QString filler = u"Dit is een gewone zin in een brief aan een huurder."_s;

// A letter of `paragraphs` two-line paragraphs, a heading, one more paragraph, the closing and
// the signature block.
QString letterHtml(int paragraphs)
{
    QString html = u"<p>Geachte mevrouw Jansen,</p>"_s;
    for (int i = 0; i < paragraphs; ++i)
        html += u"<p>%1 %1</p>"_s.arg(filler);
    // Two lines: a paragraph of one line would go along with the closing anyway.
    html += u"<p><b>Heeft u vragen?</b></p><p>Bel ons. %1 %1</p>"_s.arg(filler);
    html += u"<p>Met vriendelijke groet,</p>"_s;
    html += u"<p><br>Ondertekenaar de Naam<br>namens de Functie<br>Woningstichting Org</p>"_s;
    return html;
}

// An internal document (the AP dossier): `paragraphs` paragraphs, then a heading over a table
// with a header row, and a heading over a paragraph.
QString dossierHtml(int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += u"<p>Regel %1.</p>"_s.arg(i + 1); // one line each: every place on the page
    html += u"<h3>Doorzochte systemen</h3><table border=\"1\" width=\"100%\"><thead><tr>"
            "<th>Systeem</th><th>Resultaat</th></tr></thead>"_s;
    for (int row = 1; row <= 6; ++row)
        html += u"<tr><td>RIJ-%1 Huuradministratie</td><td>niets gevonden</td></tr>"_s.arg(row);
    html += u"</table><h3>Verklaring over de audittrail</h3><p>EERSTE-ZIN %1 %1 %1</p>"_s.arg(
        filler);
    return html;
}

// The text of each page of the PDF.
QStringList pageTexts(const QByteArray &pdf, int pages, const QString &folder)
{
    const QString path = folder + u"/letter.pdf"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QStringList texts;
    for (int p = 1; p <= pages; ++p) {
        QProcess process;
        process.start(QStandardPaths::findExecutable(u"pdftotext"_s),
                      { u"-f"_s, QString::number(p), u"-l"_s, QString::number(p), path, u"-"_s });
        if (!process.waitForFinished(60000))
            return {};
        texts << QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }
    return texts;
}

// The document of html printed for audience, as the text of each page; empty when it could not
// be printed or read.
QStringList printedPages(const QString &html, PrintedDocument::Audience audience,
                         const QString &folder)
{
    QTextDocument document;
    document.setHtml(html);
    PrintedDocument::Options options;
    options.audience = audience;
    int pages = 0;
    const QByteArray pdf = PrintedDocument::pdf(
        &document,
        audience == PrintedDocument::Audience::Internal ? u"Klachtdossier"_s : u"Brief"_s,
        PrintedDocument::Marking::Real, options, &pages);
    if (pdf.isEmpty())
        return {};
    const QStringList texts = pageTexts(pdf, pages, folder);
    return texts.size() == pages ? texts : QStringList();
}

int pageWith(const QStringList &pages, const QString &text)
{
    for (int p = 0; p < pages.size(); ++p) {
        if (pages.at(p).contains(text))
            return p + 1;
    }
    return 0;
}

} // namespace

class TestPageBreaks final : public QObject
{
    Q_OBJECT

private slots:
    void signatureStaysTogether();
    void dossierHeadingStaysWithItsText();
    void firstRowUnderAHeaderMovesWithTheTable();
    void dossierClosingStaysWithTheStatement();
};

void TestPageBreaks::signatureStaysTogether()
{
    PD_REQUIRE_PDFTOTEXT();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // Letters of every length around the foot of the first page: some put the page break
    // inside the signature, before the closing or after the heading.
    int twoPages = 0;
    for (int paragraphs = 14; paragraphs <= 34; ++paragraphs) {
        const QStringList texts = printedPages(
            letterHtml(paragraphs), PrintedDocument::Audience::DataSubject, folder.path());
        QVERIFY(!texts.isEmpty());
        const int pages = int(texts.size());
        const int name = pageWith(texts, u"Ondertekenaar de Naam"_s);
        QVERIFY2(name > 0, qPrintable(texts.join(u" | "_s)));
        const QByteArray where = QByteArray::number(paragraphs)
            + " paragraphs: " + texts.join(u" | "_s).right(400).toUtf8();
        QVERIFY2(pageWith(texts, u"namens de Functie"_s) == name, where.constData());
        QVERIFY2(pageWith(texts, u"Woningstichting Org"_s) == name, where.constData());
        QVERIFY2(pageWith(texts, u"Met vriendelijke groet,"_s) == name, where.constData());
        QVERIFY2(pageWith(texts, u"Heeft u vragen?"_s) == pageWith(texts, u"Bel ons."_s),
                 where.constData());
        // Never the closing and the signature alone on a page: the paragraph before them too.
        QVERIFY2(pageWith(texts, u"Bel ons."_s) == name, where.constData());
        if (pages > 1)
            ++twoPages;
    }
    QVERIFY(twoPages > 0); // the lengths did reach past the first page
}

// A heading of the AP dossier was the last line of a page, its table on the
// next. However long the text before it, a heading shares its page with the first row under the
// table's header, or with the first line of its paragraph.
void TestPageBreaks::dossierHeadingStaysWithItsText()
{
    PD_REQUIRE_PDFTOTEXT();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    int twoPages = 0;
    for (int paragraphs = 30; paragraphs <= 90; ++paragraphs) {
        const QStringList texts = printedPages(dossierHtml(paragraphs),
                                               PrintedDocument::Audience::Internal, folder.path());
        QVERIFY(!texts.isEmpty());
        const int pages = int(texts.size());
        const QByteArray where = QByteArray::number(paragraphs)
            + " paragraphs: " + texts.join(u" | "_s).right(600).toUtf8();
        QVERIFY2(pageWith(texts, u"Doorzochte systemen"_s) == pageWith(texts, u"RIJ-1 "_s),
                 where.constData());
        QVERIFY2(pageWith(texts, u"Verklaring over de audittrail"_s)
                     == pageWith(texts, u"EERSTE-ZIN"_s),
                 where.constData());
        if (pages > 1)
            ++twoPages;
    }
    QVERIFY(twoPages > 0);
}

// The first row under a table's header fell across a page's end.
// Moving it alone put a break after the header row, which is repeated on every page: a blank
// page, pages of the header only, and the header painted over the row. Whatever comes before
// the table, every page holds text of the document, and the first row is whole on one page.
void TestPageBreaks::firstRowUnderAHeaderMovesWithTheTable()
{
    PD_REQUIRE_PDFTOTEXT();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    int moved = 0;
    for (int paragraphs = 40; paragraphs <= 75; ++paragraphs) {
        QString html;
        for (int i = 0; i < paragraphs; ++i)
            html += u"<p>Regel %1.</p>"_s.arg(i + 1);
        html += u"<table border=\"1\" width=\"100%\"><thead><tr><th>Doel</th>"
                "<th>Grondslag</th></tr></thead>"_s;
        for (int row = 1; row <= 4; ++row)
            html += u"<tr><td>RIJ-%1-BEGIN<br>tweede<br>derde<br>vierde<br>RIJ-%1-EINDE</td>"
                    "<td>artikel 6</td></tr>"_s.arg(row);
        html += u"</table><p>SLOT</p>"_s;
        const QStringList texts
            = printedPages(html, PrintedDocument::Audience::Internal, folder.path());
        QVERIFY(!texts.isEmpty());
        const QByteArray where
            = QByteArray::number(paragraphs) + " paragraphs: " + texts.join(u" | "_s).toUtf8();
        for (const QString &page : texts) {
            QVERIFY2(page.contains(u"Regel"_s) || page.contains(u"RIJ-"_s)
                         || page.contains(u"SLOT"_s),
                     where.constData()); // no page of the frame alone
            QVERIFY2(!page.contains(u"Grondslag"_s) || page.contains(u"RIJ-"_s),
                     where.constData()); // nor of the table's header alone
        }
        QVERIFY2(pageWith(texts, u"RIJ-1-BEGIN"_s) == pageWith(texts, u"RIJ-1-EINDE"_s),
                 where.constData());
        if (pageWith(texts, u"RIJ-1-BEGIN"_s) > pageWith(texts, u"Regel %1."_s.arg(paragraphs)))
            ++moved;
    }
    QVERIFY(moved > 0); // some lengths did put the first row at a page's end
}

// The AP dossier's closing line ("Opgesteld door … op …" and the
// organisation) stood alone on a page, away from the statement it closes. However long the
// chronology before it, the closing shares its page with the declaration above it: at the end
// of the document, and before the appendices, which start a page of their own.
void TestPageBreaks::dossierClosingStaysWithTheStatement()
{
    PD_REQUIRE_PDFTOTEXT();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const bool appendix : { false, true }) {
        int closingOnNewPage = 0;
        for (int paragraphs = 40; paragraphs <= 75; ++paragraphs) {
            QString html;
            for (int i = 0; i < paragraphs; ++i)
                html += u"<p>Regel %1.</p>"_s.arg(i + 1);
            html += u"<h2>5. Verklaring over de audittrail</h2><p>%1 %1 %1</p>"
                    "<p>VERKLARING: wij verklaren dat deze chronologie volledig en ongewijzigd "
                    "is.</p><p><br>SLOTREGEL Opgesteld door Ondertekenaar op 1 december 2026."
                    "<br>Woningstichting Org</p>"_s.arg(filler);
            if (appendix)
                html += u"<h2 style=\"page-break-before: always;\">Bijlage 1</h2>"
                        "<p>BIJLAGE-TEKST</p>"_s;
            const QStringList texts
                = printedPages(html, PrintedDocument::Audience::Internal, folder.path());
            QVERIFY(!texts.isEmpty());
            const QByteArray where = QByteArray::number(paragraphs)
                + (appendix ? " paragraphs, appendix: " : " paragraphs: ")
                + texts.join(u" | "_s).right(600).toUtf8();
            const int closing = pageWith(texts, u"SLOTREGEL"_s);
            QVERIFY2(closing > 0, where.constData());
            QVERIFY2(pageWith(texts, u"Woningstichting Org"_s) == closing, where.constData());
            QVERIFY2(pageWith(texts, u"VERKLARING:"_s) == closing, where.constData());
            if (appendix)
                QVERIFY2(pageWith(texts, u"BIJLAGE-TEKST"_s) == closing + 1, where.constData());
            if (closing > pageWith(texts, u"Regel %1."_s.arg(paragraphs)))
                ++closingOnNewPage;
        }
        QVERIFY(closingOnNewPage > 0); // some lengths did put the closing at a page's end
    }
}

QTEST_MAIN(TestPageBreaks)
#include "tst_pagebreaks.moc"
