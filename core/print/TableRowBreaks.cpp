#include "print/TableRowBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace pd {

namespace {

// The layout rounds each page's top on its own (a moved row stood 120.7 to 121.5 device pixels
// below the top of its page): places this close are the same place, and a row this close to
// its page's limit is left to the layout.
constexpr double tolerance = 2.0;

struct RowPlace
{
    double top = -1;
    double bottom = -1;
};

// A cell's first and last block, found in the document's block map: no cursor made and
// registered with the document for each cell looked at (the rows of a long table are
// looked at again after each layout).
QTextBlock firstBlockOf(const QTextTable *table, const QTextTableCell &cell)
{
    return table->document()->findBlock(cell.firstPosition());
}

QTextBlock lastBlockOf(const QTextTable *table, const QTextTableCell &cell)
{
    return table->document()->findBlock(cell.lastPosition());
}

// From the top of the row's highest first block to the bottom of its lowest last block.
RowPlace placeOf(QAbstractTextDocumentLayout *layout, const QTextTable *table, int row)
{
    RowPlace place;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        const QTextBlock firstBlock = firstBlockOf(table, cell);
        const QTextBlock lastBlock = lastBlockOf(table, cell);
        // A cell of one block, as most are: its place asked of the layout once, not twice (each
        // answer looks the cell up in its table again).
        const QRectF first = layout->blockBoundingRect(firstBlock);
        const QRectF last = lastBlock == firstBlock ? first : layout->blockBoundingRect(lastBlock);
        place.top = place.top < 0 ? first.top() : std::min(place.top, first.top());
        place.bottom = std::max(place.bottom, last.bottom());
    }
    return place;
}

// Where the table's frame starts, as QAbstractTextDocumentLayout::frameBoundingRect says, without
// laying out the whole document first as that does: the top of the first cell's first
// block, less how far down in its cell that block stands. Rows are looked at while the layout
// reaches no further than they do; a page break set then lays out again only up to there, not the
// rest of the document each time.
double frameTopOf(QAbstractTextDocumentLayout *layout, const QTextTable *table)
{
    const QTextBlock first = table->document()->findBlock(table->firstPosition());
    const double top = layout->blockBoundingRect(first).top();
    return first.layout() ? top - first.layout()->position().y() : top;
}

QList<QTextTable *> tablesOf(QTextDocument *document)
{
    QList<QTextTable *> tables;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (table && !tables.contains(table))
            tables << table;
    }
    return tables;
}

// How high a row is when whole, and how far below its top the lowest first line of its cells
// ends; whole: as placed, split: its lines added up (each cell one block, else not known).
struct RowSize
{
    double height = -1;
    double firstLine = -1;
};

RowSize sizeOf(QAbstractTextDocumentLayout *layout, const QTextTable *table, int row,
               const RowPlace &place, bool whole)
{
    RowSize size;
    size.height = whole ? place.bottom - place.top : 0;
    size.firstLine = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        const QTextBlock block = firstBlockOf(table, cell);
        const QTextLayout *lines = block.layout();
        if (cell.rowSpan() != 1 || cell.columnSpan() != 1 || !lines || lines->lineCount() == 0
            || (!whole && block != lastBlockOf(table, cell)))
            return {};
        const double top = layout->blockBoundingRect(block).top() - place.top;
        size.firstLine = std::max(size.firstLine, top + lines->lineAt(0).height());
        if (whole)
            continue;
        double height = 0;
        for (int i = 0; i < lines->lineCount(); ++i)
            height += lines->lineAt(i).height();
        size.height = std::max(size.height, top + height);
    }
    return size;
}

// What the layouts showed of one table.
struct Seen
{
    bool usable = true;
    // Rows found elsewhere than worked out: twice, and the layout alone decides.
    int missed = 0;
    // How far below its page's top a moved row stands (the repeated header above it); -1 when
    // not known.
    double firstRowOffset = -1;
    // Between a whole row's bottom and the next row's top on the same page; -1 when not seen.
    double gap = -1;
    // A row whose bottom is `fits` or more above its page's end stays whole on it: the least
    // room a whole row was seen to leave. A row whose bottom is past the end is split: the
    // layout never keeps a line that crosses it.
    double fits = std::numeric_limits<double>::infinity();
    bool probed = false;
    QList<RowSize> rows;
};

