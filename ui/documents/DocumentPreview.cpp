#include "documents/DocumentPreview.h"

#include "MessageLabel.h"
#include "WaitCursor.h"
#include "WindowSize.h"
#include "documents/CupsPrinter.h"
#include "util/OutputFile.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

DocumentPreview::PrinterChooser &chooserForTests()
{
    static DocumentPreview::PrinterChooser chooser;
    return chooser;
}

// The margins of every Privacydesk page (PrintedDocument::setUpA4), for the preview's printer.
void setUpA4(QPrinter *printer, const QString &title)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    printer->setDocName(title);
}

// One print: the print dialog (pages, copies, printer), the document's own A4 pages rendered
// as PDF in memory, then CUPS or the "print to file" PDF; what happens is said through report.
// Shared by the preview's "Print…" and the one-step "Print…".
class PrintRun final
{
public:
    PrintRun(QWidget *parent, DocumentPreview::Document document,
             DocumentPreview::PrintedHandler printed, DocumentPreview::Reporter report)
        : m_parent(parent)
        , m_alive(parent)
        , m_document(std::move(document))
        , m_printed(std::move(printed))
        , m_report(std::move(report))
    { }

    // True when the job was accepted (or the file written) and printed() took it.
    bool run(int documentPages)
    {
        QPrinter printer(QPrinter::HighResolution);
        setUpA4(&printer, m_document.title);
        if (!choose(&printer, documentPages)) {
            say(m_printed ? DocumentPreview::tr("Printing was cancelled; nothing was recorded.")
                          : DocumentPreview::tr("Printing was cancelled."),
                true);
            return false;
        }
        QByteArray pdf;
        int pages = 0;
        if (!render(printer, &pdf, &pages))
            return false;
        if (!printer.outputFileName().isEmpty())
            return saveToFile(printer.outputFileName(), pdf, pages);
        return send(printer, pdf, pages);
    }

private:
    bool gone() const { return m_parent && !m_alive; }
    void say(const QString &message, bool problem) const
    {
        if (!gone() && m_report)
            m_report(message, problem);
    }

    // The printer, pages and copies, as chosen in the print dialog (or by a test).
    bool choose(QPrinter *printer, int documentPages)
    {
        if (const DocumentPreview::PrinterChooser &chooser = chooserForTests())
            return chooser(printer);
        QPrintDialog dialog(printer, m_parent);
        dialog.setWindowTitle(DocumentPreview::tr("Print %1").arg(m_document.title));
        dialog.setOption(QAbstractPrintDialog::PrintPageRange);
        dialog.setOption(QAbstractPrintDialog::PrintToFile);
        dialog.setOption(QAbstractPrintDialog::PrintCollateCopies);
        dialog.setMinMax(1, std::max(1, documentPages));
        return dialog.exec() == QDialog::Accepted && !gone();
    }

    // Whatever paper the dialog or the queue has: the document's own A4 pages.
    bool render(const QPrinter &printer, QByteArray *pdf, int *pages)
    {
        PrintedDocument::Options options;
        options.audience = m_document.audience;
        if (printer.printRange() == QPrinter::PageRange)
            options.pages = printer.pageRanges();
        int documentPages = 0;
        options.documentPages = &documentPages;
        const QString target = printer.outputFileName().isEmpty()
            ? printer.printerName()
            : QDir::toNativeSeparators(printer.outputFileName());
        // Long documents: the window keeps painting (input stays out until the job is sent).
        options.afterPage = [this, target](int page, int count) {
            say(DocumentPreview::tr("Preparing page %1 of %2 for %3…")
                    .arg(page)
                    .arg(count)
                    .arg(target),
                false);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        };
        {
            WaitCursor wait;
            say(DocumentPreview::tr("Preparing the pages for %1…").arg(target), false);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            QTextDocument text;
            QString error;
            if (!m_document.fill(&text, &error)) {
                say(error, true);
                return false;
            }
            *pdf
                = PrintedDocument::pdf(&text, m_document.title, m_document.marking, options, pages);
        }
        if (gone())
            return false; // closed meanwhile: nothing was sent
        if (pdf->isEmpty()) {
            say(DocumentPreview::tr("The chosen pages are not in the document: it has %n "
                                    "page(s). Nothing was printed.",
                                    nullptr, documentPages),
                true);
            return false;
        }
        return true;
    }

