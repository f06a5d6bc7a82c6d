// The letter dialog, the letter templates editor and the AP complaint dossier dialog on a
// fixture store: only the letters that apply can be chosen, saving as PDF records the letter,
// templates are checked as typed, saved and reset, and the dossier records the AP reference and
// writes the same pages as the CLI. Dialogs are driven directly (never exec()).

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/LetterDialog.h"
#include "documents/LetterTemplatesDialog.h"
#include "print/PrintedDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

class TestLetterDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersOnlyWhatApplies();
    void savingAsPdfRecordsTheLetter();
    void templatesEditor();
    void dossierDialog();
    void screenshots();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_full;
    QString m_open;
};

void TestLetterDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = pd::test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    m_full = m_fixture->fullCase();
    QVERIFY2(!m_full.isEmpty(), qPrintable(m_fixture->error()));
    const auto open = m_fixture->addCase(u"O. Openstaand"_s, u"K500500"_s, { RequestType::Inzage },
                                         QDate(2027, 1, 4));
    QVERIFY2(open, qPrintable(m_fixture->error()));
    m_open = open->number;
    m_fixture->at(QDate(2027, 1, 5));
}

void TestLetterDialog::offersOnlyWhatApplies()
{
    LetterDialog dialog(*m_store, m_open, nullptr, m_fixture->clock());
    dialog.show();
    auto *kinds = dialog.findChild<QComboBox *>(u"kind"_s);
    QVERIFY(kinds);
    QCOMPARE(kinds->count(), LetterCodes::kinds().size());
    QCOMPARE(dialog.kind(), LetterKind::Ontvangstbevestiging);
    QVERIFY(dialog.rendered());
    QVERIFY(dialog.findChild<QPushButton *>(u"savePdf"_s)->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(u"print"_s)->isEnabled());
    const QString preview = dialog.findChild<QTextBrowser *>(u"preview"_s)->toPlainText();
    QVERIFY2(preview.contains(u"Geachte O. Openstaand,"_s), qPrintable(preview));
    // The preview opens at the letterhead, not where filling the document left the cursor.
    auto *browser = dialog.findChild<QTextBrowser *>(u"preview"_s);
    QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 0);
    QCOMPARE(browser->verticalScrollBar()->value(), 0);

    auto *model = qobject_cast<QStandardItemModel *>(kinds->model());
    QVERIFY(model);
    const int besluit = kinds->findData(static_cast<int>(LetterKind::Besluit), Qt::UserRole);
    QVERIFY(!(model->item(besluit)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!model->item(besluit)->toolTip().isEmpty());
    QVERIFY(!dialog.isAvailable(LetterKind::Besluit));
    dialog.setKind(LetterKind::Besluit);
    QVERIFY(!dialog.rendered());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(u"savePdf"_s)->isEnabled());
    QVERIFY(!dialog.saveAsPdf(m_tmp.filePath(u"nee.pdf"_s)));
    QVERIFY(!QFile::exists(m_tmp.filePath(u"nee.pdf"_s)));
    QVERIFY(LetterService(*m_store).letters(m_open).isEmpty());

    LetterDialog unknown(*m_store, u"AVG-1999-0001"_s, nullptr, m_fixture->clock());
    QVERIFY(!unknown.rendered());
    QVERIFY(!unknown.message().isEmpty());
}

