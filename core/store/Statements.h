#pragma once

#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// The few steps every module's repository takes with a statement, once: run it with
// its values, say its failure as the service's error, read the one value a statement gives. A
// failed statement is always an error, never an empty answer.
namespace pd::statements {

// *error (when given) from the statement's own error (ServiceError::fromSql); always false, so that
// a repository can `return failed(query, error);`.
bool failed(const QSqlQuery &query, ServiceError *error);
// Prepares sql on query, binds values in order and runs it: false, with *error, when it failed.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ServiceError *error);
// The first column of the one row the statement gives: nullopt, with *error, when it failed or
// gave no row.
std::optional<QVariant> single(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, ServiceError *error);
// The id in the first column of the first row the statement gives, 0 when it gives no row:
// nullopt, with *error, when it failed (also when reading its rows failed).
std::optional<qint64> id(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error);
// The same as a number (a count(*)), read forward only.
std::optional<int> count(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error);

// After a loop over query.next(): true when the rows ended at their end; false, with *error, when
// a row failed midway (a value that could not be converted, a connection that dropped, a page
// that could not be read). Both drivers end next() there as at the end of the rows, so a loop
// that does not ask would hand out the rows before the failure as all of them.
inline bool ended(const QSqlQuery &query, ServiceError *error)
{
    return !query.lastError().isValid() || failed(query, error);
}

// Every row the statement that ran on query gives, each made by from(query): nullopt, with
// *error, when reading them failed (never the rows read before the failure).
template<typename From>
auto rows(QSqlQuery &query, From from, ServiceError *error)
    -> std::optional<QList<decltype(from(query))>>
{
    QList<decltype(from(query))> result;
    while (query.next())
        result << from(query);
    if (!ended(query, error))
        return std::nullopt;
    return result;
}

// The first row the statement that ran on query gives, made by from(query), in *found (empty
// when there is none): false, with *error, when reading it failed.
template<typename T, typename From>
bool firstRow(QSqlQuery &query, From from, std::optional<T> *found, ServiceError *error)
{
    *found = std::nullopt;
    if (query.next()) {
        *found = from(query);
        return true;
    }
    return ended(query, error);
}

} // namespace pd::statements
