// Temp files never hold plaintext (hardening): printing and every export write only
// where the user chose. Before QApplication exists, TMPDIR, HOME and the XDG folders point into
// one fresh sandbox; then a person is imported from a CSV (a known name and address) and every
// kind of document is made from that store into one chosen folder: a letter, the AP dossier
// (also encrypted), the inzage report with its JSON and CSV files (also as one encrypted PDF), the
// art. 30 register (PDF and CSV), dashboard CSVs, a QPrinter PDF, the GUI's print preview
// (DocumentPreview) and a PDF original shown inside the desk (AttachmentViewDialog with QtPdf,
// From memory only). Meanwhile inotify records every file created or written in the
// temp, cache, runtime, config, data and home folders, even one deleted at once (SQLite's temp
// files) or never named (QTemporaryFile opens Linux's O_TMPFILE, which only its writes give away);
// afterwards the whole sandbox outside the store, the input and the chosen folder is scanned for
// new files and for the known name and address in UTF-8 and UTF-16LE.
//
// Out of scope, and said so in docs: printing on a real printer. Qt's CUPS print engine
// spools the pages as a temporary PDF in TMPDIR and removes it once CUPS has it, and CUPS keeps
// its own spool until the job is printed; neither is under this program's control.

#include "PdfSamples.h"
#include "PersonReportFixture.h"
#include "TestSupport.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/Attachments.h"
#include "cases/PdfView.h"
#include "documents/ComplaintDossier.h"
#include "documents/DocumentPreview.h"
#include "documents/PersonExport.h"
#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "documents/ProcessingRegisterExport.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/ProcessingRegister.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "util/Csv.h"

#include <QApplication>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QPrinter>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString sandbox; // set by main() before QApplication

QString in(const QString &name)
{
    return sandbox + u'/' + name;
}

// The folders a careless program writes to behind the user's back.
const QStringList watchedFolders { u"tmp"_s,  u"cache"_s, u"runtime"_s, u"config"_s,
                                   u"data"_s, u"state"_s, u"home"_s };
// The user's own choices: the store, the CSV to import, the output folder.
const QStringList chosenFolders { u"store"_s, u"input"_s, u"chosen"_s };

// Every file and folder below the sandbox outside the chosen folders.
QSet<QString> filesOutsideTheChosenFolders()
{
    QSet<QString> found;
    for (const QString &folder : watchedFolders) {
        QDirIterator it(in(folder),
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.insert(it.next());
    }
    return found;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xff));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

#ifdef Q_OS_LINUX
// inotify on the watched folders themselves (not recursive: a new subfolder is itself an
// event, and the scan afterwards looks inside it).
class CreationWatch final
{
public:
    CreationWatch()
        : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        for (const QString &folder : watchedFolders) {
            const int wd
                = ::inotify_add_watch(m_fd, QFile::encodeName(in(folder)).constData(),
                                      IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE);
            if (wd >= 0)
                m_folders.insert(wd, folder);
        }
    }
    ~CreationWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    CreationWatch(const CreationWatch &) = delete;
    CreationWatch &operator=(const CreationWatch &) = delete;

    bool isValid() const { return m_fd >= 0 && m_folders.size() == watchedFolders.size(); }

    // "folder/name" of everything created or written since the last call ("folder/" plus the
    // kernel's "#inode" for an unnamed O_TMPFILE).
    QStringList written()
    {
        QStringList names;
        alignas(inotify_event) char buffer[16 * 1024];
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                names << m_folders.value(event->wd) + u'/'
                        + QFile::decodeName(event->len > 0 ? event->name : "");
                offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        return names;
    }

private:
    int m_fd;
    QHash<int, QString> m_folders;
};
#endif

} // namespace

class TestNoTempFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentsWriteOnlyWhereChosen();

private:
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
    test::PersonReportFixture m_fixture;
};

void TestNoTempFiles::initTestCase()
{
    QVERIFY(!sandbox.isEmpty());
    QVERIFY(QDir::tempPath().startsWith(sandbox));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::CacheLocation).startsWith(sandbox));
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).startsWith(sandbox));
    // What starting a GUI does once anyway (fontconfig's cache, the font database) happens
    // here, before the watch: a page of text painted into an image.
    QImage warmUp(200, 100, QImage::Format_RGB32);
    QPainter painter(&warmUp);
    QTextDocument text;
    text.setHtml(u"<p>warm-up <b>bold</b> <i>italic</i></p>"_s);
    text.drawContents(&painter);
    painter.end();
}

