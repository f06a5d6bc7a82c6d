#include "store/MetaRepository.h"

#include "sql/StatementText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

QString MetaRepository::value(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    if (sql::execute(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key })
        && query.next())
        return query.value(0).toString();
    return {};
}

bool MetaRepository::insert(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    return sql::execute(query, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                        { key, value });
}

bool MetaRepository::insertOnServer(const QSqlDatabase &db, const QString &key,
                                    const QString &value, QString *error)
{
    QSqlQuery meta(db);
    if (!sql::execute(meta,
                      QStringLiteral("INSERT INTO meta (key, value) VALUES (?, coalesce(?, ''))"),
                      { key, value })) {
        *error = meta.lastError().text();
        return false;
    }
    return true;
}

// PostgreSQL has no user_version: the version is a meta row.
int MetaRepository::serverSchemaVersion(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !query.next()) {
        *ok = false;
        return -1;
    }
    if (!query.value(0).toBool()) {
        *ok = true;
        return 0;
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        *ok = false;
        return -1;
    }
    *ok = true;
    return query.next() ? query.value(0).toInt(ok) : 0;
}

bool MetaRepository::setServerSchemaVersion(const QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery query(db);
    if (!sql::execute(query,
                      QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                      { QString::number(version) })) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace pd