class RowBreaks final
{
public:
    RowBreaks(QTextDocument *document, double pageHeight, CallerBreaks callerBreaks)
        : m_document(document)
        , m_layout(document->documentLayout())
        , m_pageHeight(pageHeight)
        , m_tables(tablesOf(document))
        , m_seen(m_tables.size())
        , m_callerBreaks(std::move(callerBreaks))
    { }

    // Moves the next short row that is split, with those after it in its table whose moves
    // are certain; false when no row is split.
    bool moveNext();

private:
    int pageOf(double y) const { return static_cast<int>(y / m_pageHeight); }
    double pageEnd(double y) const { return (pageOf(y) + 1) * m_pageHeight; }
    bool brokenBefore(const QTextTable *table, int row) const;
    void breakBefore(QTextTable *table, const QList<int> &rows, const QList<int> &notRows = {});
    std::unique_ptr<QTextDocument> probe() const;
    double repeatedHeaderOffset(const QTextTable *model) const;
    double probedFits(const QTextTable *model) const;
    double probeRoom(QTextTableFormat format, const QTextCharFormat &cellFormat) const;
    void learn(qsizetype table);
    QList<int> predict(qsizetype table, int row, const RowPlace &place, const QList<int> &stale);
    bool predictionHolds(qsizetype table, int row, const RowPlace &place);

    QTextDocument *m_document;
    QAbstractTextDocumentLayout *m_layout;
    double m_pageHeight;
    QList<QTextTable *> m_tables;
    QList<Seen> m_seen;
    CallerBreaks m_callerBreaks;
    // What the probes of probedFits found, by the format probed.
    struct ProbedRoom
    {
        RowProbeFormat format;
        double room = 0;
    };
    mutable QList<ProbedRoom> m_probed;
    // A break moves only what follows it: each search goes on from the last row moved.
    qsizetype m_fromTable = 0;
    int m_fromRow = 1;
    // The moves worked out, not laid out yet: where each row of that table from the first
    // moved on should stand, checked as the search passes it.
    qsizetype m_predictedTable = -1;
    QHash<int, double> m_predictedTop;
    QList<int> m_predictedMoves;
};

bool RowBreaks::brokenBefore(const QTextTable *table, int row) const
{
    const QTextBlock before = lastBlockOf(table, table->cellAt(row - 1, 0));
    return before.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysAfter;
}

// The page break after the row before each of rows set, and taken away before each of
// notRows, as one change laid out once: each cell's format change alone has the whole document
// laid out again.
void RowBreaks::breakBefore(QTextTable *table, const QList<int> &rows, const QList<int> &notRows)
{
    QTextCursor edit(m_document);
    edit.beginEditBlock();
    int from = table->firstPosition();
    if (m_callerBreaks) {
        if (const int callers = m_callerBreaks(from); callers >= 0)
            from = std::min(from, callers);
    }
    const double topBefore = frameTopOf(m_layout, table);
    for (const auto &[which, policy] : { std::pair(&rows, QTextFormat::PageBreak_AlwaysAfter),
                                         std::pair(&notRows, QTextFormat::PageBreak_Auto) }) {
        QTextBlockFormat format;
        format.setPageBreakPolicy(policy);
        for (int row : *which) {
            for (int column = 0; column < table->columns(); ++column)
                QTextCursor(table->cellAt(row - 1, column).lastCursorPosition())
                    .mergeBlockFormat(format);
        }
    }
    // The layout of a table is not told of a format changed inside it.
    markDirtyFrom(m_document, from);
    edit.endEditBlock();
    // Moved by the caller's breaks (whole pages): the places worked out go along.
    if (const double moved = frameTopOf(m_layout, table) - topBefore; moved != 0) {
        for (double &top : m_predictedTop)
            top += moved;
    }
}

