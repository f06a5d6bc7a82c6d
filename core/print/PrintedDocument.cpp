#include "print/PrintedDocument.h"

#include "print/TableRowBreaks.h"
#include "store/Store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <algorithm>

namespace pd {

namespace {

// "DEMO" under the text, diagonally across the page; light enough to read the page through.
void paintDemoWatermark(QPainter &painter, const QRectF &page, const QFont &font)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(215, 215, 215));
    painter.translate(page.center());
    painter.rotate(-45);
    const QRectF across(-page.height(), -page.height() / 4, 2 * page.height(), page.height() / 2);
    painter.drawText(across, Qt::AlignCenter, QStringLiteral("DEMO"));
    painter.restore();
}

// A letter's pages break as a typist would break them: a short paragraph (the signature: name,
// function, organisation) is never split over two pages, and a one-line paragraph (a heading,
// "Met vriendelijke groet,") is never left alone at the bottom of a page, away from what follows
// it. Blocks in tables (the address and reference lines) are left to the table. The document is
// laid out for pages of pageHeight; each moved block starts a page, which moves only what follows.
void keepParagraphsTogether(QTextDocument *document, double pageHeight)
{
    constexpr int shortParagraph = 4; // lines
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(y / pageHeight);
    };
    const auto breakBefore = [](const QTextBlock &block, bool breaks) {
        QTextBlockFormat format;
        format.setPageBreakPolicy(breaks ? QTextFormat::PageBreak_AlwaysBefore
                                         : QTextFormat::PageBreak_Auto);
        QTextCursor(block).mergeBlockFormat(format);
    };
    // Moving a one-line paragraph down may leave the one before it alone in turn (a heading
    // above "Met vriendelijke groet,"): a few passes, each over the whole document.
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        QTextBlock previous;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (QTextCursor(block).currentTable()) {
                previous = {};
                continue;
            }
            const QRectF rect = layout->blockBoundingRect(block);
            const int lines = block.layout() ? block.layout()->lineCount() : 0;
            const int starts = pageOf(rect.top());
            const bool split
                = lines > 0 && lines <= shortParagraph && starts != pageOf(rect.bottom() - 1);
            const bool oneLineBefore
                = previous.isValid() && previous.layout() && previous.layout()->lineCount() == 1;
            const int previousPage
                = oneLineBefore ? pageOf(layout->blockBoundingRect(previous).top()) : -1;
            if (oneLineBefore && (starts > previousPage || (split && starts == previousPage))) {
                breakBefore(previous, true); // it goes with what follows it
                breakBefore(block, false);
                moved = true;
            } else if (split) {
                breakBefore(block, true);
                moved = true;
            }
            previous = block;
        }
        // The closing and the signature (the last two paragraphs) never stand alone on the
        // last page: the paragraph before them goes along (a breach letter's page 2
        // held only "Met vriendelijke groet," and the name).
        const QTextBlock closing = document->lastBlock().previous();
        const QTextBlock before = closing.isValid() ? closing.previous() : QTextBlock();
        if (before.isValid() && !QTextCursor(before).currentTable() && before.layout()
            && before.layout()->lineCount() <= 2 * shortParagraph
            && pageOf(layout->blockBoundingRect(closing).top())
                > pageOf(layout->blockBoundingRect(before).bottom() - 1)) {
            breakBefore(before, true);
            breakBefore(closing, false);
            moved = true;
        }
        if (!moved)
            return;
    }
}

// A break of the block's own, as the document asks for it (a chapter) or a move made before.
bool startsPage(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

// A page break before block, as one change laid out once: the layout of tables is not told of a
// format changed inside it (a register's headings were painted at their old places, twice or not
// at all) unless the document is marked changed from there on.
void startPageAt(QTextDocument *document, const QTextBlock &block)
{
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor edit(block);
    edit.beginEditBlock();
    edit.mergeBlockFormat(format);
    markDirtyFrom(document, block.position());
    edit.endEditBlock();
}

// The first heading from `from` on, before position `end`, whose next line, a paragraph's or the
// first row under a table's repeated header, would start the next page: an orphan that
// keepHeadingsWithText moves. *next: that line's block.
QTextBlock firstOrphanHeading(QTextDocument *document, double pageHeight, const QTextBlock &from,
                              int end, QTextBlock *next)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(y / pageHeight);
    };
    // Where the first line stands, by its middle: a paragraph that starts at a page's foot may
    // put its first line on the next page, its block's top still on this one.
    const auto firstLine = [layout](const QTextBlock &b) {
        const QRectF rect = layout->blockBoundingRect(b);
        const QTextLayout *lines = b.layout();
        return lines && lines->lineCount() > 0
            ? rect.top() + lines->lineAt(0).rect().center().y() - lines->boundingRect().top()
            : rect.top();
    };
    // The first line of what follows a heading: past empty blocks, and past a table's repeated
    // header rows.
    const auto firstAfter = [](const QTextBlock &heading) {
        QTextBlock next = heading.next();
        while (next.isValid() && next.length() <= 1 && !QTextCursor(next).currentTable())
            next = next.next(); // an empty block between them holds no line
        if (const QTextTable *table = next.isValid() ? QTextCursor(next).currentTable() : nullptr) {
            const int header = table->format().headerRowCount();
            if (header > 0 && header < table->rows())
                next = table->cellAt(header, 0).firstCursorPosition().block();
        }
        return next;
    };
    for (QTextBlock block = from; block.isValid() && block.position() < end; block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || QTextCursor(block).currentTable())
            continue;
        *next = firstAfter(block);
        if (next->isValid() && pageOf(firstLine(*next)) > pageOf(firstLine(block)))
            return block;
    }
    return {};
}

