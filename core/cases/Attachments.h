#pragma once

#include "cases/CaseService.h"
#include "mail/MailMessage.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// Adding needs EditCases (IntakeCase at intake), reading ViewAllCases. The event of a saved copy
// never says where it went.
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
    // Only the first 4 KiB are looked at; the desk never parses a compound file's directory itself.
    static QString mediaTypeOf(const QString &name, QByteArrayView content);
    static bool isMail(const QString &name, QByteArrayView content);

    // Read whole into memory, never copied elsewhere, its size measured before and after reading; a
    // folder, a FIFO or a device is refused unread.
    static std::optional<NewAttachment> readFile(const QString &path, QString *error);
    static QString checkFile(const QString &name, qint64 size);
    static QString identityDocumentHint(const QString &name);
    static QString identityDocumentRefusal(const NewAttachment &file);
    static QString identityDocumentHint(const NewAttachment &file, QString *partName);
    // BsnRefused when a number passing the 11-proef stands anywhere in it, PDFs' text included. No
    // override: the original would hold the number.
    static ServiceError mailContentRefusal(const NewAttachment &file);
    static QString identityDocumentTextHint(const NewAttachment &file, QString *where);
    static QString textLayerNotice(const QString &name, QByteArrayView content);

    // Read by the reader process, never by the desk.
    static std::optional<MailMessage> readMail(const QString &name, QByteArrayView content,
                                               QString *why);

    qint64 storeLimitBytes() const;
    // Whether a file of bytes, named name, fits beside the files the store holds (storeLimit); else
    // *error says what the beheerder can do. Asked before what must be kept is sent anywhere.
    static bool fits(const QSqlDatabase &db, qint64 storeLimit, const QString &name, qint64 bytes,
                     ServiceError *error);

    std::optional<Attachment> add(const QString &caseNumber, const NewAttachment &file,
                                  ServiceError *error);
    std::optional<QList<Attachment>> list(const QString &caseNumber, ServiceError *error) const;
    // Checked against the stored fingerprint: a mismatch is an error.
    std::optional<QByteArray> content(const QString &caseNumber, qint64 id,
                                      ServiceError *error) const;
    // Never over a file unless overwrite, never into the store's folder; 0600, atomic.
    bool saveCopy(const QString &caseNumber, qint64 id, const QString &path, bool overwrite,
                  ServiceError *error);

    // Its event recorded on the caller's unit; storeLimit counts this file too.
    static std::optional<Attachment> insert(UnitOfWork::Write &write, const Clock &clock,
                                            qint64 caseId, const QString &caseNumber,
                                            const NewAttachment &file, qint64 storeLimit,
                                            ServiceError *error);

    // What Privacydesk made itself from texts it guarded when they were made (an e-mail it sent,
    // an encrypted answer no reader opens): kept byte for byte without the reader's checks.
    static std::optional<Attachment> insertOwn(UnitOfWork::Write &write, const Clock &clock,
                                               qint64 caseId, const QString &caseNumber,
                                               const NewAttachment &file, const QString &mediaType,
                                               qint64 storeLimit, ServiceError *error);

private:
    static std::optional<Attachment> keep(UnitOfWork::Write &write, const Clock &clock,
                                          qint64 caseId, const QString &caseNumber,
                                          const NewAttachment &file, const QString &mediaType,
                                          qint64 storeLimit, QJsonObject payload,
                                          ServiceError *error);
    Session m_session;
};

} // namespace pd
