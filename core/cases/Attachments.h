#pragma once

#include "cases/CaseService.h"
#include "mail/MailMessage.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

class Store;

// Keeps and hands out the files of a request. Adding needs Permission::EditCases (IntakeCase at
// intake, through CaseService::add); reading needs ViewAllCases. Every added file is one
// "case.attachment_added" audit event (name, kind, size, fingerprint), every saved copy one
// "case.attachment_saved" event (fingerprint and that it was saved, never where).
class AttachmentService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AttachmentService)
public:
    static constexpr qint64 maxFileBytes = 25LL * 1024 * 1024; // per file

    explicit AttachmentService(const Session &session);

    static QString kindCode(AttachmentKind kind); // origineel, machtiging, correspondentie
    static QString kindLabel(AttachmentKind kind); // translated
    static std::optional<AttachmentKind> kind(QStringView code);
    static QList<AttachmentKind> kinds();
    // From the name and the first bytes (content: the file, or as much of its start as is at
    // hand; only the first 4 KiB are looked at): message/rfc822 for an e-mail, application/pdf,
    // image/*, application/vnd.ms-outlook for an Outlook .msg (a compound file named *.msg, or
    // one that the reader process finds MAPI streams in: the desk never parses a compound
    // file's directory itself), else application/octet-stream.
    static QString mediaTypeOf(const QString &name, QByteArrayView content);
    // mediaTypeOf() says message/rfc822 or application/vnd.ms-outlook: an e-mail to read with
    // MailFile (an .eml or an Outlook .msg).
    static bool isMail(const QString &name, QByteArrayView content);

    // A file chosen by the user (dropped, picked, named on the command line), read whole into
    // memory and never copied anywhere else: an ordinary file within maxFileBytes, measured
    // before and after reading. A folder, a FIFO or a device is refused unread. The kind and
    // the identity-document answers are the caller's to set.
    static std::optional<NewAttachment> readFile(const QString &path, QString *error);
    // Why a file of this name and size cannot be kept (translated, with the limit), or empty.
    static QString checkFile(const QString &name, qint64 size);
    // The word in a file name that suggests a copy of an identity document ("paspoort",
    // "rijbewijs", "identiteitskaart", "ID-kaart", "passport", ...), or empty. Such a file is
    // kept only after the officer confirms it is not one.
    static QString identityDocumentHint(const QString &name);
    // Why this file is refused as (possibly) an identity document, or empty: identityDocument
    // set, or a hint without the confirmation. Also looks at the names of files attached to an
    // e-mail.
    static QString identityDocumentRefusal(const NewAttachment &file);
    // The word that suggests an identity document in the name of the file or, when it is an
    // e-mail, of any file inside it (in forwarded messages too, MailMessage::scan()); empty when
    // there is none. *partName: the name of that file inside the e-mail, empty for the file.
    static QString identityDocumentHint(const NewAttachment &file, QString *partName);
    // Why an e-mail cannot be kept for what it holds, or Code::None (also when it is no
    // e-mail): BsnRefused when a number that passes the BSN 11-proef stands in a subject, a text
    // part or the name of a file inside it, at any level of forwarded message (the message says
    // where, with the number masked; there is no override: the original would hold the number);
    // Invalid when it is too deeply nested or too large to check all of it.
    // Also a PDF's text layer: a number that passes the 11-proef on one of its pages
    // refuses it, as do those in the PDFs attached to an e-mail.
    static ServiceError mailContentRefusal(const NewAttachment &file);
    // A word or line that suggests an identity document in the text of a PDF (a title such as
    // "PASPOORT" in capitals, a machine-readable zone) or of the text parts and PDFs attached
    // to an e-mail; *where says where ("op pagina 1"). Empty when there is none. Refused like a
    // name hint unless confirmedNotIdentityDocument.
    static QString identityDocumentTextHint(const NewAttachment &file, QString *where);
    // What the officer must check by eye (translated), or empty: a scan or a
    // picture without a text layer, a PDF with a password, damaged or read only in part, and
    // such PDFs attached to an e-mail. The file is kept; its event records "text_layer".
    static QString textLayerNotice(const QString &name, QByteArrayView content);

    // An e-mail original (.eml or Outlook .msg) as the intake, the viewer and the dossier read
    // it, read by the reader process (core/reading), never by the desk; nullopt with *why
    // (translated) when it cannot be read or is no e-mail.
    static std::optional<MailMessage> readMail(const QString &name, QByteArrayView content,
                                               QString *why);

    // The store-wide limit (SecurityPolicy::attachmentStoreLimitMb, organisation setting
    // attachments.store_limit_mb) and what the kept files take now.
    qint64 storeLimitBytes() const;
    std::optional<qint64> usedBytes(ServiceError *error) const;

    std::optional<Attachment> add(const QString &caseNumber, const NewAttachment &file,
                                  ServiceError *error);
    // Newest last; destroyed ones included (as proof), without name.
    std::optional<QList<Attachment>> list(const QString &caseNumber, ServiceError *error) const;
    // The bytes, checked against the stored fingerprint (a mismatch is an error).
    std::optional<QByteArray> content(const QString &caseNumber, qint64 id,
                                      ServiceError *error) const;
    // Writes a copy to path (never over an existing file unless overwrite, never into the
    // store's folder; 0600; atomically) and records that it was saved.
    bool saveCopy(const QString &caseNumber, qint64 id, const QString &path, bool overwrite,
                  ServiceError *error);

    // For CaseService::add and add(): every check and the insert, its audit event recorded on
    // the caller's unit of work (the acting user as actor). The store may hold storeLimit bytes
    // of files, this one included.
    static std::optional<Attachment> insert(UnitOfWork::Write &write, const Clock &clock,
                                            qint64 caseId, const QString &caseNumber,
                                            const NewAttachment &file, qint64 storeLimit,
                                            ServiceError *error);

private:
    // The acting user with the role read once, for every read and write of this service.
    Session m_session;
};

} // namespace pd