void TestLetterDialog::savingAsPdfRecordsTheLetter()
{
    LetterDialog dialog(*m_store, m_open, nullptr, m_fixture->clock());
    QSignalSpy recorded(&dialog, &LetterDialog::letterRecorded);
    dialog.setKind(LetterKind::VerzoekIdentificatie);
    QVERIFY(dialog.rendered());
    const QString path = m_tmp.filePath(u"identificatie.pdf"_s);
    QVERIFY2(dialog.saveAsPdf(path), qPrintable(dialog.message()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(recorded.size(), 1);
    const auto letter = recorded.first().first().value<Letter>();
    QCOMPARE(letter.kind, LetterKind::VerzoekIdentificatie);
    const QList<Letter> letters = LetterService(*m_store).letters(m_open);
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().html, dialog.rendered()->html);
    QCOMPARE(letters.first().sha256, letter.sha256);
    QVERIFY(dialog.message().contains(letter.sha256.left(4)));
    QCOMPARE(CaseService(*m_store).timeline(m_open).constLast().action, u"case.letter"_s);

    // What the print preview paints: the same letter, one page.
    QPdfWriter writer(m_tmp.filePath(u"print.pdf"_s));
    PrintedDocument::setUpA4(&writer, dialog.rendered()->title);
    QCOMPARE(dialog.printTo(&writer), 1);
    // Printing records too (what the preview dialog's accepted() does).
    QVERIFY(dialog.recordShown());
    QCOMPARE(LetterService(*m_store).letters(m_open).size(), 2);
}

void TestLetterDialog::templatesEditor()
{
    LetterTemplatesDialog dialog(*m_store, nullptr, m_fixture->clock());
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(u"save"_s);
    auto *reset = dialog.findChild<QPushButton *>(u"reset"_s);
    dialog.selectKind(LetterKind::Besluit);
    QCOMPARE(dialog.kind(), LetterKind::Besluit);
    QCOMPARE(dialog.editor()->toPlainText(), LetterTemplates::defaultHtml(LetterKind::Besluit));
    QVERIFY(!save->isEnabled()); // nothing changed
    QVERIFY(!reset->isEnabled()); // already the default

    dialog.editor()->setPlainText(u"<p>{{besluit.uitkomst}} {{onbekend}}</p>"_s);
    QVERIFY(dialog.hasUnsavedChanges());
    QVERIFY(!save->isEnabled());
    // Unknown placeholder, no remedies, no reasons (art. 12(4), issue 14).
    QCOMPARE(dialog.problems().size(), 3);
    QVERIFY(dialog.problems().join(u' ').contains(u"{{onbekend}}"_s));
    QVERIFY(!dialog.save());

    dialog.editor()->setPlainText(u"<p>{{besluit.uitkomst}} {{besluit.motivering}}</p>\n"_s);
    dialog.editor()->moveCursor(QTextCursor::End);
    dialog.insertPlaceholder(u"rechtsmiddelen"_s);
    QVERIFY(dialog.editor()->toPlainText().endsWith(u"{{rechtsmiddelen}}"_s));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u' ')));
    QVERIFY(save->isEnabled());

    // A number that passes the 11-proef needs the logged confirmation.
    const QString withNumber = dialog.editor()->toPlainText() + u" "_s + test::elfProefNumber();
    dialog.editor()->setPlainText(withNumber);
    QVERIFY(!save->isEnabled());
    auto *bsn = dialog.findChild<QCheckBox *>(u"bsnOverride"_s);
    QVERIFY(bsn->isVisible());
    bsn->setChecked(true);
    QVERIFY(save->isEnabled());
    dialog.editor()->setPlainText(
        u"<p>{{besluit.uitkomst}} {{besluit.motivering}}</p>\n{{rechtsmiddelen}}"_s);
    QVERIFY(!bsn->isVisible());

    QVERIFY(dialog.save());
    QVERIFY(!dialog.hasUnsavedChanges());
    LetterTemplate stored = LetterService(*m_store).templateFor(LetterKind::Besluit);
    QVERIFY(stored.customised);
    QCOMPARE(stored.html,
             u"<p>{{besluit.uitkomst}} {{besluit.motivering}}</p>\n{{rechtsmiddelen}}"_s);
    QVERIFY(reset->isEnabled());

    // Drafts survive switching kinds.
    dialog.selectKind(LetterKind::Ontvangstbevestiging);
    dialog.editor()->setPlainText(u"<p>Concept {{datum}}</p>"_s);
    dialog.selectKind(LetterKind::Besluit);
    dialog.selectKind(LetterKind::Ontvangstbevestiging);
    QCOMPARE(dialog.editor()->toPlainText(), u"<p>Concept {{datum}}</p>"_s);
    QVERIFY(dialog.resetToDefault()); // a draft of a default: dropped
    QVERIFY(!dialog.hasUnsavedChanges());

    dialog.selectKind(LetterKind::Besluit);
    QVERIFY(dialog.resetToDefault());
    stored = LetterService(*m_store).templateFor(LetterKind::Besluit);
    QVERIFY(!stored.customised);
    QCOMPARE(dialog.editor()->toPlainText(), LetterTemplates::defaultHtml(LetterKind::Besluit));
}

