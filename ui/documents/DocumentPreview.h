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

// The same PrintedDocument pages on screen, on paper and in the file: a print is the A4 PDF made
// in memory, sent to CUPS. Only a job CUPS accepted calls printed(); a "print to file" is reported
// as a file, and never written into the store's folder.
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
        // Called afresh for the preview and the print; false with *error when it could not be read.
        std::function<bool(QTextDocument *, QString *error)> fill;
    };

    struct Printed
    {
        QString printer; // the CUPS queue; empty when printed to a file
        int job = 0; // CUPS's job id
        QString file; // "print to file": the PDF written
        int pages = 0; // pages sent (once; copies not counted)
    };
    // False: the caller could not record the print (and said why); the job is then cancelled.
    using PrintedHandler = std::function<bool(const Printed &)>;

    // Window-modal; deletes itself. With printed, a document is printed once: a second copy would
    // be recorded twice.
    static QDialog *preview(QWidget *parent, const Document &document,
                            const PrintedHandler &printed = {});

    // problem: something went wrong or waits (a refused or paused queue, a cancelled print).
    using Reporter = std::function<void(const QString &message, bool problem)>;
    // The print dialog at once; true when CUPS accepted the job (or the file was written) and
    // printed() took it.
    static bool print(QWidget *parent, const Document &document, const PrintedHandler &printed,
                      const Reporter &report);
    // Problems in a message box, the outcome in the main window's status bar.
    static Reporter reportOn(QWidget *page);
    static Reporter reportIn(MessageLabel *line);

    // Empty: the real QPrintDialog again.
    using PrinterChooser = std::function<bool(QPrinter *)>;
    static void setPrinterChooserForTests(const PrinterChooser &chooser);

    static QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName);
};

} // namespace pd::ui
