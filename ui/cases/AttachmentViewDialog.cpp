#include "cases/AttachmentViewDialog.h"

#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/PdfView.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString addresses(const QList<MailAddress> &list)
{
    QStringList parts;
    for (const MailAddress &address : list)
        parts << (address.name.isEmpty()
                      ? address.address
                      : QStringLiteral("%1 <%2>").arg(address.name, address.address));
    return parts.join(QStringLiteral(", "));
}

QString dutchTime(const QDateTime &moment)
{
    return QLocale().toString(organisationTime(moment), QLocale::ShortFormat);
}

} // namespace

AttachmentViewDialog::AttachmentViewDialog(const Session &session, const Attachment &attachment,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_attachment(attachment)
    , m_details(new QFormLayout)
    , m_message(named<MessageLabel>(QStringLiteral("attachmentMessage"), this))
{
    setObjectName(QStringLiteral("attachmentView"));
    setWindowIcon(icons::application());
    setSizeGripEnabled(true);
    setWindowTitle(tr("%1 — %2 — Privacydesk").arg(attachment.name, attachment.caseNumber));

    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setHorizontalSpacing(18);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_details);

    ServiceError error;
    std::optional<QByteArray> content;
    {
        const WaitCursor wait;
        content
            = AttachmentService(m_session).content(attachment.caseNumber, attachment.id, &error);
    }
    std::optional<MailMessage> mail;
    if (content && attachment.isMail()) {
        QString why;
        mail = AttachmentService::readMail(attachment.name, *content, &why);
    }

    const bool pdf = content && !mail
        && AttachmentService::mediaTypeOf(attachment.name, *content)
            == QLatin1String("application/pdf");
    if (mail)
        showMail(*mail, layout);
    else if (pdf)
        showPdf(*content, layout);
    else
        showFile(content.has_value(), layout);
    const QString size
        = QLocale().formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat);
    if (mail || pdf) {
        // What the store knows of the e-mail or PDF, quietly under what it says.
        QLabel *facts = quietLabel(this);
        facts->setObjectName(QStringLiteral("attachmentFacts"));
        facts->setTextFormat(Qt::PlainText);
        facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        facts->setText(tr("%1 · %2 · added %3 by %4 · fingerprint (SHA-256) %5")
                           .arg(AttachmentService::kindLabel(attachment.kind), size,
                                dutchTime(attachment.addedAt), attachment.addedBy,
                                attachment.sha256));
        layout->addWidget(facts);
    } else {
        addDetailRow(tr("Kind:"), AttachmentService::kindLabel(attachment.kind));
        addDetailRow(tr("Size:"), size);
        addDetailRow(tr("Added:"),
                     tr("%1 by %2").arg(dutchTime(attachment.addedAt), attachment.addedBy));
        QLabel *fingerprint = addDetailRow(tr("Fingerprint:"), attachment.sha256);
        fingerprint->setToolTip(tr("SHA-256 of the file as received"));
    }

    if (!content)
        m_message->setMessage(tr("The file could not be read: %1").arg(error.message));
    m_loaded = content.has_value();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveAsButton"));
    m_openButton
        = buttons->addButton(tr("&Open outside Privacydesk…"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openOutsideButton"));
    m_saveButton->setEnabled(m_loaded);
    m_openButton->setEnabled(m_loaded);
    connect(m_saveButton, &QPushButton::clicked, this, &AttachmentViewDialog::saveAs);
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentViewDialog::openOutside);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QLabel *AttachmentViewDialog::addDetailRow(const QString &label, const QString &value)
{
    QLabel *field = valueLabel(value, this);
    m_details->addRow(label, field);
    return field;
}

// An e-mail: its header, its text (without markup) and the parts attached to it.
void AttachmentViewDialog::showMail(const MailMessage &mail, QVBoxLayout *layout)
{
    addDetailRow(tr("From:"), addresses({ mail.from }));
    if (!mail.to.isEmpty())
        addDetailRow(tr("To:"), addresses(mail.to));
    addDetailRow(tr("Date:"),
                 mail.date.isValid() ? tr("%1 (Dutch time)").arg(dutchTime(mail.date))
                                     : tr("none given"));
    m_subject = addDetailRow(tr("Subject:"), mail.subject);
    m_subject->setObjectName(QStringLiteral("mailSubject"));
    emphasise(m_subject);
    m_text = named<QPlainTextEdit>(QStringLiteral("mailText"), this);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlainText(mail.text);
    layout->addWidget(m_text, 1);
    if (mail.textFromHtml) {
        QLabel *html = quietLabel(this);
        html->setText(tr("The e-mail has only an HTML text: shown here without its markup, "
                         "images or links."));
        layout->addWidget(html);
    }
    if (!mail.attachments.isEmpty()) {
        auto *partsLabel
            = new QLabel(tr("Attached to the e-mail (kept as part of it; open the e-mail outside "
                            "Privacydesk to see them):"),
                         this);
        partsLabel->setWordWrap(true);
        m_parts = named<QListWidget>(QStringLiteral("mailAttachments"), this);
        for (const MailAttachment &part : std::as_const(mail.attachments))
            m_parts->addItem(
                tr("%1 — %2, %3")
                    .arg(part.fileName.isEmpty() ? tr("(no name)") : part.fileName,
                         part.contentType,
                         QLocale().formattedDataSize(part.content.size(), 1,
                                                     QLocale::DataSizeTraditionalFormat)));
        m_parts->setMaximumHeight(m_parts->sizeHintForRow(0) * 4 + 8);
        layout->addWidget(partsLabel);
        layout->addWidget(m_parts);
    }
    resize(760, 640);
}

// A PDF, shown inside from the decrypted bytes, with what the officer must check by
// eye; opening it outside stays the second choice.
void AttachmentViewDialog::showPdf(const QByteArray &content, QVBoxLayout *layout)
{
    m_pdf = new PdfView(content, this);
    // What the checks could not read: the officer looks (a scan without a text layer). A PDF
    // that cannot be shown says why itself.
    m_textNotice = named<MessageLabel>(QStringLiteral("attachmentTextNotice"), this);
    if (m_pdf->isShown())
        m_textNotice->setMessage(AttachmentService::textLayerNotice(m_attachment.name, content));
    layout->addWidget(m_textNotice);
    layout->addWidget(m_pdf, 1);
    // Large enough to read a page, never larger than the screen (1200x800 and up).
    QSize size = m_pdf->isShown() ? QSize(900, 760) : QSize(620, 320);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
    m_pdf->setFocus();
}

// Any other file (or an e-mail that could not be read as one): its name and type, and why it
// is not shown here.
void AttachmentViewDialog::showFile(bool read, QVBoxLayout *layout)
{
    addDetailRow(tr("File:"), m_attachment.name);
    addDetailRow(tr("Type:"), m_attachment.mediaType);
    if (read && !m_attachment.isMail()) {
        auto *note = quietLabel(this);
        note->setText(tr("Privacydesk does not open this kind of file itself. Save a copy, or "
                         "open it outside Privacydesk with the program your computer uses "
                         "for it."));
        layout->addWidget(note);
    } else if (read) {
        m_message->setMessage(tr("This e-mail could not be read as an e-mail. Save a copy to "
                                 "look at it with another program."));
    }
    layout->addStretch(1);
    resize(620, 320);
}

AttachmentViewDialog::~AttachmentViewDialog() = default;

QString AttachmentViewDialog::mailSubject() const
{
    return m_subject ? m_subject->text() : QString();
}

QString AttachmentViewDialog::mailText() const
{
    return m_text ? m_text->toPlainText() : QString();
}

QString AttachmentViewDialog::message() const
{
    return m_message->message();
}

QString AttachmentViewDialog::textNotice() const
{
    return m_textNotice ? m_textNotice->message() : QString();
}

bool AttachmentViewDialog::saveCopyTo(const QString &path, bool overwrite)
{
    ServiceError error;
    bool saved = false;
    {
        const WaitCursor wait;
        saved = AttachmentService(m_session).saveCopy(m_attachment.caseNumber, m_attachment.id,
                                                      path, overwrite, &error);
    }
    if (!saved) {
        m_message->setMessage(error.message);
        return false;
    }
    m_message->setMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)),
                          MessageLabel::Kind::Done);
    return true;
}

