// Printing to a real CUPS queue. The test starts a private cupsd of its own (own
// configuration, spool and state in a temporary folder, listening only on a unix socket there,
// no TCP port) with one queue "pdfq": Debian's generic PDF printer driver (cups-filters'
// pdftopdf applies the copies and the paper; its default paper is US Letter) and a tiny capture
// backend in a private ServerBin that copies each job's PDF into an output folder. (Debian's
// cups-pdf backend reads /etc/cups/cups-pdf.conf and writes to the job owner's home, so it cannot
// be kept private to a test.) The application finds the server through CUPS_SERVER.
//
// A letter printed through the letter dialog is recorded with the job id once CUPS accepted it;
// a refusing queue (cupsreject) shows an error and records nothing; pages 2-3 of a longer
// document give two pages (four with two copies); the Letter queue still prints A4; a paused
// queue (cupsdisable) is named.

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "RecoveryKeySheet.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "documents/DocumentPreview.h"
#include "documents/LetterDialog.h"
#include "print/PrintedDocument.h"
#include "session/Session.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPageLayout>
#include <QPageRanges>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <sys/inotify.h>
#include <unistd.h>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, { u"/usr/sbin"_s, u"/sbin"_s });
    return path;
}

// The text of the preview's message line.
QString messageOf(QDialog *preview)
{
    QStringList texts;
    for (const QLabel *label : preview->findChildren<QLabel *>()) {
        if (label->isVisibleTo(preview))
            texts << label->text();
    }
    return texts.join(u' ');
}

} // namespace

class TestPrint final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void letterIsRecordedWithTheJob();
    void refusingQueueRecordsNothing();
    void pageRangeAndCopies();
    void pausedQueueIsNamed();
    void recoveryKeySheetGoesThroughCups();
    void printerPaginatesAsThePdf();
    void qtSpoolGoesToTmpdir();

private:
    bool run(const QString &tool, const QStringList &arguments, QString *output = nullptr);
    QString lastOutput(int job);
    QString pdfInfo(const QString &file);
    QString pdfText(const QString &file);
    QList<AuditEvent> letterEvents(const QString &number) const;
    bool printLetter(LetterDialog &dialog);

    QTemporaryDir m_cups { QDir::tempPath() + u"/pd-cups-XXXXXX"_s };
    QProcess m_cupsd;
    QString m_socket;
    QString m_out;
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

bool TestPrint::run(const QString &tool, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(findTool(tool), arguments);
    const bool finished = process.waitForFinished(60000);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s %s: %s", qPrintable(tool), qPrintable(arguments.join(u' ')), qPrintable(text));
        return false;
    }
    return true;
}