void TestNoTempFiles::documentsWriteOnlyWhereChosen()
{
#ifdef Q_OS_LINUX
    CreationWatch watch;
    QVERIFY(watch.isValid());
#endif
    const QSet<QString> before = filesOutsideTheChosenFolders();
    const QString chosen = in(u"chosen"_s);

    // The store and the import of a housing-system CSV with the known people.
    m_store = test::createTestStore(in(u"store"_s), nullptr, u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    // Letters need the organisation's postal address and contact.
    ServiceError settingsError;
    QVERIFY2(test::PersonReportFixture::fillOrganisation(*m_store, m_clock, &settingsError),
             qPrintable(settingsError.message));
    QVERIFY(m_fixture.build(*m_store, m_clock, in(u"input"_s)));
    const PrintedDocument::Marking marking = PrintedDocument::marking(*m_store);

    // A letter.
    ServiceError error;
    LetterService letters(Session { *m_store, m_clock });
    const auto letter
        = letters.render(m_fixture.secondCase, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QString writeError;
    QVERIFY2(LetterService::writePdf(letter->html, letter->title, marking,
                                     QString(chosen + u"/brief.pdf"_s), &writeError),
             qPrintable(writeError));

    // The AP dossier.
    const ComplaintDossier dossier(Session { *m_store, m_clock });
    const auto content = dossier.collect(m_fixture.firstCase, &error);
    QVERIFY2(content && dossier.write(*content, QString(chosen + u"/dossier.pdf"_s), &error),
             qPrintable(error.message));

    // The inzage report and portability export.
    const auto report
        = PersonReportLoader(Session { *m_store, m_clock }).load(m_fixture.personId, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QList<ReviewFinding> findings
        = PersonReview(Session { *m_store }).findings(*report, nullptr).value();
    PersonExportTargets targets;
    targets.pdfPath = QString(chosen + u"/inzage.pdf"_s);
    targets.jsonPath = QString(chosen + u"/export.json"_s);
    targets.csvDirectory = QString(chosen + u"/csv"_s);
    const PersonExportResult exported
        = PersonExport(Session { *m_store, m_clock }).write(*report, findings, {}, targets);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    // The same as one encrypted PDF with the JSON and CSV files inside: sealed in
    // memory, so no plain copy of the report or of the files touches the disk.
    PersonExportTargets sealed;
    sealed.pdfPath = QString(chosen + u"/antwoord.pdf"_s);
    sealed.encrypt = true;
    const PersonExportResult encrypted
        = PersonExport(Session { *m_store, m_clock }).write(*report, findings, {}, sealed);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.error));
    QString dossierPassword;
    const ComplaintDossier::Sealing dossierSealing { PasswordDelivery::Phone, &dossierPassword };
    auto dossierContent
        = ComplaintDossier(Session { *m_store, m_clock }).collect(m_fixture.firstCase, &error);
    QVERIFY2(dossierContent, qPrintable(error.message));
    QVERIFY2(ComplaintDossier(Session { *m_store, m_clock })
                 .write(*dossierContent,
                        OutputTarget(QString(chosen + u"/dossier-versleuteld.pdf"_s)), &error,
                        nullptr, nullptr, &dossierSealing),
             qPrintable(error.message));

    // The art. 30 register.
    const QList<ProcessingActivity> activities
        = ProcessingRegister(Session { *m_store, m_clock }).list();
    QVERIFY2(ProcessingRegisterExport::writePdf(activities, u"Woonstichting Voorbeeld"_s,
                                                m_clock.today(), marking,
                                                QString(chosen + u"/register.pdf"_s), &writeError),
             qPrintable(writeError));
    QVERIFY2(ProcessingRegisterExport::writeCsv(activities, QString(chosen + u"/register.csv"_s),
                                                &writeError),
             qPrintable(writeError));

    // Dashboard CSVs, as the dashboards' export writes them.
    const DashboardService dashboards(Session { *m_store });
    const DeadlineFigures deadlines = dashboards.deadlines(m_clock.today());
    QVERIFY2(Csv::write(breakdownToCsv(deadlines.intakeByType, u"Maand"_s, QLocale()),
                        QString(chosen + u"/instroom.csv"_s), &writeError),
             qPrintable(writeError));
    QVERIFY2(Csv::write(codeCountsToCsv(deadlines.openByState, u"Status"_s, u"Open"_s),
                        QString(chosen + u"/open.csv"_s), &writeError),
             qPrintable(writeError));

    // A QPrinter writing a PDF file (the print dialog's "print to file").
    QTextDocument document;
    PersonReportDocument::fillDocument(&document, *report);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QString(chosen + u"/printer.pdf"_s));
        QVERIFY(PrintedDocument::paint(&document, &printer, PersonReportDocument::title(), marking)
                > 0);
    }

    // The GUI's print preview: pages painted on screen only.
    auto painted = std::make_shared<int>(0);
    ui::DocumentPreview::Document preview;
    preview.title = PersonReportDocument::title();
    preview.marking = marking;
    preview.storeDirectory = m_store->directory();
    const PersonReport shown = *report;
    preview.fill = [shown, painted](QTextDocument *text, QString *) {
        PersonReportDocument::fillDocument(text, shown);
        ++*painted;
        return true;
    };
    const QPointer<QDialog> previewDialog = ui::DocumentPreview::preview(nullptr, preview);
    QVERIFY(previewDialog);
    QTRY_VERIFY(*painted > 0);
    previewDialog->close(); // deletes itself
    QTRY_VERIFY(previewDialog.isNull());

    // A PDF original shown inside the desk: QtPdf reads and renders the decrypted
    // bytes from memory. The name stands in a comment after the end, where a copy would show it.
    {
        NewAttachment original;
        original.name = u"verzoek.pdf"_s;
        original.content = test::samples::textPdf(
                               { { u"Geachte heer, mevrouw,"_s }, { u"Met vriendelijke groet"_s } })
            + "\n% " + test::PersonReportFixture::subjectName().toUtf8() + "\n";
        AttachmentService attachments(Session { *m_store, m_clock });
        const auto kept = attachments.add(m_fixture.firstCase, original, &error);
        QVERIFY2(kept, qPrintable(error.message));
        ui::AttachmentViewDialog viewer(Session { *m_store, m_clock }, *kept, nullptr);
        viewer.show();
        QVERIFY(viewer.pdfView());
        QCOMPARE(viewer.pdfView()->pageCount(), 2);
        viewer.pdfView()->nextPage();
        QTRY_COMPARE(viewer.pdfView()->currentPage(), 1);
        QTest::qWait(200); // the pages rendered
        viewer.close();
    }

    m_store.reset(); // the WAL checkpointed, the lock released

    // Only what was asked for is in the chosen folder (no QSaveFile leftovers).
    const QStringList expected {
        u"antwoord.pdf"_s, u"brief.pdf"_s,   u"csv"_s,          u"dossier-versleuteld.pdf"_s,
        u"dossier.pdf"_s,  u"export.json"_s, u"instroom.csv"_s, u"inzage.pdf"_s,
        u"open.csv"_s,     u"printer.pdf"_s, u"register.csv"_s, u"register.pdf"_s
    };
    QCOMPARE(
        QDir(chosen).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
        expected);
    QCOMPARE(QDir(targets.csvDirectory).entryList(QDir::Files | QDir::Hidden).size(),
             PersonPortability::csvFileNames(*report).size());
    // The name really is in the chosen files (the scan below can fail).
    const QStringList named
        = test::filesContaining(chosen, test::PersonReportFixture::subjectName().toUtf8());
    QVERIFY(!named.isEmpty());
    // ... but not readable in the encrypted ones.
    QVERIFY2(!named.contains(QString(chosen + u"/antwoord.pdf"_s)),
             qPrintable(named.join(u", "_s)));
    QVERIFY(!named.contains(QString(chosen + u"/dossier-versleuteld.pdf"_s)));

