#include "store/MetaRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

QString MetaRepository::value(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool MetaRepository::insert(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

bool MetaRepository::insertOnServer(const QSqlDatabase &db, const QString &key,
                                    const QString &value, QString *error)
{
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, coalesce(?, ''))"));
    meta.addBindValue(key);
    meta.addBindValue(value);
    if (!meta.exec()) {
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
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
    query.addBindValue(QString::number(version));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace pd
