#pragma once

#include "cases/Case.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pd {

// A document kept inside the store, never beside it: a covenant's signed copy, a DPIA's report,
// a processing agreement. Listing reads this much; the bytes only when asked for.
struct KeptDocument
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    bool present() const { return !sha256.isEmpty(); }
    bool operator==(const KeptDocument &) const = default;
};

// What every register that keeps a document does alike, so that none keeps its own copy: the
// chosen file checked and described, its bytes checked against the fingerprint when read back, a
// copy written outside and recorded.
namespace keptDocuments {

QString sha256Of(const QByteArray &bytes);

// The name without its folder, the media type, the size and the fingerprint; nullopt with *error
// (Invalid) when the file may not be kept (AttachmentService::checkFile: its size and name).
std::optional<KeptDocument> describe(const NewAttachment &file, ServiceError *error);

// name, media_type, size and sha256: what the trail says of a document, never its bytes.
QJsonObject payload(const KeptDocument &document);

// False with *error (Storage, damaged) when the bytes no longer match the fingerprint.
bool intact(const QByteArray &bytes, const QString &sha256, const QString &damaged,
            ServiceError *error);

// False with *error (Invalid) for a path a copy may not be written to: an existing file unless
// overwrite, or inside the store's folder. Asked before the bytes are read.
bool outputAllowed(const Session &session, const QString &path, bool overwrite,
                   ServiceError *error);

// Writes the copy (never over a file unless overwrite, never into the store's folder), then
// records action about entity/entityId with the copy's fingerprint in a unit that needs only
// ViewRegisters; a copy whose record failed is removed again unless it replaced a file.
bool exportCopy(const Session &session, const QByteArray &bytes, const QString &path,
                bool overwrite, const QString &entity, const QString &entityId,
                const QString &action, ServiceError *error);

} // namespace keptDocuments

} // namespace pd