// How much lower a table's first row stands below the top of a page it continues on than below
// the table's own top: asked of a small table in the table's format, its second row moved to
// page 2; -1 when not known (only for a table with one header row). Only a guess: the layout
// checks every row worked out from it.
double RowBreaks::repeatedHeaderOffset(const QTextTable *model) const
{
    if (model->rows() < 2 || model->format().headerRowCount() != 1)
        return -1;
    const std::unique_ptr<QTextDocument> document = probe();
    QTextTableFormat format = model->format();
    format.clearColumnWidthConstraints();
    // Made as one change, laid out once (each cell laid the probe out again).
    QTextCursor edit(document.get());
    edit.beginEditBlock();
    QTextTable *table = edit.insertTable(3, 1, format);
    for (int row = 0; row < 3; ++row) {
        QTextTableCell cell = table->cellAt(row, 0);
        cell.setFormat(model->cellAt(std::min(row, 1), 0).format());
        cell.firstCursorPosition().insertText(QStringLiteral("x"));
    }
    QTextBlockFormat breakAfter;
    breakAfter.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    QTextCursor(table->cellAt(1, 0).lastCursorPosition()).mergeBlockFormat(breakAfter);
    edit.endEditBlock();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const double tableTop = layout->frameBoundingRect(table).top();
    const double first = placeOf(layout, table, 1).top;
    const double moved = placeOf(layout, table, 2).top;
    layout->setPaintDevice(nullptr);
    return pageOf(first) == 0 && pageOf(moved) == 1 ? (moved - m_pageHeight) - (first - tableTop)
                                                    : -1;
}

// A small document laid out as this one: its font, wrapping, margin, page and paint device.
std::unique_ptr<QTextDocument> RowBreaks::probe() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(m_document->defaultFont());
    document->setDefaultTextOption(m_document->defaultTextOption());
    document->setDocumentMargin(m_document->documentMargin());
    document->documentLayout()->setPaintDevice(m_layout->paintDevice());
    document->setPageSize(m_document->pageSize());
    return document;
}

// The least room a whole row leaves at the end of a page in a table of the model's format
// (every cell of a row in the format of its first): a table of one-line rows in that format,
// moved down the first page bit by bit until its last row there no longer fits, seen whole at
// the last place it fitted. Infinity when not found. What the layout of a whole row shows, as
// the rows of the table itself show it, only sooner.
// Tables of the same format share their probe (the dossier's tables are of one format,
// each probed took a tenth of its PDF's time); see RowProbeFormat.
double RowBreaks::probedFits(const QTextTable *model) const
{
    const std::optional<RowProbeFormat> probed = rowProbeFormat(model);
    if (!probed)
        return std::numeric_limits<double>::infinity();
    for (const ProbedRoom &known : std::as_const(m_probed)) {
        if (known.format == *probed)
            return known.room;
    }
    const double room = probeRoom(probed->table, probed->cell);
    m_probed.append({ *probed, room });
    return room;
}

double RowBreaks::probeRoom(QTextTableFormat format, const QTextCharFormat &cellFormat) const
{
    constexpr double unknown = std::numeric_limits<double>::infinity();
    const std::unique_ptr<QTextDocument> document = probe();
    const double margin = format.topMargin();
    QTextCursor edit(document.get());
    QTextTable *table = edit.insertTable(1, 1, format);
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    // Rows added and filled as one change, laid out once (each cell filled laid the
    // growing probe out again).
    const auto fill = [&](int from) {
        edit.beginEditBlock();
        if (from > 0)
            table->appendRows(from);
        for (int row = from; row < table->rows(); ++row) {
            QTextTableCell cell = table->cellAt(row, 0);
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(QStringLiteral("x"));
        }
        edit.endEditBlock();
    };
    fill(0);
    while (table->rows() < 4096 && pageOf(placeOf(layout, table, table->rows() - 1).top) == 0)
        fill(table->rows());
    // The last row whole on the first page, with the top of the table `down` lower.
    const auto lastOnFirstPage = [&](double down) {
        format.setTopMargin(margin + down);
        edit.beginEditBlock();
        table->setFormat(format);
        document->markContentsDirty(0, document->characterCount());
        edit.endEditBlock();
        int last = -1;
        for (int row = 0; row < table->rows(); ++row) {
            const RowPlace place = placeOf(layout, table, row);
            if (pageOf(place.bottom - 1) > 0)
                break;
            last = row;
        }
        return last;
    };
    const int last = lastOnFirstPage(0);
    double fits = 0;
    double drops = m_pageHeight / 4;
    if (last < 1 || last + 1 >= table->rows()) {
        layout->setPaintDevice(nullptr);
        return unknown;
    }
    // The rows below the first that no longer fits are not looked at: the doubling left up to
    // as many again, each laid out at every step.
    table->removeRows(last + 2, table->rows() - last - 2);
    if (lastOnFirstPage(drops) == last) {
        layout->setPaintDevice(nullptr);
        return unknown;
    }
    for (int step = 0; step < 12; ++step) {
        const double middle = (fits + drops) / 2;
        (lastOnFirstPage(middle) == last ? fits : drops) = middle;
    }
    lastOnFirstPage(fits);
    const double room = m_pageHeight - placeOf(layout, table, last).bottom;
    layout->setPaintDevice(nullptr);
    return room;
}

