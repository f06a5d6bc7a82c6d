#include "print/EncryptedPdf.h"

#include "crypto/AnswerPassword.h"

// qpdf 11: no PointerHolder compatibility (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

namespace pd {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The files as attachments of pdf: in the names tree, and listed in the catalog's /AF as the
// data the document carries (PDF 2.0, 14.13).
void embed(QPDF &pdf, const QList<EmbeddedFile> &files)
{
    QPDFEmbeddedFileDocumentHelper attachments(pdf);
    QPDFObjectHandle associated = QPDFObjectHandle::newArray();
    for (const EmbeddedFile &file : files) {
        QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(
            pdf, std::string(file.bytes.constData(), static_cast<std::size_t>(file.bytes.size())));
        stream.setSubtype(utf8(file.mimeType));
        QPDFFileSpecObjectHelper spec
            = QPDFFileSpecObjectHelper::createFileSpec(pdf, utf8(file.name), stream);
        spec.getObjectHandle().replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
        attachments.replaceEmbeddedFile(utf8(file.name), spec);
        associated.appendItem(spec.getObjectHandle());
    }
    if (!files.isEmpty())
        pdf.getRoot().replaceKey("/AF", associated);
}

} // namespace

QByteArray EncryptedPdf::seal(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                              QString *password, QString *error)
{
    const QString generated = AnswerPassword::generate();
    if (generated.isEmpty()) {
        //: Dutch: "Er kon geen wachtwoord worden gemaakt."
        *error = tr("No password could be made.");
        return {};
    }
    QByteArray sealed = sealWith(plainPdf, files, generated, error);
    if (!sealed.isEmpty())
        *password = generated;
    return sealed;
}

QByteArray EncryptedPdf::sealWith(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                                  const QString &password, QString *error)
{
    const QString owner = AnswerPassword::throwawaySecret();
    if (password.isEmpty() || owner.isEmpty()) {
        *error = tr("No password could be made.");
        return {};
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("answer.pdf", plainPdf.constData(),
                              static_cast<std::size_t>(plainPdf.size()));
        embed(pdf, files);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.forcePDFVersion("2.0");
        writer.setR6EncryptionParameters(utf8(password).c_str(), utf8(owner).c_str(),
                                         /*allow_accessibility*/ true, /*allow_extract*/ true,
                                         /*allow_assemble*/ false,
                                         /*allow_annotate_and_form*/ false,
                                         /*allow_form_filling*/ false,
                                         /*allow_modify_other*/ false, qpdf_r3p_full,
                                         /*encrypt_metadata_aes*/ true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception &e) {
        //: Dutch: "De PDF kon niet worden versleuteld: %1"
        *error = tr("The PDF could not be encrypted: %1").arg(QString::fromStdString(e.what()));
        return {};
    }
}

QString EncryptedPdf::deliveryCode(PasswordDelivery delivery)
{
    switch (delivery) {
    case PasswordDelivery::TextMessage:
        return QStringLiteral("sms");
    case PasswordDelivery::Letter:
        return QStringLiteral("brief");
    case PasswordDelivery::Phone:
        break;
    }
    return QStringLiteral("telefoon");
}

QStringList EncryptedPdf::deliveryCodes()
{
    return { deliveryCode(PasswordDelivery::Phone), deliveryCode(PasswordDelivery::Letter),
             deliveryCode(PasswordDelivery::TextMessage) };
}

std::optional<PasswordDelivery> EncryptedPdf::delivery(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (PasswordDelivery d :
         { PasswordDelivery::Phone, PasswordDelivery::Letter, PasswordDelivery::TextMessage }) {
        if (c == deliveryCode(d))
            return d;
    }
    return std::nullopt;
}

QString EncryptedPdf::deliveryLabel(PasswordDelivery delivery)
{
    switch (delivery) {
    case PasswordDelivery::TextMessage:
        //: Dutch: "per sms"
        return tr("by text message");
    case PasswordDelivery::Letter:
        //: Dutch: "per brief"
        return tr("by letter");
    case PasswordDelivery::Phone:
        break;
    }
    //: Dutch: "per telefoon"
    return tr("by phone");
}

} // namespace pd
