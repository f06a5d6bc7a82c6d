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

class RetentionBreachRepository final
{
public:
    struct DueBreach
    {
        QString number;
        QString title;
        QString closedAt; // as stored
    };
    // The trigger is the closing day in Amsterdam; wanted -1: all.
    static std::optional<QList<DueBreach>> dueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                                       const RetentionPeriod &period, qint64 wanted,
                                                       ServiceError *error);
    static std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                               const RetentionPeriod &period, ServiceError *error);
    static std::optional<int> auditDetailsCount(const QSqlDatabase &db, const QString &entityType,
                                                const QString &entityId, ServiceError *error);
};

} // namespace pd
