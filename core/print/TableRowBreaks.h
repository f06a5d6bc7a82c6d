#pragma once

class QTextDocument;

namespace pd {

// A table row is never split over two pages when it is short (issue 38, seed 000: page 3 of the
// AP notification held only "13:00 uur", the last line of section 11's last row, and the PDF
// held the row's first lines, clipped, on page 3 too). QTextDocument splits a row by its lines;
// a page break after the row before moves the whole row to the next page. The first split row
// is moved, the document laid out again, and so on: each move moves only what follows.
//
// The document must be laid out for pages of pageHeight (PrintedDocument::paint). A long table
// (the AP dossier's chronology: a row moved on every page) is not laid out again for each row
// moved (issue 42): where the layout already shows where its rows stand on a page and how high
// each is, the moves that follow are worked out from those and made together, and the next
// layout checks every row's place; a row whose place is not certain is left to the layout.
void keepTableRowsTogether(QTextDocument *document, double pageHeight);

// A page break set or taken away at position: what follows is laid out again, to the end (the
// layout of a table is not told of a format changed inside it); what stands before is kept,
// not laid out again (issue 42: each move laid out the whole dossier).
void markDirtyFrom(QTextDocument *document, int position);

} // namespace pd
