#pragma once

#include "registers/Consent.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming person_consents. A withdrawal updates the row; nothing
// here deletes one.
class ConsentRepository final
{
public:
    ConsentRepository() = delete;

    static bool insert(const QSqlDatabase &db, PersonConsent *consent, const QString &createdAt,
                       ServiceError *error);
    // false unless exactly the one consent not yet withdrawn was.
    static bool withdraw(const QSqlDatabase &db, qint64 id, QDate withdrawnOn, const QString &how,
                         const QString &withdrawnBy, ServiceError *error);

    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonConsent> *found,
                     ServiceError *error);
    static std::optional<QList<PersonConsent>> ofPerson(const QSqlDatabase &db, qint64 personId,
                                                        ServiceError *error);
    static std::optional<QList<PersonConsent>> all(const QSqlDatabase &db, bool activeOnly,
                                                   ServiceError *error);
    // The dates stay as proof; the texts go, as they may name the person.
    static bool eraseTextsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error);
};

} // namespace pd
