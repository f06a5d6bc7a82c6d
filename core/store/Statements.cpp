#include "store/Statements.h"

#include "sql/StatementText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::statements {

bool failed(const QSqlQuery &query, ServiceError *error)
{
    if (error)
        *error = ServiceError::fromSql(query.lastError());
    return false;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ServiceError *error)
{
    // On a server, one round trip instead of PREPARE, EXECUTE and DEALLOCATE (sql/StatementText.h).
    return sql::execute(query, sql, values) || failed(query, error);
}

namespace {

std::optional<QVariant> first(QSqlQuery &query, const QString &sql, const QVariantList &values,
                              ServiceError *error)
{
    if (!run(query, sql, values, error))
        return std::nullopt;
    if (!query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0);
}

} // namespace

std::optional<QVariant> single(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, ServiceError *error)
{
    QSqlQuery query(db);
    return first(query, sql, values, error);
}

std::optional<qint64> id(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, values, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toLongLong();
    // A read that failed after the statement ran is not "none".
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return 0;
}

std::optional<int> count(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const std::optional<QVariant> value = first(query, sql, values, error);
    if (!value)
        return std::nullopt;
    return value->toInt();
}

} // namespace pd::statements
