#include "registers/KeptDocumentDialog.h"

#include "DeskAccess.h"
#include "MessageLabel.h"
#include "Named.h"
#include "cases/Attachments.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

KeptDocumentDialog::KeptDocumentDialog(const Session &session, KeptDocumentOwner owner,
                                       qint64 ownerId, const QString &ownerName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_owner(owner)
    , m_ownerId(ownerId)
{
    setObjectName(QStringLiteral("keptDocumentDialog"));
    setWindowTitle(owner == KeptDocumentOwner::Dpia
                       //: Dutch: "DPIA-document — %1"
                       ? tr("DPIA document — %1").arg(ownerName)
                       //: Dutch: "Verwerkersovereenkomst — %1"
                       : tr("Processing agreement — %1").arg(ownerName));
    m_summary = named<QLabel>(QStringLiteral("keptDocument"), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = named<MessageLabel>(QStringLiteral("keptDocumentMessage"), this);
    m_choose = named<QPushButton>(QStringLiteral("chooseDocument"), this);
    //: Dutch: "&Kopie opslaan…"
    m_save = named<QPushButton>(QStringLiteral("saveCopy"), tr("&Save a copy…"), this);
    //: Dutch: "&Openen…"
    m_open = named<QPushButton>(QStringLiteral("openDocument"), tr("&Open…"), this);
    //: Dutch: "&Verwijderen…"
    m_remove = named<QPushButton>(QStringLiteral("removeDocument"), tr("&Remove…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : { m_choose, m_save, m_open, m_remove })
        row->addWidget(button);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &KeptDocumentDialog::chooseFile);
    connect(m_save, &QPushButton::clicked, this, &KeptDocumentDialog::saveCopy);
    connect(m_open, &QPushButton::clicked, this, &KeptDocumentDialog::openOutside);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeKept(); });
    m_confirm = [this](const QString &question) {
        //: Dutch: "Bewaard document"
        return QMessageBox::question(this, tr("Kept document"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    reload();
    resize(560, sizeHint().height());
}

void KeptDocumentDialog::setConfirm(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QString KeptDocumentDialog::message() const
{
    return m_message->message();
}

bool KeptDocumentDialog::confirmed(const QString &question)
{
    return m_confirm && m_confirm(question);
}

void KeptDocumentDialog::reload()
{
    ServiceError error;
    const std::optional<KeptDocument> kept
        = KeptDocumentService(m_session, m_owner).find(m_ownerId, &error);
    m_read = kept.has_value();
    m_kept = kept.value_or(KeptDocument {});
    if (!m_read)
        //: Dutch: "Niet te lezen: %1"
        m_summary->setText(tr("Could not be read: %1").arg(error.message));
    else if (m_kept.present())
        //: Dutch: "%1 (%2), versleuteld bewaard in de kluis.\nSHA-256: %3"
        m_summary->setText(
            tr("%1 (%2), kept encrypted in the store.\nSHA-256: %3")
                .arg(m_kept.name, QLocale().formattedDataSize(m_kept.size), m_kept.sha256));
    else
        m_summary->setText(m_owner == KeptDocumentOwner::Dpia
                               //: Dutch: "Bij deze DPIA is nog geen document bewaard."
                               ? tr("No document is kept with this DPIA yet.")
                               //: Dutch: "Bij deze verwerker is nog geen verwerkersovereenkomst
                               //: bewaard."
                               : tr("No processing agreement is kept with this processor yet."));
    const DeskAccess access = DeskAccess::of(m_session);
    const bool edit = m_read && access.may(Permission::EditRegisters);
    m_choose->setText(m_kept.present()
                          //: Dutch: "Vervan&gen…"
                          ? tr("Re&place…")
                          //: Dutch: "&Document kiezen…"
                          : tr("&Choose document…"));
    m_choose->setEnabled(edit);
    m_remove->setEnabled(edit && m_kept.present());
    m_save->setEnabled(m_kept.present());
    m_open->setEnabled(m_kept.present());
}

void KeptDocumentDialog::chooseFile()
{
    //: Dutch: "Document kiezen (PDF, Word, …)"
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the document (PDF, Word, …)"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        keepFrom(path);
}

bool KeptDocumentDialog::keepFrom(const QString &path)
{
    QString why;
    const std::optional<NewAttachment> file = AttachmentService::readFile(path, &why);
    if (!file) {
        m_message->setMessage(why);
        return false;
    }
    const bool replace = m_kept.present();
    //: Dutch: "%1 vervangen door %2? Het bewaarde document gaat uit de kluis; het logboek houdt
    //: zijn SHA-256."
    if (replace
        && !confirmed(tr("Replace %1 with %2? The kept document leaves the store; the audit "
                         "trail keeps its SHA-256.")
                          .arg(m_kept.name, file->name)))
        return false;
    ServiceError error;
    if (!KeptDocumentService(m_session, m_owner).keep(m_ownerId, *file, replace, &error)) {
        m_message->setMessage(error.message);
        return false;
    }
    //: Dutch: "%1 is versleuteld bewaard."
    m_message->setMessage(tr("%1 is kept encrypted.").arg(file->name), MessageLabel::Kind::Done);
    reload();
    Q_EMIT changed();
    return true;
}

bool KeptDocumentDialog::saveCopyTo(const QString &path)
{
    ServiceError error;
    if (!KeptDocumentService(m_session, m_owner)
             .exportCopy(m_ownerId, path, QFileInfo::exists(path), &error)) {
        m_message->setMessage(error.message);
        return false;
    }
    //: Dutch: "Kopie opgeslagen: %1"
    m_message->setMessage(tr("Copy saved: %1").arg(QDir::toNativeSeparators(path)),
                          MessageLabel::Kind::Done);
    return true;
}

void KeptDocumentDialog::saveCopy()
{
    //: Dutch: "Kopie opslaan"
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + m_kept.name);
    if (!path.isEmpty())
        saveCopyTo(path);
}

// A copy where the officer chooses, opened with the computer's program: it leaves the store.
void KeptDocumentDialog::openOutside()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Dutch: "Waar de kopie om te openen komt (niet versleuteld: verwijder haar na gebruik)"
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Where to put the copy to open (not encrypted: delete it when done)"),
        folder + u'/' + m_kept.name);
    if (path.isEmpty() || !saveCopyTo(path))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        //: Dutch: "Geen programma op deze computer opende de kopie. Zij staat in %1."
        m_message->setMessage(tr("No program on this computer opened the copy. It is at %1.")
                                  .arg(QDir::toNativeSeparators(path)));
}

bool KeptDocumentDialog::removeKept()
{
    //: Dutch: "%1 verwijderen? Het document gaat uit de kluis; het logboek houdt zijn SHA-256."
    if (!m_kept.present()
        || !confirmed(tr("Remove %1? The document leaves the store; the audit trail keeps its "
                         "SHA-256.")
                          .arg(m_kept.name)))
        return false;
    ServiceError error;
    if (!KeptDocumentService(m_session, m_owner).remove(m_ownerId, &error)) {
        m_message->setMessage(error.message);
        return false;
    }
    //: Dutch: "Het document is verwijderd."
    m_message->setMessage(tr("The document is removed."), MessageLabel::Kind::Done);
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace pd::ui
