#include "documents/ComplaintDossierDialog.h"

#include "DeskAccess.h"
#include "HelpWindow.h"
#include "MessageLabel.h"
#include "WaitCursor.h"
#include "documents/AnswerPasswordDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/EventText.h"
#include "print/PrintedDocument.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

ComplaintDossierDialog::ComplaintDossierDialog(const Session &session, const QString &caseNumber,
                                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(caseNumber.trimmed().toUpper())
    , m_reference(new QLineEdit(this))
    , m_confirmNotBsn(new QCheckBox(tr("This is not a BSN (the confirmation is recorded)"), this))
    , m_version(new QComboBox(this))
    , m_record(new QPushButton(tr("R&ecord"), this))
    , m_status(new QLabel(this))
    , m_message(new MessageLabel(this))
    //: Dutch: "Af&drukken…"
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_preview(new QPushButton(tr("Print pre&view…"), this))
    , m_save(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("complaintDossierDialog"));
    setHelpTopic(this, HelpTopic::ComplaintDossier);
    setWindowTitle(tr("AP complaint dossier — %1").arg(m_number));
    setUpFields();
    layOut();
    connectControls();
    showDossier();
}

// The fields' and buttons' names for the tests, the versions to choose from, the hints.
void ComplaintDossierDialog::setUpFields()
{
    m_reference->setObjectName(QStringLiteral("apReference"));
    m_confirmNotBsn->setObjectName(QStringLiteral("bsnOverride"));
    m_record->setObjectName(QStringLiteral("recordReference"));
    m_status->setObjectName(QStringLiteral("status"));
    m_message->setObjectName(QStringLiteral("message"));
    m_print->setObjectName(QStringLiteral("print"));
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_save->setObjectName(QStringLiteral("savePdf"));
    m_version->setObjectName(QStringLiteral("dossierVersion"));
    for (const DossierVersion version : { DossierVersion::Complete, DossierVersion::Complainant })
        m_version->addItem(ComplaintDossier::versionLabel(version), static_cast<int>(version));
    //: Dutch: "Welke versie: de volledige voor de AP, met wat de klager niet mag zien
    //: gemarkeerd, of de versie voor de klager zonder die delen. Opslaan legt vast welke."
    m_version->setToolTip(tr("Which version: the complete one for the AP, with what the "
                             "complainant may not see marked, or the version for the "
                             "complainant without those parts. Saving records which."));
    m_reference->setPlaceholderText(tr("e.g. z2027-00412"));
    m_reference->setMaxLength(100);
    m_reference->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirmNotBsn->hide();
    //: Dutch: "Kies de printer en druk het dossier af (Ctrl+P)"
    m_print->setToolTip(tr("Choose the printer and print the dossier (Ctrl+P)"));
    //: Dutch: "Bekijk de pagina's van het dossier voordat u afdrukt"
    m_preview->setToolTip(tr("Look at the dossier's pages before you print"));
    m_save->setToolTip(tr("Save the dossier as PDF (Ctrl+S)"));
}

// What the dossier is, the form (the AP reference, the version, the audit trail), the encrypted
// choice, the message line and the buttons.
void ComplaintDossierDialog::layOut()
{
    auto *intro = new QLabel(tr("The dossier the Autoriteit Persoonsgegevens asks for when the "
                                "data subject complains: the summary, the full chronology from "
                                "the audit trail, the letters, the disclosures and a statement "
                                "that the chronology is complete and unaltered."),
                             this);
    intro->setWordWrap(true);
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference, 1);
    referenceRow->addWidget(m_record);
    auto *form = new QFormLayout;
    auto *referenceLabel = new QLabel(tr("AP &reference:"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, referenceRow);
    form->addRow(QString(), m_confirmNotBsn);
    //: Dutch: "Ve&rsie:"
    auto *versionLabel = new QLabel(tr("Versi&on:"), this);
    versionLabel->setBuddy(m_version);
    form->addRow(versionLabel, m_version);
    form->addRow(tr("Audit trail:"), m_status);
    //: Dutch: "Versleuteld opslaan (PDF met &wachtwoord)"
    m_encrypt = new EncryptChoice(tr("Save encr&ypted (PDF with a password)"), this);
    connect(m_encrypt, &EncryptChoice::changed, this,
            [this] { m_save->setEnabled(m_content.has_value() && m_encrypt->isReady()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_encrypt);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ComplaintDossierDialog::connectControls()
{
    connect(m_record, &QPushButton::clicked, this, &ComplaintDossierDialog::recordApReference);
    connect(m_reference, &QLineEdit::returnPressed, this,
            &ComplaintDossierDialog::recordApReference);
    connect(m_reference, &QLineEdit::textEdited, this, [this] {
        m_confirmNotBsn->setChecked(false);
        m_confirmNotBsn->hide();
    });
    connect(m_print, &QPushButton::clicked, this, &ComplaintDossierDialog::print);
    connect(m_preview, &QPushButton::clicked, this, &ComplaintDossierDialog::preview);
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] { setVersion(version()); });
    connect(m_save, &QPushButton::clicked, this, &ComplaintDossierDialog::askAndSave);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ComplaintDossierDialog::print);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ComplaintDossierDialog::askAndSave);
}

// The dossier read and its AP reference shown. An auditor reads and prints the dossier; the
// reference is shown, not offered for editing.
void ComplaintDossierDialog::showDossier()
{
    const DeskAccess access = DeskAccess::of(m_session);
    m_mayRecord = access.may(Permission::ProduceDocuments);
    reload();
    m_reference->setText(m_content ? m_content->apReference : QString());
    if (!m_mayRecord) {
        m_reference->setReadOnly(true);
        m_reference->setClearButtonEnabled(false);
        m_reference->setPlaceholderText(tr("none recorded"));
        m_reference->setToolTip(access.deniedReason());
        m_record->setEnabled(false);
        m_record->hide();
    }
    m_preview->setFocus();
}

