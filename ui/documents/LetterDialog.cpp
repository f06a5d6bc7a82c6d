#include "documents/LetterDialog.h"

#include "DeskAccess.h"
#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WindowSize.h"
#include "documents/DocumentPreview.h"
#include "print/PrintedDocument.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

LetterDialog::LetterDialog(const Session &session, const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(caseNumber.trimmed().toUpper())
    , m_kind(named<QComboBox>(QStringLiteral("kind"), this))
    , m_message(named<MessageLabel>(QStringLiteral("message"), this))
    , m_preview(named<QTextBrowser>(QStringLiteral("preview"), this))
    //: Dutch: "&Tekst aanpassen voordat de brief wordt gemaakt (dit wordt vastgelegd)"
    , m_edit(named<QCheckBox>(QStringLiteral("editText"),
                              tr("&Edit the text before the letter is made (this is recorded)"),
                              this))
    , m_confirmNotBsn(new QCheckBox(
          tr("The number in this letter is not a BSN (the confirmation is recorded)"), this))
    , m_print(named<QPushButton>(QStringLiteral("print"), tr("&Print…"), this))
    , m_save(named<QPushButton>(QStringLiteral("savePdf"), tr("Save as P&DF…"), this))
    //: Dutch: "Per e-&mail…"
    , m_mail(new QPushButton(tr("By e-&mail…"), this))
{
    setUpMailButton();
    setObjectName(QStringLiteral("letterDialog"));
    setHelpTopic(this, HelpTopic::Letters);
    setWindowTitle(tr("Letter for %1").arg(m_number));
    //: Dutch: "Pas de tekst van de brief aan in het voorbeeld; de brief wordt gemaakt met uw
    //: tekst en bij de brief staat dat die met de hand is aangepast"
    m_edit->setToolTip(tr("Change the letter's text in the preview; the letter is made with "
                          "your text and its record says it was edited by hand"));
    m_confirmNotBsn->setObjectName(QStringLiteral("bsnOverride"));
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->setOpenLinks(false);
    // The letter takes the height there is; the rows below it (the edit box, the BSN
    // confirmation, a long message above) are never drawn over it at 1200×800.
    m_preview->setMinimumSize(560, 280);
    //: Dutch: "Kies de printer en druk af; de brief wordt vastgelegd zodra de printer hem heeft
    //: aangenomen (Ctrl+P)"
    m_print->setToolTip(tr("Choose the printer and print; the letter is recorded once the "
                           "printer accepted it (Ctrl+P)"));
    m_save->setToolTip(tr("Save the letter as PDF and record it (Ctrl+S)"));
    m_confirmNotBsn->hide();

    auto *kindLabel = new QLabel(tr("&Kind of letter:"), this);
    kindLabel->setBuddy(m_kind);
    auto *note = new QLabel(tr("Letters are in Dutch, whatever the language of Privacydesk. "
                               "Printing or saving records the letter on the request."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mail, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_edit);
    layout->addWidget(m_confirmNotBsn);
    layout->addWidget(note);
    layout->addWidget(buttons);

    fillKinds();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::refresh);
    connect(m_confirmNotBsn, &QCheckBox::toggled, this, &LetterDialog::updateButtons);
    connect(m_edit, &QCheckBox::toggled, this, &LetterDialog::setEditing);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::askAndSave);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, [this] { print(); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &LetterDialog::askAndSave);
    refresh();
    resizeWithinScreen(this, QSize(760, 820));
    m_kind->setFocus();
}

// Every kind, the ones that cannot be made now greyed and marked so in words: chosen (with
// the keyboard too, which a disabled entry would not allow), the message says why.
void LetterDialog::fillKinds()
{
    LetterService letters(m_session);
    m_availability = letters.availability(m_number);
    auto *model = new QStandardItemModel(m_kind);
    for (const LetterAvailability &a : std::as_const(m_availability)) {
        //: Dutch: "%1 (nu niet)"
        auto *item = new QStandardItem(a.available ? codes::label(a.kind)
                                                   : tr("%1 (not now)").arg(codes::label(a.kind)));
        item->setData(static_cast<int>(a.kind), Qt::UserRole);
        if (!a.available) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(a.reason);
        }
        model->appendRow(item);
    }
    m_kind->setModel(model);
    if (m_availability.isEmpty()) {
        m_message->setMessage(tr("There is no request %1.").arg(m_number));
    } else {
        // Opens on the letter that comes next. The letters made are only a hint here: when
        // they cannot be read, the first that can be made is offered.
        ServiceError unread;
        const QList<Letter> made = letters.letters(m_number, &unread);
        const std::optional<LetterKind> next = LetterService::nextKind(m_availability, made);
        m_kind->setCurrentIndex(
            next ? std::max(0, m_kind->findData(static_cast<int>(*next), Qt::UserRole)) : 0);
    }
}

