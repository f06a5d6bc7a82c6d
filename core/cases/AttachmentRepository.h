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

struct StoredAttachment
{
    QByteArray content;
    QString sha256;
    QString name;
    QString destroyedAt; // empty while kept
};

// The rows of case_attachments; a destruction goes through CaseRepository::eraseContentsOf.
class AttachmentRepository final
{
public:
    // Kept (not destroyed) files only.
    static std::optional<qint64> usedBytes(const QSqlDatabase &db, ServiceError *error);
    static std::optional<qint64> insert(const QSqlDatabase &db, qint64 caseId, const Attachment &a,
                                        const QString &kindCode, const QByteArray &content,
                                        ServiceError *error);
    // Destroyed ones too.
    using KindFn = std::optional<AttachmentKind> (*)(QStringView);
    static std::optional<QList<Attachment>> ofRequest(const QSqlDatabase &db,
                                                      const QString &caseNumber, KindFn kindOf,
                                                      ServiceError *error);
    static bool content(const QSqlDatabase &db, const QString &caseNumber, qint64 id,
                        std::optional<StoredAttachment> *found, ServiceError *error);

    // Destroying takes the bytes and name (secure_delete zeroes the pages); kind, size and
    // fingerprint stay as proof.
    static QString countOfRequestSql(const QString &caseIdSql);
    static std::optional<int> keptCount(const QSqlDatabase &db, const QString &casesSql,
                                        const QVariantList &values, ServiceError *error);
    static bool destroyContents(const QSqlDatabase &db, const QString &casesSql,
                                const QVariantList &values, const QString &now,
                                ServiceError *error);
};

} // namespace pd
