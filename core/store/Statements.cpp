#include "store/Statements.h"

#include "sql/Dialect.h"
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

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         ServiceError *error)
{
    QSqlQuery query(db);
    return run(query, sql, values, error);
}

bool insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values, qint64 *id,
            ServiceError *error)
{
    return run(db, sql, values, error) && insertedId(db, id, error);
}

std::optional<qint64> inserted(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, ServiceError *error)
{
    qint64 id = 0;
    if (!insert(db, sql, values, &id, error))
        return std::nullopt;
    return id;
}

bool insertedId(const QSqlDatabase &db, qint64 *id, ServiceError *error)
{
    QSqlError idError;
    *id = sql::lastInsertedId(db, &idError);
    if (*id != 0)
        return true;
    if (error)
        *error = ServiceError::fromSql(idError);
    return false;
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

std::optional<QStringList> texts(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values, ServiceError *error)
{
    return select(
        db, sql, values, [](const QSqlQuery &row) { return row.value(0).toString(); }, error);
}

std::optional<SecretValue> secretValue(const QSqlDatabase &db, const QString &table,
                                       const QByteArray &secret, ServiceError *error)
{
    using namespace Qt::StringLiterals;
    if (!sql::isServer(db))
        return SecretValue { u"?"_s, { secret } };
    QSqlQuery query(db);
    if (!run(query,
             u"CREATE TEMPORARY TABLE IF NOT EXISTS %1 (hex text) ON COMMIT DROP"_s.arg(table), {},
             error)
        || !run(query, u"TRUNCATE %1"_s.arg(table), {}, error))
        return std::nullopt;
    QString copyError;
    if (!sql::copyIn(db, u"COPY %1 (hex) FROM STDIN"_s.arg(table), secret.toHex() + '\n',
                     &copyError)) {
        *error = { ServiceError::Code::Storage, copyError, {} };
        return std::nullopt;
    }
    return SecretValue { u"(SELECT decode(hex, 'hex') FROM %1)"_s.arg(table), {} };
}

} // namespace pd::statements
