#include "registers/KeptDocuments.h"

#include "registers/Dpia.h"
#include "registers/Recipients.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

namespace pd {

KeptDocumentService::KeptDocumentService(const Session &session, KeptDocumentOwner owner)
    : m_session(session)
    , m_owner(owner)
{ }

QString KeptDocumentService::entity() const
{
    return m_owner == KeptDocumentOwner::Dpia ? QStringLiteral("dpia")
                                              : QStringLiteral("recipient");
}

QString KeptDocumentService::action(const char *what) const
{
    // A processor's document is its agreement; a DPIA's is its report.
    const char *noun = m_owner == KeptDocumentOwner::Dpia ? "document" : "agreement";
    return QStringLiteral("%1.%2_%3")
        .arg(entity(), QLatin1StringView(noun), QLatin1StringView(what));
}

std::optional<QString> KeptDocumentService::entityId(qint64 ownerId, ServiceError *error) const
{
    if (m_owner == KeptDocumentOwner::Processor) {
        const std::optional<Recipient> recipient = RecipientService(m_session).find(ownerId, error);
        if (!recipient)
            return std::nullopt;
        if (!recipient->isProcessor()) {
            //: Dutch: "%1 is geen verwerker: alleen bij een verwerker wordt een
            //: verwerkersovereenkomst bewaard."
            *error = { ServiceError::Code::Invalid,
                       tr("%1 is not a processor: a processing agreement is kept only with a "
                          "processor.")
                           .arg(recipient->name),
                       {} };
            return std::nullopt;
        }
        return QString::number(ownerId);
    }
    const std::optional<QList<Dpia>> dpias = DpiaRegister(m_session).list(error);
    if (!dpias)
        return std::nullopt;
    for (const Dpia &dpia : *dpias) {
        if (dpia.id == ownerId)
            return dpia.activityCode;
    }
    //: Dutch: "Er is geen DPIA met nummer %1."
    *error = { ServiceError::Code::NotFound, tr("There is no DPIA with id %1.").arg(ownerId), {} };
    return std::nullopt;
}

std::optional<KeptDocument> KeptDocumentService::find(qint64 ownerId, ServiceError *error) const
{
    return kept(ownerId, nullptr, error);
}

std::optional<KeptDocument> KeptDocumentService::kept(qint64 ownerId, QString *trailId,
                                                      ServiceError *error) const
{
    const std::optional<QString> id = entityId(ownerId, error);
    if (!id)
        return std::nullopt;
    if (trailId)
        *trailId = *id;
    std::optional<KeptDocument> found;
    if (!KeptDocumentRepository::find(m_session.store().database(), m_owner, ownerId, &found,
                                      error))
        return std::nullopt;
    return found.value_or(KeptDocument {});
}

bool KeptDocumentService::keep(qint64 ownerId, const NewAttachment &file, bool replace,
                               ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, action("added"),
                    QString::number(ownerId));
    if (!unit.permit(error))
        return false;
    QString id;
    const std::optional<KeptDocument> before = kept(ownerId, &id, error);
    if (!before)
        return false;
    if (before->present() && !replace) {
        //: Dutch: "Er is al een document bewaard (%1): vervang het alleen als dat de bedoeling
        //: is."
        *error = { ServiceError::Code::Invalid,
                   tr("A document is kept already (%1): replace it only when that is meant.")
                       .arg(before->name),
                   {} };
        return false;
    }
    const std::optional<KeptDocument> meta = keptDocuments::describe(file, error);
    if (!meta)
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!KeptDocumentRepository::put(write.database(), m_owner, ownerId, *meta,
                                             file.content, before->present(), now,
                                             write.session().userName(), failure))
                return false;
            QJsonObject payload = keptDocuments::payload(*meta);
            if (before->present())
                payload.insert(QStringLiteral("replaced_sha256"), before->sha256);
            write.record(entity(), id, action("added"), payload);
            return true;
        },
        error);
}

bool KeptDocumentService::remove(qint64 ownerId, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, action("removed"),
                    QString::number(ownerId));
    if (!unit.permit(error))
        return false;
    QString id;
    const std::optional<KeptDocument> before = kept(ownerId, &id, error);
    if (!before)
        return false;
    if (!before->present()) {
        //: Dutch: "Er is geen document bewaard om te verwijderen."
        *error = { ServiceError::Code::NotFound, tr("No document is kept to remove."), {} };
        return false;
    }
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!KeptDocumentRepository::remove(write.database(), m_owner, ownerId, failure))
                return false;
            write.record(entity(), id, action("removed"), keptDocuments::payload(*before));
            return true;
        },
        error);
}

std::optional<QByteArray> KeptDocumentService::content(qint64 ownerId, ServiceError *error) const
{
    const std::optional<KeptDocument> kept = find(ownerId, error);
    if (!kept)
        return std::nullopt;
    if (!kept->present()) {
        //: Dutch: "Er is geen document bewaard."
        *error = { ServiceError::Code::NotFound, tr("No document is kept."), {} };
        return std::nullopt;
    }
    QByteArray bytes;
    QString sha;
    if (!KeptDocumentRepository::content(m_session.store().database(), m_owner, ownerId, &bytes,
                                         &sha, error))
        return std::nullopt;
    //: Dutch: "Het bewaarde document %1 klopt niet meer met zijn vingerafdruk: het is in de
    //: kluis beschadigd."
    if (!keptDocuments::intact(bytes, sha,
                               tr("The kept document %1 no longer matches its fingerprint: it was "
                                  "damaged in the store.")
                                   .arg(kept->name),
                               error))
        return std::nullopt;
    return bytes;
}

bool KeptDocumentService::exportCopy(qint64 ownerId, const QString &path, bool overwrite,
                                     ServiceError *error)
{
    if (!keptDocuments::outputAllowed(m_session, path, overwrite, error))
        return false;
    const std::optional<QString> id = entityId(ownerId, error);
    if (!id)
        return false;
    const std::optional<QByteArray> bytes = content(ownerId, error);
    return bytes
        && keptDocuments::exportCopy(m_session, *bytes, path, overwrite, entity(), *id,
                                     action("exported"), error);
}

} // namespace pd
