#pragma once

#include "print/PrintedDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QDialog;
class QPrinter;
class QTextDocument;
class QWidget;

namespace pd::ui {

class MessageLabel;

// Print preview, printing and "save as PDF" for every printable document (letters, the AP
// dossier, the register, the dashboards): the same PrintedDocument pages on screen, on paper and
// in the file.
//
// Printing: the print dialog chooses the printer, the pages and the copies; the
// document is then rendered as its A4 PDF in memory (exactly the pages of the PDF export,
// whatever the printer's paper or resolution) and sent to CUPS (CupsPrinter). Only a job CUPS
// accepted counts: the preview says "Sent to <printer> (job N)" (and that the queue is paused,
// when it is) and calls printed(); a refusing queue, a failed or cancelled print is said in the
// preview and calls nothing. The dialog's "print to file" writes the PDF (never into the store's
// folder) and is reported as a file, not as printed.
class DocumentPreview final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::DocumentPreview)
public:
    struct Document
    {
        QString title;
        PrintedDocument::Marking marking = PrintedDocument::Marking::Real;
        PrintedDocument::Audience audience = PrintedDocument::Audience::Internal;
        QString storeDirectory; // never a "print to file" into it
        // Fills a fresh document (for the preview, then for the print); false with *error when
        // what it shows could not be read.
        std::function<bool(QTextDocument *, QString *error)> fill;
    };

    // What a print came to, for printed().
    struct Printed
    {
        QString printer; // the CUPS queue; empty when printed to a file
        int job = 0; // CUPS's job id
        QString file; // "print to file": the PDF written
        int pages = 0; // pages sent (once; copies not counted)
    };
    // Returns false when the caller could not record what was printed (and says why itself):
    // the job is then cancelled, the file removed.
    using PrintedHandler = std::function<bool(const Printed &)>;

    // A window-modal A4 preview (deletes itself) with "Print…". With printed, a document is
    // printed once: after a successful print the button is disabled (a second copy would be
    // recorded twice). Returns the dialog (objectName "printPreview").
    static QDialog *preview(QWidget *parent, const Document &document,
                            const PrintedHandler &printed = {});

    // What a print says while it runs and how it ended (translated); problem for what went
    // wrong or waits (a refused or paused queue, a cancelled print).
    using Reporter = std::function<void(const QString &message, bool problem)>;
    // "Print…" in one step: the print dialog at once, then what the preview's
    // "Print…" does, said through report. True when CUPS accepted the job (or the file was
    // written) and printed() took it.
    static bool print(QWidget *parent, const Document &document, const PrintedHandler &printed,
                      const Reporter &report);
    // For a page without a message line of its own: what went wrong in a message box, how a
    // print ended in the main window's status bar.
    static Reporter reportOn(QWidget *page);
    // For a window with a message line: both said there, a problem with its warning sign.
    static Reporter reportIn(MessageLabel *line);

    // The print dialog, replaced in tests: sets the printer's name, pages and copies as a person
    // would and returns whether to print. Empty: the real QPrintDialog again.
    using PrinterChooser = std::function<bool(QPrinter *)>;
    static void setPrinterChooserForTests(const PrinterChooser &chooser);

    // Asks where to save (suggested file name in Documents); empty when cancelled.
    static QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName);
};

} // namespace pd::ui
