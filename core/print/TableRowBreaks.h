#pragma once

#include <QTextFormat>

#include <functional>
#include <optional>

class QTextDocument;
class QTextTable;

namespace pd {

// A table row is never split over two pages when it is short (seed 000: page 3 of the
// AP notification held only "13:00 uur", the last line of section 11's last row, and the PDF
// held the row's first lines, clipped, on page 3 too). QTextDocument splits a row by its lines;
// a page break after the row before moves the whole row to the next page. The first split row
// is moved, the document laid out again, and so on: each move moves only what follows.
//
// The document must be laid out for pages of pageHeight (PrintedDocument::paint). A long table
// (the AP dossier's chronology: a row moved on every page) is not laid out again for each row
// moved: where the layout already shows where its rows stand on a page and how high
// each is, the moves that follow are worked out from those and made together, and the next
// layout checks every row's place; a row whose place is not certain is left to the layout. Nor is
// the whole document laid out before the rows are looked at: the layout reaches only as far as the
// rows looked at, so a move lays out again up to there, and what follows the tables is laid out
// once, after them.
//
// breaksOfTheCaller, when set, is asked inside the change that moves a table's rows, before
// anything of it is changed and with the layout as it stands, for breaks of its own (the
// headings of PrintedDocument): they are laid out with the rows' moves, once (a
// heading moved after the rows laid the whole AP dossier out again). It gets the table's first
// position and returns the position of the first block it changed, or -1. What it changes must
// move what stands after the table's start by whole pages only (a page break the document forces
// between them): the moves worked out for the table are taken along by as much as the table moved.
using CallerBreaks = std::function<int(int tableStart)>;
void keepTableRowsTogether(QTextDocument *document, double pageHeight,
                           const CallerBreaks &breaksOfTheCaller = {});

// How keepTableRowsTogether probes the room a whole row of a table needs at a page's end: a table
// of one column in the table's format, its rows in the format of the cells of the table's second
// row (nullopt: those differ, or the table has one row, and nothing is probed). Tables of the same
// RowProbeFormat share one probe.
struct RowProbeFormat
{
    QTextTableFormat table;
    QTextCharFormat cell;
    bool operator==(const RowProbeFormat &) const = default;
};
std::optional<RowProbeFormat> rowProbeFormat(const QTextTable *model);

// A page break set or taken away at position: what follows is laid out again, to the end (the
// layout of a table is not told of a format changed inside it); what stands before is kept,
// not laid out again (each move laid out the whole dossier).
void markDirtyFrom(QTextDocument *document, int position);

} // namespace pd
