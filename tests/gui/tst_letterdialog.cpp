// The letter dialog, the letter templates editor and the AP complaint dossier dialog on a
// fixture store: only the letters that apply can be chosen, saving as PDF records the letter,
// templates are checked as typed, saved and reset, and the dossier records the AP reference and
// writes the same pages as the CLI. Dialogs are driven directly (never exec()).

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/EventText.h"
#include "documents/LetterDialog.h"
#include "documents/LetterTemplatesDialog.h"
#include "print/PrintedDocument.h"
#include "sending/MailTexts.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
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
    void opensOnTheLetterThatComesNext();
    void savingAsPdfRecordsTheLetter();
    void templatesEditor();
    void mailTextsEditor();
    void dossierDialog();
    void editedTextIsRecorded();
    void printOpensThePrintDialogAtOnce();
    void signedWithTheDisplayName();
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
    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, m_open, nullptr);
    dialog.show();
    auto *kinds = dialog.findChild<QComboBox *>(u"kind"_s);
    QVERIFY(kinds);
    QCOMPARE(kinds->count(), LetterCodes::kinds().size());
    QCOMPARE(dialog.kind(), LetterKind::Ontvangstbevestiging);
    QVERIFY(dialog.rendered());
    QVERIFY(dialog.findChild<QPushButton *>(u"savePdf"_s)->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(u"print"_s)->isEnabled());
    const QString preview = dialog.findChild<QTextBrowser *>(u"preview"_s)->toPlainText();
    QVERIFY2(preview.contains(u"Geachte heer of mevrouw Openstaand,"_s), qPrintable(preview));
    // The preview opens at the letterhead, not where filling the document left the cursor.
    auto *browser = dialog.findChild<QTextBrowser *>(u"preview"_s);
    QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 0);
    QCOMPARE(browser->verticalScrollBar()->value(), 0);

    auto *model = qobject_cast<QStandardItemModel *>(kinds->model());
    QVERIFY(model);
    const int besluit = kinds->findData(static_cast<int>(LetterKind::Besluit), Qt::UserRole);
    // A kind that cannot be made now is said so in its entry, and chosen (as the keyboard can)
    // it says why.
    QVERIFY(model->item(besluit)->flags() & Qt::ItemIsEnabled);
    QVERIFY(model->item(besluit)->text() != codes::label(LetterKind::Besluit));
    QVERIFY(model->item(besluit)->text().startsWith(codes::label(LetterKind::Besluit)));
    const QString why = model->item(besluit)->toolTip();
    QVERIFY(!why.isEmpty());
    QVERIFY(!dialog.isAvailable(LetterKind::Besluit));
    dialog.setKind(LetterKind::Besluit);
    QVERIFY(!dialog.rendered());
    QCOMPARE(dialog.message(), why);
    QVERIFY(!dialog.findChild<QPushButton *>(u"savePdf"_s)->isEnabled());
    QVERIFY(!dialog.saveAsPdf(m_tmp.filePath(u"nee.pdf"_s)));
    QVERIFY(!QFile::exists(m_tmp.filePath(u"nee.pdf"_s)));
    QVERIFY(LetterService(Session { *m_store }).letters(m_open).isEmpty());

    LetterDialog unknown(Session { *m_store, m_fixture->clock() }, u"AVG-1999-0001"_s, nullptr);
    QVERIFY(!unknown.rendered());
    QVERIFY(!unknown.message().isEmpty());
}