#ifdef Q_OS_LINUX
    const QStringList written = watch.written();
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
#endif
    const QSet<QString> after = filesOutsideTheChosenFolders();
    QCOMPARE((after - before).values(), QStringList());
    for (const QString &needle : { test::PersonReportFixture::subjectName(),
                                   test::PersonReportFixture::otherName(), u"Dorpsstraat"_s }) {
        for (const QByteArray &bytes : { needle.toUtf8(), utf16le(needle) }) {
            for (const QString &folder : watchedFolders)
                QCOMPARE(test::filesContaining(in(folder), bytes), QStringList());
        }
    }
}

int main(int argc, char **argv)
{
    // The sandbox is made in the real temp folder; from then on everything that asks for a
    // temp, cache, config, data or runtime folder, or HOME, gets one inside it. Qt, fontconfig
    // and SQLite read these when they start, so this comes before QApplication.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    sandbox = root.path();
    for (const QStringList &folders : { watchedFolders, chosenFolders }) {
        for (const QString &folder : folders) {
            if (!QDir().mkpath(in(folder)))
                return 1;
        }
    }
    QFile::setPermissions(in(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("TMPDIR", QFile::encodeName(in(u"tmp"_s)));
    qputenv("HOME", QFile::encodeName(in(u"home"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(in(u"cache"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(in(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(in(u"data"_s)));
    qputenv("XDG_STATE_HOME", QFile::encodeName(in(u"state"_s)));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(in(u"runtime"_s)));
    QApplication app(argc, argv);
    TestNoTempFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notempfiles.moc"
