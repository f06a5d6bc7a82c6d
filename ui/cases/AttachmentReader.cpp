#include "cases/AttachmentReader.h"

#include "cases/Attachments.h"

#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

namespace pd::ui {

QStringList AttachmentReader::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

std::optional<PickedFile> AttachmentReader::read(QWidget *parent, const QString &path,
                                                 QString *refusal)
{
    refusal->clear();
    std::optional<NewAttachment> read = AttachmentService::readFile(path, refusal);
    if (!read)
        return std::nullopt;
    return check(parent, std::move(*read), refusal);
}

std::optional<PickedFile> AttachmentReader::check(QWidget *parent, NewAttachment file,
                                                  QString *refusal)
{
    refusal->clear();
    const QString name = file.name;
    PickedFile picked;
    picked.file = std::move(file);
    picked.mediaType = AttachmentService::mediaTypeOf(name, picked.file.content);
    if (AttachmentService::isMail(name, picked.file.content)) {
        QString why;
        picked.mail = AttachmentService::readMail(name, picked.file.content, &why);
    }

    // A name that suggests an identity document, of the file or of a file inside the e-mail
    // (in a forwarded message too).
    QString partName;
    QString hint = AttachmentService::identityDocumentHint(picked.file, &partName);
    // Else a title or a machine-readable zone in a PDF's text.
    const bool inText = hint.isEmpty();
    if (inText)
        hint = AttachmentService::identityDocumentTextHint(picked.file, &partName);
    if (!hint.isEmpty()) {
        switch (askIdentityDocument(parent, name, partName, hint, inText)) {
        case Answer::IdentityDocument: {
            NewAttachment refused = picked.file;
            refused.identityDocument = true;
            *refusal = AttachmentService::identityDocumentRefusal(refused);
            return std::nullopt;
        }
        case Answer::NotIdentityDocument:
            picked.file.confirmedNotIdentityDocument = true;
            break;
        case Answer::Cancelled:
            return std::nullopt;
        }
    }
    if (const QString why = AttachmentService::identityDocumentRefusal(picked.file);
        !why.isEmpty()) {
        *refusal = why;
        return std::nullopt;
    }
    // A BSN anywhere in the e-mail: refused now, not only when the request is saved.
    if (const ServiceError why = AttachmentService::mailContentRefusal(picked.file);
        why.isError()) {
        *refusal = why.message;
        return std::nullopt;
    }
    picked.notice = AttachmentService::textLayerNotice(name, picked.file.content);
    return picked;
}

AttachmentReader::Answer AttachmentReader::askIdentityDocument(QWidget *parent, const QString &name,
                                                               const QString &partName,
                                                               const QString &hint, bool inText)
{
    QMessageBox box(
        QMessageBox::Question, tr("Is this a copy of an identity document?"),
        inText
            //: %1 is the file name, %2 what suggests it, %3 where ("op pagina 1").
            //: Dutch: "De tekst van ‘%1’ wijst op een kopie van een identiteitsbewijs (‘%2’, %3)."
            ? tr("The text of “%1” suggests a copy of an identity document (“%2”, %3).")
                  .arg(name, hint, partName)
            : partName.isEmpty()
                ? tr("The name “%1” suggests a copy of an identity document (“%2”).")
                      .arg(name, hint)
                : tr("The e-mail “%1” has a file “%2” attached, whose name suggests a copy "
                     "of an identity document (“%3”).")
                      .arg(name, partName, hint),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("identityDocumentQuestion"));
    box.setInformativeText(tr("Privacydesk never keeps a copy of an identity document: it is "
                              "refused, and the identification is recorded as a fact (how and "
                              "when identity was checked) instead."));
    QPushButton *yes = box.addButton(tr("&Yes, an identity document"), QMessageBox::YesRole);
    QPushButton *no = box.addButton(tr("&No, keep the file"), QMessageBox::NoRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == yes)
        return Answer::IdentityDocument;
    if (box.clickedButton() == no)
        return Answer::NotIdentityDocument;
    return Answer::Cancelled;
}

} // namespace pd::ui
