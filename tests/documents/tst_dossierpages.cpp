// The AP dossier of a long request (300 events, 50 disclosures) is laid out without a
// layout of the whole document for every table row or heading moved to the next page, and its
// pages stay what they were. The pages are compared, text by text, with the same document laid out
// by the rule as it stood before (one split row moved at a time, each move laid out before the next
// is looked for), and checked for what the reader relies on: every event of the chronology once,
// in order, never split over two pages, the table's header on each of its pages, the same pages
// when laid out twice. A made-up document with rows of every height does the same for rows that
// are long, short and of one line, in two tables.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "documents/ComplaintDossier.h"
#include "print/PrintedDocument.h"
#include "print/TableRowBreaks.h"
#include "session/Session.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <functional>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

// The rule as it stood before the first short row split over two pages is
// moved by a page break after the row before it, the document laid out again, and so on.
// Returns the rows moved.
int moveRowsOneByOne(QTextDocument *document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(y / pageHeight);
    };
    QList<QTextTable *> tables;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (table && !tables.contains(table))
            tables << table;
    }
    const auto moveOne = [&] {
        for (QTextTable *table : std::as_const(tables)) {
            for (int row = 1; row < table->rows(); ++row) {
                double top = -1;
                double bottom = -1;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    const QRectF first
                        = layout->blockBoundingRect(cell.firstCursorPosition().block());
                    const QRectF last
                        = layout->blockBoundingRect(cell.lastCursorPosition().block());
                    top = top < 0 ? first.top() : std::min(top, first.top());
                    bottom = std::max(bottom, last.bottom());
                }
                const QTextBlock before = table->cellAt(row - 1, 0).lastCursorPosition().block();
                if (top < 0 || bottom - top > pageHeight / 4 || pageOf(top) == pageOf(bottom - 1)
                    || before.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysAfter)
                    continue;
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
                QTextCursor edit(document);
                edit.beginEditBlock();
                for (int column = 0; column < table->columns(); ++column)
                    QTextCursor(table->cellAt(row - 1, column).lastCursorPosition())
                        .mergeBlockFormat(format);
                document->markContentsDirty(0, document->characterCount());
                edit.endEditBlock();
                return true;
            }
        }
        return false;
    };
    int moves = 0;
    while (moves < 4 * document->pageCount() && moveOne())
        ++moves;
    return moves;
}

// The text of each page of a PDF made in memory.
QStringList pagesOf(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + u"/pages.pdf"_s;
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return test::DocumentFixture::pdfPages(path);
}

// Every change to the document is laid out as a change of the whole document, as PrintedDocument
// laid out each row or heading it moved before it was made to lay out only what follows the
// move: the change's range is widened before the layout hears of it (contentsChange is emitted
// first, and a range marked dirty meanwhile is added to the change's).
void layOutWholeOnEveryChange(QTextDocument *document)
{
    QObject::connect(document, &QTextDocument::contentsChange, document,
                     [document] { document->markContentsDirty(0, document->characterCount()); });
}

// Both PDFs of a document: as PrintedDocument lays it out (`now`), and after its rows were first
// moved one by one on the same page (`before`); then PrintedDocument finds no row to move and
// keeps headings with their text, as it did, each change laid out as one of the whole document.
// fill makes each copy of the document.
struct TwoLayouts
{
    QByteArray now;
    QByteArray before;
    int pages = 0;
    int rowsMoved = 0;
};

