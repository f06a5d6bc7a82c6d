#pragma once

#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <utility>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// A failed statement is always an error, never an empty answer.
namespace pd::statements {

// Always false: `return failed(query, error);`.
bool failed(const QSqlQuery &query, ServiceError *error);
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ServiceError *error);
// A statement whose rows are not read (a write): run on a query of its own.
bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         ServiceError *error);
// An INSERT of one row; *id is the row's id. A row whose id cannot be read is a failure too:
// nothing may go on to record it under id 0.
bool insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values, qint64 *id,
            ServiceError *error);
// The same for a caller that answers with the new row's id: nullopt with why.
std::optional<qint64> inserted(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, ServiceError *error);
// The id of the row the statement before inserted on db, or false with why.
bool insertedId(const QSqlDatabase &db, qint64 *id, ServiceError *error);
// nullopt also when it gave no row.
std::optional<QVariant> single(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, ServiceError *error);
std::optional<qint64> id(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error);
std::optional<int> count(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         ServiceError *error);

// A secret (a password, a key, a token) as a statement takes it: the SQL expression that stands
// for it in the statement, and the values to bind for that expression (none or one). On a server
// the secret goes as the data of a COPY into a temporary table of this transaction (named by
// table), never in a statement's text or its parameters, which the server's log may keep with
// their values. A store folder has no such log and its file is encrypted: there it is bound.
struct SecretValue
{
    QString sql;
    QVariantList values;
};
std::optional<SecretValue> secretValue(const QSqlDatabase &db, const QString &table,
                                       const QByteArray &secret, ServiceError *error);

// Both drivers end next() at a failed row as at the last: a loop must ask.
inline bool ended(const QSqlQuery &query, ServiceError *error)
{
    return !query.lastError().isValid() || failed(query, error);
}

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

// Runs a read and makes each row with from: all the rows, or nullopt with *error.
template<typename From>
auto select(const QSqlDatabase &db, const QString &sql, const QVariantList &values, From from,
            ServiceError *error)
    -> std::optional<QList<decltype(from(std::declval<QSqlQuery &>()))>>
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, values, error))
        return std::nullopt;
    return rows(query, from, error);
}

// The first column of every row a read gives, as text.
std::optional<QStringList> texts(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values, ServiceError *error);

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

// Runs a read and makes its first row, if any, with from into *found.
template<typename T, typename From>
bool selectFirst(const QSqlDatabase &db, const QString &sql, const QVariantList &values, From from,
                 std::optional<T> *found, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return run(query, sql, values, error) && firstRow(query, from, found, error);
}

} // namespace pd::statements