    bool saveToFile(const QString &path, const QByteArray &pdf, int pages)
    {
        QString error;
        if (!OutputFile::write(OutputTarget(path, true, m_document.storeDirectory), pdf, &error)) {
            say(error, true);
            return false;
        }
        DocumentPreview::Printed printed;
        printed.file = path;
        printed.pages = pages;
        if (m_printed && !m_printed(printed)) {
            QFile::remove(path); // nothing leaves Privacydesk that is not on record
            say(DocumentPreview::tr("The file was removed again."), true);
            return false;
        }
        say(DocumentPreview::tr("Saved as PDF in %1; not sent to a printer.")
                .arg(QDir::toNativeSeparators(path)),
            false);
        return true;
    }

    bool send(const QPrinter &printer, const QByteArray &pdf, int pages)
    {
        CupsPrinter::Job job;
        job.printer = printer.printerName();
        job.title = m_document.title;
        job.pdf = pdf;
        job.copies = printer.copyCount();
        job.collate = printer.collateCopies();
        job.sides = printer.duplex() == QPrinter::DuplexLongSide ? CupsPrinter::Job::Sides::LongEdge
            : printer.duplex() == QPrinter::DuplexShortSide ? CupsPrinter::Job::Sides::ShortEdge
                                                            : CupsPrinter::Job::Sides::OneSided;
        CupsPrinter::Result result;
        {
            WaitCursor wait;
            result = CupsPrinter::print(job);
        }
        if (!result.accepted()) {
            say(m_printed ? DocumentPreview::tr("%1 Nothing was recorded.").arg(result.error)
                          : result.error,
                true);
            return false;
        }
        DocumentPreview::Printed printed;
        printed.printer = job.printer;
        printed.job = result.job;
        printed.pages = pages;
        if (m_printed && !m_printed(printed)) {
            CupsPrinter::cancel(job.printer, result.job);
            say(DocumentPreview::tr("The print job %1 was cancelled because it could not be "
                                    "recorded.")
                    .arg(result.job),
                true);
            return false;
        }
        QString message
            = DocumentPreview::tr("Sent to %1 (job %2).").arg(job.printer).arg(result.job);
        if (result.paused) {
            message += u' '
                + DocumentPreview::tr("The printer %1 is paused: the job waits until it is "
                                      "resumed.")
                      .arg(job.printer);
            if (!result.pausedReason.isEmpty())
                message += u' ' + DocumentPreview::tr("(%1)").arg(result.pausedReason);
        }
        say(message, result.paused);
        return true;
    }

    QWidget *m_parent;
    QPointer<QWidget> m_alive; // the lock may close the parent while a page is painted
    const DocumentPreview::Document m_document;
    const DocumentPreview::PrintedHandler m_printed;
    const DocumentPreview::Reporter m_report;
};

class PreviewDialog final : public QDialog
{
public:
    PreviewDialog(QWidget *parent, DocumentPreview::Document document,
                  DocumentPreview::PrintedHandler printed)
        : QDialog(parent)
        , m_document(std::move(document))
        , m_printed(std::move(printed))
        , m_printer(QPrinter::HighResolution)
        , m_view(new QPrintPreviewWidget(&m_printer, this))
        , m_message(new MessageLabel(this))
        , m_print(new QPushButton(DocumentPreview::tr("&Print…"), this))
    {
        setObjectName(QStringLiteral("printPreview"));
        setWindowTitle(DocumentPreview::tr("Print preview — %1").arg(m_document.title));
        setUpA4(&m_printer, m_document.title);
        m_view->setObjectName(QStringLiteral("pages"));
        m_view->setAccessibleName(DocumentPreview::tr("Pages as they will be printed"));
        m_message->setObjectName(QStringLiteral("printMessage"));
        m_print->setObjectName(QStringLiteral("printButton"));
        m_print->setToolTip(DocumentPreview::tr("Choose a printer, the pages and the copies, then "
                                                "print (Ctrl+P)"));
        m_print->setShortcut(QKeySequence::Print);
        auto *zoomIn = new QPushButton(DocumentPreview::tr("Zoom &in"), this);
        auto *zoomOut = new QPushButton(DocumentPreview::tr("Zoom &out"), this);
        auto *fit = new QPushButton(DocumentPreview::tr("&Fit width"), this);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        buttons->addButton(m_print, QDialogButtonBox::ActionRole);
        auto *bar = new QHBoxLayout;
        bar->addWidget(zoomOut);
        bar->addWidget(zoomIn);
        bar->addWidget(fit);
        bar->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(bar);
        layout->addWidget(m_view, 1);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(zoomIn, &QPushButton::clicked, m_view, [this] { m_view->zoomIn(); });
        connect(zoomOut, &QPushButton::clicked, m_view, [this] { m_view->zoomOut(); });
        connect(fit, &QPushButton::clicked, m_view, &QPrintPreviewWidget::fitToWidth);
        connect(m_view, &QPrintPreviewWidget::paintRequested, this,
                [this](QPrinter *target) { paintPreview(target); });
        connect(m_print, &QPushButton::clicked, this, [this] { print(); });
        m_view->fitToWidth();
        m_print->setFocus();
    }

private:
    void paintPreview(QPrinter *target)
    {
        QTextDocument text;
        QString error;
        if (!m_document.fill(&text, &error)) {
            m_message->setMessage(error);
            m_print->setEnabled(false);
            return;
        }
        PrintedDocument::Options options;
        options.audience = m_document.audience;
        options.documentPages = &m_pages;
        PrintedDocument::paint(&text, target, m_document.title, m_document.marking, options);
    }

