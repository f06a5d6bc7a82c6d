#pragma once

#include "cases/Restriction.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming person_restrictions (art. 18 AVG).
class RestrictionRepository final
{
public:
    RestrictionRepository() = delete;

    static bool insert(const QSqlDatabase &db, PersonRestriction *restriction, qint64 caseId,
                       const QString &createdAt, ServiceError *error);
    // False unless exactly the one restriction in force was lifted.
    static bool lift(const QSqlDatabase &db, qint64 id, QDate liftedOn, const QString &liftedBy,
                     qint64 letterId, ServiceError *error);

    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonRestriction> *found,
                     ServiceError *error);
    // In force first, then lifted, oldest first.
    static std::optional<QList<PersonRestriction>> ofPerson(const QSqlDatabase &db, qint64 personId,
                                                            ServiceError *error);
    static std::optional<QList<PersonRestriction>> all(const QSqlDatabase &db, bool activeOnly,
                                                       ServiceError *error);
    // The restrictions recorded with that request.
    static std::optional<QList<PersonRestriction>> ofCase(const QSqlDatabase &db, qint64 caseId,
                                                          ServiceError *error);
    // Only the columns a KCC login may read: no reason, no request, no one's name.
    static std::optional<QList<PersonRestriction>> markersOf(const QSqlDatabase &db,
                                                             qint64 personId, ServiceError *error);
    // Dates and grounds stay as proof; what the restriction said goes.
    static bool eraseTextsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error);
    static QString activeExistsSql(const QString &personIdSql);
};

} // namespace pd
