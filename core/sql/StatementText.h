#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlDriver)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// A statement with its values written in, for a PostgreSQL server.
//
// QPSQL runs a prepared QSqlQuery in three round trips: PREPARE, then EXECUTE with the values
// as literals (QSqlDriver::formatValue), then DEALLOCATE when the query is prepared again or
// destroyed. Each is a utility statement the server parses and runs on its own; a statement that
// runs once is planned afresh at its EXECUTE all the same. At a hundred seats those round trips
// and utility statements were a fifth of the server's time. The same literals written into the
// statement itself run in one round trip, with the same escaping: the text the server gets is
// the one EXECUTE would have carried, only without the detour.
//
// A statement run many times with other values (an import's rows) stays prepared: there the
// server plans it once.
namespace pd::sql {

// The positions of the "?" placeholders of sql: those outside quoted texts ('...'), quoted
// identifiers ("..."), dollar-quoted texts ($tag$...$tag$) and comments (-- and /* */).
QList<qsizetype> placeholderPositions(const QString &sql);

// sql with each placeholder replaced by the literal driver writes for the value in its place
// (as QPSQL's EXECUTE writes it: a null QString, QByteArray, QDate or invalid QDateTime/QTime is
// NULL). nullopt when the number of placeholders is not the number of values.
std::optional<QString> withLiterals(const QSqlDriver &driver, const QString &sql,
                                    const QVariantList &values);

// The same with the placeholders found already (positions.size() == values.size()).
QString textWithLiterals(const QSqlDriver &driver, const QString &sql,
                         const QList<qsizetype> &positions, const QVariantList &values);

// The literal QPSQL's EXECUTE writes for value (a null QString, QByteArray, QDate or invalid
// QDateTime/QTime is NULL).
QString literal(const QSqlDriver &driver, const QVariant &value);

// Runs sql with values on query, as prepare(), addBindValue() for each value and exec() would:
// on a server in one round trip with the values written in, elsewhere (and when the placeholders
// are not the values) prepared. A statement a server connection runs again is kept prepared in
// its session (sql/ServerStatements.h). false when it failed, with the error in
// query.lastError().
bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values);

// The same for a statement that query runs again and again with other values (the pages of a
// listing): elsewhere than on a server, sql is prepared only when it is not the text
// query was prepared with last (*prepared, kept by the caller beside query and set here), and
// every value is bound anew at each run, so that none of an earlier run stays bound. On a server
// as execute, which keeps a statement run again prepared in the session.
bool executeAgain(QSqlQuery &query, QString *prepared, const QString &sql,
                  const QVariantList &values);

} // namespace pd::sql