TwoLayouts layOutBothWays(const std::function<void(QTextDocument *)> &fill, const QString &title)
{
    TwoLayouts result;
    PrintedDocument::Options options;
    QTextDocument now;
    fill(&now);
    result.now
        = PrintedDocument::pdf(&now, title, PrintedDocument::Marking::Real, options, &result.pages);
    // PrintedDocument leaves the body's size and the wrapping of its layout on the document.
    QTextDocument before;
    fill(&before);
    QBuffer nowhere;
    QPdfWriter reference(&nowhere);
    PrintedDocument::setUpA4(&reference, title);
    before.documentLayout()->setPaintDevice(&reference);
    before.setDefaultTextOption(now.defaultTextOption());
    before.setPageSize(now.pageSize());
    layOutWholeOnEveryChange(&before);
    result.rowsMoved = moveRowsOneByOne(&before, now.pageSize().height());
    before.documentLayout()->setPaintDevice(nullptr);
    int pages = 0;
    result.before
        = PrintedDocument::pdf(&before, title, PrintedDocument::Marking::Real, options, &pages);
    if (pages != result.pages)
        result.before.clear();
    return result;
}

// Empty when both PDFs have the same pages, text for text, and the old rule moved at least
// `moves` rows (the comparison is about something); else what differs. *pages: the text of
// each page now.
QString samePages(const TwoLayouts &pdfs, int moves, const QString &folder, QStringList *pages)
{
    if (pdfs.now.isEmpty() || pdfs.before.isEmpty())
        return u"no PDF, or not as many pages as laid out row by row"_s;
    if (pdfs.rowsMoved < moves)
        return u"only %1 rows moved"_s.arg(pdfs.rowsMoved);
    const QStringList now = pagesOf(pdfs.now, folder);
    const QStringList before = pagesOf(pdfs.before, folder);
    if (now.size() != pdfs.pages || before.size() != pdfs.pages)
        return u"pdftotext read %1 and %2 pages of %3"_s.arg(now.size())
            .arg(before.size())
            .arg(pdfs.pages);
    for (int p = 0; p < pdfs.pages; ++p) {
        if (now.at(p) != before.at(p))
            return u"page %1 differs:\n%2\n---\n%3"_s.arg(p + 1).arg(now.at(p), before.at(p));
    }
    *pages = now;
    return {};
}

// A table of rows one to nine lines high, a few of them long (more than a quarter page), then a
// heading and a second table with a two-line header, and a third without a header.
QString rowsOfEveryHeight()
{
    QString html = u"<h2>Tabel een</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                   "width=\"100%\" style=\"border-collapse: collapse;\"><thead><tr>"
                   "<th width=\"10%\">Nr.</th><th>Tekst</th></tr></thead>"_s;
    for (int row = 1; row <= 160; ++row) {
        QStringList lines;
        const int count = row % 23 == 0 ? 40 : 1 + (row * 7) % 9;
        for (int line = 0; line < count; ++line)
            lines << u"regel %1 van rij %2"_s.arg(line + 1).arg(row);
        html += u"<tr><td>A-%1</td><td>%2</td></tr>"_s.arg(row).arg(lines.join(u"<br>"_s));
    }
    html += u"</table><h2>Tabel twee</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
            "width=\"100%\"><thead><tr><th width=\"30%\">Kolom met een kop<br>van twee regels</th>"
            "<th>Inhoud</th></tr></thead>"_s;
    for (int row = 1; row <= 120; ++row)
        html += u"<tr><td>B-%1</td><td>%2</td></tr>"_s.arg(row).arg(
            QString(u"woord "_s).repeated(20 + (row * 13) % 90));
    // And one without a header row.
    html += u"</table><h2>Tabel drie</h2><table border=\"1\" cellpadding=\"2\" width=\"100%\">"_s;
    for (int row = 1; row <= 90; ++row)
        html += u"<tr><td>C-%1</td><td>%2</td></tr>"_s.arg(row).arg(
            u"kort<br>"_s.repeated(1 + (row * 5) % 4));
    html += u"</table><p>Einde.</p>"_s;
    return html;
}

// The dossier's chronology: its table of the most rows.
const QTextTable *chronologyOf(const QTextDocument &document)
{
    const QTextTable *chronology = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextTable *table = QTextCursor(block).currentTable();
        if (table && (!chronology || table->rows() > chronology->rows()))
            chronology = table;
    }
    return chronology;
}

} // namespace

class TestDossierPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dossierOfThreeHundredEvents();
    void headingMovedWithTheChronologysRows();
    void rowsOfEveryHeightAsBefore();
    void laidOutForThePdfsPageOnly();
    void tablesOfOneFormatShareTheirProbe();
    void restLaidOutAfterTheChronologysRows();
    void paragraphsKeepTheirGlyphsForTheirPages();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_number;
    int m_notes = 0;
};

void TestDossierPages::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    m_number = m_fixture->fullCase();
    QVERIFY2(!m_number.isEmpty(), qPrintable(m_fixture->error()));
    // As bench_dossier: 300 events, 50 disclosures.
    const auto request = CaseService(Session { *m_store, m_fixture->clock() }).find(m_number);
    QVERIFY(request);
    m_notes = 300
        - static_cast<int>(
                  CaseService(Session { *m_store, m_fixture->clock() }).timeline(m_number).size());
    QVERIFY(m_notes > 200);
    for (int i = 0; i < m_notes; ++i) {
        QVERIFY2(m_fixture->note(
                     m_number,
                     u"NOTITIE-%1 telefoongesprek met de betrokkene over de voortgang; "
                     "afgesproken dat wij na overleg met Wijkbeheer terugbellen."_s.arg(i + 1),
                     QDate(2026, 12, 16).addDays(i / 20)),
                 qPrintable(m_fixture->error()));
    }
    QVERIFY2(m_fixture->addDisclosures(request->person.id, m_number, 47, QDate(2027, 1, 2)),
             qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2027, 3, 1));
}

void TestDossierPages::dossierOfThreeHundredEvents()
{
    PD_REQUIRE_PDFTOTEXT();
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QCOMPARE(static_cast<int>(content->events.size()), 300);
    const TwoLayouts pdfs = layOutBothWays(
        [&content](QTextDocument *document) { ComplaintDossier::fillDocument(document, *content); },
        ComplaintDossier::documentTitle(m_number));
    QStringList now;
    const QString differs = samePages(pdfs, 15, m_tmp.path(), &now);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QVERIFY2(pdfs.pages >= 30, qPrintable(QString::number(pdfs.pages)));

    // Every note of the chronology once, whole on one page, in order; the table's header on
    // every page that holds a note.
    const QString header = ComplaintDossier::tr("What happened");
    int lastPage = 0;
    for (int note = 1; note <= m_notes; ++note) {
        const QString mark = u"NOTITIE-%1 "_s.arg(note);
        int page = 0;
        for (int p = 0; p < pdfs.pages; ++p) {
            const QString text = now.at(p).simplified();
            if (!text.contains(mark))
                continue;
            QVERIFY2(page == 0, qPrintable(mark + u" on two pages"_s));
            page = p + 1;
            QVERIFY2(text.contains(header), qPrintable(u"no header on page %1"_s.arg(page)));
        }
        QVERIFY2(page >= lastPage && page > 0, qPrintable(mark));
        lastPage = page;
    }
    // No row split: each note's last words stand on the page of its first (the text of one
    // cell, laid out as its lines in pdftotext's layout).
    for (int p = 0; p < pdfs.pages; ++p) {
        const QString text = now.at(p).simplified();
        QCOMPARE(text.count(u"NOTITIE-"_s), text.count(u"terugbellen."_s));
    }

    // Laid out twice, the same pages.
    int again = 0;
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *content);
    const QByteArray second
        = PrintedDocument::pdf(&document, ComplaintDossier::documentTitle(m_number),
                               PrintedDocument::Marking::Real, {}, &again);
    QCOMPARE(again, pdfs.pages);
    QCOMPARE(pagesOf(second, m_tmp.path()), now);
}

