#pragma once

#include "util/OutputFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageRanges>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace pd {

class Store;

// How every printable output of Privacydesk is put on paper: the register, letters, the AP
// dossier and the inzage report are QTextDocuments that this class lays out for the page of a
// QPdfWriter or a QPrinter alike, with the document's title and "Vertrouwelijk" at the top and
// "Vertrouwelijk" and "pagina X van Y" at the bottom of every page. So the GUI's print preview,
// the printer and the CLI's --pdf produce the same pages. Needs QtGui (fonts), never QtWidgets.
//
// A document made from the demo store (Marking::Demo) also says "DEMO — fictieve gegevens" in
// the middle of its header and footer and in large grey letters across every page, so that a
// printed demo letter, dossier or register cannot pass for a real one. Every caller says which
// marking it wants (marking(store)): there is no default to forget.
class PrintedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PrintedDocument)

public:
    enum class Marking { Real, Demo };
    // Who reads the pages. Internal documents (the AP dossier, the register, reports) say
    // "Vertrouwelijk" at the top and bottom of every page, in the desk's language. A letter to
    // a data subject is theirs: no "Vertrouwelijk" stamp, and its header and footer are in the
    // letter's own language (Dutch), whatever language the desk is set to.
    enum class Audience { Internal, DataSubject };
    static Marking marking(const Store &store); // Demo when Store::isDemo()

    static QString confidentialText(); // "Vertrouwelijk"
    static QString demoText(); // "DEMO — fictieve gegevens"
    static QString pageText(int page, int pages); // "pagina 2 van 5"

    // What to paint beyond the document itself.
    struct Options
    {
        Audience audience = Audience::Internal;
        // The pages to paint (1-based, as a print dialog gives them); empty: every page. The
        // pages keep their place in the whole document: "pagina 3 van 9" on page 3.
        QPageRanges pages;
        // Called after each page is painted (a window kept responsive while a long dossier is
        // rendered); page is 1-based.
        std::function<void(int page, int pages)> afterPage;
        // Set to the number of pages of the whole document, also when none were painted.
        int *documentPages = nullptr;
    };

    // Lays the document out for the page of the A4 PDF (setUpA4: 300 dpi, A4 less our margins),
    // whatever the device, and paints it scaled onto the device's page: so a printer, a print
    // preview and the PDF export break the pages at the same places. Lines break between words
    // only, never inside one: a table column is as wide as its longest word. Header and footer on
    // every page. Returns the number of pages painted, 0 when the device could not be painted on or
    // none of the chosen pages exists.
    static int paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                     Marking marking, Audience audience = Audience::Internal);
    static int paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                     Marking marking, const Options &options);

    // The A4 PDF of the document (setUpA4), made in memory: never a file. Empty when nothing
    // was painted (see paint()); *pages gets the pages painted.
    static QByteArray pdf(QTextDocument *document, const QString &title, Marking marking,
                          const Options &options, int *pages = nullptr);

    // A4 portrait, 300 dpi, the margins of every Privacydesk document, title and creator set.
    static void setUpA4(QPdfWriter *writer, const QString &title);

    // Writes the document as an A4 PDF (fonts embedded by QPdfWriter) through OutputFile: made
    // in memory, then written beside the target and renamed into place; never over an existing
    // file unless the target allows it, never into the store's folder, 0600. Needs a
    // QGuiApplication. On failure one translated sentence in *error and no file. pages: how
    // many.
    static bool writePdf(QTextDocument *document, const QString &title, Marking marking,
                         const OutputTarget &target, QString *error, int *pages = nullptr,
                         Audience audience = Audience::Internal);

    // Text for HTML: escaped, line breaks kept.
    static QString html(const QString &text);
};

} // namespace pd