// An internal document (the AP dossier, a register) keeps each heading with the first line that
// follows it (seed 003: a heading alone at the foot of a dossier page): an orphan
// (firstOrphanHeading) starts the next page itself. Letters keep theirs with
// keepParagraphsTogether. One pass: a break moves only what follows it, and each position is
// asked of the layout after the breaks before it.
void keepHeadingsWithText(QTextDocument *document, double pageHeight)
{
    // One break at a time, the whole document laid out again after each: a break moves all that
    // follows.
    QTextBlock from = document->begin();
    for (int moves = 0; moves < 1000 && from.isValid(); ++moves) {
        QTextBlock next;
        const QTextBlock orphan
            = firstOrphanHeading(document, pageHeight, from, document->characterCount(), &next);
        if (!orphan.isValid())
            return;
        startPageAt(document, orphan);
        from = orphan.next();
    }
}

// keepHeadingsWithText's first move made early, in the change that moves the first rows of a
// table (keepTableRowsTogether), laid out once with them (the AP dossier's heading
// moved after its chronology's rows laid the whole chronology out again). Only when a page break
// the document forces (a chapter of the dossier starts a page) stands between the heading's next
// line and the table: what follows that break moves by whole pages, so the rows' moves, worked
// out before, stay what they are, and the heading is the one keepHeadingsWithText would move
// first, as the rows' moves come after it. Returns the heading's position, or -1 (nothing
// changed).
int moveHeadingBeforeForcedBreak(QTextDocument *document, double pageHeight, int tableStart)
{
    QTextBlock next;
    const QTextBlock orphan
        = firstOrphanHeading(document, pageHeight, document->begin(), tableStart, &next);
    if (!orphan.isValid() || startsPage(orphan))
        return -1;
    bool forced = false;
    for (QTextBlock block = next.next();
         !forced && block.isValid() && block.position() <= tableStart; block = block.next()) {
        forced = startsPage(block) && !QTextCursor(block).currentTable();
    }
    if (!forced)
        return -1;
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(orphan).mergeBlockFormat(format); // inside keepTableRowsTogether's change
    return orphan.position();
}

// An internal document's closing line ("Opgesteld door … op …" under the AP dossier's statement)
// never stands alone on a page: a short paragraph that ends a part of the
// document (the last one, or the last before a page break) and ends on a later page than the
// paragraph before it takes that paragraph along, with its heading when it is the first under
// one. Runs after keepHeadingsWithText; a break moves only what follows it.
void keepClosingsWithTheirBlock(QTextDocument *document, double pageHeight)
{
    constexpr int closingLines = 4; // "<br>Opgesteld door … op …<br>Woningcorporatie"
    constexpr int movableLines = 12; // a longer paragraph before it is split by the layout
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(y / pageHeight);
    };
    const auto lastPage = [&](const QTextBlock &b) {
        return pageOf(layout->blockBoundingRect(b).bottom() - 1);
    };
    const auto filled = [](QTextBlock b, bool forward) { // past empty blocks
        while (b.isValid() && b.length() <= 1 && !QTextCursor(b).currentTable())
            b = forward ? b.next() : b.previous();
        return b;
    };
    const auto lineCount = [](const QTextBlock &b) {
        return b.layout() ? b.layout()->lineCount() : 0;
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable() || block.length() <= 1
            || block.blockFormat().headingLevel() > 0 || lineCount(block) > closingLines
            || startsPage(block))
            continue;
        const QTextBlock next = filled(block.next(), true);
        if (next.isValid() && !startsPage(next))
            continue;
        QTextBlock before = filled(block.previous(), false);
        if (!before.isValid() || QTextCursor(before).currentTable()
            || before.blockFormat().headingLevel() > 0 || lineCount(before) > movableLines
            || lastPage(block) <= lastPage(before))
            continue;
        if (const QTextBlock heading = filled(before.previous(), false); heading.isValid()
            && heading.blockFormat().headingLevel() > 0 && !QTextCursor(heading).currentTable())
            before = heading;
        startPageAt(document, before);
    }
}