// Every row of the table as the layout placed it, below the first split row too: how high
// each is, the gap between rows, the least room a whole row left at the end of its page, how
// far down a moved row stands. Rows seen whole twice must be as high both times, else the
// rows are not what they seem and the layout alone decides.
void RowBreaks::learn(qsizetype t)
{
    Seen &seen = m_seen[t];
    const QTextTable *table = m_tables.at(t);
    seen.rows.resize(table->rows());
    RowPlace previous;
    for (int row = 1; row < table->rows() && seen.usable; ++row) {
        const RowPlace place = placeOf(m_layout, table, row);
        if (place.top < 0) {
            seen.usable = false;
            break;
        }
        const bool whole = pageOf(place.top) == pageOf(place.bottom - 1);
        const RowSize size = sizeOf(m_layout, table, row, place, whole);
        RowSize &known = seen.rows[row];
        if (size.height < 0 || (known.height >= 0 && std::abs(known.height - size.height) > 0.1)) {
            seen.usable = false;
            break;
        }
        known = size;
        if (whole) {
            seen.fits = std::min(seen.fits, pageEnd(place.top) - place.bottom);
            if (previous.top >= 0 && pageOf(previous.top) == pageOf(place.top)) {
                const double gap = place.top - previous.bottom;
                if (seen.gap >= 0 && std::abs(seen.gap - gap) > 0.1)
                    seen.usable = false;
                seen.gap = gap;
            }
        }
        if (brokenBefore(table, row) && seen.firstRowOffset < 0)
            seen.firstRowOffset = place.top - pageOf(place.top) * m_pageHeight;
        previous = whole ? place : RowPlace();
    }
    if (!seen.probed) {
        seen.probed = true;
        seen.fits = std::min(seen.fits, probedFits(table));
    }
    if (seen.firstRowOffset < 0 && seen.missed == 0) {
        if (const double offset = repeatedHeaderOffset(table); offset >= 0) {
            seen.firstRowOffset
                = placeOf(m_layout, table, 1).top - frameTopOf(m_layout, table) + offset;
        }
    }
}

// The rows after `row` (split, about to be moved) whose moves are certain: each row's place
// follows from the one before it, a moved row stands where moved rows stand. Stops at the
// first row whose fate only the layout can tell.
QList<int> RowBreaks::predict(qsizetype t, int row, const RowPlace &place, const QList<int> &stale)
{
    m_predictedTable = -1;
    m_predictedTop.clear();
    m_predictedMoves.clear();
    learn(t);
    const Seen &seen = m_seen.at(t);
    if (!seen.usable || seen.firstRowOffset < 0 || seen.gap < 0)
        return {};
    const QTextTable *table = m_tables.at(t);
    double top = (pageOf(place.top) + 1) * m_pageHeight + seen.firstRowOffset;
    m_predictedTable = t;
    m_predictedTop.insert(row, top);
    for (int next = row + 1; next < table->rows(); ++next) {
        const RowSize &before = seen.rows.at(next - 1);
        const RowSize &size = seen.rows.at(next);
        if ((brokenBefore(table, next) && !stale.contains(next)) || before.height < 0
            || size.height < 0)
            break; // a break of the document's own, or a row not seen
        const double end = pageEnd(top);
        const double start = top + before.height + seen.gap;
        const double room = end - (start + size.height);
        if (room >= seen.fits + tolerance) {
            top = start; // stays whole on this page
        } else if (room <= -tolerance
                   // its first lines stay on this page: split, not dropped whole
                   && start + size.firstLine <= end - seen.fits - tolerance
                   // short even when split: its rest at most as far down the next page as a
                   // moved row
                   && end - start + seen.firstRowOffset + size.height
                       < m_pageHeight / 4 - tolerance) {
            top = end + seen.firstRowOffset;
            m_predictedMoves << next;
        } else {
            break;
        }
        m_predictedTop.insert(next, top);
    }
    return m_predictedMoves;
}