void TestLetterDialog::dossierDialog()
{
    ComplaintDossierDialog dialog(*m_store, m_full, nullptr, m_fixture->clock());
    dialog.show();
    QVERIFY(dialog.content());
    QVERIFY(dialog.content()->verification.ok);
    QVERIFY(!dialog.status().isEmpty());
    auto *reference = dialog.findChild<QLineEdit *>(u"apReference"_s);
    QVERIFY(reference->text().isEmpty());

    reference->setText(u"kenmerk "_s + test::elfProefNumber());
    QVERIFY(!dialog.recordApReference());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(!dialog.message().contains(test::elfProefNumber()));
    QVERIFY(dialog.findChild<QCheckBox *>(u"bsnOverride"_s)->isVisible());
    reference->setText(u"z2027-00412"_s);
    QVERIFY2(dialog.recordApReference(), qPrintable(dialog.message()));
    QCOMPARE(dialog.content()->apReference, u"z2027-00412"_s);
    QCOMPARE(ComplaintDossier(*m_store).apReference(m_full), u"z2027-00412"_s);

    const QString path = m_tmp.filePath(u"dossier.pdf"_s);
    QVERIFY2(dialog.saveAsPdf(path), qPrintable(dialog.message()));
    PD_REQUIRE_PDFTOTEXT();
    const QStringList pages = test::DocumentFixture::pdfPages(path);
    QVERIFY(pages.size() >= 9);
    QVERIFY(pages.first().contains(u"z2027-00412"_s));
    QVERIFY(pages.constLast().contains(
        PrintedDocument::pageText(static_cast<int>(pages.size()), static_cast<int>(pages.size()))));
    QPdfWriter writer(m_tmp.filePath(u"preview.pdf"_s));
    PrintedDocument::setUpA4(&writer, ComplaintDossier::documentTitle(m_full));
    QVERIFY(dialog.printTo(&writer) >= 9);

    QWidget parent;
    ComplaintDossierDialog *shown = showComplaintDossier(&parent, *m_store, m_full);
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QVERIFY(shown->testAttribute(Qt::WA_DeleteOnClose));
    shown->close();
}

// The dialogs as the officer sees them; with a shots folder they are saved as pictures.
void TestLetterDialog::screenshots()
{
    const QString dir = test::shotsDir();
    LetterDialog letter(*m_store, m_open, nullptr, m_fixture->clock());
    letter.resize(760, 820);
    letter.show();
    QVERIFY(test::saveShot(&letter, dir, u"letterdialog"_s));
    letter.setKind(LetterKind::Besluit);
    QVERIFY(test::saveShot(&letter, dir, u"letterdialog-unavailable"_s));
    LetterTemplatesDialog templates(*m_store, nullptr, m_fixture->clock());
    templates.show();
    templates.editor()->setPlainText(u"<p>{{onbekend}}</p>"_s);
    QVERIFY(test::saveShot(&templates, dir, u"lettertemplates"_s));
    ComplaintDossierDialog dossier(*m_store, m_full, nullptr, m_fixture->clock());
    dossier.show();
    QVERIFY(test::saveShot(&dossier, dir, u"dossierdialog"_s));
}

QTEST_MAIN(TestLetterDialog)
#include "tst_letterdialog.moc"
