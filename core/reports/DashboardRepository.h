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

// The first read that fails is kept, so that the figures are an error, never zeros.
class Reads
{
public:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        query.setForwardOnly(true);
        // One round trip on a server: QPSQL's prepare costs three, and each statement runs once.
        const bool ok = sql::execute(query, sql, values);
        if (!ok && !m_failure.isError())
            m_failure = ServiceError::fromSql(query.lastError());
        return ok;
    }
    // A row that failed midway ends next() as the end of the rows does: the figures counted up to
    // it are no figures.
    void ended(const QSqlQuery &query)
    {
        if (query.lastError().isValid())
            fail(ServiceError::fromSql(query.lastError()));
    }
    void fail(const ServiceError &failure)
    {
        if (!m_failure.isError())
            m_failure = failure;
    }
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

// The dashboards' aggregates, over the fragments the tables' owners give and person_files (kept by
// triggers on cases), which only the dashboard reads. The role check is the caller's.
class DashboardRepository final
{
public:
    static bool deadlines(const QSqlDatabase &db, QDate on,
                          const std::function<DeadlinePolicy(ServiceError *)> &policy,
                          DeadlineFigures *figures, ServiceError *error);
    static bool retention(const QSqlDatabase &db, QDate on, RetentionFigures *figures,
                          ServiceError *error);
    static bool disclosures(const QSqlDatabase &db, QDate on, DisclosureFigures *figures,
                            ServiceError *error);

    // A range of the index cases_answered_late on both backends.
    static QString answeredLateSql();
};

} // namespace pd
