#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// How the password of an encrypted answer reached the data subject: recorded on the
// trail with the answer, never the password itself.
enum class PasswordDelivery {
    Phone, // "telefoon"
    TextMessage, // "sms"
};

// A file carried inside an encrypted PDF as an attachment (the JSON and CSV files of an
// export): its name, MIME type and bytes.
struct EmbeddedFile
{
    QString name; // "gegevens.json"
    QString mimeType; // "application/json"
    QByteArray bytes;
};

// An answer that travels encrypted: a PDF made in memory by PrintedDocument, sealed
// with Debian's libqpdf as PDF 2.0 with AES-256 (security handler R6), the given files embedded
// as attachments (/EmbeddedFiles and the catalog's /AF, AFRelationship /Data). The user
// password is generated here (AnswerPassword: Dutch words); the owner password is a random
// secret that is thrown away, so nobody can lift the restrictions. The tenant may print (full
// quality), copy text and use accessibility tools; changing the document, assembling pages and
// annotating are not allowed. Everything stays in memory: nothing of the plain PDF or of the
// embedded files touches the disk.
class EncryptedPdf final
{
    Q_DECLARE_TR_FUNCTIONS(pd::EncryptedPdf)
public:
    // The PDF sealed with the files, and *password set to the generated password; empty (and
    // *error a translated sentence) when the PDF could not be read or written.
    static QByteArray seal(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                           QString *password, QString *error);
    // The same with a password of the caller's (tests; the desk and the CLI use seal()).
    static QByteArray sealWith(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                               const QString &password, QString *error);

    static QString deliveryCode(PasswordDelivery delivery); // "telefoon", "sms"
    static QStringList deliveryCodes();
    static std::optional<PasswordDelivery> delivery(const QString &code);
    // "by phone" / "per telefoon": as in "password by phone".
    static QString deliveryLabel(PasswordDelivery delivery);
};

} // namespace pd