// False when a row stands elsewhere than worked out: the moves worked out from there on are
// taken back, and the layout decides again.
bool RowBreaks::predictionHolds(qsizetype t, int row, const RowPlace &place)
{
    if (t != m_predictedTable)
        return true;
    const auto predicted = m_predictedTop.constFind(row);
    if (predicted == m_predictedTop.constEnd() || std::abs(*predicted - place.top) <= tolerance)
        return true;
    QList<int> undo;
    for (int moved : std::as_const(m_predictedMoves)) {
        if (moved >= row)
            undo << moved;
    }
    m_predictedTable = -1;
    m_predictedTop.clear();
    m_predictedMoves.clear();
    Seen &seen = m_seen[t];
    seen.firstRowOffset = -1; // from a moved row as laid out, no longer the guess
    seen.usable = ++seen.missed < 2;
    breakBefore(m_tables.at(t), {}, undo);
    return false;
}

bool RowBreaks::moveNext()
{
    for (qsizetype t = m_fromTable; t < m_tables.size(); ++t) {
        QTextTable *table = m_tables.at(t);
        for (int row = t == m_fromTable ? m_fromRow : 1; row < table->rows(); ++row) {
            const RowPlace place = placeOf(m_layout, table, row);
            if (!predictionHolds(t, row, place)) {
                m_fromTable = t;
                m_fromRow = row;
                return true;
            }
            if (place.top < 0 || place.bottom - place.top > m_pageHeight / 4
                || pageOf(place.top) == pageOf(place.bottom - 1) || brokenBefore(table, row))
                continue;
            // The first row under the table's header: a break after the header would come
            // with the header on every page (a blank page, pages of the header alone, the
            // header painted over the row). The table starts the next page.
            if (row <= table->format().headerRowCount()) {
                // The break after the block before the table (a document always has one
                // there): the table's own break policy also breaks after it in Qt's layout.
                QTextCursor edit(m_document);
                edit.setPosition(table->firstPosition() - 1);
                if (edit.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
                    continue;
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
                edit.beginEditBlock();
                edit.mergeBlockFormat(format);
                markDirtyFrom(m_document, edit.block().position());
                edit.endEditBlock();
                m_fromTable = t;
                m_fromRow = row;
                return true;
            }
            // Moves worked out below a row found split after all are worked out again.
            QList<int> stale;
            for (int moved : std::as_const(m_predictedMoves)) {
                if (t == m_predictedTable && moved > row)
                    stale << moved;
            }
            QList<int> rows { row };
            rows += predict(t, row, place, stale);
            for (int moved : std::as_const(rows))
                stale.removeAll(moved);
            breakBefore(table, rows, stale);
            m_fromTable = t;
            m_fromRow = row; // seen again, where it was moved to
            return true;
        }
    }
    return false;
}

} // namespace

// What the probe does not use is left out: the number of columns (the probe has one) and the table
// a cell format belongs to (a cell placed in the probe belongs to the probe's), else no two tables
// share a probe (the AP dossier's chronology, letters and disclosures were probed each, 15 ms
// each).
std::optional<RowProbeFormat> rowProbeFormat(const QTextTable *model)
{
    if (model->rows() < 2)
        return std::nullopt;
    RowProbeFormat probed;
    probed.cell = model->cellAt(1, 0).format();
    for (int column = 1; column < model->columns(); ++column) {
        if (model->cellAt(1, column).format() != probed.cell)
            return std::nullopt;
    }
    probed.cell.clearProperty(QTextFormat::ObjectIndex);
    probed.table = model->format();
    probed.table.clearColumnWidthConstraints();
    probed.table.setHeaderRowCount(0);
    probed.table.setColumns(1);
    return probed;
}

void markDirtyFrom(QTextDocument *document, int position)
{
    const int from = std::clamp(position, 0, document->characterCount());
    document->markContentsDirty(from, document->characterCount() - from);
}

void keepTableRowsTogether(QTextDocument *document, double pageHeight,
                           const CallerBreaks &breaksOfTheCaller)
{
    RowBreaks breaks(document, pageHeight, breaksOfTheCaller);
    // The document's pages are counted only after the first few moves: counting lays the whole
    // document out, and then each move lays out again all that follows it, to the end.
    // A move needs a row split over two pages, so before it the document has two pages or more.
    constexpr int movesOfTwoPages = 8;
    for (int moves = 0;
         (moves < movesOfTwoPages || moves < 4 * document->pageCount()) && breaks.moveNext();
         ++moves) { }
}

} // namespace pd
