#pragma once

#include "sql/Dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// One step of the schema, from resources/migrations/NNNN_name.sql. The database's
// PRAGMA user_version is the number of the last step applied.
//
// A server store (PostgreSQL) follows the same numbered list from its baseline on:
// resources/migrations/pg/0026_server_baseline.sql creates what steps 1..26 made of the SQLite
// schema, and every later step NNNN has both resources/migrations/NNNN_name.sql and
// resources/migrations/pg/NNNN_name.sql (tst_migrations checks the two lists end together). Its
// version is the meta row 'schema_version'.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations built into this binary, in order. They must be numbered 1..N without gaps;
// problems (a gap, a duplicate, an unreadable file) are returned in *error.
QList<Migration> builtinMigrations(QString *error = nullptr);
// The same for one backend: the SQLite list above, or the server's from its baseline on (the
// baseline first, then every step after it without gaps).
QList<Migration> builtinMigrations(sql::Dialect dialect, QString *error = nullptr);
int latestSchemaVersion();
inline constexpr int serverBaselineVersion = 26;

int schemaVersion(const QSqlDatabase &db, bool *ok = nullptr);

// Applies every migration newer than the database's version in ONE transaction and sets
// user_version (a server store: meta 'schema_version'); on any error the database is left
// exactly as it was. A server store's steps run as the connection's role with search_path set
// to the store's schema (see ServerSetup).
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error);

} // namespace pd
