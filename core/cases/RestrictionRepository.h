#pragma once

#include "cases/Restriction.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming person_restrictions: the restrictions of
// processing on a person (art. 18 AVG). Reads run on the connection given and report a failed
// read as an error, never as "no restriction"; writes run inside the caller's UnitOfWork
// (retention/Restrictions).
class RestrictionRepository final
{
public:
    RestrictionRepository() = delete;

    // Records *restriction (personId, caseNumber's request id as caseId, data, ground, reason,
    // startedOn, createdBy) at createdAt; restriction->id gets its id.
    static bool insert(const QSqlDatabase &db, PersonRestriction *restriction, qint64 caseId,
                       const QString &createdAt, ServiceError *error);
    // Lifted on liftedOn by liftedBy after the notice letterId went out; false unless exactly
    // the one restriction still in force was lifted.
    static bool lift(const QSqlDatabase &db, qint64 id, QDate liftedOn, const QString &liftedBy,
                     qint64 letterId, ServiceError *error);

    // The restriction with this id (with its person and request): false when the read failed,
    // true with *found empty when there is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonRestriction> *found,
                     ServiceError *error);
    // The person's restrictions, in force first, then lifted, oldest first.
    static std::optional<QList<PersonRestriction>> ofPerson(const QSqlDatabase &db, qint64 personId,
                                                            ServiceError *error);
    // Every restriction (activeOnly: those in force), with their persons, oldest first.
    static std::optional<QList<PersonRestriction>> all(const QSqlDatabase &db, bool activeOnly,
                                                       ServiceError *error);
    // The marker of the phone intake: the person's restrictions in force, read from the columns
    // a KCC login may read (id, person_id, data, ground, started_on, lifted_on): no reason, no
    // request, no one's name.
    static std::optional<QList<PersonRestriction>> markersOf(const QSqlDatabase &db,
                                                             qint64 personId, ServiceError *error);
    // Destruction (retention/RetentionDestruction): the person's restrictions keep their dates
    // and grounds as proof; what they said (which data, why) goes.
    static bool eraseTextsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error);
    // "EXISTS (SELECT 1 FROM person_restrictions ... <personIdSql> ... in force)": whether the
    // person has a restriction in force (the case list's marker).
    static QString activeExistsSql(const QString &personIdSql);
};

} // namespace pd
