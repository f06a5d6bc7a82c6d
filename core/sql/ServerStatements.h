#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// Statements a server connection runs again, kept prepared in its session.
//
// sql::execute sends a statement with its values written in: one round trip, but the server
// parses, analyses and plans it every time. Over a hundred seats that was two fifths of the
// server's time (perf of bench_seats: parse and analysis 15 %, planning 24 %). A statement the
// connection runs a second time is therefore prepared on the server (PREPARE pd_N AS ..., with
// $1, $2, ... for the placeholders), and from then on run as EXECUTE pd_N(values): the server
// parses it once and, after a few runs, plans it once. The values are the same literals
// sql::execute writes into the statement, so the server gets the same values either way
// (tests/store/tst_statementtext).
//
// Only SELECT, INSERT, UPDATE, DELETE, WITH and VALUES are prepared (PREPARE takes no other).
// A statement the server cannot prepare (a placeholder whose type nothing decides, such as
// "SELECT ? IS NULL") is run with its values written in, on this connection from then on; inside
// a transaction the attempt is wrapped in a savepoint, so that the transaction goes on. A
// prepared statement belongs to the session, not to a transaction: a rollback keeps it. A new
// session (the connection opened again) starts with none. At most 1,000 a connection.
namespace pd::sql {

// Runs sql (whose placeholders are at positions, one for each value) on query's PostgreSQL
// connection as EXECUTE of the statement prepared for it, preparing it first when this is its
// second run. nullopt when it is not run that way (its first run, a statement that is not
// prepared, or one the server refused): the caller runs it with its values written in. Else
// whether it ran, with the error in query.lastError().
std::optional<bool> executePrepared(QSqlQuery &query, const QString &sql,
                                    const QList<qsizetype> &positions, const QVariantList &values);

} // namespace pd::sql