LetterKind LetterDialog::kind() const
{
    return static_cast<LetterKind>(m_kind->currentData(Qt::UserRole).toInt());
}

void LetterDialog::setKind(LetterKind kind)
{
    const int index = m_kind->findData(static_cast<int>(kind), Qt::UserRole);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

bool LetterDialog::isAvailable(LetterKind kind) const
{
    for (const LetterAvailability &a : m_availability) {
        if (a.kind == kind)
            return a.available;
    }
    return false;
}

QString LetterDialog::message() const
{
    return m_message->message();
}

QString LetterDialog::shownHtml() const
{
    if (!m_rendered)
        return {};
    if (!isEdited())
        return m_rendered->html;
    // The edited document as the fragment a letter is stored as: its body, without the
    // document's own head and style (fillDocument gives those again).
    const QString html = m_preview->document()->toHtml();
    const qsizetype body = html.indexOf(QLatin1StringView("<body"));
    const qsizetype start = body < 0 ? -1 : html.indexOf(u'>', body) + 1;
    const qsizetype end = html.lastIndexOf(QLatin1StringView("</body>"));
    if (start <= 0 || end < start)
        return html;
    return html.mid(start, end - start).trimmed();
}

bool LetterDialog::isEdited() const
{
    return m_rendered && m_edit->isChecked() && m_preview->document()->isModified();
}

RenderedLetter LetterDialog::shownLetter() const
{
    RenderedLetter letter = *m_rendered;
    if (isEdited())
        letter.editedHtml = shownHtml();
    return letter;
}

void LetterDialog::setEditing(bool editing)
{
    if (!editing) {
        refresh(); // back to the letter as Privacydesk made it
        return;
    }
    m_preview->setReadOnly(false);
    m_preview->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_preview->setFocus();
}

void LetterDialog::refresh()
{
    m_rendered.reset();
    m_printedOnce = false;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setChecked(false);
    }
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_confirmNotBsn->setChecked(false);
    m_confirmNotBsn->hide();
    m_preview->clear();
    if (m_availability.isEmpty()) {
        updateButtons();
        return;
    }
    ServiceError error;
    m_rendered = LetterService(m_session).render(m_number, kind(), &error);
    if (!m_rendered) {
        m_message->setMessage(error.message);
        updateButtons();
        return;
    }
    LetterService::fillDocument(m_preview->document(), m_rendered->html);
    m_preview->document()->setDocumentMargin(18); // on paper the page margins do this
    // Read from the letterhead down, whichever letter was shown before and wherever filling the
    // document left the cursor (the view follows it).
    m_preview->moveCursor(QTextCursor::Start);
    m_preview->ensureCursorVisible();
    m_preview->document()->setModified(false);
    QString message = m_rendered->warning;
    if (!m_rendered->bsnFindings.isEmpty()) {
        message = BsnGuard::refusalMessage(m_rendered->bsnFindings, tr("Letter"));
        m_confirmNotBsn->show();
    }
    m_message->setMessage(message);
    updateButtons();
}

void LetterDialog::updateButtons()
{
    const bool ready
        = m_rendered && (m_rendered->bsnFindings.isEmpty() || m_confirmNotBsn->isChecked());
    // Printed once (as the preview did): a second print would record a second letter.
    m_print->setEnabled(ready && !m_printedOnce);
    m_save->setEnabled(ready);
    m_mail->setEnabled(ready && DeskAccess::of(m_session).may(Permission::EditCases));
    m_edit->setEnabled(m_rendered.has_value());
}

int LetterDialog::printTo(QPagedPaintDevice *device) const
{
    if (!m_rendered)
        return 0;
    return LetterService::paint(shownHtml(), device, m_rendered->title,
                                PrintedDocument::marking(m_session.store()));
}

