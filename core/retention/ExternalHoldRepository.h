#pragma once

#include "retention/ExternalHold.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming external_holds; a hold is a request's or a breach's.
class ExternalHoldRepository final
{
public:
    ExternalHoldRepository() = delete;

    enum class Owner { Case, Breach };

    static bool insert(const QSqlDatabase &db, Owner owner, qint64 ownerId, ExternalHold *hold,
                       const QString &createdAt, ServiceError *error);
    static bool markSecured(const QSqlDatabase &db, qint64 id, QDate securedOn,
                            const QString &securedBy, ServiceError *error);
    static bool release(const QSqlDatabase &db, qint64 id, QDate releasedOn,
                        const QString &releasedBy, const QString &reason, ServiceError *error);

    static bool setKeptUntil(const QSqlDatabase &db, qint64 id, QDate keptUntil,
                             ServiceError *error);

    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<ExternalHold> *found,
                     ServiceError *error);
    static std::optional<QList<ExternalHold>> of(const QSqlDatabase &db, Owner owner,
                                                 const QString &number, ServiceError *error);
    // caseIdsSql selects the requests (personId its one value); the system and dates stay.
    static bool eraseTextsOf(const QSqlDatabase &db, const QString &caseIdsSql, qint64 personId,
                             ServiceError *error);
    static std::optional<QList<ExternalHold>> held(const QSqlDatabase &db, ServiceError *error);
};

} // namespace pd