// Where the pages of a document laid out for pages of pageHeight break: rows, then paragraphs
// (a letter) or headings and closings (an internal document).
void breakPages(QTextDocument *document, double pageHeight, bool internal)
{
    keepTableRowsTogether(document, pageHeight,
                          internal ? CallerBreaks([document, pageHeight](int tableStart) {
                              return moveHeadingBeforeForcedBreak(document, pageHeight, tableStart);
                          })
                                   : CallerBreaks());
    if (!internal) {
        keepParagraphsTogether(document, pageHeight);
        return;
    }
    keepHeadingsWithText(document, pageHeight);
    keepClosingsWithTheirBlock(document, pageHeight);
}

// Each paragraph keeps the glyphs its layout found for its text, for the drawing of its page: else
// every line is shaped again as it is drawn (a tenth of drawing the AP dossier's pages).
// The glyphs are the layout's own, so the pages are the same.
void keepShapedText(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextLayout *lines = block.layout())
            lines->setCacheEnabled(true);
    }
}

// How the text of every printed document is set, before it is laid out for its pages.
void setUpText(QTextDocument *document)
{
    // Words are never broken ("s ub c AVG" in a narrow table cell): a line breaks
    // between words only, so a table column is at least as wide as its longest word.
    QTextOption wrap = document->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(wrap);
    // Text copied out of the PDF reads as it was typed: a ligature makes the "ff" of a SHA-256
    // one character (U+FB00) that no longer matches the hash, and the "fi" of "identificatie"
    // one the AP's search does not find. Scripts that need shaping are shaped still.
    QFont plain = document->defaultFont();
    plain.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(plain);
    keepShapedText(document);
}

// What every page of a document says in the bands above and below its text.
struct PageFrame
{
    QString title;
    bool internal = true;
    bool demo = false;
    QFont small;
    QFont bold;
    QRectF page; // in the device's units
    double band = 0;
    double mm = 0;
};

// The title, "Vertrouwelijk" on an internal document, the demo marking, the page number and
// the lines that set the bands apart from the text.
void paintFrame(QPainter &painter, const PageFrame &frame, int page, int pages)
{
    const QRectF &paper = frame.page;
    const double band = frame.band;
    painter.setFont(frame.small);
    painter.setPen(Qt::black);
    const QRectF top(0, 0, paper.width(), band * 0.7);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, frame.title);
    painter.setFont(frame.bold);
    if (frame.internal)
        painter.drawText(top, Qt::AlignRight | Qt::AlignTop, PrintedDocument::confidentialText());
    const QRectF bottom(0, paper.height() - band * 0.7, paper.width(), band * 0.7);
    if (frame.demo) {
        painter.drawText(top, Qt::AlignHCenter | Qt::AlignTop, PrintedDocument::demoText());
        painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignBottom, PrintedDocument::demoText());
    }
    painter.setFont(frame.small);
    if (frame.internal)
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom,
                         PrintedDocument::confidentialText());
    // A letter's pages are numbered in the letter's language.
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom,
                     frame.internal ? PrintedDocument::pageText(page, pages)
                                    : QStringLiteral("pagina %1 van %2").arg(page).arg(pages));
    painter.setPen(QPen(Qt::gray, 0.2 * frame.mm));
    painter.drawLine(QPointF(0, band * 0.8), QPointF(paper.width(), band * 0.8));
    painter.drawLine(QPointF(0, paper.height() - band * 0.8),
                     QPointF(paper.width(), paper.height() - band * 0.8));
}

} // namespace

PrintedDocument::Marking PrintedDocument::marking(const Store &store)
{
    return store.isDemo() ? Marking::Demo : Marking::Real;
}

QString PrintedDocument::confidentialText()
{
    return tr("Confidential");
}

QString PrintedDocument::demoText()
{
    return tr("DEMO — fictitious data");
}

QString PrintedDocument::pageText(int page, int pages)
{
    return tr("page %1 of %2").arg(page).arg(pages);
}

QString PrintedDocument::html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

int PrintedDocument::paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                           Marking marking, Audience audience)
{
    Options options;
    options.audience = audience;
    return paint(document, device, title, marking, options);
}