// The acknowledgement first; once it is made, the next that can be made; after an extension,
// the extension notice, whatever else was made.
void TestLetterDialog::opensOnTheLetterThatComesNext()
{
    const auto request = m_fixture->addCase(u"V. Volgende"_s, u"K500501"_s, { RequestType::Inzage },
                                            QDate(2027, 1, 4));
    QVERIFY2(request, qPrintable(m_fixture->error()));
    const Session session { *m_store, m_fixture->clock() };
    {
        LetterDialog dialog(session, request->number, nullptr);
        QCOMPARE(dialog.kind(), LetterKind::Ontvangstbevestiging);
    }
    ServiceError error;
    QVERIFY2(LetterService(session).generate(request->number, LetterKind::Ontvangstbevestiging,
                                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QList<LetterAvailability> kinds = LetterService(session).availability(request->number);
    const auto next
        = LetterService::nextKind(kinds, LetterService(session).letters(request->number));
    QVERIFY(next && *next != LetterKind::Ontvangstbevestiging);
    {
        LetterDialog dialog(session, request->number, nullptr);
        QCOMPARE(dialog.kind(), *next);
        QVERIFY(dialog.isAvailable(*next));
    }
    QVERIFY2(m_fixture->extend(request->number, test::DocumentFixture::extensionReason(),
                               QDate(2027, 1, 5)),
             qPrintable(m_fixture->error()));
    LetterDialog dialog(session, request->number, nullptr);
    QCOMPARE(dialog.kind(), LetterKind::Verlengingsbericht);
    QVERIFY(dialog.rendered());
}

void TestLetterDialog::savingAsPdfRecordsTheLetter()
{
    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, m_open, nullptr);
    QSignalSpy recorded(&dialog, &LetterDialog::letterRecorded);
    dialog.setKind(LetterKind::VerzoekIdentificatie);
    QVERIFY(dialog.rendered());
    const QString path = m_tmp.filePath(u"identificatie.pdf"_s);
    QVERIFY2(dialog.saveAsPdf(path), qPrintable(dialog.message()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(recorded.size(), 1);
    const auto letter = recorded.first().first().value<Letter>();
    QCOMPARE(letter.kind, LetterKind::VerzoekIdentificatie);
    const QList<Letter> letters = LetterService(Session { *m_store }).letters(m_open);
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().html, dialog.rendered()->html);
    QCOMPARE(letters.first().sha256, letter.sha256);
    QVERIFY(dialog.message().contains(letter.sha256.left(4)));
    QCOMPARE(CaseService(Session { *m_store }).timeline(m_open).constLast().action,
             u"case.letter"_s);

    // What the print preview paints: the same letter, one page.
    QPdfWriter writer(m_tmp.filePath(u"print.pdf"_s));
    PrintedDocument::setUpA4(&writer, dialog.rendered()->title);
    QCOMPARE(dialog.printTo(&writer), 1);
    // Printing records too (what the preview dialog's accepted() does).
    QVERIFY(dialog.recordShown());
    QCOMPARE(LetterService(Session { *m_store }).letters(m_open).size(), 2);
}

// The e-mail a letter is sent with, edited in the same dialog: its own checks, its own draft
// beside the letter's, saved and reset through MailTextService.
void TestLetterDialog::mailTextsEditor()
{
    const Session session { *m_store, m_fixture->clock() };
    LetterTemplatesDialog dialog(session, nullptr);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(u"save"_s);
    auto *reset = dialog.findChild<QPushButton *>(u"reset"_s);
    dialog.selectKind(LetterKind::Besluit);
    dialog.mailTextBox()->setChecked(true);
    QCOMPARE(dialog.editor()->toPlainText(), MailTexts::defaultText(LetterKind::Besluit));
    QVERIFY(!save->isEnabled());
    QVERIFY(!reset->isEnabled());
    dialog.editor()->setPlainText(u"Uw besluit\n\nZie bijlage.\n"_s);
    QVERIFY(!save->isEnabled()); // no subject line, no letter named
    QCOMPARE(dialog.problems().size(), 2);
    const QString own = u"Onderwerp: {{brief.titel}}\n\n{{aanhef}},\n\nIn de bijlage: "
                        "{{brief.titel}}.{{wachtwoord.zin}}\n"_s;
    dialog.editor()->setPlainText(own);
    QVERIFY2(save->isEnabled(), qPrintable(dialog.problems().join(u' ')));
    // The letter's own template is untouched and has no draft.
    dialog.mailTextBox()->setChecked(false);
    QCOMPARE(dialog.editor()->toPlainText(), LetterTemplates::defaultHtml(LetterKind::Besluit));
    dialog.mailTextBox()->setChecked(true);
    QCOMPARE(dialog.editor()->toPlainText(), own);
    QVERIFY(dialog.save());
    ServiceError error;
    QCOMPARE(MailTextService(session).textFor(LetterKind::Besluit, &error)->html, own);
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(reset->isEnabled());
    QVERIFY(dialog.resetToDefault());
    QVERIFY(!MailTextService(session).textFor(LetterKind::Besluit, &error)->customised);
}

void TestLetterDialog::templatesEditor()
{
    LetterTemplatesDialog dialog(Session { *m_store, m_fixture->clock() }, nullptr);
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
    // Unknown placeholder, no remedies, no reasons (art. 12(4)).
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
    LetterTemplate stored = LetterService(Session { *m_store }).templateFor(LetterKind::Besluit);
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
    stored = LetterService(Session { *m_store }).templateFor(LetterKind::Besluit);
    QVERIFY(!stored.customised);
    QCOMPARE(dialog.editor()->toPlainText(), LetterTemplates::defaultHtml(LetterKind::Besluit));
}

void TestLetterDialog::dossierDialog()
{
    ComplaintDossierDialog dialog(Session { *m_store, m_fixture->clock() }, m_full, nullptr);
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
    QCOMPARE(ComplaintDossier(Session { *m_store })
                 .collect(m_full, test::MustRead())
                 .value_or(ComplaintDossierContent {})
                 .apReference,
             u"z2027-00412"_s);

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
    ComplaintDossierDialog *shown = showComplaintDossier(&parent, Session { *m_store }, m_full);
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QVERIFY(shown->testAttribute(Qt::WA_DeleteOnClose));
    shown->close();
}

// The dialogs as the officer sees them; with a shots folder they are saved as pictures.
// A last edit of the letter's text before it is made is what is kept, and its
// case.letter event says it was edited by hand, with the SHA-256 of the text as made and of the
// letter as Privacydesk rendered it; a letter left as rendered says nothing of the kind.
void TestLetterDialog::editedTextIsRecorded()
{
    const auto c = m_fixture->addCase(u"E. Bewerkt"_s, u"K500501"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto lastLetterEvent = [&] {
        const QList<AuditEvent> events
            = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
                  .eventsFor(u"case"_s, c->number);
        return events.constLast();
    };
    const auto sha256 = [](const QString &text) {
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    };

    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, c->number, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QCheckBox *>(u"editText"_s);
    auto *browser = dialog.findChild<QTextBrowser *>(u"preview"_s);
    QVERIFY(edit && browser);
    QVERIFY(browser->isReadOnly());
    const QString rendered = dialog.rendered()->html;

    // Ticked: the preview takes the keyboard; an extra sentence typed at the end.
    edit->setChecked(true);
    QVERIFY(!browser->isReadOnly());
    browser->moveCursor(QTextCursor::End);
    QTest::keyClicks(browser, u" Wij bellen u nog."_s);
    QVERIFY(dialog.isEdited());
    QVERIFY2(browser->toPlainText().contains(u"Wij bellen u nog."_s),
             qPrintable(browser->toPlainText()));
    QVERIFY2(dialog.saveAsPdf(m_tmp.filePath(u"bewerkt.pdf"_s)), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(u"edited by hand"_s), qPrintable(dialog.message()));
    const QList<Letter> letters = LetterService(Session { *m_store }).letters(c->number);
    QCOMPARE(letters.size(), 1);
    QVERIFY2(LetterTemplates::plainText(letters.first().html).contains(u"Wij bellen u nog."_s),
             qPrintable(letters.first().html));
    QCOMPARE(letters.first().sha256, sha256(letters.first().html));
    const AuditEvent edited = lastLetterEvent();
    QCOMPARE(edited.action, u"case.letter"_s);
    QVERIFY(edited.payload.value(u"edited"_s).toBool());
    QCOMPARE(edited.payload.value(u"sha256"_s).toString(), letters.first().sha256);
    QCOMPARE(edited.payload.value(u"rendered_sha256"_s).toString(), sha256(rendered));
    QVERIFY(edited.payload.value(u"rendered_sha256"_s) != edited.payload.value(u"sha256"_s));
    const QString sentence = EventText::sentence(edited, { edited });
    QVERIFY2(sentence.contains(u"edited by hand"_s), qPrintable(sentence));

    // Unticked: back to the letter as rendered, and recorded without the word.
    edit->setChecked(false);
    QVERIFY(browser->isReadOnly());
    QVERIFY(!dialog.isEdited());
    QVERIFY(!browser->toPlainText().contains(u"Wij bellen u nog."_s));
    QVERIFY2(dialog.saveAsPdf(m_tmp.filePath(u"onbewerkt.pdf"_s)), qPrintable(dialog.message()));
    const AuditEvent plain = lastLetterEvent();
    QCOMPARE(plain.action, u"case.letter"_s);
    QVERIFY(!plain.payload.contains(u"edited"_s));
    QVERIFY(!plain.payload.contains(u"rendered_sha256"_s));
    QCOMPARE(plain.payload.value(u"sha256"_s).toString(), sha256(rendered));
    QVERIFY(!EventText::sentence(plain, { plain }).contains(u"edited by hand"_s));
    QCOMPARE(LetterService(Session { *m_store }).letters(c->number).constLast().html, rendered);

    // Ticked but nothing changed: not an edit.
    edit->setChecked(true);
    QVERIFY(!dialog.isEdited());
    QVERIFY2(dialog.saveAsPdf(m_tmp.filePath(u"aangevinkt.pdf"_s)), qPrintable(dialog.message()));
    QVERIFY(!lastLetterEvent().payload.contains(u"edited"_s));

    // A BSN typed into the text is refused like any other, and the override offered.
    edit->setChecked(false);
    edit->setChecked(true);
    browser->moveCursor(QTextCursor::End);
    QTest::keyClicks(browser, u" BSN "_s + test::elfProefNumber());
    QVERIFY(!dialog.saveAsPdf(m_tmp.filePath(u"bsn.pdf"_s)));
    QVERIFY(!QFile::exists(m_tmp.filePath(u"bsn.pdf"_s)));
    QVERIFY(dialog.findChild<QCheckBox *>(u"bsnOverride"_s)->isVisible());
    QCOMPARE(LetterService(Session { *m_store }).letters(c->number).size(), 3);
}

// "Print…" in the letter dialog and in the dossier dialog goes straight to the print
// dialog (here the test's chooser, printing to a file); no preview comes between. The dossier's
// preview stays a button of its own.
void TestLetterDialog::printOpensThePrintDialogAtOnce()
{
    int asked = 0;
    const QString file = m_tmp.filePath(u"afgedrukt.pdf"_s);
    DocumentPreview::setPrinterChooserForTests([&asked, file](QPrinter *printer) {
        ++asked;
        printer->setOutputFileName(file);
        return true;
    });
    const auto reset = qScopeGuard([] { DocumentPreview::setPrinterChooserForTests({}); });
    const auto previews = [] {
        int count = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            count += widget->objectName() == u"printPreview"_s && widget->isVisible() ? 1 : 0;
        return count;
    };

    const auto c = m_fixture->addCase(u"A. Afdruk"_s, u"K500502"_s, { RequestType::Inzage },
                                      QDate(2027, 1, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterDialog letter(Session { *m_store, m_fixture->clock() }, c->number, nullptr);
    letter.show();
    auto *print = letter.findChild<QPushButton *>(u"print"_s);
    QVERIFY(print && print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(previews(), 0);
    QVERIFY(QFile::exists(file));
    QCOMPARE(LetterService(Session { *m_store }).letters(c->number).size(), 1);
    QVERIFY2(letter.message().contains(u"Saved as PDF"_s), qPrintable(letter.message()));
    // Printed once: a second print would record a second letter.
    QVERIFY(!print->isEnabled());
    QFile::remove(file);

    // Cancelled in the print dialog: nothing printed, nothing recorded.
    DocumentPreview::setPrinterChooserForTests([&asked](QPrinter *) {
        ++asked;
        return false;
    });
    letter.setKind(LetterKind::VerzoekIdentificatie);
    QVERIFY(print->isEnabled());
    QVERIFY(!letter.print());
    QCOMPARE(asked, 2);
    QVERIFY2(letter.message().contains(u"cancelled"_s), qPrintable(letter.message()));
    QCOMPARE(LetterService(Session { *m_store }).letters(c->number).size(), 1);

    // The dossier: "Print…" (Ctrl+P) to the print dialog, "Print preview…" to the preview.
    DocumentPreview::setPrinterChooserForTests([&asked, file](QPrinter *printer) {
        ++asked;
        printer->setOutputFileName(file);
        return true;
    });
    ComplaintDossierDialog dossier(Session { *m_store, m_fixture->clock() }, m_full, nullptr);
    dossier.show();
    dossier.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dossier));
    QTest::keySequence(&dossier, QKeySequence(QKeySequence::Print));
    QCOMPARE(asked, 3);
    QCOMPARE(previews(), 0);
    QVERIFY(QFile::exists(file));
    QVERIFY2(dossier.message().contains(u"Saved as PDF"_s), qPrintable(dossier.message()));
    // Printed is recorded like saved: the version, the pages, the file's SHA-256.
    QFile printedFile(file);
    QVERIFY(printedFile.open(QIODevice::ReadOnly));
    const QString printedHash = QString::fromLatin1(
        QCryptographicHash::hash(printedFile.readAll(), QCryptographicHash::Sha256).toHex());
    const AuditEvent printedEvent = CaseService(Session { *m_store }).timeline(m_full).constLast();
    QCOMPARE(printedEvent.action, u"case.dossier_printed"_s);
    QCOMPARE(printedEvent.payload.value(u"version"_s).toString(), u"complete"_s);
    QCOMPARE(printedEvent.payload.value(u"sha256"_s).toString(), printedHash);
    QVERIFY(printedEvent.payload.value(u"pages"_s).toInt() > 0);
    QVERIFY(EventText::sentence(printedEvent, {}).contains(u"SHA-256"_s));
    QTest::mouseClick(dossier.findChild<QPushButton *>(u"printPreview"_s), Qt::LeftButton);
    QCOMPARE(previews(), 1);
    QCOMPARE(asked, 3);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"printPreview"_s)
            widget->close();
    }
}

// Held in the desk's letter path: the letter the dialog shows and records is
// signed with the acting user's display name, never the login.
void TestLetterDialog::signedWithTheDisplayName()
{
    UserError error;
    QVERIFY2(UserService(*m_store, Session { *m_store })
                 .setDisplayName(test::testUser, u"Tineke van Dam"_s, &error),
             qPrintable(error.message));
    LetterDialog dialog(Session { *m_store, m_fixture->clock() }, m_open, nullptr);
    QVERIFY(dialog.rendered());
    const QString shown = dialog.findChild<QTextBrowser *>(u"preview"_s)->toPlainText();
    QVERIFY2(shown.contains(u"Tineke van Dam"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(test::testUser), qPrintable(shown));
    QVERIFY2(dialog.saveAsPdf(m_tmp.filePath(u"handtekening.pdf"_s)), qPrintable(dialog.message()));
    const QString kept = LetterTemplates::plainText(
        LetterService(Session { *m_store }).letters(m_open).constLast().html);
    QVERIFY2(kept.contains(u"Tineke van Dam"_s), qPrintable(kept));
}

void TestLetterDialog::screenshots()
{
    const QString dir = test::shotsDir();
    LetterDialog letter(Session { *m_store, m_fixture->clock() }, m_open, nullptr);
    letter.resize(760, 820);
    letter.show();
    QVERIFY(test::saveShot(&letter, dir, u"letterdialog"_s));
    letter.findChild<QCheckBox *>(u"editText"_s)->setChecked(true);
    QVERIFY(test::saveShot(&letter, dir, u"letterdialog-edit"_s));
    letter.setKind(LetterKind::Besluit);
    QVERIFY(test::saveShot(&letter, dir, u"letterdialog-unavailable"_s));
    LetterTemplatesDialog templates(Session { *m_store, m_fixture->clock() }, nullptr);
    templates.show();
    templates.editor()->setPlainText(u"<p>{{onbekend}}</p>"_s);
    QVERIFY(test::saveShot(&templates, dir, u"lettertemplates"_s));
    ComplaintDossierDialog dossier(Session { *m_store, m_fixture->clock() }, m_full, nullptr);
    dossier.show();
    QVERIFY(test::saveShot(&dossier, dir, u"dossierdialog"_s));
}

QTEST_MAIN(TestLetterDialog)
#include "tst_letterdialog.moc"