void TestPrint::initTestCase()
{
    for (const QString &tool :
         { u"cupsd"_s, u"lpadmin"_s, u"cupsreject"_s, u"cupsaccept"_s, u"cupsdisable"_s,
           u"cupsenable"_s, u"pdfinfo"_s, u"pdftotext"_s }) {
        QVERIFY2(!findTool(tool).isEmpty(),
                 qPrintable(tool
                            + u" is missing (cups-daemon, cups-client, poppler-utils): run "
                              "packaging/install-deps.sh"_s));
    }
    const QString ppd = u"/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"_s;
    QVERIFY2(QFile::exists(ppd), "cups-filters is missing: run packaging/install-deps.sh");
    QVERIFY(m_cups.isValid());
    QVERIFY(m_tmp.isValid());

    // A folder cupsd's filters (run as user lp when cupsd runs as root) can pass through.
    const QString base = m_cups.path();
    QFile::setPermissions(base,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QDir dir(base);
    for (const QString &sub : { u"etc"_s, u"spool"_s, u"spool/tmp"_s, u"cache"_s, u"state"_s,
                                u"log"_s, u"bin/backend"_s, u"out"_s })
        QVERIFY(dir.mkpath(sub));
    for (const QString &sub :
         { u"daemon"_s, u"filter"_s, u"cgi-bin"_s, u"notifier"_s, u"monitor"_s, u"driver"_s })
        QVERIFY(QFile::link(u"/usr/lib/cups/"_s + sub, dir.filePath(u"bin/"_s + sub)));
    m_out = dir.filePath(u"out"_s);
    m_socket = dir.filePath(u"cups.sock"_s);

    // The capture backend: the job's file (or stdin) into out/job-<id>.pdf, renamed when whole.
    QFile backend(dir.filePath(u"bin/backend/pdcapture"_s));
    QVERIFY(backend.open(QIODevice::WriteOnly));
    backend.write("#!/bin/sh\n"
                  "if [ $# -eq 0 ]; then echo 'direct pdcapture \"Unknown\" \"Capture\"'; "
                  "exit 0; fi\n"
                  "out=\"${DEVICE_URI#pdcapture:}\"\n"
                  "if [ -n \"$6\" ]; then cat \"$6\" > \"$out/job-$1.part\"; "
                  "else cat > \"$out/job-$1.part\"; fi\n"
                  "mv \"$out/job-$1.part\" \"$out/job-$1.pdf\"\n");
    backend.close();
    // 0700: cupsd runs it as root (when root) or as the user running this test.
    QVERIFY(backend.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QFile files(dir.filePath(u"cups-files.conf"_s));
    QVERIFY(files.open(QIODevice::WriteOnly));
    files.write(QStringLiteral("ServerRoot %1/etc\nRequestRoot %1/spool\nTempDir %1/spool/tmp\n"
                               "CacheDir %1/cache\nStateDir %1/state\nServerBin %1/bin\n"
                               "DataDir /usr/share/cups\nErrorLog %1/log/error_log\n"
                               "AccessLog %1/log/access_log\nPageLog %1/log/page_log\n"
                               "FileDevice No\n")
                    .arg(base)
                    .toUtf8());
    files.close();
    QFile conf(dir.filePath(u"cupsd.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("Listen %1\nLogLevel info\nBrowsing No\nWebInterface No\n"
                              "DefaultAuthType None\nPreserveJobFiles No\n"
                              "<Policy default>\n  <Limit All>\n    Order allow,deny\n"
                              "    Allow all\n  </Limit>\n</Policy>\n")
                   .arg(m_socket)
                   .toUtf8());
    conf.close();

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(findTool(u"cupsd"_s),
                  { u"-f"_s, u"-c"_s, dir.filePath(u"cupsd.conf"_s), u"-s"_s,
                    dir.filePath(u"cups-files.conf"_s) });
    QVERIFY2(m_cupsd.waitForStarted(30000), "cupsd could not be started");
    // Every CUPS client of this process (libcups in CupsPrinter, Qt's print support) asks it.
    qputenv("CUPS_SERVER", m_socket.toUtf8());
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(m_socket) || m_cupsd.state() != QProcess::Running,
                              "cupsd did not open its socket", 30000);
    QVERIFY2(m_cupsd.state() == QProcess::Running,
             qPrintable(u"cupsd stopped: "_s + QString::fromLocal8Bit(m_cupsd.readAll())));
    // The queue: US Letter by default, as a second queue at the office might be.
    QVERIFY(run(u"lpadmin"_s,
                { u"-h"_s, m_socket, u"-p"_s, u"pdfq"_s, u"-v"_s, u"pdcapture:"_s + m_out, u"-P"_s,
                  ppd, u"-o"_s, u"PageSize=Letter"_s, u"-E"_s }));

    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2027, 1, 5));
}

void TestPrint::cleanupTestCase()
{
    DocumentPreview::setPrinterChooserForTests({});
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(20000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(10000);
        }
    }
}

void TestPrint::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"printPreview"_s)
            delete widget;
    }
}

QList<AuditEvent> TestPrint::letterEvents(const QString &number) const
{
    QList<AuditEvent> letters;
    const QList<AuditEvent> events
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"case"_s, number);
    for (const AuditEvent &event : events) {
        if (event.action == u"case.letter"_s)
            letters << event;
    }
    return letters;
}

QString TestPrint::lastOutput(int job)
{
    return QDir(m_out).filePath(u"job-%1.pdf"_s.arg(job));
}

QString TestPrint::pdfInfo(const QString &file)
{
    QString output;
    return run(u"pdfinfo"_s, { file }, &output) ? output : QString();
}

QString TestPrint::pdfText(const QString &file)
{
    QString output;
    return run(u"pdftotext"_s, { file, u"-"_s }, &output) ? output : QString();
}