int PrintedDocument::paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                           Marking marking, const Options &options)
{
    const bool internal = options.audience == Audience::Internal;
    if (options.documentPages)
        *options.documentPages = 0;

    // The layout is made for the PDF's page, never for the device's: a printer's resolution
    // (font hinting at 600 or 1200 dpi) or its margins would break the pages elsewhere (a
    // 32-page dossier printed as 31). The reference writer is never painted on.
    QBuffer nowhere;
    QPdfWriter reference(&nowhere);
    setUpA4(&reference, title);
    const double referenceMm = reference.logicalDpiY() / 25.4;
    const QRectF referencePage(0, 0, reference.width(), reference.height());
    const double referenceBand = 9 * referenceMm;
    const QSizeF body(referencePage.width(), referencePage.height() - 2 * referenceBand);
    // No layout until the page is set: a document without a page size is not laid out,
    // and a new paint device or text option lays a document with one out again, for its old page
    // (the AP dossier's 300 events: a ninth of its PDF's time, for a layout thrown away).
    document->setPageSize(QSizeF(0, 0));
    document->documentLayout()->setPaintDevice(&reference);
    setUpText(document);
    document->setPageSize(body);
    breakPages(document, body.height(), internal);
    const int pages = document->pageCount();
    if (options.documentPages)
        *options.documentPages = pages;
    QList<int> chosen;
    for (int p = 1; p <= pages; ++p) {
        if (options.pages.isEmpty() || options.pages.contains(p))
            chosen.append(p);
    }

    QPainter own;
    QPainter &painter = options.painter ? *options.painter : own;
    if (chosen.isEmpty() || (!options.painter && !painter.begin(device))) {
        document->documentLayout()->setPaintDevice(nullptr);
        return 0;
    }
    // The device's page, in its own units; the body is scaled onto it (the same on A4 at any
    // resolution).
    const double mm = device->logicalDpiY() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const double band = 9 * mm;
    const double scale
        = std::min(page.width() / referencePage.width(), page.height() / referencePage.height());

    PageFrame frame;
    frame.title = title;
    frame.internal = internal;
    frame.demo = marking == Marking::Demo;
    frame.small = document->defaultFont();
    frame.small.setPointSizeF(7.5);
    frame.bold = frame.small;
    frame.bold.setBold(true);
    frame.page = page;
    frame.band = band;
    frame.mm = mm;
    QFont watermark = document->defaultFont();
    watermark.setBold(true);
    watermark.setPointSizeF(96);
    for (int i = 0; i < chosen.size(); ++i) {
        const int p = chosen.at(i) - 1;
        if (i > 0 || !options.firstPageOfDevice)
            device->newPage();
        if (frame.demo)
            paintDemoWatermark(painter, page, watermark);
        painter.save();
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        painter.translate(0, band);
        painter.scale(scale, scale);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // The lines that only touch the page's edge belong to the page next to it: a heading that
        // starts a page was also drawn, clipped away but in the PDF's text, at the foot of the
        // page before.
        context.clip = clip.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        paintFrame(painter, frame, p + 1, pages);
        if (options.afterPage)
            options.afterPage(i + 1, static_cast<int>(chosen.size()));
    }
    if (!options.painter)
        painter.end();
    // The reference writer goes out of scope: the document must not keep pointing at it.
    document->documentLayout()->setPaintDevice(nullptr);
    return static_cast<int>(chosen.size());
}

QByteArray PrintedDocument::pdf(QTextDocument *document, const QString &title, Marking marking,
                                const Options &options, int *pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int painted = 0;
    {
        QPdfWriter writer(&buffer);
        setUpA4(&writer, title);
        painted = paint(document, &writer, title, marking, options);
    }
    buffer.close();
    if (pages)
        *pages = painted;
    if (painted == 0)
        return {};
    return buffer.data();
}

void PrintedDocument::setUpA4(QPdfWriter *writer, const QString &title)
{
    writer->setResolution(300);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Privacydesk"));
}

bool PrintedDocument::writePdf(QTextDocument *document, const QString &title, Marking marking,
                               const OutputTarget &target, QString *error, int *pages,
                               Audience audience)
{
    // Refused before the work of painting: an existing file, the store's folder.
    if (const QString why
        = OutputFile::refusal(target.path, target.overwrite, target.storeDirectory);
        !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    Options options;
    options.audience = audience;
    int painted = 0;
    const QByteArray bytes = pdf(document, title, marking, options, &painted);
    if (pages)
        *pages = painted;
    QString writeError;
    if (painted == 0 || bytes.isEmpty()) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(target.path));
        return false;
    }
    if (!OutputFile::write(target, bytes, &writeError)) {
        if (error)
            *error = writeError;
        return false;
    }
    return true;
}

} // namespace pd