    void print()
    {
        if (!m_print->isEnabled())
            return;
        m_print->setEnabled(false);
        QPointer<PreviewDialog> alive(this);
        PrintRun run(this, m_document, m_printed, DocumentPreview::reportIn(m_message));
        const bool done = run.run(m_pages);
        if (!alive)
            return;
        // A document is printed once: a second copy would be recorded twice.
        m_print->setEnabled(!done || !m_printed);
        if (done && m_printed)
            m_print->setToolTip(DocumentPreview::tr("Printed and recorded; close the preview"));
    }

    DocumentPreview::Document m_document;
    DocumentPreview::PrintedHandler m_printed;
    QPrinter m_printer; // the preview's: A4 with our margins
    QPrintPreviewWidget *m_view;
    MessageLabel *m_message;
    QPushButton *m_print;
    int m_pages = 0;
};

// The pages of the whole document, as the print dialog offers them: laid out once, nothing
// painted.
int countPages(const DocumentPreview::Document &document)
{
    QTextDocument text;
    QString ignored;
    if (!document.fill(&text, &ignored))
        return 1;
    PrintedDocument::Options options;
    options.audience = document.audience;
    options.pages.addPage(1 << 20);
    int pages = 0;
    options.documentPages = &pages;
    PrintedDocument::pdf(&text, document.title, document.marking, options);
    return pages;
}

} // namespace

QDialog *DocumentPreview::preview(QWidget *parent, const Document &document,
                                  const PrintedHandler &printed)
{
    auto *dialog = new PreviewDialog(parent, document, printed);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    resizeWithinScreen(dialog, QSize(900, 1000));
    dialog->open();
    return dialog;
}

bool DocumentPreview::print(QWidget *parent, const Document &document,
                            const PrintedHandler &printed, const Reporter &report)
{
    return PrintRun(parent, document, printed, report).run(countPages(document));
}

DocumentPreview::Reporter DocumentPreview::reportIn(MessageLabel *line)
{
    return [line = QPointer<MessageLabel>(line)](const QString &message, bool problem) {
        if (line)
            line->setMessage(message,
                             problem ? MessageLabel::Kind::Problem : MessageLabel::Kind::Done);
    };
}

DocumentPreview::Reporter DocumentPreview::reportOn(QWidget *page)
{
    return [page = QPointer<QWidget>(page)](const QString &message, bool problem) {
        if (!page || message.isEmpty())
            return;
        if (problem) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Print"), message, QMessageBox::Ok,
                                        page);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        if (auto *main = qobject_cast<QMainWindow *>(page->window()))
            main->statusBar()->showMessage(message, 15000);
    };
}

void DocumentPreview::setPrinterChooserForTests(const PrinterChooser &chooser)
{
    chooserForTests() = chooser;
}

QString DocumentPreview::askPdfPath(QWidget *parent, const QString &caption,
                                    const QString &fileName)
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + fileName;
    QString path
        = QFileDialog::getSaveFileName(parent, caption, suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

} // namespace pd::ui
