#pragma once

#include "util/ServiceError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace pd::dashboard {

// The reads of one set of figures (the dashboards', the year report's): each runs a read-only
// statement with positional values, and the first that fails is kept, so that the figures are
// an error, never zeros (issue 15).
class Reads
{
public:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok && !m_failure.isError())
            m_failure = ServiceError::fromSql(query.lastError());
        return ok;
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

} // namespace pd::dashboard
