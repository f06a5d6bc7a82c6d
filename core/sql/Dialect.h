#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

typedef struct pg_conn PGconn;

// The small seam between the two backends: the embedded SQLCipher store (the
// PDSQLCIPHER driver) and a PostgreSQL server (Qt's QPSQL). Services keep one SQL text per
// statement; where the two engines differ, they ask here which one they talk to, and the
// difference stays next to the statement it changes.
namespace pd::sql {

enum class Dialect {
    SQLite, // PDSQLCIPHER: the store in a folder
    PostgreSQL, // QPSQL: a server store
};

Dialect dialectOf(const QSqlDatabase &db);

// The libpq connection under a QPSQL driver (QSqlDriver::handle()), null for any other driver.
PGconn *serverConnection(const QSqlDriver *driver);
inline bool isServer(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::PostgreSQL;
}

// True while the connection is inside a transaction it began (SQLite: not in autocommit;
// PostgreSQL: libpq's transaction status is "in transaction" or "in a failed transaction").
//
// On PostgreSQL libpq cannot say while a statement's result is still being read: a forward-only
// QSqlQuery streams its rows (single-row mode) and, until its last result is consumed, libpq
// reports PQTRANS_ACTIVE instead of the status it last had. Then the answer is the status the
// connection had when its transaction last began or ended through beginTransaction,
// commitTransaction or rollbackTransaction below (every transaction the application opens goes
// through them, pd::Transaction first of all); the result being read does not change it.
bool isInTransaction(const QSqlDatabase &db);

// QSqlDatabase::transaction(), commit() and rollback(), noting on a PostgreSQL connection what
// the transaction status is afterwards (see isInTransaction). Each returns what Qt returns; the
// error is db.lastError().
bool beginTransaction(QSqlDatabase &db);
bool commitTransaction(QSqlDatabase &db);
bool rollbackTransaction(QSqlDatabase &db);

// An expression's text as its UTF-8 bytes, and the same text ordered byte by byte (SQLite's
// BINARY collation; PostgreSQL's "C"): for merging keys read from SQL with QByteArray's order.
QString utf8Bytes(const QSqlDatabase &db, const QString &expression);
QString byteOrder(const QSqlDatabase &db, const QString &expression);

// A value compared with a noCase() column by "=" or "IN (...)": folded as the column is (on a
// server A-Z to a-z, byte order after; SQLite's NOCASE folds it itself).
QString caselessValue(const QSqlDatabase &db, const QString &value);
// "UPDATE OR FAIL" on SQLite (a failed constraint check ends the statement with what it did so
// far, so SQLite keeps no statement journal for it: for statements whose failure rolls back the
// whole transaction anyway); a plain "UPDATE" on PostgreSQL, where a failed statement undoes
// itself and aborts the transaction.
QString updateOrFail(const QSqlDatabase &db);

// Whether a read may stream its rows (QSqlQuery::setForwardOnly) while other statements run on
// the connection. SQLite's may. QPSQL streams one result per connection, row by row, and until
// it is read to its very end the connection is busy: another statement loses it, and libpq
// reports no transaction (isInTransaction is false, so AuditLog refuses). A read that writes as
// it goes, or is followed by a write, is read whole on a server: setForwardOnly(canStream(db)).
bool canStream(const QSqlDatabase &db);

// The value to bind to "LIMIT ?" for limit rows, where a negative limit means every row
// (SQLite takes -1 for that; PostgreSQL refuses a negative LIMIT and takes NULL). For "LIMIT"
// without a limit written into the statement, noLimit below.
QVariant limitValue(const QSqlDatabase &db, qint64 limit);

// The qualified name of the connection's temporary table name (SQLite: temp.name; PostgreSQL:
// pg_temp.name).
QString temporaryTable(const QSqlDatabase &db, const QString &name);
// A text sort key compared as SQLite's NOCASE collation compares: A-Z folded to a-z, then byte
// by byte (PostgreSQL: translate() and COLLATE "C", the expression of the index
// persons_name_nocase of the server's baseline, whatever the database's locale).
QString noCase(const QSqlDatabase &db, const QString &expression);

// An ORDER BY term in SQLite's order of NULLs: first ascending, last descending (PostgreSQL
// orders them the other way round unless told).
QString orderTerm(const QSqlDatabase &db, const QString &expression, bool descending);

// SQLite's unary "+", which keeps its planner off an index on the expression; the expression
// itself on PostgreSQL (which has no "+" for text and plans by its statistics). unindexedSql
// takes the hints out of a statement written for SQLite (its "+alias.column"s) on a server, for
// SQL another module gives as text.
QString unindexed(const QSqlDatabase &db, const QString &expression);
QString unindexedSql(const QSqlDatabase &db, const QString &sql);

// "LIMIT" without a limit, written into the statement, which keeps SQLite from flattening a
// subquery into its parent: SQLite's LIMIT -1; PostgreSQL's LIMIT ALL (which refuses a negative
// limit). For a limit bound to "LIMIT ?", limitValue above.
QString noLimit(const QSqlDatabase &db);

// An inner join whose left side drives the loop: SQLite's CROSS JOIN ... ON, which its planner
// never reorders; a plain JOIN on PostgreSQL (whose CROSS JOIN takes no ON, and whose planner
// chooses the order by its statistics).
QString drivingJoin(const QSqlDatabase &db);

// Full-text search over the case list's index (cases/CaseSearchRepository.cpp, which writes the
// condition on its rows): the one bound value for words that must all occur as prefixes.
// SQLite's FTS4 MATCH takes "\"w1*\" \"w2*\""; PostgreSQL's to_tsquery('simple', ...) takes
// w1:* & w2:* (each word folded by pd_fold as the document's words are). words hold only
// letters, digits and marks.
QString fullTextPrefixes(const QSqlDatabase &db, const QStringList &words);

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

// Sends data to a PostgreSQL server as the rows of copySql ("COPY t (c) FROM STDIN", text format:
// one line per row) inside the connection's current transaction, outside any statement's text.
// The text of a statement can reach the server's log with its values (log_statement, or a
// statement that fails under log_min_error_statement), the data of a COPY never does: so a
// secret goes to the server this way. False with *error when the connection is not a
// PostgreSQL one, is busy reading another result, or the server refuses; the transaction is then
// failed and must be rolled back.
bool copyIn(const QSqlDatabase &db, const QString &copySql, const QByteArray &data, QString *error);

} // namespace pd::sql
