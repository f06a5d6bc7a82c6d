#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

typedef struct pg_conn PGconn;

namespace pd::sql {

enum class Dialect {
    SQLite, // PDSQLCIPHER: the store in a folder
    PostgreSQL, // QPSQL: a server store
};

Dialect dialectOf(const QSqlDatabase &db);

// Null for any driver but QPSQL.
PGconn *serverConnection(const QSqlDriver *driver);
inline bool isServer(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::PostgreSQL;
}

// On PostgreSQL, while a streamed result is still being read (libpq then says only ACTIVE), the
// status last noted by beginTransaction, commitTransaction or rollbackTransaction below.
bool isInTransaction(const QSqlDatabase &db);

bool beginTransaction(QSqlDatabase &db);
bool commitTransaction(QSqlDatabase &db);
bool rollbackTransaction(QSqlDatabase &db);

// A script of many statements on a server (a migration, audit.sql), every statement's failure an
// error with the server's message in *error. QSqlQuery::exec sends the text with PQsendQuery and
// reads the first statement's result only: a later statement that fails leaves the transaction
// aborted while exec() says it ran. libpq's PQexec stops at the first failure and returns it.
bool executeServerScript(const QSqlDatabase &db, const QString &script, QString *error);

QString utf8Bytes(const QSqlDatabase &db, const QString &expression);
QString byteOrder(const QSqlDatabase &db, const QString &expression);

QString caselessValue(const QSqlDatabase &db, const QString &value);

// Only where a failure rolls back the whole transaction: SQLite then keeps no statement journal.
QString updateOrFail(const QSqlDatabase &db);

// QPSQL streams one result per connection and a statement before its end loses the transaction:
// on a server, a read that writes as it goes or is followed by a write is read whole.
bool canStream(const QSqlDatabase &db);

// A negative limit means every row.
QVariant limitValue(const QSqlDatabase &db, qint64 limit);

QString temporaryTable(const QSqlDatabase &db, const QString &name);
QString noCase(const QSqlDatabase &db, const QString &expression);

// NULLs first ascending and last descending, as SQLite orders them.
QString orderTerm(const QSqlDatabase &db, const QString &expression, bool descending);

// Keeps SQLite's planner off an index on it; unindexedSql takes those hints out on a server.
QString unindexed(const QSqlDatabase &db, const QString &expression);
QString unindexedSql(const QSqlDatabase &db, const QString &sql);

// Keeps SQLite from flattening a subquery into its parent.
QString noLimit(const QSqlDatabase &db);

// An inner join whose left side drives the loop: SQLite's planner never reorders a CROSS JOIN.
QString drivingJoin(const QSqlDatabase &db);

QString fullTextPrefixes(const QSqlDatabase &db, const QStringList &words);

// 0 with *error when unreadable. PDSQLCIPHER's lastInsertId() is empty when a rowid repeats.
qint64 lastInsertedId(const QSqlDatabase &db, QSqlError *error = nullptr);
QString lastInsertedIdSql(const QSqlDatabase &db);

// Made on the client: the plain password never appears in a statement the server could log.
QByteArray scramVerifier(const QSqlDatabase &db, const QString &role, const QByteArray &password,
                         QString *error);

// A COPY's data never reaches the server's log, a statement's text can: secrets go this way.
bool copyIn(const QSqlDatabase &db, const QString &copySql, const QByteArray &data, QString *error);

} // namespace pd::sql
