#include "registers/KeptDocument.h"

#include "cases/Attachments.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "util/OutputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace pd::keptDocuments {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<KeptDocument> describe(const NewAttachment &file, ServiceError *error)
{
    if (const QString why = AttachmentService::checkFile(file.name, file.content.size());
        !why.isEmpty()) {
        *error = { ServiceError::Code::Invalid, why, {} };
        return std::nullopt;
    }
    return KeptDocument { QFileInfo(file.name).fileName(),
                          AttachmentService::mediaTypeOf(file.name, file.content),
                          file.content.size(), sha256Of(file.content) };
}

QJsonObject payload(const KeptDocument &document)
{
    return { { QStringLiteral("name"), document.name },
             { QStringLiteral("media_type"), document.mediaType },
             { QStringLiteral("size"), document.size },
             { QStringLiteral("sha256"), document.sha256 } };
}

bool intact(const QByteArray &bytes, const QString &sha256, const QString &damaged,
            ServiceError *error)
{
    if (sha256Of(bytes) == sha256)
        return true;
    *error = { ServiceError::Code::Storage, damaged, {} };
    return false;
}

bool outputAllowed(const Session &session, const QString &path, bool overwrite, ServiceError *error)
{
    const QString refusal = OutputFile::refusal(path, overwrite, session.store().directory());
    if (refusal.isEmpty())
        return true;
    *error = { ServiceError::Code::Invalid, refusal, {} };
    return false;
}

bool exportCopy(const Session &session, const QByteArray &bytes, const QString &path,
                bool overwrite, const QString &entity, const QString &entityId,
                const QString &action, ServiceError *error)
{
    if (!outputAllowed(session, path, overwrite, error))
        return false;
    const QString storeDirectory = session.store().directory();
    const bool existed = QFileInfo::exists(path);
    QString writeError;
    if (!OutputFile::write(path, bytes, overwrite, storeDirectory, &writeError)) {
        *error = { ServiceError::Code::Storage, writeError, {} };
        return false;
    }
    // Written: now recorded. If the record fails, the copy it would vouch for goes too.
    UnitOfWork unit(session, Permission::ViewRegisters, action, entityId);
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            write.record(entity, entityId, action,
                         { { QStringLiteral("sha256"), sha256Of(bytes) } });
            return true;
        },
        error);
    if (!recorded && !existed)
        QFile::remove(path);
    return recorded;
}

} // namespace pd::keptDocuments
