#pragma once

#include "registers/Consent.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming person_consents: the consents a person gave
// and withdrew (art. 7 AVG). Reads run on the connection given and report a failed read as an
// error, never as "no consent"; writes run inside the caller's UnitOfWork (registers/Consents).
// A withdrawal updates the row; nothing here deletes one.
class ConsentRepository final
{
public:
    ConsentRepository() = delete;

    // Records *consent (personId, purpose, givenOn, givenHow, recordedBy) at createdAt;
    // consent->id gets its id.
    static bool insert(const QSqlDatabase &db, PersonConsent *consent, const QString &createdAt,
                       ServiceError *error);
    // Withdrawn on withdrawnOn, how, recorded by withdrawnBy; false unless exactly the one
    // consent not yet withdrawn was.
    static bool withdraw(const QSqlDatabase &db, qint64 id, QDate withdrawnOn, const QString &how,
                         const QString &withdrawnBy, ServiceError *error);

    // The consent with this id (with its person): false when the read failed, true with *found
    // empty when there is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonConsent> *found,
                     ServiceError *error);
    // The person's consents: those in force first, then the withdrawn ones, oldest first.
    static std::optional<QList<PersonConsent>> ofPerson(const QSqlDatabase &db, qint64 personId,
                                                        ServiceError *error);
    // Every consent (activeOnly: those not withdrawn), with their persons, oldest first.
    static std::optional<QList<PersonConsent>> all(const QSqlDatabase &db, bool activeOnly,
                                                   ServiceError *error);
    // Destruction (retention/RetentionDestruction): the person's consents keep their dates as
    // proof; what they said (the purpose, how given and withdrawn) goes, as it may name them.
    static bool eraseTextsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error);
};

} // namespace pd