// The heading that the dossier's summary leaves alone at the foot of its page is moved to the next
// page in the same change as the chronology's first rows, laid out once with them (it
// was moved after all rows, and the whole chronology laid out again for it). The chronology starts
// a page of its own, so its rows move as they did; dossierOfThreeHundredEvents holds the pages.
// Each layout is seen as the layout reports it: when the first rows of the chronology are laid out
// moved, that heading is laid out moved too.
void TestDossierPages::headingMovedWithTheChronologysRows()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *content);
    const QTextTable *chronology = chronologyOf(document);
    QVERIFY(chronology && chronology->rows() > 300);
    const int chronologyStart = chronology->firstPosition();
    // The headings before the chronology that start a page, the chapters' to begin with.
    const auto headingsBroken = [&document, chronologyStart] {
        QList<int> broken;
        for (QTextBlock block = document.begin(); block.position() < chronologyStart;
             block = block.next()) {
            if (block.blockFormat().headingLevel() > 0
                && block.blockFormat().pageBreakPolicy().testFlag(
                    QTextFormat::PageBreak_AlwaysBefore))
                broken << block.position();
        }
        return broken;
    };
    const auto rowsBroken = [&document, chronology] {
        for (QTextBlock block = document.findBlock(chronology->firstPosition());
             block.isValid() && block.position() < chronology->lastPosition();
             block = block.next()) {
            if (block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysAfter))
                return true;
        }
        return false;
    };
    const QList<int> chapters = headingsBroken();
    QList<int> brokenWithTheFirstRows { -1 };
    connect(document.documentLayout(), &QAbstractTextDocumentLayout::update, &document, [&] {
        if (brokenWithTheFirstRows == QList<int> { -1 } && rowsBroken())
            brokenWithTheFirstRows = headingsBroken();
    });
    int pages = 0;
    QVERIFY(!PrintedDocument::pdf(&document, ComplaintDossier::documentTitle(m_number),
                                  PrintedDocument::Marking::Real, {}, &pages)
                 .isEmpty());
    QList<int> moved = headingsBroken();
    for (int chapter : chapters)
        moved.removeAll(chapter);
    QVERIFY2(moved.size() == 1, "the summary leaves one heading alone at a page's foot");
    QVERIFY2(brokenWithTheFirstRows.contains(moved.constFirst()),
             "the heading was laid out moved only after the chronology's rows");
}

void TestDossierPages::rowsOfEveryHeightAsBefore()
{
    PD_REQUIRE_PDFTOTEXT();
    const TwoLayouts pdfs = layOutBothWays(
        [](QTextDocument *document) {
            QFont font = document->defaultFont();
            font.setPointSizeF(9);
            document->setDefaultFont(font);
            document->setDocumentMargin(0);
            document->setHtml(rowsOfEveryHeight());
        },
        u"Rijen"_s);
    QStringList pages;
    const QString differs = samePages(pdfs, 10, m_tmp.path(), &pages);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QVERIFY(pages.size() >= 10);
}

// The dossier is laid out for the PDF's page only: the paint device and the wrapping set
// on a document that still had its page of before (none: it was filled, not shown) laid the whole
// dossier out for that page first, twice, layouts thrown away. Each layout is seen as the layout
// reports it, with the page it was made for.
void TestDossierPages::laidOutForThePdfsPageOnly()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *content);
    QList<QSizeF> pagesLaidOutFor;
    const auto seen = [&document, &pagesLaidOutFor] {
        pagesLaidOutFor << document.pageSize();
    };
    connect(document.documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, &document,
            seen);
    connect(document.documentLayout(), &QAbstractTextDocumentLayout::update, &document, seen);
    int pages = 0;
    QVERIFY(!PrintedDocument::pdf(&document, ComplaintDossier::documentTitle(m_number),
                                  PrintedDocument::Marking::Real, {}, &pages)
                 .isEmpty());
    QVERIFY(pages >= 30);
    QVERIFY(!pagesLaidOutFor.isEmpty());
    for (const QSizeF &page : std::as_const(pagesLaidOutFor))
        QCOMPARE(page, document.pageSize());
}

