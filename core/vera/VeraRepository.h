#pragma once

#include "util/ServiceError.h"
#include "vera/VeraDiscovery.h"
#include "vera/VeraSystem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// A search as it was recorded with its request.
struct VeraDiscoveryRecord
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString runBy;
    QString customerNumber; // the search's; not kept (the request's person has it)
    VeraSearch search;
};

// The only code that names vera_systems and the discoveries' tables. A failed read is an error,
// never "no systems".
class VeraRepository final
{
public:
    // Secret::Without: the columns an auditor may read (the secret stays empty).
    enum class Secret { With, Without };
    static std::optional<QList<VeraSystem>> systems(const QSqlDatabase &db, Secret secret,
                                                    ServiceError *error);
    // A second system of the same name fails (UNIQUE).
    static bool insert(const QSqlDatabase &db, const VeraSystem &system, ServiceError *error);
    static bool remove(const QSqlDatabase &db, const QString &name, ServiceError *error);

    static std::optional<qint64> insertDiscovery(const QSqlDatabase &db, qint64 caseId,
                                                 const VeraDiscoveryRecord &record,
                                                 ServiceError *error);
    // The request's last search; nullopt with no error when it has none. Objects::Without: the
    // systems' results only, for what says how the search went (the dossier, the letters).
    enum class Objects { With, Without };
    static bool latestDiscovery(const QSqlDatabase &db, qint64 caseId,
                                std::optional<VeraDiscoveryRecord> *found, ServiceError *error,
                                Objects objects = Objects::With);
    // Every search of the person's requests (caseIdsSql: CaseRepository::idsOfPersonSql): what
    // was found goes with the request's files, and so do the relation, the links and the
    // reasons; which systems were searched, when, by whom, how and with how many objects stays
    // as the proof of the search.
    static bool eraseDiscoveries(const QSqlDatabase &db, const QString &caseIdsSql, qint64 personId,
                                 ServiceError *error);
};

} // namespace pd
