#pragma once

#include "cases/Case.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <optional>

namespace pd {

// A kept file's bytes as stored, for AttachmentService::content.
struct StoredAttachment
{
    QByteArray content;
    QString sha256;
    QString name;
    QString destroyedAt; // empty while kept
};

// The rows of the files of a request (case_attachments) as AttachmentService keeps and hands
// them out. Every function runs on the connection it is given, inside the caller's
// unit of work, and reports a failed read as an error, never as no file. A destruction asks
// CaseRepository::eraseContentsOf, which destroys them with the rest of a person's request files.
class AttachmentRepository final
{
public:
    // What the kept (not destroyed) files take, in bytes.
    static std::optional<qint64> usedBytes(const QSqlDatabase &db, ServiceError *error);
    // The file's row with its bytes; its id. kindCode: AttachmentService::kindCode(a.kind).
    static std::optional<qint64> insert(const QSqlDatabase &db, qint64 caseId, const Attachment &a,
                                        const QString &kindCode, const QByteArray &content,
                                        ServiceError *error);
    // The files of the request, in id order (destroyed ones too); the kind as stored is read
    // with kindOf.
    using KindFn = std::optional<AttachmentKind> (*)(QStringView);
    static std::optional<QList<Attachment>> ofRequest(const QSqlDatabase &db,
                                                      const QString &caseNumber, KindFn kindOf,
                                                      ServiceError *error);
    // The file with this id of the request: false when the read failed, true with *found empty
    // when there is none.
    static bool content(const QSqlDatabase &db, const QString &caseNumber, qint64 id,
                        std::optional<StoredAttachment> *found, ServiceError *error);

    // For the requests (CaseRepository): the number of files of the request caseIdSql names, a
    // scalar subquery; the kept files of the requests casesSql selects (ids, its values bound),
    // and their destruction: the bytes and the name go (secure_delete zeroes the freed pages),
    // kind, size and fingerprint stay as proof.
    static QString countOfRequestSql(const QString &caseIdSql);
    static std::optional<int> keptCount(const QSqlDatabase &db, const QString &casesSql,
                                        const QVariantList &values, ServiceError *error);
    static bool destroyContents(const QSqlDatabase &db, const QString &casesSql,
                                const QVariantList &values, const QString &now,
                                ServiceError *error);
};

} // namespace pd