// "Print…" in the letter dialog: the print dialog at once, no preview between.
bool TestPrint::printLetter(LetterDialog &dialog)
{
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(u"print"_s);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void TestPrint::letterIsRecordedWithTheJob()
{
    const auto request = m_fixture->addCase(u"P. Printer"_s, u"K700700"_s, { RequestType::Inzage },
                                            QDate(2027, 1, 4));
    QVERIFY2(request, qPrintable(m_fixture->error()));
    DocumentPreview::setPrinterChooserForTests([](QPrinter *printer) {
        printer->setPrinterName(u"pdfq"_s);
        return true;
    });
    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, request->number, nullptr);
    QVERIFY(dialog.rendered());
    QVERIFY(printLetter(dialog));
    // One step: no preview was opened on the way to the print dialog.
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY(widget->objectName() != u"printPreview"_s || !widget->isVisible());
    const QString message = dialog.message();
    QVERIFY2(message.contains(u"Sent to pdfq (job "_s), qPrintable(message));

    // Recorded once, with the queue and CUPS's job id.
    const QList<AuditEvent> events = letterEvents(request->number);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().payload.value(u"printer"_s).toString(), u"pdfq"_s);
    const int job = events.first().payload.value(u"print_job"_s).toInt();
    QVERIFY(job > 0);
    QVERIFY2(message.contains(u"(job %1)"_s.arg(job)), qPrintable(message));
    QVERIFY2(dialog.message().contains(u"(job %1)"_s.arg(job)), qPrintable(dialog.message()));
    QCOMPARE(LetterService(Session { *m_store }).letters(request->number).size(), 1);
    // Printed once: a second click would record it twice.
    QVERIFY(!dialog.findChild<QPushButton *>(u"print"_s)->isEnabled());

    // The job went through CUPS: one A4 page, although the queue's paper is US Letter.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lastOutput(job)), 120000);
    const QString info = pdfInfo(lastOutput(job));
    QVERIFY2(info.contains(u"Pages:           1"_s), qPrintable(info));
    QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
    QVERIFY2(pdfText(lastOutput(job)).contains(u"pagina 1 van 1"_s), "the letter's footer");
}

void TestPrint::refusingQueueRecordsNothing()
{
    const auto request = m_fixture->addCase(u"R. Refused"_s, u"K700701"_s, { RequestType::Inzage },
                                            QDate(2027, 1, 4));
    QVERIFY2(request, qPrintable(m_fixture->error()));
    QVERIFY(run(u"cupsreject"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    DocumentPreview::setPrinterChooserForTests([](QPrinter *printer) {
        printer->setPrinterName(u"pdfq"_s);
        return true;
    });
    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, request->number, nullptr);
    QVERIFY(printLetter(dialog));
    const QString message = dialog.message();
    QVERIFY(run(u"cupsaccept"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    QVERIFY2(message.contains(u"does not accept print jobs"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was recorded"_s), qPrintable(message));
    QVERIFY(letterEvents(request->number).isEmpty());
    QVERIFY(LetterService(Session { *m_store }).letters(request->number).isEmpty());
    // It may be tried again.
    QVERIFY(dialog.findChild<QPushButton *>(u"print"_s)->isEnabled());

    // The print dialog cancelled: nothing recorded either.
    DocumentPreview::setPrinterChooserForTests([](QPrinter *) { return false; });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"print"_s), Qt::LeftButton);
    QVERIFY2(dialog.message().contains(u"cancelled"_s), qPrintable(dialog.message()));
    QVERIFY(letterEvents(request->number).isEmpty());
}

void TestPrint::pageRangeAndCopies()
{
    // A document of several pages, numbered as a whole.
    DocumentPreview::Document document;
    document.title = u"Lang document"_s;
    document.storeDirectory = m_store->directory();
    document.fill = [](QTextDocument *text, QString *) {
        QString html;
        for (int i = 1; i <= 200; ++i)
            html += u"<p>Alinea %1 van een lang document om pagina's te vullen.</p>"_s.arg(i);
        text->setHtml(html);
        return true;
    };
    QTextDocument probe;
    document.fill(&probe, nullptr);
    int pages = 0;
    {
        PrintedDocument::Options options;
        options.documentPages = &pages;
        QVERIFY(
            !PrintedDocument::pdf(&probe, document.title, PrintedDocument::Marking::Real, options)
                 .isEmpty());
    }
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));

    for (const int copies : { 1, 2 }) {
        DocumentPreview::setPrinterChooserForTests([copies](QPrinter *printer) {
            printer->setPrinterName(u"pdfq"_s);
            printer->setPrintRange(QPrinter::PageRange);
            printer->setPageRanges(QPageRanges::fromString(u"2-3"_s));
            printer->setCopyCount(copies);
            return true;
        });
        QDialog *preview = DocumentPreview::preview(nullptr, document);
        QTest::mouseClick(preview->findChild<QPushButton *>(u"printButton"_s), Qt::LeftButton);
        const QString message = messageOf(preview);
        const qsizetype at = message.indexOf(u"(job "_s);
        QVERIFY2(at >= 0, qPrintable(message));
        const int job = message.mid(at + 5).section(u')', 0, 0).toInt();
        QVERIFY(job > 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lastOutput(job)), 120000);
        const QString info = pdfInfo(lastOutput(job));
        QVERIFY2(info.contains(u"Pages:           %1"_s.arg(2 * copies)), qPrintable(info));
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        // Pages 2 and 3 keep their numbers in the whole document.
        const QString text = pdfText(lastOutput(job));
        QVERIFY2(text.contains(PrintedDocument::pageText(2, pages)), qPrintable(text.right(300)));
        QVERIFY2(text.contains(PrintedDocument::pageText(3, pages)), qPrintable(text.right(300)));
        QVERIFY(!text.contains(PrintedDocument::pageText(1, pages)));
        delete preview;
    }
}

