#pragma once

#include "registers/KeptDocument.h"
#include "registers/KeptDocumentRepository.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// The document kept with a DPIA (the report of the assessment) or with a processor (the
// processing agreement, art. 28 lid 3 AVG), encrypted inside the store with its SHA-256, as a
// covenant keeps its signed copy: added, replaced, saved again and removed, each on the trail
// of its owner ("dpia" by the activity's sub-code, "recipient" by its id). Reads need
// Permission::ViewRegisters, changes EditRegisters.
class KeptDocumentService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::KeptDocumentService)
public:
    KeptDocumentService(const Session &session, KeptDocumentOwner owner);

    // What is kept with the owner (dpias.id or recipients.id): an absent document (present()
    // false) when none is; nullopt with *error when the owner is unknown, not a processor, or
    // not read.
    std::optional<KeptDocument> find(qint64 ownerId, ServiceError *error) const;
    // A document already kept is replaced only when replace says so (the desk asked): else
    // refused, nothing written.
    bool keep(qint64 ownerId, const NewAttachment &file, bool replace, ServiceError *error);
    bool remove(qint64 ownerId, ServiceError *error);
    // A mismatch with the stored fingerprint is an error.
    std::optional<QByteArray> content(qint64 ownerId, ServiceError *error) const;
    // Never over a file unless overwrite, never into the store's folder.
    bool exportCopy(qint64 ownerId, const QString &path, bool overwrite, ServiceError *error);

private:
    // The trail's name of the owner: the DPIA's activity sub-code, the processor's id.
    std::optional<QString> entityId(qint64 ownerId, ServiceError *error) const;
    // find, and the owner's trailId (entityId) with it when asked.
    std::optional<KeptDocument> kept(qint64 ownerId, QString *trailId, ServiceError *error) const;
    QString entity() const;
    QString action(const char *what) const; // "dpia.document_added", ...
    Session m_session;
    KeptDocumentOwner m_owner;
};

} // namespace pd
