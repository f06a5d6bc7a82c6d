#include "documents/LetterDialog.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
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
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

LetterDialog::LetterDialog(const Store &store, const QString &caseNumber, QWidget *parent,
                           const Clock &clock)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_number(caseNumber.trimmed().toUpper())
    , m_kind(new QComboBox(this))
    , m_message(new MessageLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_bsnOverride(new QCheckBox(
          tr("The number in this letter is not a BSN (the confirmation is recorded)"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_save(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("letterDialog"));
    setHelpTopic(this, HelpTopic::Letters);
    setWindowTitle(tr("Letter for %1").arg(m_number));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_message->setObjectName(QStringLiteral("message"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_bsnOverride->setObjectName(QStringLiteral("bsnOverride"));
    m_print->setObjectName(QStringLiteral("print"));
    m_save->setObjectName(QStringLiteral("savePdf"));
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumSize(560, 480);
    m_print->setToolTip(tr("Print preview, then print; the letter is recorded once the printer "
                           "accepted it (Ctrl+P)"));
    m_save->setToolTip(tr("Save the letter as PDF and record it (Ctrl+S)"));
    m_bsnOverride->hide();

    auto *kindLabel = new QLabel(tr("&Kind of letter:"), this);
    kindLabel->setBuddy(m_kind);
    auto *note = new QLabel(tr("Letters are in Dutch, whatever the language of Privacydesk. "
                               "Printing or saving records the letter on the request."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_bsnOverride);
    layout->addWidget(note);
    layout->addWidget(buttons);

    // The kinds, the ones that do not apply now disabled with their reason.
    m_availability = LetterService(m_store, m_clock).availability(m_number);
    auto *model = new QStandardItemModel(m_kind);
    int first = -1;
    for (const LetterAvailability &a : std::as_const(m_availability)) {
        auto *item = new QStandardItem(LetterCodes::label(a.kind));
        item->setData(static_cast<int>(a.kind), Qt::UserRole);
        if (!a.available) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(a.reason);
        } else if (first < 0) {
            first = model->rowCount();
        }
        model->appendRow(item);
    }
    m_kind->setModel(model);
    if (m_availability.isEmpty())
        m_message->setMessage(tr("There is no request %1.").arg(m_number));
    else
        m_kind->setCurrentIndex(std::max(first, 0));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::refresh);
    connect(m_bsnOverride, &QCheckBox::toggled, this, &LetterDialog::updateButtons);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::askAndSave);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, [this] { print(); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &LetterDialog::askAndSave);
    refresh();
    m_kind->setFocus();
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

void LetterDialog::refresh()
{
    m_rendered.reset();
    m_bsnOverride->setChecked(false);
    m_bsnOverride->hide();
    m_preview->clear();
    if (m_availability.isEmpty()) {
        updateButtons();
        return;
    }
    ServiceError error;
    m_rendered = LetterService(m_store, m_clock).render(m_number, kind(), &error);
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
    QString message = m_rendered->warning;
    if (!m_rendered->bsnFindings.isEmpty()) {
        message = BsnGuard::refusalMessage(m_rendered->bsnFindings, tr("Letter"));
        m_bsnOverride->show();
    }
    m_message->setMessage(message);
    updateButtons();
}

void LetterDialog::updateButtons()
{
    const bool ready
        = m_rendered && (m_rendered->bsnFindings.isEmpty() || m_bsnOverride->isChecked());
    m_print->setEnabled(ready);
    m_save->setEnabled(ready);
}

int LetterDialog::printTo(QPagedPaintDevice *device) const
{
    if (!m_rendered)
        return 0;
    return LetterService::paint(m_rendered->html, device, m_rendered->title,
                                PrintedDocument::marking(m_store));
}

bool LetterDialog::recordShown(const std::optional<LetterPrintJob> &printed)
{
    if (!m_rendered)
        return false;
    ServiceError error;
    const auto letter = LetterService(m_store, m_clock)
                            .record(*m_rendered, m_bsnOverride->isChecked(), &error, printed);
    if (!letter) {
        m_message->setMessage(error.message);
        return false;
    }
    QString done = tr("%1 recorded on %2 (SHA-256 %3…).")
                       .arg(LetterCodes::label(letter->kind), letter->caseNumber,
                            letter->sha256.left(4) + u':' + letter->sha256.mid(4, 4));
    if (printed)
        done = tr("Sent to %1 (job %2).").arg(printed->printer).arg(printed->job) + u' ' + done;
    m_message->setMessage(done, MessageLabel::Kind::Done);
    Q_EMIT letterRecorded(*letter);
    return true;
}

bool LetterDialog::saveAsPdf(const QString &path)
{
    if (!m_print->isEnabled() || !m_rendered)
        return false;
    QString error;
    if (!LetterService::writePdf(m_rendered->html, m_rendered->title,
                                 PrintedDocument::marking(m_store),
                                 OutputTarget(path, true, m_store.directory()), &error)) {
        m_message->setMessage(error);
        return false;
    }
    if (!recordShown()) {
        // Nothing leaves Privacydesk that is not on record.
        QFile::remove(path);
        return false;
    }
    return true;
}

QDialog *LetterDialog::print()
{
    if (!m_print->isEnabled() || !m_rendered)
        return nullptr;
    DocumentPreview::Document document;
    document.title = m_rendered->title;
    document.marking = PrintedDocument::marking(m_store);
    document.audience = PrintedDocument::Audience::DataSubject;
    document.storeDirectory = m_store.directory();
    const QString html = m_rendered->html;
    document.fill = [html](QTextDocument *text, QString *) {
        LetterService::fillDocument(text, html);
        return true;
    };
    // Recorded only once CUPS accepted the job (with its number), or once "print to file" wrote
    // the PDF (as "Save as PDF…" does); a refused or cancelled print records nothing.
    return DocumentPreview::preview(this, document, [this](const DocumentPreview::Printed &done) {
        if (!done.file.isEmpty())
            return recordShown();
        if (recordShown(LetterPrintJob { done.printer, done.job }))
            return true;
        m_message->setMessage(tr("The letter was not printed: it could not be recorded. %1")
                                  .arg(m_message->message()));
        return false;
    });
}

void LetterDialog::askAndSave()
{
    if (!m_save->isEnabled() || !m_rendered)
        return;
    const QString path = DocumentPreview::askPdfPath(
        this, tr("Save the letter as PDF"),
        QStringLiteral("%1-%2.pdf").arg(m_number, LetterCodes::code(m_rendered->kind)));
    if (!path.isEmpty())
        saveAsPdf(path);
}

} // namespace pd::ui
