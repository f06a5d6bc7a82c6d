// A PDF original is shown inside the desk: AttachmentViewDialog holds a PdfView
// (QPdfView over the decrypted bytes in memory) with page x of n, Page Up/Page Down, zoom with
// Ctrl++/Ctrl+- and fit to the width; it fits a 1200x800 screen; "open outside" stays as the
// second choice; a PDF with a password or a damaged one shows why, never crashes; a scan says
// that the officer must check it by eye, in the viewer and where the intake and the Documenten
// tab take files; a PDF whose text looks like an identity document is asked about, one with a
// BSN in its text refused when it is picked. (No temp file on the way: tst_notempfiles.)

#include "GuiTestSupport.h"
#include "PdfSamples.h"
#include "RequestSupport.h"
#include "TestSupport.h"
#include "cases/AttachmentRepository.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/Attachments.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseService.h"
#include "cases/PdfView.h"
#include "intake/NewRequestDialog.h"
#include "reading/ReaderProcess.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using pd::ui::AttachmentViewDialog;

class TestPdfView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfIsShownInside();
    void lockedAndBrokenPdfsSayWhy();
    void aHostilePdfDoesNotHoldTheDesk();
    void scanSaysCheckByEye();
    void intakeSaysWhatToCheckByEye();
    void documentsTabSaysWhatToCheckByEye();

private:
    Attachment keep(const QString &name, const QByteArray &bytes);
    Attachment keptBeforeTheReadingRule(const QString &name, const QByteArray &bytes);
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 3), QTime(12, 0), Qt::UTC) };
    QString m_number;
};

void TestPdfView::initTestCase()
{
    QVERIFY(initSodium());
    m_store = createTestStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    // An open request to add files to (tests/support/RequestSupport.h).
    m_number = addRequest(*m_store, m_clock, u"H. Oudeboom"_s, QDate(2026, 4, 2));
    QVERIFY(!m_number.isEmpty());
}

Attachment TestPdfView::keep(const QString &name, const QByteArray &bytes)
{
    NewAttachment file;
    file.name = name;
    file.content = bytes;
    ServiceError error;
    const auto kept = AttachmentService(Session { *m_store, m_clock }).add(m_number, file, &error);
    if (!kept)
        qWarning("%s", qPrintable(error.message));
    return kept.value_or(Attachment {});
}

// A PDF with a password or a damaged one is refused at intake now; a store from before that
// rule still holds such files, and the viewer must say why it cannot show them. Written as
// the intake then wrote it.
Attachment TestPdfView::keptBeforeTheReadingRule(const QString &name, const QByteArray &bytes)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id FROM cases WHERE number = ?"_s);
    query.addBindValue(m_number);
    if (!query.exec() || !query.next())
        return {};
    Attachment a;
    a.caseNumber = m_number;
    a.name = name;
    a.kind = AttachmentKind::Origineel;
    a.mediaType = u"application/pdf"_s;
    a.size = bytes.size();
    a.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    a.addedBy = u"j.devries"_s;
    a.addedAt = m_clock.now();
    ServiceError error;
    const auto id = AttachmentRepository::insert(
        m_store->database(), query.value(0).toLongLong(), a,
        AttachmentService::kindCode(AttachmentKind::Origineel), bytes, &error);
    if (!id)
        qWarning("%s", qPrintable(error.message));
    a.id = id.value_or(0);
    return a;
}

