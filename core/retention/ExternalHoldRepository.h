#pragma once

#include "retention/ExternalHold.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming external_holds. A hold belongs to a request
// (case_id) or a data breach (breach_id); reads join them through their owners' fragments
// (CaseRepository::joinSql, BreachRepository::joinSql) and report a failed read as an error;
// writes run inside the caller's UnitOfWork (ExternalHoldService).
class ExternalHoldRepository final
{
public:
    ExternalHoldRepository() = delete;

    enum class Owner { Case, Breach };

    // Records *hold for the request or breach with this row id at createdAt; hold->id gets its
    // id.
    static bool insert(const QSqlDatabase &db, Owner owner, qint64 ownerId, ExternalHold *hold,
                       const QString &createdAt, ServiceError *error);
    static bool markSecured(const QSqlDatabase &db, qint64 id, QDate securedOn,
                            const QString &securedBy, ServiceError *error);
    static bool release(const QSqlDatabase &db, qint64 id, QDate releasedOn,
                        const QString &releasedBy, const QString &reason, ServiceError *error);

    // The day a hold still held is kept until ("vastgelegd tot").
    static bool setKeptUntil(const QSqlDatabase &db, qint64 id, QDate keptUntil,
                             ServiceError *error);

    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<ExternalHold> *found,
                     ServiceError *error);
    // The holds of the request or breach of this number, oldest first.
    static std::optional<QList<ExternalHold>> of(const QSqlDatabase &db, Owner owner,
                                                 const QString &number, ServiceError *error);
    // Destruction (RetentionDestruction): the holds of the requests caseIdsSql names ("(SELECT
    // id FROM cases WHERE person_id = ?)", one value) keep their system and dates; what was
    // secured and why it was released go.
    static bool eraseTextsOf(const QSqlDatabase &db, const QString &caseIdsSql, qint64 personId,
                             ServiceError *error);
    // Every hold still held, the earliest overwrite first.
    static std::optional<QList<ExternalHold>> held(const QSqlDatabase &db, ServiceError *error);
};

} // namespace pd
