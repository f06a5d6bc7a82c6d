#include "store/SettingsRepository.h"

#include "sql/StatementText.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

std::optional<QHash<QString, QString>>
SettingsRepository::startingWith(const QSqlDatabase &db, const QString &prefix, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    enum Column { Key, Value }; // the SELECT's columns, in its order
    // substr instead of LIKE: a key's "_" is no wildcard.
    if (!sql::execute(query,
                      QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"),
                      { prefix.size(), prefix })) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(Key).toString(), query.value(Value).toString());
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
    enum Column { Value, ChangedAt, ChangedBy }; // the SELECT's columns, in its order
    if (!sql::execute(
            query,
            QStringLiteral("SELECT value, changed_at, changed_by FROM settings WHERE key = ?"),
            { key })) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    Entry entry;
    if (query.next())
        entry = { query.value(Value).toString(),
                  QDateTime::fromString(query.value(ChangedAt).toString(), Qt::ISODateWithMs),
                  query.value(ChangedBy).toString() };
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
    QVariantList values;
    for (const QString &key : keys)
        values << key;
    return sql::execute(query,
                        QStringLiteral("SELECT key, value FROM settings WHERE key IN (")
                            + marks.join(QStringLiteral(", ")) + QStringLiteral(")"),
                        values);
}

bool SettingsRepository::put(QSqlQuery &query, const QString &key, const QString &value,
                             const QString &changedAt, const QString &by)
{
    if (!sql::execute(query, QStringLiteral("DELETE FROM settings WHERE key = ?"), { key }))
        return false;
    // COALESCE: QPSQL binds an empty QString as NULL; the column holds text, never NULL.
    return sql::execute(query,
                        QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                       "VALUES (?, COALESCE(?, ''), ?, ?)"),
                        { key, value, changedAt, by });
}

} // namespace pd