bool LetterDialog::recordShown(const std::optional<LetterPrintJob> &printed)
{
    if (!m_rendered)
        return false;
    ServiceError error;
    const auto letter = LetterService(m_session).record(
        shownLetter(), bsnCheckFrom(m_confirmNotBsn->isChecked()), &error, printed);
    if (!letter) {
        m_message->setMessage(error.message);
        // A number typed into the edited text: the officer may confirm it is no BSN.
        if (error.code == ServiceError::Code::BsnRefused)
            m_confirmNotBsn->show();
        return false;
    }
    QString done = tr("%1 recorded on %2 (SHA-256 %3…).")
                       .arg(codes::label(letter->kind), letter->caseNumber,
                            letter->sha256.left(4) + u':' + letter->sha256.mid(4, 4));
    if (printed)
        done = tr("Sent to %1 (job %2).").arg(printed->printer).arg(printed->job) + u' ' + done;
    if (isEdited())
        //: Dutch: "De tekst is met de hand aangepast; dat staat bij de brief."
        done += u' ' + tr("The text was edited by hand; the record says so.");
    m_message->setMessage(done, MessageLabel::Kind::Done);
    m_recorded = *letter;
    Q_EMIT letterRecorded(*letter);
    return true;
}

void LetterDialog::setUpMailButton()
{
    m_mail->setObjectName(QStringLiteral("mailLetter"));
    //: Dutch: "Legt de brief vast en verstuurt hem per e-mail vanuit het privacypostvak"
    m_mail->setToolTip(tr("Records the letter and sends it by e-mail from the privacy mailbox"));
    DeskAccess::of(m_session).offer(m_mail, Permission::EditCases);
    connect(m_mail, &QPushButton::clicked, this, &LetterDialog::recordForMail);
}

bool LetterDialog::recordForMail()
{
    if (!m_mail->isEnabled() || !recordShown())
        return false;
    Q_EMIT mailRequested(*m_recorded);
    accept();
    return true;
}

bool saveRecordedPdf(const Store &store, const QString &html, const QString &title,
                     const QString &path, MessageLabel *message,
                     const std::function<bool()> &recorded)
{
    QString error;
    if (!LetterService::writePdf(html, title, PrintedDocument::marking(store),
                                 OutputTarget(path, true, store.directory()), &error)) {
        message->setMessage(error);
        return false;
    }
    if (!recorded()) {
        QFile::remove(path);
        return false;
    }
    return true;
}

bool LetterDialog::saveAsPdf(const QString &path)
{
    if (!m_save->isEnabled() || !m_rendered)
        return false;
    return saveRecordedPdf(m_session.store(), shownHtml(), m_rendered->title, path, m_message,
                           [this] { return recordShown(); });
}

bool LetterDialog::print()
{
    if (!m_print->isEnabled() || !m_rendered)
        return false;
    DocumentPreview::Document document;
    document.title = m_rendered->title;
    document.marking = PrintedDocument::marking(m_session.store());
    document.audience = PrintedDocument::Audience::DataSubject;
    document.storeDirectory = m_session.store().directory();
    const QString html = shownHtml();
    document.fill = [html](QTextDocument *text, QString *) {
        LetterService::fillDocument(text, html);
        return true;
    };
    // Recorded only once CUPS accepted the job (with its number), or once "print to file" wrote
    // the PDF (as "Save as PDF…" does); a refused or cancelled print records nothing. One step:
    // "Print…" opens the print dialog; the letter is seen in this dialog already.
    QString failure;
    bool toFile = false;
    const auto record = [this, &failure, &toFile](const DocumentPreview::Printed &done) {
        toFile = !done.file.isEmpty();
        const bool recorded = done.file.isEmpty()
            ? recordShown(LetterPrintJob { done.printer, done.job })
            : recordShown();
        if (!recorded)
            failure = m_message->message();
        return recorded;
    };
    QString outcome;
    bool problem = false;
    const bool printed = DocumentPreview::print(
        this, document, record, [&outcome, &problem](const QString &message, bool isProblem) {
            outcome = message;
            problem = isProblem;
        });
    if (printed) {
        m_printedOnce = true;
        updateButtons();
        // Where the file went, or that the queue is paused, before what was recorded.
        if (problem || toFile)
            m_message->setMessage(outcome + u' ' + m_message->message(),
                                  problem ? MessageLabel::Kind::Problem : MessageLabel::Kind::Done);
        return true;
    }
    if (!failure.isEmpty())
        outcome = tr("The letter was not printed: it could not be recorded. %1").arg(failure) + u' '
            + outcome;
    m_message->setMessage(outcome);
    return false;
}

void LetterDialog::askAndSave()
{
    if (!m_save->isEnabled() || !m_rendered)
        return;
    const QString path = DocumentPreview::askPdfPath(
        this, tr("Save the letter as PDF"),
        QStringLiteral("%1-%2.pdf").arg(m_number, codes::code(m_rendered->kind)));
    if (!path.isEmpty())
        saveAsPdf(path);
}

} // namespace pd::ui
