#pragma once

#include "sql/Dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// PRAGMA user_version (on a server, meta schema_version) is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Numbered 1..N without gaps; problems in *error.
QList<Migration> builtinMigrations(QString *error = nullptr);
QList<Migration> builtinMigrations(sql::Dialect dialect, QString *error = nullptr);
int latestSchemaVersion();
inline constexpr int serverBaselineVersion = 26;

int schemaVersion(const QSqlDatabase &db, bool *ok = nullptr);

// In ONE transaction: on any error the database is left exactly as it was.
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

} // namespace pd
