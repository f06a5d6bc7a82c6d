#pragma once

#include "terms/RetentionTerms.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

struct DueQuery;

// The data-breach register's items under its retention rule, and an entity's audit details still
// held (the statements of RetentionBreachRepository.cpp).
class RetentionBreachRepository final
{
public:
    // A closed breach whose retention period ends in the range of a query.
    struct DueBreach
    {
        QString number;
        QString title;
        QString closedAt; // as stored
    };
    // The closed breaches whose period under `period` ends in the range of q (the trigger is
    // the closing day in Amsterdam), by closing; at most wanted of them (-1: all).
    static std::optional<QList<DueBreach>> dueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                                       const RetentionPeriod &period, qint64 wanted,
                                                       ServiceError *error);
    // How many dueBreaches would give without a limit.
    static std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                               const RetentionPeriod &period, ServiceError *error);
    // How many audit events of the entity still hold their details.
    static std::optional<int> auditDetailsCount(const QSqlDatabase &db, const QString &entityType,
                                                const QString &entityId, ServiceError *error);
};

} // namespace pd
