#include "store/SettingsRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

std::optional<QHash<QString, QString>>
SettingsRepository::startingWith(const QSqlDatabase &db, const QString &prefix, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // substr instead of LIKE: a key's "_" is no wildcard.
    query.prepare(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return values;
}

std::optional<SettingsRepository::Entry>
SettingsRepository::entry(const QSqlDatabase &db, const QString &key, ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT value, changed_at, changed_by FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    Entry entry;
    if (query.next())
        entry = { query.value(0).toString(),
                  QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                  query.value(2).toString() };
    else if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return entry;
}

bool SettingsRepository::put(const QSqlDatabase &db, const QString &key, const QString &value,
                             const QDateTime &at, const QString &by, ServiceError *error)
{
    QSqlQuery query(db);
    if (put(query, key, value, at.toString(Qt::ISODateWithMs), by))
        return true;
    *error = ServiceError::fromSql(query.lastError());
    return false;
}

bool SettingsRepository::select(QSqlQuery &query, const QStringList &keys)
{
    QStringList marks(keys.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN (")
                  + marks.join(QStringLiteral(", ")) + QStringLiteral(")"));
    for (const QString &key : keys)
        query.addBindValue(key);
    return query.exec();
}

bool SettingsRepository::put(QSqlQuery &query, const QString &key, const QString &value,
                             const QString &changedAt, const QString &by)
{
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return false;
    // COALESCE: QPSQL binds an empty QString as NULL; the column holds text, never NULL.
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                 "VALUES (?, COALESCE(?, ''), ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(changedAt);
    query.addBindValue(by);
    return query.exec();
}

} // namespace pd
