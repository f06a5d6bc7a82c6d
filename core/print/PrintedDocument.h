#pragma once

#include "util/OutputFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageRanges>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace pd {

class Store;

// Every printable output, laid out for a QPdfWriter or a QPrinter alike, so that the preview, the
// printer and the CLI's --pdf give the same pages. A demo store's pages say so across every page,
// so that a demo letter cannot pass for a real one; every caller names its marking: there is no
// default to forget.
class PrintedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PrintedDocument)

public:
    enum class Marking { Real, Demo };
    // A letter to a data subject has no "Vertrouwelijk" stamp, and its header and footer are in the
    // letter's language, whatever the desk's.
    enum class Audience { Internal, DataSubject };
    static Marking marking(const Store &store); // Demo when Store::isDemo()

    static QString confidentialText(); // "Vertrouwelijk"
    static QString demoText(); // "DEMO — fictieve gegevens"
    static QString pageText(int page, int pages); // "pagina 2 van 5"

    struct Options
    {
        Audience audience = Audience::Internal;
        QPageRanges pages;
        std::function<void(int page, int pages)> afterPage;
        int *documentPages = nullptr;
        // Set: painted with this painter, already active on the device and left active, so that
        // several documents follow one another in one PDF (a breach's letters to everyone); the
        // first page starts a new one unless it is the device's first.
        QPainter *painter = nullptr;
        bool firstPageOfDevice = true;
    };

    // Laid out for the A4 PDF whatever the device, so that every device breaks the pages at the
    // same places. 0: nothing painted.
    static int paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                     Marking marking, Audience audience = Audience::Internal);
    static int paint(QTextDocument *document, QPagedPaintDevice *device, const QString &title,
                     Marking marking, const Options &options);

    static QByteArray pdf(QTextDocument *document, const QString &title, Marking marking,
                          const Options &options, int *pages = nullptr);

    static void setUpA4(QPdfWriter *writer, const QString &title);

    static bool writePdf(QTextDocument *document, const QString &title, Marking marking,
                         const OutputTarget &target, QString *error, int *pages = nullptr,
                         Audience audience = Audience::Internal);

    static QString html(const QString &text);
};

} // namespace pd