QString AttachmentViewDialog::askTarget(const QString &caption, const QString &folder)
{
    // The file dialog asks before it replaces a file; only then is overwriting allowed.
    return QFileDialog::getSaveFileName(this, caption, QDir(folder).filePath(m_attachment.name));
}

void AttachmentViewDialog::saveAs()
{
    const QString path
        = askTarget(tr("Save a copy of %1").arg(m_attachment.name),
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        saveCopyTo(path, QFileInfo::exists(path));
}

void AttachmentViewDialog::openOutside()
{
    QMessageBox box(QMessageBox::Warning, tr("Open outside Privacydesk?"),
                    tr("“%1” will leave the encrypted store.").arg(m_attachment.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openOutsideWarning"));
    box.setInformativeText(
        tr("Privacydesk first saves a copy where you choose (your private runtime folder is "
           "proposed) and then opens it with the program your computer uses for this kind of "
           "file. That copy is not encrypted, is not protected by your password and is not "
           "destroyed with the request: delete it when you are done."));
    QPushButton *go = box.addButton(tr("&Save a copy and open it…"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != go)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askTarget(tr("Where to put the copy to open"), folder);
    if (path.isEmpty() || !saveCopyTo(path, QFileInfo::exists(path)))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_message->setMessage(tr("No program on this computer opened the copy. It is at %1.")
                                  .arg(QDir::toNativeSeparators(path)));
}

} // namespace pd::ui
