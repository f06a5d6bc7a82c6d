#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// One step of the schema, from resources/migrations/NNNN_name.sql. The database's
// PRAGMA user_version is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations built into this binary, in order. They must be numbered 1..N without gaps;
// problems (a gap, a duplicate, an unreadable file) are returned in *error.
QList<Migration> builtinMigrations(QString *error = nullptr);
int latestSchemaVersion();

int schemaVersion(const QSqlDatabase &db, bool *ok = nullptr);

// Applies every migration newer than the database's version in ONE transaction and sets
// user_version; on any error the database is left exactly as it was.
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

} // namespace pd
