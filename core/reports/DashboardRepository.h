#pragma once

#include "reports/DashboardService.h"
#include "sql/StatementText.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace pd {

namespace dashboard {

// The reads of one set of figures (the dashboards', the year report's): each runs a read-only
// statement with positional values, and the first that fails is kept, so that the figures are
// an error, never zeros.
class Reads
{
public:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        query.setForwardOnly(true);
        // One round trip on a server (QPSQL's prepare is PREPARE, EXECUTE and
        // DEALLOCATE, and each dashboard's statement runs once).
        const bool ok = sql::execute(query, sql, values);
        if (!ok && !m_failure.isError())
            m_failure = ServiceError::fromSql(query.lastError());
        return ok;
    }
    // After a loop over the rows of a statement run() ran: a row that failed midway ends next()
    // as the end of the rows does, and the figures counted up to it are no figures.
    void ended(const QSqlQuery &query)
    {
        if (query.lastError().isValid())
            fail(ServiceError::fromSql(query.lastError()));
    }
    // A read outside run() that failed (the deadline policy, a row that could not be read).
    void fail(const ServiceError &failure)
    {
        if (!m_failure.isError())
            m_failure = failure;
    }
    // Sets *error (when given); true when a read failed.
    bool failed(ServiceError *error) const
    {
        if (error)
            *error = m_failure;
        return m_failure.isError();
    }

private:
    ServiceError m_failure;
};

} // namespace dashboard

// The dashboards' own statements: the aggregates of the figures as of a peildatum,
// over the fragments the tables' owners give (CaseRepository, DisclosureRepository,
// RecipientRepository, BreachRepository, PersonRepository, and the retention register's
// RetentionRepository and RetentionDestructionRepository) and over the one table only the
// dashboard reads: person_files (kept by the triggers on cases, migration 26).
// Every function runs read-only statements on the connection it is given and is false with
// *error set (the first read that failed) when any of them failed: the figures are an error
// then, never zeros. The role check is the caller's (DashboardService).
class DashboardRepository final
{
public:
    // The deadline figures on `on`. policy gives the deadline policy (an error in its
    // argument), asked first: the open requests' figures are read with their lateness.
    static bool deadlines(const QSqlDatabase &db, QDate on,
                          const std::function<DeadlinePolicy(ServiceError *)> &policy,
                          DeadlineFigures *figures, ServiceError *error);
    // The retention figures on `on`; figures->destructionsByMonth holds its (empty) series.
    static bool retention(const QSqlDatabase &db, QDate on, RetentionFigures *figures,
                          ServiceError *error);
    static bool disclosures(const QSqlDatabase &db, QDate on, DisclosureFigures *figures,
                            ServiceError *error);

    // The requests answered between two days (its "?"s, ISO dates) after their stored
    // effective deadline, with CaseRepository::latenessColumnsSql(): a range of the index
    // cases_answered_late (schema 46) on both backends.
    static QString answeredLateSql();
};

} // namespace pd
