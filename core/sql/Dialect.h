#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The small seam between the two backends (issue 21): the embedded SQLCipher store (the
// PDSQLCIPHER driver) and a PostgreSQL server (Qt's QPSQL). Services keep one SQL text per
// statement; where the two engines differ, they ask here which one they talk to, and the
// difference stays next to the statement it changes.
namespace pd::sql {

enum class Dialect {
    SQLite, // PDSQLCIPHER: the store in a folder
    PostgreSQL, // QPSQL: a server store
};

Dialect dialectOf(const QSqlDatabase &db);
inline bool isServer(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::PostgreSQL;
}

// True while the connection is inside a transaction it began (SQLite: not in autocommit;
// PostgreSQL: libpq's transaction status is "in transaction" or "in a failed transaction").
bool isInTransaction(const QSqlDatabase &db);

// The values of expression in a group joined by commas (SQLite's group_concat; PostgreSQL's
// string_agg), in no particular order.
QString groupConcat(const QSqlDatabase &db, const QString &expression);

// An expression's text as its UTF-8 bytes, and the same text ordered byte by byte (SQLite's
// BINARY collation; PostgreSQL's "C"): for merging keys read from SQL with QByteArray's order.
QString utf8Bytes(const QSqlDatabase &db, const QString &expression);
QString byteOrder(const QSqlDatabase &db, const QString &expression);

// A text column compared without regard to case, in "= ?" or "IN (?, …)": SQLite's NOCASE
// collation (which folds ASCII letters), PostgreSQL's lower() (the expression its indexes are on,
// e.g. persons_name_nocase). Values compared with it go through caselessValue.
QString caseless(const QSqlDatabase &db, const QString &column);
QString caselessValue(const QSqlDatabase &db, const QString &value);

// The id the last INSERT on this connection gave its row (SQLite: last_insert_rowid(), asked of
// SQLite itself because QSqlQuery::lastInsertId() of the PDSQLCIPHER driver is empty when the
// new rowid equals the connection's previous one; PostgreSQL: lastval(), the identity the
// INSERT drew, as no trigger of the store's schema draws from another sequence). 0 with
// *error (when given) when it cannot be read.
qint64 lastInsertedId(const QSqlDatabase &db, QSqlError *error = nullptr);
// The statement lastInsertedId runs, for a caller that prepares it once for many rows.
QString lastInsertedIdSql(const QSqlDatabase &db);

// A client-side SCRAM-SHA-256 verifier of password for role (libpq's PQencryptPasswordConn on
// the connection, which asks the server for its password_encryption), for CREATE/ALTER ROLE ...
// PASSWORD: the plain password never appears in a statement the server could log. Empty with
// *error when the connection is not a PostgreSQL one or libpq refuses.
QByteArray scramVerifier(const QSqlDatabase &db, const QString &role, const QByteArray &password,
                         QString *error);

} // namespace pd::sql