void TestPrint::pausedQueueIsNamed()
{
    QVERIFY(run(u"cupsdisable"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    DocumentPreview::setPrinterChooserForTests([](QPrinter *printer) {
        printer->setPrinterName(u"pdfq"_s);
        return true;
    });
    DocumentPreview::Document document;
    document.title = u"Kort document"_s;
    document.fill = [](QTextDocument *text, QString *) {
        text->setPlainText(u"Een pagina."_s);
        return true;
    };
    QDialog *preview = DocumentPreview::preview(nullptr, document);
    QTest::mouseClick(preview->findChild<QPushButton *>(u"printButton"_s), Qt::LeftButton);
    const QString message = messageOf(preview);
    QVERIFY(run(u"cupsenable"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    QVERIFY2(message.contains(u"Sent to pdfq (job "_s), qPrintable(message));
    QVERIFY2(message.contains(u"The printer pdfq is paused"_s), qPrintable(message));
}

// The recovery-key sheet goes through the same CUPS path as the letters: CUPS's job number
// when accepted, its refusal when not (before, Qt's own print path said nothing either way).
void TestPrint::recoveryKeySheetGoesThroughCups()
{
    RecoveryKeySheet sheet;
    sheet.recoveryKey = u"ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"_s;
    sheet.storeId = QUuid::createUuid();
    sheet.organisationName = u"Woonstichting Proef"_s;
    sheet.created = QDateTime(QDate(2026, 11, 23), QTime(9, 0));

    const CupsPrinter::Result result = sheet.printTo(u"pdfq"_s);
    QVERIFY2(result.accepted(), qPrintable(result.error));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lastOutput(result.job)), 120000);
    const QString info = pdfInfo(lastOutput(result.job));
    QVERIFY2(info.contains(u"Pages:           1"_s), qPrintable(info));
    QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
    const QString text = pdfText(lastOutput(result.job));
    QVERIFY2(text.contains(u"ABCD-EFGH-JKLM-NPQR"_s), qPrintable(text));
    QVERIFY2(text.contains(u"STUV-WXYZ-2345-6789"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Woonstichting Proef"_s), qPrintable(text));

    QVERIFY(run(u"cupsreject"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    const CupsPrinter::Result refused = sheet.printTo(u"pdfq"_s);
    QVERIFY(run(u"cupsaccept"_s, { u"-h"_s, m_socket, u"pdfq"_s }));
    QVERIFY(!refused.accepted());
    QVERIFY2(refused.error.contains(u"does not accept print jobs"_s), qPrintable(refused.error));
}

void TestPrint::printerPaginatesAsThePdf()
{
    // A printer at 1200 dpi with US Letter paper and narrow margins breaks the pages where the
    // A4 PDF does (a 32-page dossier printed as 31).
    QTextDocument text;
    QString html;
    for (int i = 1; i <= 400; ++i)
        html += u"<p>Regel %1 met wat tekst die de bladspiegel vult, zoals in een dossier.</p>"_s
                    .arg(i);
    text.setHtml(html);
    int pdfPages = 0;
    PrintedDocument::Options options;
    options.documentPages = &pdfPages;
    QVERIFY(!PrintedDocument::pdf(&text, u"Dossier"_s, PrintedDocument::Marking::Real, options)
                 .isEmpty());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_tmp.filePath(u"printer.pdf"_s));
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    QCOMPARE(PrintedDocument::paint(&text, &printer, u"Dossier"_s, PrintedDocument::Marking::Real),
             pdfPages);
    QVERIFY(pdfPages > 5);
}

void TestPrint::qtSpoolGoesToTmpdir()
{
    // The recovery-key sheet still prints through Qt's CUPS engine, which spools the job into a
    // temporary file made by cupsTempFd(): in TMPDIR, which both mains point at the private 0700
    // runtime folder (keepTemporaryFilesInMemory). Seen here with inotify: the spool file is made
    // in TMPDIR and is gone once the job is sent.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QByteArray before = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(runtime.path()));
    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    QVERIFY(inotify_add_watch(watch, QFile::encodeName(runtime.path()).constData(), IN_CREATE)
            >= 0);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(u"pdfq"_s);
        QCOMPARE(printer.printerName(), u"pdfq"_s);
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        QTextDocument text;
        text.setPlainText(u"Spool"_s);
        text.print(&printer);
    }
    if (before.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", before);
    alignas(inotify_event) char buffer[4096];
    const ssize_t got = read(watch, buffer, sizeof buffer);
    close(watch);
    QVERIFY2(got > 0, "no spool file was made in TMPDIR");
    QVERIFY(QDir(runtime.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