void TestPdfView::pdfIsShownInside()
{
    const Attachment letter = keep(
        u"brief.pdf"_s,
        samples::textPdf({ { u"Pagina een"_s }, { u"Pagina twee"_s }, { u"Pagina drie"_s } }));
    QVERIFY(letter.id > 0);
    AttachmentViewDialog viewer(Session { *m_store, m_clock }, letter, nullptr);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.isLoaded());
    ui::PdfView *pdf = viewer.pdfView();
    QVERIFY(pdf);
    QVERIFY(pdf->isShown());
    // Drawn by the reader: the desk shows a picture of the page, as wide as the view.
    QVERIFY(!pdf->shownPage().isNull());
    QTRY_VERIFY(!pdf->isDrawing());
    QTRY_VERIFY(std::abs(pdf->shownPage().deviceIndependentSize().width()
                         - pdf->view()->viewport()->width())
                <= 8);
    QCOMPARE(pdf->pageCount(), 3);
    QCOMPARE(pdf->currentPage(), 0);
    QCOMPARE(pdf->pageText(), u"Page 1 of 3"_s);
    QCOMPARE(pdf->message(), QString());
    QCOMPARE(viewer.textNotice(), QString());

    // The keyboard turns the pages and zooms.
    QVERIFY(pdf->view()->hasFocus() || pdf->hasFocus());
    QTest::keyClick(pdf->view(), Qt::Key_PageDown);
    QTRY_COMPARE(pdf->currentPage(), 1);
    QCOMPARE(pdf->pageText(), u"Page 2 of 3"_s);
    QTest::keyClick(pdf->view(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(pdf->currentPage(), 2);
    QTest::keyClick(pdf->view(), Qt::Key_PageDown); // stays on the last page
    QCOMPARE(pdf->currentPage(), 2);
    QTest::keyClick(pdf->view(), Qt::Key_PageUp);
    QTRY_COMPARE(pdf->currentPage(), 1);
    const qreal before = pdf->zoomFactor();
    QTest::keyClick(pdf->view(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY2(pdf->zoomFactor() > before, qPrintable(QString::number(pdf->zoomFactor())));
    QTest::keyClick(pdf->view(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(pdf->view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(pdf->zoomFactor() < before);
    QTest::keyClick(pdf->view(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(pdf->fitsWidth());
    QCOMPARE(pdf->zoomFactor(), 1.0);
    // Another page is another picture, drawn by the reader while the desk goes on.
    const QImage second = pdf->shownPage().toImage();
    QTest::keyClick(pdf->view(), Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE(pdf->currentPage(), 0);
    QTRY_VERIFY(!pdf->isDrawing() && !pdf->shownPage().isNull());
    QTRY_VERIFY(pdf->shownPage().toImage() != second);

    // Fits the screen (1200x800 here); opening outside is still there, second.
    const QRect screen = viewer.screen()->availableGeometry();
    QVERIFY2(
        viewer.frameGeometry().width() <= screen.width()
            && viewer.frameGeometry().height() <= screen.height(),
        qPrintable(
            u"%1x%2"_s.arg(viewer.frameGeometry().width()).arg(viewer.frameGeometry().height())));
    auto *outside = child<QPushButton>(&viewer, "openOutsideButton");
    QVERIFY(outside && outside->isEnabled());
    shot(&viewer, "pdfview-letter");
}

void TestPdfView::lockedAndBrokenPdfsSayWhy()
{
    const QByteArray plain = samples::textPdf({ { u"Vertrouwelijk"_s } });
    const Attachment locked
        = keptBeforeTheReadingRule(u"beveiligd.pdf"_s, samples::encryptedPdf(plain));
    QVERIFY(locked.id > 0);
    {
        AttachmentViewDialog viewer(Session { *m_store, m_clock }, locked, nullptr);
        viewer.show();
        QVERIFY(viewer.pdfView());
        QVERIFY(!viewer.pdfView()->isShown());
        QCOMPARE(viewer.pdfView()->pageCount(), 0);
        QVERIFY2(viewer.pdfView()->message().contains(u"protected by a password"_s),
                 qPrintable(viewer.pdfView()->message()));
        QCOMPARE(viewer.textNotice(), QString()); // the viewer's own message says it
        // Nothing happens on the keys.
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(child<QPushButton>(&viewer, "openOutsideButton")->isEnabled());
        shot(&viewer, "pdfview-locked");
    }
    const Attachment broken
        = keptBeforeTheReadingRule(u"kapot.pdf"_s, samples::truncatedPdf(plain));
    QVERIFY(broken.id > 0);
    AttachmentViewDialog viewer(Session { *m_store, m_clock }, broken, nullptr);
    viewer.show();
    QVERIFY(viewer.pdfView());
    QVERIFY(!viewer.pdfView()->isShown());
    QVERIFY2(viewer.pdfView()->message().contains(u"damaged or incomplete"_s),
             qPrintable(viewer.pdfView()->message()));
}

// A PDF whose page tree loops (590 bytes) hung a reader for ever: drawn by privacydesk-reader,
// it meets the reader's time limit, and the viewer says so; the desk is never the one parsing.
void TestPdfView::aHostilePdfDoesNotHoldTheDesk()
{
    const ReaderLimits before = ReaderProcess::limits();
    const auto restore = qScopeGuard([&] { ReaderProcess::setLimits(before); });
    ReaderProcess::setLimits({ ReaderLimits::minimumSeconds, before.memoryMb });
    const Attachment loop = keptBeforeTheReadingRule(u"lus.pdf"_s, test::loopingPdf());
    QVERIFY(loop.id > 0);
    QElapsedTimer timer;
    timer.start();
    AttachmentViewDialog viewer(Session { *m_store, m_clock }, loop, nullptr);
    viewer.show();
    QVERIFY(viewer.pdfView());
    QVERIFY(!viewer.pdfView()->isShown());
    QVERIFY2(viewer.pdfView()->message().contains(u"within the reading program's limits"_s),
             qPrintable(viewer.pdfView()->message()));
    QVERIFY2(timer.elapsed() < 2 * 1000 * ReaderLimits::minimumSeconds,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(child<QPushButton>(&viewer, "openOutsideButton")->isEnabled());
    shot(&viewer, "pdfview-hostile");
}

void TestPdfView::scanSaysCheckByEye()
{
    const Attachment scan = keep(u"scan.pdf"_s, samples::scanPdf());
    QVERIFY(scan.id > 0);
    AttachmentViewDialog viewer(Session { *m_store, m_clock }, scan, nullptr);
    viewer.show();
    QVERIFY(viewer.pdfView() && viewer.pdfView()->isShown());
    QCOMPARE(viewer.pdfView()->pageCount(), 1);
    QVERIFY2(viewer.textNotice().contains(u"scan.pdf is a scan without a text layer"_s),
             qPrintable(viewer.textNotice()));
    auto *notice = child<QWidget>(&viewer, "attachmentTextNotice");
    QVERIFY(notice && notice->isVisible());
    shot(&viewer, "pdfview-scan");
}

QString TestPdfView::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_tmp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The identity-document question, answered No; *text: what it asked.
static void answerNo(QString *text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"identityDocumentQuestion"_s)
            return;
        *text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::NoRole) {
                button->click();
                return;
            }
        }
    });
}

void TestPdfView::intakeSaysWhatToCheckByEye()
{
    ui::NewRequestDialog dialog(Session { *m_store, m_clock });
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // A scan is kept, with the notice beside the files (not as a refusal).
    QCOMPARE(dialog.addFiles({ write(u"gescand.pdf"_s, samples::scanPdf()) }), 1);
    QCOMPARE(dialog.fileMessage(), QString());
    QVERIFY2(dialog.fileNotice().contains(u"gescand.pdf is a scan without a text layer"_s),
             qPrintable(dialog.fileNotice()));
    QVERIFY(child<QWidget>(&dialog, "fileNotice")->isVisible());
    // A BSN in a PDF's text: refused when it is picked.
    const QString bsn = elfProefNumber();
    const QString withBsn = write(u"brief-bsn.pdf"_s, samples::textPdf({ { u"BSN: "_s + bsn } }));
    QCOMPARE(dialog.addFiles({ withBsn }), 0);
    QVERIFY2(dialog.fileMessage().contains(u"on page 1 ("_s + maskedNumber(bsn) + u')'),
             qPrintable(dialog.fileMessage()));
    // A passport's text: asked, as a suggestive name is; No keeps it, confirmed.
    const QString passport = write(
        u"bijlage.pdf"_s,
        samples::textPdf({ { u"PASPOORT"_s, u"P<NLDJANSEN<<PIETER<<<<<<<<<<<<<<<<<<<<<<<<"_s } }));
    QString asked;
    answerNo(&asked);
    QCOMPARE(dialog.addFiles({ passport }), 1);
    QVERIFY2(asked.contains(u"The text of “bijlage.pdf” suggests a copy of an identity document "
                            "(“PASPOORT”, on page 1)"_s),
             qPrintable(asked));
    QVERIFY(dialog.files().last().confirmedNotIdentityDocument);
    shot(&dialog, "pdfview-intake-scan");
}

void TestPdfView::documentsTabSaysWhatToCheckByEye()
{
    ui::CaseDocumentsWidget documents(Session { *m_store, m_clock }, nullptr);
    documents.showCase(m_number);
    documents.show();
    QCOMPARE(documents.addFiles({ write(u"foto.png"_s,
                                        [] {
                                            QImage image(20, 20, QImage::Format_RGB32);
                                            image.fill(Qt::gray);
                                            QByteArray png;
                                            QBuffer buffer(&png);
                                            buffer.open(QIODevice::WriteOnly);
                                            image.save(&buffer, "PNG");
                                            return png;
                                        }()) }),
             1);
    QVERIFY2(documents.filesMessage().contains(u"foto.png is a picture without a text layer"_s),
             qPrintable(documents.filesMessage()));
}

int main(int argc, char **argv)
{
    useOffscreenScreen(QSize(1200, 800));
    QApplication app(argc, argv);
    TestPdfView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfview.moc"