void ComplaintDossierDialog::reload()
{
    ServiceError error;
    {
        const WaitCursor cursor;
        m_content = ComplaintDossier(m_session).collect(m_number, &error);
    }
    if (m_content)
        m_content->version = version();
    m_print->setEnabled(m_content.has_value());
    m_preview->setEnabled(m_content.has_value());
    m_save->setEnabled(m_content.has_value() && m_encrypt->isReady());
    m_record->setEnabled(m_content.has_value() && m_mayRecord);
    if (!m_content) {
        m_message->setMessage(error.message);
        m_status->clear();
        return;
    }
    const AuditLog::Verification &v = m_content->verification;
    m_status->setText(
        v.ok ? tr("verified: %n event(s), no broken link; position %1.", nullptr,
                  static_cast<int>(v.eventsChecked))
                   .arg(v.headSeq)
             : tr("<b>not verified</b>: broken at event %1 (%2). The dossier says so and makes "
                  "no statement that the chronology is complete.")
                   .arg(v.firstBrokenSeq)
                   .arg(v.reason.toHtmlEscaped()));
}

QString ComplaintDossierDialog::message() const
{
    return m_message->message();
}

QString ComplaintDossierDialog::status() const
{
    return m_status->text();
}

bool ComplaintDossierDialog::recordApReference()
{
    if (!m_mayRecord)
        return false;
    ServiceError error;
    if (!ComplaintDossier(m_session).setApReference(
            m_number, m_reference->text(), bsnCheckFrom(m_confirmNotBsn->isChecked()), &error)) {
        m_message->setMessage(error.message);
        if (error.code == ServiceError::Code::BsnRefused)
            m_confirmNotBsn->show();
        return false;
    }
    m_message->setMessage({});
    m_confirmNotBsn->setChecked(false);
    m_confirmNotBsn->hide();
    reload();
    return true;
}

int ComplaintDossierDialog::printTo(QPagedPaintDevice *device) const
{
    if (!m_content)
        return 0;
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, *m_content);
    return PrintedDocument::paint(&document, device,
                                  ComplaintDossier::documentTitle(m_content->request.number),
                                  PrintedDocument::marking(m_session.store()));
}

void ComplaintDossierDialog::setVersion(DossierVersion version)
{
    if (const int index = m_version->findData(static_cast<int>(version));
        index >= 0 && index != m_version->currentIndex())
        m_version->setCurrentIndex(index);
    if (m_content)
        m_content->version = version;
}

DossierVersion ComplaintDossierDialog::version() const
{
    return static_cast<DossierVersion>(m_version->currentData().toInt());
}

bool ComplaintDossierDialog::saveAsPdf(const QString &path)
{
    if (!m_content)
        return false;
    if (!m_encrypt->isReady())
        return false;
    ServiceError error;
    QString password;
    const ComplaintDossier::Sealing sealing {
        m_encrypt->delivery().value_or(PasswordDelivery::Phone), &password
    };
    if (!ComplaintDossier(m_session).write(
            *m_content, OutputTarget(path, true, m_session.store().directory()), &error, nullptr,
            nullptr, m_encrypt->encrypt() ? &sealing : nullptr)) {
        m_message->setMessage(error.message);
        return false;
    }
    m_message->setMessage({});
    if (!password.isEmpty())
        AnswerPasswordDialog::showOnce(password, sealing.passwordBy, this);
    return true;
}

DocumentPreview::Document ComplaintDossierDialog::document() const
{
    DocumentPreview::Document document;
    document.title = ComplaintDossier::documentTitle(m_number);
    document.marking = PrintedDocument::marking(m_session.store());
    document.storeDirectory = m_session.store().directory();
    const ComplaintDossierContent content = *m_content;
    document.fill = [content](QTextDocument *text, QString *) {
        ComplaintDossier::fillDocument(text, content);
        return true;
    };
    return document;
}

// A print is recorded on the request's trail like a saved PDF; one that cannot be
// recorded is cancelled.
DocumentPreview::PrintedHandler ComplaintDossierDialog::recordPrinted()
{
    const ComplaintDossierContent content = *m_content;
    return [this, content](const DocumentPreview::Printed &printed) {
        ServiceError error;
        if (ComplaintDossier(m_session).recordPrinted(
                content, { printed.printer, printed.job, printed.file, printed.pages }, &error))
            return true;
        m_message->setMessage(error.message);
        return false;
    };
}

void ComplaintDossierDialog::preview()
{
    if (!m_content)
        return;
    DocumentPreview::preview(this, document(), recordPrinted());
}

bool ComplaintDossierDialog::print()
{
    if (!m_content)
        return false;
    return DocumentPreview::print(this, document(), recordPrinted(),
                                  DocumentPreview::reportIn(m_message));
}

void ComplaintDossierDialog::askAndSave()
{
    if (!m_content)
        return;
    const QString path = DocumentPreview::askPdfPath(
        this, tr("Save the AP complaint dossier as PDF"),
        version() == DossierVersion::Complainant ? tr("ap-dossier-%1-klager.pdf").arg(m_number)
                                                 : tr("ap-dossier-%1.pdf").arg(m_number));
    if (!path.isEmpty())
        saveAsPdf(path);
}

ComplaintDossierDialog *showComplaintDossier(QWidget *parent, const Session &session,
                                             const QString &caseNumber)
{
    auto *dialog = new ComplaintDossierDialog(session, caseNumber, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace pd::ui