// The dossier's tables with a header row (the chronology, the letters, the disclosures) are of one
// format but for their columns: keepTableRowsTogether probes the room of their rows once, not for
// each (15 ms a probe; the format of a cell also names its table, and no two were seen
// as the same).
void TestDossierPages::tablesOfOneFormatShareTheirProbe()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *content);
    QList<const QTextTable *> headed;
    QSet<int> columns;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextTable *table = QTextCursor(block).currentTable();
        if (table && !headed.contains(table) && table->format().headerRowCount() == 1
            && table->rows() > 2) {
            headed << table;
            columns << table->columns();
        }
    }
    QVERIFY2(headed.size() >= 3, qPrintable(QString::number(headed.size())));
    QVERIFY(columns.size() >= 2); // tables of 4 and of 5 columns
    const std::optional<RowProbeFormat> first = rowProbeFormat(headed.constFirst());
    QVERIFY(first);
    for (const QTextTable *table : std::as_const(headed)) {
        const std::optional<RowProbeFormat> probed = rowProbeFormat(table);
        QVERIFY(probed);
        QVERIFY(*probed == *first);
    }
}

// The chronology's rows are moved while the layout reaches no further than the chronology (issue
// 42): the rest of the dossier (the letters, disclosures and appendices, a third of its text) was
// laid out before the first row was moved, and again after each table's rows were moved. Each
// layout is seen as the layout reports it: when the chronology's first rows are laid out moved, the
// dossier's last paragraph is not laid out yet.
void TestDossierPages::restLaidOutAfterTheChronologysRows()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *content);
    const QTextTable *chronology = chronologyOf(document);
    QVERIFY(chronology && chronology->rows() > 300);
    const QTextBlock last = document.lastBlock();
    QVERIFY(last.position() > chronology->lastPosition() && last.length() > 1);
    const auto rowsBroken = [&document, chronology] {
        for (QTextBlock block = document.findBlock(chronology->firstPosition());
             block.isValid() && block.position() < chronology->lastPosition();
             block = block.next()) {
            if (block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysAfter))
                return true;
        }
        return false;
    };
    int lastLinesWhenMoved = -1;
    connect(document.documentLayout(), &QAbstractTextDocumentLayout::update, &document, [&] {
        if (lastLinesWhenMoved < 0 && rowsBroken())
            lastLinesWhenMoved = last.layout() ? last.layout()->lineCount() : 0;
    });
    int pages = 0;
    QVERIFY(!PrintedDocument::pdf(&document, ComplaintDossier::documentTitle(m_number),
                                  PrintedDocument::Marking::Real, {}, &pages)
                 .isEmpty());
    QVERIFY(pages >= 30);
    QVERIFY2(lastLinesWhenMoved >= 0, "no row of the chronology was moved");
    QVERIFY2(lastLinesWhenMoved == 0,
             "the dossier was laid out to its end before the chronology's rows were moved");
    QVERIFY(last.layout() && last.layout()->lineCount() > 0); // laid out for the PDF
}

// Each paragraph of a printed document keeps the glyphs its layout found, for the drawing of its
// page (every line of the AP dossier was shaped again as it was drawn, a tenth of the
// drawing). Paragraphs in tables and out of them; the PDF is made as usual.
void TestDossierPages::paragraphsKeepTheirGlyphsForTheirPages()
{
    QTextDocument document;
    document.setHtml(rowsOfEveryHeight());
    int pages = 0;
    QVERIFY(!PrintedDocument::pdf(&document, u"Rijen"_s, PrintedDocument::Marking::Real, {}, &pages)
                 .isEmpty());
    QVERIFY(pages >= 10);
    int paragraphs = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() <= 1)
            continue;
        ++paragraphs;
        QVERIFY2(block.layout() && block.layout()->lineCount() > 0, qPrintable(block.text()));
        QVERIFY2(block.layout()->cacheEnabled(), qPrintable(block.text()));
    }
    QVERIFY(paragraphs > 500);
}

QTEST_MAIN(TestDossierPages)
#include "tst_dossierpages.moc"
